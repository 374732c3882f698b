//! Plain-text descriptions of what the atlas shows, for tooltips, tables and exports.
//!
//! * [`names`]: regions, networks and sectors named as the page names them.
//! * [`tooltip`]: the tooltip the page shows for what is under the pointer.

pub mod names;
pub mod tooltip;

pub use names::{network_kind_label, network_label, network_short_name, region_name, sector_label};
pub use tooltip::{every_tooltip, tooltip_lines};

use crate::dataset::Dataset;
use crate::graph::{Tie, TieSource};

/// One line describing a tie: what it is, since when, about what.
pub fn tie_line(dataset: &Dataset, tie: &Tie, lang: &str) -> String {
    let sectors = |ids: &[crate::dataset::SectorIdx]| {
        ids.iter()
            .map(|&s| dataset.sector(s).labels.get(lang).to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let estimated = if tie.estimated { " (estimated)" } else { "" };
    let years = match tie.span.last {
        Some(last) if last != tie.span.first => format!("{}–{last}", tie.span.first),
        Some(_) => format!("{}", tie.span.first),
        None => format!("since {}", tie.span.first),
    };
    match tie.source {
        TieSource::Network(n) => {
            let network = dataset.network(n);
            let name = network.names.get(lang);
            let label = if network.acronym.is_empty() {
                name.to_owned()
            } else {
                format!("{} ({name})", network.acronym)
            };
            format!(
                "{label}: both members {years}{estimated} · {}",
                sectors(&network.sectors)
            )
        }
        TieSource::Agreement(a) => {
            let agreement = dataset.agreement(a);
            format!(
                "{}, signed {}{estimated} · {}",
                agreement.names.get(lang),
                agreement.signed,
                sectors(&agreement.sectors)
            )
        }
    }
}

/// The months' names in English, January first.
pub const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people read it: "3 March 2026", "March 2026" or "2026".
pub fn long_date(date: crate::date::PartialDate) -> String {
    match (date.month, date.day) {
        (Some(m), Some(d)) => format!("{d} {} {}", ENGLISH_MONTHS[(m - 1) as usize], date.year),
        (Some(m), None) => format!("{} {}", ENGLISH_MONTHS[(m - 1) as usize], date.year),
        _ => date.year.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::PartialDate;

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(long_date(PartialDate::ymd(2026, 3, 3)), "3 March 2026");
        assert_eq!(long_date("1988-09".parse().unwrap()), "September 1988");
        assert_eq!(long_date(PartialDate::year(2004)), "2004");
    }
}
