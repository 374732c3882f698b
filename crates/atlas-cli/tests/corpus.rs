//! `atlas validate` on every file of the corpus of bad data (`tests/corpus/` at the repository
//! root): it exits 0 exactly for the files whose `.expected` says `ok`, with exactly the
//! warnings of their `.warnings` file (and, with `--deny-warnings`, exits 0 only without
//! warnings); prints every expected line on standard error otherwise, and never crashes (a
//! panic exits with 101).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const MIN_CASES: usize = 40;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

#[test]
fn atlas_validate_reports_every_corpus_file_without_crashing() {
    let dir = corpus_dir();
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the corpus {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= MIN_CASES,
        "the corpus in {} holds {} cases; it should hold at least {MIN_CASES}",
        dir.display(),
        files.len()
    );
    let mut failures = Vec::new();
    let (mut passed, mut refused) = (0, 0);
    for file in &files {
        let name = format!(
            "tests/corpus/{}",
            file.file_name().unwrap_or_default().to_string_lossy()
        );
        let expected_text = fs::read_to_string(file.with_extension("expected"))
            .unwrap_or_else(|e| panic!("{name}: no readable .expected: {e}"));
        let expected: Vec<&str> = expected_text.lines().collect();
        assert!(!expected.is_empty(), "{name}: empty .expected");
        let warnings_text = fs::read_to_string(file.with_extension("warnings")).unwrap_or_default();
        let warnings: Vec<&str> = warnings_text.lines().collect();
        let output = Command::new(env!("CARGO_BIN_EXE_atlas"))
            .arg("validate")
            .arg(file)
            .output()
            .unwrap_or_else(|e| panic!("cannot run atlas: {e}"));
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stdout = String::from_utf8_lossy(&output.stdout);
        let said = format!("stdout:\n{stdout}stderr:\n{stderr}");
        match output.status.code() {
            None => failures.push(format!(
                "{name}: atlas was killed by a signal ({})\n{said}",
                output.status
            )),
            Some(101) => failures.push(format!("{name}: atlas PANICKED\n{said}")),
            Some(0) if expected == ["ok"] => {
                passed += 1;
                if !stdout.contains("no problems") {
                    failures.push(format!("{name}: exit 0 without \"no problems\"\n{said}"));
                }
                let said_warnings: Vec<&str> = stderr
                    .lines()
                    .filter(|l| l.starts_with("warning: "))
                    .collect();
                if said_warnings != warnings {
                    failures.push(format!(
                        "{name}: the warnings on stderr are not those of its .warnings file\n{said}"
                    ));
                }
                let denied = Command::new(env!("CARGO_BIN_EXE_atlas"))
                    .args(["validate", "--deny-warnings"])
                    .arg(file)
                    .output()
                    .unwrap_or_else(|e| panic!("cannot run atlas: {e}"));
                if denied.status.success() != warnings.is_empty() {
                    failures.push(format!(
                        "{name}: with --deny-warnings, {} warning(s) gave {}",
                        warnings.len(),
                        denied.status
                    ));
                }
            }
            Some(0) => failures.push(format!("{name}: exit 0, but it must be refused\n{said}")),
            Some(code) if expected == ["ok"] => {
                failures.push(format!("{name}: exit {code}, but it must load\n{said}"))
            }
            Some(_) => {
                refused += 1;
                let lines: Vec<&str> = stderr.lines().collect();
                for line in &expected {
                    if !lines.contains(line) {
                        failures.push(format!("{name}: stderr lacks the line\n  {line}\n{said}"));
                    }
                }
                let count = format!("{}: {} problem(s)", file.display(), expected.len());
                if lines.last() != Some(&count.as_str()) {
                    failures.push(format!(
                        "{name}: stderr should end with \"{count}\"\n{said}"
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problem(s) running atlas validate on the corpus:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        passed >= 5 && refused >= MIN_CASES - 10,
        "{passed} passed, {refused} refused"
    );
}
