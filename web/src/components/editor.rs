//! The textarea with its buttons.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub text: Rc<str>,
    /// Every keystroke, with the whole new text.
    pub on_input: Callback<String>,
    pub on_example: Callback<()>,
    pub on_clear: Callback<()>,
}

#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let oninput = props.on_input.reform(|e: InputEvent| {
        let textarea: HtmlTextAreaElement = e.target_unchecked_into();
        textarea.value()
    });
    let words = props.text.split_whitespace().count();
    html! {
        <div class="editor">
            <label for="article" class="pane-title">{ "Article" }</label>
            <textarea
                id="article"
                value={AttrValue::from(props.text.clone())}
                {oninput}
                rows="14"
                spellcheck="false"
                placeholder="Paste or type a news article…"
                aria-describedby="editor-hint"
            />
            <div class="editor-actions">
                <button type="button" onclick={props.on_example.reform(|_: MouseEvent| ())}>
                    { "Load example" }
                </button>
                <button type="button" onclick={props.on_clear.reform(|_: MouseEvent| ())}>
                    { "Clear" }
                </button>
                <span id="editor-hint" class="hint">
                    { format!("{words} words · results update as you type") }
                </span>
            </div>
        </div>
    }
}
