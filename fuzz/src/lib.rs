//! What the fuzz targets share: valid data files to start from, a mutator that breaks them in
//! structured ways, and checks of what the core promises about its results.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};

mod look;
use atlas_core::dataset::RegionIdx;
use atlas_core::load::parse_raw;
use atlas_core::projection::MapPointKm;
use atlas_core::raw::RawDataset;
use atlas_core::scene::Scene;
use atlas_core::{parse_dataset, validate, Dataset, Graph, GraphQuery, LoadError};
pub use look::{show, Look};
use serde_json::Value;

/// The small test fixture and the bundled data file.
pub const SMALL: &str = include_str!("../../crates/atlas-core/tests/fixtures/small.json");
pub const BUNDLED: &str = include_str!("../../public/data/atlas.json");

/// The bundled data file, loaded once: what the story target checks stories against.
pub fn bundled_dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| parse_dataset(BUNDLED).expect("the bundled data loads"))
}

/// The bundled data file in its raw form, read once: what the overlay target applies overlays to.
pub fn bundled_raw() -> &'static RawDataset {
    static RAW: OnceLock<RawDataset> = OnceLock::new();
    RAW.get_or_init(|| parse_raw(BUNDLED).expect("the bundled data parses"))
}

struct Base {
    small: Value,
    bundled: Value,
    /// Every string of both files, plus values near the edges of what is valid.
    vocabulary: Vec<String>,
}

fn base() -> &'static Base {
    static BASE: OnceLock<Base> = OnceLock::new();
    BASE.get_or_init(|| {
        let value = |text: &str| {
            serde_json::to_value(parse_raw(text).expect("the base files parse"))
                .expect("a raw dataset serialises")
        };
        let (small, bundled) = (value(SMALL), value(BUNDLED));
        let mut strings = BTreeSet::new();
        collect_strings(&small, &mut strings);
        collect_strings(&bundled, &mut strings);
        for edge in EDGE_STRINGS {
            strings.insert((*edge).to_owned());
        }
        Base {
            small,
            bundled,
            vocabulary: strings.into_iter().collect(),
        }
    })
}

const EDGE_STRINGS: &[&str] = &[
    "",
    " ",
    "\t",
    "\u{a0}",
    "\u{feff}",
    "\u{0}",
    "\u{202e}",
    "é",
    "e\u{301}",
    "🇪🇺",
    "1899",
    "1900",
    "2100",
    "2101",
    "0000",
    "9999",
    "2024-02-29",
    "2023-02-29",
    "2024-00",
    "2024-13",
    "2024-01-00",
    "2024-12-31",
    "2024-1-1",
    "+202",
    "-2024",
    "2024-",
    "20245",
    "1.0",
    "1.1",
    "1.99",
    "2.0",
    "0.0",
    "1",
    "1.",
    ".1",
    "18446744073709551616.0",
    "ITC4",
    "ITC",
    "IT",
    "IT0",
    "CA-QC",
    "CA-",
    "-QC",
    "UK",
    "EL",
    "GR",
    "it",
    "en",
    "IT1",
    "UKL",
    "UKL2",
    "EL3",
    "javascript:x",
    "data:,x",
    "https://",
    "http://a",
    "https://a@b",
    "https://example.org",
    "#abcdef",
    "#ABCDEF",
    "#abcdeg",
    "mou",
    "declaration",
    "agreement",
    "alliance",
    "member",
    "associate",
    "observer",
    "president",
    "chair",
    "co-chair",
    "2024",
    "2016",
    "<script>",
    "a",
    "-a",
    "a-",
    "a..b",
];

fn collect_strings(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            out.insert(k.clone());
            collect_strings(v, out);
        }),
        _ => {}
    }
}

fn new_value(u: &mut Unstructured) -> Result<Value> {
    let vocabulary = &base().vocabulary;
    Ok(match u.int_in_range(0..=15)? {
        0..=6 => Value::String(u.choose(vocabulary)?.clone()),
        7 => Value::String(u.arbitrary()?),
        8 => Value::from(u.arbitrary::<i64>()?),
        9 => Value::from(u.int_in_range(-200..=300)?),
        10 => serde_json::Number::from_f64(u.arbitrary()?).map_or(Value::Null, Value::Number),
        11 => Value::Bool(u.arbitrary()?),
        12 => Value::Null,
        13 => Value::Array(Vec::new()),
        14 => Value::Object(Default::default()),
        _ => Value::Array(vec![Value::String(u.choose(vocabulary)?.clone())]),
    })
}

