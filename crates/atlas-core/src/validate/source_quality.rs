//! Warnings about the quality of sources: a file with them still loads, but a reader should
//! not have to trust a mirror, an archive copy, a machine translation, a mangled address or a
//! tie that cites nothing.
//!
//! - a source on a host that copies other pages ([`COPYING_HOSTS`]);
//! - an address with stray punctuation around it (a quote, `%22`, a trailing `.`, `,`, `'`,
//!   or a `)` or `]` that closes nothing), as happens when an address is copied out of a
//!   sentence. Whitespace in an address is not a warning but a problem (`InvalidUrl`);
//! - a membership or a presidency that cites no source of its own. An agreement without a
//!   source is a problem (`NoSources`), not a warning.

use crate::error::{DataError, Problem};
use crate::raw::RawDataset;

use super::networks::{membership_item, presidency_item};

const WIKIPEDIA_COPY: &str = "a copy of Wikipedia";
const WIKIPEDIA_DATA: &str = "data extracted from Wikipedia";
const ARCHIVE_COPY: &str = "a web archive's copy";
const MACHINE_TRANSLATION: &str = "a machine translation";
const DOCUMENT_COPY: &str = "a document-sharing site's copy of someone else's document";
const TRANSLATION_MEMORY: &str = "a translation memory's copy of sentences from other texts";

