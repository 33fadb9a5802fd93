//! The page of one document: the plan editor, or the page of a board or
//! stakeholder map (whose editors come with their own features).

mod doc_header;
mod page;

pub use doc_header::DocHeader;
pub use page::DocumentPage;
