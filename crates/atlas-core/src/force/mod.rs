//! The network layout: ForceAtlas2 (Jacomy et al., PLoS ONE 2014) with Barnes-Hut repulsion,
//! started from the geographic positions and optionally pulled back towards them.
//!
//! Deterministic: no randomness anywhere, a fixed order of operations, so the same graph gives
//! the same picture on every load. It runs step by step ([`ForceLayout::step`]), and a step
//! itself in chunks of [`REPULSION_CHUNK_NODES`] nodes ([`ForceLayout::advance`]), so that a
//! caller can spread the work over frames without ever blocking one for long, even on graphs
//! where a single step takes tens of milliseconds; [`run_to_rest`] runs it to the end. Chunking
//! changes nothing in the result: the same operations run in the same order.

use self::quadtree::QuadTree;
use crate::projection::MapPointKm;
use crate::viewport::MapRectKm;

/// A graph to lay out: nodes `0..n`, weighted undirected edges, and for each node the point it
/// starts from (its geographic position) and is pulled towards when anchoring is on.
#[derive(Clone, Debug, PartialEq)]
pub struct ForceGraph {
    pub anchors: Vec<MapPointKm>,
    pub edges: Vec<(u32, u32, f64)>,
}

/// ForceAtlas2's settings, with graphology's names and defaults where they exist.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ForceSettings {
    /// Repulsion strength (graphology `scalingRatio`).
    pub scaling_ratio: f64,
    /// Pull towards the centre, which keeps disconnected parts close.
    pub gravity: f64,
    /// Barnes-Hut accuracy: a cell this small seen from this far counts as one body.
    pub theta: f64,
    /// Pull towards each node's geographic position; 0 lays out the network freely.
    pub anchor_strength: f64,
    /// Tolerance to swinging (graphology `jitterTolerance`).
    pub jitter_tolerance: f64,
    /// Steps to run at most.
    pub max_steps: usize,
}

impl Default for ForceSettings {
    fn default() -> Self {
        Self {
            scaling_ratio: 8.0,
            gravity: 1.0,
            theta: 0.6,
            anchor_strength: 0.0,
            jitter_tolerance: 1.0,
            max_steps: 400,
        }
    }
}

/// Layout space: the anchors scaled so that their spread is about this many units, which
/// keeps the force constants meaningful whatever the size of the map.
const LAYOUT_SPREAD: f64 = 100.0;

/// A layout in progress.
pub struct ForceLayout {
    settings: ForceSettings,
    edges: Vec<(usize, usize, f64)>,
    anchors: Vec<[f64; 2]>,
    /// Mass: degree + 1, as in ForceAtlas2.
    mass: Vec<f64>,
    pos: Vec<[f64; 2]>,
    force: Vec<[f64; 2]>,
    old_force: Vec<[f64; 2]>,
    speed: f64,
    speed_efficiency: f64,
    steps: usize,
    /// The layout-space transform of the anchors: map = layout * scale + offset.
    scale: f64,
    offset: [f64; 2],
    /// A step under way: its quadtree and the first node whose repulsion is still to add.
    step_in_progress: Option<(QuadTree, usize)>,
}

/// How many nodes' repulsion [`ForceLayout::advance`] computes between two looks at the clock:
/// about 1 ms of work in a browser on a slow laptop.
pub const REPULSION_CHUNK_NODES: usize = 256;

