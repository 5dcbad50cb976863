//! The page header, with the theme toggle.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub dark: bool,
    pub on_theme: Callback<()>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    html! {
        <header class="site-header">
            <h1>{ "claimscan" }</h1>
            <p class="tagline">
                    { "Find the claims in a news article: who makes each one, how it is reported, \
                       how sure it is and how much it is worth checking. Runs in your browser; \
                       nothing leaves this page." }
            </p>
            <button
                type="button"
                class="theme-toggle"
                data-testid="theme-toggle"
                aria-pressed={props.dark.to_string()}
                onclick={props.on_theme.reform(|_: MouseEvent| ())}
            >
                <span aria-hidden="true">{ if props.dark { "☾ " } else { "☀ " } }</span>
                { "Dark theme" }
            </button>
        </header>
    }
}
