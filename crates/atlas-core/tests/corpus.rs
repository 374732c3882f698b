//! The corpus of bad data in `tests/corpus/` (at the repository root): for every `NN-name.json`,
//! the loader must say exactly the lines of `NN-name.expected`, or load the file when that holds
//! the single line `ok`. A file that loads must have exactly the warnings of `NN-name.warnings`
//! (none without that file). Files that load are then shown: graph, layout, scene, hit test,
//! tooltips and search must not panic on them. See `tests/corpus/README.md`.

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use atlas_core::describe::every_tooltip;
use atlas_core::hit::hit_test;
use atlas_core::i18n::Lang;
use atlas_core::layout::{geographic_layout, hub_positions, network_layout, Placement};
use atlas_core::projection::MapPointKm;
use atlas_core::scene::{build_scene, DrawMode, Focus, SceneInput};
use atlas_core::search::search;
use atlas_core::viewport::{ScreenPointPx, Viewport};
use atlas_core::{derive_graph, parse_dataset, parse_dataset_bytes, Dataset, GraphQuery};
use atlas_core::{Problem, MAX_FILE_BYTES};

/// The fewest cases the corpus may hold: a guard against a lost or emptied directory.
const MIN_CASES: usize = 40;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

/// Every `*.json` of the corpus with its `.expected` lines, sorted by name.
fn cases() -> Vec<(PathBuf, Vec<String>)> {
    let dir = corpus_dir();
    let mut json: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the corpus {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    json.sort();
    json.into_iter()
        .map(|path| {
            let expected_path = path.with_extension("expected");
            let text = fs::read_to_string(&expected_path).unwrap_or_else(|e| {
                panic!(
                    "{} has no readable {}: {e}; write the lines the loader must say, or `ok`",
                    path.display(),
                    expected_path.display()
                )
            });
            let lines: Vec<String> = text.lines().map(str::to_owned).collect();
            assert!(
                !lines.is_empty() && lines.iter().all(|l| !l.trim().is_empty()),
                "{} must hold `ok` or one problem per line, without blank lines",
                expected_path.display()
            );
            (path, lines)
        })
        .collect()
}

/// The warnings a file that loads must have, as `atlas validate` prints them: the lines of its
/// `.warnings` file, or none without one.
fn expected_warnings(path: &Path) -> Vec<String> {
    match fs::read_to_string(path.with_extension("warnings")) {
        Ok(text) => text.lines().map(str::to_owned).collect(),
        Err(_) => Vec::new(),
    }
}

fn name(path: &Path) -> String {
    format!(
        "tests/corpus/{}",
        path.file_name().unwrap_or_default().to_string_lossy()
    )
}

/// A line-by-line diff: `-` for lines expected but not said, `+` for lines said but not expected.
fn diff(expected: &[String], actual: &[String]) -> String {
    let (n, m) = (expected.len(), actual.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if expected[i] == actual[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < n || j < m {
        if i < n && j < m && expected[i] == actual[j] {
            out += &format!("    {}\n", expected[i]);
            (i, j) = (i + 1, j + 1);
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out += &format!("  + {}\n", actual[j]);
            j += 1;
        } else {
            out += &format!("  - {}\n", expected[i]);
            i += 1;
        }
    }
    out
}

/// Does with a loaded dataset what the app does to show it, so that a file that loads is also
/// a file that can be drawn. Returns a few of the produced strings for checks.
fn show(dataset: &Dataset) -> Vec<String> {
    let (first, last) = dataset.year_bounds();
    let query = GraphQuery {
        sectors: Default::default(),
        from_year: first,
        to_year: last.max(dataset.updated.year),
        ..Default::default()
    };
    let graph = derive_graph(dataset, &query);
    let geography = geographic_layout(dataset);
    let geo = Placement {
        hubs: hub_positions(&graph, &geography.positions),
        regions: geography.positions.clone(),
    };
    let mut shown = Vec::new();
    for draw in [DrawMode::Pairs, DrawMode::Hubs] {
        let placement = match geography.bounds() {
            Some(frame) => network_layout(&graph, &geo, draw, 0.0, frame),
            None => geo.clone(),
        };
        let finite = |p: &MapPointKm| p.x_km.is_finite() && p.y_km.is_finite();
        assert!(
            placement.regions.iter().all(finite) && placement.hubs.values().all(finite),
            "the network layout gave a point that is not a number"
        );
        let scene = build_scene(&SceneInput {
            dataset,
            graph: &graph,
            query: &query,
            region_positions: &placement.regions,
            hub_positions: &placement.hubs,
            draw,
            focus: Focus::None,
            highlight_years: Some((last, last)),
            size_factor: 1.0,
            lang: "en",
            spotlight: None,
        });
        if let Some(bounds) = geography.bounds() {
            let viewport = Viewport::fit(bounds, 800.0, 600.0, 20.0);
            for node in &scene.nodes {
                let at = viewport.screen_from_map(node.center);
                assert!(
                    hit_test(&scene, &viewport, at).is_some(),
                    "a drawn node can be pointed at"
                );
            }
            hit_test(&scene, &viewport, ScreenPointPx::new(400.0, 300.0));
        }
    }
    for lang in [Lang::En, Lang::It] {
        for lines in every_tooltip(dataset, &graph, lang) {
            shown.push(lines.join("\n"));
        }
    }
    for region in &dataset.regions {
        search(dataset, region.names.get("en"), 10);
        search(dataset, &region.id, 10);
    }
    shown
}

#[test]
fn every_corpus_file_gets_exactly_its_expected_lines() {
    let cases = cases();
    assert!(
        cases.len() >= MIN_CASES,
        "the corpus in {} holds {} cases; it should hold at least {MIN_CASES}",
        corpus_dir().display(),
        cases.len()
    );
    let mut failures = Vec::new();
    let (mut loaded, mut refused) = (0, 0);
    for (path, expected) in &cases {
        let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let outcome = catch_unwind(AssertUnwindSafe(|| match parse_dataset_bytes(&bytes) {
            Ok(dataset) => {
                show(&dataset);
                let warnings = dataset.warnings.iter().map(|w| format!("warning: {w}"));
                (vec!["ok".to_owned()], warnings.collect())
            }
            Err(error) => (
                error.errors.iter().map(ToString::to_string).collect(),
                Vec::new(),
            ),
        }));
        let Ok((actual, warnings)) = outcome else {
            failures.push(format!(
                "{}: the loader or the display PANICKED (see the message above)",
                name(path)
            ));
            continue;
        };
        if actual == ["ok"] {
            loaded += 1;
        } else {
            refused += 1;
        }
        if &actual != expected {
            failures.push(format!(
                "{}: the loader's lines differ from {} (- expected, + said):\n{}",
                name(path),
                name(&path.with_extension("expected")),
                diff(expected, &actual)
            ));
        }
        let warnings_path = path.with_extension("warnings");
        if actual != ["ok"] && warnings_path.exists() {
            failures.push(format!(
                "{}: a refused file has no warnings to check; remove it",
                name(&warnings_path)
            ));
        }
        let expected_warnings = expected_warnings(path);
        if actual == ["ok"] && warnings != expected_warnings {
            failures.push(format!(
                "{}: the warnings differ from {} (- expected, + said):\n{}",
                name(path),
                name(&warnings_path),
                diff(&expected_warnings, &warnings)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} corpus files fail:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    // Both kinds must be there: a loader that refused (or accepted) everything cannot pass.
    assert!(
        loaded >= 5 && refused >= MIN_CASES - 10,
        "{loaded} loaded, {refused} refused"
    );
}

#[test]
fn every_expected_file_has_its_data_file() {
    let dir = corpus_dir();
    let orphans: Vec<String> = fs::read_dir(&dir)
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

#[test]
fn case_names_are_numbered_and_unique() {
    let cases = cases();
    let mut numbers: Vec<&str> = Vec::new();
    for (path, _) in &cases {
        let file = path.file_name().unwrap().to_str().expect("a UTF-8 name");
        let (number, rest) = file.split_at(2);
        assert!(
            number.bytes().all(|b| b.is_ascii_digit()) && rest.starts_with('-'),
            "{file}: name cases NN-short-name.json"
        );
        assert!(!numbers.contains(&number), "two cases numbered {number}");
        numbers.push(number);
    }
}

/// Text shown to people is kept as it was written (the app shows it as text, never as HTML);
/// the loader neither drops nor escapes markup.
#[test]
fn html_is_kept_as_text_for_the_app_to_show() {
    let bytes = fs::read(corpus_dir().join("58-html-in-every-text-field.json")).expect("case 58");
    let dataset = parse_dataset_bytes(&bytes).expect("case 58 loads");
    assert!(dataset.title.starts_with("<script>alert(1)</script>"));
    assert!(dataset.networks[0]
        .known_gaps
        .get("en")
        .contains("<img src=x onerror=alert(3)>"));
    let shown = show(&dataset);
    assert!(
        shown
            .iter()
            .any(|s| s.contains("<script>alert(1)</script><b onmouseover=alert(2)>x</b>")),
        "{shown:#?}"
    );
}

/// A file over the limit is refused by its size before anything reads it; the 20 MB file is
/// made in memory rather than kept in the repository.
#[test]
fn a_20_mb_file_is_refused_as_too_large() {
    const TWENTY_MB: usize = 20 * 1024 * 1024;
    let small = include_str!("fixtures/small.json");
    let mut text = String::with_capacity(TWENTY_MB);
    text.push_str(small.trim_end().strip_suffix('}').expect("an object"));
    text.push_str(", \"padding\": \"");
    while text.len() < TWENTY_MB - 3 {
        text.push_str("twenty megabytes of notes ");
    }
    text.truncate(TWENTY_MB - 3);
    text.push_str("\"}\n");
    assert_eq!(text.len(), TWENTY_MB);
    let expected = "the file is 20971520 bytes; the atlas reads files up to 16777216 bytes";
    for errors in [
        parse_dataset_bytes(text.as_bytes()).unwrap_err().errors,
        parse_dataset(&text).unwrap_err().errors,
    ] {
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(matches!(errors[0].problem, Problem::TooLarge { .. }));
        assert_eq!(errors[0].to_string(), expected);
    }
}

/// Just under the limit, a file is read: the limit is on size, not on what fills it.
#[test]
fn a_file_at_the_limit_is_read() {
    let small = include_str!("fixtures/small.json");
    let mut text = small.trim_end().to_owned();
    text.push_str(&" ".repeat(MAX_FILE_BYTES - text.len()));
    assert_eq!(text.len(), MAX_FILE_BYTES);
    parse_dataset_bytes(text.as_bytes()).expect("a file of exactly the limit loads");
    text.push(' ');
    assert!(parse_dataset_bytes(text.as_bytes()).is_err());
}
