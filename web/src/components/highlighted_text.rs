//! The analysed text with every claim highlighted by attribution kind.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::Analysis;
use crate::dom;
use crate::labels::{attribution_class, attribution_label};

#[derive(Properties, PartialEq)]
pub struct HighlightedTextProps {
    pub analysis: Rc<Analysis>,
    pub selected: Option<usize>,
    /// A highlight was clicked: the claim's index.
    pub on_select: Callback<usize>,
}

#[component]
pub fn HighlightedText(props: &HighlightedTextProps) -> Html {
    let analysis = &props.analysis;
    let claims = &analysis.report.claims;
    let mut seen = vec![false; claims.len()];
    let pieces = analysis.runs.iter().map(|run| {
        let piece = analysis.text[run.start..run.end].to_string();
        let Some(index) = run.claim else {
            return html! { piece };
        };
        let claim = &claims[index];
        // The first piece of each claim carries the id that its card scrolls to.
        let id = (!std::mem::replace(&mut seen[index], true)).then(|| dom::mark_id(index));
        let class = classes!(
            "claim",
            attribution_class(claim.attribution),
            (run.depth > 1).then_some("claim-nested"),
            (props.selected == Some(index)).then_some("is-selected"),
        );
        let title = format!(
            "Claim {}: {} — click to see its card",
            index + 1,
            attribution_label(claim.attribution)
        );
        let onclick = props.on_select.reform(move |_: MouseEvent| index);
        html! {
            <mark {id} {class} {title} data-claim={index.to_string()} {onclick}>{ piece }</mark>
        }
    });
    html! {
        <div class="highlighted" aria-label="The article with its claims highlighted">
            { for pieces }
        </div>
    }
}
