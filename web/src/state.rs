//! All the page's state, in one reducer.

use std::rc::Rc;

use yew::prelude::*;

use crate::example::EXAMPLE;

/// What the user can do.
pub enum Action {
    /// The textarea changed; the analysis follows after the debounce.
    Edit(String),
    /// The debounce fired: analyse the current text.
    Analyze,
    /// Put the example article back.
    LoadExample,
    /// Empty the textarea.
    Clear,
    /// Select a claim (by index in the report), or none.
    Select(Option<usize>),
}

/// The textarea's text, the text last analysed and the selected claim. The report itself is
/// derived (`use_memo` in the app), never stored.
#[derive(Clone, PartialEq)]
pub struct AppState {
    pub text: Rc<str>,
    pub analyzed: Rc<str>,
    pub selected: Option<usize>,
}

impl Default for AppState {
    fn default() -> Self {
        let text: Rc<str> = Rc::from(EXAMPLE);
        AppState {
            analyzed: text.clone(),
            text,
            selected: None,
        }
    }
}

impl AppState {
    fn with_text(text: Rc<str>) -> AppState {
        AppState {
            analyzed: text.clone(),
            text,
            selected: None,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit(text) if *self.text == *text => self,
            Action::Edit(text) => Rc::new(AppState {
                text: Rc::from(text),
                ..(*self).clone()
            }),
            Action::Analyze if *self.analyzed == *self.text => self,
            Action::Analyze => Rc::new(AppState {
                analyzed: self.text.clone(),
                selected: None,
                ..(*self).clone()
            }),
            Action::LoadExample => Rc::new(AppState::default()),
            Action::Clear => Rc::new(AppState::with_text(Rc::from(""))),
            Action::Select(selected) if self.selected == selected => self,
            Action::Select(selected) => Rc::new(AppState {
                selected,
                ..(*self).clone()
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: Rc<AppState>, action: Action) -> Rc<AppState> {
        state.reduce(action)
    }

    #[test]
    fn edits_wait_for_analyze() {
        let s = Rc::new(AppState::default());
        let s = reduce(s, Action::Edit("The mayor said so.".into()));
        assert_eq!(&*s.text, "The mayor said so.");
        assert_eq!(&*s.analyzed, EXAMPLE);
        let s = reduce(s, Action::Analyze);
        assert_eq!(&*s.analyzed, "The mayor said so.");
    }

    #[test]
    fn unchanged_state_is_the_same_rc() {
        let s = Rc::new(AppState::default());
        let same = reduce(s.clone(), Action::Analyze);
        assert!(Rc::ptr_eq(&s, &same));
        let same = reduce(s.clone(), Action::Edit(EXAMPLE.into()));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn clear_and_example_apply_at_once() {
        let s = reduce(Rc::new(AppState::default()), Action::Select(Some(2)));
        let s = reduce(s, Action::Clear);
        assert_eq!((&*s.text, &*s.analyzed, s.selected), ("", "", None));
        let s = reduce(s, Action::LoadExample);
        assert_eq!(&*s.analyzed, EXAMPLE);
    }
}
