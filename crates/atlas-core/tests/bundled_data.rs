//! The bundled data file validates and holds what the seed documents state.

use atlas_core::describe::tooltip_lines;
use atlas_core::hit::Hit;
use atlas_core::i18n::Lang;
use atlas_core::scene::EdgeEnds;
use atlas_core::{derive_graph, parse_dataset_bytes, Dataset, GraphQuery, TieSource};

fn bundled() -> Dataset {
    parse_dataset_bytes(include_bytes!("../../../public/data/atlas.json"))
        .unwrap_or_else(|e| panic!("the bundled data file must validate:\n{e}"))
}

fn query(d: &Dataset, sectors: &[&str], from_year: i32, to_year: i32) -> GraphQuery {
    GraphQuery {
        sectors: sectors.iter().map(|s| d.sector_by_id(s).unwrap()).collect(),
        from_year,
        to_year,
        ..Default::default()
    }
}

fn network<'a>(d: &'a Dataset, id: &str) -> &'a atlas_core::dataset::Network {
    d.networks
        .iter()
        .find(|n| n.id == id)
        .unwrap_or_else(|| panic!("network {id}"))
}

fn member_ids(d: &Dataset, id: &str) -> Vec<String> {
    let mut ids: Vec<String> = network(d, id)
        .members
        .iter()
        .map(|m| d.region(m.region).id.clone())
        .collect();
    ids.sort();
    ids
}

#[test]
fn the_bundled_file_validates() {
    let d = bundled();
    assert!(d.regions.len() >= 24);
    assert!(d.networks.len() >= 6);
}

#[test]
fn north_west_italy_is_lombardy_piedmont_and_liguria_in_five_sectors() {
    let d = bundled();
    assert_eq!(member_ids(&d, "nw-italy"), ["ITC1", "ITC3", "ITC4"]);
    let mut sectors: Vec<&str> = network(&d, "nw-italy")
        .sectors
        .iter()
        .map(|&s| d.sector(s).id.as_str())
        .collect();
    sectors.sort();
    assert_eq!(
        sectors,
        [
            "aerospace",
            "automotive",
            "energy",
            "logistics",
            "semiconductors"
        ]
    );
}

#[test]
fn four_motors_was_founded_in_1988_by_four_regions() {
    let d = bundled();
    let n = network(&d, "four-motors");
    assert_eq!(n.founded.year, 1988);
    let mut founders: Vec<&str> = n
        .members
        .iter()
        .filter(|m| m.founding)
        .map(|m| d.region(m.region).id.as_str())
        .collect();
    founders.sort();
    assert_eq!(founders, ["DE1", "ES51", "FRK", "ITC4"]);
}

#[test]
fn lombardy_joined_esra_in_november_2024() {
    let d = bundled();
    let lombardy = d.region_by_id("ITC4").unwrap();
    let esra = network(&d, "esra");
    let m = esra.members.iter().find(|m| m.region == lombardy).unwrap();
    assert_eq!(m.joined.to_string(), "2024-11-08");
    assert!(esra.members.len() >= 27);
}

#[test]
fn every_network_and_agreement_cites_a_source() {
    let d = bundled();
    assert!(d.networks.iter().all(|n| !n.sources.is_empty()));
    assert!(d.agreements.iter().all(|a| !a.sources.is_empty()));
    assert!(d
        .sources
        .iter()
        .all(|s| s.url.starts_with("https://") || s.url.starts_with("http://")));
}

