//! Export, copy and share. Everything is made in the page: downloads are `blob:` URLs, copies go
//! to the clipboard, and a share link holds the text in its fragment. Nothing is sent anywhere.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::Analysis;
use crate::dom;
use crate::export::FORMATS;

#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    pub analysis: Rc<Analysis>,
    /// The claims shown, in order: what CSV, Markdown and JSON-LD hold.
    pub shown: Rc<Vec<usize>>,
    pub text: Rc<str>,
}

/// Share links longer than this (in characters of the encoded link) are refused: many mail and
/// chat apps cut long links.
pub const SHARE_LIMIT: usize = 16_000;

#[derive(Clone, PartialEq)]
enum Share {
    None,
    Link(String),
    TooLong(usize),
}

#[component]
pub fn ExportPanel(props: &ExportPanelProps) -> Html {
    let status = use_state_eq(String::new);
    let share = use_state_eq(|| Share::None);

    let rows = FORMATS.iter().map(|&format| {
        let download = {
            let analysis = props.analysis.clone();
            let shown = props.shown.clone();
            let status = status.clone();
            Callback::from(move |_: MouseEvent| {
                let content = format.render(&analysis.report, &shown);
                dom::download(format.file_name(), format.mime(), &content);
                status.set(format!("Downloaded {}.", format.file_name()));
            })
        };
        let copy = {
            let analysis = props.analysis.clone();
            let shown = props.shown.clone();
            let status = status.clone();
            Callback::from(move |_: MouseEvent| {
                let content = format.render(&analysis.report, &shown);
                let status = status.clone();
                yew::platform::spawn_local(async move {
                    let ok = dom::copy(content).await;
                    status.set(if ok {
                        format!("Copied the {} to the clipboard.", format.label())
                    } else {
                        "The browser did not allow copying; use the download instead.".to_string()
                    });
                });
            })
        };
        html! {
            <li class="export-row">
                <span class="export-label">{ format.label() }</span>
                <button type="button" data-testid={format!("export-{}", format.key())} onclick={download}
                    aria-label={format!("Download the {}", format.label())}>
                    { "Download" }
                </button>
                <button type="button" data-testid={format!("copy-{}", format.key())} onclick={copy}
                    aria-label={format!("Copy the {}", format.label())}>
                    { "Copy" }
                </button>
            </li>
        }
    });

    let make_link = {
        let text = props.text.clone();
        let share = share.clone();
        Callback::from(move |_: MouseEvent| match dom::share_link(&text) {
            Some(link) if link.len() <= SHARE_LIMIT => {
                dom::set_address(&link);
                share.set(Share::Link(link));
            }
            Some(link) => share.set(Share::TooLong(link.len())),
            None => {}
        })
    };
    let copy_link = {
        let share = share.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            if let Share::Link(link) = &*share {
                let link = link.clone();
                let status = status.clone();
                yew::platform::spawn_local(async move {
                    if dom::copy(link).await {
                        status.set("Copied the share link.".to_string());
                    }
                });
            }
        })
    };
    let share_body = match &*share {
        Share::None => html! {},
        Share::TooLong(n) => html! {
            <p class="warning" role="alert">
                { format!("This text is too long for a link ({} KB; the limit is {} KB). \
                           Download the JSON report or share the text itself instead.",
                          n / 1000, SHARE_LIMIT / 1000) }
            </p>
        },
        Share::Link(link) => html! {
            <>
                <p class="warning">
                    { "The link holds the whole text, after the #. Browsers do not send that part \
                       to any server, but anyone who gets the link can read the text, and it stays \
                       in browser history." }
                </p>
                <div class="share-row">
                    <input type="text" readonly=true value={link.clone()} aria-label="Share link" data-testid="share-link" />
                    <button type="button" onclick={copy_link}>{ "Copy link" }</button>
                </div>
            </>
        },
    };

    html! {
        <details class="export">
            <summary data-testid="export-toggle">{ "Export, copy and share" }</summary>
            <p class="hint">
                { format!("CSV, Markdown and ClaimReview hold the {} claims shown; the JSON report holds all of them.",
                          props.shown.len()) }
            </p>
            <ul class="export-list">{ for rows }</ul>
            <div class="share">
                <button type="button" data-testid="share" onclick={make_link}>{ "Make a share link" }</button>
                { share_body }
            </div>
            <p class="status" role="status">{ (*status).clone() }</p>
        </details>
    }
}