impl ForceLayout {
    pub fn new(graph: &ForceGraph, settings: ForceSettings) -> Self {
        let n = graph.anchors.len();
        let rect = MapRectKm::around(graph.anchors.iter().copied()).unwrap_or(MapRectKm {
            min: MapPointKm::new(0.0, 0.0),
            max: MapPointKm::new(1.0, 1.0),
        });
        let center = rect.center();
        let scale = (rect.width_km().max(rect.height_km()) / LAYOUT_SPREAD).max(1e-9);
        let anchors: Vec<[f64; 2]> = graph
            .anchors
            .iter()
            .map(|p| {
                [
                    (p.x_km - center.x_km) / scale,
                    (p.y_km - center.y_km) / scale,
                ]
            })
            .collect();
        let mut mass = vec![1.0; n];
        let edges: Vec<(usize, usize, f64)> = graph
            .edges
            .iter()
            .filter(|(a, b, _)| a != b && (*a as usize) < n && (*b as usize) < n)
            .map(|&(a, b, w)| (a as usize, b as usize, w))
            .collect();
        for &(a, b, _) in &edges {
            mass[a] += 1.0;
            mass[b] += 1.0;
        }
        // Nodes that start on the same point would never feel each other's repulsion: spread
        // every start a hair along a golden-angle spiral (deterministic, far below a pixel).
        let pos = anchors
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let angle = i as f64 * 2.399_963_229_728_653;
                let r = 1e-3 * (1.0 + i as f64).sqrt();
                [a[0] + r * angle.cos(), a[1] + r * angle.sin()]
            })
            .collect();
        Self {
            settings,
            edges,
            pos,
            anchors,
            mass,
            force: vec![[0.0; 2]; n],
            old_force: vec![[0.0; 2]; n],
            speed: 1.0,
            speed_efficiency: 1.0,
            steps: 0,
            scale,
            offset: [center.x_km, center.y_km],
            step_in_progress: None,
        }
    }

    /// Whether the layout has run all its steps.
    pub fn done(&self) -> bool {
        self.steps >= self.settings.max_steps || self.pos.len() < 2
    }

    pub fn steps(&self) -> usize {
        self.steps
    }

    /// One ForceAtlas2 iteration (or the rest of the one under way).
    pub fn step(&mut self) {
        let steps = self.steps;
        while !self.done() && self.steps == steps {
            self.work_chunk();
        }
    }

    /// Runs the layout chunk by chunk until it is done or `out_of_time` says to stop (it is
    /// asked after every chunk). Returns whether the layout is done.
    pub fn advance(&mut self, out_of_time: &mut dyn FnMut() -> bool) -> bool {
        while !self.done() {
            self.work_chunk();
            if out_of_time() {
                break;
            }
        }
        self.done()
    }

    /// One chunk of an iteration: building the quadtree, the repulsion on up to
    /// [`REPULSION_CHUNK_NODES`] nodes, or the rest of the iteration after the last of those.
    fn work_chunk(&mut self) {
        if self.done() {
            return;
        }
        let n = self.pos.len();
        let Some((tree, first)) = self.step_in_progress.take() else {
            std::mem::swap(&mut self.force, &mut self.old_force);
            for f in &mut self.force {
                *f = [0.0, 0.0];
            }
            self.step_in_progress = Some((QuadTree::build(&self.pos, &self.mass), 0));
            return;
        };
        if first >= n {
            self.finish_step();
            return;
        }
        // Repulsion between every two nodes, by Barnes-Hut.
        let end = (first + REPULSION_CHUNK_NODES).min(n);
        let s = self.settings;
        // One stack for the whole chunk: no allocation per node.
        let mut stack = Vec::with_capacity(64);
        for i in first..end {
            let mut f = [0.0, 0.0];
            tree.repulse(i, &self.pos, &self.mass, &s, &mut f, &mut stack);
            self.force[i][0] += f[0];
            self.force[i][1] += f[1];
        }
        self.step_in_progress = Some((tree, end));
    }

    /// The rest of an iteration once every node's repulsion is in: gravity, anchoring,
    /// attraction along edges, adaptive speed and the move.
    fn finish_step(&mut self) {
        let n = self.pos.len();
        let s = self.settings;
        // Gravity towards the centre, and the pull towards geography.
        for i in 0..n {
            let [x, y] = self.pos[i];
            let d = x.hypot(y);
            if d > 0.0 {
                let factor = s.gravity * self.mass[i] / d;
                self.force[i][0] -= x * factor;
                self.force[i][1] -= y * factor;
            }
            if s.anchor_strength > 0.0 {
                let [ax, ay] = self.anchors[i];
                self.force[i][0] -= s.anchor_strength * self.mass[i] * (x - ax);
                self.force[i][1] -= s.anchor_strength * self.mass[i] * (y - ay);
            }
        }
        // Linear attraction along edges.
        for &(a, b, w) in &self.edges {
            let dx = self.pos[a][0] - self.pos[b][0];
            let dy = self.pos[a][1] - self.pos[b][1];
            self.force[a][0] -= dx * w;
            self.force[a][1] -= dy * w;
            self.force[b][0] += dx * w;
            self.force[b][1] += dy * w;
        }
        // Adaptive speed (ForceAtlas2, section "Adaptive speed").
        let (mut swinging, mut traction) = (0.0, 0.0);
        for i in 0..n {
            let (f, o) = (self.force[i], self.old_force[i]);
            swinging += self.mass[i] * ((o[0] - f[0]).powi(2) + (o[1] - f[1]).powi(2)).sqrt();
            traction += 0.5 * self.mass[i] * ((o[0] + f[0]).powi(2) + (o[1] + f[1]).powi(2)).sqrt();
        }
        let estimated_jitter = 0.05 * (n as f64).sqrt();
        let min_jitter = estimated_jitter.sqrt();
        let max_jitter: f64 = 10.0;
        let jitter = s.jitter_tolerance
            * min_jitter.max(max_jitter.min(estimated_jitter * traction / (n as f64 * n as f64)));
        let min_efficiency = 0.05;
        if traction > 0.0 && swinging / traction > 2.0 && self.speed_efficiency > min_efficiency {
            self.speed_efficiency *= 0.5;
        }
        let target = if swinging > 0.0 {
            jitter * self.speed_efficiency * traction / swinging
        } else {
            self.speed
        };
        if swinging > jitter * traction {
            if self.speed_efficiency > min_efficiency {
                self.speed_efficiency *= 0.7;
            }
        } else if self.speed < 1000.0 {
            self.speed_efficiency *= 1.3;
        }
        let max_rise = 0.5;
        self.speed += (target - self.speed).min(max_rise * self.speed);
        for i in 0..n {
            let (f, o) = (self.force[i], self.old_force[i]);
            let node_swinging =
                self.mass[i] * ((o[0] - f[0]).powi(2) + (o[1] - f[1]).powi(2)).sqrt();
            let factor = self.speed / (1.0 + (self.speed * node_swinging).sqrt());
            // Never let one step throw a node across the layout.
            let step = [f[0] * factor, f[1] * factor];
            let length = step[0].hypot(step[1]);
            let limit = LAYOUT_SPREAD * 0.1;
            let k = if length > limit { limit / length } else { 1.0 };
            self.pos[i][0] += step[0] * k;
            self.pos[i][1] += step[1] * k;
        }
        self.steps += 1;
    }

    /// The current positions, in map space, fitted into `frame` (keeping the aspect ratio and
    /// centred), so that the camera treats the network layout like the map.
    pub fn positions_in(&self, frame: MapRectKm) -> Vec<MapPointKm> {
        let points: Vec<MapPointKm> = self
            .pos
            .iter()
            .map(|p| MapPointKm::new(p[0], p[1]))
            .collect();
        let Some(rect) = MapRectKm::around(points.iter().copied()) else {
            return Vec::new();
        };
        let scale = (frame.width_km() / rect.width_km().max(1e-9))
            .min(frame.height_km() / rect.height_km().max(1e-9));
        let (c, fc) = (rect.center(), frame.center());
        points
            .into_iter()
            .map(|p| {
                MapPointKm::new(
                    fc.x_km + (p.x_km - c.x_km) * scale,
                    fc.y_km + (p.y_km - c.y_km) * scale,
                )
            })
            .collect()
    }

    /// The current positions in map space at the anchors' own scale (not refitted).
    pub fn positions(&self) -> Vec<MapPointKm> {
        self.pos
            .iter()
            .map(|p| {
                MapPointKm::new(
                    p[0] * self.scale + self.offset[0],
                    p[1] * self.scale + self.offset[1],
                )
            })
            .collect()
    }
}

/// Runs the layout to the end and returns positions fitted into `frame`.
pub fn run_to_rest(
    graph: &ForceGraph,
    settings: ForceSettings,
    frame: MapRectKm,
) -> Vec<MapPointKm> {
    let mut layout = ForceLayout::new(graph, settings);
    while !layout.done() {
        layout.step();
    }
    layout.positions_in(frame)
}

mod quadtree;
#[cfg(test)]
mod tests;