/// Changes one place of `value`: replaces a value, or removes, duplicates, swaps or renames.
fn mutate(value: &mut Value, u: &mut Unstructured) -> Result<()> {
    let descend = match value {
        Value::Object(map) => !map.is_empty() && u.ratio(7, 8)?,
        Value::Array(items) => !items.is_empty() && u.ratio(7, 8)?,
        _ => false,
    };
    if !descend {
        *value = new_value(u)?;
        return Ok(());
    }
    match value {
        Value::Object(map) => {
            let i = u.choose_index(map.len())?;
            let key = map.keys().nth(i).expect("in range").clone();
            match u.int_in_range(0..=15)? {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    let child = map.remove(&key).expect("present");
                    map.insert(u.choose(&base().vocabulary)?.clone(), child);
                }
                _ => mutate(map.get_mut(&key).expect("present"), u)?,
            }
        }
        Value::Array(items) => {
            let i = u.choose_index(items.len())?;
            match u.int_in_range(0..=11)? {
                0 => {
                    items.remove(i);
                }
                1 => {
                    let copy = items[i].clone();
                    items.insert(u.choose_index(items.len() + 1)?, copy);
                }
                2 => {
                    let j = u.choose_index(items.len())?;
                    items.swap(i, j);
                }
                _ => mutate(&mut items[i], u)?,
            }
        }
        _ => unreachable!("only containers are descended into"),
    }
    Ok(())
}

/// A data file in its raw form: one of the valid files, changed in up to `max_changes` places
/// (a JSON value replaced, removed, duplicated, moved), and then perhaps given coordinates and
/// levels JSON cannot carry (NaN, infinities). `None` when the change breaks its shape.
pub fn mutated_raw(u: &mut Unstructured, max_changes: u32) -> Result<Option<RawDataset>> {
    let base = base();
    // The bundled file is large and slow to copy: start from it less often.
    let mut value = if u.ratio(1, 12)? {
        base.bundled.clone()
    } else {
        base.small.clone()
    };
    for _ in 0..u.int_in_range(0..=max_changes)? {
        mutate(&mut value, u)?;
    }
    let Ok(mut raw) = serde_json::from_value::<RawDataset>(value) else {
        return Ok(None);
    };
    if !raw.regions.is_empty() && u.ratio(1, 8)? {
        let i = u.choose_index(raw.regions.len())?;
        let region = &mut raw.regions[i];
        match u.int_in_range(0..=3)? {
            0 => region.lat = u.arbitrary()?,
            1 => region.lon = u.arbitrary()?,
            2 => region.nuts_level = u.arbitrary()?,
            _ => region.outside_europe = !region.outside_europe,
        }
    }
    Ok(Some(raw))
}

/// With `ATLAS_FUZZ_DUMP=1`, prints the data file a structured input stands for, so that a
/// crash of `validate` or `derive` can be kept as a JSON case in `tests/corpus`.
pub fn dump(raw: &RawDataset) {
    static DUMP: OnceLock<bool> = OnceLock::new();
    if *DUMP.get_or_init(|| std::env::var_os("ATLAS_FUZZ_DUMP").is_some()) {
        // JSON has no NaN or infinity: serde_json writes them as null, so print those too.
        let odd: Vec<_> = raw
            .regions
            .iter()
            .filter(|r| !r.lat.is_finite() || !r.lon.is_finite())
            .map(|r| (&r.id, r.lat, r.lon))
            .collect();
        eprintln!(
            "{}\nnot finite: {odd:?}",
            serde_json::to_string_pretty(raw).unwrap_or_default()
        );
    }
}

/// Checks what a refusal promises: at least one problem, each a sentence.
pub fn check_refusal(error: &LoadError) {
    assert!(!error.errors.is_empty(), "a refusal without a problem");
    for e in &error.errors {
        let sentence = e.problem.to_string();
        assert!(!sentence.trim().is_empty(), "an empty sentence: {e:?}");
        let line = e.to_string();
        assert!(!line.contains('\n'), "one line: {line:?}");
        if !e.path.is_empty() {
            // Control characters of the path (a newline in a key) are shown escaped.
            let path: String = e
                .path
                .chars()
                .map(|c| match c.is_control() {
                    true => c.escape_default().to_string(),
                    false => c.to_string(),
                })
                .collect();
            assert!(line.starts_with(&format!("{path}: ")), "{line:?}");
        }
    }
    let _ = error.to_string();
}

