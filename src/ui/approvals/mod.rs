//! Sign-off of a plan: approval rounds, review by departments with response
//! files, comments and the conflict log of objections.

mod approval_page;
mod comment_item;
mod current_round;
mod discussion;
mod holdups;
mod merge_report;
mod open_round;
mod plan_view;
mod positions;
mod reapproval;
mod required;
mod resolve_form;
mod review_preview;
mod reviewer;
mod round;
mod sign_off_form;
mod stakeholder_warning;

pub use approval_page::ApprovalSection;
pub use discussion::DiscussionSection;
pub use plan_view::department_options;
