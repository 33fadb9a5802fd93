//! Finding notes on a board: a filter by text, department (or free label),
//! author and area, the notes it leaves on screen, and the choices worth
//! offering. A view choice, never saved. One pass over the board's notes with
//! the query folded once, so a board of thousands of notes stays quick.

use std::collections::BTreeSet;
use std::fmt;

use super::{Board, Note};
use crate::model::ids::{AreaId, DepartmentId, NoteId};
use crate::model::plan::Department;
use crate::model::text::{fold_case, fold_for_search};

/// What a note is tagged with, as the department filter chooses it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum TagChoice {
    /// A department of the board's plan.
    Department(DepartmentId),
    /// A free label, on a note without a plan department.
    Label(String),
    /// Neither.
    Untagged,
}

impl TagChoice {
    /// The note's tag, the way [`Board::note_tag`] shows it: its plan
    /// department, else its free label.
    pub fn of(note: &Note, departments: &[Department]) -> TagChoice {
        match (&note.department_id, &note.label) {
            (Some(id), _) if departments.iter().any(|d| d.id == *id) => TagChoice::Department(id.clone()),
            (_, Some(label)) => TagChoice::Label(label.clone()),
            _ => TagChoice::Untagged,
        }
    }

    /// A key for a `<select>` value; [`TagChoice::from_key`] reads it back.
    pub fn key(&self) -> String {
        match self {
            TagChoice::Department(id) => format!("d:{id}"),
            TagChoice::Label(label) => format!("l:{label}"),
            TagChoice::Untagged => "none".into(),
        }
    }

    pub fn from_key(key: &str) -> Option<TagChoice> {
        match key.split_once(':') {
            Some(("d", id)) => Some(TagChoice::Department(id.into())),
            Some(("l", label)) => Some(TagChoice::Label(label.into())),
            _ if key == "none" => Some(TagChoice::Untagged),
            _ => None,
        }
    }
}

/// Which notes to show. Every part left empty shows every note.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NoteFilter {
    /// Words that must all appear in the note's text or its author's name,
    /// ignoring case and accents.
    pub text: String,
    pub department: Option<TagChoice>,
    /// An author's name; `Some("")` is the notes nobody signed.
    pub author: Option<String>,
    pub area: Option<AreaId>,
}

impl NoteFilter {
    /// Whether it shows every note.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.department.is_none() && self.author.is_none() && self.area.is_none()
    }

    /// Whether one note passes. While the board's texts are hidden (private
    /// writing), words are looked for in authors only, so a search cannot
    /// tell what a hidden note says. Folds the query on every call: for many
    /// notes use [`shown_notes`].
    pub fn matches(&self, note: &Note, board: &Board, departments: &[Department]) -> bool {
        Matcher::new(self, board.texts_hidden, departments).matches(note)
    }
}

/// A filter with its words folded once.
struct Matcher<'a> {
    filter: &'a NoteFilter,
    words: Vec<String>,
    texts_hidden: bool,
    departments: &'a [Department],
}

impl<'a> Matcher<'a> {
    fn new(filter: &'a NoteFilter, texts_hidden: bool, departments: &'a [Department]) -> Self {
        let words = fold_for_search(&filter.text).split_whitespace().map(str::to_string).collect();
        Matcher { filter, words, texts_hidden, departments }
    }

    fn matches(&self, note: &Note) -> bool {
        let f = self.filter;
        if f.area.as_ref().is_some_and(|area| *area != note.area_id) {
            return false;
        }
        if let Some(author) = &f.author {
            if fold_case(note.author.as_deref().unwrap_or("").trim()) != fold_case(author.trim()) {
                return false;
            }
        }
        if f.department.as_ref().is_some_and(|tag| *tag != TagChoice::of(note, self.departments)) {
            return false;
        }
        if self.words.is_empty() {
            return true;
        }
        let author = note.author.as_deref().map(fold_for_search).unwrap_or_default();
        let text = if self.texts_hidden { String::new() } else { fold_for_search(&note.text) };
        self.words.iter().all(|word| text.contains(word.as_str()) || author.contains(word.as_str()))
    }
}

