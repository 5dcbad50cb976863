//! The few direct browser calls the page needs: scrolling, focus, local storage, the URL
//! fragment, downloads, the clipboard, the theme and reading dropped or opened files.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, Document, DomParser, Element, File, HtmlAnchorElement, HtmlElement,
    ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition, Storage, SupportedType, Url,
};

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn element(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// The element the app mounts into, emptied of its loading message.
pub fn app_root() -> Option<Element> {
    let root = element("app")?;
    root.set_inner_html("");
    Some(root)
}

/// Scroll the element with `id` into view (nearest edge) and, when `focus`, move focus to it.
/// False when there is no such element.
pub fn reveal(id: &str, focus: bool) -> bool {
    let Some(el) = element(id) else {
        return false;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(ScrollBehavior::Auto);
    options.set_block(ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if focus {
        if let Ok(el) = el.dyn_into::<HtmlElement>() {
            let _ = el.focus();
        }
    }
    true
}

/// The id of the first highlight of claim `index`.
pub fn mark_id(index: usize) -> String {
    format!("mark-{index}")
}

/// The id of the card of claim `index`.
pub fn card_id(index: usize) -> String {
    format!("card-{index}")
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Local storage keys: everything the page keeps on this machine.
pub const KEY_TEXT: &str = "claimscan.text";
pub const KEY_REMEMBER: &str = "claimscan.remember";
pub const KEY_THEME: &str = "claimscan.theme";

pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn save(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

pub fn forget(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The text shared in the URL fragment (`#text=…`), if any.
pub fn shared_text() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let encoded = hash.strip_prefix("#text=")?;
    js_sys::decode_uri_component(encoded).ok().map(String::from)
}

/// The page's address with `text` in its fragment. The fragment is never sent to a server.
pub fn share_link(text: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let base = format!("{}{}", location.origin().ok()?, location.pathname().ok()?);
    let encoded = String::from(js_sys::encode_uri_component(text));
    Some(format!("{base}#text={encoded}"))
}

/// Put `link` in the address bar without reloading.
pub fn set_address(link: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(link));
    }
}

/// Drop the fragment from the address bar.
pub fn clear_fragment() {
    if let Some(w) = web_sys::window() {
        if let (Ok(path), Ok(search)) = (w.location().pathname(), w.location().search()) {
            set_address(&format!("{path}{search}"));
        }
    }
}

/// Offer `content` as a file download, made in the page (a `blob:` URL; nothing is sent).
pub fn download(name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let bag = BlobPropertyBag::new();
    bag.set_type(&format!("{mime};charset=utf-8"));
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(doc) = document() {
        if let Ok(a) = doc.create_element("a") {
            let a: HtmlAnchorElement = a.unchecked_into();
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = Url::revoke_object_url(&url);
}

/// Copy `text` to the clipboard; true when the browser accepted it.
pub async fn copy(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    JsFuture::from(promise).await.is_ok()
}

/// Light or dark on the root element (`data-theme`), which the style sheet reads.
pub fn apply_theme(dark: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", if dark { "dark" } else { "light" });
    }
}

/// Whether the window is wide enough for both panes side by side (the style sheet's breakpoint).
pub fn is_wide() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w > 900.0)
}

/// Whether the system asks for a dark theme.
pub fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The text of an opened or dropped file; HTML is reduced to its text.
pub async fn read_file(file: File) -> Result<String, String> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| format!("could not read {}", file.name()))?
        .as_string()
        .unwrap_or_default();
    let name = claimscan::case::lower_str(&file.name());
    if name.ends_with(".html") || name.ends_with(".htm") || file.type_() == "text/html" {
        html_to_text(&text)
    } else {
        Ok(text)
    }
}

/// The readable text of an HTML document. It is parsed into a separate, inert document
/// (`DOMParser`: no script runs, nothing loads), scripts and styles are removed, block elements
/// end with a blank line, and only `textContent` comes back. Nothing is inserted into the page.
pub fn html_to_text(html: &str) -> Result<String, String> {
    let parser = DomParser::new().map_err(|_| "no DOMParser".to_string())?;
    let doc = parser
        .parse_from_string(html, SupportedType::TextHtml)
        .map_err(|_| "could not parse the HTML".to_string())?;
    let remove = "script, style, noscript, template, iframe, object, svg, head, nav, button, form";
    if let Ok(list) = doc.query_selector_all(remove) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                el.remove();
            }
        }
    }
    let blocks = "p, div, h1, h2, h3, h4, h5, h6, li, blockquote, section, article, header, \
                  footer, tr, pre, figcaption, dd, dt";
    if let Ok(list) = doc.query_selector_all(blocks) {
        for i in 0..list.length() {
            if let Some(node) = list.item(i) {
                let _ = node.append_child(&doc.create_text_node("\n\n"));
            }
        }
    }
    if let Ok(list) = doc.query_selector_all("br") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.replace_with_with_str_1("\n");
            }
        }
    }
    let raw = doc
        .body()
        .and_then(|b| b.text_content())
        .unwrap_or_default();
    Ok(tidy(&raw))
}

/// Trim every line, collapse runs of spaces and keep at most one blank line between paragraphs.
pub fn tidy(raw: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in raw.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(&line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn tidy_keeps_paragraphs_and_drops_extra_space() {
        assert_eq!(
            tidy("  Title \n\n\n\n  One  two.\nThree.\n\n"),
            "Title\n\nOne two.\nThree."
        );
    }
}
