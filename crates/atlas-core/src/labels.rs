//! Which region labels to show, and on which side of their node, so that none overlap.
//!
//! Greedy by priority: the most important label is placed first, on the first side where it
//! hits neither a label already placed nor another node; a label that fits nowhere is hidden.
//! Zooming in spreads the nodes apart, so more labels fit. Where a dense cluster leaves no room
//! beside a node, the label may stand a little further off, joined to its node by a leader line
//! (as atlases name the cantons of Switzerland). Everything is in screen pixels; text widths
//! come from the caller (the browser measures them).

use crate::viewport::ScreenPointPx;

/// An axis-aligned rectangle on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RectPx {
    pub x_px: f64,
    pub y_px: f64,
    pub width_px: f64,
    pub height_px: f64,
}

impl RectPx {
    pub fn overlaps(&self, other: &RectPx) -> bool {
        self.x_px < other.x_px + other.width_px
            && other.x_px < self.x_px + self.width_px
            && self.y_px < other.y_px + other.height_px
            && other.y_px < self.y_px + self.height_px
    }

    fn square_around(center: ScreenPointPx, radius_px: f64) -> Self {
        RectPx {
            x_px: center.x_px - radius_px,
            y_px: center.y_px - radius_px,
            width_px: 2.0 * radius_px,
            height_px: 2.0 * radius_px,
        }
    }
}

/// A label that would like to be shown.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelRequest {
    /// The caller's key for the label (e.g. the index of its node).
    pub key: usize,
    pub node_center: ScreenPointPx,
    pub node_radius_px: f64,
    pub text_width_px: f64,
    pub text_height_px: f64,
    /// Higher is placed first.
    pub priority: f64,
    /// The label may cover other nodes (never other labels): for the few most important
    /// regions, whose names matter more than a glimpse of a small neighbour.
    pub may_cover_nodes: bool,
}

/// Where the text sits relative to its node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    Right,
    Left,
    Above,
    Below,
    AboveRight,
    BelowRight,
    AboveLeft,
    BelowLeft,
    /// Beside the node, slid up or down by half the text's height: the text still touches the
    /// node's middle, so it reads as its name, and it fits between neighbours one row apart.
    RightHigh,
    RightLow,
    LeftHigh,
    LeftLow,
}

impl LabelSide {
    /// In order of preference: beside the node reads best, then above and below, then corners.
    pub const ALL: [LabelSide; 12] = [
        LabelSide::Right,
        LabelSide::Left,
        LabelSide::Above,
        LabelSide::Below,
        LabelSide::AboveRight,
        LabelSide::BelowRight,
        LabelSide::AboveLeft,
        LabelSide::BelowLeft,
        LabelSide::RightHigh,
        LabelSide::RightLow,
        LabelSide::LeftHigh,
        LabelSide::LeftLow,
    ];
}

/// A label that is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedLabel {
    pub key: usize,
    pub side: LabelSide,
    /// The box the text occupies.
    pub rect: RectPx,
    /// For a label set off from its node: the line from the node's edge to the label's box.
    pub leader: Option<LeaderLinePx>,
}

/// A thin line joining a label that stands off from its node to that node.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeaderLinePx {
    pub from: ScreenPointPx,
    pub to: ScreenPointPx,
}

/// Space between a node's edge and its label.
const GAP_PX: f64 = 3.0;
/// How far a label set off with a leader line may stand from its node's edge: the nearer first.
const LEADER_GAPS_PX: [f64; 2] = [16.0, 28.0];
/// Sides a label with a leader line may take: straight out, so the line is short and clear.
const LEADER_SIDES: [LabelSide; 8] = [
    LabelSide::Right,
    LabelSide::Left,
    LabelSide::AboveRight,
    LabelSide::BelowRight,
    LabelSide::AboveLeft,
    LabelSide::BelowLeft,
    LabelSide::Above,
    LabelSide::Below,
];

