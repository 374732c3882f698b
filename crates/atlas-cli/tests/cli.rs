//! The `atlas` binary as a user runs it: exit codes, messages, files.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn atlas(args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_atlas"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("atlas runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn temp(name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("atlas-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    let _ = std::fs::remove_file(&path);
    path
}

#[test]
fn the_bundled_file_has_no_problems() {
    let (ok, out, err) = atlas(&["validate", "public/data/atlas.json"]);
    assert!(ok, "{err}");
    assert!(out.contains("no problems"), "{out}");
}

#[test]
fn a_broken_copy_reports_each_problem_with_its_path_and_fails() {
    let text = std::fs::read_to_string(repo().join("public/data/atlas.json")).unwrap();
    let broken = text
        .replacen(
            "\"signed\": \"2026-03-03\"",
            "\"signed\": \"2026-02-30\"",
            1,
        )
        .replacen("\"color\": \"#d55e00\"", "\"color\": \"crimson\"", 1);
    assert_ne!(broken, text);
    let path = temp("broken.json");
    std::fs::write(&path, broken).unwrap();
    let (ok, _, err) = atlas(&["validate", path.to_str().unwrap()]);
    assert!(!ok);
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("sectors[0].color: ") && l.contains("crimson")),
        "{err}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("agreements[")
            && l.contains(".signed: ")
            && l.contains("2026-02-30")),
        "{err}"
    );
    assert!(err.contains("2 problem(s)"), "{err}");
}

#[test]
fn the_shipped_tables_import_to_the_bundled_file() {
    let out = temp("imported.json");
    let (ok, _, err) = atlas(&["import", "data/tables", out.to_str().unwrap()]);
    assert!(ok, "{err}");
    let imported = atlas_core::load::parse_raw(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let bundled = atlas_core::load::parse_raw(
        &std::fs::read_to_string(repo().join("public/data/atlas.json")).unwrap(),
    )
    .unwrap();
    assert!(
        imported == bundled,
        "data/tables is out of date with public/data/atlas.json: run `make tables`"
    );
}

#[test]
fn the_shipped_tables_are_what_tables_writes_for_the_bundled_file() {
    let dir = temp("tables");
    let (ok, _, err) = atlas(&["tables", "public/data/atlas.json", dir.to_str().unwrap()]);
    assert!(ok, "{err}");
    for table in [
        "dataset",
        "sources",
        "sectors",
        "regions",
        "networks",
        "memberships",
        "presidencies",
        "agreements",
        "conflicts",
    ] {
        let fresh = std::fs::read_to_string(dir.join(format!("{table}.csv"))).unwrap();
        let shipped =
            std::fs::read_to_string(repo().join(format!("data/tables/{table}.csv"))).unwrap();
        assert!(
            fresh == shipped,
            "data/tables/{table}.csv is out of date: run `make tables`"
        );
    }
}

#[test]
fn import_reports_problems_by_table_and_line_and_writes_nothing() {
    let dir = temp("bad-tables");
    assert!(atlas(&["tables", "public/data/atlas.json", dir.to_str().unwrap()]).0);
    let memberships = dir.join("memberships.csv");
    let text = std::fs::read_to_string(&memberships).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    // The fourth line is the third membership: give it a region that does not exist.
    let (network, rest) = lines[3].split_once(',').unwrap();
    let (_, rest) = rest.split_once(',').unwrap();
    lines[3] = format!("{network},ITC9,{rest}");
    std::fs::write(&memberships, lines.join("\n") + "\n").unwrap();
    let out = temp("never.json");
    let (ok, _, err) = atlas(&["import", dir.to_str().unwrap(), out.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("memberships.csv line 4"), "{err}");
    assert!(err.contains("ITC9"), "{err}");
    assert!(!out.exists());
}

#[test]
fn exports_open_as_xml_and_csv_with_the_graph_counts() {
    for (format, marker) in [
        ("gexf", "<gexf"),
        ("graphml", "<graphml"),
        ("csv", "source,target"),
    ] {
        let out = temp(&format!("export.{format}"));
        let (ok, _, err) = atlas(&[
            "export",
            "public/data/atlas.json",
            "--format",
            format,
            "--sectors",
            "semiconductors",
            "--from",
            "2026",
            "--to",
            "2026",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(ok, "{err}");
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains(marker));
        // stderr says "N regions, M edges, K ties"; the file holds exactly that many.
        let summary = err.rsplit(": ").next().unwrap();
        let numbers: Vec<usize> = summary
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect();
        let (regions, edges) = (numbers[0], numbers[1]);
        match format {
            "gexf" => {
                assert_eq!(text.matches("<node ").count(), regions);
                assert_eq!(text.matches("<edge ").count(), edges);
            }
            "graphml" => {
                assert_eq!(text.matches("<node ").count(), regions);
                assert_eq!(text.matches("<edge ").count(), edges);
            }
            _ => assert_eq!(text.lines().count(), edges + 1),
        }
        assert!(
            text.contains("BE2") && text.contains("ITC4"),
            "Lombardy and Flanders in 2026"
        );
    }
}

#[test]
fn export_refuses_a_filter_it_cannot_read() {
    let (ok, _, err) = atlas(&[
        "export",
        "public/data/atlas.json",
        "--format",
        "csv",
        "--sectors",
        "space",
    ]);
    assert!(!ok);
    assert!(err.contains("\"space\""), "{err}");
}

#[test]
fn the_shipped_schema_is_up_to_date() {
    let (ok, out, _) = atlas(&["schema"]);
    assert!(ok);
    let shipped = std::fs::read_to_string(repo().join("public/data/atlas.schema.json")).unwrap();
    assert!(
        out == shipped,
        "public/data/atlas.schema.json is stale: run `make schema`"
    );
    assert!(out.contains("\"format_version\"") && out.contains("additionalProperties"));
}
