//! The scene: everything the map draws, in draw order, with its final position, size, colour and
//! emphasis. Built from the graph by pure "reducer" functions (as sigma.js does), so the canvas
//! renderer, the SVG export, hit testing and the tests all see the same picture.
//!
//! Positions are in map space (km, y down); sizes that stay constant on screen are in pixels.

use std::collections::BTreeMap;

use crate::dataset::{Dataset, NetworkIdx, RegionIdx, SectorIdx};
use crate::graph::{tie_sectors, Edge, Graph, GraphQuery, TieSource};
use crate::projection::MapPointKm;
use crate::style::{edge_width_px, network_color, node_radius_px, EDGE_BEND, FALLBACK_COLOR};

/// How a multilateral network is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DrawMode {
    /// Every two members joined, merged per region pair.
    Pairs,
    /// One node per network, tied to each member. The default: a 40-member network is 40
    /// spokes instead of 780 pair edges.
    #[default]
    Hubs,
}

impl DrawMode {
    pub fn as_str(self) -> &'static str {
        match self {
            DrawMode::Pairs => "pairs",
            DrawMode::Hubs => "hubs",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "pairs" => Some(DrawMode::Pairs),
            "hubs" => Some(DrawMode::Hubs),
            _ => None,
        }
    }
}

/// What the user has singled out; everything unrelated fades.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Focus {
    #[default]
    None,
    Region(RegionIdx),
    Network(NetworkIdx),
    /// The edge between two regions (`a < b`).
    Edge(RegionIdx, RegionIdx),
}

/// How strongly something is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Emphasis {
    Faded,
    Normal,
    Strong,
}

/// What an edge of the scene joins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeEnds {
    /// Two regions (`a < b`), for agreements, and for networks drawn as pairs.
    Regions(RegionIdx, RegionIdx),
    /// A network's hub and one of its members.
    Spoke(NetworkIdx, RegionIdx),
}

/// One coloured strand of an edge. An edge about several sectors is drawn as up to three
/// strands bowing slightly apart, so each sector stays visible.
#[derive(Clone, Debug, PartialEq)]
pub struct Strand {
    pub control: MapPointKm,
    pub color: String,
    pub width_px: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SceneEdge {
    pub ends: EdgeEnds,
    pub from: MapPointKm,
    pub to: MapPointKm,
    pub strands: Vec<Strand>,
    /// Drawn dashed: every tie behind it rests on an estimate.
    pub dashed: bool,
    pub emphasis: Emphasis,
    /// Has a tie that began in the highlighted year.
    pub is_new: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SceneNode {
    pub region: RegionIdx,
    pub center: MapPointKm,
    pub radius_px: f64,
    pub emphasis: Emphasis,
    pub is_new: bool,
    pub outside_europe: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SceneHub {
    pub network: NetworkIdx,
    pub center: MapPointKm,
    /// Half the side of the hub's square, in pixels.
    pub half_size_px: f64,
    pub color: String,
    pub label: String,
    pub members: usize,
    pub emphasis: Emphasis,
    pub is_new: bool,
}

/// Everything to draw, in draw order within each list: edges, then hubs, then nodes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub edges: Vec<SceneEdge>,
    pub hubs: Vec<SceneHub>,
    pub nodes: Vec<SceneNode>,
}

/// What the scene is built from.
pub struct SceneInput<'a> {
    pub dataset: &'a Dataset,
    pub graph: &'a Graph,
    pub query: &'a GraphQuery,
    /// Map-space position of every region, indexed like `dataset.regions`.
    pub region_positions: &'a [MapPointKm],
    /// Map-space position of every hub.
    pub hub_positions: &'a BTreeMap<NetworkIdx, MapPointKm>,
    pub draw: DrawMode,
    pub focus: Focus,
    /// Ties that began in these years (inclusive) are marked new: the timeline's "what is
    /// new" for the year shown, or the span of the list of changes.
    pub highlight_years: Option<(i32, i32)>,
    /// Shrinks nodes on small maps (see [`crate::style::node_size_factor`]).
    pub size_factor: f64,
    /// Language of the hubs' labels (networks without an acronym are labelled by name).
    pub lang: &'a str,
    /// What stands out while everything else steps back: chains of ties ("how is A connected
    /// to B"), or the members of a set of networks.
    pub spotlight: Option<&'a Spotlight>,
}

/// Regions, steps between them and networks that stand out: the chains of ties on show, or a
/// set of networks and the members it picks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spotlight {
    /// Every region on a chain, sorted.
    pub regions: Vec<RegionIdx>,
    /// Every step, as `(a, b)` with `a < b`, sorted.
    pub steps: Vec<(RegionIdx, RegionIdx)>,
    /// The networks that tie the two ends of some step, sorted.
    pub networks: Vec<NetworkIdx>,
}

