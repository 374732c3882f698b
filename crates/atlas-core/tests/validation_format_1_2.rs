//! Format 1.2: member roles in the network's own words, network kinds, notes by language, and
//! the problems each can have.

mod support;

use atlas_core::dataset::{MemberRole, NetworkKind};
use atlas_core::raw::{RawClaim, RawConflict, RawPresidency};
use atlas_core::{parse_dataset, validate, Problem, FORMAT_VERSION};
use support::{problems, small, texts, SMALL};

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
