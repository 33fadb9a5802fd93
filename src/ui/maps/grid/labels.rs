//! The grid's layout: each stakeholder's marker in its cell (several on one
//! cell side by side, past what it holds a "+N" count), and each name's
//! label placed where it overlaps no other label, marker or quadrant title
//! and stays inside the plot: first the places right beside the marker,
//! then rings further out, joined to the marker by a leader line. A label
//! with no free place is left out and counted in its cell's "+N". Text
//! widths are estimated from the characters, so this is plain Rust with no
//! browser APIs, tested natively (see `lib.rs`).

use super::plot::{cell_capacity, spread, Plot, Rect};

/// One stakeholder to draw: where it stands and its label's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub power: u8,
    pub interest: u8,
    pub label: String,
}

/// A label's place, and the leader line from its marker when it sits away from it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub rect: Rect,
    pub leader: Option<(f64, f64, f64, f64)>,
}

/// A cell holding more than it shows: the count's place and who it lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Crowd {
    pub power: u8,
    pub interest: u8,
    pub rect: Rect,
    /// Indexes into the items: those without a marker or without a label.
    pub hidden: Vec<usize>,
}

/// Everything the grid draws, by item index.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub plot: Plot,
    pub font: f64,
    pub radius: f64,
    /// The marker's middle; `None` when its cell is too full to show it.
    pub markers: Vec<Option<(f64, f64)>>,
    pub labels: Vec<Option<Placed>>,
    pub crowds: Vec<Crowd>,
    /// The quadrant titles' boxes, kept free of labels.
    pub titles: Vec<Rect>,
}

/// How many stakeholders a grid of 1280×720 labels every one of (see the tests).
pub const LABELLED_UP_TO: usize = 60;

/// The width of `text` in a sans-serif face at `font` pixels, estimated
/// from its characters (narrow, wide, capitals) and slightly generous, so a
/// box made from it holds the text as drawn.
pub fn text_width(text: &str, font: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '.' | ',' | '\'' | '|' | '!' | ':' | ';' => 0.3,
            'f' | 't' | 'r' | ' ' | '(' | ')' | '-' | 'I' => 0.4,
            'm' | 'w' | 'M' | 'W' | '@' | '%' => 0.95,
            c if c.is_uppercase() => 0.75,
            c if c.is_ascii_digit() => 0.6,
            _ => 0.6,
        })
        .sum();
    ems * font + font * 0.6
}

/// The height of a label's box at `font` pixels.
pub fn label_height(font: f64) -> f64 {
    font * 1.3
}

/// Lays out `items` on an SVG of `width` × `height`, labels `font` pixels high,
/// markers of `radius`; `titles` are boxes to keep free (the quadrants' names).
pub fn lay_out(items: &[Item], width: f64, height: f64, font: f64, radius: f64, titles: impl Fn(&Plot) -> Vec<Rect>) -> Layout {
    let plot = Plot::new(width, height, font);
    let titles = titles(&plot);
    let (columns, rows) = cell_capacity(plot.cell(), radius, font);
    let capacity = columns * rows;
    let mut markers = vec![None; items.len()];
    let mut crowds: Vec<Crowd> = Vec::new();
    for power in 1..=5u8 {
        for interest in 1..=5u8 {
            let here: Vec<usize> = (0..items.len()).filter(|&i| items[i].power == power && items[i].interest == interest).collect();
            if here.is_empty() {
                continue;
            }
            let shown = if here.len() > capacity { capacity - 1 } else { here.len() };
            let (cx, cy) = (plot.x(f64::from(interest)), plot.y(f64::from(power)));
            for (&i, (dx, dy)) in here.iter().zip(spread(shown, columns, radius)) {
                markers[i] = Some((cx + dx, cy + dy));
            }
            crowds.push(Crowd { power, interest, rect: plot.count_rect(power, interest, font), hidden: here[shown..].to_vec() });
        }
    }
    let mut taken = Taken::new(plot.rect(), font * 4.0);
    for rect in titles.iter().chain(crowds.iter().map(|c| &c.rect)) {
        taken.add(*rect);
    }
    for &(x, y) in markers.iter().flatten() {
        taken.add((x - radius - 1.0, y - radius - 1.0, x + radius + 1.0, y + radius + 1.0));
    }
    let h = label_height(font);
    // Up to 60 a label may go as far as the plot reaches (a long leader line
    // is better than a lost name); past that the search stays nearer, so a
    // crowded grid lays out fast and its leaders stay short.
    let full = (plot.width).max(plot.height);
    let reach = full * (LABELLED_UP_TO as f64 / items.len().max(LABELLED_UP_TO) as f64);
    let labels: Vec<Option<Placed>> = items
        .iter()
        .zip(&markers)
        .map(|(item, marker)| {
            let (x, y) = (*marker)?;
            let placed = place((x, y), text_width(&item.label, font), h, radius, reach, &taken)?;
            taken.add(placed.rect);
            Some(placed)
        })
        .collect();
    for (i, (marker, label)) in markers.iter().zip(&labels).enumerate() {
        if marker.is_some() && label.is_none() {
            if let Some(crowd) = crowds.iter_mut().find(|c| c.power == items[i].power && c.interest == items[i].interest) {
                crowd.hidden.push(i);
            }
        }
    }
    crowds.retain(|c| !c.hidden.is_empty());
    Layout { plot, font, radius, markers, labels, crowds, titles }
}

