//! Board templates: a pure function turns a template (and, for department
//! lanes, a plan's departments) into the board's areas and grid width.

use serde_json::Map;

use super::Area;
use crate::model::ids::IdSource;
use crate::model::keyed::Keyed;
use crate::model::plan::Department;
use crate::model::time::Timestamp;

/// The layouts a new board can start from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Template {
    #[default]
    Blank,
    Swot,
    StartStopContinue,
    ImpactEffort,
    NowNextLater,
    RoseThornBud,
    /// One lane per department of the board's plan.
    DepartmentLanes,
}

impl Keyed for Template {
    const ALL: &'static [Template] = &[
        Self::Blank,
        Self::Swot,
        Self::StartStopContinue,
        Self::ImpactEffort,
        Self::NowNextLater,
        Self::RoseThornBud,
        Self::DepartmentLanes,
    ];

    fn key(self) -> &'static str {
        match self {
            Self::Blank => "blank",
            Self::Swot => "swot",
            Self::StartStopContinue => "start_stop_continue",
            Self::ImpactEffort => "impact_effort",
            Self::NowNextLater => "now_next_later",
            Self::RoseThornBud => "rose_thorn_bud",
            Self::DepartmentLanes => "department_lanes",
        }
    }
}

impl Template {
    /// What the user reads when choosing.
    pub fn label(self) -> &'static str {
        match self {
            Self::Blank => "Blank brainstorm",
            Self::Swot => "SWOT",
            Self::StartStopContinue => "Start / stop / continue",
            Self::ImpactEffort => "Impact / effort",
            Self::NowNextLater => "Now / next / later",
            Self::RoseThornBud => "Rose / thorn / bud",
            Self::DepartmentLanes => "One lane per department",
        }
    }

    /// The title of a new board made from it: the template, and the plan it
    /// belongs to ("SWOT — Customer-first 2027"), so boards are told apart.
    pub fn board_title(self, plan_title: Option<&str>) -> String {
        let name = if self == Self::Blank { "Brainstorm" } else { self.label() };
        match plan_title.map(str::trim).filter(|t| !t.is_empty()) {
            Some(plan) => format!("{name} — {plan}"),
            None => name.to_string(),
        }
    }

    /// Whether it needs a plan with departments.
    pub fn needs_departments(self) -> bool {
        self == Self::DepartmentLanes
    }

    /// The grid width and the area titles, in reading order (row by row).
    pub fn layout(self, departments: &[Department]) -> (u32, Vec<String>) {
        let fixed = |columns: u32, titles: &[&str]| (columns, titles.iter().map(|t| t.to_string()).collect());
        match self {
            Self::Blank => fixed(1, &["Ideas"]),
            Self::Swot => fixed(2, &["Strengths", "Weaknesses", "Opportunities", "Threats"]),
            Self::StartStopContinue => fixed(3, &["Start", "Stop", "Continue"]),
            Self::ImpactEffort => fixed(
                2,
                &["High impact, low effort", "High impact, high effort", "Low impact, low effort", "Low impact, high effort"],
            ),
            Self::NowNextLater => fixed(3, &["Now", "Next", "Later"]),
            Self::RoseThornBud => fixed(3, &["Rose: what works", "Thorn: what hurts", "Bud: what could grow"]),
            Self::DepartmentLanes => {
                let columns = departments.len().clamp(1, 4) as u32;
                (columns, departments.iter().map(|d| d.name.clone()).collect())
            }
        }
    }

    /// The areas of a new board made from this template, with fresh ids.
    pub fn areas(self, departments: &[Department], ids: &mut dyn IdSource, now: Timestamp) -> (u32, Vec<Area>) {
        let (columns, titles) = self.layout(departments);
        // Department lanes are in the plan's department order.
        let lane = |n: usize| (self == Self::DepartmentLanes).then(|| departments.get(n).map(|d| d.id.clone())).flatten();
        let areas = titles
            .into_iter()
            .enumerate()
            .map(|(n, title)| Area { id: ids.next_id().into(), title, department_id: lane(n), updated_at: now, extra: Map::new() })
            .collect();
        (columns, areas)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::SequentialIds;

    #[test]
    fn every_template_has_areas_and_a_stable_key() {
        for &template in Template::ALL {
            assert_eq!(Template::from_key(template.key()), Some(template));
            if !template.needs_departments() {
                let (columns, titles) = template.layout(&[]);
                assert!(columns >= 1 && !titles.is_empty(), "{template:?}");
            }
        }
        assert_eq!(Template::Swot.layout(&[]), (2, vec!["Strengths".into(), "Weaknesses".into(), "Opportunities".into(), "Threats".into()]));
        assert_eq!(Template::ImpactEffort.layout(&[]).0, 2);
        assert_eq!(Template::NowNextLater.layout(&[]).1, vec!["Now", "Next", "Later"]);
    }

    #[test]
    fn department_lanes_follow_the_plan() {
        let departments: Vec<Department> = ["Finance", "IT", "HR", "Legal", "Sales"]
            .iter()
            .map(|name| Department::new(format!("d-{name}").into(), name.to_string(), "blue", crate::model::testing::now()))
            .collect();
        let (columns, areas) = Template::DepartmentLanes.areas(&departments, &mut SequentialIds::default(), crate::model::testing::now());
        assert_eq!(columns, 4);
        assert_eq!(areas.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(), ["Finance", "IT", "HR", "Legal", "Sales"]);
        assert_ne!(areas[0].id, areas[1].id);
        assert_eq!(Template::DepartmentLanes.layout(&departments[..2]).0, 2);
    }
}
