//! The few direct DOM calls the page needs.

use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

fn element(id: &str) -> Option<Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// The element the app mounts into, emptied of its loading message.
pub fn app_root() -> Option<Element> {
    let root = element("app")?;
    root.set_inner_html("");
    Some(root)
}

/// Scroll the element with `id` into view, if it exists.
pub fn scroll_into_view(id: &str) {
    if let Some(el) = element(id) {
        let options = ScrollIntoViewOptions::new();
        options.set_behavior(ScrollBehavior::Smooth);
        options.set_block(ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// The id of the first highlight of claim `index`.
pub fn mark_id(index: usize) -> String {
    format!("mark-{index}")
}

/// The id of the card of claim `index`.
pub fn card_id(index: usize) -> String {
    format!("card-{index}")
}
