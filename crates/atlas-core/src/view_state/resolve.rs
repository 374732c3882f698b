//! From the link to what it names in the data: the graph query, the selection, the focus, and
//! the tidied link, with a warning for everything that could not be used.

use crate::sort::CollectTree;
use std::collections::BTreeSet;

use super::{Selection, ViewState, ViewWarning};
use crate::dataset::{Dataset, NetworkIdx, RegionIdx};
use crate::graph::GraphQuery;
use crate::scene::Focus;

/// Everything a link means for a dataset, from one call: the app reads nothing else from it.
#[derive(Clone, Debug, PartialEq)]
pub struct ResolvedLink {
    /// The view as the link should say it: unknown ids and sectors dropped, years adjusted,
    /// defaults left out.
    pub view: ViewState,
    /// What to derive the graph from.
    pub query: GraphQuery,
    /// The region, network and partner the link names, as indices.
    pub selection: Selection,
    /// What is singled out on the map.
    pub focus: Focus,
    /// Everything in the link that could not be used, in the order of the link.
    pub warnings: Vec<ViewWarning>,
}

/// Reads a link's query string against `dataset`, whose years run from `first` to `last`.
pub fn resolve_link(query: &str, dataset: &Dataset, first: i32, last: i32) -> ResolvedLink {
    let (view, mut warnings) = ViewState::parse_query(query);
    let mut resolved = view.resolved(dataset, first, last);
    warnings.append(&mut resolved.warnings);
    resolved.warnings = warnings;
    resolved
}

impl Selection {
    /// What the selection singles out on the map: a pair, else a region, else a network.
    pub fn focus(&self) -> Focus {
        match (self.region, self.with, self.network) {
            (Some(a), Some(b), _) => Focus::Edge(a.min(b), a.max(b)),
            (Some(r), None, _) => Focus::Region(r),
            (None, _, Some(n)) => Focus::Network(n),
            (None, _, None) => Focus::None,
        }
    }
}

impl ViewState {
    /// This view resolved against `dataset` (for a view that is already parsed: a story's
    /// step, a view set from script).
    pub fn resolved(&self, dataset: &Dataset, first: i32, last: i32) -> ResolvedLink {
        let (query, mut warnings) = self.resolve(dataset, first, last);
        let (selection, selection_warnings) = self.selection(dataset);
        warnings.extend(selection_warnings);
        ResolvedLink {
            view: self.normalised(&query, dataset, first, last),
            query,
            focus: selection.focus(),
            selection,
            warnings,
        }
    }
}

impl ViewState {
    /// Turns the view into a graph query for `dataset`, clamping years to `first..=last` and
    /// dropping unknown sectors. Warnings say what was changed.
    pub fn resolve(
        &self,
        dataset: &Dataset,
        first: i32,
        last: i32,
    ) -> (GraphQuery, Vec<ViewWarning>) {
        let mut warnings = Vec::new();
        let mut sectors = BTreeSet::new();
        for id in &self.sectors {
            match dataset.sector_by_id(id) {
                Some(idx) => {
                    sectors.insert(idx);
                }
                None => warnings.push(ViewWarning::UnknownSector { id: id.clone() }),
            }
        }
        let mut clamp = |param: &'static str, year: Option<i32>, default: i32| match year {
            None => default,
            Some(year) if year < first || year > last => {
                warnings.push(ViewWarning::YearOutOfData {
                    param,
                    year,
                    first,
                    last,
                });
                year.clamp(first, last)
            }
            Some(year) => year,
        };
        let mut from_year = clamp("from", self.from, first);
        let mut to_year = clamp("to", self.to, last);
        if from_year > to_year {
            warnings.push(ViewWarning::InvertedYears {
                from: from_year,
                to: to_year,
            });
            std::mem::swap(&mut from_year, &mut to_year);
        }
        let only = self.only.as_ref().and_then(|only| {
            let found = only.resolve(dataset);
            if found.is_none() {
                warnings.push(ViewWarning::UnknownChoice {
                    param: "only",
                    value: only.as_query_value(),
                    choices: super::only::ONLY_FORMS,
                });
            }
            found
        });
        (
            GraphQuery {
                sectors,
                only,
                from_year,
                to_year,
                kinds: self.kinds.iter().copied().collect(),
                full_members_only: self.full_members_only,
                began_in_years: self.began_in_years,
                exclude_estimated: self.metrics.exclude_estimated,
            },
            warnings,
        )
    }
}

