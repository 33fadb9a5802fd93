//! The arithmetic of a drag, in page coordinates: which drop list and place
//! lie under the pointer, where the indicator goes, and how fast the page
//! scrolls by itself near the window's top or bottom edge. No browser APIs,
//! so its tests run natively (see `lib.rs`).

use crate::model::ids::{AreaId, ClusterId};

/// A list something can be dropped in: a cluster's or an area's notes, or an
/// area's clusters.
pub struct Target {
    pub area_id: AreaId,
    pub cluster_id: Option<ClusterId>,
    /// Left, top, right, bottom.
    pub rect: (f64, f64, f64, f64),
    /// Top and bottom of each item of the list, the dragged one left out.
    pub items: Vec<(f64, f64)>,
    /// Where the indicator goes when the list is empty.
    pub empty_line: f64,
}

/// The list under a point (page coordinates) and the place in it: the
/// innermost list, since a cluster lies inside its area; the place is before
/// the first item whose middle is below the point.
pub fn hit(targets: &[Target], x: f64, y: f64) -> Option<(usize, usize)> {
    let list = targets
        .iter()
        .enumerate()
        .filter(|(_, t)| x >= t.rect.0 && x <= t.rect.2 && y >= t.rect.1 && y <= t.rect.3)
        .min_by(|a, b| size(a.1).total_cmp(&size(b.1)))
        .map(|(n, _)| n)?;
    let index = targets[list].items.iter().filter(|(top, bottom)| (top + bottom) / 2.0 < y).count();
    Some((list, index))
}

/// Where the indicator line goes (page y) for place `index` of a list.
pub fn line_y(target: &Target, index: usize) -> f64 {
    match (index.checked_sub(1).and_then(|i| target.items.get(i)), target.items.get(index)) {
        (_, Some((top, _))) => top - 4.0,
        (Some((_, bottom)), None) => bottom + 2.0,
        (None, None) => target.empty_line,
    }
}

fn size(t: &Target) -> f64 {
    (t.rect.2 - t.rect.0) * (t.rect.3 - t.rect.1)
}

/// The window as measured when a drag starts.
#[derive(Clone, Copy)]
pub struct View {
    pub height: f64,
    /// The furthest the page scrolls down. Measured once: what is dragged,
    /// moved by a transform, would otherwise make the page longer as it goes.
    pub max_scroll: f64,
}

/// Fastest scroll, pixels per frame (about 1,200 px a second).
const FASTEST: f64 = 20.0;

/// How many pixels to scroll this frame for a pointer at viewport height `y`
/// with the page scrolled to `scroll_y`: faster the closer to (or past) the
/// edge, nothing in the middle or once the page cannot scroll further.
pub fn step(y: f64, scroll_y: f64, view: View) -> f64 {
    let edge = (view.height / 6.0).min(60.0);
    let depth = if y < edge { -(edge - y) } else if y > view.height - edge { y - (view.height - edge) } else { 0.0 };
    let wanted = (FASTEST * (depth / edge).clamp(-1.0, 1.0)).round();
    wanted.clamp(-scroll_y.max(0.0), (view.max_scroll - scroll_y).max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(rect: (f64, f64, f64, f64), items: Vec<(f64, f64)>) -> Target {
        Target { area_id: "a".into(), cluster_id: None, rect, items, empty_line: rect.1 + 30.0 }
    }

    #[test]
    fn the_innermost_list_and_the_place_before_the_first_lower_middle_win() {
        let area = target((0.0, 1000.0, 300.0, 1600.0), vec![(1400.0, 1450.0), (1460.0, 1510.0)]);
        let cluster = target((10.0, 1050.0, 290.0, 1300.0), vec![(1100.0, 1150.0)]);
        let targets = [area, cluster];
        assert_eq!(hit(&targets, 50.0, 1120.0), Some((1, 0)), "inside the cluster, above its note's middle");
        assert_eq!(hit(&targets, 50.0, 1140.0), Some((1, 1)));
        assert_eq!(hit(&targets, 50.0, 1455.0), Some((0, 1)), "the area's loose notes");
        assert_eq!(hit(&targets, 50.0, 1590.0), Some((0, 2)));
        assert_eq!(hit(&targets, 400.0, 1100.0), None, "outside every list");
        assert_eq!(line_y(&targets[0], 1), 1456.0);
        assert_eq!(line_y(&targets[0], 2), 1512.0);
        assert_eq!(line_y(&target((0.0, 10.0, 5.0, 50.0), vec![]), 0), 40.0, "an empty list shows where its items start");
    }

    const VIEW: View = View { height: 600.0, max_scroll: 2000.0 };

    #[test]
    fn scrolls_near_the_edges_faster_closer_and_never_past_the_page() {
        assert_eq!(step(300.0, 500.0, VIEW), 0.0, "the middle of the window stays put");
        assert_eq!(step(570.0, 500.0, VIEW), 10.0, "half way into the bottom edge");
        assert_eq!(step(599.0, 500.0, VIEW), 20.0);
        assert_eq!(step(900.0, 500.0, VIEW), 20.0, "past the window: the fastest");
        assert_eq!(step(0.0, 500.0, VIEW), -20.0);
        assert_eq!(step(-40.0, 8.0, VIEW), -8.0, "not above the top");
        assert_eq!(step(599.0, 1995.0, VIEW), 5.0, "not below the measured end");
        assert_eq!(step(599.0, 2000.0, VIEW), 0.0);
        assert_eq!(step(5.0, 0.0, View { height: 120.0, max_scroll: 0.0 }), 0.0, "a page that does not scroll");
    }
}
