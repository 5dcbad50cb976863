//! The cards of the claims shown, virtualised: only the cards near the view are rendered.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::claim_card::{ClaimCard, Panel, Panels};
use crate::analysis::Analysis;
use crate::dom;
use crate::state::{Reveal, Target};
use crate::virtual_list::{offset_of, spacer, use_virtual};

#[derive(Properties, PartialEq)]
pub struct ClaimListProps {
    pub analysis: Rc<Analysis>,
    /// The claims to show, in order (indexes into the report).
    pub shown: Rc<Vec<usize>>,
    pub selected: Option<usize>,
    pub reveal: Option<Reveal>,
    /// "Show in text" was pressed: the claim's index.
    pub on_locate: Callback<usize>,
}

#[component]
pub fn ClaimList(props: &ClaimListProps) -> Html {
    let container = use_node_ref();
    let estimates = use_memo(
        (props.analysis.clone(), props.shown.clone()),
        |(a, shown)| {
            shown
                .iter()
                .map(|&i| {
                    let c = &a.report.claims[i];
                    let lines = (c.text.len() + c.statement.len()) / 55 + 2;
                    170.0 + lines as f64 * 21.0
                })
                .collect::<Vec<f64>>()
        },
    );
    let virt = use_virtual(container.clone(), estimates);
    let redraw = use_force_update();

    // The open panels of each card, by claim id, for the analysis shown. The cards are
    // recreated as the window moves, and `<details>` keeps no state of its own across that.
    let panels: Rc<RefCell<OpenPanels>> = use_mut_ref(OpenPanels::default);
    panels.borrow_mut().follow(&props.analysis);
    let on_toggle = {
        let panels = panels.clone();
        let redraw = redraw.clone();
        use_callback((), move |(id, panel, open): (AttrValue, Panel, bool), _| {
            // A changed card height is measured after the render this asks for.
            if panels.borrow_mut().set(&id, panel, open) {
                redraw.force_update();
            }
        })
    };

    // Bring a claim's card into view: scroll to its slot, then focus it once rendered.
    let pending: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    {
        let pending = pending.clone();
        let container = container.clone();
        let heights = virt.heights.clone();
        let shown = props.shown.clone();
        use_effect_with(props.reveal, move |reveal| {
            if let Some(r) = reveal.filter(|r| r.target == Target::Card) {
                if !dom::reveal(&dom::card_id(r.index), true) {
                    if let (Some(slot), Some(el)) = (
                        shown.iter().position(|&i| i == r.index),
                        container.cast::<web_sys::Element>(),
                    ) {
                        el.set_scroll_top(offset_of(&heights.borrow(), slot) as i32);
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
                if dom::reveal(&dom::card_id(index), true) {
                    *pending.borrow_mut() = None;
                }
            }
        });
    }

    if props.shown.is_empty() {
        let total = props.analysis.report.claims.len();
        return html! {
            <p class="no-claims">
                { if total == 0 { "No claims found in this text." } else { "No claim matches these filters." } }
            </p>
        };
    }
    let w = virt.window;
    let cards = (w.first..w.end.min(props.shown.len())).map(|slot| {
        let index = props.shown[slot];
        html! {
            <div class="card-slot" role="listitem" data-vi={slot.to_string()} key={props.analysis.report.claims[index].id.clone()}>
                <ClaimCard
                    analysis={props.analysis.clone()}
                    {index}
                    selected={props.selected == Some(index)}
                    on_locate={props.on_locate.clone()}
                    open={panels.borrow().get(&props.analysis.report.claims[index].id)}
                    on_toggle={on_toggle.clone()}
                />
            </div>
        }
    });
    html! {
        <div
            class="claim-list"
            ref={container}
            onscroll={virt.onscroll.clone()}
            role="list"
            aria-label="Claim cards"
        >
            { spacer("before", w.before) }
            { for cards }
            { spacer("after", w.after) }
        </div>
    }
}

/// The open panels of the cards of one analysis, by claim id. Only cards with a panel open
/// are listed, a few at a time, so a list searched in order does (a map would add its own
/// code to the page's wasm for no gain).
#[derive(Default)]
struct OpenPanels {
    analysis: Option<Rc<Analysis>>,
    open: Vec<(AttrValue, Panels)>,
}

impl OpenPanels {
    /// A new analysis starts with every panel closed (its claim ids name other claims).
    fn follow(&mut self, analysis: &Rc<Analysis>) {
        if !self
            .analysis
            .as_ref()
            .is_some_and(|a| Rc::ptr_eq(a, analysis))
        {
            self.analysis = Some(analysis.clone());
            self.open.clear();
        }
    }

    fn get(&self, id: &str) -> Panels {
        self.open
            .iter()
            .find(|(k, _)| k.as_str() == id)
            .map_or_else(Panels::default, |&(_, p)| p)
    }

    /// Record a toggle; true when it changed anything.
    fn set(&mut self, id: &AttrValue, panel: Panel, open: bool) -> bool {
        let before = self.get(id);
        let after = before.with(panel, open);
        let at = self.open.iter().position(|(k, _)| k == id);
        match at {
            Some(i) if after == Panels::default() => {
                self.open.swap_remove(i);
            }
            Some(i) => self.open[i].1 = after,
            None if after != Panels::default() => self.open.push((id.clone(), after)),
            None => {}
        }
        after != before
    }
}
