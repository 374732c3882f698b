//! Phrases with numbers and dates, per language: plurals, number grouping, month names, and
//! the small words that change with a date's precision ("dal 2004", "dal 3 marzo 2026").

use crate::date::PartialDate;

use super::Lang;

/// Things the interface counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Region,
    Tie,
    Network,
    Agreement,
    Member,
    Source,
    Problem,
}

fn forms(lang: Lang, noun: Noun) -> (&'static str, &'static str) {
    use Lang::*;
    use Noun::*;
    match (lang, noun) {
        (En, Region) => ("region", "regions"),
        (En, Tie) => ("tie", "ties"),
        (En, Network) => ("network", "networks"),
        (En, Agreement) => ("agreement", "agreements"),
        (En, Member) => ("member", "members"),
        (En, Source) => ("source", "sources"),
        (En, Problem) => ("problem", "problems"),
        (It, Region) => ("regione", "regioni"),
        (It, Tie) => ("legame", "legami"),
        (It, Network) => ("rete", "reti"),
        (It, Agreement) => ("accordo", "accordi"),
        (It, Member) => ("membro", "membri"),
        (It, Source) => ("fonte", "fonti"),
        (It, Problem) => ("problema", "problemi"),
        (De, Region) => ("Region", "Regionen"),
        (De, Tie) => ("Verbindung", "Verbindungen"),
        (De, Network) => ("Netzwerk", "Netzwerke"),
        (De, Agreement) => ("Abkommen", "Abkommen"),
        (De, Member) => ("Mitglied", "Mitglieder"),
        (De, Source) => ("Quelle", "Quellen"),
        (De, Problem) => ("Fehler", "Fehler"),
        (Fr, Region) => ("région", "régions"),
        (Fr, Tie) => ("lien", "liens"),
        (Fr, Network) => ("réseau", "réseaux"),
        (Fr, Agreement) => ("accord", "accords"),
        (Fr, Member) => ("membre", "membres"),
        (Fr, Source) => ("source", "sources"),
        (Fr, Problem) => ("problème", "problèmes"),
    }
}

/// `n` with the digits grouped as the language writes them: 2,874 · 2.874 · 2 874.
pub fn number(lang: Lang, n: usize) -> String {
    let separator = match lang {
        Lang::En => ",",
        Lang::It | Lang::De => ".",
        Lang::Fr => "\u{202f}",
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// "3 regions", "1 regione", "0 région" (French uses the singular for 0 and 1).
pub fn count(lang: Lang, n: usize, noun: Noun) -> String {
    let (one, many) = forms(lang, noun);
    let singular = match lang {
        Lang::Fr => n <= 1,
        _ => n == 1,
    };
    format!("{} {}", number(lang, n), if singular { one } else { many })
}

fn month(lang: Lang, m: u8) -> &'static str {
    const EN: [&str; 12] = crate::describe::ENGLISH_MONTHS;
    const IT: [&str; 12] = [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ];
    const DE: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let i = (m.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::En => EN[i],
        Lang::It => IT[i],
        Lang::De => DE[i],
        Lang::Fr => FR[i],
    }
}

/// A date as people read it: "3 March 2026", "3 marzo 2026", "3. März 2026", "1er mars 2026".
pub fn date(lang: Lang, d: PartialDate) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => match lang {
            Lang::En | Lang::It => format!("{day} {} {}", month(lang, m), d.year),
            Lang::De => format!("{day}. {} {}", month(lang, m), d.year),
            Lang::Fr if day == 1 => format!("1er {} {}", month(lang, m), d.year),
            Lang::Fr => format!("{day} {} {}", month(lang, m), d.year),
        },
        (Some(m), None) => format!("{} {}", month(lang, m), d.year),
        _ => d.year.to_string(),
    }
}

/// How precise a date is: the small words before it depend on it.
enum Precision {
    Day,
    Month,
    Year,
}

fn precision(d: PartialDate) -> Precision {
    match (d.month, d.day) {
        (Some(_), Some(_)) => Precision::Day,
        (Some(_), None) => Precision::Month,
        _ => Precision::Year,
    }
}

