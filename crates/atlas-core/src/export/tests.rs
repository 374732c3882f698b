use quick_xml::events::Event;
use quick_xml::Reader;

use super::*;
use crate::{derive_graph, parse_dataset};

fn fixture() -> (Dataset, GraphQuery) {
    let text = include_str!("../../tests/fixtures/small.json").replacen(
        "\"Lombardy\"",
        "\"Lombardy <&> \\\"Lombardia\\\"\"",
        1,
    );
    let dataset = parse_dataset(&text).unwrap();
    let query = GraphQuery {
        sectors: Default::default(),
        from_year: 1988,
        to_year: 2026,
    };
    (dataset, query)
}

/// Parses `xml` fully, unescaping every attribute value and text node (so a stray `&` fails),
/// and counts the elements named `tag`.
fn count_elements(xml: &str, tag: &str) -> usize {
    let mut reader = Reader::from_str(xml);
    let mut count = 0;
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed XML at {}: {e}", reader.buffer_position()));
        match event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                for attribute in e.attributes() {
                    let attribute = attribute.expect("a well-formed attribute");
                    attribute
                        .normalized_value(quick_xml::XmlVersion::Explicit1_0)
                        .expect("a well-escaped attribute value");
                }
                if e.name().as_ref() == tag {
                    count += 1;
                }
            }
            Event::GeneralRef(reference) => {
                let name: &str = &reference;
                let known = ["amp", "lt", "gt", "quot", "apos"].contains(&name);
                assert!(
                    known || reference.resolve_char_ref().ok().flatten().is_some(),
                    "unknown entity &{name};"
                );
            }
            _ => {}
        }
    }
    count
}

#[test]
fn the_check_catches_a_stray_ampersand() {
    for bad in [
        r#"<a b="x & y"/>"#,
        "<a>x &nbsp y</a>",
        "<a>x &bogus; y</a>",
    ] {
        let result = std::panic::catch_unwind(|| count_elements(bad, "a"));
        assert!(result.is_err(), "{bad}");
    }
    assert_eq!(count_elements("<a>x &amp; &#233; y</a>", "a"), 1);
}

#[test]
fn gexf_is_well_formed_with_every_node_and_edge() {
    let (dataset, query) = fixture();
    let graph = derive_graph(&dataset, &query);
    let xml = gexf(&ExportInput {
        dataset: &dataset,
        graph: &graph,
        query: &query,
        lang: "en",
    });
    assert_eq!(count_elements(&xml, "node"), 4);
    assert_eq!(count_elements(&xml, "edge"), 5);
    assert!(xml.contains("Lombardy &lt;&amp;&gt; &quot;Lombardia&quot;"));
    assert!(xml.contains(r#"weight="2""#));
}

#[test]
fn graphml_is_well_formed_with_every_node_and_edge() {
    let (dataset, query) = fixture();
    let graph = derive_graph(&dataset, &query);
    let xml = graphml(&ExportInput {
        dataset: &dataset,
        graph: &graph,
        query: &query,
        lang: "en",
    });
    assert_eq!(count_elements(&xml, "node"), 4);
    assert_eq!(count_elements(&xml, "edge"), 5);
    assert_eq!(count_elements(&xml, "key"), 13);
}

#[test]
fn csv_has_a_row_per_edge_and_follows_the_filter() {
    let (dataset, mut query) = fixture();
    let graph = derive_graph(&dataset, &query);
    let text = edges_csv(&ExportInput {
        dataset: &dataset,
        graph: &graph,
        query: &query,
        lang: "en",
    });
    assert_eq!(text.lines().count(), 1 + 5);
    assert!(text.contains("\"Lombardy <&> \"\"Lombardia\"\"\""));

    query
        .sectors
        .insert(dataset.sector_by_id("chemicals").unwrap());
    let graph = derive_graph(&dataset, &query);
    let text = edges_csv(&ExportInput {
        dataset: &dataset,
        graph: &graph,
        query: &query,
        lang: "en",
    });
    assert_eq!(text.lines().count(), 1 + 1);
    assert!(text.contains("Memorandum"));
}
