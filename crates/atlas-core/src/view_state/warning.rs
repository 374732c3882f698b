//! What a link said that could not be used, with what was done instead.

use std::fmt;

/// Something in the URL that could not be used, with what was done instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewWarning {
    NotAYear {
        param: &'static str,
        value: String,
    },
    UnknownSector {
        id: String,
    },
    YearOutOfData {
        param: &'static str,
        year: i32,
        first: i32,
        last: i32,
    },
    InvertedYears {
        from: i32,
        to: i32,
    },
    UnknownRegion {
        id: String,
    },
    UnknownNetwork {
        id: String,
    },
    UnknownChoice {
        param: &'static str,
        value: String,
        choices: &'static str,
    },
    BadCamera {
        param: &'static str,
        value: String,
    },
}

impl fmt::Display for ViewWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ViewWarning::NotAYear { param, value } => {
                write!(f, "\"{param}={value}\" in the link is not a year; using the default")
            }
            ViewWarning::UnknownSector { id } => {
                write!(f, "the link names sector \"{id}\", which the data does not have; ignored")
            }
            ViewWarning::YearOutOfData {
                param,
                year,
                first,
                last,
            } => write!(
                f,
                "\"{param}={year}\" in the link is outside the years of the data ({first} to {last}); adjusted"
            ),
            ViewWarning::InvertedYears { from, to } => write!(
                f,
                "the link asks for years from {from} to {to}; showing {to} to {from} instead"
            ),
            ViewWarning::UnknownRegion { id } => {
                write!(f, "the link names region \"{id}\", which the data does not have; ignored")
            }
            ViewWarning::UnknownNetwork { id } => {
                write!(f, "the link names network \"{id}\", which the data does not have; ignored")
            }
            ViewWarning::UnknownChoice {
                param,
                value,
                choices,
            } => write!(f, "\"{param}={value}\" in the link is not one of {choices}; using the default"),
            ViewWarning::BadCamera { param, value } => write!(
                f,
                "\"{param}={value}\" in the link is not a usable {}; showing the whole map",
                if *param == "zoom" { "zoom (a number from 0.5 to 24)" } else { "centre (latitude,longitude)" }
            ),
        }
    }
}
