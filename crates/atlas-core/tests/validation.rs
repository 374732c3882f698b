//! One test per kind of problem: each breaks a valid file in one way and checks that the
//! loader names the problem, the item and the JSON path.

mod support;

use atlas_core::raw::RawMembership;
use atlas_core::{parse_dataset, parse_dataset_bytes, Problem, MAX_FILE_BYTES};
use support::{problems, SMALL};

#[test]
fn the_fixture_is_valid() {
    let dataset = parse_dataset(SMALL).expect("valid");
    assert_eq!(dataset.regions.len(), 4);
    assert_eq!(dataset.networks.len(), 2);
    assert_eq!(dataset.agreements.len(), 1);
}

#[test]
fn malformed_json_names_line_and_column() {
    let errors = parse_dataset("{\"format_version\": \"1.0\",,}")
        .unwrap_err()
        .errors;
    assert_eq!(errors.len(), 1);
    assert!(matches!(errors[0].problem, Problem::Syntax { .. }));
    assert!(
        errors[0].to_string().contains("line 1 column"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_wrong_type_names_its_json_path() {
    let text = SMALL.replacen("\"lat\": 45.621", "\"lat\": \"north\"", 1);
    let errors = parse_dataset(&text).unwrap_err().errors;
    assert_eq!(errors[0].path, "regions[0].lat");
    assert!(matches!(errors[0].problem, Problem::Syntax { .. }));
}

#[test]
fn a_missing_field_names_the_item_path() {
    let text = SMALL.replacen("\"country\": \"BE\", ", "", 1);
    let errors = parse_dataset(&text).unwrap_err().errors;
    assert_eq!(errors[0].path, "regions[2]");
    assert!(errors[0].to_string().contains("missing field `country`"));
}

#[test]
fn an_unknown_field_is_refused_rather_than_ignored() {
    let text = SMALL.replacen(
        "\"founded\": \"2022\"",
        "\"founded\": \"2022\", \"fonded\": \"2021\"",
        1,
    );
    let errors = parse_dataset(&text).unwrap_err().errors;
    assert!(
        errors[0].to_string().contains("unknown field `fonded`"),
        "{}",
        errors[0]
    );
}

#[test]
fn invalid_utf8_is_refused_with_its_offset() {
    let mut bytes = SMALL.as_bytes().to_vec();
    bytes[40] = 0xff;
    let errors = parse_dataset_bytes(&bytes).unwrap_err().errors;
    assert!(errors[0].to_string().contains("not UTF-8"), "{}", errors[0]);
    assert!(errors[0].to_string().contains("byte 40"), "{}", errors[0]);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let with_bom = format!("\u{feff}{SMALL}");
    assert!(parse_dataset(&with_bom).is_ok());
}

#[test]
fn too_large() {
    let big = vec![b' '; MAX_FILE_BYTES + 1];
    let errors = parse_dataset_bytes(&big).unwrap_err().errors;
    assert!(matches!(errors[0].problem, Problem::TooLarge { .. }));
}

#[test]
fn format_version_malformed() {
    assert_problem!(
        problems(|r| r.format_version = "one".into()),
        "format_version",
        Problem::FormatVersionMalformed { .. },
        ["\"one\"", "MAJOR.MINOR"]
    );
}

#[test]
fn format_version_too_new_is_refused_before_anything_else() {
    let text = SMALL
        .replacen(
            "\"format_version\": \"1.1\"",
            "\"format_version\": \"2.0\"",
            1,
        )
        .replacen("\"regions\"", "\"places\"", 1);
    let errors = parse_dataset(&text).unwrap_err().errors;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(matches!(
        errors[0].problem,
        Problem::FormatVersionTooNew { .. }
    ));
    assert!(errors[0]
        .to_string()
        .contains("newer than this atlas reads"));
}

#[test]
fn bad_date() {
    assert_problem!(
        problems(|r| r.agreements[0].signed = "2026-02-30".into()),
        "agreements[0].signed",
        Problem::BadDate { .. },
        [
            "agreement \"lombardy-flanders-2026\"",
            "2026-02-30",
            "does not exist"
        ]
    );
}

#[test]
fn invalid_id() {
    assert_problem!(
        problems(|r| {
            r.sectors[2].id = "Chemicals Industry".into();
            r.agreements[0].sectors[1] = "Chemicals Industry".into();
        }),
        "sectors[2].id",
        Problem::InvalidId { .. },
        ["Chemicals Industry"]
    );
}

#[test]
fn duplicate_id() {
    let errors = problems(|r| {
        let copy = r.regions[0].clone();
        r.regions.push(copy);
    });
    assert_problem!(
        errors,
        "regions[4].id",
        Problem::DuplicateId { .. },
        ["ITC4", "regions[0]"]
    );
}

#[test]
fn network_and_agreement_ids_share_one_namespace() {
    assert_problem!(
        problems(|r| r.agreements[0].id = "chips".into()),
        "agreements[0].id",
        Problem::DuplicateId { .. },
        ["chips", "networks[0]"]
    );
}

#[test]
fn missing_english_name() {
    assert_problem!(
        problems(|r| {
            r.networks[1].names.remove("en");
            r.networks[1]
                .names
                .insert("it".into(), "Regioni dell'auto".into());
        }),
        "networks[1].names",
        Problem::MissingEnglishName { .. },
        ["network \"cars\""]
    );
}

#[test]
fn empty_text() {
    assert_problem!(
        problems(|r| {
            r.regions[1].names.insert("it".into(), "   ".into());
        }),
        "regions[1].names.it",
        Problem::EmptyText { .. },
        ["Piedmont", "empty"]
    );
}

#[test]
fn unknown_region() {
    assert_problem!(
        problems(|r| r.networks[0].members[2].region = "ITC9".into()),
        "networks[0].members[2].region",
        Problem::UnknownRegion { .. },
        ["ITC9", "network \"chips\""]
    );
}

#[test]
fn unknown_sector() {
    assert_problem!(
        problems(|r| r.agreements[0].sectors.push("space".into())),
        "agreements[0].sectors[2]",
        Problem::UnknownSector { .. },
        ["space"]
    );
}

#[test]
fn unknown_source() {
    assert_problem!(
        problems(|r| r.networks[0].members[2].sources = vec!["src-z".into()]),
        "networks[0].members[2].sources[0]",
        Problem::UnknownSource { .. },
        ["src-z", "membership of ITC4"]
    );
}

#[test]
fn no_sources() {
    assert_problem!(
        problems(|r| r.agreements[0].sources.clear()),
        "agreements[0].sources",
        Problem::NoSources { .. },
        ["cites no source"]
    );
}

#[test]
fn no_sectors() {
    assert_problem!(
        problems(|r| r.networks[1].sectors.clear()),
        "networks[1].sectors",
        Problem::NoSectors { .. },
        ["network \"cars\""]
    );
}

#[test]
fn duplicate_sector() {
    assert_problem!(
        problems(|r| r.networks[1].sectors.push("automotive".into())),
        "networks[1].sectors[1]",
        Problem::DuplicateSector { .. },
        ["automotive"]
    );
}

#[test]
fn inverted_dates() {
    assert_problem!(
        problems(|r| r.networks[1].members[2].left = Some("2021".into())),
        "networks[1].members[2].left",
        Problem::InvertedDates { .. },
        ["left 2021 comes before joined 2022"]
    );
}

#[test]
fn joined_before_founding() {
    assert_problem!(
        problems(|r| r.networks[0].members[0].joined = "2023-03-06".into()),
        "networks[0].members[0].joined",
        Problem::JoinedBeforeFounding { .. },
        ["2023-03-06", "2023-09-07"]
    );
}

#[test]
fn joined_after_end() {
    assert_problem!(
        problems(|r| {
            r.networks[1].ended = Some("2023".into());
            r.networks[1].members[2].left = None;
            r.networks[1].members.push(RawMembership {
                region: "BE2".into(),
                joined: "2025".into(),
                ..Default::default()
            });
        }),
        "networks[1].members[3].joined",
        Problem::JoinedAfterEnd { .. },
        ["2025", "ended in 2023"]
    );
}

#[test]
fn coordinates_outside_europe() {
    assert_problem!(
        problems(|r| r.regions[3].lon = -73.9),
        "regions[3].lat",
        Problem::CoordinatesOutOfRange { .. },
        ["Bavaria", "outside_europe"]
    );
}

#[test]
fn coordinates_outside_europe_are_fine_when_declared() {
    assert!(problems(|r| {
        r.regions[3].lon = -73.9;
        r.regions[3].outside_europe = true;
    })
    .is_empty());
}

#[test]
fn coordinates_not_on_earth() {
    assert_problem!(
        problems(|r| {
            r.regions[3].lat = 123.0;
            r.regions[3].outside_europe = true;
        }),
        "regions[3].lat",
        Problem::CoordinatesOutOfRange { .. },
        ["not on the earth"]
    );
}

#[test]
fn too_few_members() {
    assert_problem!(
        problems(|r| r.networks[0].members.truncate(1)),
        "networks[0].members",
        Problem::TooFewMembers { count: 1, .. },
        ["at least two"]
    );
}

#[test]
fn too_few_parties() {
    assert_problem!(
        problems(|r| r.agreements[0].parties.truncate(1)),
        "agreements[0].parties",
        Problem::TooFewParties { count: 1, .. },
        ["at least two"]
    );
}

#[test]
fn duplicate_member_for_overlapping_years() {
    assert_problem!(
        problems(|r| {
            let again = r.networks[0].members[0].clone();
            r.networks[0].members.push(again);
        }),
        "networks[0].members[3].region",
        Problem::DuplicateMember { .. },
        ["ITC1", "twice"]
    );
}

#[test]
fn a_region_may_leave_and_rejoin() {
    assert!(problems(|r| r.networks[1].members.push(RawMembership {
        region: "DE2".into(),
        joined: "2025".into(),
        ..Default::default()
    }))
    .is_empty());
}

#[test]
fn a_region_tied_to_itself() {
    assert_problem!(
        problems(|r| r.agreements[0].parties = vec!["ITC4".into(), "ITC4".into(), "BE2".into()]),
        "agreements[0].parties[1]",
        Problem::DuplicateParty { .. },
        ["ITC4", "cannot sign with itself"]
    );
}

#[test]
fn invalid_color() {
    assert_problem!(
        problems(|r| r.sectors[0].color = "red".into()),
        "sectors[0].color",
        Problem::InvalidColor { .. },
        ["#RRGGBB"]
    );
}

#[test]
fn invalid_url_refuses_javascript_and_data_addresses() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org",
    ] {
        assert_problem!(
            problems(|r| r.sources[0].url = bad.into()),
            "sources[0].url",
            Problem::InvalidUrl { .. },
            ["only http and https"]
        );
    }
    assert_problem!(
        problems(|r| r.sources[0].url = "https://exa mple.org".into()),
        "sources[0].url",
        Problem::InvalidUrl { .. },
        ["spaces"]
    );
}