/// "since 3 March 2026" · "dal 3 marzo 2026" · "seit dem 3. März 2026" · "depuis le 3 mars 2026".
pub fn since(lang: Lang, d: PartialDate) -> String {
    let text = date(lang, d);
    match (lang, precision(d)) {
        (Lang::En, _) => format!("since {text}"),
        (Lang::It, _) => format!("dal {text}"),
        (Lang::De, Precision::Day) => format!("seit dem {text}"),
        (Lang::De, _) => format!("seit {text}"),
        (Lang::Fr, Precision::Day) => format!("depuis le {text}"),
        (Lang::Fr, _) => format!("depuis {text}"),
    }
}

/// "signed 3 March 2026" · "firmato il 3 marzo 2026" · "unterzeichnet am …" · "signé le …".
pub fn signed(lang: Lang, d: PartialDate) -> String {
    let text = date(lang, d);
    match (lang, precision(d)) {
        (Lang::En, Precision::Day) => format!("signed {text}"),
        (Lang::En, _) => format!("signed in {text}"),
        (Lang::It, Precision::Day) => format!("firmato il {text}"),
        (Lang::It, Precision::Month) => format!("firmato a {text}"),
        (Lang::It, Precision::Year) => format!("firmato nel {text}"),
        (Lang::De, Precision::Day) => format!("unterzeichnet am {text}"),
        (Lang::De, Precision::Month) => format!("unterzeichnet im {text}"),
        (Lang::De, Precision::Year) => format!("unterzeichnet {text}"),
        (Lang::Fr, Precision::Day) => format!("signé le {text}"),
        (Lang::Fr, _) => format!("signé en {text}"),
    }
}

/// "Founded 9 September 1988" · "Fondata il …" · "Gegründet am …" · "Fondé le …".
pub fn founded(lang: Lang, d: PartialDate) -> String {
    let text = date(lang, d);
    match (lang, precision(d)) {
        (Lang::En, Precision::Day) => format!("Founded {text}"),
        (Lang::En, _) => format!("Founded in {text}"),
        (Lang::It, Precision::Day) => format!("Fondata il {text}"),
        (Lang::It, Precision::Month) => format!("Fondata a {text}"),
        (Lang::It, Precision::Year) => format!("Fondata nel {text}"),
        (Lang::De, Precision::Day) => format!("Gegründet am {text}"),
        (Lang::De, Precision::Month) => format!("Gegründet im {text}"),
        (Lang::De, Precision::Year) => format!("Gegründet {text}"),
        (Lang::Fr, Precision::Day) => format!("Fondé le {text}"),
        (Lang::Fr, _) => format!("Fondé en {text}"),
    }
}

/// ", ended 2019" after a founding date.
pub fn ended(lang: Lang, d: PartialDate) -> String {
    let text = date(lang, d);
    match lang {
        Lang::En => format!(", ended {text}"),
        Lang::It => format!(", conclusa: {text}"),
        Lang::De => format!(", beendet: {text}"),
        Lang::Fr => format!(", dissous : {text}"),
    }
}

/// "checked 21 November 2026".
pub fn checked(lang: Lang, d: PartialDate) -> String {
    let text = date(lang, d);
    match lang {
        Lang::En => format!("checked {text}"),
        Lang::It => format!("verificata il {text}"),
        Lang::De => format!("geprüft am {text}"),
        Lang::Fr => format!("vérifiée le {text}"),
    }
}

/// A span of years: "2010–2019", or "since 2024" while it runs.
pub fn years(lang: Lang, first: i32, last: Option<i32>) -> String {
    match last {
        Some(last) if last != first => format!("{first}–{last}"),
        Some(_) => first.to_string(),
        None => since(lang, PartialDate::year(first)),
    }
}

/// The year-range summary above the sliders.
pub fn in_force(lang: Lang, from: i32, to: i32) -> String {
    if from == to {
        match lang {
            Lang::En => format!("In force in {from}"),
            Lang::It => format!("In vigore nel {from}"),
            Lang::De => format!("In Kraft {from}"),
            Lang::Fr => format!("En vigueur en {from}"),
        }
    } else {
        match lang {
            Lang::En => format!("In force at any time {from}–{to}"),
            Lang::It => format!("In vigore in qualche momento tra il {from} e il {to}"),
            Lang::De => format!("In Kraft irgendwann {from}–{to}"),
            Lang::Fr => format!("En vigueur à un moment entre {from} et {to}"),
        }
    }
}

