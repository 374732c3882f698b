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
        ..Default::default()
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

#[test]
fn geojson_has_a_point_per_region_and_a_line_per_pair_in_longitude_latitude() {
    let (dataset, query) = fixture();
    let graph = derive_graph(&dataset, &query);
    let text = geojson(&ExportInput {
        dataset: &dataset,
        graph: &graph,
        query: &query,
        lang: "en",
    });
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["type"], "FeatureCollection");
    let features = value["features"].as_array().unwrap();
    let of = |geometry: &str| {
        features
            .iter()
            .filter(|f| f["geometry"]["type"] == geometry)
            .collect::<Vec<_>>()
    };
    assert_eq!(of("Point").len(), graph.nodes.len());
    assert_eq!(of("LineString").len(), graph.edges.len());
    // Lombardy at its point: longitude first, as RFC 7946 says.
    let lombardy = of("Point").into_iter().find(|f| f["id"] == "ITC4").unwrap();
    let position = &lombardy["geometry"]["coordinates"];
    let region = dataset.region(dataset.region_by_id("ITC4").unwrap());
    assert!((position[0].as_f64().unwrap() - region.position.lon_deg).abs() < 1e-4);
    assert!((position[1].as_f64().unwrap() - region.position.lat_deg).abs() < 1e-4);
    assert!(lombardy["properties"]["name"]
        .as_str()
        .unwrap()
        .starts_with("Lombardy <&>"));
    // Each line runs from its source's point to its target's.
    for line in of("LineString") {
        let source = of("Point")
            .into_iter()
            .find(|p| p["id"] == line["properties"]["source"])
            .unwrap();
        assert_eq!(
            line["geometry"]["coordinates"][0],
            source["geometry"]["coordinates"]
        );
    }
}

#[test]
fn json_lists_every_edge_with_its_ties_and_sources() {
    let (dataset, query) = fixture();
    let graph = derive_graph(&dataset, &query);
    let text = ties_json(&ExportInput {
        dataset: &dataset,
        graph: &graph,
        query: &query,
        lang: "en",
    });
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["edges"].as_array().unwrap().len(), 5);
    assert_eq!(value["regions"].as_array().unwrap().len(), 4);
    let mou = value["edges"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["ties"].as_array().unwrap())
        .find(|t| t["kind"] == "mou")
        .unwrap();
    assert_eq!(mou["signed"], "2026-03-03");
    assert_eq!(mou["sources"][0]["url"], "https://example.org/b");
}

