//! What the page shows for an empty text.

use yew::prelude::*;

#[component]
pub fn EmptyState() -> Html {
    html! {
        <p class="empty-message">
            { "Nothing to analyse yet. Paste or type a news article above, open or drop a file, or \
               pick an example, and its claims will appear here." }
        </p>
    }
}
