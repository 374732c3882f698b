//! The command line of `atlas`, declared with clap's derive: each command and option next to
//! its one-line help. clap reads the arguments (`--name value` and `--name=value`, options
//! before or after the positional arguments, the last of a repeated option wins), prints
//! `--help` for the tool and for each command and `--version`, and refuses a command line it
//! cannot read on standard error with exit code 2.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Checks, converts and exports Alliance Atlas data files, and builds the basemap.
#[derive(Debug, Parser)]
#[command(
    name = "atlas",
    version,
    args_override_self = true,
    arg_required_else_help = true,
    after_help = "\
Examples:
  atlas validate --deny-warnings public/data/atlas.json
  atlas import data/tables public/data/atlas.json
  atlas export public/data/atlas.json --format gexf --sectors semiconductors --out atlas.gexf
  atlas first-picture public/data/atlas.json public/basemap/europe.json public/first-picture.svg

Exit status: 0 when done; 1 when a file has problems or cannot be read or written, or a value
cannot be used (a sector not in the data, too few regions); 2 when the command line cannot be
read (an unknown option, a missing argument, a number that is not one)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The commands; each reads and writes the files it names.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a data file: print each problem (exit 1 if any) and each warning about its sources
    Validate {
        /// The data file (JSON) to check
        #[arg(value_name = "FILE")]
        file: String,
        /// Refuse the file (exit 1) when it has warnings too, not only problems
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Build a data file from spreadsheet tables (CSV), written only if it has no problems
    Import {
        /// The folder of CSV tables (dataset.csv, regions.csv, ...) as `atlas tables` writes them
        #[arg(value_name = "DIR")]
        dir: String,
        /// The data file (JSON) to write
        #[arg(value_name = "OUT")]
        out: String,
    },
    /// Write a data file as spreadsheet tables: one CSV file per kind of item
    Tables {
        /// The data file (JSON) to read; it must have no problems
        #[arg(value_name = "FILE")]
        file: String,
        /// The folder to write the CSV tables into (created if missing; its tables are replaced)
        #[arg(value_name = "DIR")]
        dir: String,
    },
    /// Write a data file's network, filtered like the app's links, as GEXF, GraphML, GeoJSON or CSV
    Export(ExportArgs),
    /// Print the JSON Schema of the data format on standard output
    Schema,
    /// Build the basemap (country outlines in the map's projection) from Natural Earth
    Basemap {
        /// Natural Earth countries as world-atlas TopoJSON (countries-50m.json)
        #[arg(value_name = "TOPOJSON")]
        topojson: String,
        /// The basemap file (JSON) to write, e.g. public/basemap/europe.json
        #[arg(value_name = "OUT")]
        out: String,
    },
    /// Write a synthetic, seeded data file for the performance benchmark (not real data)
    Generate(GenerateArgs),
    /// Draw the map as the atlas opens it, as SVG that index.html shows while the app loads
    FirstPicture {
        /// The data file (JSON) the atlas opens with; it must have no problems
        #[arg(value_name = "FILE")]
        file: String,
        /// The basemap file (JSON), as `atlas basemap` writes it
        #[arg(value_name = "BASEMAP")]
        basemap: String,
        /// The SVG file to write, e.g. public/first-picture.svg
        #[arg(value_name = "OUT")]
        out: String,
        /// The year the timeline runs to, as the app takes it from the clock (default: this year)
        #[arg(long, value_name = "YEAR")]
        year: Option<i32>,
    },
}

/// `atlas export`: what to export, in which format, through which filter.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The data file (JSON) to read; it must have no problems
    #[arg(value_name = "FILE")]
    pub file: String,
    /// The file format to write
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: ExportFormat,
    /// Keep only ties in these sectors: ids, comma-separated (automotive,energy)
    #[arg(long, value_name = "IDS")]
    pub sectors: Option<String>,
    /// Keep ties in force from this year on (default: the data's first year)
    #[arg(long, value_name = "YEAR")]
    pub from: Option<String>,
    /// Keep ties in force up to this year (default: the data's latest year)
    #[arg(long, value_name = "YEAR")]
    pub to: Option<String>,
    /// Language of names: en, it, de, fr... (else English)
    #[arg(long, value_name = "CODE", default_value = "en")]
    pub lang: String,
    /// Write to this file and print its counts; else to standard output
    #[arg(long, value_name = "OUT")]
    pub out: Option<String>,
}

/// The formats `atlas export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// GEXF for Gephi, with the map positions (EPSG:3035 kilometres)
    Gexf,
    /// GraphML for Cytoscape, yEd or NetworkX
    Graphml,
    /// GeoJSON for QGIS and other GIS: regions as points, tied pairs as lines (WGS 84)
    Geojson,
    /// CSV with one row per pair of regions
    Csv,
}

/// `atlas generate`: the size and seed of the synthetic file.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Seed of the random numbers (same seed and sizes, same bytes)
    #[arg(long, value_name = "S", default_value_t = 42)]
    pub seed: u64,
    /// Number of regions, 2 to 46,656
    #[arg(long, value_name = "N")]
    pub regions: usize,
    /// Number of ties (agreements between two regions)
    #[arg(long, value_name = "M")]
    pub ties: usize,
    /// Write to this file and print its size; without it, to standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<String>,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_declaration_is_consistent() {
        // clap's own checks: no two options with one name, every value name set, and so on.
        Cli::command().debug_assert();
    }

    #[test]
    fn options_read_in_either_form_and_in_any_place() {
        let cli = Cli::try_parse_from([
            "atlas",
            "export",
            "--format=csv",
            "file.json",
            "--to",
            "2026",
            "--to=2020",
        ])
        .unwrap();
        let Command::Export(export) = cli.command else {
            panic!("not export: {cli:?}");
        };
        assert_eq!(export.file, "file.json");
        assert_eq!(export.format, ExportFormat::Csv);
        assert_eq!(export.to.as_deref(), Some("2020"), "the last one wins");
        assert_eq!(export.lang, "en");
    }
}
