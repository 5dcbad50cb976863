//! The active filters, each a chip that removes itself.

use yew::prelude::*;

use crate::triage::FilterKey;

#[derive(Properties, PartialEq)]
pub struct ChipsProps {
    pub chips: Vec<(FilterKey, String)>,
    pub on_remove: Callback<FilterKey>,
}

#[component]
pub fn Chips(props: &ChipsProps) -> Html {
    if props.chips.is_empty() {
        return html! {};
    }
    html! {
        <ul class="chips" aria-label="Active filters">
            { for props.chips.iter().map(|(key, label)| {
                let key = *key;
                html! {
                    <li class="chip" data-testid="chip">
                        <span>{ label.clone() }</span>
                        <button
                            type="button"
                            aria-label={format!("Remove filter: {label}")}
                            onclick={props.on_remove.reform(move |_: MouseEvent| key)}
                        >{ "✕" }</button>
                    </li>
                }
            }) }
        </ul>
    }
}