/// Which hosts a line of [`COPYING_HOSTS`] stands for.
enum Hosts {
    /// This domain and every host under it: `archive.org` is also `web.archive.org`.
    Domain(&'static str),
    /// This name under any top-level domain, and every host under it: `translate.google`
    /// is `translate.google.com` and `translate.google.it`.
    AnyTld(&'static str),
    /// The Wikipedia mirrors named like `frwiki.wiki` (`de.frwiki.wiki`, `itwiki.wiki`): a
    /// domain under `.wiki` whose name ends in `wiki`.
    WikiDotWiki,
}

impl Hosts {
    fn matches(&self, host: &str) -> bool {
        match self {
            Hosts::Domain(domain) => host == *domain || host.ends_with(&format!(".{domain}")),
            Hosts::AnyTld(name) => {
                host.starts_with(&format!("{name}.")) || host.contains(&format!(".{name}."))
            }
            Hosts::WikiDotWiki => host
                .strip_suffix(".wiki")
                .and_then(|rest| rest.rsplit('.').next())
                .is_some_and(|name| name.len() > 4 && name.ends_with("wiki")),
        }
    }
}

/// Hosts that serve copies of other pages rather than pages of their own: mirrors of
/// Wikipedia, web archives and machine translations. A source should cite the page they copy.
const COPYING_HOSTS: &[(Hosts, &str)] = &[
    (Hosts::WikiDotWiki, WIKIPEDIA_COPY),
    (Hosts::Domain("zxc.wiki"), WIKIPEDIA_COPY),
    (Hosts::Domain("second.wiki"), WIKIPEDIA_COPY),
    (Hosts::Domain("wiki2.org"), WIKIPEDIA_COPY),
    (Hosts::Domain("wikiwand.com"), WIKIPEDIA_COPY),
    (Hosts::Domain("wikimili.com"), WIKIPEDIA_COPY),
    (Hosts::Domain("wikibrief.org"), WIKIPEDIA_COPY),
    (Hosts::Domain("wiki5.ru"), WIKIPEDIA_COPY),
    (Hosts::Domain("alchetron.com"), WIKIPEDIA_COPY),
    (Hosts::Domain("justapedia.org"), WIKIPEDIA_COPY),
    (Hosts::Domain("everybodywiki.com"), WIKIPEDIA_COPY),
    (Hosts::Domain("academic-accelerator.com"), WIKIPEDIA_COPY),
    (Hosts::AnyTld("hmong"), WIKIPEDIA_COPY),
    (Hosts::Domain("dbpedia.org"), WIKIPEDIA_DATA),
    (Hosts::Domain("archive.org"), ARCHIVE_COPY),
    (Hosts::Domain("archive.ph"), ARCHIVE_COPY),
    (Hosts::Domain("archive.today"), ARCHIVE_COPY),
    (Hosts::Domain("archive.is"), ARCHIVE_COPY),
    (Hosts::Domain("translate.goog"), MACHINE_TRANSLATION),
    (Hosts::AnyTld("translate.google"), MACHINE_TRANSLATION),
    (Hosts::AnyTld("vdocument"), DOCUMENT_COPY),
    (Hosts::AnyTld("vdocuments"), DOCUMENT_COPY),
    (Hosts::AnyTld("fdocuments"), DOCUMENT_COPY),
    (Hosts::Domain("documents.pub"), DOCUMENT_COPY),
    (Hosts::Domain("dokumen.pub"), DOCUMENT_COPY),
    (Hosts::Domain("pdfslide.net"), DOCUMENT_COPY),
    (Hosts::Domain("yumpu.com"), DOCUMENT_COPY),
    (Hosts::AnyTld("slideplayer"), DOCUMENT_COPY),
    (Hosts::Domain("docplayer.net"), DOCUMENT_COPY),
    (Hosts::AnyTld("docplayer"), DOCUMENT_COPY),
    (Hosts::Domain("wordscope.be"), TRANSLATION_MEMORY),
    (Hosts::Domain("linguee.com"), TRANSLATION_MEMORY),
    (Hosts::AnyTld("linguee"), TRANSLATION_MEMORY),
];

/// The host of an `http(s)` address, lower case, without a port; `None` for other addresses
/// (validation refuses them).
fn host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// What a host that copies pages is, if it is one.
fn copying_host(host: &str) -> Option<&'static str> {
    COPYING_HOSTS
        .iter()
        .find(|(hosts, _)| hosts.matches(host))
        .map(|&(_, what)| what)
}

/// What is wrong with the punctuation of an address, if anything.
fn stray_punctuation(url: &str) -> Option<&'static str> {
    let closes_nothing =
        |open: char, close: char| url.matches(close).count() > url.matches(open).count();
    if url.contains(['"', '“', '”', '„', '«', '»']) {
        return Some("contains a quote character");
    }
    let upper = url.to_ascii_uppercase();
    if upper.contains("%22") || upper.contains("%E2%80%9C") || upper.contains("%E2%80%9D") {
        return Some("contains an encoded quote character (%22)");
    }
    match url.chars().last()? {
        '.' => Some("ends with a full stop"),
        ',' => Some("ends with a comma"),
        '\'' | '’' => Some("ends with an apostrophe"),
        ')' if closes_nothing('(', ')') => Some("ends with a ')' that closes nothing"),
        ']' if closes_nothing('[', ']') => Some("ends with a ']' that closes nothing"),
        _ => None,
    }
}

/// The warnings of a data file, each with the JSON path of the value concerned, in the
/// file's order: sources, then networks with their members and presidencies.
pub fn source_warnings(raw: &RawDataset) -> Vec<DataError> {
    let mut warnings = Vec::new();
    for (i, s) in raw.sources.iter().enumerate() {
        let path = format!("sources[{i}].url");
        let item = format!("source \"{}\"", s.id);
        if let Some(host) = host(&s.url) {
            if let Some(what) = copying_host(&host) {
                warnings.push(DataError {
                    path: path.clone(),
                    problem: Problem::CopiedSource {
                        item: item.clone(),
                        host,
                        what,
                    },
                });
            }
        }
        warnings.extend(punctuation(path, &item, &s.url));
    }
    for (i, n) in raw.networks.iter().enumerate() {
        if !n.website.is_empty() {
            let item = format!("network \"{}\"", n.id);
            warnings.extend(punctuation(
                format!("networks[{i}].website"),
                &item,
                &n.website,
            ));
        }
        for (j, m) in n.members.iter().enumerate() {
            if m.sources.is_empty() {
                warnings.push(DataError {
                    path: format!("networks[{i}].members[{j}].sources"),
                    problem: Problem::Unsourced {
                        item: membership_item(&m.region, &n.id),
                        what: "membership",
                    },
                });
            }
        }
        for (j, p) in n.presidencies.iter().enumerate() {
            if p.sources.is_empty() {
                warnings.push(DataError {
                    path: format!("networks[{i}].presidencies[{j}].sources"),
                    problem: Problem::Unsourced {
                        item: presidency_item(&p.region, &n.id),
                        what: "presidency",
                    },
                });
            }
        }
    }
    warnings
}

