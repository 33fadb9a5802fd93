//! Stakeholder tables: a spreadsheet's copy, CSV and plain lines; headers by
//! name or columns by place; bad rows with line and reason; warnings for
//! repeated names, clamped scores and unknown attitudes; the register and
//! communication plan written and read back to the same stakeholders.

use super::*;
use crate::model::stakeholder::{edit_map, Affiliation, Attitude, Channel, Frequency, Position, Score, Strategy};
use crate::model::testing::{day, map, plan_with_roles, stakeholder, TestEnv};

fn names(read: &StakeholderRows) -> Vec<&str> {
    read.rows.iter().map(|r| r.stakeholder.name.as_str()).collect()
}

#[test]
fn a_spreadsheet_copy_with_a_header_maps_columns_by_name() {
    let plan = plan_with_roles();
    let text = "name\tRole\tDEPARTMENT\tpower\tInterest\tattitude\tshoe size\n\
                Anna Berg\tCFO\tfinance\t5\t4\tcritic\t38\n\
                \tNobody\t\t\t\t\t\n\
                Omar\tShop steward\tWorks council\t7\t0\tgrumpy\t\n";
    let read = read_stakeholders(text, &map(Some(plan.id.as_str())), Some(&plan));
    assert_eq!((read.separator, read.header), (Some('\t'), true));
    assert_eq!(read.ignored_columns, ["shoe size"]);
    assert_eq!(names(&read), ["Anna Berg", "Omar"]);
    let anna = &read.rows[0].stakeholder;
    assert_eq!(anna.affiliation, Affiliation::Department(plan.departments[1].id.clone()));
    assert_eq!((anna.position, anna.attitude, anna.role.as_str()), (Some(Position::new(Score::MAX, Score::new(4).unwrap())), Attitude::Critic, "CFO"));
    assert_eq!(read.bad, [BadRow { line: 3, reason: RowError::EmptyName }]);
    let omar = &read.rows[1];
    assert_eq!((omar.line, omar.stakeholder.affiliation.clone()), (4, Affiliation::Outside("Works council".into())));
    assert_eq!((omar.stakeholder.position.unwrap().power.get(), omar.stakeholder.position.unwrap().interest.get()), (5, 1));
    assert_eq!(omar.stakeholder.attitude, Attitude::Neutral);
    let said: Vec<String> = omar.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(said, [
        "“Works council” is not a department of the plan, so it was read as an outside organisation",
        "Power: 7 is not from 1 to 5, so 5 was used",
        "Interest: 0 is not from 1 to 5, so 1 was used",
        "Attitude: “grumpy” is not known, so neutral was used",
    ]);
    assert_eq!(read.warned(), 1);
}

#[test]
fn csv_with_quotes_and_no_header_reads_by_place() {
    let text = "\u{feff}\"Berg, Anna\",\"CFO, \"\"acting\"\"\",Regulator,2,5,Champion\r\n\"Lea\nLindqvist\",Head,,abc\r\n";
    let read = read_stakeholders(text, &map(None), None);
    assert!(!read.header);
    assert_eq!(names(&read), ["Berg, Anna", "Lea\nLindqvist"]);
    let anna = &read.rows[0].stakeholder;
    assert_eq!((anna.role.as_str(), anna.affiliation.clone(), anna.attitude), ("CFO, \"acting\"", Affiliation::Outside("Regulator".into()), Attitude::Champion));
    assert!(read.rows[0].warnings.is_empty());
    assert_eq!(read.rows[1].warnings.len(), 1, "abc is not a score");
    assert_eq!(read.rows[1].stakeholder.position.unwrap().power, Score::MIDDLE);
}

