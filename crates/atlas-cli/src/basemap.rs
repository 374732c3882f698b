//! `atlas basemap`: Natural Earth countries (world-atlas TopoJSON) to `public/basemap/europe.json`.
//!
//! Arcs are projected into map space and simplified once, before rings are assembled, so the
//! border two countries share stays one line; rings are then clipped to the frame, tiny
//! islets dropped and coordinates rounded to whole kilometres. The app reads the result as
//! SVG path data and never projects a coastline itself.

use atlas_core::basemap::{Basemap, BasemapCountry};
use atlas_core::projection::{map_from_geo, GeoPoint, MapPointKm};
use atlas_core::viewport::MapRectKm;

use crate::simplify::{clip_ring, ring_area_km2, simplify};
use crate::topojson::{ring, Topology};

/// Greatest distance between an outline and its simplification.
const TOLERANCE_KM: f64 = 1.5;
/// Islands smaller than this are left out; Malta (316 km²) stays.
const MIN_RING_AREA_KM2: f64 = 40.0;
/// Space added around the area the map must cover: enough that the land never visibly stops at
/// the frame, even zoomed out to the limit on a wide or tall screen.
const FRAME_MARGIN_KM: f64 = 1600.0;

const ATTRIBUTION: &str = "Country outlines: Natural Earth 1:50m Admin 0 Countries v4.1.0 \
(public domain), via the world-atlas 2.0.2 npm package";

/// The frame of the map: the area from the Azores to Cyprus and from the Canaries to the
/// North Cape (where the data's regions may lie), plus a margin of sea and neighbours.
pub fn frame() -> MapRectKm {
    let (lat0, lat1) = atlas_core::validate::EUROPE_LAT_DEG;
    let (lon0, lon1) = atlas_core::validate::EUROPE_LON_DEG;
    let mut edge = Vec::new();
    for step in 0..=40 {
        let t = step as f64 / 40.0;
        let lat = lat0 + (lat1 - lat0) * t;
        let lon = lon0 + (lon1 - lon0) * t;
        for geo in [(lat, lon0), (lat, lon1), (lat0, lon), (lat1, lon)] {
            edge.push(map_from_geo(GeoPoint {
                lat_deg: geo.0,
                lon_deg: geo.1,
            }));
        }
    }
    let rect = MapRectKm::around(edge).expect("points");
    MapRectKm {
        min: MapPointKm::new(
            rect.min.x_km - FRAME_MARGIN_KM,
            rect.min.y_km - FRAME_MARGIN_KM,
        ),
        max: MapPointKm::new(
            rect.max.x_km + FRAME_MARGIN_KM,
            rect.max.y_km + FRAME_MARGIN_KM,
        ),
    }
}

pub fn build(topology: &Topology) -> Result<Basemap, String> {
    let frame = frame();
    let arcs: Vec<Vec<MapPointKm>> = topology
        .decoded_arcs()
        .iter()
        .map(|arc| {
            let projected: Vec<MapPointKm> = arc
                .iter()
                .map(|&[lon_deg, lat_deg]| map_from_geo(GeoPoint { lat_deg, lon_deg }))
                .collect();
            simplify(&projected, TOLERANCE_KM)
        })
        .collect();
    let countries = topology
        .objects
        .get("countries")
        .ok_or("the TopoJSON has no \"countries\" object")?;
    let mut out = Vec::new();
    for geometry in &countries.geometries {
        let mut path = String::new();
        for polygon in geometry.polygons()? {
            for ring_arcs in polygon {
                let rounded = rounded_ring(&clip_ring(&ring(&ring_arcs, &arcs), frame));
                if rounded.len() >= 3 && ring_area_km2(&rounded).abs() >= MIN_RING_AREA_KM2 {
                    write_ring(&mut path, &rounded);
                }
            }
        }
        if !path.is_empty() {
            out.push(BasemapCountry {
                id: geometry.id.clone().unwrap_or_default(),
                name: geometry.properties.name.clone(),
                path,
            });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Basemap {
        space: "EPSG:3035 in km, y down".into(),
        attribution: ATTRIBUTION.into(),
        frame_km: [
            frame.min.x_km,
            frame.min.y_km,
            frame.max.x_km,
            frame.max.y_km,
        ]
        .map(f64::round),
        countries: out,
    })
}

/// Rounds to whole kilometres and drops points that become repeats.
fn rounded_ring(ring: &[MapPointKm]) -> Vec<MapPointKm> {
    let mut out: Vec<MapPointKm> = Vec::with_capacity(ring.len());
    for p in ring {
        let q = MapPointKm::new(p.x_km.round(), p.y_km.round());
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// Appends a ring as `M x y l dx dy dx dy ... z` (relative steps keep the file small).
fn write_ring(path: &mut String, ring: &[MapPointKm]) {
    use std::fmt::Write;
    let first = ring[0];
    let _ = write!(path, "M{} {}l", first.x_km, first.y_km);
    let mut previous = first;
    for (i, p) in ring[1..].iter().enumerate() {
        let (dx, dy) = (p.x_km - previous.x_km, p.y_km - previous.y_km);
        if i > 0 && dx >= 0.0 {
            path.push(' ');
        }
        let _ = write!(path, "{dx}");
        if dy >= 0.0 {
            path.push(' ');
        }
        let _ = write!(path, "{dy}");
        previous = *p;
    }
    path.push('z');
}

pub fn build_file(topojson_path: &str, out_path: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(topojson_path)
        .map_err(|e| format!("{topojson_path}: cannot read: {e}"))?;
    let topology: Topology =
        serde_json::from_str(&text).map_err(|e| format!("{topojson_path}: not TopoJSON: {e}"))?;
    let basemap = build(&topology)?;
    let json = serde_json::to_string(&basemap).map_err(|e| e.to_string())?;
    std::fs::write(out_path, json + "\n").map_err(|e| format!("{out_path}: cannot write: {e}"))?;
    println!(
        "{out_path}: {} countries, frame {:?} km",
        basemap.countries.len(),
        basemap.frame_km
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_holds_the_azores_cyprus_and_the_north_cape() {
        let frame = frame();
        for (lat_deg, lon_deg) in [(37.8, -25.5), (35.0, 33.0), (71.2, 25.8), (28.1, -15.4)] {
            let p = map_from_geo(GeoPoint { lat_deg, lon_deg });
            assert!(
                frame.contains(p),
                "{lat_deg},{lon_deg} -> {p:?} outside {frame:?}"
            );
        }
    }

    #[test]
    fn rings_are_written_as_relative_paths() {
        let mut path = String::new();
        write_ring(
            &mut path,
            &[
                MapPointKm::new(10.0, -20.0),
                MapPointKm::new(13.0, -20.0),
                MapPointKm::new(13.0, -24.0),
            ],
        );
        assert_eq!(path, "M10 -20l3 0 0-4z");
    }
}
