//! Widgets shared by every area.

pub mod colour_chip;
pub mod draft;
pub mod field;
pub mod files;
pub mod modal;
