//! The root component: owns the state, the worker bridge, the debounce and the derived views.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::chips::Chips;
use super::claim_list::ClaimList;
use super::editor::Editor;
use super::empty_state::EmptyState;
use super::export_panel::ExportPanel;
use super::header::Header;
use super::highlighted_text::HighlightedText;
use super::legend::Legend;
use super::sources_panel::SourcesPanel;
use super::summary::Summary;
use super::toolbar::Toolbar;
use crate::dom;
use crate::examples::FIRST;
use crate::state::{Action, AppState, Target, View};
use crate::triage::{visible, Filters, Sort};
use crate::worker::{Bridge, Outcome};

/// How long typing must pause before the text is sent to the worker.
pub const DEBOUNCE_MS: u32 = 120;

/// The state the page opens with: a shared link's text, else the text kept on this machine,
/// else the first example.
fn initial() -> AppState {
    let remember = dom::load(dom::KEY_REMEMBER).as_deref() != Some("0");
    let shared = dom::shared_text();
    if shared.is_some() {
        dom::clear_fragment();
    }
    let text = shared
        .or_else(|| remember.then(|| dom::load(dom::KEY_TEXT)).flatten())
        .unwrap_or_else(|| FIRST.to_string());
    let dark = match dom::load(dom::KEY_THEME).as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => dom::prefers_dark(),
    };
    AppState::new(Rc::from(text), dark, remember)
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial);

    // The worker, started once; its answers come back as actions.
    let bridge = {
        let d = state.dispatcher();
        use_memo((), move |_| {
            Bridge::start(Callback::from(move |outcome: Outcome| match outcome {
                Ok(analysis) => d.dispatch(Action::Analysed(analysis)),
                Err(message) => d.dispatch(Action::Failed(message)),
            }))
        })
    };

    // Debounce: every edit restarts the timer; dropping the old `Timeout` cancels it. The text is
    // saved then too, if the user still wants it kept when the timer fires.
    let remember = use_mut_ref(|| state.remember);
    *remember.borrow_mut() = state.remember;
    {
        let bridge = bridge.clone();
        use_effect_with(state.text.clone(), move |text| {
            let text = text.clone();
            let timeout = Timeout::new(DEBOUNCE_MS, move || {
                if let Ok(bridge) = bridge.as_ref() {
                    bridge.request(text.clone());
                }
                if *remember.borrow() {
                    dom::save(dom::KEY_TEXT, &text);
                }
            });
            move || drop(timeout)
        });
    }
    use_effect_with(state.dark, |&dark| {
        dom::apply_theme(dark);
    });
    {
        let text = state.text.clone();
        use_effect_with(state.remember, move |&remember| {
            if remember {
                dom::save(dom::KEY_REMEMBER, "1");
                dom::save(dom::KEY_TEXT, &text);
            } else {
                dom::save(dom::KEY_REMEMBER, "0");
                dom::forget(dom::KEY_TEXT);
            }
        });
    }

    // The claims to show, derived from the analysis and the user's choices.
    let shown: Rc<Vec<usize>> = use_memo(
        (state.analysis.clone(), state.filters.clone(), state.sort),
        |(analysis, filters, sort)| match analysis {
            Some(a) => visible(&a.report, filters, *sort),
            None => Vec::new(),
        },
    );

    let d = state.dispatcher();
    let on_input = {
        let d = d.clone();
        Callback::from(move |text: String| d.dispatch(Action::Edit(text)))
    };
    let on_replace = {
        let d = d.clone();
        Callback::from(move |(text, message): (String, String)| {
            d.dispatch(Action::Replace {
                text: Rc::from(text),
                message,
            })
        })
    };
    let on_undo = {
        let d = d.clone();
        Callback::from(move |()| d.dispatch(Action::Undo))
    };
    let on_dismiss = {
        let d = d.clone();
        Callback::from(move |()| d.dispatch(Action::DismissUndo))
    };
    let on_error = {
        let d = d.clone();
        Callback::from(move |m: String| d.dispatch(Action::Failed(m)))
    };
    let on_remember = {
        let d = d.clone();
        Callback::from(move |r: bool| d.dispatch(Action::Remember(r)))
    };
    let on_theme = {
        let d = d.clone();
        let dark = state.dark;
        Callback::from(move |()| {
            dom::save(dom::KEY_THEME, if dark { "light" } else { "dark" });
            d.dispatch(Action::Dark(!dark))
        })
    };
    let to_card = {
        let d = d.clone();
        Callback::from(move |index: usize| d.dispatch(Action::Reveal(index, Target::Card)))
    };
    let to_text = {
        let d = d.clone();
        Callback::from(move |index: usize| d.dispatch(Action::Reveal(index, Target::Text)))
    };
    let on_filter = {
        let d = d.clone();
        Callback::from(move |f: Filters| d.dispatch(Action::Filter(f)))
    };
    let on_remove = {
        let d = d.clone();
        Callback::from(move |k| d.dispatch(Action::RemoveFilter(k)))
    };
    let on_sort = {
        let d = d.clone();
        Callback::from(move |s: Sort| d.dispatch(Action::Sort(s)))
    };
    let on_source = {
        let d = d.clone();
        let filters = state.filters.clone();
        Callback::from(move |key: String| {
            let source = (filters.source.as_deref() != Some(&key)).then_some(key);
            d.dispatch(Action::Filter(Filters {
                source,
                ..filters.clone()
            }))
        })
    };
    let view_button = |view: View, label: String| {
        let d = d.clone();
        let pressed = state.view == view;
        html! {
            <button type="button" aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_: MouseEvent| d.dispatch(Action::View(view)))}>
                { label }
            </button>
        }
    };

    let pending = state.pending();
    let analysis = state.analysis.clone();
    let total = analysis.as_ref().map_or(0, |a| a.report.claims.len());
    let empty =
        state.text.trim().is_empty() && analysis.as_ref().is_none_or(|a| a.text.trim().is_empty());

    let error = match bridge.as_ref() {
        Err(e) => Some(format!("The extractor could not start: {e}")),
        Ok(_) => state.error.clone(),
    };
    let results = match (&error, &analysis) {
        (Some(message), _) => html! {
            <p class="error" role="alert">{ message.clone() }</p>
        },
        _ if empty => html! { <EmptyState /> },
        (None, None) => html! { <p class="muted">{ "Analysing…" }</p> },
        (None, Some(a)) => html! {
            <>
                <Summary analysis={a.clone()} />
                <Legend analysis={a.clone()} />
                <HighlightedText
                    analysis={a.clone()}
                    selected={state.selected}
                    reveal={state.reveal}
                    on_activate={to_card}
                />
            </>
        },
    };

    let claims = match &analysis {
        Some(a) if !empty => {
            let source_name = |key: &str| {
                a.sources
                    .iter()
                    .find(|s| s.key == key)
                    .map_or_else(|| key.to_string(), |s| s.name.clone())
            };
            html! {
                <>
                    <p class="count" data-testid="count">
                        { format!("{} of {}", shown.len(), plural(total, "claim", "claims")) }
                    </p>
                    <Toolbar
                        analysis={a.clone()}
                        filters={state.filters.clone()}
                        sort={state.sort}
                        on_filter={on_filter}
                        on_sort={on_sort}
                    />
                    <Chips chips={state.filters.chips(source_name)} on_remove={on_remove.clone()} />
                    <SourcesPanel
                        analysis={a.clone()}
                        active={state.filters.source.clone()}
                        on_pick={on_source}
                    />
                    <ExportPanel analysis={a.clone()} shown={shown.clone()} text={a.text.clone()} />
                    <ClaimList
                        analysis={a.clone()}
                        shown={shown.clone()}
                        selected={state.selected}
                        reveal={state.reveal}
                        on_locate={to_text}
                    />
                </>
            }
        }
        _ => html! { <p class="muted">{ "The claims appear here." }</p> },
    };

    let announcement = match &analysis {
        Some(_) if pending => String::new(),
        Some(_) if empty => String::new(),
        Some(_) => format!("{} found", plural(total, "claim", "claims")),
        None => String::new(),
    };

    html! {
        <>
            <a class="skip-link" href="#claims-title">{ "Skip to the claims" }</a>
            <Header dark={state.dark} {on_theme} />
            <nav class="tabs" aria-label="Show on this screen">
                { view_button(View::Article, "Article".to_string()) }
                { view_button(View::Claims, format!("Claims ({total})")) }
            </nav>
            <main class="layout" data-view={match state.view { View::Article => "article", View::Claims => "claims" }}>
                <section class="pane pane-text" aria-labelledby="article-label">
                    <Editor
                        text={state.text.clone()}
                        revision={state.revision}
                        undo={state.undo.clone()}
                        remember={state.remember}
                        {on_input}
                        {on_replace}
                        {on_undo}
                        {on_dismiss}
                        {on_error}
                        {on_remember}
                    />
                    <section
                        class="results"
                        aria-labelledby="text-title"
                        aria-busy={pending.to_string()}
                        data-pending={pending.to_string()}
                        data-extract-ms={analysis.as_ref().map(|a| format!("{:.0}", a.timing.0))}
                        data-read-ms={analysis.as_ref().map(|a| format!("{:.0}", a.timing.1))}
                    >
                        <h2 id="text-title" class="pane-title">{ "Claims in the text" }</h2>
                        { results }
                    </section>
                </section>
                <section class="pane pane-claims" aria-labelledby="claims-title">
                    <h2 id="claims-title" class="pane-title" tabindex="-1">{ "Claims" }</h2>
                    { claims }
                </section>
            </main>
            <p class="sr-only" role="status" aria-live="polite" aria-atomic="true">{ announcement }</p>
            <footer class="site-footer">
                <details>
                    <summary>{ "How it works and privacy" }</summary>
                    <p>
                        { "claimscan finds claims with readable rules and word lists, not a trained \
                           language model: every card's \u{201c}Why?\u{201d} lists the rules that fired. \
                           It runs entirely in this browser tab (WebAssembly in a background worker). \
                           Nothing you type, open or drop is sent anywhere. Your text is kept in this \
                           browser's local storage only while \u{201c}Keep my text on this device\u{201d} \
                           is ticked; untick it to forget it. A share link holds the text itself \
                           after the #, which browsers never send to a server." }
                    </p>
                </details>
                <p>{ format!("claimscan {}", claimscan::VERSION) }</p>
            </footer>
        </>
    }
}
