//! Insets for what lies far away, as Eurostat's own maps have them: the EU's outermost regions
//! (the Azores, Madeira, the Canary Islands, the French overseas regions) and members outside
//! Europe (Québec) are drawn in small boxes at the map's right edge, in screen space, so the map
//! itself frames continental Europe. Their ties run to the box. A box is drawn only while a
//! region in it is shown: never an empty one.

use crate::dataset::{Dataset, RegionIdx};
use crate::labels::RectPx;
use crate::viewport::ScreenPointPx;

/// NUTS codes of the EU's outermost regions (Art. 349 TFEU): the Azores, Madeira, the Canary
/// Islands, and the French overseas regions (`FRY` and its subdivisions).
const OUTERMOST_NUTS_PREFIXES: [&str; 4] = ["PT20", "PT30", "ES70", "FRY"];

/// Whether a region is one of the EU's outermost regions, by its NUTS code.
pub fn is_outermost(region_id: &str) -> bool {
    OUTERMOST_NUTS_PREFIXES
        .iter()
        .any(|prefix| region_id.starts_with(prefix))
}

/// What an inset holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InsetKind {
    /// Every region outside Europe, one under the other.
    OutsideEurope,
    /// One outermost region.
    Outermost,
}

/// One inset and the regions it holds, in the data's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InsetGroup {
    pub kind: InsetKind,
    pub regions: Vec<RegionIdx>,
}

/// The insets of a dataset: one for the regions outside Europe (if any), one per outermost
/// region.
pub fn inset_groups(dataset: &Dataset) -> Vec<InsetGroup> {
    let outside: Vec<RegionIdx> = (0..dataset.regions.len())
        .map(|i| RegionIdx(i as u32))
        .filter(|&r| dataset.region(r).outside_europe)
        .collect();
    let mut groups = Vec::new();
    if !outside.is_empty() {
        groups.push(InsetGroup {
            kind: InsetKind::OutsideEurope,
            regions: outside,
        });
    }
    for (i, region) in dataset.regions.iter().enumerate() {
        if !region.outside_europe && is_outermost(&region.id) {
            groups.push(InsetGroup {
                kind: InsetKind::Outermost,
                regions: vec![RegionIdx(i as u32)],
            });
        }
    }
    groups
}

/// Distance of the boxes from the map's right edge, in CSS pixels.
pub const INSET_MARGIN_PX: f64 = 8.0;
/// Room kept at the top right for the map's zoom buttons, in CSS pixels.
pub const INSET_TOP_PX: f64 = 162.0;
/// Room kept at the bottom right for the basemap's credit line, in CSS pixels.
pub const INSET_BOTTOM_PX: f64 = 30.0;
/// Width of a box, in CSS pixels: a region's point with room around it (its name is placed
/// beside the box like any label).
pub const INSET_WIDTH_PX: f64 = 26.0;
/// Height of one region's row in a box, in CSS pixels.
pub const INSET_ROW_PX: f64 = 24.0;
/// Space between boxes, in CSS pixels.
pub const INSET_GAP_PX: f64 = 6.0;
/// Height kept free at the top of the box of regions outside Europe (its caption is drawn just
/// above the box).
pub const INSET_CAPTION_PX: f64 = 4.0;

/// An inset as drawn on a screen: its frame, and where each region's point is.
#[derive(Clone, Debug, PartialEq)]
pub struct InsetBox {
    pub kind: InsetKind,
    pub rect: RectPx,
    pub points: Vec<(RegionIdx, ScreenPointPx)>,
}

/// Below this width (a phone held upright) the boxes lie in rows along the top and bottom
/// edges, where Europe, framed across the whole width, leaves room; wider, in a column along
/// the right edge.
pub const NARROW_SCREEN_PX: f64 = 720.0;
/// The height of a row of boxes on a narrow screen, with its margin.
pub const INSET_ROW_BAND_PX: f64 = 44.0;

/// What the boxes take along the screen's edges, in CSS pixels: framing keeps the subject out
/// of it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct InsetReserve {
    pub right_px: f64,
    pub top_px: f64,
    pub bottom_px: f64,
}

