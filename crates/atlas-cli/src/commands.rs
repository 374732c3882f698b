//! The commands of `atlas`.

use std::path::Path;

use atlas_core::export::{edges_csv, geojson, gexf, graphml, ExportInput};
use atlas_core::load::parse_raw;
use atlas_core::{derive_graph, parse_dataset_bytes, validate, DataError, Dataset, ViewState};

use crate::cli::{Command, ExportArgs, ExportFormat};
use crate::{basemap, tables};

/// Runs `command`; the error is the message for standard error (the tool then exits 1).
pub fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Validate {
            file,
            deny_warnings,
        } => validate_file(&file, deny_warnings),
        Command::Import { dir, out } => import(&dir, &out),
        Command::Tables { file, dir } => write_tables(&file, &dir),
        Command::Export(args) => export(&args),
        Command::Schema => {
            println!("{}", schema_json());
            Ok(())
        }
        Command::Basemap { topojson, out } => basemap::build_file(&topojson, &out),
        Command::Generate(args) => {
            crate::generate::run(args.seed, args.regions, args.ties, args.out.as_deref())
        }
    }
}

fn read_dataset(file: &str) -> Result<Dataset, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{file}: cannot read the file: {e}"))?;
    parse_dataset_bytes(&bytes).map_err(|error| {
        error
            .errors
            .iter()
            .map(|e| format!("{e}\n"))
            .collect::<String>()
            + &format!("{file}: {} problem(s)\n", error.errors.len())
    })
}

/// `atlas validate FILE [--deny-warnings]`: problems refuse the file; warnings (weak sources)
/// are printed as `warning: path: sentence` and refuse it only with `--deny-warnings`.
fn validate_file(file: &str, deny_warnings: bool) -> Result<(), String> {
    let dataset = read_dataset(file)?;
    for warning in &dataset.warnings {
        eprintln!("warning: {warning}");
    }
    let memberships: usize = dataset.networks.iter().map(|n| n.members.len()).sum();
    println!(
        "{file}: no problems: {} regions, {} networks ({memberships} memberships), {} agreements, {} sources",
        dataset.regions.len(),
        dataset.networks.len(),
        dataset.agreements.len(),
        dataset.sources.len()
    );
    if !dataset.warnings.is_empty() {
        let count = format!("{file}: {} warning(s)", dataset.warnings.len());
        if deny_warnings {
            return Err(format!("{count}, refused by --deny-warnings"));
        }
        eprintln!("{count}");
    }
    Ok(())
}

fn import(dir: &str, out: &str) -> Result<(), String> {
    let (raw, origins) = tables::read_tables(Path::new(dir))?;
    let located = |e: &DataError| match origins.locate(&e.path) {
        Some(place) => format!("{place} ({}): {}", e.path, e.problem),
        None => e.to_string(),
    };
    let dataset = validate(&raw).map_err(|error| {
        let lines: String = error.errors.iter().map(|e| located(e) + "\n").collect();
        format!(
            "{lines}{dir}: {} problem(s); {out} was not written\n",
            error.errors.len()
        )
    })?;
    for warning in &dataset.warnings {
        eprintln!("warning: {}", located(warning));
    }
    let json = serde_json::to_string_pretty(&raw).map_err(|e| e.to_string())?;
    std::fs::write(out, json + "\n").map_err(|e| format!("{out}: cannot write: {e}"))?;
    println!("{out}: written from {dir}");
    Ok(())
}

fn write_tables(file: &str, dir: &str) -> Result<(), String> {
    // Check first: tables of a broken file would only move the problems into a spreadsheet.
    read_dataset(file)?;
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let raw = parse_raw(&text).map_err(|e| e.to_string())?;
    tables::write_tables(&raw, Path::new(dir))?;
    println!("{dir}: {} tables written from {file}", tables::TABLES.len());
    Ok(())
}

/// `atlas export FILE --format F [--sectors a,b] [--from YEAR] [--to YEAR] [--lang L] [--out OUT]`.
fn export(args: &ExportArgs) -> Result<(), String> {
    let dataset = read_dataset(&args.file)?;
    // The filter options are the app's link parameters, read by the same code.
    let query_string: String = [
        ("sectors", &args.sectors),
        ("from", &args.from),
        ("to", &args.to),
    ]
    .iter()
    .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}")))
    .collect::<Vec<_>>()
    .join("&");
    let (view, warnings) = ViewState::parse_query(&query_string);
    let (first, last) = dataset.year_bounds();
    let (query, resolve_warnings) = view.resolve(&dataset, first, last.max(dataset.updated.year));
    if let Some(warning) = warnings
        .iter()
        .map(ToString::to_string)
        .chain(resolve_warnings.iter().map(ToString::to_string))
        .next()
    {
        return Err(format!("cannot use the filter: {warning}"));
    }
    let graph = derive_graph(&dataset, &query);
    let input = ExportInput {
        dataset: &dataset,
        graph: &graph,
        query: &query,
        lang: &args.lang,
    };
    let text = match args.format {
        ExportFormat::Gexf => gexf(&input),
        ExportFormat::Graphml => graphml(&input),
        ExportFormat::Csv => edges_csv(&input),
        ExportFormat::Geojson => geojson(&input),
    };
    match &args.out {
        Some(out) => {
            std::fs::write(out, &text).map_err(|e| format!("{out}: cannot write: {e}"))?;
            eprintln!(
                "{out}: {} regions, {} edges, {} ties",
                graph.nodes.len(),
                graph.edges.len(),
                graph.tie_count()
            );
        }
        None => print!("{text}"),
    }
    Ok(())
}

/// The JSON Schema of the data format, generated from the raw types.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(atlas_core::raw::RawDataset);
    serde_json::to_string_pretty(&schema).expect("a schema serialises")
}
