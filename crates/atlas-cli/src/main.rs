//! `atlas`: the command-line tool over the core. No second implementation: every command calls
//! `atlas-core`, so the tool and the app agree on what a valid file is and what the network is.
//!
//! ```text
//! cargo run -p atlas-cli -- validate public/data/atlas.json
//! cargo run -p atlas-cli -- import data/tables public/data/atlas.json
//! cargo run -p atlas-cli -- export public/data/atlas.json --format gexf --out atlas.gexf
//! ```

mod args;
mod basemap;
mod commands;
mod generate;
mod simplify;
mod tables;
mod topojson;

use std::process::ExitCode;

pub const USAGE: &str = "\
usage: atlas <command> [arguments]

commands:
  validate FILE [--deny-warnings]
                            check a data file; prints every problem as `path: sentence` and
                            exits non-zero if there is one; prints what is weak in its sources
                            as `warning: path: sentence` (refused too with --deny-warnings)
  import DIR OUT            build a data file from the spreadsheet tables in DIR (CSV),
                            check it, and write it to OUT only if it has no problems
  tables FILE DIR           write a data file as spreadsheet tables (CSV) into DIR
  export FILE --format F    write the network as F = gexf (Gephi), graphml (Cytoscape) or csv
         [--sectors a,b] [--from YEAR] [--to YEAR] [--lang en] [--out OUT]
                            (to standard output without --out)
  schema                    print the JSON Schema of the data format
  basemap TOPOJSON OUT      build the basemap from Natural Earth countries (world-atlas TopoJSON)
  generate --seed S --regions N --ties M [--out FILE]
                            write a synthetic data file for the benchmark (not real data)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match commands::run(&args) {
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