/// "Signed or joined in 2024", "… from 2020 to 2024": the years when they mean when ties
/// began.
pub fn began_in(lang: Lang, from: i32, to: i32) -> String {
    if from == to {
        match lang {
            Lang::En => format!("Signed or joined in {from}"),
            Lang::It => format!("Firmati o aderiti nel {from}"),
            Lang::De => format!("Unterzeichnet oder beigetreten {from}"),
            Lang::Fr => format!("Signés ou rejoints en {from}"),
        }
    } else {
        match lang {
            Lang::En => format!("Signed or joined from {from} to {to}"),
            Lang::It => format!("Firmati o aderiti tra il {from} e il {to}"),
            Lang::De => format!("Unterzeichnet oder beigetreten {from}–{to}"),
            Lang::Fr => format!("Signés ou rejoints entre {from} et {to}"),
        }
    }
}

/// "118 regions · 2,874 ties · 15 networks · 20 agreements".
pub fn status(
    lang: Lang,
    regions: usize,
    ties: usize,
    networks: usize,
    agreements: usize,
) -> String {
    [
        count(lang, regions, Noun::Region),
        count(lang, ties, Noun::Tie),
        count(lang, networks, Noun::Network),
        count(lang, agreements, Noun::Agreement),
    ]
    .join(" · ")
}

/// The line about the data under the filters, ending with the atlas's name and `version`
/// (which a web team quotes when it reports a problem).
pub fn about_data(
    lang: Lang,
    regions: usize,
    networks: usize,
    agreements: usize,
    updated: PartialDate,
    version: &str,
) -> String {
    let (r, n, a) = (
        count(lang, regions, Noun::Region),
        count(lang, networks, Noun::Network),
        count(lang, agreements, Noun::Agreement),
    );
    let when = date(lang, updated);
    let about = match lang {
        Lang::En => format!("{r}, {n} and {a}, each with its sources. Data updated {when}."),
        Lang::It => {
            format!("{r}, {n} e {a}, ciascuno con le sue fonti. Dati aggiornati al {when}.")
        }
        Lang::De => format!("{r}, {n} und {a}, jeweils mit Quellen. Daten vom {when}."),
        Lang::Fr => format!("{r}, {n} et {a}, chacun avec ses sources. Données du {when}."),
    };
    format!("{about} Alliance Atlas {version}.")
}

/// "In the years shown: 192 ties with 103 regions."
pub fn region_summary(lang: Lang, ties: usize, partners: usize) -> String {
    let (t, p) = (
        count(lang, ties, Noun::Tie),
        count(lang, partners, Noun::Region),
    );
    match lang {
        Lang::En => format!("In the years shown: {t} with {p}."),
        Lang::It => format!("Negli anni mostrati: {t} con {p}."),
        Lang::De => format!("In den gezeigten Jahren: {t} mit {p}."),
        Lang::Fr => format!("Pour les années affichées : {t} avec {p}."),
    }
}

/// "1st", "1°", "1.", "1er": an ordinal number.
pub fn ordinal(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
        Lang::It => format!("{n}ª"),
        Lang::De => format!("{n}."),
        Lang::Fr if n == 1 => "1re".to_owned(),
        Lang::Fr => format!("{n}e"),
    }
}

/// "3rd of 118 regions by partners; 5th as a bridge between others (betweenness)."
pub fn region_ranks(lang: Lang, by_partners: usize, by_betweenness: usize, of: usize) -> String {
    let (p, b) = (ordinal(lang, by_partners), ordinal(lang, by_betweenness));
    let of_regions = count(lang, of, Noun::Region);
    match lang {
        Lang::En => format!(
            "{p} of {of_regions} by partners; {b} as a bridge between others (betweenness)."
        ),
        Lang::It => format!(
            "{p} su {of_regions} per numero di partner; {b} come ponte tra le altre (intermediazione)."
        ),
        Lang::De => format!(
            "{p} von {of_regions} nach Partnern; {b} als Brücke zwischen anderen (Zwischenzentralität)."
        ),
        Lang::Fr => format!(
            "{p} sur {of_regions} par le nombre de partenaires ; {b} comme pont entre les autres (intermédiarité)."
        ),
    }
}

