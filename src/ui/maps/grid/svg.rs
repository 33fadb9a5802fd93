//! The grid as SVG: cells, the quadrants named with their strategy, axes
//! 1–5, arrows of "changes since", then each stakeholder (marker, leader
//! line, label) and the "+N" of crowded cells. Colours are attributes, not
//! CSS, so "Export SVG" keeps the grid as drawn.

use leptos::prelude::*;

use super::drag;
use super::keys::on_marker_key;
use super::labels::{label_height, Layout, Placed};
use super::plot::Plot;
use super::shapes::marker;
use super::state::{title_at, Dot, GridState, Theme};
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::grid::changes_since;
use crate::model::stakeholder::Quadrant;

/// What the projector's clicker is on.
#[derive(Debug, Clone, PartialEq)]
pub enum Highlight {
    Quadrant(Quadrant),
    Stakeholder(StakeholderId),
}

struct Colours {
    background: &'static str,
    tint: &'static str,
    lines: &'static str,
    dividers: &'static str,
    text: &'static str,
    title: &'static str,
    label_back: &'static str,
    arrow: &'static str,
    current: &'static str,
}

fn colours(theme: Theme) -> Colours {
    match theme {
        Theme::Page => Colours {
            background: "#ffffff", tint: "#fff3df", lines: "#c9c9c9", dividers: "#444444", text: "#1a1a1a",
            title: "#3d3d3d", label_back: "#ffffff", arrow: "#6a2fa8", current: "#0b5cad",
        },
        Theme::Projector => Colours {
            background: "#000000", tint: "#1a1a1a", lines: "#5c5c5c", dividers: "#ffffff", text: "#ffffff",
            title: "#ffe14d", label_back: "#000000", arrow: "#ffe14d", current: "#ffe14d",
        },
    }
}

