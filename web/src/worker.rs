//! Extraction off the main thread. The page's own wasm module runs in a module Web Worker
//! (`worker.js` imports it; [`in_worker`] tells `main` where it is), so typing never waits for
//! the extractor.
//!
//! Protocol: the worker says `"ready"` once; the page sends `[id, text]`; the worker answers with
//! `[id, "head", bytes]` (an [`analysis::Payload`](crate::analysis::Payload) whose report has no
//! claims yet), then `[id, "claims", bytes]` for each batch of claims, then `[id, "end", ms]`; or
//! `["error", message]`. The bytes are a `Uint8Array` in the [`crate::wire`] format. Each message is read in its own task on the page, so reading a long
//! report never blocks the page for long. The page keeps at most one request in flight and only
//! the newest text waiting behind it, and skips every message that is not for the newest text:
//! stale results are dropped unread.

use std::cell::RefCell;
use std::rc::Rc;

use claimscan::{Claim, Extractor, OffsetUnit, Options};
use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::analysis::{compute, Analysis, Payload};
use crate::wire;

/// Claims per message.
const BATCH: usize = 100;

/// The error shown when an answer cannot be read (it never should: both ends are this module).
const UNREADABLE: &str = "the page could not read the extractor's answer";

/// True when this module runs inside a dedicated worker.
pub fn in_worker() -> bool {
    js_sys::global()
        .dyn_into::<DedicatedWorkerGlobalScope>()
        .is_ok()
}

fn post(scope: &DedicatedWorkerGlobalScope, id: &JsValue, kind: &str, body: JsValue) {
    let _ = scope.post_message(&js_sys::Array::of3(id, &kind.into(), &body));
}

/// The worker side: build the extractor once, then answer every request.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let extractor = match Extractor::new(Options {
        offsets: OffsetUnit::Byte,
        ..Options::default()
    }) {
        Ok(e) => e,
        Err(e) => {
            let msg = js_sys::Array::of2(&"error".into(), &e.to_string().into());
            let _ = scope.post_message(&msg);
            return;
        }
    };
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let request: js_sys::Array = event.data().unchecked_into();
        let id = request.get(0);
        let text = request.get(1).as_string().unwrap_or_default();
        let started = js_sys::Date::now();
        let mut payload = compute(&extractor, &text);
        let claims = std::mem::take(&mut payload.report.claims);
        let bytes = |b: Vec<u8>| JsValue::from(js_sys::Uint8Array::from(&b[..]));
        post(&reply, &id, "head", bytes(wire::to_bytes(&payload)));
        for batch in claims.chunks(BATCH) {
            post(&reply, &id, "claims", bytes(wire::slice_to_bytes(batch)));
        }
        post(&reply, &id, "end", (js_sys::Date::now() - started).into());
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&"ready".into());
}

/// The result the page gets for the newest text.
pub type Outcome = Result<Rc<Analysis>, String>;

#[derive(Default)]
struct Queue {
    ready: bool,
    /// The request being worked on.
    busy: Option<(u32, Rc<str>)>,
    /// The newest text, waiting for the worker.
    next: Option<(u32, Rc<str>)>,
    last_id: u32,
    /// The answer read so far for the busy request, and the milliseconds spent reading it.
    partial: Option<(Payload, f64)>,
}

