//! An overlay file exactly as it is written: a data file's lists, every one optional, under an
//! `"overlay"` header, with what it leaves out of the bundled data in `"remove"` and the
//! members it adds to networks in `"memberships"`.
//!
//! Like [`crate::raw`], these types accept anything of the right shape and refuse unknown
//! fields; [`super::apply_overlay`] checks the rest. Field names are the published format (see
//! `docs/data-format.md`, "Adding to the bundled data: overlay files").

use serde::{Deserialize, Serialize};

use crate::raw::{
    RawAgreement, RawConflict, RawMembership, RawNetwork, RawRegion, RawSector, RawSource, RawText,
};

/// What an overlay's `adds_to` must say: the name of the atlas's bundled data.
pub const BUNDLED_DATA_NAME: &str = "alliance-atlas";

/// The whole overlay file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawOverlay {
    /// Where editors find a JSON Schema; ignored by the atlas.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// `MAJOR.MINOR`: the version of the data format the overlay's items follow.
    pub format_version: String,
    /// What makes the file an overlay, and what it adds to.
    pub overlay: RawOverlayHeader,
    /// Bundled items the overlay leaves out, by id.
    #[serde(default, skip_serializing_if = "RawRemovals::is_empty")]
    pub remove: RawRemovals,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<RawSource>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<RawSector>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<RawRegion>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<RawNetwork>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agreements: Vec<RawAgreement>,
    /// Members added to networks of the bundled data or of the overlay.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub memberships: Vec<RawOverlayMembership>,
}

/// The `"overlay"` header.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawOverlayHeader {
    /// The data the overlay adds to: [`BUNDLED_DATA_NAME`].
    pub adds_to: String,
    /// What the overlay is, for people ("Lombardy's own agreements").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
}

/// The `"remove"` object: ids of bundled items the overlay leaves out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawRemovals {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agreements: Vec<String>,
}

impl RawRemovals {
    /// True when nothing is removed.
    pub fn is_empty(&self) -> bool {
        self.regions.is_empty() && self.networks.is_empty() && self.agreements.is_empty()
    }
}

/// One region's membership of a network, added by the overlay: the fields of a member inside
/// `networks[].members` ([`RawMembership`]), and the network's id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawOverlayMembership {
    /// The id of a network of the bundled data or of the overlay.
    pub network: String,
    pub region: String,
    pub joined: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub founding: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimated: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<RawConflict>,
    #[serde(default, skip_serializing_if = "RawText::is_empty")]
    pub note: RawText,
}

impl RawOverlayMembership {
    /// The membership as a network's `members` holds it. (Written out field by field, so a
    /// field added to [`RawMembership`] fails to compile here until the overlay has it too.)
    pub fn membership(&self) -> RawMembership {
        RawMembership {
            region: self.region.clone(),
            joined: self.joined.clone(),
            left: self.left.clone(),
            role: self.role.clone(),
            founding: self.founding,
            sources: self.sources.clone(),
            estimated: self.estimated,
            conflicts: self.conflicts.clone(),
            note: self.note.clone(),
        }
    }
}
