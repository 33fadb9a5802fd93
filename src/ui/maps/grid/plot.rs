//! Where things go on the drawn power/interest grid: the plot inside the
//! SVG's margins (axes left and below), the middle of each score's column
//! and row, the score under a point (a drag snaps to it), and how several
//! stakeholders on one cell sit side by side. No browser APIs, so its tests
//! run natively (see `lib.rs`).

/// Left, top, right and bottom, in the SVG's units (pixels: its viewBox is its size).
pub type Rect = (f64, f64, f64, f64);

/// The cells' area: interest grows to the right, power upwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plot {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Plot {
    /// The plot of an SVG `width` × `height` whose labels are `font` pixels:
    /// room on the left for the power axis, below for the interest axis.
    pub fn new(width: f64, height: f64, font: f64) -> Plot {
        let (left, bottom) = (font * 3.4, font * 3.2);
        let (top, right) = (font * 0.6, font * 0.6);
        Plot { left, top, width: (width - left - right).max(50.0), height: (height - top - bottom).max(50.0) }
    }

    pub fn right(&self) -> f64 {
        self.left + self.width
    }

    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }

    pub fn rect(&self) -> Rect {
        (self.left, self.top, self.right(), self.bottom())
    }

    /// A cell's width and height.
    pub fn cell(&self) -> (f64, f64) {
        (self.width / 5.0, self.height / 5.0)
    }

    /// The middle of interest `score`'s column (a fraction between scores is allowed).
    pub fn x(&self, interest: f64) -> f64 {
        self.left + (interest - 0.5) * self.cell().0
    }

    /// The middle of power `score`'s row (5 at the top).
    pub fn y(&self, power: f64) -> f64 {
        self.top + (5.5 - power) * self.cell().1
    }

    /// The cell of power `power` and interest `interest` (scores 1–5).
    pub fn cell_rect(&self, power: u8, interest: u8) -> Rect {
        let (w, h) = self.cell();
        let left = self.left + f64::from(interest - 1) * w;
        let top = self.top + f64::from(5 - power) * h;
        (left, top, left + w, top + h)
    }

    /// The (power, interest) a point snaps to: the cell under it, the
    /// nearest cell when it lies outside the plot.
    pub fn score_at(&self, x: f64, y: f64) -> (u8, u8) {
        let (w, h) = self.cell();
        let interest = ((x - self.left) / w).floor() + 1.0;
        let power = 5.0 - ((y - self.top) / h).floor();
        (power.clamp(1.0, 5.0) as u8, interest.clamp(1.0, 5.0) as u8)
    }

    /// Where the "+N" of a crowded cell goes: its bottom right corner (the
    /// top left may hold a quadrant's title).
    pub fn count_rect(&self, power: u8, interest: u8, font: f64) -> Rect {
        let (_, _, right, bottom) = self.cell_rect(power, interest);
        (right - font * 3.2 - 2.0, bottom - font * 1.5 - 2.0, right - 2.0, bottom - 2.0)
    }
}

/// How many markers of `radius` one cell of `cell` shows side by side, in
/// columns and rows, clear of a band at its top (a quadrant's title) and at
/// its bottom (the count), each a line of `font` high.
pub fn cell_capacity(cell: (f64, f64), radius: f64, font: f64) -> (usize, usize) {
    let pitch = radius * 2.0 + 6.0;
    let columns = ((cell.0 - 8.0) / pitch).floor().max(1.0) as usize;
    let rows = ((cell.1 - 2.0 * (font * 1.5 + 4.0)) / pitch).floor().max(1.0) as usize;
    (columns, rows)
}

/// Offsets from the cell's middle of `n` markers sharing it, in rows of at
/// most `columns`, centred; `n` is at most the cell's capacity.
pub fn spread(n: usize, columns: usize, radius: f64) -> Vec<(f64, f64)> {
    let pitch = radius * 2.0 + 6.0;
    let columns = columns.max(1).min(n.max(1));
    let rows = n.div_ceil(columns);
    (0..n)
        .map(|i| {
            let (row, column) = (i / columns, i % columns);
            let in_row = if row + 1 == rows { n - row * columns } else { columns };
            let x = (column as f64 - (in_row as f64 - 1.0) / 2.0) * pitch;
            let y = (row as f64 - (rows as f64 - 1.0) / 2.0) * pitch;
            (x, y)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_snaps_to_the_cell_under_it_and_outside_to_the_nearest() {
        let plot = Plot::new(1280.0, 720.0, 14.0);
        assert_eq!(plot.score_at(plot.x(2.0), plot.y(4.0)), (4, 2));
        assert_eq!(plot.score_at(plot.x(4.45), plot.y(1.4)), (1, 4));
        assert_eq!(plot.score_at(-100.0, -100.0), (5, 1));
        assert_eq!(plot.score_at(5000.0, 5000.0), (1, 5));
    }

    #[test]
    fn the_middles_of_cells_lie_in_their_cells() {
        let plot = Plot::new(1024.0, 600.0, 24.0);
        for power in 1..=5u8 {
            for interest in 1..=5u8 {
                let (l, t, r, b) = plot.cell_rect(power, interest);
                let (x, y) = (plot.x(f64::from(interest)), plot.y(f64::from(power)));
                assert!(l < x && x < r && t < y && y < b);
                assert_eq!(plot.score_at(x, y), (power, interest));
            }
        }
    }

    #[test]
    fn markers_sharing_a_cell_stay_apart_and_inside_it() {
        let plot = Plot::new(1280.0, 720.0, 14.0);
        let (columns, rows) = cell_capacity(plot.cell(), 8.0, 14.0);
        let n = columns * rows;
        let offsets = spread(n, columns, 8.0);
        let (l, t, r, b) = plot.cell_rect(3, 3);
        let (cx, cy) = (plot.x(3.0), plot.y(3.0));
        for (i, a) in offsets.iter().enumerate() {
            assert!(l < cx + a.0 - 8.0 && cx + a.0 + 8.0 < r && t + 21.0 < cy + a.1 - 8.0 && cy + a.1 + 8.0 < b - 21.0, "{i}: {a:?}");
            for c in &offsets[i + 1..] {
                assert!((a.0 - c.0).hypot(a.1 - c.1) >= 16.0);
            }
        }
    }
}
