//! What can be wrong with a data file, as types for tests and as sentences for people.
//!
//! Every problem carries the JSON path of the offending value (`networks[2].members[5].region`)
//! and prints as `path: sentence`, the sentence naming the item concerned. A few kinds are
//! warnings ([`Problem::is_warning`]): the file loads, but its sources are weaker than they
//! should be.

use std::fmt;

use crate::date::DateError;

/// One problem found in a data file, with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    /// JSON path of the value concerned, e.g. `regions[3].lat`.
    pub path: String,
    pub problem: Problem,
}

impl fmt::Display for DataError {
    /// `path: sentence`, or the sentence alone without a path.
    ///
    /// Always one line: control characters the file put in a field's name or a value (a
    /// newline inside a key) are shown escaped, as `\n`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = if self.path.is_empty() {
            self.problem.to_string()
        } else {
            format!("{}: {}", self.path, self.problem)
        };
        for c in line.chars() {
            if c.is_control() {
                write!(f, "{}", c.escape_default())?;
            } else {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for DataError {}

/// The kinds of problem. `item` fields hold a description such as `network "esra"`.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Problem {
    #[error("the file is not valid JSON of the atlas format: {message}")]
    Syntax { message: String },
    #[error("the file is {bytes} bytes; the atlas reads files up to {limit} bytes")]
    TooLarge { bytes: usize, limit: usize },
    #[error("format version \"{found}\" is not of the form MAJOR.MINOR, such as \"1.0\"")]
    FormatVersionMalformed { found: String },
    #[error(
        "this file is format version {found}, newer than this atlas reads (version {supported}.x); \
         update the atlas or export the file as version {supported}"
    )]
    FormatVersionTooNew { found: String, supported: u32 },
    #[error("{item}: {field} \"{value}\" is not a usable date: {reason}")]
    BadDate {
        item: String,
        field: &'static str,
        value: String,
        reason: DateError,
    },
    #[error("{item_kind} id \"{id}\" is not valid: {rule}")]
    InvalidId {
        item_kind: &'static str,
        id: String,
        rule: &'static str,
    },
    #[error("{item_kind} id \"{id}\" is used twice; it was first used at {first_path}")]
    DuplicateId {
        item_kind: &'static str,
        id: String,
        first_path: String,
    },
    #[error(
        "{item} has no English name; every item needs one, as the fallback for other languages"
    )]
    MissingEnglishName { item: String },
    #[error("{item} has an empty {field}")]
    EmptyText { item: String, field: String },
    #[error("{item} refers to region \"{id}\", but no region has that id")]
    UnknownRegion { item: String, id: String },
    #[error("{item} refers to sector \"{id}\", but no sector has that id")]
    UnknownSector { item: String, id: String },
    #[error("{item} cites source \"{id}\", but no source has that id")]
    UnknownSource { item: String, id: String },
    #[error("{item} cites no source; every {what} needs at least one")]
    NoSources { item: String, what: &'static str },
    #[error("{item} has no sector; give it at least one so the sector filter can find it")]
    NoSectors { item: String },
    #[error("{item} lists sector \"{id}\" twice")]
    DuplicateSector { item: String, id: String },
    #[error("{item}: {end_field} {end} comes before {start_field} {start}")]
    InvertedDates {
        item: String,
        start_field: &'static str,
        start: String,
        end_field: &'static str,
        end: String,
    },
    #[error("{item} joined in {joined}, before the network was founded in {founded}")]
    JoinedBeforeFounding {
        item: String,
        joined: String,
        founded: String,
    },
    #[error("{item} joined in {joined}, after the network ended in {ended}")]
    JoinedAfterEnd {
        item: String,
        joined: String,
        ended: String,
    },
    #[error("{item} has coordinates lat {lat}, lon {lon}, {reason}")]
    CoordinatesOutOfRange {
        item: String,
        lat: f64,
        lon: f64,
        reason: &'static str,
    },
    #[error("{item} has {count} member(s); a network needs at least two")]
    TooFewMembers { item: String, count: usize },
    #[error("{item} has {count} distinct part(y/ies); an agreement needs at least two")]
    TooFewParties { item: String, count: usize },
    #[error("{item} lists region \"{region}\" twice for overlapping years")]
    DuplicateMember { item: String, region: String },
    #[error("{item} lists region \"{region}\" twice as a party; a region cannot sign with itself")]
    DuplicateParty { item: String, region: String },
    #[error("{item} has colour \"{value}\"; write it as #RRGGBB, e.g. #4477aa")]
    InvalidColor { item: String, value: String },
    #[error("{item} has address \"{value}\": {reason}")]
    InvalidUrl {
        item: String,
        value: String,
        reason: &'static str,
    },
    #[error("{item} has role \"{value}\"; use {allowed}")]
    UnknownRole {
        item: String,
        value: String,
        allowed: &'static str,
    },
    #[error("{item} records a conflict about \"{about}\" with {count} claim(s); a conflict needs at least two")]
    TooFewClaims {
        item: String,
        about: String,
        count: usize,
    },
    #[error("{item} has kind \"{value}\"; use mou, declaration, agreement or alliance")]
    UnknownAgreementKind { item: String, value: String },
    #[error(
        "{item} has language code \"{value}\"; use a lower-case ISO 639-1 code such as \"it\""
    )]
    InvalidLanguage { item: String, value: String },
    #[error("{item} has no name in its own language \"{lang}\"")]
    MissingOwnName { item: String, lang: String },
    #[error("{item} has country \"{value}\"; use an ISO 3166-1 alpha-2 code such as \"IT\"")]
    InvalidCountry { item: String, value: String },
    #[error("{item}: {reason}")]
    NutsMismatch { item: String, reason: String },
    #[error("NUTS version \"{value}\" is not a NUTS year such as \"2024\"")]
    InvalidNutsVersion { value: String },
    #[error(
        "{item} has kind \"{value}\"; use thematic-alliance, working-community, euroregion, \
         macro-regional-strategy, association-of-regions or summit"
    )]
    UnknownNetworkKind { item: String, value: String },
    #[error(
        "{item} has \"{field}\" without English; give it in \"en\" too, the fallback for other languages"
    )]
    MissingEnglishText { item: String, field: &'static str },

    // Overlay files (`crate::overlay`): a file that adds to the bundled data. Their paths point
    // into the overlay file.
    #[error(
        "the overlay adds to \"{found}\", but this atlas's bundled data is \"{expected}\"; \
         write \"adds_to\": \"{expected}\""
    )]
    OverlayForOtherData {
        found: String,
        expected: &'static str,
    },
    #[error(
        "the overlay adds {item_kind} \"{id}\", but the bundled data already has {existing} with \
         that id; an overlay can only add new ids ({remedy})"
    )]
    OverlayIdClash {
        /// What the overlay adds: `region`, `network`, ...
        item_kind: &'static str,
        id: String,
        /// The bundled item with that id, with its article: `a region`, `an agreement`.
        existing: &'static str,
        /// What to do instead, e.g. `choose another id, or leave it out: the bundled one is shown`.
        remedy: String,
    },
    #[error(
        "the overlay removes {item_kind} \"{id}\", but the bundled data has no {item_kind} with \
         that id; {remedy}"
    )]
    OverlayRemovesUnknown {
        item_kind: &'static str,
        id: String,
        remedy: String,
    },
    #[error(
        "the overlay removes {item_kind} \"{id}\", but {}; {}, or keep the {item_kind}",
        still_refer(first_user, *other_users),
        if *other_users == 0 { "remove it too" } else { "remove those too" }
    )]
    OverlayRemovesNeeded {
        item_kind: &'static str,
        id: String,
        /// The first remaining item that refers to it, e.g. `network "four-motors"`.
        first_user: String,
        /// How many more refer to it.
        other_users: usize,
    },
    #[error("the overlay adds region \"{region}\" to network \"{network}\", but {why}")]
    UnknownNetwork {
        region: String,
        network: String,
        /// Why the network is not there, and what to do, e.g. `the overlay removes that network
        /// (in remove.networks); ...`.
        why: String,
    },
    #[error(
        "region \"{region}\" is already a member of network \"{network}\" for overlapping years; \
         leave this membership out, or give it years that do not overlap"
    )]
    OverlayDuplicateMember { network: String, region: String },

    // Warnings: the file loads, but a source or a tie rests on less than it should. They are
    // reported by `validate::source_warnings` (and kept in `Dataset::warnings`), never as a
    // reason to refuse a file.
    #[error("{item} is a page on {host}, {what}; cite the original page instead")]
    CopiedSource {
        item: String,
        host: String,
        what: &'static str,
    },
    #[error("{item} has address \"{value}\", which {reason}; check where the address really ends")]
    StrayPunctuation {
        item: String,
        value: String,
        reason: &'static str,
    },
    #[error("{item} cites no source; cite one that names this {what}")]
    Unsourced { item: String, what: &'static str },
}

/// `network "four-motors" still refers to it`, or `network "four-motors" and 14 other items
/// still refer to it`.
fn still_refer(first_user: &str, other_users: usize) -> String {
    match other_users {
        0 => format!("{first_user} still refers to it"),
        1 => format!("{first_user} and 1 other item still refer to it"),
        n => format!("{first_user} and {n} other items still refer to it"),
    }
}

impl Problem {
    /// True for the kinds that are warnings: the file still loads (see [`Problem::CopiedSource`]
    /// and the two after it).
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Problem::CopiedSource { .. }
                | Problem::StrayPunctuation { .. }
                | Problem::Unsourced { .. }
        )
    }
}

/// Why a data file could not be loaded: one or more problems, all reported at once.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub errors: Vec<DataError>,
}

impl LoadError {
    pub fn single(path: impl Into<String>, problem: Problem) -> Self {
        Self {
            errors: vec![DataError {
                path: path.into(),
                problem,
            }],
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.errors.len();
        writeln!(
            f,
            "{count} problem{} in the data file:",
            if count == 1 { "" } else { "s" }
        )?;
        for error in &self.errors {
            writeln!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}