/// "3rd of 118 regions by partners." (when betweenness is not computed for so large a view).
pub fn region_rank_by_partners(lang: Lang, by_partners: usize, of: usize) -> String {
    let p = ordinal(lang, by_partners);
    let of_regions = count(lang, of, Noun::Region);
    match lang {
        Lang::En => format!("{p} of {of_regions} by partners."),
        Lang::It => format!("{p} su {of_regions} per numero di partner."),
        Lang::De => format!("{p} von {of_regions} nach Partnern."),
        Lang::Fr => format!("{p} sur {of_regions} par le nombre de partenaires."),
    }
}

/// "Chain of 2 steps", one of the shortest chains of ties between two regions.
pub fn chain_steps(lang: Lang, steps: usize) -> String {
    match (lang, steps) {
        (Lang::En, 1) => "Directly tied".to_owned(),
        (Lang::It, 1) => "Legate direttamente".to_owned(),
        (Lang::De, 1) => "Direkt verbunden".to_owned(),
        (Lang::Fr, 1) => "Liées directement".to_owned(),
        (Lang::En, n) => format!("{n} steps"),
        (Lang::It, n) => format!("{n} passi"),
        (Lang::De, n) => format!("{n} Schritte"),
        (Lang::Fr, n) => format!("{n} étapes"),
    }
}

/// "12 ties began", for a bar of the timeline's histogram.
pub fn began_count(lang: Lang, n: usize) -> String {
    let ties = count(lang, n, Noun::Tie);
    match (lang, n == 1) {
        (Lang::En, _) => format!("{ties} began"),
        (Lang::It, true) => format!("{ties} iniziato"),
        (Lang::It, false) => format!("{ties} iniziati"),
        (Lang::De, _) => format!("{ties} begonnen"),
        (Lang::Fr, true) => format!("{ties} commencé"),
        (Lang::Fr, false) => format!("{ties} commencés"),
    }
}

/// "What changed in 2024", "What changed, 2020–2024".
pub fn changes_title(lang: Lang, from: i32, to: i32) -> String {
    let years = if from == to {
        from.to_string()
    } else {
        format!("{from}–{to}")
    };
    match (lang, from == to) {
        (Lang::En, true) => format!("What changed in {years}"),
        (Lang::En, false) => format!("What changed, {years}"),
        (Lang::It, true) => format!("Che cosa è cambiato nel {years}"),
        (Lang::It, false) => format!("Che cosa è cambiato, {years}"),
        (Lang::De, true) => format!("Was sich {years} geändert hat"),
        (Lang::De, false) => format!("Was sich geändert hat, {years}"),
        (Lang::Fr, true) => format!("Ce qui a changé en {years}"),
        (Lang::Fr, false) => format!("Ce qui a changé, {years}"),
    }
}

/// The verb of a change, after the names it is about: "joined", "left", "signed", "ended",
/// "took the chair of", "was founded".
pub fn change_verb(lang: Lang, what: ChangeVerb) -> &'static str {
    use ChangeVerb::*;
    match (lang, what) {
        (Lang::En, Founded) => "founded",
        (Lang::En, Joined) => "joined",
        (Lang::En, Left) => "left",
        (Lang::En, Signed) => "signed",
        (Lang::En, Ended) => "ended",
        (Lang::En, Presidency) => "took the chair of",
        (Lang::It, Founded) => "fondata",
        (Lang::It, Joined) => "è entrata in",
        (Lang::It, Left) => "è uscita da",
        (Lang::It, Signed) => "firmato",
        (Lang::It, Ended) => "concluso",
        (Lang::It, Presidency) => "ha assunto la presidenza di",
        (Lang::De, Founded) => "gegründet",
        (Lang::De, Joined) => "trat bei:",
        (Lang::De, Left) => "trat aus:",
        (Lang::De, Signed) => "unterzeichnet",
        (Lang::De, Ended) => "beendet",
        (Lang::De, Presidency) => "übernahm den Vorsitz von",
        (Lang::Fr, Founded) => "fondé",
        (Lang::Fr, Joined) => "a rejoint",
        (Lang::Fr, Left) => "a quitté",
        (Lang::Fr, Signed) => "signé",
        (Lang::Fr, Ended) => "terminé",
        (Lang::Fr, Presidency) => "a pris la présidence de",
    }
}

