//! GraphML (<http://graphml.graphdrawing.org/>), read by Cytoscape, yEd, NetworkX and igraph.

use std::fmt::Write;

use super::xml::escape;
use super::ExportInput;

/// (id, for, name, type) of every GraphML key.
const KEYS: [(&str, &str, &str, &str); 13] = [
    ("label", "node", "label", "string"),
    ("name_local", "node", "name_local", "string"),
    ("country", "node", "country", "string"),
    ("eu", "node", "eu", "boolean"),
    ("lat", "node", "lat", "double"),
    ("lon", "node", "lon", "double"),
    ("x", "node", "x", "double"),
    ("y", "node", "y", "double"),
    ("node_ties", "node", "ties", "int"),
    ("weight", "edge", "weight", "int"),
    ("sectors", "edge", "sectors", "string"),
    ("estimated", "edge", "estimated", "boolean"),
    ("edge_ties", "edge", "ties", "string"),
];

/// The graph as a GraphML document.
pub fn graphml(input: &ExportInput) -> String {
    let mut out = String::new();
    out.push_str(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
"#,
    );
    let _ = writeln!(
        out,
        "  <!-- {} -->",
        escape(&input.filter_description()).replace("--", "- -")
    );
    for (id, target, name, kind) in KEYS {
        let _ = writeln!(
            out,
            r#"  <key id="{id}" for="{target}" attr.name="{name}" attr.type="{kind}"/>"#
        );
    }
    out.push_str("  <graph id=\"alliance-atlas\" edgedefault=\"undirected\">\n");
    for node in input.node_rows() {
        let _ = writeln!(
            out,
            r#"    <node id="{}"><data key="label">{}</data><data key="name_local">{}</data><data key="country">{}</data><data key="eu">{}</data><data key="lat">{}</data><data key="lon">{}</data><data key="x">{}</data><data key="y">{}</data><data key="node_ties">{}</data></node>"#,
            escape(&node.id),
            escape(&node.label),
            escape(&node.own_name),
            escape(&node.country),
            node.eu,
            node.lat_deg,
            node.lon_deg,
            node.easting_km,
            node.northing_km,
            node.ties,
        );
    }
    for (i, edge) in input.edge_rows().iter().enumerate() {
        let _ = writeln!(
            out,
            r#"    <edge id="e{i}" source="{}" target="{}"><data key="weight">{}</data><data key="sectors">{}</data><data key="estimated">{}</data><data key="edge_ties">{}</data></edge>"#,
            escape(&edge.source),
            escape(&edge.target),
            edge.weight,
            escape(&edge.sectors.join(";")),
            edge.estimated,
            escape(&edge.ties.join(" | ")),
        );
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}
