//! Warnings about sources: the file still loads, and each warning names the item and the JSON
//! path, like a problem.

use atlas_core::load::parse_raw;
use atlas_core::raw::{RawDataset, RawPresidency};
use atlas_core::validate::source_warnings;
use atlas_core::{parse_dataset, validate, DataError, Problem};

const SMALL: &str = include_str!("fixtures/small.json");

/// The fixture with a source for every membership, so that it has no warnings of its own.
fn sourced() -> RawDataset {
    let mut raw = parse_raw(SMALL).expect("the fixture parses");
    for network in &mut raw.networks {
        for member in &mut network.members {
            if member.sources.is_empty() {
                member.sources = vec!["src-a".into()];
            }
        }
    }
    raw
}

/// The warnings of the sourced fixture after `edit`; the file must still load with them.
fn warnings(edit: impl FnOnce(&mut RawDataset)) -> Vec<DataError> {
    let mut raw = sourced();
    edit(&mut raw);
    let dataset = validate(&raw).expect("warnings never refuse a file");
    let warnings = source_warnings(&raw);
    assert_eq!(
        dataset.warnings, warnings,
        "the dataset keeps the same warnings"
    );
    assert!(warnings.iter().all(|w| w.problem.is_warning()));
    warnings
}

fn lines(warnings: &[DataError]) -> Vec<String> {
    warnings.iter().map(ToString::to_string).collect()
}

#[test]
fn a_sourced_file_has_no_warnings() {
    assert_eq!(warnings(|_| {}), []);
}

#[test]
fn a_source_on_a_mirror_an_archive_or_a_machine_translation() {
    let found = warnings(|r| {
        r.sources[0].url = "https://de.frwiki.wiki/wiki/Lombardei".into();
        r.sources[1].url = "https://web.archive.org/web/2020/https://example.org/b".into();
    });
    assert_eq!(
        lines(&found),
        [
            "sources[0].url: source \"src-a\" is a page on de.frwiki.wiki, a copy of Wikipedia; \
             cite the original page instead",
            "sources[1].url: source \"src-b\" is a page on web.archive.org, a web archive's copy; \
             cite the original page instead",
        ]
    );
    assert!(matches!(found[0].problem, Problem::CopiedSource { .. }));
    let translated = warnings(|r| {
        r.sources[0].url = "https://www-example-org.translate.goog/a?_x_tr_sl=de".into()
    });
    assert!(
        lines(&translated)[0].contains("a machine translation"),
        "{translated:?}"
    );
}

#[test]
fn an_address_with_stray_punctuation() {
    let found = warnings(|r| {
        r.sources[0].url = "https://example.org/a.".into();
        r.sources[1].url = "https://example.org/b%22".into();
        r.networks[0].website = "https://example.org/chips)".into();
    });
    assert_eq!(
        lines(&found),
        [
            "sources[0].url: source \"src-a\" has address \"https://example.org/a.\", which ends \
             with a full stop; check where the address really ends",
            "sources[1].url: source \"src-b\" has address \"https://example.org/b%22\", which \
             contains an encoded quote character (%22); check where the address really ends",
            "networks[0].website: network \"chips\" has address \"https://example.org/chips)\", \
             which ends with a ')' that closes nothing; check where the address really ends",
        ]
    );
}

#[test]
fn a_membership_or_presidency_without_a_source() {
    let found = warnings(|r| {
        r.networks[1].members[2].sources.clear();
        r.networks[0].presidencies.push(RawPresidency {
            region: "ITC1".into(),
            from: "2024-11-08".into(),
            ..Default::default()
        });
    });
    assert_eq!(
        lines(&found),
        [
            "networks[0].presidencies[0].sources: presidency of ITC1 in network \"chips\" cites \
             no source; cite one that names this presidency",
            "networks[1].members[2].sources: membership of DE2 in network \"cars\" cites no \
             source; cite one that names this membership",
        ]
    );
}

#[test]
fn an_agreement_without_a_source_is_a_problem_not_a_warning() {
    let mut raw = sourced();
    raw.agreements[0].sources.clear();
    let errors = validate(&raw).unwrap_err().errors;
    assert!(matches!(errors[0].problem, Problem::NoSources { .. }));
    assert!(source_warnings(&raw).is_empty());
}

#[test]
fn the_unchanged_fixture_warns_about_its_unsourced_memberships() {
    let dataset = parse_dataset(SMALL).unwrap();
    let paths: Vec<&str> = dataset.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "networks[0].members[0].sources",
            "networks[0].members[1].sources",
            "networks[1].members[0].sources",
            "networks[1].members[1].sources",
            "networks[1].members[2].sources",
        ]
    );
}
