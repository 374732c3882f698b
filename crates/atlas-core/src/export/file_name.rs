//! A download's file name that says what is shown, in the interface language:
//! `lombardia-fiandre-2026`, `esra-2024`, `semiconduttori-2020-2026`, `alliance-atlas-2026`.

use std::collections::BTreeSet;

use crate::dataset::SectorIdx;
use crate::latin_fold::latin_ascii;
use crate::scene::Focus;
use crate::Dataset;

/// The longest a name gets, without its extension.
const MAX_CHARS: usize = 60;
/// A sector's label longer than this is named by its first part ("Semiconduttori e
/// microelettronica" → `semiconduttori`).
const SHORT_SECTOR_CHARS: usize = 20;

/// Lower-case ASCII letters and digits joined by single hyphens, accents folded:
/// "Bavière" → `baviere`, "Baden-Württemberg" → `baden-wurttemberg`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars().flat_map(fold) {
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// A character as plain ASCII: Latin letters lose their accents, ligatures are spelt out,
/// anything else becomes a separator.
fn fold(c: char) -> Vec<char> {
    // An apostrophe joins ("Quattro Motori per l'Europa" → `l-europa` either way).
    let plain = match latin_ascii(c) {
        Some(plain) => plain,
        None if c.is_ascii() => return vec![c],
        None => " ",
    };
    plain.chars().collect()
}

/// A sector as a file name says it: its label, or the label's first part when it is long.
fn sector_slug(label: &str) -> String {
    if label.chars().count() <= SHORT_SECTOR_CHARS {
        return slug(label);
    }
    let first = [" and ", " e ", " und ", " et ", ","]
        .iter()
        .filter_map(|joint| label.find(joint))
        .min()
        .map_or(label, |at| &label[..at]);
    slug(first)
}

/// The name of a download of the view (without extension): what is in focus (a region, two
/// regions, a network's short name), the sectors picked, and the years: the `to` year, or
/// `from-to` when the link chose a first year. The whole map without filters is
/// `alliance-atlas-2026`. Names are in `lang`, ASCII, at most about 60 characters.
pub fn file_stem(
    dataset: &Dataset,
    focus: Focus,
    sectors: &BTreeSet<SectorIdx>,
    from: Option<i32>,
    to: i32,
    lang: &str,
) -> String {
    let mut parts: Vec<String> = match focus {
        Focus::None => Vec::new(),
        Focus::Region(r) => vec![slug(dataset.region(r).names.get(lang))],
        Focus::Edge(a, b) => vec![
            slug(dataset.region(a).names.get(lang)),
            slug(dataset.region(b).names.get(lang)),
        ],
        Focus::Network(n) => vec![slug(dataset.network(n).short_name(lang))],
    };
    parts.extend(
        sectors
            .iter()
            .map(|&s| sector_slug(dataset.sector(s).labels.get(lang))),
    );
    parts.retain(|p| !p.is_empty());
    if parts.is_empty() {
        parts.push("alliance-atlas".to_owned());
    }
    let years = match from {
        Some(from) if from != to => format!("{from}-{to}"),
        _ => to.to_string(),
    };
    // Keep it short: drop words from the end of what is shown until the name fits.
    let mut subject = parts.join("-");
    let room = MAX_CHARS.saturating_sub(years.len() + 1).max(8);
    if subject.len() > room {
        subject.truncate(room);
        if let Some(cut) = subject.rfind('-') {
            subject.truncate(cut);
        }
        subject = subject.trim_end_matches('-').to_owned();
    }
    format!("{subject}-{years}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_dataset;

    fn dataset() -> Dataset {
        parse_dataset(include_str!("../../tests/fixtures/small.json")).unwrap()
    }

    #[test]
    fn slugs_are_ascii_with_accents_folded() {
        assert_eq!(slug("Bavière"), "baviere");
        assert_eq!(slug("Baden-Württemberg"), "baden-wurttemberg");
        assert_eq!(slug("Auvergne-Rhône-Alpes"), "auvergne-rhone-alpes");
        assert_eq!(
            slug("Quattro Motori per l'Europa"),
            "quattro-motori-per-l-europa"
        );
        assert_eq!(slug("Straße  — Łódź"), "strasse-lodz");
        assert_eq!(slug("  «4ME» "), "4me");
    }

    #[test]
    fn a_name_says_the_focus_the_sectors_and_the_years() {
        let d = dataset();
        let lombardy = d.region_by_id("ITC4").unwrap();
        let none = BTreeSet::new();
        let it = "it";
        let name = |focus, sectors: &BTreeSet<SectorIdx>, from, lang| {
            file_stem(&d, focus, sectors, from, 2026, lang)
        };
        let lombardia = slug(d.region(lombardy).names.get(it));
        assert_eq!(
            name(Focus::Region(lombardy), &none, None, it),
            format!("{lombardia}-2026")
        );
        assert_eq!(
            name(Focus::Region(lombardy), &none, Some(1988), it),
            format!("{lombardia}-1988-2026")
        );
        assert_eq!(
            name(Focus::Region(lombardy), &none, Some(2026), it),
            format!("{lombardia}-2026"),
            "one year is said once"
        );
        let other = d
            .regions
            .iter()
            .position(|r| r.id != "ITC4")
            .map(|i| crate::dataset::RegionIdx(i as u32))
            .unwrap();
        let pair = name(Focus::Edge(lombardy, other), &none, None, it);
        assert_eq!(
            pair,
            format!("{lombardia}-{}-2026", slug(d.region(other).names.get(it)))
        );
        let network = crate::dataset::NetworkIdx(0);
        assert_eq!(
            name(Focus::Network(network), &none, None, "en"),
            format!("{}-2026", slug(d.network(network).short_name("en")))
        );
        assert_eq!(name(Focus::None, &none, None, "en"), "alliance-atlas-2026");
        let semis: BTreeSet<SectorIdx> = [d.sector_by_id("semiconductors").unwrap()].into();
        let label = d
            .sector(*semis.first().unwrap())
            .labels
            .get("en")
            .to_owned();
        let stem = name(Focus::None, &semis, Some(2020), "en");
        assert!(stem.ends_with("-2020-2026"), "{stem}");
        assert!(stem.starts_with(&sector_slug(&label)), "{stem}");
    }

    #[test]
    fn long_sector_labels_are_named_by_their_first_part() {
        assert_eq!(
            sector_slug("Semiconduttori e microelettronica"),
            "semiconduttori"
        );
        assert_eq!(
            sector_slug("Semi-conducteurs et microélectronique"),
            "semi-conducteurs"
        );
        assert_eq!(
            sector_slug("Lebenswissenschaften und Gesundheit"),
            "lebenswissenschaften"
        );
        assert_eq!(sector_slug("Luft- und Raumfahrt"), "luft-und-raumfahrt");
        assert_eq!(sector_slug("Chimica"), "chimica");
    }

    #[test]
    fn names_stay_short() {
        let d = dataset();
        let all: BTreeSet<SectorIdx> = (0..d.sectors.len() as u32).map(SectorIdx).collect();
        let stem = file_stem(&d, Focus::None, &all, Some(1988), 2026, "de");
        assert!(stem.len() <= MAX_CHARS, "{stem}");
        assert!(stem.ends_with("-1988-2026"), "{stem}");
        assert!(!stem.contains("--"), "{stem}");
        assert!(stem.is_ascii());
    }
}
