//! The corpus of bad stories in `tests/corpus/stories/` (at the repository root): for every
//! `NN-name.json`, the story reader, and then the check against the bundled data
//! (`public/data/atlas.json`), must say exactly the lines of `NN-name.expected`, or the single
//! line `ok` for a story that must be shown. A story that is shown is also written back and
//! must read the same. See `tests/corpus/README.md`.

use std::fs;
use std::path::{Path, PathBuf};

use atlas_core::{
    parse_dataset, parse_story, parse_story_bytes, validate_story, write_story, Dataset,
    StoryDraft, INTERFACE_LANGUAGES,
};

/// The fewest cases the corpus may hold: a guard against a lost or emptied directory.
const MIN_CASES: usize = 12;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/stories")
}

fn bundled_data() -> Dataset {
    parse_dataset(include_str!("../../../public/data/atlas.json")).expect("the bundled data")
}

/// Every `*.json` of the corpus, sorted by name.
fn cases() -> Vec<PathBuf> {
    let dir = corpus_dir();
    let mut json: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the corpus {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    json.sort();
    json
}

fn name(path: &Path) -> String {
    format!(
        "tests/corpus/stories/{}",
        path.file_name().unwrap_or_default().to_string_lossy()
    )
}

/// What the page says of a story file: each problem, or `ok`.
fn said(bytes: &[u8], data: &Dataset) -> Vec<String> {
    let lines: Vec<String> = match parse_story_bytes(bytes) {
        Err(error) => error.problems.iter().map(ToString::to_string).collect(),
        Ok(story) => {
            assert_eq!(
                parse_story(&write_story(&story)),
                Ok(story.clone()),
                "written back, the story reads the same"
            );
            validate_story(&story, data)
                .iter()
                .map(ToString::to_string)
                .collect()
        }
    };
    if lines.is_empty() {
        vec!["ok".to_owned()]
    } else {
        lines
    }
}

#[test]
fn every_story_of_the_corpus_gets_exactly_its_expected_lines() {
    let data = bundled_data();
    let cases = cases();
    assert!(cases.len() >= MIN_CASES, "{} cases", cases.len());
    let mut failures = Vec::new();
    for path in &cases {
        let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let actual = said(&bytes, &data);
        for line in &actual {
            assert!(
                !line.contains('\n'),
                "{}: one line each: {line}",
                name(path)
            );
        }
        if let Ok(text) = std::str::from_utf8(&bytes) {
            assert_eq!(
                parse_story(text),
                parse_story_bytes(&bytes),
                "{}: text and bytes read alike",
                name(path)
            );
        }
        let expected_path = path.with_extension("expected");
        let expected: Vec<String> = match fs::read_to_string(&expected_path) {
            Ok(text) => text.lines().map(str::to_owned).collect(),
            Err(e) => {
                failures.push(format!("{}: no readable .expected ({e})", name(path)));
                continue;
            }
        };
        if actual != expected {
            failures.push(format!(
                "{}: the lines differ from its .expected\n  expected:\n{}\n  said:\n{}",
                name(path),
                expected
                    .iter()
                    .map(|l| format!("    {l}\n"))
                    .collect::<String>(),
                actual
                    .iter()
                    .map(|l| format!("    {l}\n"))
                    .collect::<String>(),
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} stories fail:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn every_expected_file_has_its_story() {
    let orphans: Vec<String> = fs::read_dir(corpus_dir())
        .expect("the corpus directory")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "expected"))
        .filter(|p| !p.with_extension("json").exists())
        .map(|p| name(&p))
        .collect();
    assert!(orphans.is_empty(), "no .json for {orphans:?}");
}

/// A language the interface does not offer is kept in the story and reported, not dropped.
#[test]
fn a_language_the_interface_does_not_offer_is_kept() {
    let bytes = fs::read(corpus_dir().join("11-spanish-kept.json")).expect("case 11");
    let story = parse_story_bytes(&bytes).expect("case 11 reads");
    assert_eq!(story.languages(), ["en", "es", "it"]);
    assert_eq!(story.languages_not_offered(&INTERFACE_LANGUAGES), ["es"]);
    assert_eq!(story.steps[0].caption("es"), "En español.");
    let draft = StoryDraft::from_story(&story);
    assert!(draft.to_file_text().contains("\"es\": \"En español.\""));
}

/// Curly quotes and apostrophes inside straight-quoted text are text, kept as written.
#[test]
fn curly_quotes_inside_text_are_kept() {
    let bytes = fs::read(corpus_dir().join("03-curly-quotes-inside-captions.json")).expect("03");
    let story = parse_story_bytes(&bytes).expect("case 03 reads");
    assert_eq!(
        story.steps[0].caption("en"),
        "Lombardy’s partners in 1988, the “Four Motors”."
    );
}
