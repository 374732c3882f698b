//! The same ties as a table: pairs of regions, or regions with their counts.

pub mod table_view;
