//! `atlas`: the command-line tool over the core. No second implementation: every command calls
//! `atlas-core`, so the tool and the app agree on what a valid file is and what the network is.
//!
//! ```text
//! cargo run -p atlas-cli -- validate public/data/atlas.json
//! cargo run -p atlas-cli -- import data/tables public/data/atlas.json
//! cargo run -p atlas-cli -- export public/data/atlas.json --format gexf --out atlas.gexf
//! cargo run -p atlas-cli -- --help
//! ```
//!
//! The command line is declared in [`cli`]; a file with problems exits 1, a command line that
//! cannot be read exits 2.

mod basemap;
mod cli;
mod commands;
mod generate;
mod simplify;
mod tables;
mod topojson;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::Cli;

fn main() -> ExitCode {
    // Usage errors, --help and --version end here (exit 2, 0 and 0), before any file is read.
    let cli = Cli::parse();
    match commands::run(cli.command) {
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