fn candidate(request: &LabelRequest, side: LabelSide, gap_px: f64) -> RectPx {
    let c = request.node_center;
    let r = request.node_radius_px + gap_px;
    let (w, h) = (request.text_width_px, request.text_height_px);
    // Corners sit where the circle's 45° point is, not at the square's corner.
    let d = r * std::f64::consts::FRAC_1_SQRT_2;
    let (x, y) = match side {
        LabelSide::Right => (c.x_px + r, c.y_px - h / 2.0),
        LabelSide::Left => (c.x_px - r - w, c.y_px - h / 2.0),
        LabelSide::Above => (c.x_px - w / 2.0, c.y_px - r - h),
        LabelSide::Below => (c.x_px - w / 2.0, c.y_px + r),
        LabelSide::AboveRight => (c.x_px + d, c.y_px - d - h),
        LabelSide::BelowRight => (c.x_px + d, c.y_px + d),
        LabelSide::AboveLeft => (c.x_px - d - w, c.y_px - d - h),
        LabelSide::BelowLeft => (c.x_px - d - w, c.y_px + d),
        LabelSide::RightHigh => (c.x_px + r, c.y_px - h),
        LabelSide::RightLow => (c.x_px + r, c.y_px),
        LabelSide::LeftHigh => (c.x_px - r - w, c.y_px - h),
        LabelSide::LeftLow => (c.x_px - r - w, c.y_px),
    };
    RectPx {
        x_px: x,
        y_px: y,
        width_px: w,
        height_px: h,
    }
}

/// A uniform grid of boxes, so that each test looks only at nearby boxes.
struct Grid {
    cell_px: f64,
    cells: rustc_hash::FxHashMap<(i64, i64), Vec<usize>>,
    rects: Vec<(usize, RectPx, bool)>,
}

impl Grid {
    fn new(cell_px: f64) -> Self {
        Self {
            cell_px,
            cells: Default::default(),
            rects: Vec::new(),
        }
    }

