//! Sector colours people can tell apart: the bundled data's colours stay distinct for normal
//! vision and under a simulation of the two common red-green deficiencies (deuteranopia and
//! protanopia, Machado, Oliveira and Fernandes 2009, full severity), as CIELAB distances.
//! Sectors that share a colour are one family (automotive and logistics; semiconductors and
//! digital; energy and environment; chemicals, life sciences and agrifood; research and
//! culture), which docs/colours.md explains.

use std::collections::BTreeSet;

use atlas_core::parse_dataset_bytes;

/// The least CIELAB distance between any two colours on the map, under every vision.
const LEAST_DELTA_E: f64 = 15.0;

type Matrix = [[f64; 3]; 3];

const NORMAL: Matrix = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
const PROTANOPIA: Matrix = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
];
const DEUTERANOPIA: Matrix = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
];

fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// `#rrggbb` as seen through `vision`, in CIELAB (D65).
fn lab(hex: &str, vision: &Matrix) -> [f64; 3] {
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    let rgb = [linear(byte(1)), linear(byte(3)), linear(byte(5))];
    let seen: Vec<f64> = vision
        .iter()
        .map(|row| (0..3).map(|k| row[k] * rgb[k]).sum::<f64>().clamp(0.0, 1.0))
        .collect();
    let (r, g, b) = (seen[0], seen[1], seen[2]);
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    [
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    ]
}

#[test]
fn the_sector_colours_stay_apart_for_colour_blind_readers() {
    let dataset = parse_dataset_bytes(include_bytes!("../../../public/data/atlas.json")).unwrap();
    let colours: BTreeSet<String> = dataset
        .sectors
        .iter()
        .map(|s| s.color.to_ascii_lowercase())
        .collect();
    assert!(colours.len() >= 6, "at least six families: {colours:?}");
    for (name, vision) in [
        ("normal vision", &NORMAL),
        ("protanopia", &PROTANOPIA),
        ("deuteranopia", &DEUTERANOPIA),
    ] {
        let colours: Vec<&String> = colours.iter().collect();
        for (i, a) in colours.iter().enumerate() {
            for b in &colours[i + 1..] {
                let (la, lb) = (lab(a, vision), lab(b, vision));
                let distance =
                    ((la[0] - lb[0]).powi(2) + (la[1] - lb[1]).powi(2) + (la[2] - lb[2]).powi(2))
                        .sqrt();
                assert!(
                    distance >= LEAST_DELTA_E,
                    "{a} and {b} are only {distance:.1} apart under {name}"
                );
            }
        }
    }
}
