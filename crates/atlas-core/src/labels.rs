//! Which region labels to show, and on which side of their node, so that none overlap.
//!
//! Greedy by priority: the most important label is placed first, on the first side where it
//! hits neither a label already placed nor another node; a label that fits nowhere is hidden.
//! Zooming in spreads the nodes apart, so more labels fit. Everything is in screen pixels;
//! text widths come from the caller (the browser measures them).

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
}

impl LabelSide {
    /// In order of preference: beside the node reads best, then above and below, then corners.
    pub const ALL: [LabelSide; 8] = [
        LabelSide::Right,
        LabelSide::Left,
        LabelSide::Above,
        LabelSide::Below,
        LabelSide::AboveRight,
        LabelSide::BelowRight,
        LabelSide::AboveLeft,
        LabelSide::BelowLeft,
    ];
}

/// A label that is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedLabel {
    pub key: usize,
    pub side: LabelSide,
    /// The box the text occupies.
    pub rect: RectPx,
}

/// Space between a node's edge and its label.
const GAP_PX: f64 = 3.0;

fn candidate(request: &LabelRequest, side: LabelSide) -> RectPx {
    let c = request.node_center;
    let r = request.node_radius_px + GAP_PX;
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
    cells: std::collections::HashMap<(i64, i64), Vec<usize>>,
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
    order.sort_by(|a, b| {
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
        let fits = |side: LabelSide, labels_only: bool| {
            let rect = candidate(request, side);
            inside(&rect) && !grid.hits(&rect, request.key, labels_only)
        };
        let side = LabelSide::ALL
            .into_iter()
            .find(|&side| fits(side, false))
            .or_else(|| {
                request
                    .may_cover_nodes
                    .then(|| LabelSide::ALL.into_iter().find(|&side| fits(side, true)))
                    .flatten()
            });
        if let Some(side) = side {
            let rect = candidate(request, side);
            // Placed labels block everyone, including their own node's later requests.
            grid.insert(usize::MAX, rect, true);
            placed.push(PlacedLabel {
                key: request.key,
                side,
                rect,
            });
        }
    }
    placed.sort_by_key(|p| p.key);
    placed
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
