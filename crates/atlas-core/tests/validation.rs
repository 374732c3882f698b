//! One test per kind of problem: each breaks a valid file in one way and checks that the
//! loader names the problem, the item and the JSON path.

use atlas_core::dataset::{MemberRole, NetworkKind};
use atlas_core::load::parse_raw;
use atlas_core::raw::{RawClaim, RawConflict, RawDataset, RawMembership, RawPresidency, RawText};
use atlas_core::{
    parse_dataset, parse_dataset_bytes, validate, DataError, Problem, FORMAT_VERSION,
    MAX_FILE_BYTES,
};

const SMALL: &str = include_str!("fixtures/small.json");

fn small() -> RawDataset {
    parse_raw(SMALL).expect("the fixture parses")
}

/// A note in the given languages.
fn texts(pairs: &[(&str, &str)]) -> RawText {
    RawText::from_languages(
        pairs
            .iter()
            .map(|(lang, text)| (lang.to_string(), text.to_string()))
            .collect(),
    )
}

/// The problems of the fixture after `edit`.
fn problems(edit: impl FnOnce(&mut RawDataset)) -> Vec<DataError> {
    let mut raw = small();
    edit(&mut raw);
    match validate(&raw) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors,
    }
}

/// Asserts exactly one problem, at `path`, matching `pattern`, whose sentence mentions `words`.
macro_rules! assert_problem {
    ($errors:expr, $path:expr, $pattern:pat, $words:expr) => {{
        let errors = $errors;
        assert_eq!(errors.len(), 1, "expected one problem, got {errors:#?}");
        let error = &errors[0];
        assert_eq!(error.path, $path);
        assert!(matches!(error.problem, $pattern), "{:#?}", error.problem);
        let sentence = error.to_string();
        for word in $words {
            assert!(
                sentence.contains(word),
                "{sentence:?} should mention {word:?}"
            );
        }
    }};
}

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

#[test]
fn a_role_in_the_networks_own_words_is_kept() {
    let mut raw = small();
    raw.networks[0].members[0].role = Some(" partner ".into());
    raw.networks[0].members[1].role = Some("associate".into());
    let dataset = validate(&raw).expect("any word is a role");
    let members = &dataset.networks[0].members;
    assert_eq!(members[0].role, MemberRole::Other("partner".into()));
    assert_eq!(members[0].role.as_str(), "partner");
    assert_eq!(members[1].role, MemberRole::Associate);
    assert_eq!(members[2].role, MemberRole::Member, "no role is a member");
}

#[test]
fn empty_role() {
    assert_problem!(
        problems(|r| r.networks[0].members[1].role = Some(" \t".into())),
        "networks[0].members[1].role",
        Problem::EmptyText { .. },
        ["membership of BE2 in network \"chips\" has an empty role"]
    );
}

#[test]
fn unknown_presidency_role() {
    assert_problem!(
        problems(|r| r.networks[0].presidencies.push(RawPresidency {
            region: "ITC1".into(),
            from: "2024-11-08".into(),
            role: Some("king".into()),
            ..Default::default()
        })),
        "networks[0].presidencies[0].role",
        Problem::UnknownRole { .. },
        ["king", "president, chair or co-chair"]
    );
}

#[test]
fn presidency_of_an_unknown_region() {
    assert_problem!(
        problems(|r| r.networks[0].presidencies.push(RawPresidency {
            region: "XX9".into(),
            from: "2024".into(),
            ..Default::default()
        })),
        "networks[0].presidencies[0].region",
        Problem::UnknownRegion { .. },
        ["XX9", "presidency"]
    );
}

#[test]
fn too_few_claims() {
    assert_problem!(
        problems(|r| r.networks[0].conflicts.push(RawConflict {
            about: "number of members in 2024".into(),
            claims: vec![RawClaim {
                says: "32".into(),
                sources: vec!["src-a".into()],
            }],
            resolution: String::new(),
        })),
        "networks[0].conflicts[0].claims",
        Problem::TooFewClaims { count: 1, .. },
        ["number of members in 2024", "at least two"]
    );
}

#[test]
fn a_claim_without_sources() {
    assert_problem!(
        problems(|r| r.agreements[0].conflicts.push(RawConflict {
            about: "signing date".into(),
            claims: vec![
                RawClaim {
                    says: "6 March".into(),
                    sources: vec!["src-a".into()],
                },
                RawClaim {
                    says: "10 March".into(),
                    sources: vec![],
                },
            ],
            resolution: String::new(),
        })),
        "agreements[0].conflicts[0].claims[1].sources",
        Problem::NoSources { .. },
        ["claim of a conflict"]
    );
}

#[test]
fn unknown_network_kind() {
    assert_problem!(
        problems(|r| r.networks[1].kind = Some("cluster".into())),
        "networks[1].kind",
        Problem::UnknownNetworkKind { .. },
        ["network \"cars\" has kind \"cluster\"", "working-community"]
    );
}

