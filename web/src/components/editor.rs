//! The input: the textarea, examples, file open and drop, clear with undo, and whether the text
//! is kept on this machine.

use std::rc::Rc;

use web_sys::{File, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::dom;
use crate::examples::{by_key, EXAMPLES};
use crate::state::Undo;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub text: Rc<str>,
    /// Bumped when the text is replaced from outside the textarea: then it is written into it.
    pub revision: u32,
    pub undo: Option<Undo>,
    pub remember: bool,
    /// Every keystroke, with the whole new text.
    pub on_input: Callback<String>,
    /// Replace the text: (new text, what happened).
    pub on_replace: Callback<(String, String)>,
    pub on_undo: Callback<()>,
    pub on_dismiss: Callback<()>,
    pub on_error: Callback<String>,
    pub on_remember: Callback<bool>,
}

/// Read `file` and replace the text with it.
fn open(file: File, on_replace: Callback<(String, String)>, on_error: Callback<String>) {
    yew::platform::spawn_local(async move {
        let name = file.name();
        match dom::read_file(file).await {
            Ok(text) => on_replace.emit((text, format!("Opened {name}."))),
            Err(e) => on_error.emit(e),
        }
    });
}

#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let dragging = use_state_eq(|| false);
    // The textarea is not controlled on every keystroke (writing 100 KB back into it each time
    // costs a relayout): its value is set only when the text is replaced.
    let textarea = use_node_ref();
    {
        let textarea = textarea.clone();
        let text = props.text.clone();
        use_effect_with(props.revision, move |_| {
            if let Some(t) = textarea.cast::<HtmlTextAreaElement>() {
                if t.value() != *text {
                    t.set_value(&text);
                }
            }
        });
    }
    let oninput = props.on_input.reform(|e: InputEvent| {
        let textarea: HtmlTextAreaElement = e.target_unchecked_into();
        textarea.value()
    });
    let on_example = {
        let on_replace = props.on_replace.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(example) = by_key(&select.value()) {
                on_replace.emit((example.text.to_string(), "Example loaded.".to_string()));
            }
            select.set_value("");
        })
    };
    let on_file = {
        let on_replace = props.on_replace.clone();
        let on_error = props.on_error.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open(file, on_replace.clone(), on_error.clone());
            }
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            let has_files = e
                .data_transfer()
                .is_some_and(|d| d.types().includes(&"Files".into(), 0));
            if has_files {
                e.prevent_default();
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        let on_replace = props.on_replace.clone();
        let on_error = props.on_error.clone();
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                e.prevent_default();
                open(file, on_replace.clone(), on_error.clone());
            }
        })
    };
    let on_clear = props
        .on_replace
        .reform(|_: MouseEvent| (String::new(), "Text cleared.".to_string()));
    let on_remember = props.on_remember.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.checked()
    });
    let words = props.text.split_whitespace().count();

    html! {
        <div class={classes!("editor", dragging.then_some("is-dragging"))} {ondragover} {ondragleave} {ondrop}>
            <label id="article-label" for="article" class="pane-title">{ "Article" }</label>
            <textarea
                id="article"
                data-testid="input"
                ref={textarea}
                {oninput}
                rows="12"
                spellcheck="false"
                placeholder="Paste or type a news article, or drop a .txt, .md or .html file here…"
                aria-describedby="editor-hint"
            />
            if let Some(undo) = &props.undo {
                <div class="undo-bar" role="status">
                    <span>{ undo.message.clone() }</span>
                    <button type="button" onclick={props.on_undo.reform(|_: MouseEvent| ())}>{ "Undo" }</button>
                    <button type="button" class="quiet" aria-label="Dismiss"
                        onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>{ "✕" }</button>
                </div>
            }
            <div class="editor-actions">
                <label class="button file-button">
                    <input
                        type="file"
                        class="visually-hidden"
                        data-testid="file-input"
                        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                        onchange={on_file}
                    />
                    { "Open file…" }
                </label>
                <select data-testid="example" aria-label="Load an example article" onchange={on_example}>
                    <option value="" selected=true>{ "Load an example…" }</option>
                    { for EXAMPLES.iter().map(|e| html! { <option value={e.key}>{ e.title }</option> }) }
                </select>
                <button type="button" onclick={on_clear}>{ "Clear" }</button>
            </div>
            <div class="editor-meta">
                <label class="check">
                    <input type="checkbox" checked={props.remember} onchange={on_remember} />
                    { "Keep my text on this device" }
                </label>
                <span id="editor-hint" class="hint">
                    { format!("{words} words · results update as you type") }
                </span>
            </div>
        </div>
    }
}
