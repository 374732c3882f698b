//! Moving between regions with the arrow keys: from one point on the screen, the point a
//! press of an arrow reaches. The nearest point in that direction wins, with points far off
//! the straight line counted as further away, as spatial navigation in TV and game
//! interfaces does.

use crate::viewport::ScreenPointPx;

/// An arrow key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    /// The arrow a `KeyboardEvent.key` names.
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }

    /// The unit vector of the direction in screen space (y grows downwards).
    fn unit(self) -> (f64, f64) {
        match self {
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
        }
    }
}

/// How much a pixel off the straight line costs against a pixel along it.
const OFF_AXIS_WEIGHT: f64 = 2.0;
/// Points within this distance along the direction count as level with the start.
const LEVEL_PX: f64 = 1.0;

/// The candidate a press of `direction` from `from` reaches, if any lies that way. Candidates
/// at `from` itself are skipped.
pub fn next_in_direction<T: Copy>(
    from: ScreenPointPx,
    direction: Direction,
    candidates: impl IntoIterator<Item = (T, ScreenPointPx)>,
) -> Option<T> {
    let (ux, uy) = direction.unit();
    candidates
        .into_iter()
        .filter_map(|(item, p)| {
            let (dx, dy) = (p.x_px - from.x_px, p.y_px - from.y_px);
            let along = dx * ux + dy * uy;
            let across = (dx * uy - dy * ux).abs();
            // Within a 60-degree half-angle either side of the arrow.
            (along > LEVEL_PX && across <= along * 3f64.sqrt())
                .then_some((item, along + OFF_AXIS_WEIGHT * across))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(item, _)| item)
}

/// The candidate nearest to `point`: where keyboard browsing starts.
pub fn nearest<T: Copy>(
    point: ScreenPointPx,
    candidates: impl IntoIterator<Item = (T, ScreenPointPx)>,
) -> Option<T> {
    candidates
        .into_iter()
        .map(|(item, p)| (item, (p.x_px - point.x_px).hypot(p.y_px - point.y_px)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(item, _)| item)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> ScreenPointPx {
        ScreenPointPx::new(x, y)
    }

    /// A plus sign of points around the origin, and one far off to the upper right.
    fn cross() -> Vec<(&'static str, ScreenPointPx)> {
        vec![
            ("centre", p(0.0, 0.0)),
            ("left", p(-50.0, 5.0)),
            ("right", p(60.0, -4.0)),
            ("up", p(3.0, -40.0)),
            ("down", p(-2.0, 70.0)),
            ("far", p(400.0, -380.0)),
        ]
    }

    #[test]
    fn each_arrow_reaches_the_point_that_way() {
        let from = p(0.0, 0.0);
        for (direction, expected) in [
            (Direction::Left, "left"),
            (Direction::Right, "right"),
            (Direction::Up, "up"),
            (Direction::Down, "down"),
        ] {
            assert_eq!(
                next_in_direction(from, direction, cross()),
                Some(expected),
                "{direction:?}"
            );
        }
    }

    #[test]
    fn a_near_point_off_the_line_loses_to_one_on_it() {
        // 30 px right but 40 px down, against 45 px right on the line.
        let candidates = [("diagonal", p(30.0, 40.0)), ("straight", p(45.0, 0.0))];
        assert_eq!(
            next_in_direction(p(0.0, 0.0), Direction::Right, candidates),
            Some("straight")
        );
    }

    #[test]
    fn nothing_that_way_means_no_move() {
        let candidates = [("behind", p(-10.0, 0.0)), ("above", p(0.0, -10.0))];
        assert_eq!(
            next_in_direction(p(0.0, 0.0), Direction::Right, candidates),
            None
        );
        // Only the start itself: no move either.
        assert_eq!(
            next_in_direction(p(0.0, 0.0), Direction::Down, [("self", p(0.0, 0.0))]),
            None
        );
    }

    #[test]
    fn browsing_starts_at_the_nearest_point() {
        assert_eq!(nearest(p(55.0, 0.0), cross()), Some("right"));
        assert_eq!(
            nearest(p(0.0, 0.0), Vec::<(u8, ScreenPointPx)>::new()),
            None
        );
    }
}
