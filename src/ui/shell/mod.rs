//! The frame around every page: header, banners, toasts, file import.

mod banners;
mod drop_zone;
mod header;
mod import_dialog;
mod load_warnings;
mod storage_meter;
mod toasts;

pub use banners::Banners;
pub use drop_zone::DropZone;
pub use header::Header;
pub use import_dialog::ImportDialog;
pub use toasts::Toasts;
