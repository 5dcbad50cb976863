//! What the page shows for an empty text.

use yew::prelude::*;

#[component]
pub fn EmptyState() -> Html {
    html! {
        <p class="empty-message" role="status">
            { "Nothing to analyse yet. Paste or type a news article above, or press " }
            <strong>{ "Load example" }</strong>
            { ", and its claims will appear here." }
        </p>
    }
}