#[test]
fn the_lombardy_flanders_mou_shows_in_2026_and_nowhere_before() {
    let d = bundled();
    let (lombardy, flanders) = (
        d.region_by_id("ITC4").unwrap(),
        d.region_by_id("BE2").unwrap(),
    );
    let mou = d
        .agreements
        .iter()
        .find(|a| a.parties.contains(&lombardy) && a.parties.contains(&flanders))
        .expect("the Lombardy-Flanders MoU");
    assert_eq!(mou.signed.to_string(), "2026-03-03");
    let mou_name = mou.names.get("en");

    let g = derive_graph(&d, &query(&d, &["semiconductors"], 2026, 2026));
    let edge = g
        .edges
        .iter()
        .find(|e| (e.a, e.b) == (lombardy.min(flanders), lombardy.max(flanders)))
        .expect("an edge between Lombardy and Flanders");
    assert!(edge
        .ties
        .iter()
        .any(|t| matches!(t.source, TieSource::Agreement(_))));
    let tooltip = |g: &atlas_core::Graph, a, b| {
        tooltip_lines(&d, g, Hit::Edge(EdgeEnds::Regions(a, b)), Lang::En, false)
            .unwrap()
            .join("\n")
    };
    assert!(tooltip(&g, edge.a, edge.b).contains(mou_name));

    let earlier = derive_graph(&d, &query(&d, &["semiconductors"], 2020, 2025));
    for edge in &earlier.edges {
        assert!(!tooltip(&earlier, edge.a, edge.b).contains(mou_name));
    }
}

#[test]
fn a_link_names_a_pair_by_region_and_partner() {
    let d = bundled();
    let (view, _) = atlas_core::ViewState::parse_query("region=ITC4&with=BE2");
    let (selection, warnings) = view.selection(&d);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(selection.region, d.region_by_id("ITC4"));
    assert_eq!(selection.with, d.region_by_id("BE2"));
    // An unknown partner is reported and leaves the region in focus.
    let (view, _) = atlas_core::ViewState::parse_query("region=ITC4&with=XX9");
    let (selection, warnings) = view.selection(&d);
    assert_eq!(selection.region, d.region_by_id("ITC4"));
    assert_eq!(selection.with, None);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].to_string().contains("XX9"));
}

#[test]
fn regions_have_their_german_and_french_names_and_search_finds_them() {
    let d = bundled();
    for (id, de, fr) in [
        ("ITC4", "Lombardei", "Lombardie"),
        ("ES51", "Katalonien", "Catalogne"),
        ("BE2", "Flandern", "Flandre"),
        ("DE2", "Bayern", "Bavière"),
        ("ITC1", "Piemont", "Piémont"),
        ("UKM", "Schottland", "Écosse"),
    ] {
        let r = d.region(d.region_by_id(id).unwrap());
        assert_eq!(r.names.get("de"), de, "{id}");
        assert_eq!(r.names.get("fr"), fr, "{id}");
        for name in [de, fr] {
            let hits = atlas_core::search::search(&d, name, 5);
            assert!(
                matches!(hits.first().map(|h| h.found), Some(atlas_core::search::Found::Region(x)) if d.region(x).id == id),
                "searching {name:?} finds {id} first"
            );
        }
    }
    let without = |lang: &str| {
        d.regions
            .iter()
            .filter(|r| r.names.exact(lang).is_none())
            .count()
    };
    assert!(
        without("de") <= 10,
        "{} regions without a German name",
        without("de")
    );
    assert!(
        without("fr") <= 10,
        "{} regions without a French name",
        without("fr")
    );
}

#[test]
fn what_changed_in_2024_names_lombardy_joining_esra_and_the_declaration_with_bavaria() {
    use atlas_core::changes::{changes_between, ChangeKind};
    let d = bundled();
    let changes = changes_between(&d, &query(&d, &[], 2024, 2024));
    let lombardy = d.region_by_id("ITC4").unwrap();
    let esra = d.network_by_id("esra").unwrap();
    assert!(changes.iter().any(|c| c.kind
        == ChangeKind::Joined {
            network: esra,
            region: lombardy,
            role: atlas_core::dataset::MemberRole::Member
        }
        && c.date.to_string() == "2024-11-08"
        && !c.sources.is_empty()));
    assert!(changes
        .iter()
        .any(|c| matches!(c.kind, ChangeKind::Signed { agreement }
        if d.agreement(agreement).id == "lombardy-bavaria-declaration-2024")));
    assert!(changes.iter().all(|c| c.date.year == 2024));
}

