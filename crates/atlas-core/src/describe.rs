//! Plain-text descriptions of nodes and edges, for tooltips, tables and exports.

use crate::dataset::{Dataset, RegionIdx};
use crate::graph::{Edge, Node, Tie, TieSource};

/// One line describing a tie: what it is, since when, about what.
pub fn tie_line(dataset: &Dataset, tie: &Tie, lang: &str) -> String {
    let sectors = |ids: &[crate::dataset::SectorIdx]| {
        ids.iter()
            .map(|&s| dataset.sector(s).labels.get(lang).to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let estimated = if tie.estimated { " (estimated)" } else { "" };
    let years = match tie.span.last {
        Some(last) if last != tie.span.first => format!("{}–{last}", tie.span.first),
        Some(_) => format!("{}", tie.span.first),
        None => format!("since {}", tie.span.first),
    };
    match tie.source {
        TieSource::Network(n) => {
            let network = dataset.network(n);
            let name = network.names.get(lang);
            let label = if network.acronym.is_empty() {
                name.to_owned()
            } else {
                format!("{} ({name})", network.acronym)
            };
            format!(
                "{label}: both members {years}{estimated} · {}",
                sectors(&network.sectors)
            )
        }
        TieSource::Agreement(a) => {
            let agreement = dataset.agreement(a);
            format!(
                "{}, signed {}{estimated} · {}",
                agreement.names.get(lang),
                agreement.signed,
                sectors(&agreement.sectors)
            )
        }
    }
}

/// The tooltip of an edge: the two regions, then one line per tie.
pub fn edge_tooltip(dataset: &Dataset, edge: &Edge, lang: &str) -> String {
    let name = |r: RegionIdx| dataset.region(r).names.get(lang).to_owned();
    let count = edge.ties.len();
    let mut text = format!(
        "{} – {}: {count} {}",
        name(edge.a),
        name(edge.b),
        if count == 1 { "tie" } else { "ties" }
    );
    for tie in &edge.ties {
        text.push_str("\n• ");
        text.push_str(&tie_line(dataset, tie, lang));
    }
    text
}

/// The tooltip of a node: names, code and how connected it is.
pub fn node_tooltip(dataset: &Dataset, node: &Node, lang: &str) -> String {
    let region = dataset.region(node.region);
    let name = region.names.get(lang);
    let own = region.own_name();
    let names = if own == name {
        name.to_owned()
    } else {
        format!("{name} ({own})")
    };
    format!(
        "{names} · {} · {} {} with {} {}",
        region.id,
        node.ties,
        if node.ties == 1 { "tie" } else { "ties" },
        node.partners,
        if node.partners == 1 {
            "region"
        } else {
            "regions"
        }
    )
}
