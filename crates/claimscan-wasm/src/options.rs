//! JS options → core [`claimscan::Options`], with an `Error` that names the bad option.
//!
//! Options are read field by field rather than through serde so that every error, including a
//! wrong type, names the option. `positionEncoding` uses the names other hosts know (LSP's
//! `utf-16`/`utf-8` without the dash, and `codepoint`) and maps to the core's offset units.

use claimscan::{OffsetUnit, Options, OptionsError};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::error;

/// The unit of every `start`/`end`, as JS names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PositionEncoding {
    /// UTF-16 code units: JavaScript string indices. The default.
    Utf16,
    /// UTF-8 bytes.
    Utf8,
    /// Unicode code points (Python `str` indices).
    Codepoint,
}

impl PositionEncoding {
    /// Every accepted name, in the order the error message lists them.
    pub const NAMES: [&'static str; 3] = ["utf16", "utf8", "codepoint"];

    /// Parse a JS name.
    pub fn parse(name: &str) -> Option<PositionEncoding> {
        match name {
            "utf16" => Some(PositionEncoding::Utf16),
            "utf8" => Some(PositionEncoding::Utf8),
            "codepoint" => Some(PositionEncoding::Codepoint),
            _ => None,
        }
    }
}

impl From<PositionEncoding> for OffsetUnit {
    fn from(p: PositionEncoding) -> OffsetUnit {
        match p {
            PositionEncoding::Utf16 => OffsetUnit::Utf16,
            PositionEncoding::Utf8 => OffsetUnit::Byte,
            PositionEncoding::Codepoint => OffsetUnit::Char,
        }
    }
}

impl From<OffsetUnit> for PositionEncoding {
    fn from(u: OffsetUnit) -> PositionEncoding {
        match u {
            OffsetUnit::Utf16 => PositionEncoding::Utf16,
            OffsetUnit::Byte => PositionEncoding::Utf8,
            OffsetUnit::Char => PositionEncoding::Codepoint,
        }
    }
}

/// Every option name, as the unknown-option error lists them.
pub const OPTION_NAMES: [&str; 5] = [
    "positionEncoding",
    "checkworthyThreshold",
    "authorClaims",
    "minClaimWords",
    "reasons",
];

/// The JS view of the options (`Required<Options>` in TypeScript).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JsOptionsOut {
    pub position_encoding: PositionEncoding,
    pub checkworthy_threshold: f64,
    pub author_claims: bool,
    pub min_claim_words: usize,
    pub reasons: bool,
}

/// The core defaults with JS's default offset unit, UTF-16.
pub fn defaults() -> Options {
    Options {
        offsets: OffsetUnit::Utf16,
        ..Options::default()
    }
}

/// The JS view of `options`.
pub fn to_js_options(options: &Options) -> JsOptionsOut {
    JsOptionsOut {
        position_encoding: options.offsets.into(),
        checkworthy_threshold: options.checkworthy_threshold,
        author_claims: options.author_claims,
        min_claim_words: options.min_claim_words,
        reasons: options.reasons,
    }
}

/// The message for a bad option, in one format for every option.
pub fn message(option: &str, problem: &str) -> String {
    format!("claimscan: invalid option `{option}`: {problem}")
}

/// A core [`OptionsError`] as a JS `Error`.
pub fn options_error(e: &OptionsError) -> JsValue {
    error(&message(e.option, &e.message), Some(e.option))
}

fn bad(option: &str, problem: &str) -> JsValue {
    error(&message(option, problem), Some(option))
}

/// A short description of a JS value for error messages: `"abc"`, `12`, `true`, `null`, `object`.
fn describe(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        format!("{s:?}")
    } else if let Some(n) = v.as_f64() {
        format!("{n}")
    } else if let Some(b) = v.as_bool() {
        format!("{b}")
    } else if v.is_null() {
        "null".to_string()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

/// Read options from JS. `undefined`/`null` and absent or `undefined` fields take the defaults.
/// The core's own checks (ranges) run later, in [`claimscan::Extractor::new`].
pub fn from_js(value: JsValue) -> Result<Options, JsValue> {
    let mut options = defaults();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(bad(
            "options",
            &format!("must be an object, got {}", describe(&value)),
        ));
    }
    let obj: js_sys::Object = value.unchecked_into();
    let entries = js_sys::Object::entries(&obj);
    for entry in entries.iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        let v = entry.get(1);
        if v.is_undefined() {
            continue;
        }
        match key.as_str() {
            "positionEncoding" => {
                let name = v.as_string().unwrap_or_default();
                let p = PositionEncoding::parse(&name).ok_or_else(|| {
                    bad(
                        "positionEncoding",
                        &format!(
                            "must be one of \"utf16\", \"utf8\", \"codepoint\", got {}",
                            describe(&v)
                        ),
                    )
                })?;
                options.offsets = p.into();
            }
            "checkworthyThreshold" => {
                options.checkworthy_threshold = v.as_f64().ok_or_else(|| {
                    bad(
                        "checkworthyThreshold",
                        &format!("must be a number in [0, 1], got {}", describe(&v)),
                    )
                })?;
            }
            "authorClaims" => {
                options.author_claims = v.as_bool().ok_or_else(|| {
                    bad(
                        "authorClaims",
                        &format!("must be a boolean, got {}", describe(&v)),
                    )
                })?;
            }
            "reasons" => {
                options.reasons = v.as_bool().ok_or_else(|| {
                    bad(
                        "reasons",
                        &format!("must be a boolean, got {}", describe(&v)),
                    )
                })?;
            }
            "minClaimWords" => {
                let n = v.as_f64().filter(|n| n.fract() == 0.0 && *n >= 0.0);
                let n = n.ok_or_else(|| {
                    bad(
                        "minClaimWords",
                        &format!("must be a non-negative integer, got {}", describe(&v)),
                    )
                })?;
                // Saturating: anything huge is rejected by the core's range check.
                options.min_claim_words = if n > usize::MAX as f64 {
                    usize::MAX
                } else {
                    n as usize
                };
            }
            other => {
                return Err(bad(
                    other,
                    &format!(
                        "unknown option; expected one of {}",
                        OPTION_NAMES.join(", ")
                    ),
                ));
            }
        }
    }
    Ok(options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_encoding_round_trips() {
        for name in PositionEncoding::NAMES {
            let p = PositionEncoding::parse(name).unwrap();
            assert_eq!(PositionEncoding::from(OffsetUnit::from(p)), p);
        }
        assert_eq!(PositionEncoding::parse("utf-16"), None);
    }

    #[test]
    fn defaults_are_utf16_and_valid() {
        assert_eq!(defaults().offsets, OffsetUnit::Utf16);
        assert!(defaults().validate().is_ok());
        assert_eq!(
            to_js_options(&defaults()).position_encoding,
            PositionEncoding::Utf16
        );
    }
}
