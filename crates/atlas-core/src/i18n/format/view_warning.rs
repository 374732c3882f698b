//! What a link warning says, in the reader's language.

use super::Lang;
use crate::ViewWarning;

/// What a link warning says, in the reader's language.
pub fn view_warning(lang: Lang, warning: &ViewWarning) -> String {
    match (lang, warning) {
        (Lang::En, w) => w.to_string(),
        (Lang::It, ViewWarning::NotAYear { param, value }) => {
            format!("«{param}={value}» nel link non è un anno: si usa il valore predefinito")
        }
        (Lang::It, ViewWarning::UnknownSector { id }) => {
            format!("il link nomina il settore «{id}», che i dati non hanno: ignorato")
        }
        (Lang::It, ViewWarning::YearOutOfData { param, year, first, last }) => format!(
            "«{param}={year}» nel link è fuori dagli anni dei dati ({first}–{last}): corretto"
        ),
        (Lang::It, ViewWarning::InvertedYears { from, to }) => {
            format!("il link chiede gli anni dal {from} al {to}: si mostrano dal {to} al {from}")
        }
        (Lang::It, ViewWarning::UnknownRegion { id }) => {
            format!("il link nomina la regione «{id}», che i dati non hanno: ignorata")
        }
        (Lang::It, ViewWarning::UnknownNetwork { id }) => {
            format!("il link nomina la rete «{id}», che i dati non hanno: ignorata")
        }
        (Lang::It, ViewWarning::UnknownChoice { param, value, choices }) => {
            format!("«{param}={value}» nel link non è tra {choices}: si usa il valore predefinito")
        }
        (Lang::It, ViewWarning::BadCamera { param, value }) => {
            format!("«{param}={value}» nel link non è utilizzabile: si mostra la mappa intera")
        }
        (Lang::De, ViewWarning::NotAYear { param, value }) => {
            format!("„{param}={value}“ im Link ist keine Jahreszahl; Standardwert verwendet")
        }
        (Lang::De, ViewWarning::UnknownSector { id }) => {
            format!("der Link nennt den Sektor „{id}“, den die Daten nicht haben; ignoriert")
        }
        (Lang::De, ViewWarning::YearOutOfData { param, year, first, last }) => format!(
            "„{param}={year}“ im Link liegt außerhalb der Jahre der Daten ({first}–{last}); angepasst"
        ),
        (Lang::De, ViewWarning::InvertedYears { from, to }) => {
            format!("der Link verlangt die Jahre {from} bis {to}; gezeigt werden {to} bis {from}")
        }
        (Lang::De, ViewWarning::UnknownRegion { id }) => {
            format!("der Link nennt die Region „{id}“, die die Daten nicht haben; ignoriert")
        }
        (Lang::De, ViewWarning::UnknownNetwork { id }) => {
            format!("der Link nennt das Netzwerk „{id}“, das die Daten nicht haben; ignoriert")
        }
        (Lang::De, ViewWarning::UnknownChoice { param, value, choices }) => {
            format!("„{param}={value}“ im Link ist nicht {choices}; Standardwert verwendet")
        }
        (Lang::De, ViewWarning::BadCamera { param, value }) => {
            format!("„{param}={value}“ im Link ist nicht verwendbar; die ganze Karte wird gezeigt")
        }
        (Lang::Fr, ViewWarning::NotAYear { param, value }) => {
            format!("« {param}={value} » dans le lien n'est pas une année ; valeur par défaut utilisée")
        }
        (Lang::Fr, ViewWarning::UnknownSector { id }) => {
            format!("le lien nomme le secteur « {id} », absent des données ; ignoré")
        }
        (Lang::Fr, ViewWarning::YearOutOfData { param, year, first, last }) => format!(
            "« {param}={year} » dans le lien sort des années des données ({first}–{last}) ; corrigé"
        ),
        (Lang::Fr, ViewWarning::InvertedYears { from, to }) => {
            format!("le lien demande les années {from} à {to} ; affichage de {to} à {from}")
        }
        (Lang::Fr, ViewWarning::UnknownRegion { id }) => {
            format!("le lien nomme la région « {id} », absente des données ; ignorée")
        }
        (Lang::Fr, ViewWarning::UnknownNetwork { id }) => {
            format!("le lien nomme le réseau « {id} », absent des données ; ignoré")
        }
        (Lang::Fr, ViewWarning::UnknownChoice { param, value, choices }) => {
            format!("« {param}={value} » dans le lien n'est pas {choices} ; valeur par défaut utilisée")
        }
        (Lang::Fr, ViewWarning::BadCamera { param, value }) => {
            format!("« {param}={value} » dans le lien est inutilisable ; carte entière affichée")
        }
    }
}
