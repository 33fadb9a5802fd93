//! The library: every document, searchable, with create, open, rename,
//! duplicate, export and delete.

mod page;
mod row;
mod templates;
mod welcome;

pub use page::{create_and_open, LibraryPage};
