//! A horizontal bar chart drawn in SVG by the app: one bar per objective or
//! department, large labels, the value written next to each bar, and the
//! department's colour always with its name.

use leptos::prelude::*;

use crate::model::dashboard::ProgressBar;
use crate::model::Colour;

// Whole SVG units throughout: formatting an f64 would pull float formatting
// into the download.
/// Width of the drawing in SVG units; displayed at about this many pixels.
const WIDTH: u32 = 600;
const ROW: u32 = 70;
const BAR_HEIGHT: u32 = 26;

fn short(label: &str) -> String {
    let chars: Vec<char> = label.chars().collect();
    // Long enough to recognise, short enough to leave room for the count at 21 px.
    if chars.len() <= 34 { label.to_string() } else { format!("{}…", chars[..33].iter().collect::<String>()) }
}

/// Progress bars, from 0 to 100 %.
#[component]
pub fn BarChart(title: &'static str, bars: Vec<ProgressBar>, testid: &'static str) -> impl IntoView {
    let height = ROW * bars.len() as u32 + 8;
    let track = WIDTH - 90;
    let summary: Vec<String> = bars
        .iter()
        .map(|b| match b.percent {
            Some(p) => format!("{}: {p} %", b.label),
            None => format!("{}: no initiatives", b.label),
        })
        .collect();
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(n, b)| {
            let top = n as u32 * ROW;
            let colour = b.colour.as_deref().and_then(Colour::from_name);
            let fill = colour.map_or("#0b5cad", |c| c.hex);
            let count = format!(" · {} initiative{}", b.initiatives, if b.initiatives == 1 { "" } else { "s" });
            let filled = track * u32::from(b.percent.unwrap_or(0).min(100)) / 100;
            let edge = if filled > 0 { "1" } else { "0" };
            let text = match b.percent {
                Some(p) => format!("{p} %"),
                None => "No initiatives yet".to_string(),
            };
            view! {
                <g data-testid="chart-bar">
                    {colour.map(|c| view! { <rect x="0" y=top + 6 width="16" height="16" rx="3" fill=c.hex stroke="#1a1d21" /> })}
                    <text x=if colour.is_some() { 24 } else { 0 } y=top + 22 class="chart-label">
                        <tspan font-weight="700">{short(&b.label)}</tspan>
                        <tspan class="chart-count">{if b.percent.is_some() { count } else { String::new() }}</tspan>
                    </text>
                    {b.percent.is_some().then(|| view! {
                        <rect x="0" y=top + 32 width=track height=BAR_HEIGHT rx="4" fill="#e3e6ea" stroke="#8a939e" />
                        <rect x="0" y=top + 32 width=filled height=BAR_HEIGHT rx="4" fill=fill stroke="#1a1d21" stroke-width=edge />
                    })}
                    <text x=if b.percent.is_some() { track + 10 } else { 0 } y=top + 53 class="chart-value" data-testid="chart-value">{text}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart" data-testid=testid>
            <figcaption>{title}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=format!("{title}: {}", summary.join("; "))>
                {rows}
            </svg>
        </figure>
    }
}
