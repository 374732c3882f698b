//! The `atlas` binary as a user runs it: exit codes, messages, files.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn atlas(args: &[&str]) -> (bool, String, String) {
    let (code, out, err) = atlas_exit(args);
    (code == Some(0), out, err)
}

/// Like [`atlas`], with the exit code (`None` if killed by a signal).
fn atlas_exit(args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_atlas"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("atlas runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Every command, with what its `--help` must show: its arguments, options and values.
const COMMANDS: [(&str, &[&str]); 8] = [
    ("validate", &["<FILE>", "--deny-warnings"]),
    ("import", &["<DIR>", "<OUT>"]),
    ("tables", &["<FILE>", "<DIR>"]),
    (
        "export",
        &[
            "<FILE>",
            "--format <FORMAT>",
            "gexf",
            "graphml",
            "geojson",
            "csv",
            "--sectors <IDS>",
            "--from <YEAR>",
            "--to <YEAR>",
            "--lang <CODE>",
            "--out <OUT>",
        ],
    ),
    ("schema", &[]),
    ("basemap", &["<TOPOJSON>", "<OUT>"]),
    (
        "generate",
        &["--seed <S>", "--regions <N>", "--ties <M>", "--out <FILE>"],
    ),
    (
        "first-picture",
        &["<FILE>", "<BASEMAP>", "<OUT>", "--year <YEAR>"],
    ),
];

/// The lines of the "Commands:" list of a help text: each a name and its sentence.
fn command_lines(help: &str) -> Vec<(String, String)> {
    help.lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .map(|l| {
            let (name, sentence) = l.trim().split_once(' ').unwrap_or((l.trim(), ""));
            (name.to_owned(), sentence.trim().to_owned())
        })
        .collect()
}

#[test]
fn help_lists_every_command_with_a_sentence() {
    let mut expected: Vec<&str> = COMMANDS.iter().map(|(name, _)| *name).collect();
    expected.push("help");
    for help in ["--help", "-h", "help"] {
        let (code, out, err) = atlas_exit(&[help]);
        assert_eq!(code, Some(0), "atlas {help}: {err}");
        let lines = command_lines(&out);
        let names: Vec<&str> = lines.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, expected, "atlas {help}:\n{out}");
        for (name, sentence) in &lines {
            assert!(
                sentence.split_whitespace().count() >= 4,
                "atlas {help}: {name} has no sentence:\n{out}"
            );
        }
    }
}

#[test]
fn each_commands_help_shows_its_options() {
    for (command, shown) in COMMANDS {
        for help in ["--help", "-h"] {
            let (code, out, err) = atlas_exit(&[command, help]);
            assert_eq!(code, Some(0), "atlas {command} {help}: {err}");
            assert!(
                out.contains(&format!("Usage: atlas {command}")),
                "atlas {command} {help}:\n{out}"
            );
            for item in shown {
                assert!(
                    out.contains(item),
                    "atlas {command} {help} lacks {item}:\n{out}"
                );
            }
        }
        let (code, out, _) = atlas_exit(&["help", command]);
        assert_eq!(code, Some(0));
        assert!(out.contains(&format!("Usage: atlas {command}")), "{out}");
    }
}

#[test]
fn version_prints_the_name_and_the_workspace_version() {
    for flag in ["--version", "-V"] {
        let (code, out, _) = atlas_exit(&[flag]);
        assert_eq!(code, Some(0));
        assert_eq!(out, format!("atlas {}\n", env!("CARGO_PKG_VERSION")));
    }
}

#[test]
fn a_command_line_it_cannot_read_exits_2_and_says_why() {
    for (args, says) in [
        (
            &["export", "public/data/atlas.json", "--colour", "red"][..],
            "unexpected argument '--colour'",
        ),
        (
            &["export", "public/data/atlas.json", "--fromat", "csv"][..],
            "a similar argument exists: '--format'",
        ),
        (
            &["export", "public/data/atlas.json", "--format", "svg"][..],
            "[possible values: gexf, graphml, geojson, csv]",
        ),
        (
            &["export", "public/data/atlas.json"][..],
            "required arguments were not provided:\n  --format <FORMAT>",
        ),
        (
            &["export", "public/data/atlas.json", "--format"][..],
            "a value is required for '--format <FORMAT>'",
        ),
        (&["validate"][..], "<FILE>"),
        (&["import", "data/tables"][..], "<OUT>"),
        (
            &["generate", "--regions", "many", "--ties", "3"][..],
            "invalid value 'many' for '--regions <N>'",
        ),
        (&["frobnicate"][..], "unrecognized subcommand 'frobnicate'"),
        (&[][..], "Commands:"),
    ] {
        let (code, out, err) = atlas_exit(args);
        assert_eq!(code, Some(2), "atlas {args:?}: {err}");
        assert!(
            out.is_empty(),
            "atlas {args:?} wrote to standard output: {out}"
        );
        assert!(
            err.contains(says),
            "atlas {args:?} should say {says:?}:\n{err}"
        );
    }
}

#[test]
fn a_file_it_cannot_use_exits_1() {
    let (code, _, err) = atlas_exit(&["validate", "no/such/file.json"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("no/such/file.json: cannot read the file"),
        "{err}"
    );
    let (code, _, err) = atlas_exit(&["generate", "--regions", "1", "--ties", "3"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("--regions must be from 2"), "{err}");
}

#[test]
fn options_read_the_same_in_either_form_and_before_the_file() {
    let (ok, spaced, err) = atlas(&[
        "export",
        "public/data/atlas.json",
        "--format",
        "csv",
        "--sectors",
        "semiconductors",
    ]);
    assert!(ok, "{err}");
    assert!(spaced.contains("source,target"), "{spaced}");
    let (ok, joined, err) = atlas(&[
        "export",
        "--format=csv",
        "--sectors=semiconductors",
        "public/data/atlas.json",
    ]);
    assert!(ok, "{err}");
    assert_eq!(joined, spaced);
    let (ok, everything, _) = atlas(&["export", "public/data/atlas.json", "--format=csv"]);
    assert!(ok);
    assert_ne!(everything, spaced, "the sector filter was applied");
}

#[test]
fn generate_writes_a_valid_file_and_the_seed_defaults_to_42() {
    let sizes = ["--regions", "60", "--ties", "200"];
    let (ok, default_seed, err) = atlas(&[&["generate"][..], &sizes].concat());
    assert!(ok, "{err}");
    let (_, seed_42, _) = atlas(&[&["generate", "--seed", "42"][..], &sizes].concat());
    let (_, seed_7, _) = atlas(&[&["generate", "--seed=7"][..], &sizes].concat());
    assert_eq!(default_seed, seed_42);
    assert_ne!(default_seed, seed_7);
    let dataset = atlas_core::parse_dataset_bytes(default_seed.as_bytes())
        .unwrap_or_else(|e| panic!("generated file is invalid: {:?}", e.errors));
    assert_eq!(dataset.regions.len(), 60);
    assert_eq!(dataset.agreements.len(), 200);
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
