use super::*;

/// Two clusters of five, joined by one edge, with anchors spread on a line.
fn two_clusters() -> ForceGraph {
    let anchors = (0..10)
        .map(|i| MapPointKm::new(i as f64 * 100.0, (i % 3) as f64 * 50.0))
        .collect();
    let mut edges = Vec::new();
    for cluster in [0u32, 5] {
        for a in cluster..cluster + 5 {
            for b in a + 1..cluster + 5 {
                edges.push((a, b, 1.0));
            }
        }
    }
    edges.push((4, 5, 1.0));
    ForceGraph { anchors, edges }
}

fn frame() -> MapRectKm {
    MapRectKm {
        min: MapPointKm::new(0.0, 0.0),
        max: MapPointKm::new(1000.0, 1000.0),
    }
}

#[test]
fn the_same_graph_gives_the_same_layout() {
    let graph = two_clusters();
    let a = run_to_rest(&graph, ForceSettings::default(), frame());
    let b = run_to_rest(&graph, ForceSettings::default(), frame());
    assert_eq!(a, b);
}

#[test]
fn tied_nodes_end_closer_than_untied_ones() {
    let graph = two_clusters();
    let p = run_to_rest(&graph, ForceSettings::default(), frame());
    let mean = |pairs: &[(usize, usize)]| {
        pairs
            .iter()
            .map(|&(a, b)| p[a].distance_km(p[b]))
            .sum::<f64>()
            / pairs.len() as f64
    };
    let within = mean(&[(0, 1), (1, 2), (2, 3), (5, 6), (7, 8), (8, 9)]);
    let across = mean(&[(0, 9), (1, 8), (2, 7), (3, 6)]);
    assert!(
        within * 2.0 < across,
        "within {within:.0} km, across {across:.0} km"
    );
    for q in &p {
        assert!(q.x_km.is_finite() && q.y_km.is_finite());
        assert!(frame().contains(*q), "{q:?} outside the frame");
    }
}

#[test]
fn anchoring_keeps_nodes_nearer_their_geography() {
    let graph = two_clusters();
    let drift = |strength: f64| {
        let settings = ForceSettings {
            anchor_strength: strength,
            ..Default::default()
        };
        let mut layout = ForceLayout::new(&graph, settings);
        while !layout.done() {
            layout.step();
        }
        layout
            .positions()
            .iter()
            .zip(&graph.anchors)
            .map(|(p, a)| p.distance_km(*a))
            .sum::<f64>()
    };
    assert!(drift(0.5) < drift(0.0) * 0.7);
}

#[test]
fn barnes_hut_repulsion_matches_the_exact_sum_closely() {
    let pos: Vec<[f64; 2]> = (0..60)
        .map(|i| [((i * 37) % 101) as f64, ((i * 59) % 97) as f64])
        .collect();
    let mass: Vec<f64> = (0..60).map(|i| 1.0 + (i % 4) as f64).collect();
    let tree = QuadTree::build(&pos, &mass);
    for i in [0, 17, 42] {
        let mut approx = [0.0, 0.0];
        let settings = ForceSettings {
            scaling_ratio: 1.0,
            theta: 0.5,
            ..Default::default()
        };
        tree.repulse(i, &pos, &mass, &settings, &mut approx, &mut Vec::new());
        let mut exact = [0.0, 0.0];
        for j in 0..pos.len() {
            if i != j {
                let (dx, dy) = (pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]);
                let f = mass[i] * mass[j] / (dx * dx + dy * dy);
                exact[0] += dx * f;
                exact[1] += dy * f;
            }
        }
        let error = (approx[0] - exact[0]).hypot(approx[1] - exact[1]);
        assert!(
            error < 0.1 * exact[0].hypot(exact[1]) + 1e-9,
            "{approx:?} vs {exact:?}"
        );
    }
}

#[test]
fn advancing_in_chunks_gives_exactly_the_picture_of_whole_steps() {
    // More nodes than a chunk, so that steps really are cut in pieces.
    let n = REPULSION_CHUNK_NODES * 2 + 77;
    let graph = ForceGraph {
        anchors: (0..n)
            .map(|i| MapPointKm::new((i % 41) as f64 * 30.0, (i / 41) as f64 * 25.0))
            .collect(),
        edges: (0..n as u32 - 1)
            .map(|i| (i, (i * 7 + 1) % n as u32, 1.0))
            .collect(),
    };
    let settings = ForceSettings {
        max_steps: 12,
        ..Default::default()
    };
    let mut whole = ForceLayout::new(&graph, settings);
    while !whole.done() {
        whole.step();
    }
    let mut chunked = ForceLayout::new(&graph, settings);
    let mut slices = 0;
    let mut chunks_in_slice = 0;
    while !chunked.advance(&mut || {
        chunks_in_slice += 1;
        chunks_in_slice % 2 == 0
    }) {
        slices += 1;
    }
    assert!(
        slices > 12,
        "each slice stopped after two chunks: {slices} slices"
    );
    assert_eq!(chunked.steps(), 12);
    assert_eq!(chunked.positions(), whole.positions());
}

#[test]
fn coincident_nodes_do_not_break_the_tree() {
    let graph = ForceGraph {
        anchors: vec![MapPointKm::new(5.0, 5.0); 6],
        edges: vec![(0, 1, 1.0)],
    };
    let p = run_to_rest(
        &graph,
        ForceSettings {
            max_steps: 50,
            ..Default::default()
        },
        frame(),
    );
    assert!(p.iter().all(|q| q.x_km.is_finite() && q.y_km.is_finite()));
}
