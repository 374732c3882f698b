//! `only=`: one tie or one set of ties on its own, every other tie left out of the graph, so
//! a story's step (or a report's picture) can show a single agreement, a single network or what
//! two regions share, and every count follows.
//!
//! | link                                   | shows                                  |
//! | -------------------------------------- | -------------------------------------- |
//! | `only=agreement:lombardy-flanders-2026` | that agreement's parties and its ties  |
//! | `only=network:four-motors`             | that network's members and their ties  |
//! | `only=pair:ITC4,BE2`                   | every tie between the two regions      |

use crate::dataset::{AgreementIdx, Dataset, NetworkIdx, RegionIdx};

/// What `only=` names, as written in the link (ids not yet checked against the data).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum OnlyTies {
    Agreement(String),
    Network(String),
    Pair(String, String),
}

/// What `only=` names, resolved against the data: the ties the graph keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TiesOnly {
    Agreement(AgreementIdx),
    Network(NetworkIdx),
    /// Two different regions, the smaller index first.
    Pair(RegionIdx, RegionIdx),
}

/// The forms `only=` takes, for messages.
pub const ONLY_FORMS: &str = "agreement:ID, network:ID or pair:REGION,REGION with ids the data has";

impl OnlyTies {
    /// Reads `agreement:ID`, `network:ID` or `pair:A,B`; `None` for anything else.
    pub fn parse(text: &str) -> Option<OnlyTies> {
        let (kind, rest) = text.trim().split_once(':')?;
        let rest = rest.trim();
        match kind.trim() {
            "agreement" if !rest.is_empty() => Some(OnlyTies::Agreement(rest.to_owned())),
            "network" if !rest.is_empty() => Some(OnlyTies::Network(rest.to_owned())),
            "pair" => {
                let (a, b) = rest.split_once(',')?;
                let (a, b) = (a.trim(), b.trim());
                (!a.is_empty() && !b.is_empty() && a != b)
                    .then(|| OnlyTies::Pair(a.to_owned(), b.to_owned()))
            }
            _ => None,
        }
    }

    /// As written in a link, e.g. `network:four-motors`.
    pub fn as_query_value(&self) -> String {
        match self {
            OnlyTies::Agreement(id) => format!("agreement:{id}"),
            OnlyTies::Network(id) => format!("network:{id}"),
            OnlyTies::Pair(a, b) => format!("pair:{a},{b}"),
        }
    }

    /// The ties it names in `dataset`; `None` when an id is not in the data.
    pub fn resolve(&self, dataset: &Dataset) -> Option<TiesOnly> {
        match self {
            OnlyTies::Agreement(id) => dataset
                .agreements
                .iter()
                .position(|a| &a.id == id)
                .map(|i| TiesOnly::Agreement(AgreementIdx(i as u32))),
            OnlyTies::Network(id) => dataset.network_by_id(id).map(TiesOnly::Network),
            OnlyTies::Pair(a, b) => {
                let (a, b) = (dataset.region_by_id(a)?, dataset.region_by_id(b)?);
                Some(TiesOnly::Pair(a.min(b), a.max(b)))
            }
        }
    }
}

impl TiesOnly {
    /// The view's form of it, with the data's ids.
    pub fn written(&self, dataset: &Dataset) -> OnlyTies {
        match *self {
            TiesOnly::Agreement(a) => OnlyTies::Agreement(dataset.agreement(a).id.clone()),
            TiesOnly::Network(n) => OnlyTies::Network(dataset.network(n).id.clone()),
            TiesOnly::Pair(a, b) => {
                OnlyTies::Pair(dataset.region(a).id.clone(), dataset.region(b).id.clone())
            }
        }
    }

    /// Whether the network's ties stay.
    pub fn keeps_network(&self, network: NetworkIdx) -> bool {
        match *self {
            TiesOnly::Network(n) => n == network,
            TiesOnly::Agreement(_) => false,
            TiesOnly::Pair(..) => true,
        }
    }

    /// Whether the agreement's ties stay.
    pub fn keeps_agreement(&self, agreement: AgreementIdx) -> bool {
        match *self {
            TiesOnly::Agreement(a) => a == agreement,
            TiesOnly::Network(_) => false,
            TiesOnly::Pair(..) => true,
        }
    }

    /// Whether a region may take part: any, or one of the pair.
    pub fn keeps_region(&self, region: RegionIdx) -> bool {
        match *self {
            TiesOnly::Pair(a, b) => region == a || region == b,
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_forms_and_refuses_the_rest() {
        assert_eq!(
            OnlyTies::parse("agreement:lombardy-flanders-2026"),
            Some(OnlyTies::Agreement("lombardy-flanders-2026".into()))
        );
        assert_eq!(
            OnlyTies::parse("network:four-motors"),
            Some(OnlyTies::Network("four-motors".into()))
        );
        assert_eq!(
            OnlyTies::parse("pair:ITC4, BE2"),
            Some(OnlyTies::Pair("ITC4".into(), "BE2".into()))
        );
        for bad in [
            "",
            "four-motors",
            "pair:ITC4",
            "pair:ITC4,ITC4",
            "network:",
            "tie:x",
        ] {
            assert_eq!(OnlyTies::parse(bad), None, "{bad}");
        }
        let pair = OnlyTies::parse("pair:ITC4,BE2").unwrap();
        assert_eq!(OnlyTies::parse(&pair.as_query_value()), Some(pair));
    }
}
