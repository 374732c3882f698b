//! Dates as the sources give them, and the year intervals the filters work on.
//!
//! Sources rarely agree on precision: one says "1988", another "September 1988", a third
//! "9 September 1988". [`PartialDate`] keeps exactly what was stated, so the data never
//! claims a precision it does not have. Filtering works in whole years ([`YearSpan`]).

use std::fmt;
use std::str::FromStr;

/// The earliest year a date in the data may carry. Older dates are almost certainly typos.
pub const MIN_YEAR: i32 = 1900;
/// The latest year a date in the data may carry.
pub const MAX_YEAR: i32 = 2100;

/// A calendar date known to the year, the month or the day: `1988`, `1988-09` or `1988-09-09`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
}

/// Why a date string could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("\"{0}\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")]
    Format(String),
    #[error("year {year} is outside {MIN_YEAR} to {MAX_YEAR}")]
    YearOutOfRange { year: i32 },
    #[error("month {month} does not exist")]
    Month { month: u8 },
    #[error("day {day} does not exist in {year}-{month:02}")]
    Day { year: i32, month: u8, day: u8 },
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 31,
    }
}

fn digits<T: FromStr>(part: &str, len: usize) -> Option<T> {
    if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
        part.parse().ok()
    } else {
        None
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let format_error = || DateError::Format(text.to_owned());
        let mut parts = text.split('-');
        let year: i32 = parts
            .next()
            .and_then(|p| digits(p, 4))
            .ok_or_else(format_error)?;
        let month: Option<u8> = match parts.next() {
            None => None,
            Some(p) => Some(digits(p, 2).ok_or_else(format_error)?),
        };
        let day: Option<u8> = match parts.next() {
            None => None,
            Some(p) => Some(digits(p, 2).ok_or_else(format_error)?),
        };
        if parts.next().is_some() {
            return Err(format_error());
        }
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError::YearOutOfRange { year });
        }
        if let Some(month) = month {
            if !(1..=12).contains(&month) {
                return Err(DateError::Month { month });
            }
            if let Some(day) = day {
                if day == 0 || day > days_in_month(year, month) {
                    return Err(DateError::Day { year, month, day });
                }
            }
        }
        Ok(Self { year, month, day })
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
            if let Some(day) = self.day {
                write!(f, "-{day:02}")?;
            }
        }
        Ok(())
    }
}

/// An inclusive span of whole years, open-ended at the end while a tie is still in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct YearSpan {
    pub first: i32,
    /// The last year the tie was in force; `None` while it still is.
    pub last: Option<i32>,
}

impl YearSpan {
    /// The span of a tie that started at `start` and, if it ended, ended at `end`.
    ///
    /// A tie counts in year `y` when it had started by `y` and had not ended before `y`,
    /// so a tie that ended in 2019 still counts in 2019.
    pub fn from_dates(start: PartialDate, end: Option<PartialDate>) -> Self {
        Self {
            first: start.year,
            last: end.map(|d| d.year),
        }
    }

    /// Whether the tie counts in year `year`.
    pub fn contains(&self, year: i32) -> bool {
        self.first <= year && self.last.is_none_or(|last| year <= last)
    }

    /// Whether the tie counts in at least one year of the inclusive range `from..=to`.
    pub fn overlaps(&self, from: i32, to: i32) -> bool {
        self.first <= to && self.last.is_none_or(|last| from <= last)
    }

    /// The years in which both ties count, if there are any.
    pub fn intersect(&self, other: &YearSpan) -> Option<YearSpan> {
        let first = self.first.max(other.first);
        let last = match (self.last, other.last) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match last {
            Some(last) if last < first => None,
            _ => Some(YearSpan { first, last }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_at_every_precision() {
        for text in ["1988", "1988-09", "1988-09-09", "2024-02-29"] {
            let date: PartialDate = text.parse().unwrap();
            assert_eq!(date.to_string(), text);
        }
    }

    #[test]
    fn impossible_dates_are_refused_with_a_reason() {
        assert_eq!(
            "2023-02-29".parse::<PartialDate>(),
            Err(DateError::Day {
                year: 2023,
                month: 2,
                day: 29
            })
        );
        assert_eq!(
            "2023-13".parse::<PartialDate>(),
            Err(DateError::Month { month: 13 })
        );
        assert_eq!(
            "1066".parse::<PartialDate>(),
            Err(DateError::YearOutOfRange { year: 1066 })
        );
        for bad in ["", "88", "1988/09/09", "1988-9-9", "1988-09-09-01", "year"] {
            assert!(
                matches!(bad.parse::<PartialDate>(), Err(DateError::Format(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_tie_counts_from_its_start_year_through_its_end_year() {
        let span = YearSpan::from_dates(PartialDate::year(2010), Some(PartialDate::year(2019)));
        assert!(!span.contains(2009));
        assert!(span.contains(2010));
        assert!(span.contains(2019));
        assert!(!span.contains(2020));
        let open = YearSpan::from_dates(PartialDate::ymd(2026, 3, 3), None);
        assert!(open.contains(2026));
        assert!(open.contains(2090));
        assert!(!open.contains(2025));
    }

    #[test]
    fn a_tie_counts_in_a_range_when_it_counts_in_any_year_of_it() {
        let span = YearSpan {
            first: 2010,
            last: Some(2019),
        };
        assert!(span.overlaps(2000, 2010));
        assert!(span.overlaps(2019, 2030));
        assert!(span.overlaps(2012, 2013));
        assert!(!span.overlaps(2000, 2009));
        assert!(!span.overlaps(2020, 2030));
        let march_2026 = YearSpan {
            first: 2026,
            last: None,
        };
        assert!(!march_2026.overlaps(2020, 2025));
        assert!(march_2026.overlaps(2026, 2026));
    }

    #[test]
    fn intersections_of_spans() {
        let a = YearSpan {
            first: 2000,
            last: Some(2010),
        };
        let b = YearSpan {
            first: 2005,
            last: None,
        };
        assert_eq!(
            a.intersect(&b),
            Some(YearSpan {
                first: 2005,
                last: Some(2010)
            })
        );
        let c = YearSpan {
            first: 2011,
            last: None,
        };
        assert_eq!(a.intersect(&c), None);
        assert_eq!(
            b.intersect(&c),
            Some(YearSpan {
                first: 2011,
                last: None
            })
        );
    }
}
