//! GEXF 1.3 (<https://gexf.net/>), the format Gephi opens; node positions are the map's, so the
//! network opens in Gephi laid out on Europe.

use std::fmt::Write;

use super::xml::escape;
use super::ExportInput;

/// The graph as a GEXF 1.3 document.
pub fn gexf(input: &ExportInput) -> String {
    let mut out = String::new();
    let _ = writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    let _ = writeln!(
        out,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"#
    );
    let _ = writeln!(
        out,
        r#"  <meta lastmodifieddate="{}"><creator>Alliance Atlas</creator><description>{}</description></meta>"#,
        full_date(input.dataset.updated),
        escape(&input.filter_description())
    );
    out.push_str(
        r#"  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node">
      <attribute id="name_local" title="name in its own language" type="string"/>
      <attribute id="country" title="country" type="string"/>
      <attribute id="eu" title="in the EU" type="boolean"/>
      <attribute id="lat" title="latitude (degrees)" type="double"/>
      <attribute id="lon" title="longitude (degrees)" type="double"/>
      <attribute id="ties" title="active ties" type="integer"/>
      <attribute id="partners" title="regions tied to" type="integer"/>
    </attributes>
    <attributes class="edge">
      <attribute id="sectors" title="sectors" type="string"/>
      <attribute id="estimated" title="rests on estimates" type="boolean"/>
      <attribute id="ties" title="ties" type="string"/>
    </attributes>
    <nodes>
"#,
    );
    for node in input.node_rows() {
        let _ = writeln!(
            out,
            r#"      <node id="{}" label="{}"><attvalues><attvalue for="name_local" value="{}"/><attvalue for="country" value="{}"/><attvalue for="eu" value="{}"/><attvalue for="lat" value="{}"/><attvalue for="lon" value="{}"/><attvalue for="ties" value="{}"/><attvalue for="partners" value="{}"/></attvalues><viz:position x="{}" y="{}" z="0.0"/></node>"#,
            escape(&node.id),
            escape(&node.label),
            escape(&node.own_name),
            escape(&node.country),
            node.eu,
            node.lat_deg,
            node.lon_deg,
            node.ties,
            node.partners,
            node.easting_km,
            node.northing_km,
        );
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (i, edge) in input.edge_rows().iter().enumerate() {
        let _ = writeln!(
            out,
            r#"      <edge id="{i}" source="{}" target="{}" weight="{}" label="{} ties"><attvalues><attvalue for="sectors" value="{}"/><attvalue for="estimated" value="{}"/><attvalue for="ties" value="{}"/></attvalues></edge>"#,
            escape(&edge.source),
            escape(&edge.target),
            edge.weight,
            edge.weight,
            escape(&edge.sectors.join(";")),
            edge.estimated,
            escape(&edge.ties.join(" | ")),
        );
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

/// A date as `xs:date` wants it (GEXF's `lastmodifieddate`): year, month and day; a date known
/// only to the month or the year is written as its first day.
fn full_date(date: crate::date::PartialDate) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year,
        date.month.unwrap_or(1),
        date.day.unwrap_or(1)
    )
}

#[cfg(test)]
mod tests {
    use super::full_date;
    use crate::date::PartialDate;

    #[test]
    fn the_modification_date_is_always_a_full_date() {
        assert_eq!(full_date(PartialDate::year(2026)), "2026-01-01");
        let december = PartialDate {
            year: 2026,
            month: Some(12),
            day: None,
        };
        assert_eq!(full_date(december), "2026-12-01");
    }
}
