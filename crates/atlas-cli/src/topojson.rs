//! Just enough TopoJSON to read world-atlas: quantized, delta-encoded arcs and polygon
//! geometries that reference them (<https://github.com/topojson/topojson-specification>).

use serde::Deserialize;

#[derive(Deserialize)]
pub struct Topology {
    pub transform: Transform,
    pub arcs: Vec<Vec<[i64; 2]>>,
    pub objects: std::collections::BTreeMap<String, GeometryCollection>,
}

#[derive(Deserialize)]
pub struct Transform {
    pub scale: [f64; 2],
    pub translate: [f64; 2],
}

#[derive(Deserialize)]
pub struct GeometryCollection {
    pub geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
pub struct Geometry {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub properties: Properties,
    #[serde(default)]
    pub arcs: serde_json::Value,
}

#[derive(Deserialize, Default)]
pub struct Properties {
    #[serde(default)]
    pub name: String,
}

/// A point in degrees: `[longitude, latitude]`.
pub type LonLat = [f64; 2];

impl Topology {
    /// Every arc as absolute longitude/latitude points.
    pub fn decoded_arcs(&self) -> Vec<Vec<LonLat>> {
        let [sx, sy] = self.transform.scale;
        let [tx, ty] = self.transform.translate;
        self.arcs
            .iter()
            .map(|arc| {
                let (mut x, mut y) = (0i64, 0i64);
                arc.iter()
                    .map(|[dx, dy]| {
                        x += dx;
                        y += dy;
                        [x as f64 * sx + tx, y as f64 * sy + ty]
                    })
                    .collect()
            })
            .collect()
    }
}

impl Geometry {
    /// The polygons of the geometry, each a list of rings, each ring a list of arc indices
    /// (a negative index `!i` means arc `i` reversed).
    pub fn polygons(&self) -> Result<Vec<Vec<Vec<i64>>>, String> {
        match self.kind.as_str() {
            "Polygon" => Ok(vec![
                serde_json::from_value(self.arcs.clone()).map_err(|e| e.to_string())?
            ]),
            "MultiPolygon" => serde_json::from_value(self.arcs.clone()).map_err(|e| e.to_string()),
            _ => Ok(Vec::new()),
        }
    }
}

/// Joins arcs into a closed ring, dropping the point each arc shares with the previous one.
pub fn ring<P: Copy>(arc_indices: &[i64], arcs: &[Vec<P>]) -> Vec<P> {
    let mut points = Vec::new();
    for (k, &index) in arc_indices.iter().enumerate() {
        let arc: Box<dyn Iterator<Item = &P>> = if index >= 0 {
            Box::new(arcs[index as usize].iter())
        } else {
            Box::new(arcs[(!index) as usize].iter().rev())
        };
        points.extend(arc.skip(usize::from(k > 0)).copied());
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_delta_encoded_arcs_and_reversed_references() {
        let topology: Topology = serde_json::from_str(
            r#"{"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,40]},
                "arcs":[[[0,0],[2,0],[0,4]],[[2,4],[-2,0],[0,-4]]],
                "objects":{"countries":{"type":"GeometryCollection","geometries":[
                  {"type":"Polygon","id":"001","properties":{"name":"Square"},"arcs":[[0,1]]}]}}}"#,
        )
        .unwrap();
        let arcs = topology.decoded_arcs();
        assert_eq!(arcs[0], vec![[10.0, 40.0], [11.0, 40.0], [11.0, 41.0]]);
        let geometry = &topology.objects["countries"].geometries[0];
        let polygons = geometry.polygons().unwrap();
        let square = ring(&polygons[0][0], &arcs);
        assert_eq!(square.len(), 5);
        assert_eq!(square.first(), square.last());
        let reversed = ring(&[!0], &arcs);
        assert_eq!(reversed[0], [11.0, 41.0]);
    }
}
