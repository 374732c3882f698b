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

/// The months' names in English, January first.
pub const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people read it: "3 March 2026", "March 2026" or "2026".
pub fn long_date(date: crate::date::PartialDate) -> String {
    match (date.month, date.day) {
        (Some(m), Some(d)) => format!("{d} {} {}", ENGLISH_MONTHS[(m - 1) as usize], date.year),
        (Some(m), None) => format!("{} {}", ENGLISH_MONTHS[(m - 1) as usize], date.year),
        _ => date.year.to_string(),
    }
}

/// The tooltip of a network drawn as a hub.
pub fn hub_tooltip(dataset: &Dataset, hub: &crate::graph::Hub, lang: &str) -> String {
    let network = dataset.network(hub.network);
    let sectors: Vec<&str> = network
        .sectors
        .iter()
        .map(|&s| dataset.sector(s).labels.get(lang))
        .collect();
    let name = network.names.get(lang);
    let title = if network.acronym.is_empty() {
        name.to_owned()
    } else {
        format!("{} ({name})", network.acronym)
    };
    format!(
        "{title}\n{} members in the years shown · founded {}\n{}",
        hub.members.len(),
        long_date(network.founded),
        sectors.join(", ")
    )
}

/// The tooltip of one member's spoke to its network's hub.
pub fn spoke_tooltip(
    dataset: &Dataset,
    hub: &crate::graph::Hub,
    region: RegionIdx,
    lang: &str,
) -> String {
    let network = dataset.network(hub.network);
    let member = hub.members.iter().find(|m| m.region == region);
    let since = member.map_or(String::new(), |m| {
        let estimated = if m.estimated { " (estimated)" } else { "" };
        match m.span.last {
            Some(last) => format!(", {}–{last}{estimated}", m.span.first),
            None => format!(", member since {}{estimated}", m.span.first),
        }
    });
    format!(
        "{} in {}{since}",
        dataset.region(region).names.get(lang),
        network.short_name(lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::PartialDate;

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(long_date(PartialDate::ymd(2026, 3, 3)), "3 March 2026");
        assert_eq!(long_date("1988-09".parse().unwrap()), "September 1988");
        assert_eq!(long_date(PartialDate::year(2004)), "2004");
    }
}
