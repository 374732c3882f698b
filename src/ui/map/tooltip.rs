//! The tooltip: what is under the mouse, next to it, in the interface language.

use atlas_core::graph::TieSource;
use atlas_core::hit::Hit;
use atlas_core::scene::EdgeEnds;
use atlas_core::viewport::ScreenPointPx;
use leptos::prelude::*;

use crate::i18n::format::{
    and_more, count, hub_summary, region_tooltip, signed, spoke, years, Noun,
};
use crate::i18n::{text, TextKey};
use crate::state::{use_atlas, AtlasState};

/// Most tie lines a tooltip lists before "and N more".
const MAX_LINES: usize = 8;

/// The lines of the tooltip for `hit`: a title, details, and what a click does.
fn lines(state: &AtlasState, hit: Hit) -> Option<Vec<String>> {
    let dataset = state.dataset();
    let lang = state.lang();
    let estimated = |yes: bool| {
        if yes {
            format!(" ({})", text(lang, TextKey::Estimated))
        } else {
            String::new()
        }
    };
    state.graph.with(|graph| match hit {
        Hit::Region(region) => graph.node(region).map(|node| {
            let r = dataset.region(region);
            let name = state.region_name(region);
            let own = r.own_name();
            let names = if own == name {
                name
            } else {
                format!("{name} ({own})")
            };
            vec![
                region_tooltip(
                    lang,
                    &names,
                    &r.id,
                    node.ties as usize,
                    node.partners as usize,
                ),
                text(lang, TextKey::ClickRegion).to_owned(),
            ]
        }),
        Hit::Hub(network) => graph.hub(network).map(|hub| {
            let n = dataset.network(network);
            let sectors: Vec<String> = n.sectors.iter().map(|&s| state.sector_label(s)).collect();
            vec![
                state.network_label(network),
                hub_summary(lang, hub.members.len(), n.founded),
                sectors.join(", "),
                text(lang, TextKey::ClickNetwork).to_owned(),
            ]
        }),
        Hit::Edge(EdgeEnds::Regions(a, b)) => graph.edge(a, b).map(|edge| {
            let mut out = vec![format!(
                "{} – {}: {}",
                state.region_name(a),
                state.region_name(b),
                count(lang, edge.ties.len(), Noun::Tie)
            )];
            for tie in edge.ties.iter().take(MAX_LINES) {
                let line = match tie.source {
                    TieSource::Network(n) => format!(
                        "• {}: {} {}{}",
                        state.network_label(n),
                        text(lang, TextKey::BothMembers),
                        years(lang, tie.span.first, tie.span.last),
                        estimated(tie.estimated)
                    ),
                    TieSource::Agreement(i) => {
                        let agreement = dataset.agreement(i);
                        format!(
                            "• {}, {}{}",
                            agreement.names.get(lang.code()),
                            signed(lang, agreement.signed),
                            estimated(tie.estimated)
                        )
                    }
                };
                out.push(line);
            }
            if edge.ties.len() > MAX_LINES {
                out.push(and_more(lang, edge.ties.len() - MAX_LINES));
            }
            out.push(text(lang, TextKey::ClickEdge).to_owned());
            out
        }),
        Hit::Edge(EdgeEnds::Spoke(network, region)) => graph.hub(network).map(|hub| {
            let member = hub.members.iter().find(|m| m.region == region);
            let span = member.map_or(String::new(), |m| {
                format!(
                    "{}{}",
                    years(lang, m.span.first, m.span.last),
                    estimated(m.estimated)
                )
            });
            vec![spoke(
                lang,
                &state.region_name(region),
                &state.network_short_name(network),
                &span,
            )]
        }),
    })
}

/// Shows the hovered region, hub or edge near the pointer.
#[component]
pub fn Tooltip(position: ReadSignal<Option<ScreenPointPx>>) -> impl IntoView {
    let state = use_atlas();
    let content = move || state.pointer.hover.get().and_then(|hit| lines(&state, hit));
    // Near the right or bottom edge the tooltip opens towards the pointer's other side.
    let flip_x = move || {
        position
            .get()
            .zip(state.camera.viewport.get())
            .is_some_and(|(p, v)| p.x_px > v.width_px - 340.0)
    };
    let flip_y = move || {
        position
            .get()
            .zip(state.camera.viewport.get())
            .is_some_and(|(p, v)| p.y_px > v.height_px - 220.0)
    };
    let style_left = move || {
        position
            .get()
            .map_or("-9999px".to_owned(), |p| format!("{}px", p.x_px + 14.0))
    };
    let style_top = move || {
        position
            .get()
            .map_or("-9999px".to_owned(), |p| format!("{}px", p.y_px + 14.0))
    };
    view! {
        <div
            class="tooltip"
            role="tooltip"
            class:visible=move || content().is_some()
            class:flip-x=flip_x
            class:flip-y=flip_y
            style:left=style_left
            style:top=style_top
        >
            {move || {
                content()
                    .map(|lines| {
                        let mut lines = lines.into_iter();
                        let title = lines.next().unwrap_or_default();
                        view! {
                            <strong>{title}</strong>
                            {lines.map(|line| view! { <span>{line}</span> }).collect_view()}
                        }
                    })
            }}
        </div>
    }
}
