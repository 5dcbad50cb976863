//! Sort and filter controls for the card list.

use std::rc::Rc;

use claimscan::{Attribution, Category};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::analysis::Analysis;
use crate::labels::{attribution_label, category_label, ATTRIBUTIONS, CATEGORIES};
use crate::triage::{certainty_label, Certainty, Filters, Sort, CERTAINTIES};

/// How many sources the source filter offers.
const SOURCE_OPTIONS: usize = 60;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub analysis: Rc<Analysis>,
    pub filters: Filters,
    pub sort: Sort,
    pub on_filter: Callback<Filters>,
    pub on_sort: Callback<Sort>,
}

fn select_value(e: Event) -> String {
    let select: HtmlSelectElement = e.target_unchecked_into();
    select.value()
}

/// A labelled `<select>`: options are (value, label); "" means any.
fn select(
    id: &str,
    label: &str,
    current: &str,
    options: Vec<(String, String)>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <select id={id.to_string()} data-testid={id.to_string()} {onchange}>
                { for options.into_iter().map(|(value, text)| {
                    let selected = value == current;
                    html! { <option {value} {selected}>{ text }</option> }
                }) }
            </select>
        </div>
    }
}

fn kind_key(a: Attribution) -> &'static str {
    match a {
        Attribution::Direct => "direct",
        Attribution::Indirect => "indirect",
        Attribution::Mixed => "mixed",
        Attribution::Author => "author",
    }
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let f = &props.filters;
    let open = use_state(crate::dom::is_wide);
    let active = f.chips(|k| k.to_string()).len();
    let change = |apply: fn(&mut Filters, String)| {
        let filters = f.clone();
        let on_filter = props.on_filter.clone();
        Callback::from(move |e: Event| {
            let mut next = filters.clone();
            apply(&mut next, select_value(e));
            on_filter.emit(next);
        })
    };
    let any = || ("".to_string(), "any".to_string());

    let sort = select(
        "sort",
        "Sort",
        match props.sort {
            Sort::Position => "position",
            Sort::Score => "score",
        },
        vec![
            ("position".into(), "in text order".into()),
            ("score".into(), "most check-worthy first".into()),
        ],
        props
            .on_sort
            .reform(|e: Event| match select_value(e).as_str() {
                "score" => Sort::Score,
                _ => Sort::Position,
            }),
    );
    let kind = select(
        "filter-kind",
        "Kind",
        f.kind.map_or("", kind_key),
        std::iter::once(any())
            .chain(
                ATTRIBUTIONS
                    .iter()
                    .map(|&a| (kind_key(a).into(), attribution_label(a).into())),
            )
            .collect(),
        change(|f, v| f.kind = ATTRIBUTIONS.into_iter().find(|&a| kind_key(a) == v)),
    );
    let source = select(
        "filter-source",
        "Source",
        f.source.as_deref().unwrap_or(""),
        std::iter::once(any())
            .chain(
                // The sources with most claims (the panel lists them all).
                props
                    .analysis
                    .sources
                    .iter()
                    .take(SOURCE_OPTIONS)
                    .chain(
                        props
                            .analysis
                            .sources
                            .iter()
                            .skip(SOURCE_OPTIONS)
                            .filter(|s| f.source.as_deref() == Some(s.key.as_str())),
                    )
                    .map(|s| (s.key.clone(), format!("{} ({})", s.name, s.claims))),
            )
            .chain(
                // A source picked for another text stays selectable until removed.
                f.source
                    .iter()
                    .filter(|k| !props.analysis.sources.iter().any(|s| &s.key == *k))
                    .map(|k| (k.clone(), "(not in this text)".to_string())),
            )
            .collect(),
        change(|f, v| f.source = (!v.is_empty()).then_some(v)),
    );
    let certainty = select(
        "filter-certainty",
        "Certainty",
        f.certainty.map_or("", Certainty::as_str),
        std::iter::once(any())
            .chain(
                CERTAINTIES
                    .iter()
                    .map(|c| (c.as_str().into(), certainty_label(*c).into())),
            )
            .collect(),
        change(|f, v| f.certainty = CERTAINTIES.iter().copied().find(|c| c.as_str() == v)),
    );
    let category = select(
        "filter-category",
        "Category",
        f.category.map_or("", category_label),
        std::iter::once(any())
            .chain(
                CATEGORIES
                    .iter()
                    .map(|&c| (category_label(c).into(), category_label(c).into())),
            )
            .collect(),
        change(|f, v| {
            f.category = CATEGORIES
                .into_iter()
                .find(|&c: &Category| category_label(c) == v)
        }),
    );
    let min_score = {
        let filters = f.clone();
        let on_filter = props.on_filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let value = claimscan::decimal::parse_f64(&input.value())
                .unwrap_or(0.0)
                .clamp(0.0, 1.0);
            on_filter.emit(Filters {
                min_score: value,
                ..filters.clone()
            });
        })
    };
    let hide_author = {
        let filters = f.clone();
        let on_filter = props.on_filter.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_filter.emit(Filters {
                hide_author: input.checked(),
                ..filters.clone()
            });
        })
    };

    html! {
        <details class="filters" open={*open}>
        <summary>{ match active {
            0 => "Sort and filter".to_string(),
            n => format!("Sort and filter ({n} active)"),
        } }</summary>
        <div class="toolbar" role="group" aria-label="Sort and filter the claims">
            { sort }
            { kind }
            { source }
            { certainty }
            { category }
            <div class="field field-range">
                <label for="filter-min-score">
                    { "Minimum score " }<output for="filter-min-score">{ format!("{:.2}", f.min_score) }</output>
                </label>
                <input
                    id="filter-min-score"
                    data-testid="filter-min-score"
                    type="range"
                    min="0"
                    max="1"
                    step="0.05"
                    value={f.min_score.to_string()}
                    oninput={min_score}
                />
            </div>
            <label class="check field-check">
                <input
                    type="checkbox"
                    data-testid="filter-hide-author"
                    checked={f.hide_author}
                    onchange={hide_author}
                />
                { "Hide the writer's own claims" }
            </label>
        </div>
        </details>
    }
}
