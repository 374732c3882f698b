//! The data file exactly as it is written: `public/data/atlas.json`.
//!
//! These types mirror the JSON and accept anything of the right shape. Nothing here is
//! trusted: [`crate::validate`] turns a [`RawDataset`] into a checked [`crate::Dataset`].
//! Field names are the published format (see `docs/data-format.md`); renaming one is a
//! breaking change of the format.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text in several languages, keyed by ISO 639-1 code (`en`, `it`, `de`, ...).
pub type RawNames = BTreeMap<String, String>;

/// A note in one or several languages. The file writes it either as a plain string, which is
/// English (as every file of format 1.0 and 1.1 does), or, since format 1.2, as an object
/// keyed by language code like names: `{"en": "...", "it": "..."}`.
///
/// Both forms read into the same value: `"text"` and `{"en": "text"}` are equal, and a note
/// with only English is written back as a plain string. A blank string is no note.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawText(RawNames);

impl RawText {
    /// A note in English only (empty when `text` is blank).
    pub fn english(text: impl Into<String>) -> Self {
        let text = text.into();
        if text.trim().is_empty() {
            Self::default()
        } else {
            Self(RawNames::from([("en".to_owned(), text)]))
        }
    }

    /// A note from its texts by language, as they are (validation checks them).
    pub fn from_languages(texts: RawNames) -> Self {
        Self(texts)
    }

    /// The texts by language.
    pub fn by_language(&self) -> &RawNames {
        &self.0
    }

    /// True when there is no note at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for RawText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.0.len(), self.0.get("en")) {
            (1, Some(english)) => serializer.serialize_str(english),
            _ => self.0.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = RawText;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, or an object of texts keyed by language code")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<RawText, E> {
                Ok(RawText::english(text))
            }

            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<RawText, M::Error> {
                let mut texts = RawNames::new();
                while let Some((lang, text)) = map.next_entry::<String, String>()? {
                    texts.insert(lang, text);
                }
                Ok(RawText(texts))
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for RawText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RawText".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A note: a plain string (English), or an object of texts keyed by ISO 639-1 language code that holds English (\"en\") and may hold other languages (format 1.2).",
            "anyOf": [
                { "type": "string" },
                { "type": "object", "additionalProperties": { "type": "string" }, "required": ["en"] }
            ]
        })
    }
}

/// The whole data file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    /// Where editors find the JSON Schema of this format (`atlas.schema.json`); ignored by the atlas.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// `MAJOR.MINOR`. A loader refuses a major version newer than its own.
    pub format_version: String,
    /// What this file is, for people.
    #[serde(default)]
    pub title: String,
    /// The NUTS classification the region ids follow, e.g. `"2024"`.
    pub nuts_version: String,
    /// When the file was last edited (`YYYY-MM-DD`).
    pub updated: String,
    /// Free text on scope and caveats.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    pub sources: Vec<RawSource>,
    pub sectors: Vec<RawSector>,
    pub regions: Vec<RawRegion>,
    pub networks: Vec<RawNetwork>,
    pub agreements: Vec<RawAgreement>,
}

/// A document that states facts in this file. Items cite it by `id`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    /// An `http` or `https` address.
    pub url: String,
    pub title: String,
    /// Who published it, e.g. "Regione Lombardia".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub publisher: String,
    /// When it was published, if known (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// When someone last checked that it says what the data cites it for (`YYYY-MM-DD`).
    pub checked: String,
}

/// An industrial or policy sector that ties are filtered by.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawSector {
    /// Stable lowercase id such as `automotive`; used in links (`?sectors=automotive`).
    pub id: String,
    pub labels: RawNames,
    /// `#RRGGBB`.
    pub color: String,
}

