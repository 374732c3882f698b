//! Finding regions, networks and agreements by any of their names, in any language, or by
//! code. An agreement is also found by the words of its kind in the four interface languages
//! ("memorandum", "MoU", "intesa", "déclaration") and by its parties' names, every word of the
//! query matching the start of a word ("Flanders MoU").
//!
//! Matching ignores case and accents ("baden-wurttemberg" finds Baden-Württemberg, "quebec"
//! finds Québec), and ranks: the code exactly, then a name starting with the query, then a
//! word of a name starting with it, then the query anywhere in a name.

use crate::dataset::{AgreementIdx, AgreementKind, Dataset, NetworkIdx, RegionIdx};
use crate::latin_fold::latin_ascii;

/// Something the search found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Found {
    Region(RegionIdx),
    Network(NetworkIdx),
    Agreement(AgreementIdx),
}

/// The words an agreement of a kind is called by, in the interface languages.
fn kind_words(kind: AgreementKind) -> &'static [&'static str] {
    match kind {
        AgreementKind::Mou => &[
            "mou",
            "memorandum of understanding",
            "protocollo d'intesa",
            "intesa",
            "absichtserklärung",
            "protocole d'accord",
        ],
        AgreementKind::Declaration => &["declaration", "dichiarazione", "erklärung", "déclaration"],
        AgreementKind::Agreement => &["agreement", "accordo", "abkommen", "vereinbarung", "accord"],
        AgreementKind::Alliance => &["alliance", "alleanza", "allianz"],
    }
}

/// Whether every word of the folded `query` starts a word of the folded `haystack`.
fn all_words_match(haystack: &str, query: &str) -> bool {
    let words: Vec<&str> = haystack
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|q| !q.is_empty())
        .all(|q| words.iter().any(|w| w.starts_with(q)))
}

/// A result, with the name that matched (which may be in another language than the display).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    pub found: Found,
    pub matched: String,
}

/// Lower case without accents, for comparing.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let folded = match (latin_ascii(c), c) {
            (Some(plain), _) => plain,
            (None, '’' | '\'') => "'",
            (None, _) => {
                out.extend(c.to_lowercase());
                continue;
            }
        };
        out.push_str(folded);
    }
    out
}

/// How well `name` matches the folded query: lower is better, `None` is no match.
fn rank(name: &str, query: &str) -> Option<u8> {
    let name = fold(name);
    if name == query {
        Some(1)
    } else if name.starts_with(query) {
        Some(2)
    } else if name
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word.starts_with(query))
    {
        Some(3)
    } else if name.contains(query) {
        Some(4)
    } else {
        None
    }
}

