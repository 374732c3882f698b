//! `atlas`: the command-line tool over the core. No second implementation: every command calls
//! `atlas-core`, so the tool and the app agree on what a valid file is.
//!
//! ```text
//! cargo run -p atlas-cli -- validate public/data/atlas.json
//! cargo run -p atlas-cli -- basemap node_modules/world-atlas/countries-50m.json public/basemap/europe.json
//! ```

mod basemap;
mod simplify;
mod topojson;

use std::process::ExitCode;

const USAGE: &str = "\
usage: atlas <command> [arguments]

commands:
  validate FILE            check a data file; prints every problem as `path: sentence`
  basemap TOPOJSON OUT     build the basemap from Natural Earth countries (world-atlas TopoJSON)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["validate", file] => validate(file),
        ["basemap", topojson, out] => basemap::build_file(topojson, out),
        ["help" | "--help" | "-h"] => {
            print!("{USAGE}");
            Ok(())
        }
        _ => Err(format!(
            "unrecognised arguments: {}\n\n{USAGE}",
            args.join(" ")
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprint!("{message}");
            if !message.ends_with('\n') {
                eprintln!();
            }
            ExitCode::FAILURE
        }
    }
}

fn validate(file: &str) -> Result<(), String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{file}: cannot read the file: {e}"))?;
    match atlas_core::parse_dataset_bytes(&bytes) {
        Ok(dataset) => {
            let ties: usize = dataset.networks.iter().map(|n| n.members.len()).sum();
            println!(
                "{file}: no problems: {} regions, {} networks ({} memberships), {} agreements, {} sources",
                dataset.regions.len(),
                dataset.networks.len(),
                ties,
                dataset.agreements.len(),
                dataset.sources.len()
            );
            Ok(())
        }
        Err(error) => Err(error
            .errors
            .iter()
            .map(|e| format!("{e}\n"))
            .collect::<String>()
            + &format!("{file}: {} problem(s)\n", error.errors.len())),
    }
}