#[test]
fn a_note_in_several_languages_needs_english() {
    assert_problem!(
        problems(|r| r.networks[1].notes = texts(&[("it", "Regioni dell'auto")])),
        "networks[1].notes",
        Problem::MissingEnglishText { field: "notes", .. },
        ["network \"cars\" has \"notes\" without English"]
    );
    assert_problem!(
        problems(|r| r.agreements[0].note = texts(&[("en", "Signed."), ("it", " ")])),
        "agreements[0].note.it",
        Problem::EmptyText { .. },
        ["has an empty \"note\" in \"it\""]
    );
    assert_problem!(
        problems(|r| {
            r.networks[0].presidencies.push(RawPresidency {
                region: "ITC1".into(),
                from: "2024-11-08".into(),
                note: texts(&[("en", "Chair."), ("Italian", "Presidenza.")]),
                ..Default::default()
            })
        }),
        "networks[0].presidencies[0].note.Italian",
        Problem::InvalidLanguage { .. },
        ["presidency of ITC1 in network \"chips\"", "\"Italian\""]
    );
}

#[test]
fn notes_by_language_fall_back_to_english() {
    let text = SMALL.replacen(
        "\"note\": \"left date inferred\"",
        "\"note\": { \"en\": \"left date inferred\", \"it\": \"data di uscita dedotta\" }",
        1,
    );
    let dataset = parse_dataset(&text).expect("a note by language loads");
    let note = &dataset.networks[1].members[2].note;
    assert_eq!(note.get("it"), "data di uscita dedotta");
    assert_eq!(note.get("de"), "left date inferred");
    // A plain string is English, as files of format 1.1 write it.
    let dataset = parse_dataset(SMALL).unwrap();
    assert_eq!(
        dataset.networks[1].members[2].note.get("it"),
        "left date inferred"
    );
    assert!(dataset.networks[0].notes.is_empty());
}

#[test]
fn a_note_that_is_neither_text_nor_an_object_names_its_path() {
    let text = SMALL.replacen("\"left date inferred\"", "2024", 1);
    let errors = parse_dataset(&text).unwrap_err().errors;
    assert_eq!(errors[0].path, "networks[1].members[2].note");
    assert!(
        errors[0]
            .to_string()
            .contains("expected a text, or an object of texts keyed by language code"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_network_kind_is_carried_with_its_label() {
    let mut raw = small();
    raw.networks[0].kind = Some("euroregion".into());
    let dataset = validate(&raw).unwrap();
    assert_eq!(dataset.networks[0].kind, Some(NetworkKind::Euroregion));
    assert_eq!(dataset.networks[1].kind, None);
    assert_eq!(NetworkKind::Euroregion.label(), "Euroregion or EGTC");
    for kind in NetworkKind::ALL {
        assert_eq!(NetworkKind::from_word(kind.as_str()), Some(kind));
    }
}

#[test]
fn files_of_every_1_x_version_load() {
    assert_eq!(FORMAT_VERSION, "1.2");
    for version in ["1.0", "1.1", "1.2"] {
        let text = SMALL.replacen("\"1.1\"", &format!("\"{version}\""), 1);
        let dataset = parse_dataset(&text).expect(version);
        assert_eq!(dataset.format_version, version);
    }
}

#[test]
fn unknown_agreement_kind() {
    assert_problem!(
        problems(|r| r.agreements[0].kind = "treaty".into()),
        "agreements[0].kind",
        Problem::UnknownAgreementKind { .. },
        ["treaty"]
    );
}

#[test]
fn invalid_language() {
    assert_problem!(
        problems(|r| r.regions[0].languages = vec!["Italian".into()]),
        "regions[0].languages[0]",
        Problem::InvalidLanguage { .. },
        ["Italian"]
    );
}

#[test]
fn missing_own_name() {
    assert_problem!(
        problems(|r| r.regions[3].languages = vec!["fr".into()]),
        "regions[3].names",
        Problem::MissingOwnName { .. },
        ["\"fr\""]
    );
}

#[test]
fn invalid_country() {
    assert_problem!(
        problems(|r| r.regions[2].country = "Belgium".into()),
        "regions[2].country",
        Problem::InvalidCountry { .. },
        ["Belgium"]
    );
}

#[test]
fn nuts_code_and_level_must_agree() {
    assert_problem!(
        problems(|r| r.regions[0].nuts_level = 1),
        "regions[0].id",
        Problem::NutsMismatch { .. },
        ["level 2, not 1"]
    );
    assert_problem!(
        problems(|r| r.regions[0].country = "FR".into()),
        "regions[0].id",
        Problem::NutsMismatch { .. },
        ["country FR"]
    );
}

#[test]
fn invalid_nuts_version() {
    assert_problem!(
        problems(|r| r.nuts_version = "latest".into()),
        "nuts_version",
        Problem::InvalidNutsVersion { .. },
        ["latest"]
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let errors = problems(|r| {
        r.sectors[0].color = "red".into();
        r.regions[1].lat = f64::NAN;
        r.agreements[0].kind = "treaty".into();
    });
    assert_eq!(errors.len(), 3, "{errors:#?}");
}
