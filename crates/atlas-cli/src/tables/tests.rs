//! Tables written from a file read back as that file, and problems named by file and line.

use std::path::PathBuf;

use atlas_core::raw::{RawClaim, RawConflict, RawDataset, RawNames, RawPresidency, RawText};

use super::{read_tables, write_tables, TABLES};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-tables-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn fixture() -> RawDataset {
    let mut raw = atlas_core::load::parse_raw(include_str!(
        "../../../atlas-core/tests/fixtures/small.json"
    ))
    .unwrap();
    // Exercise every table, including the optional ones.
    raw.networks[0].presidencies.push(RawPresidency {
        region: "ITC1".into(),
        from: "2024-11-08".into(),
        to: Some("2025-11-07".into()),
        role: Some("chair".into()),
        sources: vec!["src-a".into()],
        estimated: false,
        note: RawText::english("handover in Turin, \"with\" a comma, and a line\nbreak"),
    });
    raw.networks[0].members[2].conflicts.push(RawConflict {
        about: "joining date".into(),
        claims: vec![
            RawClaim {
                says: "8 November 2024".into(),
                sources: vec!["src-b".into()],
            },
            RawClaim {
                says: "November 2024".into(),
                sources: vec!["src-a".into(), "src-b".into()],
            },
        ],
        resolution: "the day is stated by one source".into(),
    });
    raw.regions[0].conflicts.push(RawConflict {
        about: "capital".into(),
        claims: vec![
            RawClaim {
                says: "Milan".into(),
                sources: vec!["src-a".into()],
            },
            RawClaim {
                says: "Milano".into(),
                sources: vec!["src-b".into()],
            },
        ],
        resolution: String::new(),
    });
    // The fields of format 1.2: a network's kind, a role in the network's own words, notes in
    // several languages.
    raw.networks[0].kind = Some("thematic-alliance".into());
    raw.networks[0].members[0].role = Some("partner".into());
    raw.networks[1].notes = RawText::from_languages(RawNames::from([
        ("en".to_owned(), "Car regions".to_owned()),
        ("it".to_owned(), "Regioni dell'auto".to_owned()),
    ]));
    raw.networks[1].known_gaps = RawText::english("the 2023 members are not named");
    raw
}

#[test]
fn tables_round_trip_to_the_same_dataset() {
    let raw = fixture();
    let dir = temp_dir("round-trip");
    write_tables(&raw, &dir).unwrap();
    let mut written: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut expected: Vec<String> = TABLES.iter().map(|t| format!("{t}.csv")).collect();
    expected.sort();
    assert_eq!(written, expected, "one file per table in TABLES");
    let (back, _) = read_tables(&dir).unwrap();
    assert_eq!(back, raw);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn problems_are_located_by_file_and_line() {
    let raw = fixture();
    let dir = temp_dir("origins");
    write_tables(&raw, &dir).unwrap();
    let (_, origins) = read_tables(&dir).unwrap();
    assert_eq!(origins.locate("regions[2].lat"), Some("regions.csv line 4"));
    assert_eq!(
        origins.locate("networks[1].members[2].left"),
        Some("memberships.csv line 7")
    );
    assert_eq!(
        origins.locate("networks[1].founded"),
        Some("networks.csv line 3")
    );
    assert_eq!(
        origins.locate("networks[0].presidencies[0].role"),
        Some("presidencies.csv line 2")
    );
    assert_eq!(
        origins.locate("networks[0].members[2].conflicts[0].claims[1]"),
        Some("conflicts.csv line 4")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bad_cell_names_file_line_and_column() {
    let dir = temp_dir("bad-cell");
    write_tables(&fixture(), &dir).unwrap();
    let path = dir.join("regions.csv");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("45.621", "north", 1);
    std::fs::write(&path, text).unwrap();
    let error = read_tables(&dir).err().unwrap();
    assert_eq!(
        error,
        "regions.csv line 2, column lat: \"north\" is not a number"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unknown_column_is_refused() {
    let dir = temp_dir("bad-column");
    write_tables(&fixture(), &dir).unwrap();
    let path = dir.join("networks.csv");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("founded", "fonded", 1);
    std::fs::write(&path, text).unwrap();
    let error = read_tables(&dir).err().unwrap();
    assert!(error.starts_with("networks.csv: "), "{error}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn notes_get_a_column_per_language_and_a_bare_column_is_english() {
    let dir = temp_dir("notes");
    write_tables(&fixture(), &dir).unwrap();
    let header = |table: &str| {
        let text = std::fs::read_to_string(dir.join(format!("{table}.csv"))).unwrap();
        text.lines().next().unwrap().to_owned()
    };
    assert!(
        header("networks").contains(",kind,"),
        "{}",
        header("networks")
    );
    assert!(
        header("networks").ends_with(",known_gaps_en,notes_en,notes_it"),
        "{}",
        header("networks")
    );
    assert!(header("memberships").ends_with(",note_en"));
    // Tables written before format 1.2 have one `note` column, in English.
    let path = dir.join("memberships.csv");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replacen(",note_en", ",note", 1);
    std::fs::write(&path, text).unwrap();
    let (back, _) = read_tables(&dir).unwrap();
    assert_eq!(
        back.networks[1].members[2].note,
        RawText::english("left date inferred")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