/// The first free place for a `w` × `h` label of the marker at `at`.
fn place(at: (f64, f64), w: f64, h: f64, radius: f64, reach: f64, taken: &Taken) -> Option<Placed> {
    let (x, y) = at;
    let gap = radius + 3.0;
    let diagonal = gap * 0.7;
    let beside = [
        (x + gap, y - h / 2.0),
        (x - gap - w, y - h / 2.0),
        (x - w / 2.0, y - gap - h),
        (x - w / 2.0, y + gap),
        (x + diagonal, y - diagonal - h),
        (x + diagonal, y + diagonal),
        (x - diagonal - w, y - diagonal - h),
        (x - diagonal - w, y + diagonal),
    ];
    let fits = |(left, top): (f64, f64)| {
        let rect = (left, top, left + w, top + h);
        taken.free(rect).then_some(rect)
    };
    if let Some(rect) = beside.into_iter().find_map(fits) {
        return Some(Placed { rect, leader: None });
    }
    // Further out, ring by ring, up to `reach`.
    let step = h * 0.8;
    let rings = (reach / step).ceil() as usize;
    for ring in 1..=rings {
        let d = ring as f64 * step;
        let angles = (8 + 2 * ring).clamp(12, 40);
        for k in 0..angles {
            let a = std::f64::consts::TAU * k as f64 / angles as f64;
            let (cx, cy) = (x + a.cos() * (w / 2.0 + gap + d), y + a.sin() * (h / 2.0 + gap + d * 0.6));
            if let Some(rect) = fits((cx - w / 2.0, cy - h / 2.0)) {
                return Some(Placed { rect, leader: Some(leader(at, radius, rect)) });
            }
        }
    }
    None
}

/// A line from the marker's edge to the nearest point of the label's box.
fn leader((x, y): (f64, f64), radius: f64, (l, t, r, b): Rect) -> (f64, f64, f64, f64) {
    let (ex, ey) = (x.clamp(l, r), y.clamp(t, b));
    let length = (ex - x).hypot(ey - y).max(1e-6);
    (x + (ex - x) / length * radius, y + (ey - y) / length * radius, ex, ey)
}

/// Whether two boxes overlap (touching edges do not).
pub fn overlap(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The boxes already taken, in buckets of a coarse grid so a check looks
/// only at its neighbours (500 stakeholders stay fast).
struct Taken {
    bounds: Rect,
    bucket: f64,
    columns: usize,
    rows: usize,
    buckets: Vec<Vec<Rect>>,
}

impl Taken {
    fn new(bounds: Rect, bucket: f64) -> Taken {
        let columns = ((bounds.2 - bounds.0) / bucket).ceil().max(1.0) as usize;
        let rows = ((bounds.3 - bounds.1) / bucket).ceil().max(1.0) as usize;
        Taken { bounds, bucket, columns, rows, buckets: vec![Vec::new(); columns * rows] }
    }

    /// The buckets `rect` touches, clamped to the bounds.
    fn span(&self, (l, t, r, b): Rect) -> (std::ops::RangeInclusive<usize>, std::ops::RangeInclusive<usize>) {
        let index = |v: f64, origin: f64, n: usize| (((v - origin) / self.bucket).floor().max(0.0) as usize).min(n - 1);
        (
            index(l, self.bounds.0, self.columns)..=index(r, self.bounds.0, self.columns),
            index(t, self.bounds.1, self.rows)..=index(b, self.bounds.1, self.rows),
        )
    }

    fn add(&mut self, rect: Rect) {
        let (xs, ys) = self.span(rect);
        for row in ys {
            for column in xs.clone() {
                self.buckets[row * self.columns + column].push(rect);
            }
        }
    }

    /// Inside the bounds and clear of every box taken.
    fn free(&self, rect: Rect) -> bool {
        let (l, t, r, b) = self.bounds;
        if rect.0 < l || rect.1 < t || rect.2 > r || rect.3 > b {
            return false;
        }
        let (xs, ys) = self.span(rect);
        ys.into_iter().all(|row| xs.clone().all(|column| self.buckets[row * self.columns + column].iter().all(|o| !overlap(*o, rect))))
    }
}

#[cfg(test)]
mod tests;