/// The notes the filter leaves on screen; `None` when it shows them all
/// (nothing to look up then).
pub fn shown_notes(board: &Board, filter: &NoteFilter, departments: &[Department]) -> Option<BTreeSet<NoteId>> {
    if filter.is_empty() {
        return None;
    }
    let matcher = Matcher::new(filter, board.texts_hidden, departments);
    Some(board.notes.iter().filter(|n| matcher.matches(n)).map(|n| n.id.clone()).collect())
}

/// How many notes are on screen out of how many: "12 of 40 notes".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ShownCount {
    pub shown: usize,
    pub total: usize,
}

impl ShownCount {
    pub fn of(board: &Board, shown: Option<&BTreeSet<NoteId>>) -> ShownCount {
        let total = board.notes.len();
        ShownCount { shown: shown.map_or(total, BTreeSet::len), total }
    }
}

impl fmt::Display for ShownCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let noun = if self.total == 1 { "note" } else { "notes" };
        write!(f, "{} of {} {noun}", self.shown, self.total)
    }
}

/// What the filter's lists offer: the tags and authors the board's notes
/// carry (plan departments in the plan's order, then labels, then "none"),
/// and every area.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FilterChoices {
    pub tags: Vec<(TagChoice, String)>,
    /// Names in alphabetical order (ignoring case); `""` stands for notes
    /// nobody signed, last.
    pub authors: Vec<String>,
    pub areas: Vec<(AreaId, String)>,
}