#[test]
fn search_finds_agreements_by_their_words_in_any_language() {
    use atlas_core::search::{search, Found};
    let d = bundled();
    let agreement_ids = |q: &str| -> Vec<String> {
        search(&d, q, 50)
            .into_iter()
            .filter_map(|h| match h.found {
                Found::Agreement(a) => Some(d.agreement(a).id.clone()),
                _ => None,
            })
            .collect()
    };
    let flanders_mou = agreement_ids("Flanders MoU");
    assert!(
        flanders_mou
            .iter()
            .any(|id| id.contains("lombardy") && id.contains("flanders")),
        "{flanders_mou:?}"
    );
    assert!(!agreement_ids("memorandum").is_empty());
    assert!(!agreement_ids("intesa").is_empty());
    assert!(agreement_ids("Flanders MoU").len() < agreement_ids("Flanders").len() + 1);
    // Places still come first.
    assert!(matches!(
        search(&d, "Lombardy", 8)[0].found,
        Found::Region(_)
    ));
}

#[test]
fn leaving_out_estimates_leaves_them_out_of_every_count() {
    let d = bundled();
    let all = query(&d, &[], 1971, 2026);
    let sure = atlas_core::GraphQuery {
        exclude_estimated: true,
        ..all.clone()
    };
    let (g_all, g_sure) = (derive_graph(&d, &all), derive_graph(&d, &sure));
    assert!(g_sure.tie_count() < g_all.tie_count());
    assert!(g_sure
        .edges
        .iter()
        .all(|e| e.ties.iter().all(|t| !t.estimated)));
    assert!(g_sure.edges.len() < g_all.edges.len());
}

/// `only=` keeps one agreement, one network or one pair's ties, and every count follows.
#[test]
fn only_shows_one_agreement_one_network_or_one_pair_on_its_own() {
    use atlas_core::view_state::ViewState;
    let d = bundled();
    let (first, last) = d.year_bounds();
    let graph_of = |link: &str| {
        let (view, warnings) = ViewState::parse_query(link);
        assert!(warnings.is_empty(), "{link}: {warnings:?}");
        let (query, warnings) = view.resolve(&d, first, last);
        assert!(warnings.is_empty(), "{link}: {warnings:?}");
        derive_graph(&d, &query)
    };
    let mou = graph_of("only=agreement:lombardy-flanders-mou-2026");
    assert_eq!(mou.nodes.len(), 2);
    assert_eq!(mou.tie_count(), 1);
    assert_eq!((mou.networks.len(), mou.agreements.len()), (0, 1));

    let motors = graph_of("only=network:four-motors");
    assert_eq!(motors.agreements.len(), 0);
    assert_eq!(motors.networks.len(), 1);
    assert_eq!(motors.nodes.len(), member_ids(&d, "four-motors").len());
    let four_motors = TieSource::Network(d.network_by_id("four-motors").unwrap());
    assert!(motors
        .edges
        .iter()
        .all(|e| e.ties.iter().all(|t| t.source == four_motors)));
    assert_eq!(motors.tie_count(), motors.edges.len(), "one tie per pair");

    let pair = graph_of("only=pair:ITC4,BE2");
    assert_eq!(pair.nodes.len(), 2);
    assert_eq!(pair.edges.len(), 1);
    let everything = graph_of("");
    let (lo, fl) = (
        d.region_by_id("ITC4").unwrap(),
        d.region_by_id("BE2").unwrap(),
    );
    let shared = everything.edge(lo, fl).unwrap().ties.len();
    assert_eq!(
        pair.tie_count(),
        shared,
        "every tie the two share, and no other"
    );
    assert!(shared >= 2, "they share networks as well as the memorandum");

    // An id the data lacks is said, and the whole map shows.
    let (view, _) = ViewState::parse_query("only=network:chips");
    let (query, warnings) = view.resolve(&d, first, last);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].to_string().contains("only=network:chips"));
    assert_eq!(derive_graph(&d, &query).tie_count(), everything.tie_count());
}
