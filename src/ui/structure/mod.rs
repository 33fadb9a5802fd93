//! A plan's structure: objectives, initiatives, RACI roles and interdependencies.

mod choice;
mod contributors;
mod department_objectives;
mod dependencies;
mod depends_on;
mod information_needs;
mod initiative_card;
mod objective_card;
mod objectives;
mod raci_row;
mod roles;
mod shared;

pub use dependencies::DependenciesSection;
pub use objectives::ObjectivesSection;
pub use roles::RolesSection;
