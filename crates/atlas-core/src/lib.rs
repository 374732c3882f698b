//! The pure core of Alliance Atlas: everything that is not the DOM.
//!
//! ```text
//! public/data/atlas.json ─load─▶ RawDataset ─validate─▶ Dataset
//! (bundled RawDataset, overlay file) ─apply_overlay─▶ merged RawDataset ─validate─▶ Dataset + OverlaySummary
//! URL query ─resolve_link─▶ ResolvedLink { view, query: GraphQuery, selection, focus, warnings }
//! story file ─parse_story─▶ Story { steps: [ViewState + title + caption] } ─validate_story─▶ problems
//! (Dataset, GraphQuery) ─derive_graph─▶ Graph { nodes, edges }
//! (Dataset, frame) ─layout─▶ positions in map space (projection: EPSG:3035 km, y down)
//! (Graph, positions, Viewport) ─style, labels─▶ what the renderer draws
//! ```
//!
//! This crate never depends on leptos, web-sys or wasm-bindgen: it compiles and tests natively.

pub mod basemap;
pub mod changes;
pub mod compare;
pub mod dataset;
pub mod date;
pub mod describe;
pub mod error;
pub mod export;
pub mod first_picture;
pub mod force;
pub mod graph;
pub mod hit;
pub mod i18n;
mod json_object;
pub mod labels;
pub mod latin_fold;
pub mod layout;
pub mod load;
pub mod metrics;
pub mod network_sets;
pub mod overlay;
pub mod projection;
pub mod raw;
pub mod scene;
pub mod search;
pub mod sector_counts;
pub mod sort;
pub mod spatial_nav;
pub mod story;
pub mod style;
pub mod table;
pub mod theme;
pub mod validate;
pub mod view_state;
pub mod viewport;

pub use dataset::Dataset;
pub use error::{DataError, LoadError, Problem};
pub use graph::{derive_graph, Edge, Graph, GraphQuery, Tie, TieSource};
pub use load::{parse_dataset, parse_dataset_bytes, parse_raw_bytes, MAX_FILE_BYTES};
pub use overlay::{
    apply_overlay, apply_overlay_bytes, is_overlay, is_overlay_bytes, parse_data_or_overlay_bytes,
    OverlaySummary,
};
pub use story::{
    load_story, parse_story, parse_story_bytes, validate_story, validate_story_in_years,
    write_story, DraftStep, Step, StepFrame, Story, StoryDraft, StoryError, StoryProblem,
    StoryProblemKind, MAX_STORY_BYTES, STORY_FORMAT_VERSION,
};
pub use validate::{validate, FORMAT_MAJOR, FORMAT_VERSION};
pub use view_state::{
    resolve_link, CameraView, LayoutKind, MainView, PlayMode, ResolvedLink, Selection, ViewState,
    ViewWarning, INTERFACE_LANGUAGES,
};
