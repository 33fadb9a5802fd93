//! Tracking a plan: dashboard, decision log, updates log and lessons.

mod bar_chart;
mod changes;
mod dashboard;
mod dashboard_lists;
mod decision_card;
mod decisions;
mod department_picks;
mod department_view;
mod follow_ups;
mod lessons;
mod log;
mod options;
mod stakeholder_risks;
mod superseded_by;
mod updates;

pub use dashboard::DashboardSection;
pub use decisions::DecisionsSection;
pub use log::LogSection;
