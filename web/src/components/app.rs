//! The root component: owns the state, the extractor, the debounce and the derived analysis.

use std::rc::Rc;

use claimscan::{Extractor, OffsetUnit, Options};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::claim_list::ClaimList;
use super::editor::Editor;
use super::empty_state::EmptyState;
use super::header::Header;
use super::highlighted_text::HighlightedText;
use super::legend::Legend;
use super::summary::Summary;
use crate::analysis::Analysis;
use crate::dom;
use crate::state::{Action, AppState};

/// How long typing must pause before the text is analysed again.
pub const DEBOUNCE_MS: u32 = 150;

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    // Built once: byte offsets, because the page slices the text in Rust.
    let extractor = use_memo((), |_| {
        Extractor::new(Options {
            offsets: OffsetUnit::Byte,
            ..Options::default()
        })
        .map_err(|e| e.to_string())
    });

    // Debounce: every edit restarts the timer; dropping the old `Timeout` cancels it.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.text.clone(), move |_| {
            let timeout = Timeout::new(DEBOUNCE_MS, move || dispatcher.dispatch(Action::Analyze));
            move || drop(timeout)
        });
    }

    let analysis = {
        let extractor = extractor.clone();
        use_memo(state.analyzed.clone(), move |text| {
            match extractor.as_ref() {
                Ok(ex) => Ok(Rc::new(Analysis::new(ex, text.clone()))),
                Err(e) => Err(e.clone()),
            }
        })
    };

    let on_input = {
        let d = state.dispatcher();
        Callback::from(move |text: String| d.dispatch(Action::Edit(text)))
    };
    let on_example = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::LoadExample))
    };
    let on_clear = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Clear))
    };
    // Selecting in the text brings the card into view, and the other way round.
    let select_from_text = {
        let d = state.dispatcher();
        Callback::from(move |index: usize| {
            d.dispatch(Action::Select(Some(index)));
            dom::scroll_into_view(&dom::card_id(index));
        })
    };
    let select_from_card = {
        let d = state.dispatcher();
        Callback::from(move |index: usize| {
            d.dispatch(Action::Select(Some(index)));
            dom::scroll_into_view(&dom::mark_id(index));
        })
    };

    let pending = state.text != state.analyzed;
    let results = match analysis.as_ref() {
        Err(message) => html! {
            <p class="error" role="alert">{ format!("The extractor could not start: {message}") }</p>
        },
        Ok(analysis) if analysis.text.trim().is_empty() => html! { <EmptyState /> },
        Ok(analysis) => html! {
            <>
                <Summary analysis={analysis.clone()} />
                <Legend analysis={analysis.clone()} />
                <HighlightedText
                    analysis={analysis.clone()}
                    selected={state.selected}
                    on_select={select_from_text}
                />
            </>
        },
    };
    let claims = match analysis.as_ref() {
        Ok(analysis) if !analysis.text.trim().is_empty() => html! {
            <ClaimList
                analysis={analysis.clone()}
                selected={state.selected}
                on_select={select_from_card}
            />
        },
        _ => html! {},
    };

    html! {
        <>
            <Header />
            <main class="layout">
                <section class="pane pane-text" aria-labelledby="text-title">
                    <Editor text={state.text.clone()} {on_input} {on_example} {on_clear} />
                    <div
                        class="results"
                        aria-live="polite"
                        aria-busy={pending.to_string()}
                        data-pending={pending.to_string()}
                    >
                        <h2 id="text-title" class="pane-title">{ "Claims in the text" }</h2>
                        { results }
                    </div>
                </section>
                <section class="pane pane-claims" aria-labelledby="claims-title">
                    <h2 id="claims-title" class="pane-title">{ "Claims" }</h2>
                    { claims }
                </section>
            </main>
            <footer class="site-footer">
                { format!("claimscan {} · runs entirely in your browser; nothing you type leaves this page.", claimscan::VERSION) }
            </footer>
        </>
    }
}