impl Spotlight {
    /// The members `regions` of the networks `networks`, without steps.
    pub fn of_set(mut regions: Vec<RegionIdx>, mut networks: Vec<NetworkIdx>) -> Self {
        crate::sort::sort(&mut regions);
        regions.dedup();
        crate::sort::sort(&mut networks);
        networks.dedup();
        Self {
            regions,
            steps: Vec::new(),
            networks,
        }
    }

    /// The highlight of `chains` (lists of regions, end to end) in `graph`.
    pub fn of(graph: &Graph, chains: &[Vec<RegionIdx>]) -> Self {
        let mut regions: Vec<RegionIdx> = chains.iter().flatten().copied().collect();
        crate::sort::sort(&mut regions);
        regions.dedup();
        let mut steps: Vec<(RegionIdx, RegionIdx)> = chains
            .iter()
            .flat_map(|c| c.windows(2).map(|w| (w[0].min(w[1]), w[0].max(w[1]))))
            .collect();
        crate::sort::sort(&mut steps);
        steps.dedup();
        let mut networks: Vec<NetworkIdx> = steps
            .iter()
            .filter_map(|&(a, b)| graph.edge(a, b))
            .flat_map(|e| e.ties.iter())
            .filter_map(|t| match t.source {
                TieSource::Network(n) => Some(n),
                TieSource::Agreement(_) => None,
            })
            .collect();
        crate::sort::sort(&mut networks);
        networks.dedup();
        Self {
            regions,
            steps,
            networks,
        }
    }

    fn has_region(&self, r: RegionIdx) -> bool {
        self.regions.binary_search(&r).is_ok()
    }

    fn has_network(&self, n: NetworkIdx) -> bool {
        self.networks.binary_search(&n).is_ok()
    }
}

/// Colour of edges whose sector is unknown; valid data never needs it.
/// Most strands one edge is drawn with.
const MAX_STRANDS: usize = 3;
/// Difference in bend between neighbouring strands, as a share of the edge's length.
const STRAND_SPREAD: f64 = 0.045;
/// Bend of hub spokes: nearly straight, so a hub reads as a star.
const SPOKE_BEND: f64 = 0.05;

fn control_point(a: MapPointKm, b: MapPointKm, bend: f64) -> MapPointKm {
    let (dx, dy) = (b.x_km - a.x_km, b.y_km - a.y_km);
    MapPointKm::new(
        (a.x_km + b.x_km) / 2.0 - dy * bend,
        (a.y_km + b.y_km) / 2.0 + dx * bend,
    )
}