    fn cells_of(&self, r: &RectPx) -> impl Iterator<Item = (i64, i64)> {
        let x0 = (r.x_px / self.cell_px).floor() as i64;
        let x1 = ((r.x_px + r.width_px) / self.cell_px).floor() as i64;
        let y0 = (r.y_px / self.cell_px).floor() as i64;
        let y1 = ((r.y_px + r.height_px) / self.cell_px).floor() as i64;
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    /// Adds a box owned by `owner` (a node's own box does not block its label); `is_label`
    /// tells labels from nodes.
    fn insert(&mut self, owner: usize, rect: RectPx, is_label: bool) {
        let id = self.rects.len();
        self.rects.push((owner, rect, is_label));
        let cells: Vec<_> = self.cells_of(&rect).collect();
        for cell in cells {
            self.cells.entry(cell).or_default().push(id);
        }
    }

    fn hits(&self, rect: &RectPx, ignore_owner: usize, labels_only: bool) -> bool {
        self.cells_of(rect).any(|cell| {
            self.cells.get(&cell).is_some_and(|ids| {
                ids.iter().any(|&id| {
                    let (owner, other, is_label) = &self.rects[id];
                    (*is_label || !labels_only) && *owner != ignore_owner && other.overlaps(rect)
                })
            })
        })
    }
}

/// Places as many labels as fit without overlapping each other, other nodes or the
/// `obstacles` (controls drawn over the map), inside the `bounds` (the visible map); labels
/// are tried in order of priority, then key.
pub fn place_labels(
    requests: &[LabelRequest],
    bounds: RectPx,
    obstacles: &[RectPx],
) -> Vec<PlacedLabel> {
    let mut order: Vec<&LabelRequest> = requests.iter().collect();
    crate::sort::sort_by(&mut order, |a, b| {
        b.priority
            .total_cmp(&a.priority)
            .then_with(|| a.key.cmp(&b.key))
    });
    let mut grid = Grid::new(64.0);
    for r in requests {
        grid.insert(
            r.key,
            RectPx::square_around(r.node_center, r.node_radius_px),
            false,
        );
    }
    for obstacle in obstacles {
        grid.insert(usize::MAX, *obstacle, true);
    }
    let mut placed = Vec::new();
    for request in order {
        let inside = |rect: &RectPx| {
            rect.x_px >= bounds.x_px
                && rect.y_px >= bounds.y_px
                && rect.x_px + rect.width_px <= bounds.x_px + bounds.width_px
                && rect.y_px + rect.height_px <= bounds.y_px + bounds.height_px
        };
        let fits = |rect: &RectPx, labels_only: bool| {
            inside(rect) && !grid.hits(rect, request.key, labels_only)
        };
        let beside = |labels_only: bool| {
            LabelSide::ALL.into_iter().find_map(|side| {
                let rect = candidate(request, side, GAP_PX);
                fits(&rect, labels_only).then_some((side, rect, None))
            })
        };
        let set_off = || {
            let gaps_and_sides = LEADER_GAPS_PX
                .into_iter()
                .flat_map(|gap| LEADER_SIDES.into_iter().map(move |side| (gap, side)));
            gaps_and_sides.into_iter().find_map(|(gap, side)| {
                let rect = candidate(request, side, gap);
                let leader = leader_line(request, &rect);
                // The line must not cross another label or node either.
                let clear = !grid.hits(&leader_box(&leader), request.key, false);
                (clear && fits(&rect, false)).then_some((side, rect, Some(leader)))
            })
        };
        let choice = beside(false)
            .or_else(|| request.may_cover_nodes.then(|| beside(true)).flatten())
            .or_else(set_off);
        if let Some((side, rect, leader)) = choice {
            // Placed labels block everyone, including their own node's later requests.
            grid.insert(usize::MAX, rect, true);
            if let Some(leader) = &leader {
                grid.insert(usize::MAX, leader_box(leader), true);
            }
            placed.push(PlacedLabel {
                key: request.key,
                side,
                rect,
                leader,
            });
        }
    }
    crate::sort::sort_by_key(&mut placed, |p| p.key);
    placed
}

/// The leader from the node's edge towards the label's nearest point, ending at the box.
fn leader_line(request: &LabelRequest, rect: &RectPx) -> LeaderLinePx {
    let c = request.node_center;
    let to = ScreenPointPx::new(
        c.x_px.clamp(rect.x_px, rect.x_px + rect.width_px),
        c.y_px.clamp(rect.y_px, rect.y_px + rect.height_px),
    );
    let (dx, dy) = (to.x_px - c.x_px, to.y_px - c.y_px);
    let length = dx.hypot(dy).max(f64::EPSILON);
    let r = request.node_radius_px + 1.0;
    LeaderLinePx {
        from: ScreenPointPx::new(c.x_px + dx / length * r, c.y_px + dy / length * r),
        to,
    }
}

/// The box a leader line needs kept clear: its bounding box, at least 2 px thick, without
/// the ends (which touch the node and the label).
fn leader_box(leader: &LeaderLinePx) -> RectPx {
    let (a, b) = (leader.from, leader.to);
    let inset = |lo: f64, hi: f64| {
        let (lo, hi) = (lo.min(hi), lo.max(hi));
        let margin = ((hi - lo) * 0.15).min(2.0);
        if hi - lo < 2.0 {
            let mid = (lo + hi) / 2.0;
            (mid - 1.0, 2.0)
        } else {
            (lo + margin, hi - lo - 2.0 * margin)
        }
    };
    let (x_px, width_px) = inset(a.x_px, b.x_px);
    let (y_px, height_px) = inset(a.y_px, b.y_px);
    RectPx {
        x_px,
        y_px,
        width_px,
        height_px,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(key: usize, x: f64, y: f64, priority: f64) -> LabelRequest {
        LabelRequest {
            key,
            node_center: ScreenPointPx::new(x, y),
            node_radius_px: 4.0,
            text_width_px: 60.0,
            text_height_px: 14.0,
            priority,
            may_cover_nodes: false,
        }
    }

    fn screen() -> RectPx {
        RectPx {
            x_px: 0.0,
            y_px: 0.0,
            width_px: 1000.0,
            height_px: 800.0,
        }
    }

    #[test]
    fn no_two_placed_labels_overlap_and_none_covers_a_node() {
        // A dense cluster, as around the Benelux.
        let requests: Vec<_> = (0..40)
            .map(|i| {
                request(
                    i,
                    300.0 + (i % 8) as f64 * 11.0,
                    300.0 + (i / 8) as f64 * 9.0,
                    i as f64,
                )
            })
            .collect();
        let placed = place_labels(&requests, screen(), &[]);
        assert!(!placed.is_empty());
        assert!(
            placed.len() < requests.len(),
            "a cluster this dense cannot show every label"
        );
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!(!a.rect.overlaps(&b.rect), "{a:?} overlaps {b:?}");
            }
            if let Some(leader) = &a.leader {
                let line = leader_box(leader);
                for b in placed.iter().filter(|b| b.key != a.key) {
                    assert!(!line.overlaps(&b.rect), "{a:?}'s leader crosses {b:?}");
                }
                for r in requests.iter().filter(|r| r.key != a.key) {
                    let node = RectPx::square_around(r.node_center, r.node_radius_px);
                    assert!(
                        !line.overlaps(&node),
                        "{a:?}'s leader crosses node {}",
                        r.key
                    );
                }
            }
            for r in &requests {
                if r.key != a.key {
                    let node = RectPx::square_around(r.node_center, r.node_radius_px);
                    assert!(
                        !a.rect.overlaps(&node),
                        "label {} covers node {}",
                        a.key,
                        r.key
                    );
                }
            }
        }
    }

