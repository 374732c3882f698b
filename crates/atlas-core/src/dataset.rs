//! The checked dataset: every id resolved to an index, every date parsed, every rule held.
//!
//! A [`Dataset`] can only be made by [`crate::validate`], so code that holds one never checks
//! again. Items refer to each other by typed indices ([`RegionIdx`], ...), which index the
//! vectors of the dataset.

use std::collections::BTreeMap;

use crate::date::{PartialDate, YearSpan};
use crate::projection::GeoPoint;

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index_type!(
    /// Index into [`Dataset::sources`].
    SourceIdx
);
index_type!(
    /// Index into [`Dataset::sectors`].
    SectorIdx
);
index_type!(
    /// Index into [`Dataset::regions`].
    RegionIdx
);
index_type!(
    /// Index into [`Dataset::networks`].
    NetworkIdx
);
index_type!(
    /// Index into [`Dataset::agreements`].
    AgreementIdx
);

/// Text in several languages, with English as the fallback every item must have.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names(BTreeMap<String, String>);

impl Names {
    /// Names from a map that holds a non-empty English entry (checked by validation).
    pub(crate) fn new(map: BTreeMap<String, String>) -> Self {
        Self(map)
    }

    /// The text in `lang`, else in English, else in any language.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.get("en"))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The text in exactly `lang`, without fallback.
    pub fn exact(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every (language, text) pair, sorted by language code.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub url: String,
    pub title: String,
    pub publisher: String,
    pub published: Option<PartialDate>,
    pub checked: PartialDate,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sector {
    pub id: String,
    pub labels: Names,
    /// `#rrggbb`, lower case.
    pub color: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub id: String,
    pub names: Names,
    pub languages: Vec<String>,
    pub country: String,
    pub nuts_level: u8,
    pub nuts_version: String,
    pub eu: bool,
    pub position: GeoPoint,
    pub coordinate_sources: Vec<SourceIdx>,
    pub coordinate_estimated: bool,
    pub outside_europe: bool,
    pub conflicts: Vec<Conflict>,
}

impl Region {
    /// The region's name in its own (first) language.
    pub fn own_name(&self) -> &str {
        self.languages
            .first()
            .and_then(|lang| self.names.exact(lang))
            .unwrap_or_else(|| self.names.get("en"))
    }
}

/// A membership role, as the network itself calls it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Member,
    Associate,
    Observer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Associate => "associate",
            Role::Observer => "observer",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Membership {
    pub region: RegionIdx,
    pub joined: PartialDate,
    pub left: Option<PartialDate>,
    pub role: Role,
    pub founding: bool,
    pub sources: Vec<SourceIdx>,
    pub estimated: bool,
    pub conflicts: Vec<Conflict>,
    pub note: String,
}

/// One term of a network's presidency.
#[derive(Clone, Debug, PartialEq)]
pub struct Presidency {
    pub region: RegionIdx,
    pub from: PartialDate,
    pub to: Option<PartialDate>,
    /// As the network calls it: "president", "chair", "co-chair".
    pub role: String,
    pub sources: Vec<SourceIdx>,
    pub estimated: bool,
    pub note: String,
}

/// Sources that disagree about something.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub about: String,
    pub claims: Vec<Claim>,
    pub resolution: String,
}

/// What some sources say.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub says: String,
    pub sources: Vec<SourceIdx>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Network {
    pub id: String,
    pub names: Names,
    pub acronym: String,
    pub founded: PartialDate,
    pub ended: Option<PartialDate>,
    pub sectors: Vec<SectorIdx>,
    pub website: String,
    pub sources: Vec<SourceIdx>,
    pub members: Vec<Membership>,
    pub presidencies: Vec<Presidency>,
    pub conflicts: Vec<Conflict>,
    pub known_gaps: String,
    pub notes: String,
}

impl Network {
    /// The years a member counted as a member: its own span, cut short if the network ended.
    pub fn membership_span(&self, membership: &Membership) -> YearSpan {
        let own = YearSpan::from_dates(membership.joined, membership.left);
        let network = YearSpan::from_dates(self.founded, self.ended);
        own.intersect(&network).unwrap_or(own)
    }

    /// A short label: the acronym if there is one, else the English name.
    pub fn short_name(&self, lang: &str) -> &str {
        if self.acronym.is_empty() {
            self.names.get(lang)
        } else {
            &self.acronym
        }
    }
}

/// What kind of instrument an agreement is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgreementKind {
    /// Memorandum of understanding.
    Mou,
    /// Declaration of intent or joint declaration.
    Declaration,
    /// Signed cooperation agreement.
    Agreement,
    /// An alliance announced by the regions' governments.
    Alliance,
}

impl AgreementKind {
    pub const ALL: [AgreementKind; 4] = [
        AgreementKind::Mou,
        AgreementKind::Declaration,
        AgreementKind::Agreement,
        AgreementKind::Alliance,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AgreementKind::Mou => "mou",
            AgreementKind::Declaration => "declaration",
            AgreementKind::Agreement => "agreement",
            AgreementKind::Alliance => "alliance",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    pub id: String,
    pub names: Names,
    pub kind: AgreementKind,
    pub parties: Vec<RegionIdx>,
    pub signed: PartialDate,
    pub ends: Option<PartialDate>,
    pub sectors: Vec<SectorIdx>,
    pub sources: Vec<SourceIdx>,
    pub estimated: bool,
    pub summary: Names,
    pub conflicts: Vec<Conflict>,
    pub note: String,
}

impl Agreement {
    pub fn span(&self) -> YearSpan {
        YearSpan::from_dates(self.signed, self.ends)
    }
}

/// The checked dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub format_version: String,
    pub title: String,
    pub nuts_version: String,
    pub updated: PartialDate,
    pub notes: String,
    pub sources: Vec<Source>,
    pub sectors: Vec<Sector>,
    pub regions: Vec<Region>,
    pub networks: Vec<Network>,
    pub agreements: Vec<Agreement>,
    pub(crate) region_ids: BTreeMap<String, RegionIdx>,
    pub(crate) sector_ids: BTreeMap<String, SectorIdx>,
}

impl Dataset {
    pub fn region(&self, idx: RegionIdx) -> &Region {
        &self.regions[idx.index()]
    }

    pub fn sector(&self, idx: SectorIdx) -> &Sector {
        &self.sectors[idx.index()]
    }

    pub fn network(&self, idx: NetworkIdx) -> &Network {
        &self.networks[idx.index()]
    }

    pub fn agreement(&self, idx: AgreementIdx) -> &Agreement {
        &self.agreements[idx.index()]
    }

    pub fn source(&self, idx: SourceIdx) -> &Source {
        &self.sources[idx.index()]
    }

    pub fn region_by_id(&self, id: &str) -> Option<RegionIdx> {
        self.region_ids.get(id).copied()
    }

    pub fn sector_by_id(&self, id: &str) -> Option<SectorIdx> {
        self.sector_ids.get(id).copied()
    }

    /// The first and the last year in which anything in the data starts (a network is founded,
    /// a region joins, an agreement is signed). The timeline runs from the first to the later of
    /// the last and today; an end date in the future does not stretch it.
    pub fn year_bounds(&self) -> (i32, i32) {
        let starts = self
            .networks
            .iter()
            .flat_map(|n| {
                std::iter::once(n.founded.year).chain(n.members.iter().map(|m| m.joined.year))
            })
            .chain(self.agreements.iter().map(|a| a.signed.year));
        let (first, last) = starts.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
        if first > last {
            (self.updated.year, self.updated.year)
        } else {
            (first, last)
        }
    }
}
