//! One claim: statement, source, cue and channel, certainty, score, and why.

use std::rc::Rc;

use claimscan::{Attribution, Claim, SourceKind};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::analysis::Analysis;
use crate::dom;
use crate::labels::{attribution_class, attribution_label, category_label, source_kind_label};
use crate::triage::certainty_label;
use claimscan::explain::readable;

#[derive(Properties, PartialEq)]
pub struct ClaimCardProps {
    pub analysis: Rc<Analysis>,
    /// The claim's index in the report.
    pub index: usize,
    pub selected: bool,
    /// "Show in text" was pressed: the claim's index.
    pub on_locate: Callback<usize>,
    /// Which of the card's panels are open. The list keeps this by claim id, so a panel stays
    /// open when the card is rendered again or scrolled out of the virtualised window and back.
    pub open: Panels,
    /// A panel was opened or closed by the reader: the claim's id, the panel, and whether it is
    /// open now (the card's height changed too).
    pub on_toggle: Callback<(AttrValue, Panel, bool)>,
}

/// Which of a card's two panels ("Why?" and its "Details") are open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Panels {
    pub why: bool,
    pub codes: bool,
}

/// One of a card's panels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Why,
    Codes,
}

impl Panels {
    /// These panels with `panel` set to `open`.
    pub fn with(self, panel: Panel, open: bool) -> Panels {
        match panel {
            Panel::Why => Panels { why: open, ..self },
            Panel::Codes => Panels {
                codes: open,
                ..self
            },
        }
    }
}

/// The `toggle` handler of one panel: reports the `<details>` element's own open state (the
/// event also fires when a render sets `open`; the list ignores a report that changes nothing).
fn toggled(props: &ClaimCardProps, id: &str, panel: Panel) -> Callback<Event> {
    let id = AttrValue::from(id.to_string());
    props.on_toggle.reform(move |e: Event| {
        let open = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.has_attribute("open"));
        (id.clone(), panel, open)
    })
}

fn source(analysis: &Analysis, claim: &Claim) -> Html {
    match &claim.source {
        Some(s) => {
            let entity = s
                .entity
                .as_ref()
                .and_then(|id| analysis.report.entities.iter().find(|e| &e.id == id));
            let name = entity
                .map(|e| e.name.clone())
                .or_else(|| s.name.clone())
                .unwrap_or_else(|| s.text.clone());
            let role = s
                .role
                .clone()
                .or_else(|| entity.and_then(|e| e.role.clone()));
            let as_written = (s.text != name).then(|| s.text.clone());
            let how = match (s.kind, entity.is_some()) {
                (SourceKind::Pronoun, true) => "pronoun, resolved",
                (SourceKind::Description, true) => "description, resolved",
                (k, _) if s.vague && k != SourceKind::Anonymous => "vague",
                (k, _) => source_kind_label(k),
            };
            html! {
                <>
                    <span class="source-name">{ name }</span>
                    if let Some(role) = role {
                        <span class="source-role">{ format!(", {role}") }</span>
                    }
                    { " " }
                    <span class={classes!("tag", s.vague.then_some("tag-warn"))}>{ how }</span>
                    if let Some(w) = as_written {
                        <span class="muted">{ format!(" written as “{w}”") }</span>
                    }
                </>
            }
        }
        None if claim.attribution == Attribution::Author => html! { <em>{ "the writer" }</em> },
        None => html! { <em>{ "no stated source" }</em> },
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
    let certainty = claim.certainty;
    let hedges: Vec<String> = claim
        .hedges
        .iter()
        .map(|h| format!("{} – {}", h.text, h.kind.as_str()))
        .collect();
    // Every card names its certainty, "stated as fact" included.
    let certainty_text = if hedges.is_empty() {
        Some(certainty_label(certainty).to_string())
    } else {
        Some(format!(
            "{} ({})",
            certainty_label(certainty),
            hedges.join(", ")
        ))
    };
    let cue = claim.cue.as_ref().map(|c| {
        html! {
            <>
                { format!("“{}”", c.text) }
                if c.class != "neutral" {
                    <span class="muted">{ format!(" ({} verb)", c.class) }</span>
                }
            </>
        }
    });
    let flags: Vec<&str> = [
        claim.future.then_some("about the future"),
        claim.negated.then_some("negated"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let why = readable(&claim.reasons);
    let on_why = toggled(props, &claim.id, Panel::Why);
    let on_codes = toggled(props, &claim.id, Panel::Codes);

    html! {
        <article
            id={dom::card_id(index)}
            class={classes!("claim-card", props.selected.then_some("is-selected"))}
            data-testid="claim-card"
            data-claim-id={claim.id.clone()}
            tabindex="-1"
            aria-label={format!("Claim {}: {}", claim.id, attribution_label(kind))}
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
                    onclick={props.on_locate.reform(move |_: MouseEvent| index)}
                    aria-label={format!("Show claim {} in the text", claim.id)}
                >
                    { "Show in text" }
                </button>
            </header>
            <p class="statement">{ if claim.statement.is_empty() { claim.text.clone() } else { claim.statement.clone() } }</p>
            <dl class="claim-facts">
                { row("Source", Some(source(&props.analysis, claim))) }
                { row("Cue", cue) }
                { row("Channel", claim.channel.as_ref().map(|c| html! { c.text.clone() })) }
                { row("Certainty", certainty_text.map(|t| html! { t })) }
                { row("Condition", claim.condition.as_ref().map(|c| html! { format!("“{}”", c.text) })) }
                { row("Figures", (!claim.quantities.is_empty()).then(|| figures(claim))) }
                { row("Also", (!flags.is_empty()).then(|| html! { flags.join(", ") })) }
                { row("Score", Some(html! {
                    <span class="score">
                        <meter
                            min="0" max="1" low="0.5" optimum="1"
                            value={format!("{score:.3}")}
                            tabindex="0"
                            aria-label={format!("Check-worthiness {score:.2} of 1")}
                        />
                        { format!(" {score:.2}") }
                    </span>
                })) }
                { row("In the text", Some(html! { <q class="claim-text">{ claim.text.clone() }</q> })) }
            </dl>
            if !why.is_empty() {
                <details class="reasons" open={props.open.why} ontoggle={on_why}>
                    <summary>{ "Why?" }</summary>
                    <ul class="why">
                        { for why.into_iter().map(|line| html! { <li>{ line }</li> }) }
                    </ul>
                    <details class="codes" open={props.open.codes} ontoggle={on_codes}>
                        <summary>{ format!("Details: {} rule codes", claim.reasons.len()) }</summary>
                        <ol>
                            { for claim.reasons.iter().map(|r| html! { <li><code>{ r.clone() }</code></li> }) }
                        </ol>
                    </details>
                </details>
            }
        </article>
    }
}

/// The claim's quantities, dates and comparisons: each as written, with what it normalises to.
fn figures(claim: &Claim) -> Html {
    html! {
        <ul class="figures">
            { for claim.quantities.iter().map(|q| html! {
                <li class="figure" data-kind={q.kind.as_str()}>
                    <span class="figure-text">{ q.text.clone() }</span>
                    if let Some(n) = crate::figures::normal(q).filter(|n| *n != q.text) {
                        <span class="figure-value">{ format!(" = {n}") }</span>
                    }
                </li>
            }) }
        </ul>
    }
}
