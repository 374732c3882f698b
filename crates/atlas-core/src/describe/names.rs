//! Names as the page shows them: regions in the interface language or their own, networks by
//! acronym and name.

use crate::dataset::{Dataset, NetworkIdx, RegionIdx, SectorIdx};
use crate::i18n::Lang;

/// A region's name as shown: in the interface language, or in its own language when the view
/// asks for local names (`names=local`).
pub fn region_name(dataset: &Dataset, region: RegionIdx, lang: Lang, local_names: bool) -> String {
    let r = dataset.region(region);
    if local_names {
        r.own_name().to_owned()
    } else {
        r.names.get(lang.code()).to_owned()
    }
}

/// "ESRA (European Semiconductor Regions Alliance)", or the name alone.
pub fn network_label(dataset: &Dataset, network: NetworkIdx, lang: Lang) -> String {
    let n = dataset.network(network);
    let name = n.names.get(lang.code());
    if n.acronym.is_empty() {
        name.to_owned()
    } else {
        format!("{} ({name})", n.acronym)
    }
}

/// A network's short name: its acronym, else its name.
pub fn network_short_name(dataset: &Dataset, network: NetworkIdx, lang: Lang) -> String {
    dataset.network(network).short_name(lang.code()).to_owned()
}

/// A sector's label in the interface language.
pub fn sector_label(dataset: &Dataset, sector: SectorIdx, lang: Lang) -> String {
    dataset.sector(sector).labels.get(lang.code()).to_owned()
}

/// A kind of network as the interface says it.
pub fn network_kind_label(kind: crate::dataset::NetworkKind, lang: Lang) -> &'static str {
    use crate::dataset::NetworkKind;
    use crate::i18n::{text, TextKey};
    let key = match kind {
        NetworkKind::ThematicAlliance => TextKey::KindThematicAlliance,
        NetworkKind::WorkingCommunity => TextKey::KindWorkingCommunity,
        NetworkKind::Euroregion => TextKey::KindEuroregion,
        NetworkKind::MacroRegionalStrategy => TextKey::KindMacroRegionalStrategy,
        NetworkKind::AssociationOfRegions => TextKey::KindAssociationOfRegions,
        NetworkKind::Summit => TextKey::KindSummit,
    };
    text(lang, key)
}
