//! A Barnes-Hut quadtree over the layout's positions: far bodies repel as one.

use super::ForceSettings;

/// A Barnes-Hut quadtree over the current positions.
pub(super) struct QuadTree {
    cells: Vec<Cell>,
}

pub(super) struct Cell {
    /// Centre and half side of the square.
    cx: f64,
    cy: f64,
    half: f64,
    mass: f64,
    /// Centre of mass.
    mx: f64,
    my: f64,
    /// A leaf holds one body; an inner cell has four children.
    body: Option<usize>,
    children: Option<[usize; 4]>,
}

impl QuadTree {
    pub(super) fn build(pos: &[[f64; 2]], mass: &[f64]) -> Self {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in pos {
            x0 = x0.min(p[0]);
            y0 = y0.min(p[1]);
            x1 = x1.max(p[0]);
            y1 = y1.max(p[1]);
        }
        let half = ((x1 - x0).max(y1 - y0) / 2.0).max(1e-6) * 1.0001;
        let mut tree = QuadTree {
            cells: vec![Cell::new((x0 + x1) / 2.0, (y0 + y1) / 2.0, half)],
        };
        for i in 0..pos.len() {
            tree.insert(0, i, pos, mass, 0);
        }
        tree
    }

    pub(super) fn insert(
        &mut self,
        cell: usize,
        body: usize,
        pos: &[[f64; 2]],
        mass: &[f64],
        depth: usize,
    ) {
        let (bx, by, bm) = (pos[body][0], pos[body][1], mass[body]);
        {
            let c = &mut self.cells[cell];
            let total = c.mass + bm;
            c.mx = (c.mx * c.mass + bx * bm) / total;
            c.my = (c.my * c.mass + by * bm) / total;
            c.mass = total;
        }
        if self.cells[cell].children.is_none() {
            match self.cells[cell].body {
                None => {
                    self.cells[cell].body = Some(body);
                    return;
                }
                // Bodies at (almost) the same point share a leaf beyond this depth.
                Some(_) if depth > 40 => return,
                Some(existing) => {
                    self.split(cell);
                    self.cells[cell].body = None;
                    let child = self.child_for(cell, pos[existing]);
                    // The parent already counts this body's mass; its new leaf counts it anew.
                    self.insert(child, existing, pos, mass, depth + 1);
                }
            }
        }
        let child = self.child_for(cell, [bx, by]);
        self.insert(child, body, pos, mass, depth + 1);
    }

    pub(super) fn split(&mut self, cell: usize) {
        let (cx, cy, half) = {
            let c = &self.cells[cell];
            (c.cx, c.cy, c.half / 2.0)
        };
        let first = self.cells.len();
        for (dx, dy) in [(-1.0, -1.0), (1.0, -1.0), (-1.0, 1.0), (1.0, 1.0)] {
            self.cells
                .push(Cell::new(cx + dx * half, cy + dy * half, half));
        }
        self.cells[cell].children = Some([first, first + 1, first + 2, first + 3]);
    }

    pub(super) fn child_for(&self, cell: usize, p: [f64; 2]) -> usize {
        let c = &self.cells[cell];
        let children = c.children.expect("split");
        let index = usize::from(p[0] >= c.cx) + 2 * usize::from(p[1] >= c.cy);
        children[index]
    }

    /// Adds to `force` the repulsion on body `i` from every other body, approximating far cells.
    pub(super) fn repulse(
        &self,
        i: usize,
        pos: &[[f64; 2]],
        mass: &[f64],
        settings: &ForceSettings,
        force: &mut [f64; 2],
        stack: &mut Vec<usize>,
    ) {
        let (ratio, theta) = (settings.scaling_ratio, settings.theta);
        stack.clear();
        stack.push(0);
        while let Some(index) = stack.pop() {
            let c = &self.cells[index];
            if c.mass == 0.0 || c.body == Some(i) && c.children.is_none() {
                continue;
            }
            let (dx, dy) = (pos[i][0] - c.mx, pos[i][1] - c.my);
            let d2 = dx * dx + dy * dy;
            let far = c.children.is_none() || (2.0 * c.half) * (2.0 * c.half) < theta * theta * d2;
            if far {
                if d2 > 0.0 {
                    let factor = ratio * mass[i] * c.mass / d2;
                    force[0] += dx * factor;
                    force[1] += dy * factor;
                }
            } else if let Some(children) = c.children {
                stack.extend(children);
            }
        }
    }
}

impl Cell {
    pub(super) fn new(cx: f64, cy: f64, half: f64) -> Self {
        Self {
            cx,
            cy,
            half,
            mass: 0.0,
            mx: 0.0,
            my: 0.0,
            body: None,
            children: None,
        }
    }
}
