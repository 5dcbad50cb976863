//! The claimscan page: paste or type a news article and see its claims, highlighted by how they
//! are attributed, with a card for each.
//!
//! The page calls the core crate directly: [`claimscan::Extractor`] is built once, and the
//! report is derived from the debounced text with `use_memo`.

mod analysis;
mod components;
mod dom;
mod example;
mod highlight;
mod labels;
mod state;

use components::app::App;

fn main() {
    match dom::app_root() {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