/// The grid of `state`, at the size it was given; markers drag and take
/// arrow keys when `editable`.
#[component]
pub fn GridSvg(state: GridState, #[prop(into)] highlight: Signal<Option<Highlight>>, editable: bool) -> impl IntoView {
    let theme = state.theme;
    let c = colours(theme);
    let view_box = move || {
        let (w, h) = state.size.get();
        format!("0 0 {} {}", w.round(), h.round())
    };
    let frame = move || state.layout.with(|l| frame(l, theme));
    let arrows = move || {
        let since = state.since.get()?;
        let changes = state.ctx.with(|m| changes_since(m, since)).unwrap_or_default();
        let (layout, dots) = (state.layout.get(), state.dots.get());
        let plot = layout.plot;
        Some(
            changes
                .into_iter()
                .filter_map(|change| {
                    let from = change.from?;
                    let i = dots.iter().position(|d| d.id == change.stakeholder_id)?;
                    let (x2, y2) = layout.markers[i].unwrap_or((plot.x(f64::from(change.to.interest.get())), plot.y(f64::from(change.to.power.get()))));
                    let (x1, y1) = (plot.x(f64::from(from.interest.get())), plot.y(f64::from(from.power.get())));
                    // The head stops short of the marker so it shows; a dashed ring marks where they stood.
                    let length = (x2 - x1).hypot(y2 - y1).max(1.0);
                    let short = (layout.radius + 5.0).min(length / 2.0);
                    let (x2, y2) = (x2 - (x2 - x1) / length * short, y2 - (y2 - y1) / length * short);
                    Some(view! {
                        <circle cx=x1 cy=y1 r=layout.radius fill="none" stroke=c.arrow stroke-width="2" stroke-dasharray="3 3" />
                        <line x1=x1 y1=y1 x2=x2 y2=y2 stroke=c.arrow stroke-width="2.5" marker-end="url(#grid-arrow-head)"
                            data-testid="grid-change-arrow" data-stakeholder=change.stakeholder_id.to_string() />
                    })
                })
                .collect_view(),
        )
    };
    let people = move || {
        let layout = state.layout.get();
        let (selected, current) = (state.selected.get(), highlight.get());
        state.dots.with(|dots| {
            dots.iter()
                .enumerate()
                .filter_map(|(i, dot)| {
                    let at = layout.markers[i]?;
                    let lit = current.as_ref() == Some(&Highlight::Stakeholder(dot.id.clone())) || selected.as_ref() == Some(&dot.id);
                    Some(person(state, dot.clone(), at, layout.labels[i], &layout, lit, editable))
                })
                .collect_view()
        })
    };
    let crowds = move || {
        let layout = state.layout.get();
        let font = layout.font;
        layout
            .crowds
            .into_iter()
            .map(|crowd| {
                let (l, t, r, b) = crowd.rect;
                let (power, interest) = (crowd.power, crowd.interest);
                let n = crowd.hidden.len();
                view! {
                    <g class="grid-crowd" data-testid="grid-crowd" role="button" tabindex="0"
                        aria-label=format!("{n} more at power {power}, interest {interest}: list them")
                        on:click=move |_| state.crowd_open.set(Some((power, interest)))
                        on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); state.crowd_open.set(Some((power, interest))); }>
                        <rect x=l y=t width=r - l height=b - t rx="4" fill=c.background stroke=c.text stroke-width="1.5" />
                        <text x=(l + r) / 2.0 y=t + font * 1.1 text-anchor="middle" font-size=font font-weight="700" fill=c.text>{format!("+{n}")}</text>
                    </g>
                }
            })
            .collect_view()
    };
    let quadrant_lit = move || match highlight.get() {
        Some(Highlight::Quadrant(q)) => state.layout.with(|l| {
            let (l_, t, r, b) = quadrant_rect(&l.plot, q);
            Some(view! { <rect x=l_ + 2.0 y=t + 2.0 width=r - l_ - 4.0 height=b - t - 4.0 fill="none" stroke=c.current stroke-width="5" data-testid="grid-current-quadrant" /> })
        }),
        _ => None,
    };
    view! {
        <svg xmlns="http://www.w3.org/2000/svg" class="map-grid-svg" data-testid="map-grid-svg" viewBox=view_box
            width=move || state.size.get().0.round() height=move || state.size.get().1.round()
            data-plot=move || state.layout.with(|l| format!("{} {} {} {}", l.plot.left, l.plot.top, l.plot.width, l.plot.height))
            role="group" aria-label="Power/interest grid: interest grows to the right, power upwards"
            font-family="Arial, 'Liberation Sans', Helvetica, sans-serif">
            <defs>
                <marker id="grid-arrow-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0,0 L10,5 L0,10 z" fill=c.arrow />
                </marker>
            </defs>
            {frame}
            {quadrant_lit}
            <g class="grid-arrows">{arrows}</g>
            <rect class="grid-snap" data-testid="grid-snap" x="0" y="0" width="0" height="0" fill="none" stroke=c.current stroke-width="3" stroke-dasharray="6 4" visibility="hidden" />
            <g class="grid-people">{people}</g>
            <g class="grid-crowds">{crowds}</g>
        </svg>
    }
}

/// A quadrant's box on the plot.
pub fn quadrant_rect(plot: &Plot, quadrant: Quadrant) -> (f64, f64, f64, f64) {
    let (mid_x, mid_y) = (plot.x(3.5), plot.y(3.5));
    match quadrant {
        Quadrant::KeyPlayers => (mid_x, plot.top, plot.right(), mid_y),
        Quadrant::KeepSatisfied => (plot.left, plot.top, mid_x, mid_y),
        Quadrant::KeepInformed => (mid_x, mid_y, plot.right(), plot.bottom()),
        Quadrant::Monitor => (plot.left, mid_y, mid_x, plot.bottom()),
    }
}

