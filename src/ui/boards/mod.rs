//! The workshop board: a grid of areas with sticky notes, clusters, private
//! writing, tally dot voting, a timer, a projector mode and a text outline.
//! Every change is a `Command::EditBoard`; what is only a view choice (the
//! selection, whose turn it is, sorting) lives in [`ctx::BoardCtx`].

mod area;
mod cluster;
mod ctx;
mod drag;
mod filter;
mod group_bar;
mod keys;
mod note;
mod note_list;
mod outline;
mod page;
mod plan_link;
mod projector;
mod projector_area;
mod projector_fit;
mod projector_ranking;
mod projector_strip;
mod promote;
mod promote_pickers;
mod promoted;
mod ranking;
mod shortcuts;
mod save_template;
mod starter;
mod timer;
mod title_field;
mod to_plan;
mod toolbar;
mod voting;

pub use page::BoardPage;
pub use starter::BoardStarter;
