//! The key to the highlight colours, with a count per kind.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::Analysis;
use crate::labels::{attribution_class, attribution_help, attribution_label, ATTRIBUTIONS};

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub analysis: Rc<Analysis>,
}

#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let claims = &props.analysis.report.claims;
    html! {
        <ul class="legend" aria-label="Highlight colours">
            { for ATTRIBUTIONS.iter().map(|&kind| {
                let count = claims.iter().filter(|c| c.attribution == kind).count();
                html! {
                    <li>
                        <span class={classes!("swatch", attribution_class(kind))} aria-hidden="true" />
                        <strong>{ attribution_label(kind) }</strong>
                        { format!(" ({count}) — {}", attribution_help(kind)) }
                    </li>
                }
            }) }
        </ul>
    }
}