/// The background, cells, quadrant titles and axes.
fn frame(layout: &Layout, theme: Theme) -> impl IntoView {
    let c = colours(theme);
    let (plot, font) = (layout.plot, layout.font);
    let (w, h) = (plot.right() + font * 0.6, plot.bottom() + font * 3.2);
    let (kl, kt, kr, kb) = quadrant_rect(&plot, Quadrant::KeyPlayers);
    let lines = (0..=5).map(|k| {
        let (x, y) = (plot.left + plot.width * f64::from(k) / 5.0, plot.top + plot.height * f64::from(k) / 5.0);
        view! {
            <line x1=x y1=plot.top x2=x y2=plot.bottom() stroke=c.lines stroke-width="1" />
            <line x1=plot.left y1=y x2=plot.right() y2=y stroke=c.lines stroke-width="1" />
        }
    });
    let ticks = (1..=5u8).map(|n| {
        let v = f64::from(n);
        view! {
            <text x=plot.x(v) y=plot.bottom() + font * 1.2 text-anchor="middle" font-size=font fill=c.text>{n}</text>
            <text x=plot.left - font * 0.5 y=plot.y(v) + font * 0.35 text-anchor="end" font-size=font fill=c.text>{n}</text>
        }
    });
    let titles = Quadrant::ALL.map(|q| {
        let (l, _, _, b) = title_at(&plot, q, font);
        view! { <text x=l + font * 0.2 y=b - font * 0.3 font-size=font font-weight="700" fill=c.title>{q.strategy().label()}<title>{q.label()}</title></text> }
    });
    let (mid_x, mid_y) = (plot.x(3.5), plot.y(3.5));
    let power_x = font * 1.0;
    let power_y = plot.top + plot.height / 2.0;
    view! {
        <rect x="0" y="0" width=w height=h fill=c.background />
        <rect x=kl y=kt width=kr - kl height=kb - kt fill=c.tint />
        {lines.collect_view()}
        <line x1=mid_x y1=plot.top x2=mid_x y2=plot.bottom() stroke=c.dividers stroke-width="2.5" />
        <line x1=plot.left y1=mid_y x2=plot.right() y2=mid_y stroke=c.dividers stroke-width="2.5" />
        {titles.into_iter().collect_view()}
        {ticks.collect_view()}
        <text x=plot.left + plot.width / 2.0 y=plot.bottom() + font * 2.6 text-anchor="middle" font-size=font font-weight="700" fill=c.text>"Interest →"</text>
        <text x=power_x y=power_y text-anchor="middle" font-size=font font-weight="700" fill=c.text
            transform=format!("rotate(-90 {power_x} {power_y})")>"Power →"</text>
    }
}

/// One stakeholder: marker, leader line and label, one focusable group.
fn person(state: GridState, dot: Dot, (x, y): (f64, f64), label: Option<Placed>, layout: &Layout, lit: bool, editable: bool) -> impl IntoView {
    let theme = state.theme;
    let c = colours(theme);
    let (font, r) = (layout.font, layout.radius);
    let id = dot.id.clone();
    let said = format!("{}, {}", dot.said(), dot.attitude.label().to_lowercase());
    let text = dot.label();
    let tooltip = said.clone();
    let label_view = label.map(|p| {
        let (l, t, rr, b) = p.rect;
        let leader = p.leader.map(|(x1, y1, x2, y2)| view! { <line x1=x1 y1=y1 x2=x2 y2=y2 stroke=c.text stroke-width="1" data-testid="grid-leader" /> });
        let colour = if lit { c.current } else { c.text };
        view! {
            {leader}
            <g data-testid="grid-label" class="grid-label">
                <rect x=l y=t width=rr - l height=b - t rx="3" fill=c.label_back fill-opacity="0.9" stroke=if lit { c.current } else { "none" } stroke-width="2" />
                <text x=l + font * 0.3 y=t + label_height(font) * 0.76 font-size=font font-weight=if lit { "700" } else { "400" } fill=colour>{text}</text>
            </g>
        }
    });
    let on_select = {
        let id = id.clone();
        move || state.selected.set(Some(id.clone()))
    };
    let on_select_key = on_select.clone();
    let (down, key_id) = (id.clone(), id.clone());
    view! {
        <g class="grid-stakeholder" class:lit=lit data-testid="grid-stakeholder" data-stakeholder=id.to_string()
            data-power=dot.power data-interest=dot.interest data-attitude=crate::model::keyed::Keyed::key(dot.attitude)
            tabindex=if editable { "0" } else { "-1" } role="button" aria-label=said
            on:pointerdown=move |ev| if editable { drag::down(state, down.clone(), ev) }
            on:pointermove=move |ev| drag::moved(ev)
            on:pointerup=move |ev| drag::up(ev)
            on:pointercancel=move |_| drag::cancel()
            on:click=move |_| on_select()
            on:keydown=move |ev| if editable { on_marker_key(state, &key_id, &ev, &on_select_key) }>
            <title>{tooltip}</title>
            {label_view}
            <circle class="grid-focus-ring" cx=x cy=y r=r + 5.0 fill="none" stroke=if lit { c.current } else { "none" } stroke-width="3" />
            {marker(dot.attitude, theme, x, y, r)}
        </g>
    }
}
