//! A stakeholder's marker: its attitude shown by shape and colour together
//! (never by colour alone), as SVG the export keeps as drawn.

use leptos::prelude::*;

use super::state::Theme;
use crate::model::stakeholder::Attitude;

/// The fill of an attitude's marker: Okabe–Ito hues, darkened on the page
/// (3:1 against white at least), lightened on the projector's black.
pub fn fill(attitude: Attitude, theme: Theme) -> &'static str {
    match (attitude, theme) {
        (Attitude::Champion, Theme::Page) => "#007d5a",
        (Attitude::Supporter, Theme::Page) => "#0068a8",
        (Attitude::Neutral, Theme::Page) => "#5f5f5f",
        (Attitude::Critic, Theme::Page) => "#a35a00",
        (Attitude::Blocker, Theme::Page) => "#c0361a",
        (Attitude::Champion, Theme::Projector) => "#4de0a4",
        (Attitude::Supporter, Theme::Projector) => "#6cc4ff",
        (Attitude::Neutral, Theme::Projector) => "#e6e6e6",
        (Attitude::Critic, Theme::Projector) => "#ffb347",
        (Attitude::Blocker, Theme::Projector) => "#ff7a5c",
    }
}

/// The outline around every marker.
pub fn outline(theme: Theme) -> &'static str {
    match theme {
        Theme::Page => "#111111",
        Theme::Projector => "#000000",
    }
}

/// The shape's name, for the legend's words.
pub fn shape_name(attitude: Attitude) -> &'static str {
    match attitude {
        Attitude::Champion => "triangle",
        Attitude::Supporter => "circle",
        Attitude::Neutral => "diamond",
        Attitude::Critic => "square",
        Attitude::Blocker => "cross",
    }
}

/// The marker of `attitude` centred on (`x`, `y`), `r` its radius.
pub fn marker(attitude: Attitude, theme: Theme, x: f64, y: f64, r: f64) -> AnyView {
    let (fill, stroke) = (fill(attitude, theme), outline(theme));
    let points = |pts: &[(f64, f64)]| pts.iter().map(|(px, py)| format!("{:.1},{:.1}", x + px * r, y + py * r)).collect::<Vec<_>>().join(" ");
    match attitude {
        Attitude::Supporter => view! { <circle cx=x cy=y r=r fill=fill stroke=stroke stroke-width="1.5" /> }.into_any(),
        Attitude::Champion => view! { <polygon points=points(&[(0.0, -1.2), (1.1, 0.85), (-1.1, 0.85)]) fill=fill stroke=stroke stroke-width="1.5" /> }.into_any(),
        Attitude::Neutral => view! { <polygon points=points(&[(0.0, -1.2), (1.2, 0.0), (0.0, 1.2), (-1.2, 0.0)]) fill=fill stroke=stroke stroke-width="1.5" /> }.into_any(),
        Attitude::Critic => view! { <rect x=x - r * 0.9 y=y - r * 0.9 width=r * 1.8 height=r * 1.8 fill=fill stroke=stroke stroke-width="1.5" /> }.into_any(),
        Attitude::Blocker => {
            let (a, b) = (1.0, 0.38);
            let cross = [(-a, -a + b), (-a + b, -a), (0.0, -b), (a - b, -a), (a, -a + b), (b, 0.0), (a, a - b), (a - b, a), (0.0, b), (-a + b, a), (-a, a - b), (-b, 0.0)];
            view! { <polygon points=points(&cross) fill=fill stroke=stroke stroke-width="1.5" /> }.into_any()
        }
    }
}
