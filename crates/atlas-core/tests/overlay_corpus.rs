//! The corpus of overlay files in `tests/corpus/overlays/` (at the repository root): for every
//! `NN-name.json`, reading it as the page reads what `?data=` gives
//! ([`parse_data_or_overlay_bytes`], with the bundled `public/data/atlas.json` as the data it
//! adds to) must say exactly the lines of `NN-name.expected`: each problem, or for an overlay
//! that applies the one-line summary of what it changed. An overlay that applies has exactly
//! the warnings of `NN-name.warnings` (none without that file) and keeps every bundled item it
//! does not remove. See `tests/corpus/README.md`.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use atlas_core::load::parse_raw;
use atlas_core::overlay::{apply_overlay, OverlaySummary};
use atlas_core::raw::RawDataset;
use atlas_core::{apply_overlay_bytes, parse_data_or_overlay_bytes, Dataset};

/// The fewest cases the corpus may hold: a guard against a lost or emptied directory.
const MIN_CASES: usize = 15;

/// What the page says of a file without an overlay header: it is read as a full data file.
const READ_AS_DATA_FILE: &str = "(read as a full data file)";

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/overlays")
}

fn bundled() -> RawDataset {
    parse_raw(include_str!("../../../public/data/atlas.json")).expect("the bundled data")
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
        "tests/corpus/overlays/{}",
        path.file_name().unwrap_or_default().to_string_lossy()
    )
}

/// The lines of a file beside `path` with `extension`; none when there is no such file.
fn lines_beside(path: &Path, extension: &str) -> Option<Vec<String>> {
    let text = fs::read_to_string(path.with_extension(extension)).ok()?;
    Some(text.lines().map(str::to_owned).collect())
}

/// Every bundled item the overlay does not remove is in the merged data, with at least its
/// bundled members.
fn keeps_the_bundled_items(bundled: &RawDataset, merged: &Dataset, summary: &OverlaySummary) {
    let removed = |ids: &[String], id: &str| ids.iter().any(|r| r == id);
    let region_ids: BTreeSet<&str> = merged.regions.iter().map(|r| r.id.as_str()).collect();
    for r in &bundled.regions {
        assert!(
            removed(&summary.removed.regions, &r.id) || region_ids.contains(r.id.as_str()),
            "{} kept",
            r.id
        );
    }
    for n in &bundled.networks {
        if removed(&summary.removed.networks, &n.id) || removed(&summary.replaced.networks, &n.id) {
            continue;
        }
        let kept = merged
            .network_by_id(&n.id)
            .expect("a bundled network is kept");
        assert!(merged.network(kept).members.len() >= n.members.len());
    }
    for a in &bundled.agreements {
        assert!(
            removed(&summary.removed.agreements, &a.id)
                || merged.agreements.iter().any(|m| m.id == a.id),
            "{} kept",
            a.id
        );
    }
    for s in &bundled.sources {
        assert!(merged.sources.iter().any(|m| m.id == s.id));
    }
    for s in &bundled.sectors {
        assert!(merged.sector_by_id(&s.id).is_some());
    }
}

#[test]
fn every_overlay_of_the_corpus_gets_exactly_its_expected_lines() {
    let bundled = bundled();
    let cases = cases();
    assert!(cases.len() >= MIN_CASES, "{} cases", cases.len());
    let mut failures = Vec::new();
    for path in &cases {
        let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (said, warnings) = match parse_data_or_overlay_bytes(&bundled, &bytes) {
            Err(error) => (
                error.errors.iter().map(ToString::to_string).collect(),
                Vec::new(),
            ),
            Ok((_, None)) => (vec![READ_AS_DATA_FILE.to_owned()], Vec::new()),
            Ok((dataset, Some(summary))) => {
                keeps_the_bundled_items(&bundled, &dataset, &summary);
                let warnings = dataset
                    .warnings
                    .iter()
                    .map(|w| format!("warning: {w}"))
                    .collect();
                (vec![summary.sentence()], warnings)
            }
        };
        for line in said.iter().chain(&warnings) {
            assert!(
                !line.contains('\n'),
                "{}: one line each: {line}",
                name(path)
            );
        }
        if let Ok(text) = std::str::from_utf8(&bytes) {
            assert_eq!(
                apply_overlay(&bundled, text),
                apply_overlay_bytes(&bundled, &bytes),
                "{}: text and bytes read alike",
                name(path)
            );
        }
        let Some(expected) = lines_beside(path, "expected") else {
            failures.push(format!("{}: no readable .expected", name(path)));
            continue;
        };
        let expected_warnings = lines_beside(path, "warnings").unwrap_or_default();
        if said != expected || warnings != expected_warnings {
            let show = |lines: &[String]| -> String {
                lines.iter().map(|l| format!("    {l}\n")).collect()
            };
            failures.push(format!(
                "{}: the lines differ from its .expected (and .warnings)\n  expected:\n{}{}  said:\n{}{}",
                name(path),
                show(&expected),
                show(&expected_warnings),
                show(&said),
                show(&warnings),
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} overlays fail:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn every_expected_file_has_its_overlay() {
    let orphans: Vec<String> = fs::read_dir(corpus_dir())
        .expect("the corpus directory")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e == "expected" || e == "warnings")
        })
        .filter(|p| !p.with_extension("json").exists())
        .map(|p| name(&p))
        .collect();
    assert!(orphans.is_empty(), "no .json for {orphans:?}");
}

/// The overlay that adds one agreement adds exactly that: the agreement, between the regions
/// it names, and nothing else.
#[test]
fn the_added_agreement_is_in_the_merged_data() {
    let bundled = bundled();
    let bytes = fs::read(corpus_dir().join("01-adds-one-agreement.json")).expect("case 01");
    let (dataset, summary) = apply_overlay_bytes(&bundled, &bytes).expect("case 01 applies");
    assert_eq!(summary.title, "Piedmont's own agreements");
    assert_eq!(dataset.agreements.len(), bundled.agreements.len() + 1);
    let added = dataset.agreements.last().expect("an agreement");
    assert_eq!(added.id, "piedmont-bavaria-declaration-2025");
    let parties: Vec<&str> = added
        .parties
        .iter()
        .map(|&p| dataset.region(p).id.as_str())
        .collect();
    assert_eq!(parties, ["ITC1", "DE2"]);
    assert_eq!(dataset.regions.len(), bundled.regions.len());
    assert_eq!(dataset.networks.len(), bundled.networks.len());
}

/// The example of `docs/data-format.md` ("Adding to the bundled data: overlay files") applies
/// to the bundled data, and the page's sentence about it is the one the page quotes.
#[test]
fn the_example_of_the_data_format_page_applies() {
    let page = include_str!("../../../docs/data-format.md");
    let section = page
        .split_once("## Adding to the bundled data: overlay files")
        .expect("the section")
        .1;
    let example = section
        .split_once("```json\n")
        .and_then(|(_, rest)| rest.split_once("```"))
        .expect("a JSON example")
        .0;
    let (dataset, summary) = apply_overlay(&bundled(), example).unwrap_or_else(|e| panic!("{e}"));
    let sentence = summary.sentence();
    assert_eq!(
        sentence,
        "adds 1 agreement, 1 membership, 1 region and 1 source; removes 1 agreement"
    );
    let quoted = section.replace('\n', " ");
    assert!(
        quoted.contains(&format!("\"{sentence}\"")),
        "the page quotes {sentence:?}"
    );
    assert!(dataset.warnings.is_empty(), "{:?}", dataset.warnings);
}
