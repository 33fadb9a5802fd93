//! Stakeholder maps: the register of stakeholders, the power/interest grid,
//! assessing them together, the communication plan, and projector mode. Every
//! change is a `Command::EditMap` or `Command::EditAssessment` run through
//! [`ctx::MapCtx`]; the rules are in `model::stakeholder`.

mod assess;
mod assess_projector;
mod comms;
mod ctx;
mod grid;
mod page;
mod plan_link;
mod projector;
mod register;

pub use page::MapPage;
