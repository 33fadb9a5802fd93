//! The arithmetic of a drag, in page coordinates: which drop list and place
//! lie under the pointer, where the indicator goes, and how fast the page
//! scrolls by itself near the window's top or bottom edge. No browser APIs,
//! so its tests run natively (see `lib.rs`).

use crate::model::ids::{AreaId, ClusterId};

/// Left, top, right and bottom, in page coordinates.
pub type Rect = (f64, f64, f64, f64);

/// A list something can be dropped in: a cluster's or an area's notes, or an
/// area's clusters.
pub struct Target {
    pub area_id: AreaId,
    pub cluster_id: Option<ClusterId>,
    pub rect: Rect,
    /// Each item of the list, the dragged one left out.
    pub items: Vec<Rect>,
    /// Whether the items sit side by side in rows (a wide area's notes) rather than one under another.
    pub in_rows: bool,
    /// Where the indicator goes when the list is empty.
    pub empty_line: f64,
}

impl Target {
    /// A list of `items` in reading order; whether they sit in rows is seen
    /// from them (two in a row share a line).
    pub fn new(area_id: AreaId, cluster_id: Option<ClusterId>, rect: Rect, items: Vec<Rect>, empty_line: f64) -> Target {
        let in_rows = items.windows(2).any(|w| w[1].1 < w[0].3 - 1.0 && w[1].0 >= w[0].2 - 1.0);
        Target { area_id, cluster_id, rect, items, in_rows, empty_line }
    }
}

/// The list under a point (page coordinates) and the place in it: the
/// innermost list, since a cluster lies inside its area. In a column the
/// place is before the first item whose middle is below the point; in rows,
/// after every item of the rows above and those of its row left of the point.
pub fn hit(targets: &[Target], x: f64, y: f64) -> Option<(usize, usize)> {
    let list = targets
        .iter()
        .enumerate()
        .filter(|(_, t)| x >= t.rect.0 && x <= t.rect.2 && y >= t.rect.1 && y <= t.rect.3)
        .min_by(|a, b| size(a.1).total_cmp(&size(b.1)))
        .map(|(n, _)| n)?;
    let target = &targets[list];
    let before = |&&(left, top, right, bottom): &&Rect| {
        if target.in_rows { y > bottom || (y >= top && x > (left + right) / 2.0) } else { (top + bottom) / 2.0 < y }
    };
    Some((list, target.items.iter().filter(before).count()))
}

/// Where the indicator goes for place `index` of a list, as left, top,
/// width and height: a line above the item in a column, a bar left of it in
/// rows (right of the last one at the end).
pub fn indicator(target: &Target, index: usize) -> Rect {
    let across = (target.rect.0 + 8.0, (target.rect.2 - target.rect.0 - 16.0).max(0.0));
    let line = |y: f64| (across.0, y, across.1, 4.0);
    let bar = |x: f64, (_, top, _, bottom): Rect| (x, top, 4.0, bottom - top);
    match (index.checked_sub(1).and_then(|i| target.items.get(i)), target.items.get(index)) {
        (_, Some(&item)) if target.in_rows => bar(item.0 - 5.0, item),
        (Some(&item), None) if target.in_rows => bar(item.2 + 1.0, item),
        (_, Some(&(_, top, _, _))) => line(top - 4.0),
        (Some(&(_, _, _, bottom)), None) => line(bottom + 2.0),
        (None, None) => line(target.empty_line),
    }
}

