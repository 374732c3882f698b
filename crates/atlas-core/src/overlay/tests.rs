//! Overlays applied to the small test fixture: what the merged data holds, what the summary
//! says, and every problem at its place in the overlay.

use serde_json::{json, Value};

use super::*;
use crate::load::parse_raw;

const SMALL: &str = include_str!("../../tests/fixtures/small.json");

fn bundled() -> RawDataset {
    parse_raw(SMALL).expect("the fixture parses")
}

/// An overlay of the fixture: the header and `fields`.
fn overlay(fields: Value) -> String {
    let mut file = json!({
        "format_version": "1.2",
        "overlay": { "adds_to": "alliance-atlas" }
    });
    for (key, value) in fields.as_object().expect("an object of fields") {
        file[key] = value.clone();
    }
    file.to_string()
}

fn applied(fields: Value) -> (Dataset, OverlaySummary) {
    apply_overlay(&bundled(), &overlay(fields)).unwrap_or_else(|e| panic!("{e}"))
}

/// The lines the page shows for an overlay that does not apply.
fn problems(fields: Value) -> Vec<String> {
    problems_of(&overlay(fields))
}

fn problems_of(text: &str) -> Vec<String> {
    match apply_overlay(&bundled(), text) {
        Ok((_, summary)) => panic!("applies: {}", summary.sentence()),
        Err(e) => e.errors.iter().map(ToString::to_string).collect(),
    }
}

fn agreement(id: &str, parties: &[&str]) -> Value {
    json!({
        "id": id, "names": { "en": "Piedmont-Bavaria Declaration" }, "kind": "declaration",
        "parties": parties, "signed": "2025-05-05", "sectors": ["chemicals"], "sources": ["src-a"]
    })
}

