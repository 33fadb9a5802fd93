//! Widgets shared by every area.

pub mod add_row;
pub mod chosen;
pub mod clipboard;
pub mod colour_chip;
pub mod day_field;
pub mod draft;
pub mod field;
pub mod files;
pub mod modal;
pub mod origin;
pub mod projecting;
