//! claimscan for JavaScript: a thin adapter over the [`claimscan`] core for browsers and Node.
//!
//! ```js
//! import init, { Extractor } from "claimscan";
//! await init();
//! const ex = new Extractor({ positionEncoding: "utf16" });
//! for (const c of ex.extract(text).claims) console.log(text.slice(c.start, c.end));
//! ```
//!
//! - [`Extractor`] is built once from options ([`options`] validates them) and called many times.
//! - Reports are report format v1 as plain objects, with `null` for absent values: written as one
//!   [`tape`] that a JS function (`js/decode.js`) makes into objects in one call. Options are
//!   written by one shared serde-wasm-bindgen [`Serializer`] with the same settings.
//! - Every error is a JS `Error` made by [`error`]; a panic becomes a readable `Error` too
//!   ([`mod@panic`]).
//! - The TypeScript declarations live in `src/types.d.ts` and are emitted into the `.d.ts`.

pub mod options;
pub mod panic;
pub mod tape;

use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::prelude::*;

pub use options::PositionEncoding;

/// The one serializer: `null` for `None`, plain objects (never `Map`s).
const SERIALIZER: Serializer = Serializer::new()
    .serialize_missing_as_null(true)
    .serialize_maps_as_objects(true);

#[wasm_bindgen(module = "/js/decode.js")]
extern "C" {
    /// The objects of a [`tape`] (a view of the module's memory, read before it returns).
    #[wasm_bindgen(js_name = decodeTape)]
    fn decode_tape(tape: &[u8]) -> JsValue;
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("types.d.ts");

#[wasm_bindgen]
extern "C" {
    /// A report (TypeScript `Report`).
    #[wasm_bindgen(typescript_type = "Report")]
    pub type JsReport;
    /// Options (TypeScript `Options`).
    #[wasm_bindgen(typescript_type = "Options")]
    pub type JsOptions;
    /// Every option with its default (TypeScript `Required<Options>`).
    #[wasm_bindgen(typescript_type = "Required<Options>")]
    pub type JsDefaultOptions;
}

/// A JS `Error` with `message`. `option`, when given, is also set as the error's `option`
/// property so callers can tell which option was bad without parsing the message.
pub fn error(message: &str, option: Option<&str>) -> JsValue {
    let err = js_sys::Error::new(message);
    if let Some(option) = option {
        // Setting a property on a fresh Error cannot fail.
        let _ = js_sys::Reflect::set(&err, &"option".into(), &option.into());
    }
    err.into()
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&SERIALIZER)
        .map_err(|e| error(&format!("claimscan: cannot convert the report: {e}"), None))
}

/// The claim extractor: build once, call [`Extractor::extract`] many times.
#[wasm_bindgen]
pub struct Extractor {
    inner: claimscan::Extractor,
}

#[wasm_bindgen]
impl Extractor {
    /// Compile the extractor. Throws an `Error` naming the option when an option is bad.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Option<JsOptions>) -> Result<Extractor, JsValue> {
        panic::install_once();
        panic::check()?;
        let options = options::from_js(options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED))?;
        let inner = claimscan::Extractor::new(options).map_err(|e| options::options_error(&e))?;
        Ok(Extractor { inner })
    }

    /// Find every claim in `text`. The report's offsets are in the unit chosen by
    /// `positionEncoding` (UTF-16 code units by default). Anything but a string throws a
    /// `TypeError`; lone surrogates are read as U+FFFD, one code unit for one ([`text_of`]).
    pub fn extract(&self, text: JsValue) -> Result<JsReport, JsValue> {
        self.extract_str(&text_of(&text)?)
    }

    /// The options this extractor uses, every field filled in.
    pub fn options(&self) -> Result<JsDefaultOptions, JsValue> {
        Ok(to_js(&options::to_js_options(self.inner.options()))?.unchecked_into())
    }
}

impl Extractor {
    /// [`Extractor::extract`] for a Rust string.
    pub fn extract_str(&self, text: &str) -> Result<JsReport, JsValue> {
        panic::check()?;
        let tape = tape::write(&self.inner.extract(text))
            .map_err(|e| error(&format!("claimscan: cannot convert the report: {e}"), None))?;
        Ok(decode_tape(&tape).unchecked_into())
    }
}

/// The text of a JS string, or a `TypeError` that says a string is expected.
///
/// Lone surrogates, which UTF-8 cannot hold, arrive as U+FFFD: the browser's `TextEncoder`
/// replaces each one, one UTF-16 code unit for one, so every offset in the report still indexes
/// the caller's string (only the `text` of a span over one shows U+FFFD where the input has the
/// lone surrogate).
pub fn text_of(text: &JsValue) -> Result<String, JsValue> {
    text.as_string().ok_or_else(|| {
        let what = if text.is_null() {
            "null".to_string()
        } else if js_sys::Array::is_array(text) {
            "an array".to_string()
        } else if text.is_instance_of::<js_sys::Uint8Array>() {
            "a Uint8Array or Buffer (decode it first, e.g. with TextDecoder)".to_string()
        } else {
            text.js_typeof().as_string().unwrap_or_default()
        };
        js_sys::TypeError::new(&format!(
            "claimscan: extract() expects a string, got {what}"
        ))
        .into()
    })
}

/// The version of claimscan, as in Cargo.toml and package.json.
#[wasm_bindgen]
pub fn version() -> String {
    claimscan::VERSION.to_string()
}

/// Every option with its default value.
#[wasm_bindgen(js_name = defaultOptions)]
pub fn default_options() -> Result<JsDefaultOptions, JsValue> {
    Ok(to_js(&options::to_js_options(&options::defaults()))?.unchecked_into())
}
