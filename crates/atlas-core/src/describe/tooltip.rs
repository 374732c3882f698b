//! The tooltip of what is under the pointer, in the interface language: the one the page shows,
//! and the one the corpus test and the fuzz targets run on hostile data.

use super::names::{network_label, network_short_name, region_name, sector_label};
use crate::dataset::Dataset;
use crate::graph::{Graph, TieSource};
use crate::hit::Hit;
use crate::i18n::format::{
    and_more, count, hub_summary, region_tooltip, signed, spoke, years, Noun,
};
use crate::i18n::{text, Lang, TextKey};
use crate::scene::EdgeEnds;

/// Most tie lines a tooltip lists before "and N more".
pub const MAX_TIE_LINES: usize = 8;

/// The lines of the tooltip for `hit`: a title, details, and what a click does; `None` when the
/// graph shown has no such thing.
pub fn tooltip_lines(
    dataset: &Dataset,
    graph: &Graph,
    hit: Hit,
    lang: Lang,
    local_names: bool,
) -> Option<Vec<String>> {
    let name = |region| region_name(dataset, region, lang, local_names);
    let estimated = |yes: bool| {
        if yes {
            format!(" ({})", text(lang, TextKey::Estimated))
        } else {
            String::new()
        }
    };
    match hit {
        Hit::Region(region) => graph.node(region).map(|node| {
            let r = dataset.region(region);
            let shown = name(region);
            let own = r.own_name();
            let names = if own == shown {
                shown
            } else {
                format!("{shown} ({own})")
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
            let sectors: Vec<String> = n
                .sectors
                .iter()
                .map(|&s| sector_label(dataset, s, lang))
                .collect();
            vec![
                network_label(dataset, network, lang),
                hub_summary(lang, hub.members.len(), n.founded),
                sectors.join(", "),
                text(lang, TextKey::ClickNetwork).to_owned(),
            ]
        }),
        Hit::Edge(EdgeEnds::Regions(a, b)) => graph.edge(a, b).map(|edge| {
            let mut out = vec![format!(
                "{} – {}: {}",
                name(a),
                name(b),
                count(lang, edge.ties.len(), Noun::Tie)
            )];
            for tie in edge.ties.iter().take(MAX_TIE_LINES) {
                let line = match tie.source {
                    TieSource::Network(n) => format!(
                        "• {}: {} {}{}",
                        network_label(dataset, n, lang),
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
            if edge.ties.len() > MAX_TIE_LINES {
                out.push(and_more(lang, edge.ties.len() - MAX_TIE_LINES));
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
                &name(region),
                &network_short_name(dataset, network, lang),
                &span,
            )]
        }),
    }
}

/// Every tooltip the graph can show, in `lang`: one per region, hub, edge and spoke.
pub fn every_tooltip(dataset: &Dataset, graph: &Graph, lang: Lang) -> Vec<Vec<String>> {
    let mut hits: Vec<Hit> = graph.nodes.iter().map(|n| Hit::Region(n.region)).collect();
    hits.extend(
        graph
            .edges
            .iter()
            .map(|e| Hit::Edge(EdgeEnds::Regions(e.a, e.b))),
    );
    for hub in &graph.hubs {
        hits.push(Hit::Hub(hub.network));
        hits.extend(
            hub.members
                .iter()
                .map(|m| Hit::Edge(EdgeEnds::Spoke(hub.network, m.region))),
        );
    }
    hits.into_iter()
        .filter_map(|hit| tooltip_lines(dataset, graph, hit, lang, false))
        .collect()
}