/// The warning about an address's punctuation, if it needs one.
fn punctuation(path: String, item: &str, url: &str) -> Option<DataError> {
    let reason = stray_punctuation(url)?;
    Some(DataError {
        path,
        problem: Problem::StrayPunctuation {
            item: item.to_owned(),
            value: url.to_owned(),
            reason,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copying_hosts_are_found_by_domain_top_level_domain_and_mirror_name() {
        for (url, what) in [
            ("https://de.frwiki.wiki/wiki/Lombardei", WIKIPEDIA_COPY),
            ("https://itwiki.wiki/x", WIKIPEDIA_COPY),
            ("https://www.wikiwand.com/en/Lombardy", WIKIPEDIA_COPY),
            (
                "http://web.archive.org/web/2019/https://example.org/",
                ARCHIVE_COPY,
            ),
            ("https://archive.ph/abc", ARCHIVE_COPY),
            (
                "https://example-org.translate.goog/?_x_tr_sl=de",
                MACHINE_TRANSLATION,
            ),
            (
                "https://translate.google.it/translate?u=x",
                MACHINE_TRANSLATION,
            ),
            ("https://hmong.es/wiki/Lombard%C3%ADa", WIKIPEDIA_COPY),
            ("https://en.hmong.in.th/wiki/Lombardy", WIKIPEDIA_COPY),
            ("https://DBpedia.org:443/page/Lombardy", WIKIPEDIA_DATA),
            (
                "https://vdocument.in/vanguard-initiative.html",
                DOCUMENT_COPY,
            ),
            ("https://yumpu.com/de/document/view/1/x", DOCUMENT_COPY),
            ("https://slideplayer.com/amp/17423809", DOCUMENT_COPY),
            ("https://slideplayer.it/slide/1/", DOCUMENT_COPY),
            ("https://docplayer.de/1-x.html", DOCUMENT_COPY),
            (
                "http://wordscope.be/anglais/francais/x.html",
                TRANSLATION_MEMORY,
            ),
        ] {
            let host = host(url).unwrap();
            assert_eq!(copying_host(&host), Some(what), "{url}");
        }
        for url in [
            "https://en.wikipedia.org/wiki/Lombardy",
            "https://www.regione.lombardia.it/",
            "https://wiki.example.org/",
            "https://archive.org.example.com/",
            "https://www.google.com/search?q=translate.google",
            "https://mywiki.wiki.example.org/",
            "https://wiki.wiki/",
        ] {
            let host = host(url).unwrap();
            assert_eq!(copying_host(&host), None, "{url}");
        }
    }

    #[test]
    fn stray_punctuation_is_found_where_addresses_are_copied_out_of_sentences() {
        for (url, reason) in [
            ("https://example.org/a\"", "contains a quote character"),
            (
                "https://example.org/%22a%22",
                "contains an encoded quote character (%22)",
            ),
            ("https://example.org/a.", "ends with a full stop"),
            ("https://example.org/a,", "ends with a comma"),
            ("https://example.org/a'", "ends with an apostrophe"),
            (
                "https://example.org/a)",
                "ends with a ')' that closes nothing",
            ),
            (
                "https://example.org/a]",
                "ends with a ']' that closes nothing",
            ),
        ] {
            assert_eq!(stray_punctuation(url), Some(reason), "{url}");
        }
        for url in [
            "https://en.wikipedia.org/wiki/Lombardy_(region)",
            "https://example.org/a.html",
            "https://example.org/l'azienda/",
            "https://example.org/",
        ] {
            assert_eq!(stray_punctuation(url), None, "{url}");
        }
    }
}
