//! The details card: a region, a network or the ties of a pair, each fact with its sources.

pub mod badges;
pub mod changes_card;
pub mod compare_card;
pub mod details_panel;
pub mod edge_card;
pub mod name_options;
pub mod network_card;
pub mod only_toggle;
pub mod region_card;
pub mod region_metrics;
pub mod set_card;
pub mod sources_list;
