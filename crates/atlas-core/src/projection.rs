//! Lambert azimuthal equal-area projection with the parameters of EPSG:3035 (ETRS89-LAEA Europe).
//!
//! Three coordinate spaces appear in the atlas, and every name says which one it is in:
//!
//! * geographic: [`GeoPoint`], latitude and longitude in degrees (WGS84, which ETRS89 equals
//!   to well under a metre's difference at this scale);
//! * projected: [`ProjectedPointM`], EPSG:3035 easting and northing in metres, northing up;
//! * map: [`MapPointKm`], the projected point in kilometres **with y pointing down**
//!   (`y_km = -northing / 1000`). This is the one y-flip in the code base: map space has the
//!   orientation of the screen and of SVG, so the renderer never flips anything.
//!
//! The formulas are those of EPSG Guidance Note 7-2 (section "Lambert Azimuthal Equal Area",
//! ellipsoidal case), tested against its worked example.

/// A point on the earth, in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GeoPoint {
    pub lat_deg: f64,
    pub lon_deg: f64,
}

/// A point in EPSG:3035, in metres, northing up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProjectedPointM {
    pub easting_m: f64,
    pub northing_m: f64,
}

/// A point in map space: EPSG:3035 in kilometres, y pointing down (south).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MapPointKm {
    pub x_km: f64,
    pub y_km: f64,
}

impl MapPointKm {
    pub fn new(x_km: f64, y_km: f64) -> Self {
        Self { x_km, y_km }
    }

    pub fn distance_km(self, other: MapPointKm) -> f64 {
        (self.x_km - other.x_km).hypot(self.y_km - other.y_km)
    }
}

impl From<ProjectedPointM> for MapPointKm {
    fn from(p: ProjectedPointM) -> Self {
        Self {
            x_km: p.easting_m / 1000.0,
            y_km: -p.northing_m / 1000.0,
        }
    }
}

impl From<MapPointKm> for ProjectedPointM {
    fn from(p: MapPointKm) -> Self {
        Self {
            easting_m: p.x_km * 1000.0,
            northing_m: -p.y_km * 1000.0,
        }
    }
}

/// GRS 1980 semi-major axis, metres.
const SEMI_MAJOR_M: f64 = 6_378_137.0;
/// GRS 1980 inverse flattening.
const INVERSE_FLATTENING: f64 = 298.257_222_101;
/// Latitude of the natural origin of EPSG:3035, degrees.
const ORIGIN_LAT_DEG: f64 = 52.0;
/// Longitude of the natural origin of EPSG:3035, degrees.
const ORIGIN_LON_DEG: f64 = 10.0;
const FALSE_EASTING_M: f64 = 4_321_000.0;
const FALSE_NORTHING_M: f64 = 3_210_000.0;

/// The constants of the projection, derived once from the ellipsoid and the origin.
struct Laea {
    e: f64,
    e2: f64,
    q_p: f64,
    r_q_m: f64,
    d: f64,
    sin_beta0: f64,
    cos_beta0: f64,
}

fn q(e: f64, e2: f64, sin_lat: f64) -> f64 {
    (1.0 - e2)
        * (sin_lat / (1.0 - e2 * sin_lat * sin_lat)
            - (1.0 / (2.0 * e)) * ((1.0 - e * sin_lat) / (1.0 + e * sin_lat)).ln())
}

impl Laea {
    fn epsg3035() -> Self {
        let f = 1.0 / INVERSE_FLATTENING;
        let e2 = 2.0 * f - f * f;
        let e = e2.sqrt();
        let lat0 = ORIGIN_LAT_DEG.to_radians();
        let q_p = q(e, e2, 1.0);
        let q0 = q(e, e2, lat0.sin());
        let beta0 = (q0 / q_p).asin();
        let r_q_m = SEMI_MAJOR_M * (q_p / 2.0).sqrt();
        let d = SEMI_MAJOR_M * (lat0.cos() / (1.0 - e2 * lat0.sin().powi(2)).sqrt())
            / (r_q_m * beta0.cos());
        Self {
            e,
            e2,
            q_p,
            r_q_m,
            d,
            sin_beta0: beta0.sin(),
            cos_beta0: beta0.cos(),
        }
    }
}

thread_local! {
    static LAEA: Laea = Laea::epsg3035();
}

/// Projects a geographic point to EPSG:3035.
pub fn projected_from_geo(geo: GeoPoint) -> ProjectedPointM {
    LAEA.with(|p| {
        let lat = geo.lat_deg.to_radians();
        let d_lon = (geo.lon_deg - ORIGIN_LON_DEG).to_radians();
        let beta = (q(p.e, p.e2, lat.sin()) / p.q_p).clamp(-1.0, 1.0).asin();
        let (sin_beta, cos_beta) = beta.sin_cos();
        let b = p.r_q_m
            * (2.0 / (1.0 + p.sin_beta0 * sin_beta + p.cos_beta0 * cos_beta * d_lon.cos())).sqrt();
        ProjectedPointM {
            easting_m: FALSE_EASTING_M + b * p.d * cos_beta * d_lon.sin(),
            northing_m: FALSE_NORTHING_M
                + (b / p.d) * (p.cos_beta0 * sin_beta - p.sin_beta0 * cos_beta * d_lon.cos()),
        }
    })
}

