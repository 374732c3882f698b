//! `atlas generate`: a synthetic, seeded data file for the performance benchmark (`bench/`).
//!
//! ```text
//! cargo run -p atlas-cli -- generate --seed 42 --regions 1000 --ties 10000 --out bench/data/G1.json
//! ```
//!
//! The file is a valid data file of the published format, so the app, the command-line tool and
//! the benchmark's peers all read it like the bundled one, but nothing in it is real: one source,
//! at an `example.org` address, says so in its title. Regions (`ZZ0AB`: country `ZZ`, NUTS
//! level 3) sit in clusters inside Europe (latitude 36 to 66, longitude -9 to 30); each tie is a
//! memorandum between two regions, most often of the same cluster, about one or two of the
//! bundled file's sectors, signed in a year from 1972 to 2026. The same seed always gives the
//! same bytes: the random numbers come from a splitmix64 generator and only basic arithmetic
//! (no platform maths library) turns them into positions. The JSON is compact, so that 10,000
//! regions and 100,000 ties stay under the loader's 16 MiB limit.

use std::collections::BTreeMap;

use atlas_core::raw::{RawAgreement, RawDataset, RawNames, RawRegion, RawSector, RawSource};

/// The bundled file's sectors (`public/data/atlas.json`), id, English label and colour; a test
/// checks the ids still match.
const SECTORS: [(&str, &str, &str); 13] = [
    ("automotive", "Automotive", "#d55e00"),
    ("aerospace", "Aerospace and space", "#56b4e9"),
    (
        "semiconductors",
        "Semiconductors and microelectronics",
        "#cc79a7",
    ),
    ("energy", "Energy and hydrogen", "#009e73"),
    ("chemicals", "Chemicals", "#e69f00"),
    ("logistics", "Logistics and transport", "#d55e00"),
    ("manufacturing", "Advanced manufacturing", "#0072b2"),
    ("digital", "Digital and AI", "#cc79a7"),
    ("research", "Research and innovation", "#666666"),
    ("life-sciences", "Life sciences and health", "#e69f00"),
    ("agrifood", "Agrifood", "#e69f00"),
    ("environment", "Environment and sustainability", "#009e73"),
    ("culture", "Culture and education", "#666666"),
];

/// The one source every item cites.
const SOURCE_ID: &str = "syn";
/// Regions per cluster, on average.
const CLUSTER_SIZE: usize = 40;
/// The share of ties between two regions of the same cluster.
const LOCAL_SHARE: f64 = 0.85;
/// Region ids are `ZZ` and three base-36 characters.
const MAX_REGIONS: usize = 36 * 36 * 36;
const FIRST_YEAR: u64 = 1972;
const LAST_YEAR: u64 = 2026;
/// Fixed, so that the bytes depend on the seed and the sizes only.
const UPDATED: &str = "2026-01-01";

/// splitmix64 (Steele, Lea and Flood 2014): small, fast and good enough for test data.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1), from the top 53 bits.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0); the modulo bias is negligible for these sizes.
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Roughly standard normal: the Irwin–Hall sum of four uniforms, centred and scaled to
    /// unit variance. Only additions, so the same on every platform.
    fn normalish(&mut self) -> f64 {
        let sum: f64 = (0..4).map(|_| self.unit()).sum();
        (sum - 2.0) * 3f64.sqrt()
    }
}

