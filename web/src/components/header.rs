//! The page header.

use yew::prelude::*;

#[component]
pub fn Header() -> Html {
    html! {
        <header class="site-header">
            <h1>{ "claimscan" }</h1>
            <p class="tagline">
                { "Find the claims in a news article: who makes each one, how it is reported, \
                   how sure it is and how much it is worth checking." }
            </p>
        </header>
    }
}