/// The inverse of [`projected_from_geo`].
pub fn geo_from_projected(point: ProjectedPointM) -> GeoPoint {
    LAEA.with(|p| {
        let de = point.easting_m - FALSE_EASTING_M;
        let dn = point.northing_m - FALSE_NORTHING_M;
        let rho = ((de / p.d).powi(2) + (p.d * dn).powi(2)).sqrt();
        if rho < 1e-9 {
            return GeoPoint {
                lat_deg: ORIGIN_LAT_DEG,
                lon_deg: ORIGIN_LON_DEG,
            };
        }
        let c = 2.0 * (rho / (2.0 * p.r_q_m)).clamp(-1.0, 1.0).asin();
        let (sin_c, cos_c) = c.sin_cos();
        let beta = (cos_c * p.sin_beta0 + p.d * dn * sin_c * p.cos_beta0 / rho)
            .clamp(-1.0, 1.0)
            .asin();
        let e4 = p.e2 * p.e2;
        let e6 = e4 * p.e2;
        let lat = beta
            + (p.e2 / 3.0 + 31.0 * e4 / 180.0 + 517.0 * e6 / 5040.0) * (2.0 * beta).sin()
            + (23.0 * e4 / 360.0 + 251.0 * e6 / 3780.0) * (4.0 * beta).sin()
            + (761.0 * e6 / 45360.0) * (6.0 * beta).sin();
        let lon = ORIGIN_LON_DEG.to_radians()
            + (de * sin_c)
                .atan2(p.d * rho * p.cos_beta0 * cos_c - p.d * p.d * dn * p.sin_beta0 * sin_c);
        GeoPoint {
            lat_deg: lat.to_degrees(),
            lon_deg: lon.to_degrees(),
        }
    })
}

/// Projects a geographic point into map space (kilometres, y down).
pub fn map_from_geo(geo: GeoPoint) -> MapPointKm {
    projected_from_geo(geo).into()
}

/// The inverse of [`map_from_geo`].
pub fn geo_from_map(map: MapPointKm) -> GeoPoint {
    geo_from_projected(map.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_worked_example_of_epsg_guidance_note_7_2() {
        // EPSG Guidance Note 7-2, Lambert Azimuthal Equal Area, ETRS89 / LAEA Europe:
        // latitude 50°N, longitude 5°E gives E = 3962799.45 m, N = 2999718.85 m.
        let p = projected_from_geo(GeoPoint {
            lat_deg: 50.0,
            lon_deg: 5.0,
        });
        assert!((p.easting_m - 3_962_799.45).abs() < 0.01, "{p:?}");
        assert!((p.northing_m - 2_999_718.85).abs() < 0.01, "{p:?}");
    }

    #[test]
    fn the_natural_origin_maps_to_the_false_origin() {
        let p = projected_from_geo(GeoPoint {
            lat_deg: 52.0,
            lon_deg: 10.0,
        });
        assert!((p.easting_m - FALSE_EASTING_M).abs() < 1e-6);
        assert!((p.northing_m - FALSE_NORTHING_M).abs() < 1e-6);
    }

    #[test]
    fn round_trips_across_europe_to_a_millionth_of_a_degree() {
        for lat in (27..=72).step_by(3) {
            for lon in (-32..=45).step_by(4) {
                let geo = GeoPoint {
                    lat_deg: lat as f64 + 0.25,
                    lon_deg: lon as f64 + 0.5,
                };
                let back = geo_from_map(map_from_geo(geo));
                assert!(
                    (back.lat_deg - geo.lat_deg).abs() < 1e-6,
                    "{geo:?} -> {back:?}"
                );
                assert!(
                    (back.lon_deg - geo.lon_deg).abs() < 1e-6,
                    "{geo:?} -> {back:?}"
                );
            }
        }
    }

    #[test]
    fn map_space_points_y_down_so_north_is_above() {
        let milan = map_from_geo(GeoPoint {
            lat_deg: 45.46,
            lon_deg: 9.19,
        });
        let munich = map_from_geo(GeoPoint {
            lat_deg: 48.14,
            lon_deg: 11.58,
        });
        let barcelona = map_from_geo(GeoPoint {
            lat_deg: 41.39,
            lon_deg: 2.17,
        });
        assert!(munich.y_km < milan.y_km, "Munich is north of Milan");
        assert!(barcelona.x_km < milan.x_km, "Barcelona is west of Milan");
        // Milan to Munich is about 350 km as the crow flies.
        let d = milan.distance_km(munich);
        assert!((330.0..370.0).contains(&d), "{d}");
    }
}
