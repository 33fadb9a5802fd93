//! Fit: the whole board on one screen, scaled down, as long as a note's text
//! stays readable (14 px of its 24). The board is laid out wider than the
//! screen by the same factor it is scaled by, so it reflows into more columns
//! instead of shrinking into a thin strip; the factor is the largest at which
//! its height fits between the strip and the legend.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A projector note's text size, and the smallest the room can still read.
const NOTE_PX: f64 = 24.0;
const READABLE_PX: f64 = 14.0;
/// Air between the board and the legend.
const GAP_PX: f64 = 12.0;

/// How the board is fitted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    pub scale: f64,
    /// The width the board is laid out at, before scaling.
    pub width: f64,
    /// Its height at that width, before scaling.
    pub height: f64,
    /// False when even the smallest readable scale leaves some of it off screen.
    pub readable: bool,
}

impl Fit {
    /// The grid's own style while fitted: laid out wide, scaled from its top left corner.
    pub fn grid_style(self) -> String {
        format!(";width:{:.1}px;transform:scale({:.4});transform-origin:0 0", self.width, self.scale)
    }

    /// Its frame's: as tall as the scaled board, so the page does not scroll
    /// on past it through the unscaled height.
    pub fn frame_style(self) -> String {
        format!("height:{:.1}px", self.height * self.scale)
    }
}

/// The largest scale in `[min, 1]` at which the board, laid out
/// `width / scale` wide, is at most `room` high once scaled; with whether it
/// fits at all (at `min` when it does not). `height_at(w)` lays it out `w`
/// wide and measures it. A dozen halvings are well under a pixel.
fn largest_fitting_scale(width: f64, room: f64, min: f64, mut height_at: impl FnMut(f64) -> f64) -> (f64, bool) {
    let fits = |scale: f64, height_at: &mut dyn FnMut(f64) -> f64| height_at(width / scale) * scale <= room;
    if fits(1.0, &mut height_at) {
        return (1.0, true);
    }
    if !fits(min, &mut height_at) {
        return (min, false);
    }
    let (mut lo, mut hi) = (min, 1.0);
    for _ in 0..12 {
        let mid = (lo + hi) / 2.0;
        if fits(mid, &mut height_at) { lo = mid } else { hi = mid }
    }
    (lo, true)
}

fn element(selector: &str) -> Option<HtmlElement> {
    document().query_selector(selector).ok().flatten()?.dyn_into().ok()
}

/// Measures how the board on screen fits; `None` when it is not on screen.
/// Lays the grid out at trial widths meanwhile, then puts its style back.
pub fn measure_fit() -> Option<Fit> {
    let (grid, frame) = (element(".projector-grid")?, element(".projector-frame")?);
    let height_of = |selector| element(selector).map_or(0.0, |e| e.offset_height() as f64);
    let viewport = window().inner_height().ok()?.as_f64()?;
    let room = viewport - height_of(".projector-top") - height_of(".projector-legend") - GAP_PX;
    let width = frame.client_width() as f64;
    let saved = grid.get_attribute("style");
    let style = grid.style();
    let _ = style.set_property("transform", "none");
    let mut height_at = |w: f64| {
        let _ = style.set_property("width", &format!("{w}px"));
        grid.offset_height() as f64
    };
    let (scale, readable) = largest_fitting_scale(width, room.max(1.0), READABLE_PX / NOTE_PX, &mut height_at);
    let height = height_at(width / scale);
    match saved {
        Some(saved) => grid.set_attribute("style", &saved).ok()?,
        None => grid.remove_attribute("style").ok()?,
    }
    Some(Fit { scale, width: width / scale, height, readable })
}