/// The kinds of change, for [`change_verb`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeVerb {
    Founded,
    Joined,
    Left,
    Signed,
    Ended,
    Presidency,
}

/// "29 of its 31 listed members in the years shown."
pub fn network_summary(lang: Lang, active: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("{active} of its {total} listed members in the years shown."),
        Lang::It => format!("{active} dei suoi {total} membri elencati negli anni mostrati."),
        Lang::De => {
            format!("{active} seiner {total} aufgeführten Mitglieder in den gezeigten Jahren.")
        }
        Lang::Fr => {
            format!("{active} de ses {total} membres répertoriés pour les années affichées.")
        }
    }
}

/// "3 ties in the years and sectors shown."
pub fn edge_summary(lang: Lang, ties: usize) -> String {
    let t = count(lang, ties, Noun::Tie);
    match lang {
        Lang::En => format!("{t} in the years and sectors shown."),
        Lang::It => format!("{t} negli anni e settori mostrati."),
        Lang::De => format!("{t} in den gezeigten Jahren und Sektoren."),
        Lang::Fr => format!("{t} pour les années et secteurs affichés."),
    }
}

/// "NUTS ITC4 (level 2, NUTS 2024)".
pub fn nuts_code(lang: Lang, id: &str, level: u8, version: &str) -> String {
    let word = match lang {
        Lang::En => "level",
        Lang::It => "livello",
        Lang::De => "Ebene",
        Lang::Fr => "niveau",
    };
    format!("NUTS {id} ({word} {level}, NUTS {version})")
}

/// "… and 4 more".
pub fn and_more(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("… and {n} more"),
        Lang::It => format!("… e altri {n}"),
        Lang::De => format!("… und {n} weitere"),
        Lang::Fr => format!("… et {n} de plus"),
    }
}

/// A presidency term: "Four Motors: president from 11 April 2019 to 25 September 2020".
pub fn presidency(
    lang: Lang,
    network: &str,
    role: &str,
    from: PartialDate,
    to: Option<PartialDate>,
) -> String {
    let role = match (lang, role) {
        (Lang::En, role) => role.to_owned(),
        (Lang::It, "co-chair") => "copresidenza".to_owned(),
        (Lang::It, _) => "presidenza".to_owned(),
        (Lang::De, "co-chair") => "Ko-Vorsitz".to_owned(),
        (Lang::De, _) => "Vorsitz".to_owned(),
        (Lang::Fr, "co-chair") => "coprésidence".to_owned(),
        (Lang::Fr, _) => "présidence".to_owned(),
    };
    let (from, to) = (date(lang, from), to.map(|t| date(lang, t)));
    match (lang, to) {
        (Lang::En, Some(to)) => format!("{network}: {role} from {from} to {to}"),
        (Lang::En, None) => format!("{network}: {role} from {from}"),
        (Lang::It, Some(to)) => format!("{network}: {role} da {from} a {to}"),
        (Lang::It, None) => format!("{network}: {role} da {from}"),
        (Lang::De, Some(to)) => format!("{network}: {role} von {from} bis {to}"),
        (Lang::De, None) => format!("{network}: {role} ab {from}"),
        (Lang::Fr, Some(to)) => format!("{network} : {role} du {from} au {to}"),
        (Lang::Fr, None) => format!("{network} : {role} depuis {from}"),
    }
}

/// "Lombardy (Lombardia) · ITC4 · 192 ties with 103 regions", for a region's tooltip.
pub fn region_tooltip(lang: Lang, names: &str, id: &str, ties: usize, partners: usize) -> String {
    let (t, p) = (
        count(lang, ties, Noun::Tie),
        count(lang, partners, Noun::Region),
    );
    let with = match lang {
        Lang::En => "with",
        Lang::It => "con",
        Lang::De => "mit",
        Lang::Fr => "avec",
    };
    format!("{names} · {id} · {t} {with} {p}")
}

/// "29 members in the years shown · founded 7 September 2023".
pub fn hub_summary(lang: Lang, members: usize, founded_on: PartialDate) -> String {
    let m = count(lang, members, Noun::Member);
    let f = founded(lang, founded_on).to_lowercase();
    match lang {
        Lang::En => format!("{m} in the years shown · {f}"),
        Lang::It => format!("{m} negli anni mostrati · {f}"),
        Lang::De => format!(
            "{m} in den gezeigten Jahren · {}",
            founded(lang, founded_on)
        ),
        Lang::Fr => format!("{m} pour les années affichées · {f}"),
    }
}

