//! One claim: its source, cue, modality, score, statement and the reasons behind it.

use std::rc::Rc;

use claimscan::{Attribution, Claim};
use yew::prelude::*;

use crate::analysis::Analysis;
use crate::dom;
use crate::labels::{attribution_class, attribution_label, category_label, source_kind_label};

#[derive(Properties, PartialEq)]
pub struct ClaimCardProps {
    pub analysis: Rc<Analysis>,
    /// The claim's index in the report.
    pub index: usize,
    pub selected: bool,
    /// "Show in text" was pressed: the claim's index.
    pub on_select: Callback<usize>,
}

fn source(claim: &Claim) -> Html {
    match &claim.source {
        Some(s) => {
            let name = s.name.clone().unwrap_or_else(|| s.text.clone());
            html! {
                <>
                    <span class="source-name">{ name }</span>
                    if let Some(role) = &s.role {
                        <span class="source-role">{ format!(", {role}") }</span>
                    }
                    <span class={classes!("tag", s.vague.then_some("tag-warn"))}>
                        { if s.vague { "vague source" } else { source_kind_label(s.kind) } }
                    </span>
                </>
            }
        }
        None if claim.attribution == Attribution::Author => html! { <em>{ "the author" }</em> },
        None => html! { <em>{ "not found" }</em> },
    }
}

/// A `<dt>`/`<dd>` pair, or nothing when there is no value.
fn row(term: &str, value: Option<Html>) -> Html {
    match value {
        Some(value) => html! { <><dt>{ term.to_string() }</dt><dd>{ value }</dd></> },
        None => html! {},
    }
}

#[component]
pub fn ClaimCard(props: &ClaimCardProps) -> Html {
    let index = props.index;
    let Some(claim) = props.analysis.report.claims.get(index) else {
        return html! {};
    };
    let kind = claim.attribution;
    let score = claim.checkworthiness;
    let hedges = (!claim.hedges.is_empty()).then(|| {
        let words: Vec<&str> = claim.hedges.iter().map(|h| h.text.as_str()).collect();
        html! { words.join(", ") }
    });
    let cue = claim.cue.as_ref().map(|c| {
        html! {
            <>
                { c.text.clone() }
                <span class="muted">{ format!(" ({}, {})", c.lemma, c.class) }</span>
            </>
        }
    });
    let flags: Vec<&str> = [
        claim.future.then_some("future"),
        claim.negated.then_some("negated"),
    ]
    .into_iter()
    .flatten()
    .collect();

    html! {
        <article
            id={dom::card_id(index)}
            class={classes!("claim-card", props.selected.then_some("is-selected"))}
            aria-label={format!("Claim {}", index + 1)}
        >
            <header class="card-head">
                <span class={classes!("badge", attribution_class(kind))}>{ attribution_label(kind) }</span>
                <span class="category">{ category_label(claim.category) }</span>
                if claim.checkworthy {
                    <span class="tag tag-check">{ "check-worthy" }</span>
                }
                <button
                    type="button"
                    class="locate"
                    onclick={props.on_select.reform(move |_: MouseEvent| index)}
                    aria-label={format!("Show claim {} in the text", index + 1)}
                >
                    { "Show in text" }
                </button>
            </header>
            <blockquote class="claim-text">{ claim.text.clone() }</blockquote>
            <dl class="claim-facts">
                { row("Source", Some(source(claim))) }
                { row("Cue", cue) }
                { row("Channel", claim.channel.as_ref().map(|c| html! { c.text.clone() })) }
                { row("Hedges", hedges) }
                { row("Condition", claim.condition.as_ref().map(|c| html! { c.text.clone() })) }
                { row("Modality", (!flags.is_empty()).then(|| html! { flags.join(", ") })) }
                { row("Check-worthiness", Some(html! {
                    <span class="score">
                        <meter min="0" max="1" value={score.to_string()} />
                        { format!(" {score:.2}") }
                    </span>
                })) }
                { row("Statement", (!claim.statement.is_empty()).then(|| html! { claim.statement.clone() })) }
            </dl>
            if !claim.reasons.is_empty() {
                <details class="reasons">
                    <summary>{ match claim.reasons.len() {
                        1 => "Why? (1 reason)".to_string(),
                        n => format!("Why? ({n} reasons)"),
                    } }</summary>
                    <ol>
                        { for claim.reasons.iter().map(|r| html! { <li><code>{ r.clone() }</code></li> }) }
                    </ol>
                </details>
            }
        </article>
    }
}
