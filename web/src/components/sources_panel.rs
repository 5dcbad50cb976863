//! Who says what: every source with its role, its number of claims and their kinds. Choosing one
//! filters the cards to it (choosing it again lifts the filter).

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::Analysis;
use claimscan::Attribution;

use crate::labels::ATTRIBUTIONS;

#[derive(Properties, PartialEq)]
pub struct SourcesPanelProps {
    pub analysis: Rc<Analysis>,
    /// The source key filtered on, if any.
    pub active: Option<String>,
    pub on_pick: Callback<String>,
}

/// "2 direct quotes", "1 reported", …
fn kind_count(a: Attribution, n: usize) -> String {
    let s = if n == 1 { "" } else { "s" };
    match a {
        Attribution::Direct => format!("{n} direct quote{s}"),
        Attribution::Indirect => format!("{n} reported"),
        Attribution::Mixed => format!("{n} partial quote{s}"),
        Attribution::Author => format!("{n} own claim{s}"),
    }
}

/// How many sources show before "Show all".
const FIRST_SOURCES: usize = 30;

#[component]
pub fn SourcesPanel(props: &SourcesPanelProps) -> Html {
    let all = use_state_eq(|| false);
    // Open beside the cards on a wide screen; folded on a phone, so the cards come first.
    let open = use_state(crate::dom::is_wide);
    let sources = &props.analysis.sources;
    let limit = if *all { sources.len() } else { FIRST_SOURCES };
    let items = sources.iter().take(limit).map(|s| {
        let key = s.key.clone();
        let active = props.active.as_deref() == Some(s.key.as_str());
        let kinds: Vec<String> = ATTRIBUTIONS
            .iter()
            .zip(s.kinds)
            .filter(|(_, n)| *n > 0)
            .map(|(a, n)| kind_count(*a, n))
            .collect();
        html! {
            <li>
                <button
                    type="button"
                    class={classes!("source-item", active.then_some("is-active"))}
                    data-testid="source-item"
                    aria-pressed={active.to_string()}
                    onclick={props.on_pick.reform(move |_: MouseEvent| key.clone())}
                >
                    <span class="source-line">
                        <span class="source-name">{ s.name.clone() }</span>
                        { " " }
                        if s.kind != "writer" {
                            <span class={classes!("tag", s.vague.then_some("tag-warn"))}>{ s.kind }</span>
                        }
                        <span class="source-count">
                            { format!(" {} claim{}", s.claims, if s.claims == 1 { "" } else { "s" }) }
                        </span>
                    </span>
                    if let Some(role) = &s.role {
                        <span class="source-role">{ role.clone() }</span>
                    }
                    <span class="source-kinds">{ kinds.join(" · ") }</span>
                </button>
            </li>
        }
    });
    let toggle = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    html! {
        <details class="sources" open={*open}>
            <summary>{ format!("Who says what ({} sources)", sources.len()) }</summary>
            <ul class="source-list">
                { for items }
            </ul>
            if sources.len() > FIRST_SOURCES {
                <button type="button" class="quiet" onclick={toggle}>
                    { if *all { "Show fewer".to_string() } else { format!("Show all {}", sources.len()) } }
                </button>
            }
        </details>
    }
}
