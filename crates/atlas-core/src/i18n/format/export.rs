//! Phrases of the exported picture and the printed handout: the filters in words and the
//! sources line.

use crate::date::PartialDate;

use super::super::{text, Lang, TextKey};
use super::{began_in, date, in_force, number};

/// The filters in words: "In force at any time 1988–2026 · Semiconductors and microelectronics".
/// `sectors` are the labels of the sectors picked, in the language (empty: all sectors).
pub fn export_filters(
    lang: Lang,
    from: i32,
    to: i32,
    began_in_years: bool,
    sectors: &[&str],
) -> String {
    let years = if began_in_years {
        began_in(lang, from, to)
    } else {
        in_force(lang, from, to)
    };
    let sectors = if sectors.is_empty() {
        text(lang, TextKey::ExportAllSectors).to_owned()
    } else {
        sectors.join(", ")
    };
    format!("{years} · {sectors}")
}

/// Where the facts come from, under the picture: how many sources, where they are listed, the
/// basemap's licence and the date of the data.
pub fn export_sources(lang: Lang, sources: usize, updated: PartialDate) -> String {
    let n = number(lang, sources);
    let when = date(lang, updated);
    let basemap = text(lang, TextKey::Attribution);
    let one = sources == 1;
    match lang {
        Lang::En => format!(
            "Sources: {n} {} cited in the atlas data, listed with every tie in the atlas. {basemap}. Data updated {when}.",
            if one { "document" } else { "documents" }
        ),
        Lang::It => format!(
            "Fonti: {n} {} nei dati dell'atlante, elencati con ogni legame nell'atlante. {basemap}. Dati aggiornati al {when}.",
            if one { "documento citato" } else { "documenti citati" }
        ),
        Lang::De => format!(
            "Quellen: {n} {} in den Daten des Atlas, bei jeder Verbindung im Atlas aufgeführt. {basemap}. Daten vom {when}.",
            if one { "zitiertes Dokument" } else { "zitierte Dokumente" }
        ),
        Lang::Fr => format!(
            "Sources : {n} {} dans les données de l'atlas, indiqués avec chaque lien dans l'atlas. {basemap}. Données du {when}.",
            if sources <= 1 { "document cité" } else { "documents cités" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filters_and_sources_read_in_each_language() {
        assert_eq!(
            export_filters(Lang::En, 1988, 2026, false, &[]),
            "In force at any time 1988–2026 · all sectors"
        );
        assert_eq!(
            export_filters(
                Lang::It,
                2026,
                2026,
                false,
                &["Semiconduttori e microelettronica"]
            ),
            "In vigore nel 2026 · Semiconduttori e microelettronica"
        );
        let updated = PartialDate {
            year: 2026,
            month: Some(12),
            day: Some(1),
        };
        assert_eq!(
            export_sources(Lang::En, 628, updated),
            "Sources: 628 documents cited in the atlas data, listed with every tie in the atlas. Country outlines: Natural Earth (public domain). Data updated 1 December 2026."
        );
        assert!(export_sources(Lang::It, 628, updated).starts_with("Fonti: 628 documenti citati"));
        assert!(export_sources(Lang::De, 1, updated).starts_with("Quellen: 1 zitiertes Dokument"));
        assert!(export_sources(Lang::Fr, 2, updated).contains("Données du 1er décembre 2026."));
    }
}