fn region(id: &str, name: &str) -> Value {
    json!({
        "id": id, "names": { "en": name, "it": name }, "languages": ["it"], "country": "IT",
        "nuts_level": 2, "eu": true, "lat": 44.5, "lon": 11.0, "coordinate_sources": ["src-a"]
    })
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<&str> {
    items.iter().map(id).collect()
}

#[test]
fn an_added_agreement_joins_every_bundled_item() {
    let (dataset, summary) =
        applied(json!({ "agreements": [agreement("itc1-de2", &["ITC1", "DE2"])] }));
    assert_eq!(
        ids(&dataset.agreements, |a| &a.id),
        ["lombardy-flanders-2026", "itc1-de2"]
    );
    assert_eq!(
        ids(&dataset.regions, |r| &r.id),
        ["ITC4", "ITC1", "BE2", "DE2"]
    );
    assert_eq!(ids(&dataset.networks, |n| &n.id), ["chips", "cars"]);
    let added = &dataset.agreements[1];
    assert_eq!(
        added.parties,
        [
            dataset.region_by_id("ITC1").unwrap(),
            dataset.region_by_id("DE2").unwrap()
        ]
    );
    assert_eq!(summary.added.agreements, ["itc1-de2"]);
    assert_eq!(summary.sentence(), "adds 1 agreement");
    // The merged data is the bundled data's: its version and date.
    assert_eq!(dataset.format_version, "1.1");
    assert_eq!(dataset.updated.to_string(), "2026-11-21");
}

#[test]
fn an_overlay_of_every_kind_adds_them_all() {
    let (dataset, summary) = applied(json!({
        "overlay": { "adds_to": "alliance-atlas", "title": "  Emilia's own  " },
        "sources": [{ "id": "src-e", "url": "https://example.org/e", "title": "E", "checked": "2026-11-21" }],
        "sectors": [{ "id": "ceramics", "labels": { "en": "Ceramics" }, "color": "#117733" }],
        "regions": [region("ITH5", "Emilia-Romagna")],
        "networks": [{
            "id": "tiles", "names": { "en": "Tile Regions" }, "founded": "2020",
            "sectors": ["ceramics"], "sources": ["src-e"],
            "members": [{ "region": "ITH5", "joined": "2020", "sources": ["src-e"] }]
        }],
        "memberships": [
            { "network": "tiles", "region": "ITC4", "joined": "2021", "sources": ["src-e"] },
            { "network": "cars", "region": "ITH5", "joined": "2023", "role": "observer", "sources": ["src-e"] }
        ]
    }));
    assert_eq!(summary.title, "Emilia's own");
    assert_eq!(
        summary.sentence(),
        "adds 2 memberships, 1 network, 1 region, 1 sector and 1 source"
    );
    let tiles = &dataset.networks[dataset.network_by_id("tiles").unwrap().index()];
    assert_eq!(tiles.members.len(), 2, "its own member and the one added");
    let cars = &dataset.networks[dataset.network_by_id("cars").unwrap().index()];
    let emilia = dataset.region_by_id("ITH5").unwrap();
    assert_eq!(cars.members.last().map(|m| m.region), Some(emilia));
    assert_eq!(cars.members.len(), 4);
    assert!(dataset.sector_by_id("ceramics").is_some());
    assert_eq!(
        summary.memberships,
        [
            AddedMembership {
                network: "tiles".into(),
                region: "ITC4".into()
            },
            AddedMembership {
                network: "cars".into(),
                region: "ITH5".into()
            },
        ]
    );
}

#[test]
fn ids_that_clash_with_the_bundled_data_are_refused_at_the_overlays_path() {
    assert_eq!(
        problems(json!({ "regions": [region("ITH5", "Emilia"), region("ITC4", "Lombardy again")] })),
        ["regions[1].id: the overlay adds region \"ITC4\", but the bundled data already has a region \
          with that id; an overlay can only add new ids (choose another id, leave it out to show \
          the bundled one, or list it in remove.regions to replace it)"]
    );
    // Networks and agreements share one namespace.
    assert_eq!(
        problems(json!({ "agreements": [agreement("cars", &["ITC1", "DE2"])] })),
        ["agreements[0].id: the overlay adds agreement \"cars\", but the bundled data already has \
          a network with that id; an overlay can only add new ids (choose another id, leave it out \
          to show the bundled one, or list it in remove.networks to replace it)"]
    );
    assert_eq!(
        problems(
            json!({ "sources": [{ "id": "src-b", "url": "https://example.org/x", "title": "X", "checked": "2026-01-01" }] })
        ),
        [
            "sources[0].id: the overlay adds source \"src-b\", but the bundled data already has a \
          source with that id; an overlay can only add new ids (choose another id, or leave it \
          out: the bundled one is shown)"
        ]
    );
}

#[test]
fn removing_a_region_that_remaining_items_need_names_who_needs_it() {
    assert_eq!(
        problems(json!({ "remove": { "regions": ["DE2"] } })),
        ["remove.regions[0]: the overlay removes region \"DE2\", but network \"cars\" still refers \
          to it; remove it too, or keep the region"]
    );
    assert_eq!(
        problems(json!({ "remove": { "regions": ["ITC4"] } })),
        ["remove.regions[0]: the overlay removes region \"ITC4\", but network \"chips\" and 2 other \
          items still refer to it; remove those too, or keep the region"]
    );
    // Once what needs it goes too, it can go.
    let (dataset, summary) =
        applied(json!({ "remove": { "regions": ["DE2"], "networks": ["cars"] } }));
    assert_eq!(ids(&dataset.regions, |r| &r.id), ["ITC4", "ITC1", "BE2"]);
    assert_eq!(ids(&dataset.networks, |n| &n.id), ["chips"]);
    assert_eq!(summary.sentence(), "removes 1 network and 1 region");
}

#[test]
fn removing_an_id_the_bundled_data_does_not_have_is_a_problem() {
    assert_eq!(
        problems(json!({ "remove": { "regions": ["ITC9", "itc4"], "agreements": ["chips"], "networks": ["nope"] } })),
        [
            "remove.regions[0]: the overlay removes region \"ITC9\", but the bundled data has no \
             region with that id; check the id, or leave it out",
            "remove.regions[1]: the overlay removes region \"itc4\", but the bundled data has no \
             region with that id; ids are case-sensitive: did you mean \"ITC4\"?",
            "remove.networks[0]: the overlay removes network \"nope\", but the bundled data has no \
             network with that id; check the id, or leave it out",
            "remove.agreements[0]: the overlay removes agreement \"chips\", but the bundled data has \
             no agreement with that id; it is a network: list it in remove.networks",
        ]
    );
}

#[test]
fn a_removed_region_added_anew_replaces_the_bundled_one() {
    let mut lombardy = region("ITC4", "Lombardia");
    lombardy["lat"] = json!(45.5);
    let (dataset, summary) =
        applied(json!({ "remove": { "regions": ["ITC4"] }, "regions": [lombardy] }));
    let itc4 = dataset.region(dataset.region_by_id("ITC4").unwrap());
    assert_eq!(itc4.position.lat_deg, 45.5);
    assert_eq!(
        dataset.agreements[0].parties.len(),
        2,
        "the bundled ties still reach it"
    );
    assert_eq!(summary.sentence(), "replaces 1 region");
    assert!(summary.removed.is_empty());
}

#[test]
fn an_overlay_of_a_newer_major_version_is_refused_before_anything_else() {
    let text = r#"{"format_version": "2.0", "overlay": {"adds_to": "elsewhere"}, "things": []}"#;
    assert_eq!(
        problems_of(text),
        ["format_version: this file is format version 2.0, newer than this atlas reads (version \
          1.x); update the atlas or export the file as version 1"]
    );
    assert_eq!(
        problems(json!({ "format_version": "v1" })),
        ["format_version: format version \"v1\" is not of the form MAJOR.MINOR, such as \"1.0\""]
    );
}

#[test]
fn memberships_go_to_networks_that_are_there_and_not_twice() {
    assert_eq!(
        problems(json!({ "memberships": [{ "network": "trains", "region": "ITC4", "joined": "2024" }] })),
        ["memberships[0].network: the overlay adds region \"ITC4\" to network \"trains\", but neither \
          the bundled data nor the overlay has a network with that id; check the id"]
    );
    assert_eq!(
        problems(json!({
            "remove": { "networks": ["cars"] },
            "memberships": [{ "network": "cars", "region": "BE2", "joined": "2024" }]
        })),
        ["memberships[0].network: the overlay adds region \"BE2\" to network \"cars\", but the overlay \
          removes that network (in remove.networks); add the membership to another network, or \
          keep the network"]
    );
    assert_eq!(
        problems(json!({ "memberships": [
            { "network": "cars", "region": "BE2", "joined": "2023", "sources": ["src-a"] },
            { "network": "chips", "region": "ITC4", "joined": "2025", "sources": ["src-a"] }
        ] })),
        [
            "memberships[1].region: region \"ITC4\" is already a member of network \"chips\" for \
          overlapping years; leave this membership out, or give it years that do not overlap"
        ]
    );
    // A region that left may join again.
    let (dataset, _) = applied(json!({ "memberships": [
        { "network": "cars", "region": "DE2", "joined": "2025", "sources": ["src-a"] }
    ] }));
    let cars = &dataset.networks[1];
    assert_eq!(cars.members.len(), 4);
}

#[test]
fn ordinary_problems_are_told_at_their_place_in_the_overlay() {
    let mut bad = agreement("itc1-xx", &["ITC1", "ITC9"]);
    bad["signed"] = json!("2025-02-30");
    assert_eq!(
        problems(json!({
            "agreements": [agreement("fine", &["ITC1", "DE2"]), bad],
            "memberships": [{ "network": "chips", "region": "DE2", "joined": "2020" }]
        })),
        [
            "memberships[0].joined: membership of DE2 in network \"chips\" joined in 2020, before \
             the network was founded in 2023-09-07",
            "agreements[1].parties[1]: agreement \"itc1-xx\" refers to region \"ITC9\", but no region \
             has that id",
            "agreements[1].signed: agreement \"itc1-xx\": signed \"2025-02-30\" is not a usable date: \
             day 30 does not exist in 2025-02",
        ]
    );
    // Two new items with one id: both places are the overlay's.
    assert_eq!(
        problems(json!({ "regions": [region("ITH5", "A"), region("ITH5", "B")] })),
        ["regions[1].id: region id \"ITH5\" is used twice; it was first used at regions[0]"]
    );
}

#[test]
fn an_overlay_for_other_data_or_of_another_shape_is_refused() {
    assert_eq!(
        problems(json!({ "overlay": { "adds_to": "other-atlas" } })),
        ["overlay.adds_to: the overlay adds to \"other-atlas\", but this atlas's bundled data is \
          \"alliance-atlas\"; write \"adds_to\": \"alliance-atlas\""]
    );
    let lines = problems(json!({ "updated": "2026-01-01" }));
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with(
            "updated: the file is not valid JSON of the atlas format: unknown field `updated`"
        ),
        "{lines:?}"
    );
    assert_eq!(
        problems_of("[1]"),
        ["the file is not valid JSON of the atlas format: the file must hold one JSON object, from { to }, but it starts with '['"]
    );
}

