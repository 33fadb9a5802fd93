//! What the grid's parts share on one screen (the editor's grid or the
//! projector's): the stakeholders as drawn, the layout for the size the grid
//! has, who is selected, "changes since", the live region; never saved.

use leptos::prelude::*;

use super::labels::{lay_out, Item, Layout};
use super::plot::{Plot, Rect};
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::{Attitude, Quadrant, Stakeholder, StrategyShown};
use crate::model::time::Day;
use crate::ui::maps::ctx::MapCtx;
use crate::ui::system::measured;

/// Names longer than this are cut with "…" on the grid (whole in the tooltip and the table).
const LABEL_CHARS: usize = 24;

/// One stakeholder as the grid draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct Dot {
    pub id: StakeholderId,
    pub name: String,
    pub attitude: Attitude,
    pub power: u8,
    pub interest: u8,
    pub strategy: StrategyShown,
    pub quadrant: Quadrant,
}

impl Dot {
    fn of(s: &Stakeholder) -> Dot {
        Dot {
            id: s.id.clone(),
            name: s.name.clone(),
            attitude: s.attitude,
            power: s.power.get(),
            interest: s.interest.get(),
            strategy: s.strategy(),
            quadrant: s.quadrant(),
        }
    }

    /// The label: the name (cut when long), with "*" when the strategy is set by hand.
    pub fn label(&self) -> String {
        let mut label: String = self.name.chars().take(LABEL_CHARS).collect();
        if self.name.chars().count() > LABEL_CHARS {
            label.pop();
            label.push('…');
        }
        if self.strategy.overridden {
            label.push_str(" *");
        }
        label
    }

    /// "Works council: power 4, interest 2, keep satisfied" (and how it differs when overridden).
    pub fn said(&self) -> String {
        let strategy = self.strategy.strategy.label().to_lowercase();
        let set = if self.strategy.overridden { format!(" (set by hand; the quadrant says {})", self.strategy.from_quadrant.label().to_lowercase()) } else { String::new() };
        format!("{}: power {}, interest {}, {strategy}{set}", self.name, self.power, self.interest)
    }
}

/// How the grid is drawn: on the page, or large and light on black.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Page,
    Projector,
}

impl Theme {
    pub fn font(self) -> f64 {
        match self {
            Theme::Page => 14.0,
            Theme::Projector => 24.0,
        }
    }

    pub fn radius(self) -> f64 {
        match self {
            Theme::Page => 8.0,
            Theme::Projector => 12.0,
        }
    }
}

/// The quadrants' titles' boxes, where the SVG writes them (top left of each quadrant).
pub fn title_rects(plot: &Plot, font: f64) -> Vec<Rect> {
    Quadrant::ALL.iter().map(|q| title_at(plot, *q, font)).collect()
}

/// The box of a quadrant's title.
pub fn title_at(plot: &Plot, quadrant: Quadrant, font: f64) -> Rect {
    let (power, interest) = match quadrant {
        Quadrant::KeyPlayers => (5, 4),
        Quadrant::KeepSatisfied => (5, 1),
        Quadrant::KeepInformed => (3, 4),
        Quadrant::Monitor => (3, 1),
    };
    let (left, top, _, _) = plot.cell_rect(power, interest);
    let text = super::labels::text_width(quadrant.strategy().label(), font);
    (left + 3.0, top + 3.0, left + 3.0 + text, top + 3.0 + font * 1.3)
}

/// The grid's shared handle. Cheap to copy.
#[derive(Clone, Copy)]
pub struct GridState {
    pub ctx: MapCtx,
    pub theme: Theme,
    pub dots: Memo<Vec<Dot>>,
    /// The SVG's size in pixels (its viewBox is the same, so a label's font size is true pixels).
    pub size: RwSignal<(f64, f64)>,
    pub layout: Memo<Layout>,
    pub selected: RwSignal<Option<StakeholderId>>,
    /// The day "changes since" counts from; `None` draws no arrows.
    pub since: RwSignal<Option<Day>>,
    /// What the live region says.
    pub announce: RwSignal<String>,
    /// The crowded cell whose list is open.
    pub crowd_open: RwSignal<Option<(u8, u8)>>,
}

impl GridState {
    pub fn new(ctx: MapCtx, theme: Theme, size: (f64, f64)) -> GridState {
        let dots = ctx.read(|m| m.stakeholders.iter().map(Dot::of).collect::<Vec<_>>());
        let size = RwSignal::new(size);
        let layout = Memo::new(move |_| {
            let (width, height) = size.get();
            let (font, radius) = (theme.font(), theme.radius());
            dots.with(|dots| {
                let items: Vec<Item> = dots.iter().map(|d| Item { power: d.power, interest: d.interest, label: d.label() }).collect();
                measured("liaison:map-labels", || lay_out(&items, width, height, font, radius, |plot| title_rects(plot, font)))
            })
        });
        GridState {
            ctx,
            theme,
            dots,
            size,
            layout,
            selected: RwSignal::new(None),
            since: RwSignal::new(None),
            announce: RwSignal::new(String::new()),
            crowd_open: RwSignal::new(None),
        }
    }

    /// The dot of stakeholder `id`, untracked.
    pub fn dot(self, id: &StakeholderId) -> Option<Dot> {
        self.dots.with_untracked(|d| d.iter().find(|d| &d.id == id).cloned())
    }
}
