//! The same ties as a table: pairs of regions, regions with their counts and metrics, or
//! agreements; each downloadable as CSV.

pub mod csv_download;
pub mod table_view;