/// What the boxes take on a screen `width_px` wide, if the data has any inset.
pub fn inset_reserve(has_insets: bool, width_px: f64) -> InsetReserve {
    match (has_insets, width_px < NARROW_SCREEN_PX) {
        (false, _) => InsetReserve::default(),
        (true, true) => InsetReserve {
            right_px: 0.0,
            top_px: INSET_ROW_BAND_PX,
            bottom_px: INSET_ROW_BAND_PX,
        },
        (true, false) => InsetReserve {
            right_px: INSET_MARGIN_PX + INSET_WIDTH_PX + INSET_GAP_PX,
            top_px: 0.0,
            bottom_px: 0.0,
        },
    }
}

/// The boxes on a screen of `width_px` by `height_px`: on a wide screen the regions outside
/// Europe at the top right (below the zoom buttons) and the outermost regions stacked up from
/// the bottom right (above the credit line); on a narrow one, the regions outside Europe in a
/// row at the top right and the outermost regions in a row at the bottom left. Only regions
/// for which `shown` holds are placed, and a box with none is left out.
pub fn inset_boxes(
    groups: &[InsetGroup],
    width_px: f64,
    height_px: f64,
    shown: impl Fn(RegionIdx) -> bool,
) -> Vec<InsetBox> {
    if width_px < NARROW_SCREEN_PX {
        return inset_rows(groups, width_px, height_px, shown);
    }
    let x_px = width_px - INSET_MARGIN_PX - INSET_WIDTH_PX;
    let centre_x = x_px + INSET_WIDTH_PX / 2.0;
    let mut boxes = Vec::new();
    let mut top = INSET_TOP_PX;
    let mut bottom = height_px - INSET_BOTTOM_PX;
    for group in groups {
        let regions: Vec<RegionIdx> = group
            .regions
            .iter()
            .copied()
            .filter(|&r| shown(r))
            .collect();
        if regions.is_empty() {
            continue;
        }
        let rows = regions.len() as f64;
        match group.kind {
            InsetKind::OutsideEurope => {
                let body_top = top + INSET_CAPTION_PX;
                let points = regions
                    .iter()
                    .enumerate()
                    .map(|(i, &r)| {
                        let y = body_top + INSET_ROW_PX * (i as f64 + 0.5);
                        (r, ScreenPointPx::new(centre_x, y))
                    })
                    .collect();
                let rect = RectPx {
                    x_px,
                    y_px: top,
                    width_px: INSET_WIDTH_PX,
                    height_px: INSET_CAPTION_PX + INSET_ROW_PX * rows,
                };
                top += rect.height_px + INSET_GAP_PX;
                boxes.push(InsetBox {
                    kind: group.kind,
                    rect,
                    points,
                });
            }
            InsetKind::Outermost => {
                let height = INSET_ROW_PX * rows;
                let rect = RectPx {
                    x_px,
                    y_px: bottom - height,
                    width_px: INSET_WIDTH_PX,
                    height_px: height,
                };
                let points = regions
                    .iter()
                    .enumerate()
                    .map(|(i, &r)| {
                        let y = rect.y_px + INSET_ROW_PX * (i as f64 + 0.5);
                        (r, ScreenPointPx::new(centre_x, y))
                    })
                    .collect();
                bottom -= height + INSET_GAP_PX;
                boxes.push(InsetBox {
                    kind: group.kind,
                    rect,
                    points,
                });
            }
        }
    }
    boxes
}