/// Regions and networks matching `query`, best first, at most `limit`.
pub fn search(dataset: &Dataset, query: &str, limit: usize) -> Vec<SearchHit> {
    let query = fold(query.trim());
    if query.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, String, SearchHit)> = Vec::new();
    for (i, region) in dataset.regions.iter().enumerate() {
        let found = Found::Region(RegionIdx(i as u32));
        let english = region.names.get("en").to_owned();
        if fold(&region.id) == query {
            hits.push((
                0,
                english.clone(),
                SearchHit {
                    found,
                    matched: region.id.clone(),
                },
            ));
            continue;
        }
        let best = region
            .names
            .iter()
            .filter_map(|(_, name)| rank(name, &query).map(|r| (r, name)))
            .min_by_key(|(r, _)| *r);
        let code_prefix = fold(&region.id)
            .starts_with(&query)
            .then_some((2u8, region.id.as_str()));
        if let Some((r, name)) = best.or(code_prefix) {
            hits.push((
                r,
                english,
                SearchHit {
                    found,
                    matched: name.to_owned(),
                },
            ));
        }
    }
    for (i, network) in dataset.networks.iter().enumerate() {
        let found = Found::Network(NetworkIdx(i as u32));
        let english = network.names.get("en").to_owned();
        let acronym = (!network.acronym.is_empty())
            .then(|| rank(&network.acronym, &query).map(|r| (r.min(2), network.acronym.as_str())))
            .flatten();
        let best = network
            .names
            .iter()
            .filter_map(|(_, name)| rank(name, &query).map(|r| (r, name)))
            .chain(acronym)
            .min_by_key(|(r, _)| *r);
        if let Some((r, name)) = best {
            // Networks after regions of the same rank: the search is mainly for places.
            hits.push((
                r,
                english,
                SearchHit {
                    found,
                    matched: name.to_owned(),
                },
            ));
        }
    }
    for (i, agreement) in dataset.agreements.iter().enumerate() {
        let found = Found::Agreement(AgreementIdx(i as u32));
        let english = agreement.names.get("en").to_owned();
        let by_name = agreement
            .names
            .iter()
            .filter_map(|(_, name)| rank(name, &query).map(|r| (r, name.to_owned())))
            .min_by_key(|(r, _)| *r);
        // Else every word somewhere in its names, its kind's words or its parties' names.
        let haystack = fold(
            &agreement
                .names
                .iter()
                .map(|(_, n)| n.to_owned())
                .chain(kind_words(agreement.kind).iter().map(|w| (*w).to_owned()))
                .chain(agreement.parties.iter().flat_map(|&p| {
                    dataset
                        .region(p)
                        .names
                        .iter()
                        .map(|(_, n)| n.to_owned())
                        .collect::<Vec<_>>()
                }))
                .collect::<Vec<_>>()
                .join(" "),
        );
        let by_words = all_words_match(&haystack, &query).then(|| (5u8, english.clone()));
        if let Some((r, name)) = by_name.or(by_words) {
            hits.push((
                r,
                english,
                SearchHit {
                    found,
                    matched: name,
                },
            ));
        }
    }
    // Regions first, then networks, then agreements, within a rank.
    let order = |found: &Found| match found {
        Found::Region(_) => 0,
        Found::Network(_) => 1,
        Found::Agreement(_) => 2,
    };
    crate::sort::sort_by(&mut hits, |a, b| {
        a.0.cmp(&b.0)
            .then_with(|| order(&a.2.found).cmp(&order(&b.2.found)))
            .then_with(|| a.1.cmp(&b.1))
    });
    hits.into_iter()
        .take(limit)
        .map(|(_, _, hit)| hit)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_dataset;

    fn small() -> Dataset {
        parse_dataset(include_str!("../tests/fixtures/small.json")).unwrap()
    }

    fn ids(d: &Dataset, hits: &[SearchHit]) -> Vec<String> {
        hits.iter()
            .map(|h| match h.found {
                Found::Region(r) => d.region(r).id.clone(),
                Found::Network(n) => d.network(n).id.clone(),
                Found::Agreement(a) => d.agreement(a).id.clone(),
            })
            .collect()
    }

    #[test]
    fn finds_by_name_in_any_language_and_by_code() {
        let d = small();
        // The region first, then the agreements it is a party to.
        assert_eq!(
            ids(&d, &search(&d, "Lombardia", 5)),
            ["ITC4", "lombardy-flanders-2026"]
        );
        assert_eq!(ids(&d, &search(&d, "vlaanderen", 5))[0], "BE2");
        assert_eq!(ids(&d, &search(&d, "itc4", 5)), ["ITC4"]);
        assert_eq!(ids(&d, &search(&d, "BAYERN", 5))[0], "DE2");
        assert!(search(&d, "  ", 5).is_empty());
    }

    #[test]
    fn ignores_accents_and_ranks_prefixes_first() {
        assert_eq!(fold("Baden-Württemberg"), "baden-wurttemberg");
        assert_eq!(fold("Québec"), "quebec");
        assert_eq!(fold("Łódzkie"), "lodzkie");
        let d = small();
        // "p" starts Piedmont and Piemonte, and is inside "Chip Regions".
        // (and a word of the memorandum's names: Lombardy's "protocollo d'intesa").
        let hits = search(&d, "p", 5);
        assert_eq!(ids(&d, &hits), ["ITC1", "chips", "lombardy-flanders-2026"]);
        assert_eq!(ids(&d, &search(&d, "CR", 5)), ["chips"], "acronyms count");
    }

    #[test]
    fn codes_match_by_prefix_too() {
        let d = small();
        // Equal ranks are ordered by English name.
        assert_eq!(ids(&d, &search(&d, "it", 5)), ["ITC4", "ITC1"]);
    }
}
