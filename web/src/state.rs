//! All the page's state, in one reducer.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::Analysis;
use crate::triage::{FilterKey, Filters, Sort};

/// Which pane a phone shows (on a wide screen both show).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Article,
    Claims,
}

/// Where a selection should be brought into view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The claim's card (and focus it).
    Card,
    /// The claim's first highlight (and focus it).
    Text,
}

/// A request to bring a claim into view; `ticket` makes each request new.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reveal {
    pub index: usize,
    pub target: Target,
    pub ticket: u32,
}

/// Text replaced by "Clear", an example or a file, kept so it can be brought back.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub text: Rc<str>,
    /// What replaced it ("Text cleared.", "Example loaded.").
    pub message: String,
}

/// What the user (or the worker) can do.
pub enum Action {
    /// The textarea changed; the analysis follows after the debounce.
    Edit(String),
    /// Replace the whole text (example, file, clear), keeping the old text for undo when it was
    /// not empty. The message says what happened.
    Replace {
        text: Rc<str>,
        message: String,
    },
    /// Bring back the text that the last replacement removed.
    Undo,
    /// Forget the undo offer.
    DismissUndo,
    /// The worker's analysis of some text arrived (the bridge drops stale ones).
    Analysed(Rc<Analysis>),
    /// The extractor failed.
    Failed(String),
    /// Select a claim and bring its card or highlight into view.
    Reveal(usize, Target),
    Sort(Sort),
    Filter(Filters),
    RemoveFilter(FilterKey),
    View(View),
    /// Dark (true) or light theme.
    Dark(bool),
    /// Keep the text in this browser's local storage (or forget it).
    Remember(bool),
}

/// The page's state. The report is derived from the text by the worker and kept once, inside
/// `analysis`, together with the text it belongs to.
#[derive(Clone, PartialEq)]
pub struct AppState {
    pub text: Rc<str>,
    pub analysis: Option<Rc<Analysis>>,
    pub error: Option<String>,
    pub selected: Option<usize>,
    pub reveal: Option<Reveal>,
    pub sort: Sort,
    pub filters: Filters,
    pub undo: Option<Undo>,
    pub view: View,
    pub dark: bool,
    pub remember: bool,
    /// Counts the times the text was replaced from outside the textarea (example, file, undo),
    /// so the textarea is written only then and never while the user types.
    pub revision: u32,
}

impl AppState {
    /// The page as it opens with `text`.
    pub fn new(text: Rc<str>, dark: bool, remember: bool) -> AppState {
        AppState {
            text,
            analysis: None,
            error: None,
            selected: None,
            reveal: None,
            sort: Sort::default(),
            filters: Filters::default(),
            undo: None,
            view: View::default(),
            dark,
            remember,
            revision: 0,
        }
    }

    /// The analysis shown lags the text being typed.
    pub fn pending(&self) -> bool {
        self.analysis.as_ref().is_none_or(|a| a.text != self.text)
    }

    fn with(self: &Rc<Self>, change: impl FnOnce(&mut AppState)) -> Rc<AppState> {
        let mut next = (**self).clone();
        change(&mut next);
        Rc::new(next)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit(text) if *self.text == *text => self,
            Action::Edit(text) => self.with(|s| {
                s.text = Rc::from(text);
                s.undo = None;
            }),
            Action::Replace { text, message } => self.with(|s| {
                s.revision += 1;
                let old = std::mem::replace(&mut s.text, text);
                s.undo = (!old.trim().is_empty() && old != s.text)
                    .then_some(Undo { text: old, message });
                s.selected = None;
            }),
            Action::Undo => match &self.undo {
                Some(undo) => {
                    let text = undo.text.clone();
                    self.with(|s| {
                        s.revision += 1;
                        s.text = text;
                        s.undo = None;
                        s.selected = None;
                    })
                }
                None => self,
            },
            Action::DismissUndo if self.undo.is_none() => self,
            Action::DismissUndo => self.with(|s| s.undo = None),
            Action::Analysed(analysis) => self.with(|s| {
                if s.analysis.as_ref().is_none_or(|a| a.text != analysis.text) {
                    s.selected = None;
                    s.reveal = None;
                }
                s.analysis = Some(analysis);
                s.error = None;
            }),
            Action::Failed(message) => self.with(|s| s.error = Some(message)),
            Action::Reveal(index, target) => self.with(|s| {
                s.selected = Some(index);
                s.reveal = Some(Reveal {
                    index,
                    target,
                    ticket: s.reveal.map_or(0, |r| r.ticket + 1),
                });
                s.view = match target {
                    Target::Card => View::Claims,
                    Target::Text => View::Article,
                };
            }),
            Action::Sort(sort) if self.sort == sort => self,
            Action::Sort(sort) => self.with(|s| s.sort = sort),
            Action::Filter(filters) if self.filters == filters => self,
            Action::Filter(filters) => self.with(|s| s.filters = filters),
            Action::RemoveFilter(key) => {
                let filters = self.filters.without(key);
                if filters == self.filters {
                    self
                } else {
                    self.with(|s| s.filters = filters)
                }
            }
            Action::View(view) if self.view == view => self,
            Action::View(view) => self.with(|s| s.view = view),
            Action::Dark(dark) if self.dark == dark => self,
            Action::Dark(dark) => self.with(|s| s.dark = dark),
            Action::Remember(remember) if self.remember == remember => self,
            Action::Remember(remember) => self.with(|s| s.remember = remember),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::FIRST;

    fn start() -> Rc<AppState> {
        Rc::new(AppState::new(Rc::from(FIRST), false, true))
    }

    #[test]
    fn unchanged_state_is_the_same_rc() {
        let s = start();
        for action in [
            Action::Edit(FIRST.into()),
            Action::Sort(Sort::Position),
            Action::Filter(Filters::default()),
            Action::RemoveFilter(FilterKey::Kind),
            Action::Undo,
            Action::DismissUndo,
            Action::View(View::Article),
            Action::Dark(false),
            Action::Remember(true),
        ] {
            assert!(Rc::ptr_eq(&s, &s.clone().reduce(action)));
        }
    }

    #[test]
    fn clear_can_be_undone_and_typing_drops_the_offer() {
        let s = start().reduce(Action::Replace {
            text: Rc::from(""),
            message: "Text cleared.".into(),
        });
        assert_eq!(&*s.text, "");
        assert_eq!(s.undo.as_ref().map(|u| &*u.text), Some(FIRST));
        let back = s.clone().reduce(Action::Undo);
        assert_eq!(&*back.text, FIRST);
        assert!(back.undo.is_none());
        let typed = s.reduce(Action::Edit("x".into()));
        assert!(typed.undo.is_none());
    }

    #[test]
    fn replacing_empty_text_offers_no_undo() {
        let s = Rc::new(AppState::new(Rc::from("  "), false, true));
        let s = s.reduce(Action::Replace {
            text: Rc::from(FIRST),
            message: "Example loaded.".into(),
        });
        assert!(s.undo.is_none());
    }

    #[test]
    fn revealing_a_card_switches_a_phone_to_the_claims() {
        let s = start().reduce(Action::Reveal(2, Target::Card));
        assert_eq!((s.selected, s.view), (Some(2), View::Claims));
        let again = s.clone().reduce(Action::Reveal(2, Target::Card));
        assert_ne!(s.reveal, again.reveal);
        assert!(s.pending());
    }
}
