//! The page's components, one per file.

pub mod app;
pub mod chips;
pub mod claim_card;
pub mod claim_list;
pub mod editor;
pub mod empty_state;
pub mod export_panel;
pub mod header;
pub mod highlighted_text;
pub mod legend;
pub mod sources_panel;
pub mod summary;
pub mod toolbar;