#[test]
fn the_view_svg_is_well_formed_and_names_what_it_shows() {
    use crate::layout::{geographic_layout, hub_positions};
    use crate::scene::{build_scene, DrawMode, Emphasis, Focus, SceneInput};
    use crate::viewport::{ScreenPointPx, Viewport};

    let (dataset, query) = fixture();
    let graph = derive_graph(&dataset, &query);
    let layout = geographic_layout(&dataset);
    let hubs = hub_positions(&graph, &layout.positions);
    let scene = build_scene(&SceneInput {
        dataset: &dataset,
        graph: &graph,
        query: &query,
        region_positions: &layout.positions,
        hub_positions: &hubs,
        draw: DrawMode::Hubs,
        focus: Focus::None,
        highlight_years: None,
        size_factor: 1.0,
        lang: "en",
        spotlight: None,
    });
    let camera = Viewport::fit(layout.bounds().unwrap(), 800.0, 500.0, 20.0);
    let labels = vec![ExportLabel {
        text: "Lombardy <&>".into(),
        x_px: 100.0,
        y_px: 100.0,
        hub: false,
        emphasis: Emphasis::Normal,
        leader: Some((
            ScreenPointPx::new(80.0, 90.0),
            ScreenPointPx::new(100.0, 100.0),
        )),
    }];
    let svg = view_svg(
        &ExportInput {
            dataset: &dataset,
            graph: &graph,
            query: &query,
            lang: "en",
        },
        &SvgView {
            scene: &scene,
            camera: &camera,
            basemap: None,
            insets: &[],
            geographic: true,
            labels: &labels,
            focus: Some("Lombardy".into()),
        },
    );
    let (width_px, height_px) = (svg.width_px, svg.height_px);
    let svg = svg.text;
    assert_eq!(count_elements(&svg, "svg"), 1);
    assert_eq!(
        count_elements(&svg, "circle"),
        4 + 1,
        "four regions and the legend's dot"
    );
    assert_eq!(
        count_elements(&svg, "polygon"),
        2 + 1,
        "two hubs and the legend's diamond"
    );
    assert!(svg.contains("Lombardy &lt;&amp;&gt;"));
    assert!(
        svg.contains(r#"<line x1="80.0" y1="90.0" x2="100.0" y2="100.0""#),
        "a label set off from its node keeps its leader line"
    );
    assert!(svg.contains("Focus: Lombardy"));
    assert!(
        svg.contains("Semiconductors") && svg.contains("Automotive"),
        "legend"
    );
    assert!(svg.contains("Sources: 2 documents"));
    assert!(svg.contains("region, sized by its ties") && svg.contains("Made with Alliance Atlas"));
    assert!(svg.contains(r#"width="800""#));
    assert_eq!(width_px, 800.0);
    assert!(
        svg.contains(&format!(r#"height="{height_px}""#)) && height_px > 600.0,
        "the size given is the document's, with its header and legend"
    );
}

/// The fixture's view in the hubs drawing, its scene and camera.
fn hubs_scene(
    dataset: &Dataset,
    graph: &Graph,
    query: &GraphQuery,
    lang: &str,
) -> (crate::scene::Scene, crate::viewport::Viewport) {
    use crate::layout::{geographic_layout, hub_positions};
    use crate::scene::{build_scene, DrawMode, Focus, SceneInput};
    use crate::viewport::Viewport;

    let layout = geographic_layout(dataset);
    let hubs = hub_positions(graph, &layout.positions);
    let scene = build_scene(&SceneInput {
        dataset,
        graph,
        query,
        region_positions: &layout.positions,
        hub_positions: &hubs,
        draw: DrawMode::Hubs,
        focus: Focus::None,
        highlight_years: None,
        size_factor: 1.0,
        lang,
        spotlight: None,
    });
    let camera = Viewport::fit(layout.bounds().unwrap(), 800.0, 500.0, 20.0);
    (scene, camera)
}

#[test]
fn the_legend_lists_the_sectors_of_hubs_too() {
    let (dataset, query) = fixture();
    let graph = derive_graph(&dataset, &query);
    let (mut scene, _) = hubs_scene(&dataset, &graph, &query, "en");
    let input = ExportInput {
        dataset: &dataset,
        graph: &graph,
        query: &query,
        lang: "en",
    };
    let hub_colours: Vec<String> = scene.hubs.iter().map(|h| h.color.clone()).collect();
    assert!(!hub_colours.is_empty());
    // Nothing but the hubs left on the map: their sectors are still in the legend.
    scene.edges.clear();
    let legend = legend_sectors(&input, &scene);
    for colour in &hub_colours {
        assert!(
            legend.iter().any(|(c, _)| c == colour),
            "{colour} of a hub is in the legend {legend:?}"
        );
    }
    // An empty map has an empty legend.
    scene.hubs.clear();
    assert!(legend_sectors(&input, &scene).is_empty());
}

/// Whether two legend boxes (12 px high text in 20 px rows) overlap.
fn overlap(a: &LegendEntry, b: &LegendEntry) -> bool {
    a.y_px == b.y_px && a.x_px < b.x_px + b.width_px && b.x_px < a.x_px + a.width_px
}

#[test]
fn legend_entries_never_overlap_nor_pass_the_right_edge_in_any_language() {
    use crate::i18n::Lang;
    let dataset = parse_dataset(include_str!("../../../../public/data/atlas.json")).unwrap();
    for lang in Lang::ALL {
        // Every sector of the atlas, longest labels first (French and German are the longest).
        let mut sectors: Vec<(String, String)> = dataset
            .sectors
            .iter()
            .map(|s| (s.color.clone(), s.labels.get(lang.code()).to_owned()))
            .collect();
        sectors.sort_by_key(|(_, l)| std::cmp::Reverse(l.chars().count()));
        for width in [320.0, 390.0, 800.0, 1047.0, 1280.0, 1920.0] {
            let (entries, rows) = legend_layout(lang, &sectors, width);
            assert_eq!(
                entries.len(),
                sectors.len() + 3,
                "every sector and the three shapes"
            );
            for (i, a) in entries.iter().enumerate() {
                assert!(a.x_px >= 16.0, "{lang:?} {width}: {a:?}");
                assert!(
                    a.x_px + a.width_px <= width - 16.0 + 1e-9,
                    "{lang:?} {width}: {a:?} passes the right edge"
                );
                assert!(a.y_px < rows as f64 * 20.0);
                for b in &entries[i + 1..] {
                    assert!(!overlap(a, b), "{lang:?} {width}: {a:?} overlaps {b:?}");
                }
                // The box is the label's drawn width, not a fixed slot.
                assert!((a.width_px - 24.0 - text_width_px(&a.label, 12.0, false)).abs() < 1e-9);
            }
            if width >= 800.0 {
                assert!(
                    entries.iter().all(|e| !e.label.ends_with('…')),
                    "{lang:?} {width}: nothing is cut on a wide picture"
                );
            }
            // The shapes start a row of their own.
            let region = entries
                .iter()
                .find(|e| e.mark == LegendMark::Region)
                .unwrap();
            assert_eq!(region.x_px, 16.0);
        }
    }
}

#[test]
fn the_view_svg_speaks_the_interface_language() {
    let (dataset, query) = fixture();
    let graph = derive_graph(&dataset, &query);
    let (scene, camera) = hubs_scene(&dataset, &graph, &query, "it");
    let svg = view_svg(
        &ExportInput {
            dataset: &dataset,
            graph: &graph,
            query: &query,
            lang: "it",
        },
        &SvgView {
            scene: &scene,
            camera: &camera,
            basemap: None,
            insets: &[],
            geographic: true,
            labels: &[],
            focus: Some("Lombardia".into()),
        },
    );
    let svg = svg.text;
    count_elements(&svg, "svg");
    for italian in [
        "In evidenza: Lombardia",
        "tutti i settori",
        "regione, grande quanto i suoi legami",
        "rete, legata ai suoi membri",
        "basato su una stima",
        "Fonti: 2 documenti citati",
        "Realizzato con Alliance Atlas",
        "In vigore in qualche momento tra il 1988 e il 2026",
    ] {
        assert!(svg.contains(italian), "{italian} in {svg}");
    }
    for english in ["Focus:", "sized by its ties", "Sources:", "Made with"] {
        assert!(!svg.contains(english), "{english} left in English");
    }
    assert!(svg.contains(r#"xml:lang="it""#));
}
