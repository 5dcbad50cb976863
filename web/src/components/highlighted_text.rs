//! The analysed text with every claim highlighted by attribution kind. Virtualised: only the
//! blocks near the view are in the document, so a long article costs no more than a short one.

use std::cell::RefCell;
use std::rc::Rc;

use claimscan::Attribution;
use yew::prelude::*;

use crate::analysis::Analysis;
use crate::dom;
use crate::export::source_name;
use crate::labels::{attribution_class, attribution_label};
use crate::state::{Reveal, Target};
use crate::virtual_list::{spacer, use_virtual};

#[derive(Properties, PartialEq)]
pub struct HighlightedTextProps {
    pub analysis: Rc<Analysis>,
    pub selected: Option<usize>,
    pub reveal: Option<Reveal>,
    /// A highlight was clicked or activated with the keyboard: the claim's index.
    pub on_activate: Callback<usize>,
}

/// About how tall a block renders: its lines at ~80 characters, 28 px each.
fn estimate(text: &str) -> f64 {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let lines: usize = body
        .split('\n')
        .map(|l| l.chars().count().div_ceil(80).max(1))
        .sum();
    lines as f64 * 28.0
}

#[component]
pub fn HighlightedText(props: &HighlightedTextProps) -> Html {
    let analysis = &props.analysis;
    let container = use_node_ref();
    let estimates = use_memo(analysis.clone(), |a| {
        a.blocks
            .iter()
            .map(|b| match (b.first(), b.last()) {
                (Some(f), Some(l)) => estimate(&a.text[f.start..l.end]),
                _ => 0.0,
            })
            .collect::<Vec<f64>>()
    });
    let virt = use_virtual(container.clone(), estimates);

    // Bring a claim's highlight into view: scroll its block in, then focus it once rendered.
    let pending: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    {
        let pending = pending.clone();
        let container = container.clone();
        let heights = virt.heights.clone();
        let analysis = analysis.clone();
        use_effect_with(props.reveal, move |reveal| {
            if let Some(r) = reveal.filter(|r| r.target == Target::Text) {
                if !dom::reveal(&dom::mark_id(r.index), true) {
                    if let (Some(block), Some(el)) = (
                        analysis.block_of(r.index),
                        container.cast::<web_sys::Element>(),
                    ) {
                        let top = crate::virtual_list::offset_of(&heights.borrow(), block);
                        el.set_scroll_top(top as i32);
                        *pending.borrow_mut() = Some(r.index);
                    }
                }
            }
        });
    }
    {
        let pending = pending.clone();
        use_effect(move || {
            let waiting = *pending.borrow();
            if let Some(index) = waiting {
                if dom::reveal(&dom::mark_id(index), true) {
                    *pending.borrow_mut() = None;
                }
            }
        });
    }

    let claims = &analysis.report.claims;
    let w = virt.window;
    let blocks = (w.first..w.end.min(analysis.blocks.len())).map(|b| {
        let pieces = analysis.blocks[b].iter().map(|run| {
            let piece = analysis.text[run.start..run.end].to_string();
            let Some(index) = run.claim else {
                return html! { piece };
            };
            let claim = &claims[index];
            // The first piece of each claim carries the id its card scrolls to, and the tab stop.
            let first = analysis.is_first_piece(index, run.start);
            let class = classes!(
                "claim",
                attribution_class(claim.attribution),
                (run.depth > 1).then_some("claim-nested"),
                (props.selected == Some(index)).then_some("is-selected"),
            );
            let label = match claim.attribution {
                Attribution::Author => "The writer's own claim".to_string(),
                kind => format!("{} by {}", attribution_label(kind), source_name(claim)),
            };
            let onclick = props.on_activate.reform(move |_: MouseEvent| index);
            let onkeydown = {
                let on_activate = props.on_activate.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Enter" || e.key() == " " {
                        e.prevent_default();
                        on_activate.emit(index);
                    }
                })
            };
            html! {
                <mark
                    id={first.then(|| dom::mark_id(index))}
                    {class}
                    data-testid="highlight"
                    data-claim-id={claim.id.clone()}
                    data-claim={index.to_string()}
                    role="button"
                    tabindex={if first { "0" } else { "-1" }}
                    aria-label={label}
                    {onclick}
                    {onkeydown}
                >{ piece }</mark>
            }
        });
        html! { <div class="hl-block" data-vi={b.to_string()} key={b}>{ for pieces }</div> }
    });

    html! {
        <div
            class="highlighted"
            ref={container}
            onscroll={virt.onscroll.clone()}
            role="region"
            aria-label="The article with its claims highlighted"
        >
            { spacer("before", w.before) }
            { for blocks }
            { spacer("after", w.after) }
        </div>
    }
}