/// Which of `candidates` the arrow key `towards` goes to from `from`: the
/// nearest whose middle lies that way, straight lines counting more than
/// slanted ones.
pub fn nearest(from: Rect, candidates: &[Rect], towards: Towards) -> Option<usize> {
    let middle = |r: &Rect| ((r.0 + r.2) / 2.0, (r.1 + r.3) / 2.0);
    let (fx, fy) = middle(&from);
    candidates
        .iter()
        .enumerate()
        .filter_map(|(n, r)| {
            let (cx, cy) = middle(r);
            let (ahead, aside) = match towards {
                Towards::Up => (fy - cy, cx - fx),
                Towards::Down => (cy - fy, cx - fx),
                Towards::Left => (fx - cx, cy - fy),
                Towards::Right => (cx - fx, cy - fy),
            };
            (ahead > 1.0).then_some((n, ahead + 2.0 * aside.abs()))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(n, _)| n)
}

/// The direction of an arrow key.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Towards {
    Up,
    Down,
    Left,
    Right,
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

    fn target(rect: Rect, items: Vec<Rect>) -> Target {
        Target::new("a".into(), None, rect, items, rect.1 + 30.0)
    }

    /// An item of a column list: the list's width, from `top` to `bottom`.
    fn row(top: f64, bottom: f64) -> Rect {
        (0.0, top, 300.0, bottom)
    }

    #[test]
    fn the_innermost_list_and_the_place_before_the_first_lower_middle_win() {
        let area = target((0.0, 1000.0, 300.0, 1600.0), vec![row(1400.0, 1450.0), row(1460.0, 1510.0)]);
        let cluster = target((10.0, 1050.0, 290.0, 1300.0), vec![row(1100.0, 1150.0)]);
        assert!(!area.in_rows);
        let targets = [area, cluster];
        assert_eq!(hit(&targets, 50.0, 1120.0), Some((1, 0)), "inside the cluster, above its note's middle");
        assert_eq!(hit(&targets, 50.0, 1140.0), Some((1, 1)));
        assert_eq!(hit(&targets, 50.0, 1455.0), Some((0, 1)), "the area's loose notes");
        assert_eq!(hit(&targets, 50.0, 1590.0), Some((0, 2)));
        assert_eq!(hit(&targets, 400.0, 1100.0), None, "outside every list");
        assert_eq!(indicator(&targets[0], 1), (8.0, 1456.0, 284.0, 4.0));
        assert_eq!(indicator(&targets[0], 2), (8.0, 1512.0, 284.0, 4.0));
        assert_eq!(indicator(&target((0.0, 10.0, 5.0, 50.0), vec![]), 0).1, 40.0, "an empty list shows where its items start");
    }

    #[test]
    fn notes_side_by_side_take_the_place_left_or_right_of_the_pointer() {
        // Two rows: three notes, then one.
        let items = vec![(10.0, 100.0, 190.0, 180.0), (200.0, 100.0, 380.0, 180.0), (390.0, 100.0, 570.0, 180.0), (10.0, 190.0, 190.0, 250.0)];
        let area = target((0.0, 50.0, 580.0, 300.0), items);
        assert!(area.in_rows);
        let targets = [area];
        assert_eq!(hit(&targets, 20.0, 120.0), Some((0, 0)), "left of the first note's middle");
        assert_eq!(hit(&targets, 150.0, 120.0), Some((0, 1)), "right of it");
        assert_eq!(hit(&targets, 560.0, 170.0), Some((0, 3)), "the end of the first row");
        assert_eq!(hit(&targets, 20.0, 185.0), Some((0, 3)), "between the rows: after the first");
        assert_eq!(hit(&targets, 400.0, 220.0), Some((0, 4)), "the second row, right of its note");
        assert_eq!(indicator(&targets[0], 1), (195.0, 100.0, 4.0, 80.0), "a bar left of the second note");
        assert_eq!(indicator(&targets[0], 4), (191.0, 190.0, 4.0, 60.0), "a bar right of the last note");
    }

    #[test]
    fn arrow_keys_go_to_the_nearest_note_that_way() {
        let notes = [(0.0, 0.0, 100.0, 50.0), (110.0, 0.0, 210.0, 50.0), (0.0, 60.0, 100.0, 110.0), (110.0, 60.0, 210.0, 130.0)];
        assert_eq!(nearest(notes[0], &notes, Towards::Right), Some(1));
        assert_eq!(nearest(notes[0], &notes, Towards::Down), Some(2), "straight down beats down and across");
        assert_eq!(nearest(notes[3], &notes, Towards::Up), Some(1));
        assert_eq!(nearest(notes[3], &notes, Towards::Left), Some(2));
        assert_eq!(nearest(notes[0], &notes, Towards::Up), None, "nothing above");
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