/// Validates `raw` and checks the promises of validation: every problem says where it is; a
/// dataset that passes has the shape the rest of the core relies on, and (with `round_trip`,
/// the slow part) the same file written out and read back gives the same dataset.
pub fn check_validate(raw: &RawDataset, round_trip: bool) -> Option<Dataset> {
    match validate(raw) {
        Err(error) => {
            check_refusal(&error);
            for e in &error.errors {
                assert!(
                    !e.path.is_empty(),
                    "a validation problem without a path: {e}"
                );
            }
            None
        }
        Ok(dataset) => {
            check_dataset(&dataset);
            if !round_trip {
                return Some(dataset);
            }
            let text = serde_json::to_string(raw).expect("a valid raw dataset serialises");
            match parse_dataset(&text) {
                Ok(mut again) => {
                    // serde_json reads floats to within an ulp, not always exactly (its
                    // `float_roundtrip` feature would): 1e-304 degrees is no place on a map.
                    for (a, b) in again.regions.iter_mut().zip(&dataset.regions) {
                        let near = |x: f64, y: f64| (x - y).abs() <= 1e-12 * x.abs().max(1.0);
                        if near(a.position.lat_deg, b.position.lat_deg)
                            && near(a.position.lon_deg, b.position.lon_deg)
                        {
                            a.position = b.position;
                        }
                    }
                    assert_eq!(again, dataset, "written out and read back, it changed");
                }
                Err(e) => panic!("a valid dataset, written out, no longer loads:\n{e}"),
            }
            Some(dataset)
        }
    }
}

/// What a validated dataset guarantees to the code that draws it.
pub fn check_dataset(d: &Dataset) {
    let regions = d.regions.len();
    for r in &d.regions {
        assert!(r.position.lat_deg.is_finite() && r.position.lon_deg.is_finite());
        assert!(
            r.names.exact("en").is_some(),
            "region {} has no English name",
            r.id
        );
    }
    for n in &d.networks {
        assert!(
            n.members.len() >= 2,
            "network {} has fewer than two members",
            n.id
        );
        assert!(!n.sectors.is_empty() && !n.sources.is_empty());
        for m in &n.members {
            assert!(m.region.index() < regions);
        }
        for s in &n.sectors {
            assert!(s.index() < d.sectors.len());
        }
    }
    for a in &d.agreements {
        let distinct: BTreeSet<_> = a.parties.iter().collect();
        assert!(distinct.len() >= 2 && distinct.len() == a.parties.len());
        assert!(a.parties.iter().all(|p| p.index() < regions));
        assert!(!a.sectors.is_empty() && !a.sources.is_empty());
    }
}

/// What the derived graph promises (see `graph.rs`): sorted, `a < b`, ties in the filter.
pub fn check_graph(d: &Dataset, query: &GraphQuery, g: &Graph) {
    for pair in g.edges.windows(2) {
        assert!(
            (pair[0].a, pair[0].b) < (pair[1].a, pair[1].b),
            "edges unsorted"
        );
    }
    let mut in_edges = BTreeSet::new();
    for e in &g.edges {
        assert!(e.a < e.b, "an edge from a region to itself or reversed");
        assert!(!e.ties.is_empty());
        for t in &e.ties {
            assert!(t.span.overlaps(query.from_year, query.to_year));
            assert!(query.sectors_match(atlas_core::graph::tie_sectors(d, t.source)));
        }
        assert_eq!(g.edge(e.a, e.b), Some(e));
        in_edges.insert(e.a);
        in_edges.insert(e.b);
    }
    let nodes: BTreeSet<RegionIdx> = g.nodes.iter().map(|n| n.region).collect();
    assert_eq!(nodes, in_edges, "nodes are exactly the regions with ties");
    let ties: u64 = g.nodes.iter().map(|n| u64::from(n.ties)).sum();
    assert_eq!(ties, 2 * g.tie_count() as u64);
    for h in &g.hubs {
        assert!(h.members.len() >= 2);
    }
}

fn finite(p: MapPointKm) -> bool {
    p.x_km.is_finite() && p.y_km.is_finite()
}

fn check_scene(scene: &Scene) {
    for n in &scene.nodes {
        assert!(finite(n.center) && n.radius_px.is_finite(), "{n:?}");
    }
    for h in &scene.hubs {
        assert!(finite(h.center) && h.half_size_px.is_finite(), "{h:?}");
    }
    for e in &scene.edges {
        assert!(finite(e.from) && finite(e.to), "{e:?}");
        for s in &e.strands {
            assert!(finite(s.control) && s.width_px.is_finite(), "{e:?}");
        }
    }
}