/// The boxes in rows, for a narrow screen: outside Europe along the top right, the outermost
/// regions along the bottom left.
fn inset_rows(
    groups: &[InsetGroup],
    width_px: f64,
    height_px: f64,
    shown: impl Fn(RegionIdx) -> bool,
) -> Vec<InsetBox> {
    let mut boxes = Vec::new();
    let mut bottom_x = INSET_MARGIN_PX;
    let top_y = INSET_MARGIN_PX;
    let bottom_y = height_px - INSET_MARGIN_PX - INSET_WIDTH_PX;
    for group in groups {
        let regions: Vec<RegionIdx> = group
            .regions
            .iter()
            .copied()
            .filter(|&r| shown(r))
            .collect();
        if regions.is_empty() {
            continue;
        }
        let length = INSET_ROW_PX * regions.len() as f64;
        let (x_px, y_px) = match group.kind {
            InsetKind::OutsideEurope => (
                width_px - INSET_MARGIN_PX - length,
                top_y + INSET_CAPTION_PX,
            ),
            InsetKind::Outermost => {
                let x = bottom_x;
                bottom_x += length + INSET_GAP_PX;
                (x, bottom_y)
            }
        };
        let rect = RectPx {
            x_px,
            y_px,
            width_px: length,
            height_px: INSET_WIDTH_PX,
        };
        let points = regions
            .iter()
            .enumerate()
            .map(|(i, &r)| {
                let x = x_px + INSET_ROW_PX * (i as f64 + 0.5);
                (r, ScreenPointPx::new(x, y_px + INSET_WIDTH_PX / 2.0))
            })
            .collect();
        boxes.push(InsetBox {
            kind: group.kind,
            rect,
            points,
        });
    }
    boxes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outermost_regions_are_known_by_their_nuts_codes() {
        for id in ["PT20", "PT30", "ES70", "FRY1", "FRY10"] {
            assert!(is_outermost(id), "{id}");
        }
        for id in ["PT11", "ES51", "FRK", "ITC4"] {
            assert!(!is_outermost(id), "{id}");
        }
    }

    #[test]
    fn boxes_sit_at_the_right_edge_and_an_empty_one_is_never_drawn() {
        let groups = vec![
            InsetGroup {
                kind: InsetKind::OutsideEurope,
                regions: vec![RegionIdx(7), RegionIdx(8)],
            },
            InsetGroup {
                kind: InsetKind::Outermost,
                regions: vec![RegionIdx(3)],
            },
            InsetGroup {
                kind: InsetKind::Outermost,
                regions: vec![RegionIdx(4)],
            },
        ];
        let boxes = inset_boxes(&groups, 800.0, 600.0, |r| r != RegionIdx(4));
        assert_eq!(
            boxes.len(),
            2,
            "Madeira's box is left out while it shows nothing"
        );
        let outside = &boxes[0];
        assert_eq!(outside.points.len(), 2);
        assert_eq!(
            outside.rect.y_px, INSET_TOP_PX,
            "outside Europe at the top, below the buttons"
        );
        assert_eq!(
            outside.rect.x_px + outside.rect.width_px,
            800.0 - INSET_MARGIN_PX
        );
        let azores = &boxes[1];
        assert!(
            (azores.rect.y_px + azores.rect.height_px - (600.0 - INSET_BOTTOM_PX)).abs() < 1e-9,
            "the outermost regions at the bottom"
        );
        for b in &boxes {
            for (_, p) in &b.points {
                assert!(p.x_px > b.rect.x_px && p.x_px < b.rect.x_px + b.rect.width_px);
                assert!(p.y_px > b.rect.y_px && p.y_px < b.rect.y_px + b.rect.height_px);
            }
        }
        assert!(inset_boxes(&groups, 800.0, 600.0, |_| false).is_empty());
        // A phone: in rows at the top and the bottom, inside the screen.
        let rows = inset_boxes(&groups, 390.0, 600.0, |_| true);
        assert_eq!(rows.len(), 3);
        for b in &rows {
            assert!(b.rect.width_px > b.rect.height_px || b.points.len() == 1);
            assert!(b.rect.x_px >= 0.0 && b.rect.x_px + b.rect.width_px <= 390.0);
            let in_bands = b.rect.y_px + b.rect.height_px <= INSET_ROW_BAND_PX
                || b.rect.y_px >= 600.0 - INSET_ROW_BAND_PX;
            assert!(in_bands, "{b:?}");
        }
        assert_eq!(inset_reserve(true, 390.0).right_px, 0.0);
        assert_eq!(inset_reserve(false, 1280.0), InsetReserve::default());
    }
}