impl SceneInput<'_> {
    /// Whether something that began in `year` is marked new.
    fn is_new(&self, year: i32) -> bool {
        self.highlight_years
            .is_some_and(|(from, to)| (from..=to).contains(&year))
    }

    fn color(&self, sector: Option<SectorIdx>) -> String {
        sector
            .map(|s| self.dataset.sector(s).color.clone())
            .unwrap_or_else(|| FALLBACK_COLOR.to_owned())
    }

    /// The sectors of some ties that pass the filter, most frequent first (ties: first listed).
    fn sectors_by_weight<'t>(
        &self,
        sources: impl Iterator<Item = &'t TieSource>,
    ) -> Vec<SectorIdx> {
        let mut counts: BTreeMap<SectorIdx, usize> = BTreeMap::new();
        for &source in sources {
            for &sector in tie_sectors(self.dataset, source) {
                if self.query.sectors.is_empty() || self.query.sectors.contains(&sector) {
                    *counts.entry(sector).or_default() += 1;
                }
            }
        }
        let mut sectors: Vec<(SectorIdx, usize)> = counts.into_iter().collect();
        crate::sort::sort_by(&mut sectors, |(sa, ca), (sb, cb)| {
            cb.cmp(ca).then(sa.cmp(sb))
        });
        sectors.into_iter().map(|(s, _)| s).collect()
    }

    fn strands(
        &self,
        a: MapPointKm,
        b: MapPointKm,
        sectors: &[SectorIdx],
        total_width_px: f64,
        bend: f64,
    ) -> Vec<Strand> {
        let shown: Vec<Option<SectorIdx>> = if sectors.is_empty() {
            vec![None]
        } else {
            sectors.iter().take(MAX_STRANDS).map(|&s| Some(s)).collect()
        };
        let k = shown.len() as f64;
        shown
            .into_iter()
            .enumerate()
            .map(|(i, sector)| Strand {
                control: control_point(a, b, bend + (i as f64 - (k - 1.0) / 2.0) * STRAND_SPREAD),
                color: self.color(sector),
                width_px: (total_width_px / k).max(1.0),
            })
            .collect()
    }

    fn region_emphasis(&self, region: RegionIdx, partners: &[RegionIdx]) -> Emphasis {
        if let Some(chain) = self.spotlight {
            return if chain.has_region(region) {
                Emphasis::Strong
            } else {
                Emphasis::Faded
            };
        }
        match self.focus {
            Focus::None => Emphasis::Normal,
            Focus::Region(r) if r == region => Emphasis::Strong,
            Focus::Region(_) => {
                if partners.binary_search(&region).is_ok() {
                    Emphasis::Normal
                } else {
                    Emphasis::Faded
                }
            }
            Focus::Network(n) => {
                let member = self
                    .graph
                    .hub(n)
                    .is_some_and(|h| h.members.iter().any(|m| m.region == region));
                if member {
                    Emphasis::Strong
                } else {
                    Emphasis::Faded
                }
            }
            Focus::Edge(a, b) => {
                if region == a || region == b {
                    Emphasis::Strong
                } else {
                    Emphasis::Faded
                }
            }
        }
    }

    fn pair_emphasis(&self, edge: &Edge, shown_ties: &[TieSource]) -> Emphasis {
        if let Some(chain) = self.spotlight {
            return if chain.steps.binary_search(&(edge.a, edge.b)).is_ok() {
                Emphasis::Strong
            } else {
                Emphasis::Faded
            };
        }
        match self.focus {
            Focus::None => Emphasis::Normal,
            Focus::Region(r) if edge.a == r || edge.b == r => Emphasis::Strong,
            Focus::Network(n) if shown_ties.contains(&TieSource::Network(n)) => Emphasis::Strong,
            Focus::Edge(a, b) if (edge.a, edge.b) == (a, b) => Emphasis::Strong,
            _ => Emphasis::Faded,
        }
    }

    fn spoke_emphasis(
        &self,
        network: NetworkIdx,
        region: RegionIdx,
        hub_members: &[RegionIdx],
    ) -> Emphasis {
        if let Some(chain) = self.spotlight {
            return if chain.has_network(network) && chain.has_region(region) {
                Emphasis::Strong
            } else {
                Emphasis::Faded
            };
        }
        match self.focus {
            Focus::None => Emphasis::Normal,
            Focus::Region(r) if r == region => Emphasis::Strong,
            Focus::Region(r) if hub_members.contains(&r) => Emphasis::Normal,
            Focus::Network(n) if n == network => Emphasis::Strong,
            _ => Emphasis::Faded,
        }
    }

    fn hub_emphasis(&self, network: NetworkIdx, hub_members: &[RegionIdx]) -> Emphasis {
        if let Some(chain) = self.spotlight {
            return if chain.has_network(network) {
                Emphasis::Strong
            } else {
                Emphasis::Faded
            };
        }
        match self.focus {
            Focus::None => Emphasis::Normal,
            Focus::Network(n) if n == network => Emphasis::Strong,
            Focus::Region(r) if hub_members.contains(&r) => Emphasis::Strong,
            _ => Emphasis::Faded,
        }
    }
}

/// Longest hub label, in characters; longer names are cut at a word and end with "…".
pub const HUB_LABEL_CHARS: usize = 22;

/// A hub's label: its acronym, or its name cut to fit.
pub fn short_label(name: &str) -> String {
    if name.chars().count() <= HUB_LABEL_CHARS {
        return name.to_owned();
    }
    let mut out = String::new();
    for word in name.split_whitespace() {
        let next = if out.is_empty() {
            word.to_owned()
        } else {
            format!("{out} {word}")
        };
        if next.chars().count() + 1 > HUB_LABEL_CHARS {
            break;
        }
        out = next;
    }
    if out.is_empty() {
        out = name.chars().take(HUB_LABEL_CHARS - 1).collect();
    }
    out.push('…');
    out
}