/// `n` in base 36 with upper-case letters, at least `width` characters.
fn base36(mut n: usize, width: usize, upper: bool) -> String {
    let digits: &[u8] = if upper {
        b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    } else {
        b"0123456789abcdefghijklmnopqrstuvwxyz"
    };
    let mut out = Vec::new();
    while n > 0 || out.len() < width {
        out.push(digits[n % 36]);
        n /= 36;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII digits")
}

fn english(text: String) -> RawNames {
    BTreeMap::from([("en".to_owned(), text)])
}

/// Rounds to 3 decimals (about 100 m), which keeps the file short.
fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// The synthetic data set for `seed` with `regions` regions and `ties` agreements.
pub fn generate(seed: u64, regions: usize, ties: usize) -> Result<RawDataset, String> {
    if !(2..=MAX_REGIONS).contains(&regions) {
        return Err(format!(
            "--regions must be from 2 to {MAX_REGIONS}, not {regions}"
        ));
    }
    let mut rng = SplitMix64(seed);
    let clusters = regions.div_ceil(CLUSTER_SIZE).max(1);
    // Cluster centres, kept away from the edges of the box so the clusters stay inside it.
    let centres: Vec<(f64, f64)> = (0..clusters)
        .map(|_| (38.0 + 26.0 * rng.unit(), -7.0 + 35.0 * rng.unit()))
        .collect();
    // Region i belongs to cluster i * clusters / regions: clusters are runs of indices.
    let cluster_of = |i: usize| i * clusters / regions;
    let cluster_start = |c: usize| (c * regions).div_ceil(clusters);
    let region_ids: Vec<String> = (0..regions)
        .map(|i| format!("ZZ{}", base36(i, 3, true)))
        .collect();
    let raw_regions: Vec<RawRegion> = region_ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let (lat0, lon0) = centres[cluster_of(i)];
            let lat = (lat0 + 0.8 * rng.normalish()).clamp(36.0, 66.0);
            let lon = (lon0 + 1.2 * rng.normalish()).clamp(-9.0, 30.0);
            RawRegion {
                id: id.clone(),
                names: english(id.clone()),
                languages: vec!["en".to_owned()],
                country: "ZZ".to_owned(),
                nuts_level: (id.len() - 2) as u8,
                nuts_version: None,
                eu: true,
                lat: round3(lat),
                lon: round3(lon),
                coordinate_sources: vec![SOURCE_ID.to_owned()],
                coordinate_estimated: false,
                outside_europe: false,
                conflicts: Vec::new(),
            }
        })
        .collect();
    let agreements: Vec<RawAgreement> = (0..ties)
        .map(|t| {
            let a = rng.below(regions);
            let b = loop {
                let b = if rng.unit() < LOCAL_SHARE {
                    let c = cluster_of(a);
                    let (start, end) = (cluster_start(c), cluster_start(c + 1));
                    start + rng.below(end - start)
                } else {
                    rng.below(regions)
                };
                if b != a {
                    break b;
                }
                if cluster_start(cluster_of(a) + 1) - cluster_start(cluster_of(a)) < 2 {
                    // A cluster of one region: tie it to anyone else.
                    break (a + 1 + rng.below(regions - 1)) % regions;
                }
            };
            let first = rng.below(SECTORS.len());
            let mut sectors = vec![SECTORS[first].0.to_owned()];
            if rng.unit() < 0.35 {
                let second = (first + 1 + rng.below(SECTORS.len() - 1)) % SECTORS.len();
                sectors.push(SECTORS[second].0.to_owned());
            }
            let year = FIRST_YEAR + rng.below((LAST_YEAR - FIRST_YEAR + 1) as usize) as u64;
            let id = format!("t{}", base36(t, 1, false));
            RawAgreement {
                names: english(id.clone()),
                id,
                kind: "mou".to_owned(),
                parties: vec![region_ids[a].clone(), region_ids[b].clone()],
                signed: year.to_string(),
                sectors,
                sources: vec![SOURCE_ID.to_owned()],
                ..RawAgreement::default()
            }
        })
        .collect();
    Ok(RawDataset {
        schema: None,
        format_version: atlas_core::FORMAT_VERSION.to_owned(),
        title: format!(
            "Synthetic benchmark graph (seed {seed}, {regions} regions, {ties} ties): not real data"
        ),
        nuts_version: "2024".to_owned(),
        updated: UPDATED.to_owned(),
        notes: "Generated by `atlas generate` for the performance benchmark. Regions, places and \
                ties are random; none of it describes real regions or agreements."
            .to_owned(),
        sources: vec![RawSource {
            id: SOURCE_ID.to_owned(),
            url: "https://example.org/alliance-atlas/synthetic".to_owned(),
            title: format!("Synthetic data generated with seed {seed} (not a real source)"),
            publisher: String::new(),
            published: None,
            checked: UPDATED.to_owned(),
        }],
        sectors: SECTORS
            .iter()
            .map(|(id, label, color)| RawSector {
                id: (*id).to_owned(),
                labels: english((*label).to_owned()),
                color: (*color).to_owned(),
            })
            .collect(),
        regions: raw_regions,
        networks: Vec::new(),
        agreements,
    })
}

