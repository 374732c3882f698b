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
        Command::FirstPicture {
            file,
            basemap,
            out,
            year,
        } => first_picture(&file, &basemap, &out, year.unwrap_or_else(this_year)),
    }
}

/// `atlas first-picture FILE BASEMAP OUT`: the SVG `index.html` shows while the app loads.
fn first_picture(file: &str, basemap: &str, out: &str, year: i32) -> Result<(), String> {
    let svg = first_picture_of_files(file, basemap, year)?;
    std::fs::write(out, &svg).map_err(|e| format!("{out}: cannot write the file: {e}"))?;
    println!("{out}: {} bytes", svg.len());
    Ok(())
}

/// The first picture of the data file `file` over the basemap file `basemap`.
pub fn first_picture_of_files(file: &str, basemap: &str, year: i32) -> Result<String, String> {
    let dataset = read_dataset(file)?;
    let bytes =
        std::fs::read(basemap).map_err(|e| format!("{basemap}: cannot read the file: {e}"))?;
    let basemap: atlas_core::basemap::Basemap = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{basemap}: not a basemap file: {e}"))?;
    Ok(atlas_core::first_picture::first_picture_svg(
        &dataset,
        Some(&basemap),
        year,
    ))
}

/// This year (UTC), from the system clock.
pub fn this_year() -> i32 {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Howard Hinnant's days-to-civil, the year part.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2)) as i32
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

#[cfg(test)]
mod first_picture_tests {
    use super::*;

    #[test]
    fn the_first_picture_the_page_carries_is_that_of_the_bundled_data() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let drawn = first_picture_of_files(
            &format!("{root}/public/data/atlas.json"),
            &format!("{root}/public/basemap/europe.json"),
            this_year(),
        )
        .unwrap();
        let carried = std::fs::read_to_string(format!("{root}/public/first-picture.svg")).unwrap();
        assert!(
            carried == drawn,
            "public/first-picture.svg is not the map of public/data/atlas.json: run `make first-picture`"
        );
        assert!(drawn.contains("data-draw=\"hubs\"") && drawn.contains("data-draw=\"pairs\""));
    }

    #[test]
    fn this_year_is_read_from_the_clock() {
        let year = this_year();
        assert!((2026..2100).contains(&year), "{year}");
    }
}