/// Builds the scene.
pub fn build_scene(input: &SceneInput) -> Scene {
    let graph = input.graph;
    let max_ties = graph.nodes.iter().map(|n| n.ties).max().unwrap_or(0);
    let focus_partners = match input.focus {
        Focus::Region(r) => graph.partners(r),
        _ => Vec::new(),
    };
    let position = |r: RegionIdx| input.region_positions[r.index()];

    let mut edges = Vec::new();
    for edge in &graph.edges {
        // Drawn as hubs, a pair edge keeps only its agreements.
        let shown: Vec<TieSource> = edge
            .ties
            .iter()
            .map(|t| t.source)
            .filter(|s| input.draw == DrawMode::Pairs || matches!(s, TieSource::Agreement(_)))
            .collect();
        if shown.is_empty() {
            continue;
        }
        let shown_ties: Vec<_> = edge
            .ties
            .iter()
            .filter(|t| shown.contains(&t.source))
            .collect();
        let (a, b) = (position(edge.a), position(edge.b));
        let sectors = input.sectors_by_weight(shown.iter());
        edges.push(SceneEdge {
            ends: EdgeEnds::Regions(edge.a, edge.b),
            from: a,
            to: b,
            strands: input.strands(a, b, &sectors, edge_width_px(shown.len()), EDGE_BEND),
            dashed: shown_ties.iter().all(|t| t.estimated),
            emphasis: input.pair_emphasis(edge, &shown),
            is_new: shown_ties.iter().any(|t| input.is_new(t.span.first)),
        });
    }

    let mut hubs = Vec::new();
    if input.draw == DrawMode::Hubs {
        for hub in &graph.hubs {
            let Some(&center) = input.hub_positions.get(&hub.network) else {
                continue;
            };
            let network = input.dataset.network(hub.network);
            let members: Vec<RegionIdx> = hub.members.iter().map(|m| m.region).collect();
            let color = network_color(input.dataset, hub.network, &input.query.sectors);
            for member in &hub.members {
                let to = position(member.region);
                edges.push(SceneEdge {
                    ends: EdgeEnds::Spoke(hub.network, member.region),
                    from: center,
                    to,
                    strands: vec![Strand {
                        control: control_point(center, to, SPOKE_BEND),
                        color: color.clone(),
                        width_px: 1.1,
                    }],
                    dashed: member.estimated,
                    emphasis: input.spoke_emphasis(hub.network, member.region, &members),
                    is_new: input.is_new(member.span.first),
                });
            }
            hubs.push(SceneHub {
                network: hub.network,
                center,
                half_size_px: (5.0 + 1.2 * (hub.members.len() as f64).sqrt()) * input.size_factor,
                color,
                label: short_label(network.short_name(input.lang)),
                members: hub.members.len(),
                emphasis: input.hub_emphasis(hub.network, &members),
                is_new: input.is_new(network.founded.year),
            });
        }
    }
    // Faded first, strong last; within a level, thin before thick.
    crate::sort::sort_by(&mut edges, |x, y| {
        x.emphasis.cmp(&y.emphasis).then(
            x.strands
                .iter()
                .map(|s| s.width_px)
                .sum::<f64>()
                .total_cmp(&y.strands.iter().map(|s| s.width_px).sum::<f64>()),
        )
    });
    crate::sort::sort_by_key(&mut hubs, |h| h.emphasis);

    let mut nodes: Vec<SceneNode> = graph
        .nodes
        .iter()
        .map(|node| {
            let region = input.dataset.region(node.region);
            SceneNode {
                region: node.region,
                center: position(node.region),
                radius_px: node_radius_px(node.ties, max_ties) * input.size_factor,
                emphasis: input.region_emphasis(node.region, &focus_partners),
                is_new: input.highlight_years.is_some()
                    && graph
                        .edges
                        .iter()
                        .filter(|e| e.a == node.region || e.b == node.region)
                        .any(|e| e.ties.iter().any(|t| input.is_new(t.span.first))),
                outside_europe: region.outside_europe,
            }
        })
        .collect();
    // Big nodes first, so small neighbours stay visible on top; emphasis decides before size.
    crate::sort::sort_by(&mut nodes, |x, y| {
        x.emphasis
            .cmp(&y.emphasis)
            .then(y.radius_px.total_cmp(&x.radius_px))
            .then(x.region.cmp(&y.region))
    });
    Scene { edges, hubs, nodes }
}

#[cfg(test)]
mod tests;
