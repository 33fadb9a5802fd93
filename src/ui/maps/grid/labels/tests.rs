use super::*;

/// A small deterministic generator (xorshift), so a failing case can be rerun.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const NAMES: [&str; 8] = ["Works council", "Ines Duarte", "Local Gazette", "Head of Marketing", "IT", "Procurement board", "Mayor's office", "Wilhelmina Wójcik-Mamedova"];

fn items(rng: &mut Rng, n: usize, clustered: bool) -> Vec<Item> {
    (0..n)
        .map(|i| {
            let (power, interest) = if clustered { (4 + rng.below(2) as u8, 4 + rng.below(2) as u8) } else { (1 + rng.below(5) as u8, 1 + rng.below(5) as u8) };
            Item { power, interest, label: format!("{} {i}", NAMES[rng.below(NAMES.len() as u64) as usize]) }
        })
        .collect()
}

fn titles(plot: &Plot) -> Vec<Rect> {
    vec![(plot.left + 4.0, plot.top + 4.0, plot.left + 140.0, plot.top + 22.0)]
}

fn check(layout: &Layout, what: &str) {
    let rects: Vec<Rect> = layout.labels.iter().flatten().map(|p| p.rect).collect();
    let (l, t, r, b) = layout.plot.rect();
    for (i, a) in rects.iter().enumerate() {
        assert!(a.0 >= l && a.1 >= t && a.2 <= r && a.3 <= b, "{what}: label {i} {a:?} outside the grid");
        for c in &rects[i + 1..] {
            assert!(!overlap(*a, *c), "{what}: labels {a:?} and {c:?} overlap");
        }
        for m in layout.markers.iter().flatten() {
            let marker = (m.0 - layout.radius, m.1 - layout.radius, m.0 + layout.radius, m.1 + layout.radius);
            assert!(!overlap(*a, marker), "{what}: label {a:?} covers a marker at {m:?}");
        }
        for title in &layout.titles {
            assert!(!overlap(*a, *title), "{what}: label {a:?} covers a quadrant's title");
        }
    }
}

#[test]
fn up_to_sixty_stakeholders_on_1280_by_720_every_label_is_placed_and_none_overlap() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for case in 0..300 {
        let n = 1 + rng.below(60) as usize;
        let clustered = case % 3 == 0;
        let items = items(&mut rng, n, clustered);
        let layout = lay_out(&items, 1280.0, 720.0, 14.0, 8.0, titles);
        check(&layout, &format!("case {case} ({n}, clustered {clustered})"));
        assert!(layout.labels.iter().all(Option::is_some), "case {case}: {n} stakeholders, some label left out");
        assert!(layout.crowds.is_empty(), "case {case}: a count shown for {n} stakeholders");
    }
}

#[test]
fn sixty_on_one_cell_still_fit() {
    let items: Vec<Item> = (0..60).map(|i| Item { power: 5, interest: 5, label: format!("Stakeholder number {i}") }).collect();
    let layout = lay_out(&items, 1280.0, 720.0, 14.0, 8.0, titles);
    check(&layout, "sixty on one cell");
    let shown = layout.markers.iter().flatten().count();
    let labelled = layout.labels.iter().flatten().count();
    let counted: usize = layout.crowds.iter().map(|c| c.hidden.len()).sum();
    // The cell holds fewer markers than sixty: the rest are counted, never lost.
    assert!(shown < 60);
    assert_eq!(labelled + counted, 60);
}

#[test]
fn past_that_density_labels_stay_apart_and_everyone_is_shown_or_counted() {
    let mut rng = Rng(42);
    for (case, n) in [120, 300, 500].into_iter().enumerate() {
        let items = items(&mut rng, n, case == 1);
        let layout = lay_out(&items, 1280.0, 720.0, 14.0, 8.0, titles);
        check(&layout, &format!("{n} stakeholders"));
        let labelled = layout.labels.iter().flatten().count();
        let counted: usize = layout.crowds.iter().map(|c| c.hidden.len()).sum();
        assert_eq!(labelled + counted, n, "{n}: each is labelled or in a count");
    }
}

#[test]
fn the_projectors_large_labels_stay_apart_at_1024_by_768() {
    let mut rng = Rng(7);
    for _ in 0..50 {
        let n = 1 + rng.below(30) as usize;
        let items = items(&mut rng, n, false);
        check(&lay_out(&items, 1024.0, 640.0, 24.0, 12.0, titles), "projector");
    }
}

#[test]
fn a_label_beside_its_marker_has_no_leader_and_one_moved_away_has() {
    let items = vec![Item { power: 3, interest: 3, label: "Works council".into() }];
    let layout = lay_out(&items, 1280.0, 720.0, 14.0, 8.0, |_| Vec::new());
    assert_eq!(layout.labels[0].unwrap().leader, None);
    let crowded: Vec<Item> = (0..30).map(|i| Item { power: 3, interest: 3, label: format!("Name {i}") }).collect();
    let layout = lay_out(&crowded, 1280.0, 720.0, 14.0, 8.0, |_| Vec::new());
    assert!(layout.labels.iter().flatten().any(|p| p.leader.is_some()));
}

#[test]
fn wide_letters_are_estimated_wider() {
    assert!(text_width("WWWW", 14.0) > text_width("iiii", 14.0) * 2.0);
    assert!((text_width("Works council", 14.0) - 14.0 * 7.0).abs() < 30.0);
}
