//! The checked dataset: every id resolved to an index, every date parsed, every rule held.
//!
//! A [`Dataset`] can only be made by [`crate::validate`], so code that holds one never checks
//! again. Items refer to each other by typed indices ([`RegionIdx`], ...), which index the
//! vectors of the dataset.

use std::collections::BTreeMap;

use crate::date::{PartialDate, YearSpan};
use crate::error::DataError;
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

/// Text in several languages (names, summaries, notes), with English as the fallback: every
/// name has English; a summary or a note is either empty or has English.
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

/// A membership role. The three common ones are told apart; any other word the network uses
/// (`partner`, `participant`, ...) is kept as it is written.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MemberRole {
    /// A full member: the default when the file gives no role.
    Member,
    Associate,
    Observer,
    /// The network's own word for the role, trimmed, never empty.
    Other(String),
}

impl MemberRole {
    /// The role from the file's word: `member`, `associate` and `observer` are the common
    /// roles, anything else is the network's own word.
    pub fn from_word(word: &str) -> Self {
        match word {
            "member" => MemberRole::Member,
            "associate" => MemberRole::Associate,
            "observer" => MemberRole::Observer,
            other => MemberRole::Other(other.to_owned()),
        }
    }

    /// The role as the file writes it.
    pub fn as_str(&self) -> &str {
        match self {
            MemberRole::Member => "member",
            MemberRole::Associate => "associate",
            MemberRole::Observer => "observer",
            MemberRole::Other(word) => word,
        }
    }
}

/// The name of [`MemberRole`] before format 1.2, when a role was one of three.
pub type Role = MemberRole;

#[derive(Clone, Debug, PartialEq)]
pub struct Membership {
    pub region: RegionIdx,
    pub joined: PartialDate,
    pub left: Option<PartialDate>,
    pub role: MemberRole,
    pub founding: bool,
    pub sources: Vec<SourceIdx>,
    pub estimated: bool,
    pub conflicts: Vec<Conflict>,
    /// By language; empty when there is none.
    pub note: Names,
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
    /// By language; empty when there is none.
    pub note: Names,
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

/// What kind of network a network is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NetworkKind {
    /// Regions allied around an industry or a policy (ESRA, the Vanguard Initiative).
    ThematicAlliance,
    /// A working community of neighbouring regions (Arge Alp, Alps-Adriatic).
    WorkingCommunity,
    /// A cross-border euroregion, including a European grouping of territorial cooperation (EGTC).
    Euroregion,
    /// An EU macro-regional strategy (EUSALP, EUSDR).
    MacroRegionalStrategy,
    /// An association of regions (AER, CPMR).
    AssociationOfRegions,
    /// A network that meets as a summit of regions' leaders (the Regional Leaders Summit).
    Summit,
}

impl NetworkKind {
    pub const ALL: [NetworkKind; 6] = [
        NetworkKind::ThematicAlliance,
        NetworkKind::WorkingCommunity,
        NetworkKind::Euroregion,
        NetworkKind::MacroRegionalStrategy,
        NetworkKind::AssociationOfRegions,
        NetworkKind::Summit,
    ];

    /// The kind as the file writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            NetworkKind::ThematicAlliance => "thematic-alliance",
            NetworkKind::WorkingCommunity => "working-community",
            NetworkKind::Euroregion => "euroregion",
            NetworkKind::MacroRegionalStrategy => "macro-regional-strategy",
            NetworkKind::AssociationOfRegions => "association-of-regions",
            NetworkKind::Summit => "summit",
        }
    }

    /// The kind from the file's word.
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == word)
    }

    /// The kind in English, for people.
    pub fn label(self) -> &'static str {
        match self {
            NetworkKind::ThematicAlliance => "Thematic alliance",
            NetworkKind::WorkingCommunity => "Working community",
            NetworkKind::Euroregion => "Euroregion or EGTC",
            NetworkKind::MacroRegionalStrategy => "Macro-regional strategy",
            NetworkKind::AssociationOfRegions => "Association of regions",
            NetworkKind::Summit => "Summit",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Network {
    pub id: String,
    pub names: Names,
    pub acronym: String,
    /// Absent when the file does not say (files before format 1.2 never do).
    pub kind: Option<NetworkKind>,
    pub founded: PartialDate,
    pub ended: Option<PartialDate>,
    pub sectors: Vec<SectorIdx>,
    pub website: String,
    pub sources: Vec<SourceIdx>,
    pub members: Vec<Membership>,
    pub presidencies: Vec<Presidency>,
    pub conflicts: Vec<Conflict>,
    /// By language; empty when there is none.
    pub known_gaps: Names,
    /// By language; empty when there is none.
    pub notes: Names,
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
    /// By language; empty when there is none.
    pub note: Names,
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
    /// What is weak in the file's sources, each with its JSON path: the file loads, but these
    /// deserve a look (see `validate::source_warnings`).
    pub warnings: Vec<DataError>,
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

    pub fn network_by_id(&self, id: &str) -> Option<NetworkIdx> {
        self.networks
            .iter()
            .position(|n| n.id == id)
            .map(|i| NetworkIdx(i as u32))
    }

    /// The networks `region` belongs to, each with its membership, in order of joining.
    pub fn memberships_of(&self, region: RegionIdx) -> Vec<(NetworkIdx, &Membership)> {
        let mut found: Vec<(NetworkIdx, &Membership)> = self
            .networks
            .iter()
            .enumerate()
            .flat_map(|(i, n)| {
                n.members
                    .iter()
                    .filter(move |m| m.region == region)
                    .map(move |m| (NetworkIdx(i as u32), m))
            })
            .collect();
        crate::sort::sort_by_key(&mut found, |(_, m)| m.joined);
        found
    }

    /// The presidencies `region` held, network by network, in the networks' order.
    pub fn presidencies_of(&self, region: RegionIdx) -> Vec<(NetworkIdx, &Presidency)> {
        self.networks
            .iter()
            .enumerate()
            .flat_map(|(i, n)| {
                n.presidencies
                    .iter()
                    .filter(move |p| p.region == region)
                    .map(move |p| (NetworkIdx(i as u32), p))
            })
            .collect()
    }

    /// The agreements `region` is a party to, in order of signing.
    pub fn agreements_of(&self, region: RegionIdx) -> Vec<&Agreement> {
        let mut found: Vec<&Agreement> = self
            .agreements
            .iter()
            .filter(|a| a.parties.contains(&region))
            .collect();
        crate::sort::sort_by_key(&mut found, |a| a.signed);
        found
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