#[test]
fn warnings_are_the_overlays_own_at_its_paths() {
    let (dataset, _) = applied(json!({ "memberships": [
        { "network": "cars", "region": "BE2", "joined": "2023" }
    ] }));
    let warnings: Vec<String> = dataset.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["memberships[0].sources: membership of BE2 in network \"cars\" cites no source; cite one \
          that names this membership"]
    );
}

#[test]
fn a_data_file_is_read_as_one_and_an_overlay_is_applied() {
    let (dataset, summary) =
        parse_data_or_overlay_bytes(&bundled(), SMALL.as_bytes()).expect("the fixture");
    assert!(summary.is_none());
    assert_eq!(dataset.regions.len(), 4);
    let text = overlay(json!({ "regions": [region("ITH5", "Emilia")] }));
    let (dataset, summary) =
        parse_data_or_overlay_bytes(&bundled(), text.as_bytes()).expect("the overlay");
    assert_eq!(
        summary.map(|s| s.sentence()).as_deref(),
        Some("adds 1 region")
    );
    assert_eq!(dataset.regions.len(), 5);
    // Bytes that are not UTF-8 are refused as a data file's are.
    let mut bytes = text.into_bytes();
    bytes.push(0xff);
    let error = apply_overlay_bytes(&bundled(), &bytes).unwrap_err();
    assert!(
        error.errors[0].to_string().contains("is not UTF-8 text"),
        "{error}"
    );
}