/// A region: a node of the network.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawRegion {
    /// The NUTS code where one exists (`ITC4`), else an ISO 3166-2 code (`CA-QC`).
    pub id: String,
    pub names: RawNames,
    /// The region's own language(s), most used first; its own name is `names[languages[0]]`.
    pub languages: Vec<String>,
    /// ISO 3166-1 alpha-2 country code (`UK` is accepted for the United Kingdom, as Eurostat writes it).
    pub country: String,
    /// NUTS level 1, 2 or 3; 0 for a region outside the NUTS classification.
    pub nuts_level: u8,
    /// The NUTS version of this id when it differs from the file's `nuts_version`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nuts_version: Option<String>,
    /// Whether the region belongs to an EU member state.
    pub eu: bool,
    /// Latitude in degrees (WGS84) of the point the region is drawn at.
    pub lat: f64,
    /// Longitude in degrees (WGS84) of the point the region is drawn at.
    pub lon: f64,
    /// Where the point comes from.
    pub coordinate_sources: Vec<String>,
    /// True when the point is an estimate rather than a published representative point.
    #[serde(default)]
    pub coordinate_estimated: bool,
    /// True for regions outside Europe (Québec): drawn in an inset instead of at their point.
    #[serde(default)]
    pub outside_europe: bool,
    /// Where sources disagree about the region.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<RawConflict>,
}

/// A multilateral network or alliance of regions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawNetwork {
    pub id: String,
    pub names: RawNames,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub acronym: String,
    /// What kind of network it is (format 1.2): `thematic-alliance`, `working-community`,
    /// `euroregion` (also EGTCs), `macro-regional-strategy`, `association-of-regions` or `summit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub founded: String,
    /// When the network was dissolved, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<String>,
    pub sectors: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub website: String,
    pub sources: Vec<String>,
    pub members: Vec<RawMembership>,
    /// Who chaired or presided over the network, term by term.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presidencies: Vec<RawPresidency>,
    /// Where sources disagree about the network.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<RawConflict>,
    /// What the sources leave out, said plainly ("3 later members unnamed in sources").
    #[serde(default, skip_serializing_if = "RawText::is_empty")]
    pub known_gaps: RawText,
    /// Context for people.
    #[serde(default, skip_serializing_if = "RawText::is_empty")]
    pub notes: RawText,
}

/// One region's membership of a network.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawMembership {
    pub region: String,
    pub joined: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<String>,
    /// `member` (the default), `associate`, `observer`, or the word the network uses
    /// (`partner`, `participant`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// True when the region was among the founders.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub founding: bool,
    /// Sources for this membership, where one names it specifically.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// True when the membership or its dates are inferred rather than stated by a source.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimated: bool,
    /// Where sources disagree about this membership.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<RawConflict>,
    #[serde(default, skip_serializing_if = "RawText::is_empty")]
    pub note: RawText,
}

/// One term of a network's presidency (or chair).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawPresidency {
    pub region: String,
    /// When the term began.
    pub from: String,
    /// When it ended; absent while it runs or when unknown (say which in `note`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// `president` (the default), `chair` or `co-chair`, as the network calls it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimated: bool,
    #[serde(default, skip_serializing_if = "RawText::is_empty")]
    pub note: RawText,
}

/// Sources that disagree, recorded rather than silently resolved.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawConflict {
    /// What they disagree about, e.g. "number of members in November 2024".
    pub about: String,
    /// At least two claims, each with its sources.
    pub claims: Vec<RawClaim>,
    /// Which claim the data follows and why, if it follows one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resolution: String,
}

/// What one or more sources say.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    pub says: String,
    pub sources: Vec<String>,
}

/// An agreement between two or a few regions: a memorandum, a declaration, a bilateral alliance.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawAgreement {
    pub id: String,
    pub names: RawNames,
    /// `mou`, `declaration`, `agreement` or `alliance`.
    pub kind: String,
    pub parties: Vec<String>,
    pub signed: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends: Option<String>,
    pub sectors: Vec<String>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimated: bool,
    /// What was agreed, in a sentence or two.
    #[serde(default, skip_serializing_if = "RawNames::is_empty")]
    pub summary: RawNames,
    /// Where sources disagree about the agreement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<RawConflict>,
    #[serde(default, skip_serializing_if = "RawText::is_empty")]
    pub note: RawText,
}
