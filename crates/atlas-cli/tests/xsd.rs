//! The GEXF and GraphML the atlas writes pass xmllint against the formats' published XSD
//! schemas (`tests/fixtures/xsd/`, where they came from is in its README).

use std::path::PathBuf;
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn export(format: &str, args: &[&str]) -> String {
    let out = std::env::temp_dir().join(format!(
        "atlas-xsd-{}-{format}-{}.xml",
        std::process::id(),
        args.join("_").replace(['=', ','], "-")
    ));
    let status = Command::new(env!("CARGO_BIN_EXE_atlas"))
        .current_dir(repo())
        .args([
            "export",
            "public/data/atlas.json",
            "--format",
            format,
            "--out",
        ])
        .arg(&out)
        .args(args)
        .output()
        .expect("atlas runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    std::fs::read_to_string(&out).unwrap()
}

/// Runs xmllint on `document` against `schema`; the errors, if any.
fn xmllint(schema: &str, document: &str, name: &str) -> Result<(), String> {
    let path = std::env::temp_dir().join(format!("atlas-xsd-{}-{name}", std::process::id()));
    std::fs::write(&path, document).unwrap();
    let output = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(repo().join(schema))
        .arg(&path)
        .output()
        .expect("xmllint is installed (make setup-test installs libxml2-utils)");
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

#[test]
fn graphml_passes_the_graphml_schema() {
    for args in [
        &[][..],
        &["--sectors", "semiconductors", "--from", "2020"][..],
    ] {
        let text = export("graphml", args);
        xmllint(
            "tests/fixtures/xsd/graphml-1.0/graphml.xsd",
            &text,
            "a.graphml",
        )
        .unwrap();
    }
}

#[test]
fn gexf_passes_the_gexf_1_3_schema() {
    for args in [&[][..], &["--sectors", "automotive", "--to", "2010"][..]] {
        let text = export("gexf", args);
        // The published 1.3 schema declares the visualisation elements (position, color, size)
        // in the GEXF namespace, while the GEXF primer, Gephi and sigma.js write and read them
        // in the viz namespace (`viz:position`), as the atlas does. The check moves them to
        // where the schema expects them and validates everything else as written.
        let as_schema = text
            .replace("<viz:", "<")
            .replace(" xmlns:viz=\"http://gexf.net/1.3/viz\"", "");
        assert!(text.contains("<viz:position"), "positions are written");
        xmllint("tests/fixtures/xsd/gexf-1.3/gexf.xsd", &as_schema, "a.gexf").unwrap();
    }
}

#[test]
fn a_broken_document_fails_the_check() {
    // The check can fail: a GraphML edge without a target is refused.
    let text = export("graphml", &[]).replacen(" target=\"", " to=\"", 1);
    assert!(xmllint(
        "tests/fixtures/xsd/graphml-1.0/graphml.xsd",
        &text,
        "bad.graphml"
    )
    .is_err());
    let text = export("gexf", &[]).replacen("version=\"1.3\"", "version=\"9\"", 1);
    assert!(xmllint("tests/fixtures/xsd/gexf-1.3/gexf.xsd", &text, "bad.gexf").is_err());
}