    #[test]
    fn a_label_with_no_room_beside_its_node_stands_off_with_a_leader_line() {
        // Four neighbours, north, east, south and west, take every place beside the node.
        let mut requests: Vec<_> = [(0.0, -20.0), (20.0, 0.0), (0.0, 20.0), (-20.0, 0.0)]
            .into_iter()
            .enumerate()
            .map(|(i, (dx, dy))| LabelRequest {
                node_radius_px: 6.0,
                text_width_px: 1.0,
                ..request(i + 1, 500.0 + dx, 400.0 + dy, 10.0)
            })
            .collect();
        requests.push(request(0, 500.0, 400.0, 0.0));
        let placed = place_labels(&requests, screen(), &[]);
        let label = placed
            .iter()
            .find(|p| p.key == 0)
            .expect("the node is named");
        let leader = label.leader.expect("with a leader line");
        // The line runs from the node's edge to the label's box.
        let from_node = (leader.from.x_px - 500.0).hypot(leader.from.y_px - 400.0);
        assert!((from_node - 5.0).abs() < 1e-9, "{leader:?}");
        let r = label.rect;
        assert!(
            leader.to.x_px >= r.x_px
                && leader.to.x_px <= r.x_px + r.width_px
                && leader.to.y_px >= r.y_px
                && leader.to.y_px <= r.y_px + r.height_px
        );
        for other in requests.iter().filter(|o| o.key != 0) {
            let node = RectPx::square_around(other.node_center, other.node_radius_px);
            assert!(!r.overlaps(&node) && !leader_box(&leader).overlaps(&node));
        }
    }

    #[test]
    fn the_most_important_label_wins_a_conflict() {
        let requests = vec![request(0, 100.0, 100.0, 1.0), request(1, 110.0, 100.0, 5.0)];
        let placed = place_labels(&requests, screen(), &[]);
        assert!(placed.iter().any(|p| p.key == 1));
    }

    #[test]
    fn spreading_nodes_apart_shows_more_labels() {
        let near: Vec<_> = (0..10)
            .map(|i| request(i, 200.0 + i as f64 * 8.0, 200.0, 0.0))
            .collect();
        let far: Vec<_> = (0..10)
            .map(|i| request(i, 50.0 + i as f64 * 90.0, 200.0, 0.0))
            .collect();
        assert!(place_labels(&far, screen(), &[]).len() > place_labels(&near, screen(), &[]).len());
        assert_eq!(place_labels(&far, screen(), &[]).len(), 10);
    }

    #[test]
    fn an_important_label_may_cover_small_nodes_but_never_a_label() {
        // A hub ringed by small nodes on every side.
        let mut requests: Vec<_> = (0..16)
            .map(|i| {
                let angle = i as f64 / 16.0 * std::f64::consts::TAU;
                request(
                    i + 1,
                    500.0 + 14.0 * angle.cos(),
                    400.0 + 14.0 * angle.sin(),
                    0.0,
                )
            })
            .collect();
        let mut hub = request(0, 500.0, 400.0, 100.0);
        requests.push(hub.clone());
        assert!(!place_labels(&requests, screen(), &[])
            .iter()
            .any(|p| p.key == 0));
        hub.may_cover_nodes = true;
        requests.pop();
        requests.push(hub);
        let placed = place_labels(&requests, screen(), &[]);
        assert!(placed.iter().any(|p| p.key == 0));
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!(!a.rect.overlaps(&b.rect));
            }
        }
    }

    #[test]
    fn labels_keep_clear_of_obstacles() {
        let requests = vec![request(0, 500.0, 400.0, 1.0)];
        let button = RectPx {
            x_px: 505.0,
            y_px: 380.0,
            width_px: 40.0,
            height_px: 40.0,
        };
        let placed = place_labels(&requests, screen(), &[button]);
        assert_eq!(placed[0].side, LabelSide::Left);
    }

    #[test]
    fn labels_stay_inside_the_bounds() {
        let requests = vec![request(0, 995.0, 400.0, 1.0)];
        let placed = place_labels(&requests, screen(), &[]);
        assert_eq!(placed[0].side, LabelSide::Left);
    }
}