/// The page's handle on the worker.
pub struct Bridge {
    worker: Worker,
    queue: Rc<RefCell<Queue>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

/// One message of an answer, after the id.
enum Part {
    Head(Vec<u8>),
    Claims(Vec<u8>),
    /// The worker's milliseconds for the whole answer.
    End(f64),
}

impl Part {
    fn from_js(kind: &str, body: &JsValue) -> Option<Part> {
        match kind {
            "head" => Some(Part::Head(body.dyn_ref::<js_sys::Uint8Array>()?.to_vec())),
            "claims" => Some(Part::Claims(body.dyn_ref::<js_sys::Uint8Array>()?.to_vec())),
            "end" => Some(Part::End(body.as_f64().unwrap_or(0.0))),
            _ => None,
        }
    }
}

/// Read one message of an answer for request `id` into `queue`; the finished analysis when it
/// was the last message of an answer for the newest text. Answers for older texts are skipped
/// unread. `now` is a clock in milliseconds.
fn read(
    queue: &mut Queue,
    id: u32,
    part: Part,
    now: &dyn Fn() -> f64,
) -> Option<Result<Analysis, String>> {
    let wanted = queue.busy.as_ref().is_some_and(|(b, _)| *b == id) && queue.last_id == id;
    let started = now();
    match part {
        Part::End(worker_ms) => {
            let (_, text) = queue.busy.take()?;
            let (payload, read_ms) = queue.partial.take()?;
            if !wanted {
                return None;
            }
            let mut analysis = Analysis::from_payload(text, payload);
            analysis.timing = (worker_ms, read_ms + now() - started);
            return Some(Ok(analysis));
        }
        _ if !wanted => return None,
        Part::Head(bytes) => match wire::from_bytes::<Payload>(&bytes) {
            Some(payload) => queue.partial = Some((payload, 0.0)),
            None => return Some(Err(UNREADABLE.to_string())),
        },
        Part::Claims(bytes) => match wire::from_bytes::<Vec<Claim>>(&bytes) {
            Some(claims) => {
                if let Some((payload, _)) = queue.partial.as_mut() {
                    payload.report.claims.extend(claims);
                }
            }
            None => return Some(Err(UNREADABLE.to_string())),
        },
    }
    if let Some((_, ms)) = queue.partial.as_mut() {
        *ms += now() - started;
    }
    None
}

impl Bridge {
    /// Start the worker; `on_result` gets the analysis of each newest text.
    pub fn start(on_result: Callback<Outcome>) -> Result<Bridge, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker =
            Worker::new_with_options("./worker.js", &options).map_err(|e| format!("{e:?}"))?;
        let queue: Rc<RefCell<Queue>> = Rc::default();
        let on_message = {
            let queue = queue.clone();
            let worker = worker.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                if data.as_string().as_deref() == Some("ready") {
                    queue.borrow_mut().ready = true;
                    pump(&worker, &queue);
                    return;
                }
                let answer: js_sys::Array = data.unchecked_into();
                let head = answer.get(0);
                if head.as_string().as_deref() == Some("error") {
                    on_result.emit(Err(answer.get(1).as_string().unwrap_or_default()));
                    return;
                }
                let id = head.as_f64().unwrap_or(-1.0) as u32;
                let kind = answer.get(1).as_string().unwrap_or_default();
                let done = Part::from_js(&kind, &answer.get(2))
                    .and_then(|part| read(&mut queue.borrow_mut(), id, part, &js_sys::Date::now));
                if let Some(outcome) = done {
                    // Showing it is a task of its own, after this reading one.
                    let on_result = on_result.clone();
                    Timeout::new(0, move || on_result.emit(outcome.map(Rc::new))).forget();
                }
                if kind == "end" {
                    pump(&worker, &queue);
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Ok(Bridge {
            worker,
            queue,
            _on_message: on_message,
        })
    }

    /// Analyse `text`; any older request still waiting is replaced.
    pub fn request(&self, text: Rc<str>) {
        {
            let mut q = self.queue.borrow_mut();
            q.last_id = q.last_id.wrapping_add(1);
            q.next = Some((q.last_id, text));
        }
        pump(&self.worker, &self.queue);
    }
}

impl Drop for Bridge {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// Send the waiting text when the worker is ready and idle.
fn pump(worker: &Worker, queue: &Rc<RefCell<Queue>>) {
    let mut q = queue.borrow_mut();
    if !q.ready || q.busy.is_some() {
        return;
    }
    if let Some((id, text)) = q.next.take() {
        let message = js_sys::Array::of2(&JsValue::from(id), &JsValue::from_str(&text));
        if worker.post_message(&message).is_ok() {
            q.busy = Some((id, text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::extractor;

    /// The messages the worker sends for `text`, as `read` gets them.
    fn answer(text: &str) -> Vec<Part> {
        let mut payload = compute(&extractor(), text);
        let claims = std::mem::take(&mut payload.report.claims);
        let mut parts = vec![Part::Head(wire::to_bytes(&payload))];
        for batch in claims.chunks(2) {
            parts.push(Part::Claims(wire::slice_to_bytes(batch)));
        }
        parts.push(Part::End(5.0));
        parts
    }

    fn clock() -> f64 {
        0.0
    }

    const TEXT: &str = "The mayor said the bridge will reopen in May. Officials said it may cost \
                        3 million euros. “We are ready,” she said. Analysts say it is late.";

    #[test]
    fn the_answer_for_the_newest_text_is_read_in_parts() {
        let mut q = Queue {
            ready: true,
            busy: Some((1, Rc::from(TEXT))),
            last_id: 1,
            ..Queue::default()
        };
        let parts = answer(TEXT);
        let n = parts.len();
        let mut done = None;
        for (i, part) in parts.into_iter().enumerate() {
            done = read(&mut q, 1, part, &clock);
            assert_eq!(done.is_some(), i == n - 1);
        }
        let analysis = done.unwrap().unwrap();
        assert_eq!(analysis.report, extractor().extract(TEXT));
        assert!(q.busy.is_none() && q.partial.is_none());
    }

    #[test]
    fn an_answer_for_an_older_text_is_dropped_unread() {
        // Request 1 is in flight; the user typed on, so request 2 waits behind it.
        let mut q = Queue {
            ready: true,
            busy: Some((1, Rc::from(TEXT))),
            next: Some((2, Rc::from("newer"))),
            last_id: 2,
            partial: None,
        };
        for part in answer(TEXT) {
            assert!(read(&mut q, 1, part, &clock).is_none());
            assert!(q.partial.is_none(), "a stale answer is never parsed");
        }
        assert!(q.busy.is_none(), "the worker is free for the newest text");
        assert_eq!(q.next.as_ref().map(|(id, _)| *id), Some(2));
    }
}