/// "Lombardy in ESRA, since 2024".
pub fn spoke(lang: Lang, region: &str, network: &str, span: &str) -> String {
    match lang {
        Lang::En => format!("{region} in {network}, {span}"),
        Lang::It => format!("{region} in {network}, {span}"),
        Lang::De => format!("{region} in {network}, {span}"),
        Lang::Fr => format!("{region} dans {network}, {span}"),
    }
}

mod export;
mod view_warning;
pub use export::{export_filters, export_sources};
pub use view_warning::view_warning;
#[cfg(test)]
mod tests;

/// The kind of an agreement, in words.
pub fn agreement_kind(lang: Lang, kind: crate::dataset::AgreementKind) -> &'static str {
    use crate::dataset::AgreementKind::*;
    match (lang, kind) {
        (Lang::En, Mou) => "memorandum of understanding",
        (Lang::En, Declaration) => "declaration",
        (Lang::En, Agreement) => "agreement",
        (Lang::En, Alliance) => "alliance",
        (Lang::It, Mou) => "protocollo d'intesa",
        (Lang::It, Declaration) => "dichiarazione",
        (Lang::It, Agreement) => "accordo",
        (Lang::It, Alliance) => "alleanza",
        (Lang::De, Mou) => "Absichtserklärung",
        (Lang::De, Declaration) => "Erklärung",
        (Lang::De, Agreement) => "Abkommen",
        (Lang::De, Alliance) => "Allianz",
        (Lang::Fr, Mou) => "protocole d'accord",
        (Lang::Fr, Declaration) => "déclaration",
        (Lang::Fr, Agreement) => "accord",
        (Lang::Fr, Alliance) => "alliance",
    }
}

/// "Members of ESRA but not of the others".
pub fn set_only_first(lang: Lang, first: &str) -> String {
    match lang {
        Lang::En => format!("Members of {first} but not of the others"),
        Lang::It => format!("Membri di {first} ma non delle altre"),
        Lang::De => format!("Mitglied in {first}, aber nicht in den anderen"),
        Lang::Fr => format!("Membres de {first} mais pas des autres"),
    }
}

/// "ARA has no ties in the sectors shown: its sector is automotive."
pub fn outside_sectors(lang: Lang, network: &str, its_sectors: &str) -> String {
    match lang {
        Lang::En => format!("{network} has no ties in the sectors shown: its sectors are {its_sectors}."),
        Lang::It => format!("{network} non ha legami nei settori mostrati: i suoi settori sono {its_sectors}."),
        Lang::De => format!("{network} hat keine Verbindungen in den gezeigten Sektoren: seine Sektoren sind {its_sectors}."),
        Lang::Fr => format!("{network} n'a aucun lien dans les secteurs affichés : ses secteurs sont {its_sectors}."),
    }
}

/// "ESRA is left out by the kinds of network shown: it is a thematic alliance."
pub fn outside_kinds(lang: Lang, network: &str, its_kind: &str) -> String {
    match lang {
        Lang::En => {
            format!("{network} is left out by the kinds of network shown: it is a {its_kind}.")
        }
        Lang::It => format!("{network} è esclusa dai tipi di rete mostrati: è {its_kind}."),
        Lang::De => format!(
            "{network} ist durch die gezeigten Netzwerkarten ausgeschlossen: es ist {its_kind}."
        ),
        Lang::Fr => {
            format!("{network} est exclu par les types de réseau affichés : c'est {its_kind}.")
        }
    }
}

/// "ESRA had no members in the years shown (it was founded in 2023)."
pub fn no_members_in_years(lang: Lang, network: &str, founded: i32) -> String {
    match lang {
        Lang::En => {
            format!("{network} had no members in the years shown (it was founded in {founded}).")
        }
        Lang::It => format!(
            "{network} non aveva membri negli anni mostrati (è stata fondata nel {founded})."
        ),
        Lang::De => format!(
            "{network} hatte in den gezeigten Jahren keine Mitglieder (gegründet {founded})."
        ),
        Lang::Fr => format!(
            "{network} n'avait aucun membre pour les années affichées (fondé en {founded})."
        ),
    }
}
