//! The claimscan page: paste, type, open or drop a news article and see its claims, highlighted
//! by how they are attributed, with a card for each, filters, a "who says what" panel and exports.
//!
//! The same wasm module runs twice: on the page (the Yew app) and in a Web Worker that runs the
//! core's [`claimscan::Extractor`] ([`worker`]), so typing never waits for extraction. Nothing in
//! this crate decides what a claim is: it presents the core's report.

mod analysis;
mod components;
mod dom;
mod examples;
mod export;
mod figures;
mod highlight;
mod labels;
mod state;
mod triage;
mod virtual_list;
mod wire;
mod worker;

use components::app::App;

fn main() {
    if worker::in_worker() {
        worker::serve();
        return;
    }
    match dom::app_root() {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
