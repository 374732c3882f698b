//! The visible ties as JSON: the filter, the regions and, per pair of regions, every tie with
//! its years, sectors, estimate flag and sources.

use serde_json::{json, Value};

use super::ExportInput;
use crate::dataset::SourceIdx;
use crate::graph::TieSource;

fn sources(input: &ExportInput, ids: &[SourceIdx]) -> Value {
    Value::Array(
        ids.iter()
            .map(|&s| {
                let source = input.dataset.source(s);
                json!({ "title": source.title, "url": source.url, "checked": source.checked.to_string() })
            })
            .collect(),
    )
}

/// The graph as a JSON document (pretty-printed).
pub fn ties_json(input: &ExportInput) -> String {
    let dataset = input.dataset;
    let sector_ids = |ids: &[crate::dataset::SectorIdx]| -> Vec<String> {
        ids.iter().map(|&s| dataset.sector(s).id.clone()).collect()
    };
    let regions: Vec<Value> = input
        .node_rows()
        .into_iter()
        .map(|n| {
            json!({
                "id": n.id, "name": n.label, "name_local": n.own_name, "country": n.country,
                "eu": n.eu, "lat": n.lat_deg, "lon": n.lon_deg, "ties": n.ties, "partners": n.partners,
            })
        })
        .collect();
    let edges: Vec<Value> = input
        .graph
        .edges
        .iter()
        .map(|edge| {
            let ties: Vec<Value> = edge
                .ties
                .iter()
                .map(|tie| {
                    let years = json!({ "from": tie.span.first, "to": tie.span.last });
                    match tie.source {
                        TieSource::Network(n) => {
                            let network = dataset.network(n);
                            json!({
                                "kind": "network", "id": network.id, "name": network.names.get(input.lang),
                                "years": years, "sectors": sector_ids(&network.sectors),
                                "estimated": tie.estimated, "sources": sources(input, &network.sources),
                            })
                        }
                        TieSource::Agreement(a) => {
                            let agreement = dataset.agreement(a);
                            json!({
                                "kind": agreement.kind.as_str(), "id": agreement.id,
                                "name": agreement.names.get(input.lang), "signed": agreement.signed.to_string(),
                                "years": years, "sectors": sector_ids(&agreement.sectors),
                                "estimated": tie.estimated, "sources": sources(input, &agreement.sources),
                            })
                        }
                    }
                })
                .collect();
            json!({ "a": dataset.region(edge.a).id, "b": dataset.region(edge.b).id, "ties": ties })
        })
        .collect();
    let document = json!({
        "title": dataset.title,
        "filter": {
            "description": input.filter_description(),
            "sectors": sector_ids(&input.query.sectors.iter().copied().collect::<Vec<_>>()),
            "from": input.query.from_year,
            "to": input.query.to_year,
        },
        "data_updated": dataset.updated.to_string(),
        "regions": regions,
        "edges": edges,
    });
    serde_json::to_string_pretty(&document).expect("JSON values serialise") + "\n"
}
