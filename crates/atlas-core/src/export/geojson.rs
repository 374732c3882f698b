//! GeoJSON (RFC 7946) for QGIS and other GIS: the regions of the view as points and the pairs
//! tied in it as straight lines between them, in WGS 84 longitude and latitude.

use crate::sort::CollectTree;
use serde_json::{json, Map, Value};

use super::ExportInput;

/// Longitude and latitude rounded to 5 decimals (about a metre), as RFC 7946 suggests.
fn position(lon_deg: f64, lat_deg: f64) -> Value {
    let round = |v: f64| (v * 1e5).round() / 1e5;
    json!([round(lon_deg), round(lat_deg)])
}

/// A FeatureCollection: one Point per region, one LineString per tied pair.
pub fn geojson(input: &ExportInput) -> String {
    let nodes = input.node_rows();
    let at: std::collections::BTreeMap<&str, (f64, f64)> = nodes
        .iter()
        .map(|n| (n.id.as_str(), (n.lon_deg, n.lat_deg)))
        .collect_map();
    let mut features: Vec<Value> = nodes
        .iter()
        .map(|n| {
            json!({
                "type": "Feature",
                "id": n.id,
                "geometry": { "type": "Point", "coordinates": position(n.lon_deg, n.lat_deg) },
                "properties": {
                    "kind": "region",
                    "id": n.id,
                    "name": n.label,
                    "name_local": n.own_name,
                    "country": n.country,
                    "eu": n.eu,
                    "ties": n.ties,
                    "partners": n.partners,
                },
            })
        })
        .collect();
    for edge in input.edge_rows() {
        let (Some(&(lon_a, lat_a)), Some(&(lon_b, lat_b))) =
            (at.get(edge.source.as_str()), at.get(edge.target.as_str()))
        else {
            continue;
        };
        let mut properties = Map::new();
        properties.insert("kind".into(), json!("tie"));
        properties.insert("source".into(), json!(edge.source));
        properties.insert("target".into(), json!(edge.target));
        properties.insert("ties".into(), json!(edge.weight));
        properties.insert("sectors".into(), json!(edge.sectors.join(";")));
        properties.insert("estimated".into(), json!(edge.estimated));
        properties.insert("tie_details".into(), json!(edge.ties.join(" | ")));
        features.push(json!({
            "type": "Feature",
            "id": format!("{}-{}", edge.source, edge.target),
            "geometry": {
                "type": "LineString",
                "coordinates": [position(lon_a, lat_a), position(lon_b, lat_b)],
            },
            "properties": properties,
        }));
    }
    let collection = json!({
        "type": "FeatureCollection",
        "name": input.filter_description(),
        "features": features,
    });
    serde_json::to_string_pretty(&collection).expect("JSON values always serialise") + "\n"
}