/// The choices for `board`. Borrows while it walks the notes, so only the
/// distinct names are copied.
pub fn filter_choices(board: &Board, departments: &[Department]) -> FilterChoices {
    let (mut in_use, mut labels, mut authors) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    let (mut untagged, mut unsigned) = (false, false);
    for note in &board.notes {
        match (&note.department_id, &note.label) {
            (Some(id), _) if departments.iter().any(|d| d.id == *id) => {
                in_use.insert(id);
            }
            (_, Some(label)) => {
                labels.insert(label.as_str());
            }
            _ => untagged = true,
        }
        match note.author.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
            Some(author) => {
                authors.insert(author);
            }
            None => unsigned = true,
        }
    }
    let plan_departments = departments.iter().filter(|d| in_use.contains(&d.id)).map(|d| (TagChoice::Department(d.id.clone()), d.name.clone()));
    let free_labels = labels.into_iter().map(|l| (TagChoice::Label(l.to_string()), l.to_string()));
    let mut tags: Vec<(TagChoice, String)> = plan_departments.chain(free_labels).collect();
    if untagged {
        tags.push((TagChoice::Untagged, "No department".into()));
    }
    let mut authors: Vec<(String, &str)> = authors.into_iter().map(|a| (fold_case(a), a)).collect();
    authors.sort();
    authors.dedup_by(|a, b| a.0 == b.0);
    let mut authors: Vec<String> = authors.into_iter().map(|(_, a)| a.to_string()).collect();
    if unsigned {
        authors.push(String::new());
    }
    let areas = board.areas.iter().map(|a| (a.id.clone(), a.title.clone())).collect();
    FilterChoices { tags, authors, areas }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{area, board, note, now};

    fn workshop() -> (Board, Vec<Department>) {
        let mut b = board("b", "Retro");
        b.areas = vec![area("a1", "Start"), area("a2", "Stop")];
        let tagged = |id: &str, area: &str, text: &str, department: Option<&str>, author: Option<&str>| Note {
            department_id: department.map(Into::into),
            author: author.map(Into::into),
            ..note(id, area, None, text)
        };
        b.notes = vec![
            tagged("n1", "a1", "Weekly café with Finance", Some("fin"), Some("Zoë")),
            tagged("n2", "a1", "Shared calendar", Some("it"), Some("ana")),
            tagged("n3", "a2", "Status meetings", Some("fin"), None),
            Note { label: Some("Ops".into()), ..tagged("n4", "a2", "Paper forms", None, Some("Ana")) },
        ];
        let departments = vec![Department::new("it".into(), "IT".into(), "blue", now()), Department::new("fin".into(), "Finance".into(), "orange", now())];
        (b, departments)
    }

    fn ids(set: Option<BTreeSet<NoteId>>) -> Vec<String> {
        set.expect("a filter is set").into_iter().map(|id| id.to_string()).collect()
    }

    #[test]
    fn an_empty_filter_shows_everything_without_looking() {
        let (b, departments) = workshop();
        assert_eq!(shown_notes(&b, &NoteFilter::default(), &departments), None);
        assert_eq!(shown_notes(&b, &NoteFilter { text: "   ".into(), ..Default::default() }, &departments), None);
        assert_eq!(ShownCount::of(&b, None).to_string(), "4 of 4 notes");
    }

    #[test]
    fn text_ignores_case_and_accents_and_needs_every_word() {
        let (b, departments) = workshop();
        let text = |t: &str| NoteFilter { text: t.into(), ..Default::default() };
        assert_eq!(ids(shown_notes(&b, &text("CAFE"), &departments)), ["n1"]);
        assert_eq!(ids(shown_notes(&b, &text("weekly finance"), &departments)), ["n1"]);
        assert_eq!(ids(shown_notes(&b, &text("weekly status"), &departments)), Vec::<String>::new());
        // An author's name is searched too.
        assert_eq!(ids(shown_notes(&b, &text("zoe"), &departments)), ["n1"]);
        assert!(text("calendar").matches(&b.notes[1], &b, &departments));
    }

    #[test]
    fn hidden_texts_are_not_searched() {
        let (mut b, departments) = workshop();
        b.texts_hidden = true;
        let filter = NoteFilter { text: "calendar".into(), ..Default::default() };
        assert_eq!(ids(shown_notes(&b, &filter, &departments)), Vec::<String>::new());
        let filter = NoteFilter { text: "ana".into(), ..Default::default() };
        assert_eq!(ids(shown_notes(&b, &filter, &departments)), ["n2", "n4"]);
    }

    #[test]
    fn department_author_and_area_narrow_together() {
        let (b, departments) = workshop();
        let finance = NoteFilter { department: Some(TagChoice::Department("fin".into())), ..Default::default() };
        assert_eq!(ids(shown_notes(&b, &finance, &departments)), ["n1", "n3"]);
        let in_stop = NoteFilter { area: Some("a2".into()), ..finance.clone() };
        assert_eq!(ids(shown_notes(&b, &in_stop, &departments)), ["n3"]);
        let ops = NoteFilter { department: Some(TagChoice::Label("Ops".into())), ..Default::default() };
        assert_eq!(ids(shown_notes(&b, &ops, &departments)), ["n4"]);
        let unsigned = NoteFilter { author: Some(String::new()), ..Default::default() };
        assert_eq!(ids(shown_notes(&b, &unsigned, &departments)), ["n3"]);
        // One author whatever the case they signed in.
        let ana = NoteFilter { author: Some("Ana".into()), ..Default::default() };
        let shown = shown_notes(&b, &ana, &departments);
        assert_eq!(ShownCount::of(&b, shown.as_ref()).to_string(), "2 of 4 notes");
    }

    #[test]
    fn choices_list_what_the_notes_carry() {
        let (b, departments) = workshop();
        let choices = filter_choices(&b, &departments);
        let tags: Vec<&str> = choices.tags.iter().map(|(_, name)| name.as_str()).collect();
        assert_eq!(tags, ["IT", "Finance", "Ops"]);
        // "ana" and "Ana" are one author; the unsigned note comes last.
        assert_eq!(choices.authors, ["Ana", "Zoë", ""]);
        assert_eq!(choices.areas.len(), 2);
        for (tag, _) in &choices.tags {
            assert_eq!(TagChoice::from_key(&tag.key()).as_ref(), Some(tag));
        }
        assert_eq!(TagChoice::from_key("none"), Some(TagChoice::Untagged));
    }
}
