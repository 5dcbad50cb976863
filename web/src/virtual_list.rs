//! Virtualised lists: only the items in (or near) the scroll box's view are rendered; spacers of
//! the right height stand in for the rest. Item heights start as estimates and are replaced by
//! measured heights as items render, so the scroll bar settles on the real length.
//!
//! [`window`] is the pure part (which items to render for a scroll position); [`use_virtual`]
//! keeps the scroll position and the measured heights for a component.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use yew::prelude::*;

/// The items to render: `first..end`, with `before` pixels of spacer above and `after` below.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub first: usize,
    pub end: usize,
    pub before: f64,
    pub after: f64,
}

/// Extra pixels rendered above and below the view, so fast scrolling rarely shows a gap.
const OVERSCAN: f64 = 600.0;

/// The items of `heights` that meet `top - overscan .. top + viewport + overscan`.
/// Invariant: `before + sum(heights[first..end]) + after == sum(heights)`.
pub fn window(heights: &[f64], top: f64, viewport: f64, overscan: f64) -> Window {
    let lo = (top - overscan).max(0.0);
    let hi = top + viewport + overscan;
    let total: f64 = heights.iter().sum();
    let mut y = 0.0;
    let mut first = heights.len();
    for (i, h) in heights.iter().enumerate() {
        if y + h > lo {
            first = i;
            break;
        }
        y += h;
    }
    let before = y;
    let mut end = first;
    while end < heights.len() && y < hi {
        y += heights[end];
        end += 1;
    }
    Window {
        first,
        end,
        before,
        after: (total - y).max(0.0),
    }
}

/// The offset of item `index` from the top of the list.
pub fn offset_of(heights: &[f64], index: usize) -> f64 {
    heights.iter().take(index).sum()
}

/// What [`use_virtual`] gives a component.
pub struct Virtual {
    pub window: Window,
    /// Attach to the scroll box's `onscroll`.
    pub onscroll: Callback<Event>,
    /// The current item heights (measured or estimated).
    pub heights: Rc<RefCell<Vec<f64>>>,
}

/// Virtualise the children of the scroll box `container`. `estimates` holds one height per item;
/// a new `estimates` (by pointer) means new items and resets the measurements. Every rendered
/// item must carry `data-vi` = its index in the list.
#[hook]
pub fn use_virtual(container: NodeRef, estimates: Rc<Vec<f64>>) -> Virtual {
    let heights: Rc<RefCell<Vec<f64>>> = use_mut_ref(Vec::new);
    // Holding the estimates keeps their address from being reused by a later list.
    let key: Rc<RefCell<Option<Rc<Vec<f64>>>>> = use_mut_ref(|| None);
    let same = key
        .borrow()
        .as_ref()
        .is_some_and(|k| Rc::ptr_eq(k, &estimates));
    if !same {
        *heights.borrow_mut() = (*estimates).clone();
        *key.borrow_mut() = Some(estimates);
    }
    // (scroll top, viewport height); the viewport is guessed until the box is measured.
    let view = use_state_eq(|| (0.0f64, 800.0f64));
    let redraw = use_force_update();

    let onscroll = {
        let view = view.clone();
        let container = container.clone();
        Callback::from(move |_: Event| {
            if let Some(el) = container.cast::<Element>() {
                view.set((el.scroll_top() as f64, el.client_height() as f64));
            }
        })
    };

    // After every render: measure what was rendered and the box itself.
    {
        let heights = heights.clone();
        let container = container.clone();
        let view = view.clone();
        use_effect(move || {
            if let Some(el) = container.cast::<Element>() {
                let mut changed = false;
                if let Ok(items) = el.query_selector_all(":scope > [data-vi]") {
                    let mut hs = heights.borrow_mut();
                    for i in 0..items.length() {
                        let Some(item) =
                            items.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok())
                        else {
                            continue;
                        };
                        let Some(index) = item
                            .get_attribute("data-vi")
                            .and_then(|v| v.parse::<usize>().ok())
                        else {
                            continue;
                        };
                        let h = item.offset_height() as f64;
                        if let Some(slot) = hs.get_mut(index) {
                            if h > 0.0 && (*slot - h).abs() > 1.0 {
                                *slot = h;
                                changed = true;
                            }
                        }
                    }
                }
                let measured = (el.scroll_top() as f64, el.client_height() as f64);
                if measured.1 > 0.0 && *view != measured {
                    view.set(measured);
                } else if changed {
                    redraw.force_update();
                }
            }
            || ()
        });
    }

    let (top, viewport) = *view;
    let window = window(&heights.borrow(), top, viewport, OVERSCAN);
    Virtual {
        window,
        onscroll,
        heights,
    }
}

/// The spacer that stands in for unrendered items: `key` is "before" or "after". It is always
/// rendered, keyed, even at height 0, so the list's children stay fully keyed and in place: an
/// empty `html! {}` here made Yew diff the items by position when a spacer came or went, which
/// handed one card's DOM (with its open panels) to another and dropped a click's toggle.
pub fn spacer(key: &'static str, height: f64) -> Html {
    let height = height.max(0.0);
    html! {
        <div
            key={format!("vspacer-{key}")}
            class="vspacer"
            aria-hidden="true"
            style={format!("height:{height:.0}px")}
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(heights: &[f64], w: Window) {
        let inside: f64 = heights[w.first..w.end].iter().sum();
        let total: f64 = heights.iter().sum();
        assert!((w.before + inside + w.after - total).abs() < 1e-9, "{w:?}");
    }

    #[test]
    fn the_top_of_the_list_renders_what_fits() {
        let hs = vec![100.0; 50];
        let w = window(&hs, 0.0, 300.0, 0.0);
        assert_eq!((w.first, w.end, w.before), (0, 3, 0.0));
        check(&hs, w);
    }

    #[test]
    fn scrolling_moves_the_window_and_keeps_the_length() {
        let hs: Vec<f64> = (0..100).map(|i| 50.0 + (i % 7) as f64 * 10.0).collect();
        for top in [0.0, 123.0, 2000.0, 5000.0, 1e9] {
            let w = window(&hs, top, 400.0, 200.0);
            check(&hs, w);
            assert!(w.before <= (top - 200.0).max(0.0) + 1e-9);
        }
        let w = window(&hs, 2000.0, 400.0, 0.0);
        assert!(w.first > 0 && w.end > w.first);
    }

    #[test]
    fn an_empty_list_renders_nothing() {
        let w = window(&[], 0.0, 500.0, 100.0);
        assert_eq!((w.first, w.end, w.before, w.after), (0, 0, 0.0, 0.0));
        assert_eq!(offset_of(&[10.0, 20.0, 30.0], 2), 30.0);
    }
}