/// The file's bytes: compact JSON and a final newline.
pub fn generate_json(seed: u64, regions: usize, ties: usize) -> Result<String, String> {
    let raw = generate(seed, regions, ties)?;
    let json = serde_json::to_string(&raw).map_err(|e| e.to_string())?;
    Ok(json + "\n")
}

/// `atlas generate --seed S --regions N --ties M [--out FILE]`: the file to `out`, else to
/// standard output.
pub fn run(seed: u64, regions: usize, ties: usize, out: Option<&str>) -> Result<(), String> {
    let json = generate_json(seed, regions, ties)?;
    if json.len() > atlas_core::MAX_FILE_BYTES {
        return Err(format!(
            "{} bytes is over the loader's limit of {} bytes; ask for fewer regions or ties",
            json.len(),
            atlas_core::MAX_FILE_BYTES
        ));
    }
    match out {
        Some(out) => {
            std::fs::write(out, &json).map_err(|e| format!("{out}: cannot write: {e}"))?;
            eprintln!(
                "{out}: {regions} regions, {ties} ties, seed {seed}, {} bytes",
                json.len()
            );
        }
        None => print!("{json}"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_bytes_and_the_file_is_valid() {
        let first = generate_json(42, 300, 2000).unwrap();
        assert_eq!(first, generate_json(42, 300, 2000).unwrap());
        assert_ne!(first, generate_json(43, 300, 2000).unwrap());
        let dataset = atlas_core::parse_dataset_bytes(first.as_bytes())
            .unwrap_or_else(|e| panic!("generated file is invalid: {:?}", e.errors));
        assert_eq!(dataset.regions.len(), 300);
        assert_eq!(dataset.agreements.len(), 2000);
    }

    #[test]
    fn positions_are_inside_the_box_and_ties_mostly_local() {
        let raw = generate(7, 1000, 5000).unwrap();
        assert!(raw.regions.iter().all(|r| (36.0..=66.0).contains(&r.lat)
            && (-9.0..=30.0).contains(&r.lon)
            && r.nuts_level == 3));
        let index: BTreeMap<&str, usize> = raw
            .regions
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        let clusters = 1000usize.div_ceil(CLUSTER_SIZE);
        let local = raw
            .agreements
            .iter()
            .filter(|a| {
                let (x, y) = (index[a.parties[0].as_str()], index[a.parties[1].as_str()]);
                x * clusters / 1000 == y * clusters / 1000
            })
            .count();
        assert!(local > 4000, "{local} of 5000 ties are within a cluster");
    }

    #[test]
    fn sectors_are_the_bundled_files() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/atlas.json");
        let text = std::fs::read_to_string(path).unwrap();
        let bundled = atlas_core::load::parse_raw(&text).unwrap();
        let ids: Vec<&str> = bundled.sectors.iter().map(|s| s.id.as_str()).collect();
        let ours: Vec<&str> = SECTORS.iter().map(|s| s.0).collect();
        assert_eq!(ids, ours);
    }

    #[test]
    fn the_largest_benchmark_graph_fits_the_loader_limit() {
        let json = generate_json(42, 10_000, 100_000).unwrap();
        assert!(
            json.len() < atlas_core::MAX_FILE_BYTES,
            "{} bytes",
            json.len()
        );
    }

    #[test]
    fn refuses_impossible_sizes() {
        assert!(generate(1, 1, 10).is_err());
        assert!(generate(1, MAX_REGIONS + 1, 10).is_err());
    }
}