impl ViewState {
    /// The view that shows exactly `query`: what the link should say once unknown sectors are
    /// dropped and years adjusted. Defaults are left out, so the default view has no query.
    pub fn normalised(
        &self,
        query: &GraphQuery,
        dataset: &Dataset,
        first: i32,
        last: i32,
    ) -> ViewState {
        let selection = self.selection(dataset).0;
        ViewState {
            region: selection.region.map(|r| dataset.region(r).id.clone()),
            network: selection.network.map(|n| dataset.network(n).id.clone()),
            with: selection.with.map(|r| dataset.region(r).id.clone()),
            chain: selection.chain.map(|r| dataset.region(r).id.clone()),
            network_set: if selection.set.len() >= 2 {
                selection
                    .set
                    .iter()
                    .map(|&n| dataset.network(n).id.clone())
                    .collect()
            } else {
                Vec::new()
            },
            set_rule: self.set_rule,
            compare: if selection.compare.len() >= 2 {
                selection
                    .compare
                    .iter()
                    .map(|&r| dataset.region(r).id.clone())
                    .collect()
            } else {
                Vec::new()
            },
            metrics: self.metrics,
            layout: self.layout,
            draw: self.draw,
            camera: self.camera,
            embed: self.embed,
            data: self.data.clone(),
            lang: self.lang.clone(),
            local_names: self.local_names,
            main_view: self.main_view,
            story: self.story.clone(),
            step: self.step,
            autoplay: self.autoplay,
            scheme: self.scheme,
            accent: self.accent,
            theme: self.theme.clone(),
            sectors: query
                .sectors
                .iter()
                .map(|&s| dataset.sector(s).id.clone())
                .collect_set()
                .into_iter()
                .collect(),
            from: (query.from_year != first).then_some(query.from_year),
            to: (query.to_year != last).then_some(query.to_year),
            kinds: query.kinds.iter().copied().collect(),
            full_members_only: query.full_members_only,
            began_in_years: query.began_in_years,
            only: query.only.map(|only| only.written(dataset)),
            other: self.other.clone(),
        }
    }
}

impl ViewState {
    /// The region and network the view names, with warnings for ids the data lacks.
    pub fn selection(&self, dataset: &Dataset) -> (Selection, Vec<ViewWarning>) {
        let mut warnings = Vec::new();
        let region = self.region.as_ref().and_then(|id| {
            let found = dataset.region_by_id(id);
            if found.is_none() {
                warnings.push(ViewWarning::UnknownRegion { id: id.clone() });
            }
            found
        });
        let network = self.network.as_ref().and_then(|id| {
            let found = dataset.network_by_id(id);
            if found.is_none() {
                warnings.push(ViewWarning::UnknownNetwork { id: id.clone() });
            }
            found
        });
        let with = match (region, &self.with) {
            (Some(region), Some(id)) => match dataset.region_by_id(id) {
                Some(partner) if partner != region => Some(partner),
                Some(_) => None,
                None => {
                    warnings.push(ViewWarning::UnknownRegion { id: id.clone() });
                    None
                }
            },
            _ => None,
        };
        let chain = match (region, &self.chain) {
            (Some(region), Some(id)) => match dataset.region_by_id(id) {
                Some(other) if other != region => Some(other),
                Some(_) => None,
                None => {
                    warnings.push(ViewWarning::UnknownRegion { id: id.clone() });
                    None
                }
            },
            _ => None,
        };
        let set: Vec<NetworkIdx> = self
            .network_set
            .iter()
            .filter_map(|id| {
                let found = dataset.network_by_id(id);
                if found.is_none() {
                    warnings.push(ViewWarning::UnknownNetwork { id: id.clone() });
                }
                found
            })
            .collect();
        let compare: Vec<RegionIdx> = self
            .compare
            .iter()
            .filter_map(|id| {
                let found = dataset.region_by_id(id);
                if found.is_none() {
                    warnings.push(ViewWarning::UnknownRegion { id: id.clone() });
                }
                found
            })
            .collect();
        let compare = if compare.len() >= 2 {
            compare
        } else {
            Vec::new()
        };
        // A set of one is that network in focus.
        let (network, set) = match (network, set.as_slice()) {
            (None, [only]) => (Some(*only), Vec::new()),
            _ => (network, set),
        };
        (
            Selection {
                region,
                network,
                with,
                chain,
                set,
                compare,
            },
            warnings,
        )
    }
}