#[test]
fn plain_lines_are_one_name_each_and_repeats_are_warned_about_not_refused() {
    let mut m = map(None);
    m.stakeholders.push(stakeholder("s", "Anna Berg", 3, 3));
    let read = read_stakeholders("anna berg\n\n  Omar  \nOmar\n\"never closed\n", &m, None);
    assert_eq!((read.separator, names(&read)), (None, vec!["anna berg", "Omar", "Omar"]));
    let duplicates: Vec<usize> = read.rows.iter().filter(|r| matches!(r.warnings.first(), Some(RowWarning::DuplicateName { .. }))).map(|r| r.line).collect();
    assert_eq!(duplicates, [1, 4]);
    assert_eq!(read.bad, [BadRow { line: 5, reason: RowError::UnclosedQuote }]);
    let edit = read.edit().unwrap();
    let mut t = TestEnv::default();
    let done = edit_map(&mut m, edit, None, &mut t.env()).unwrap();
    assert_eq!((m.stakeholders.len(), done.warnings.len()), (4, 2));
}

#[test]
fn the_register_and_the_communication_plan_read_back_as_they_were_written() {
    let plan = plan_with_roles();
    let mut m = map(Some(plan.id.as_str()));
    let mut anna = stakeholder("a", "Berg, Anna", 5, 2);
    anna.department_id = Some(plan.departments[1].id.clone());
    anna.owner_department_id = Some(plan.departments[0].id.clone());
    (anna.role, anna.contact, anna.notes) = ("CFO".into(), "anna@example.org".into(), "Said \"later\"\nthen agreed".into());
    (anna.attitude, anna.tags, anna.initiative_ids) = (Attitude::Blocker, vec!["budget".into(), "=risk".into()], vec!["i1".into()]);
    anna.strategy_override = Some(Strategy::ManageClosely);
    let mut press = stakeholder("p", "Local press", 1, 4);
    press.organisation = "Gazette".into();
    press.communication.needs_to_hear = "Milestones".into();
    press.communication.channel = Some(Channel::Other);
    press.communication.channel_other = "Press release".into();
    press.communication.frequency = Some(Frequency::Quarterly);
    press.communication.last_contact = Some(day("2026-11-02"));
    m.stakeholders = vec![anna, press];

    let register = register_csv(&m, Some(&plan));
    assert!(register.starts_with("\u{feff}Name,Kind,Role,Department,Organisation,Contact,Power,Interest,Quadrant,Attitude,Strategy,Tags,Notes,Initiatives,Owner\r\n"));
    assert!(register.contains("\"Berg, Anna\",Person,CFO,Finance,,anna@example.org,5,2,\"High power, low interest\",Blocker,Manage closely,\"budget; =risk\","));
    let communication = communication_csv(&m, Some(&plan));
    assert!(communication.contains("Local press,1,4,Keep informed,Milestones,Press release,Quarterly,,2026-11-02,2027-02-02\r\n"), "{communication}");

    let mut t = TestEnv::default();
    for text in [&register, &communication] {
        let read = read_stakeholders(text, &map(Some(plan.id.as_str())), Some(&plan));
        assert!(read.bad.is_empty() && read.ignored_columns.is_empty(), "{:?}", read);
        assert_eq!(read.warned(), 0, "{:?}", read.rows);
        let mut back = map(Some(plan.id.as_str()));
        edit_map(&mut back, read.edit().unwrap(), Some(&plan), &mut t.env()).unwrap();
        for (was, is) in m.stakeholders.iter().zip(&back.stakeholders) {
            assert_eq!((&is.name, is.position(), is.strategy()), (&was.name, was.position(), was.strategy()));
            if std::ptr::eq(text, &register) {
                assert_eq!((&is.role, &is.department_id, &is.organisation, &is.contact), (&was.role, &was.department_id, &was.organisation, &was.contact));
                assert_eq!((&is.notes, &is.tags, &is.initiative_ids, is.attitude), (&was.notes, &was.tags, &was.initiative_ids, was.attitude));
                assert_eq!((is.kind, &is.owner_department_id, is.strategy_override), (was.kind, &was.owner_department_id, was.strategy_override));
            } else {
                assert_eq!(&is.communication, &was.communication);
                assert_eq!(&is.owner_department_id, &was.owner_department_id);
            }
        }
    }
}
