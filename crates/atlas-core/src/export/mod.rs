//! The derived network as files other tools read: GEXF (Gephi), GraphML (Cytoscape, yEd,
//! NetworkX), CSV (spreadsheets) and JSON, and the current view as a standalone SVG (in the
//! interface language), with a file name that says what is shown. Pure functions from the
//! graph to a string, shared by the command-line tool and the app's download buttons.
//!
//! Every format carries the same facts: nodes are the regions with at least one active tie
//! (id = NUTS code, name, country, coordinates, number of ties and partners); edges are the
//! region pairs, weighted by their number of ties, with the ties spelt out and their sectors.

mod csv;
mod file_name;
mod geojson;
mod gexf;
mod graphml;
mod json;
mod svg;
mod text_width;
mod xml;

pub use self::csv::{edges_csv, edges_csv_in, CsvDialect, BYTE_ORDER_MARK};
pub use self::file_name::{file_stem, slug};
pub use self::geojson::geojson;
pub use self::gexf::gexf;
pub use self::graphml::graphml;
pub use self::json::ties_json;
pub use self::svg::{
    legend_layout, legend_sectors, view_svg, ExportLabel, LegendEntry, LegendMark, SvgDocument,
    SvgView,
};
pub use self::text_width::{text_width_px, wrap_text};

use crate::dataset::Dataset;
use crate::describe::tie_line;
use crate::graph::{tie_sectors, Edge, Graph, GraphQuery};
use crate::projection::map_from_geo;

/// What every export needs: the data, the graph derived from it and the filter that made it.
pub struct ExportInput<'a> {
    pub dataset: &'a Dataset,
    pub graph: &'a Graph,
    pub query: &'a GraphQuery,
    /// Language of names and descriptions (falls back to English).
    pub lang: &'a str,
}

/// A node's row: the facts every format writes about a region.
pub(crate) struct NodeRow {
    pub id: String,
    pub label: String,
    pub own_name: String,
    pub country: String,
    pub eu: bool,
    pub lat_deg: f64,
    pub lon_deg: f64,
    /// EPSG:3035 easting and northing in km (northing up, as GIS and Gephi expect).
    pub easting_km: f64,
    pub northing_km: f64,
    pub ties: u32,
    pub partners: u32,
}

/// An edge's row.
pub(crate) struct EdgeRow {
    pub source: String,
    pub target: String,
    pub weight: usize,
    pub sectors: Vec<String>,
    pub estimated: bool,
    pub ties: Vec<String>,
}

impl ExportInput<'_> {
    pub(crate) fn node_rows(&self) -> Vec<NodeRow> {
        self.graph
            .nodes
            .iter()
            .map(|node| {
                let region = self.dataset.region(node.region);
                let map = map_from_geo(region.position);
                NodeRow {
                    id: region.id.clone(),
                    label: region.names.get(self.lang).to_owned(),
                    own_name: region.own_name().to_owned(),
                    country: region.country.clone(),
                    eu: region.eu,
                    lat_deg: region.position.lat_deg,
                    lon_deg: region.position.lon_deg,
                    easting_km: (map.x_km * 10.0).round() / 10.0,
                    northing_km: (-map.y_km * 10.0).round() / 10.0,
                    ties: node.ties,
                    partners: node.partners,
                }
            })
            .collect()
    }

    pub(crate) fn edge_rows(&self) -> Vec<EdgeRow> {
        self.graph
            .edges
            .iter()
            .map(|edge| self.edge_row(edge))
            .collect()
    }

    fn edge_row(&self, edge: &Edge) -> EdgeRow {
        let mut sectors: Vec<String> = edge
            .ties
            .iter()
            .flat_map(|t| tie_sectors(self.dataset, t.source))
            .map(|&s| self.dataset.sector(s).id.clone())
            .collect();
        crate::sort::sort(&mut sectors);
        sectors.dedup();
        EdgeRow {
            source: self.dataset.region(edge.a).id.clone(),
            target: self.dataset.region(edge.b).id.clone(),
            weight: edge.ties.len(),
            sectors,
            estimated: edge.all_estimated(),
            ties: edge
                .ties
                .iter()
                .map(|t| tie_line(self.dataset, t, self.lang))
                .collect(),
        }
    }

    /// A one-line description of the filter, for file headers.
    pub(crate) fn filter_description(&self) -> String {
        let sectors = if self.query.sectors.is_empty() {
            "all sectors".to_owned()
        } else {
            self.query
                .sectors
                .iter()
                .map(|&s| self.dataset.sector(s).id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!(
            "Ties in force at any time {}–{}, {sectors}; data updated {}",
            self.query.from_year, self.query.to_year, self.dataset.updated
        )
    }
}

#[cfg(test)]
mod tests;
