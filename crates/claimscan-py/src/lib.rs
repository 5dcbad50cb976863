//! claimscan for Python: the native module `claimscan._claimscan` behind the `claimscan` package.
//!
//! ```python
//! import claimscan
//! ex = claimscan.Extractor(checkworthy_threshold=0.6)
//! for c in ex.extract(text)["claims"]:
//!     print(c["source"] and c["source"]["text"], text[c["start"]:c["end"]])
//! ```
//!
//! - [`Extractor`] is built once from keyword options ([`parse_options`]) and called many times.
//! - Reports are report format v1 as plain `dict`s/`list`s (pythonize over the core's serde
//!   types), with offsets in code points by default so that `text[start:end]` works.
//! - Every bad option is a `ValueError` naming the option in its Python spelling.
//! - [`Extractor::extract_batch`] releases the GIL for the whole batch; the core stays
//!   single-threaded inside the binding (Spark and Ray already run one worker per core).
//! - A `str` with lone surrogates (`"\ud800"`) is read with each lone surrogate replaced by
//!   U+FFFD: one code point for one, so every offset still indexes the caller's string ([`text_of`]).

use std::borrow::Cow;

use claimscan::{OffsetUnit, Options, Report};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyString};

/// Every option, in its Python spelling, as the unknown-option error lists them.
const OPTION_NAMES: [&str; 5] = [
    "offsets",
    "checkworthy_threshold",
    "author_claims",
    "min_claim_words",
    "reasons",
];

/// The message for a bad option, in one format for every option.
fn option_error(option: &str, problem: &str) -> PyErr {
    PyValueError::new_err(format!("claimscan: invalid option `{option}`: {problem}"))
}

/// The core names options as JavaScript does (`checkworthyThreshold`); Python spells them in
/// snake case.
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for ch in name.chars() {
        if ch.is_ascii_uppercase() {
            out.push('_');
            out.push(ch.to_ascii_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

/// `repr(value)`, cut short for error messages.
fn describe(value: &Bound<'_, PyAny>) -> String {
    let repr = value
        .repr()
        .map(|r| r.to_string())
        .unwrap_or_else(|_| "?".into());
    if repr.chars().count() > 60 {
        format!("{}…", repr.chars().take(60).collect::<String>())
    } else {
        repr
    }
}

fn parse_unit(name: &str) -> Option<OffsetUnit> {
    match name {
        "char" => Some(OffsetUnit::Char),
        "utf16" => Some(OffsetUnit::Utf16),
        "byte" => Some(OffsetUnit::Byte),
        _ => None,
    }
}

/// Keyword options → core [`Options`]. Types are checked here so that every error names the
/// option; ranges are checked by the core ([`claimscan::Extractor::new`]).
pub fn parse_options(options: Option<&Bound<'_, PyDict>>) -> PyResult<Options> {
    let mut out = Options::default();
    let Some(options) = options else {
        return Ok(out);
    };
    for (key, value) in options.iter() {
        let key: String = key.extract()?;
        let is_number = (value.is_instance_of::<PyFloat>() || value.is_instance_of::<PyInt>())
            && !value.is_instance_of::<PyBool>();
        match key.as_str() {
            "offsets" => {
                let unit = value.extract::<String>().ok().and_then(|s| parse_unit(&s));
                out.offsets = unit.ok_or_else(|| {
                    option_error(
                        "offsets",
                        &format!(
                            "must be one of 'char', 'utf16', 'byte', got {}",
                            describe(&value)
                        ),
                    )
                })?;
            }
            "checkworthy_threshold" => {
                if !is_number {
                    return Err(option_error(
                        "checkworthy_threshold",
                        &format!("must be a number in [0, 1], got {}", describe(&value)),
                    ));
                }
                out.checkworthy_threshold = value.extract::<f64>()?;
            }
            "author_claims" => {
                if !value.is_instance_of::<PyBool>() {
                    return Err(option_error(
                        "author_claims",
                        &format!("must be True or False, got {}", describe(&value)),
                    ));
                }
                out.author_claims = value.is_truthy()?;
            }
            "reasons" => {
                if !value.is_instance_of::<PyBool>() {
                    return Err(option_error(
                        "reasons",
                        &format!("must be True or False, got {}", describe(&value)),
                    ));
                }
                out.reasons = value.is_truthy()?;
            }
            "min_claim_words" => {
                let n = if value.is_instance_of::<PyInt>() && !value.is_instance_of::<PyBool>() {
                    value.extract::<u64>().ok()
                } else {
                    None
                };
                let n = n.ok_or_else(|| {
                    option_error(
                        "min_claim_words",
                        &format!("must be a non-negative integer, got {}", describe(&value)),
                    )
                })?;
                out.min_claim_words = usize::try_from(n).unwrap_or(usize::MAX);
            }
            other => {
                return Err(option_error(
                    other,
                    &format!(
                        "unknown option; expected one of {}",
                        OPTION_NAMES.join(", ")
                    ),
                ));
            }
        }
    }
    Ok(out)
}

/// The text of a `str`. Lone surrogates, which UTF-8 cannot hold, are each replaced by U+FFFD
/// (one code point for one, so code-point offsets still index the caller's string). Anything
/// but a `str` is a `TypeError`.
pub fn text_of<'a>(text: &'a Bound<'_, PyAny>, what: &str) -> PyResult<Cow<'a, str>> {
    if !text.is_instance_of::<PyString>() {
        let ty = text
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "?".into());
        return Err(PyTypeError::new_err(format!(
            "claimscan: {what} expects a str, got {ty}"
        )));
    }
    if let Ok(s) = text.extract::<String>() {
        return Ok(Cow::Owned(s));
    }
    // Only lone surrogates make the UTF-8 encoding fail. UTF-32 with `surrogatepass` gives one
    // unit per code point, surrogates included.
    let units = text.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let units = units.cast_into::<PyBytes>()?;
    let s = units
        .as_bytes()
        .chunks_exact(4)
        .map(|u| {
            char::from_u32(u32::from_le_bytes([u[0], u[1], u[2], u[3]]))
                .unwrap_or(char::REPLACEMENT_CHARACTER)
        })
        .collect();
    Ok(Cow::Owned(s))
}

fn options_dict<'py>(py: Python<'py>, options: &Options) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("offsets", options.offsets.as_str())?;
    d.set_item("checkworthy_threshold", options.checkworthy_threshold)?;
    d.set_item("author_claims", options.author_claims)?;
    d.set_item("min_claim_words", options.min_claim_words)?;
    d.set_item("reasons", options.reasons)?;
    Ok(d)
}

fn to_py<'py>(py: Python<'py>, report: &Report) -> PyResult<Bound<'py, PyAny>> {
    Ok(pythonize::pythonize(py, report)?)
}

/// The claim extractor: build once, call `extract` or `extract_batch` many times.
#[pyclass(frozen, module = "claimscan")]
pub struct Extractor {
    inner: claimscan::Extractor,
}

#[pymethods]
impl Extractor {
    /// `Extractor(offsets="char", checkworthy_threshold=0.5, author_claims=True, min_claim_words=3,
    /// reasons=True)`.
    #[new]
    #[pyo3(signature = (**options))]
    fn new(options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let options = parse_options(options)?;
        let inner = claimscan::Extractor::new(options)
            .map_err(|e| option_error(&snake_case(e.option), &e.message))?;
        Ok(Extractor { inner })
    }

    /// The report (format v1) for one text, as a dict. `id` is echoed in the report.
    #[pyo3(signature = (text, id = None))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        id: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let text = text_of(text, "extract()")?;
        let mut report = py.detach(|| self.inner.extract(&text));
        report.id = id;
        to_py(py, &report)
    }

    /// The reports for many texts, in order, extracted with the GIL released.
    #[pyo3(signature = (texts, ids = None))]
    fn extract_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ids: Option<Vec<Option<String>>>,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "claimscan: extract_batch() expects an iterable of str, got one str (use extract())",
            ));
        }
        let mut owned = Vec::new();
        for item in texts.try_iter()? {
            owned.push(text_of(&item?, "extract_batch()")?.into_owned());
        }
        if let Some(ids) = &ids {
            if ids.len() != owned.len() {
                return Err(PyValueError::new_err(format!(
                    "claimscan: extract_batch() got {} texts but {} ids",
                    owned.len(),
                    ids.len()
                )));
            }
        }
        let inner = &self.inner;
        let reports: Vec<Report> =
            py.detach(|| owned.iter().map(|text| inner.extract(text)).collect());
        let mut ids = ids.map(Vec::into_iter);
        reports
            .into_iter()
            .map(|mut report| {
                report.id = ids.as_mut().and_then(|i| i.next()).flatten();
                to_py(py, &report)
            })
            .collect()
    }

    /// The options this extractor uses, every one filled in.
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        options_dict(py, self.inner.options())
    }

    fn __repr__(&self) -> String {
        let o = self.inner.options();
        format!(
            "claimscan.Extractor(offsets={:?}, checkworthy_threshold={}, author_claims={}, min_claim_words={}, reasons={})",
            o.offsets.as_str(),
            o.checkworthy_threshold,
            if o.author_claims { "True" } else { "False" },
            o.min_claim_words,
            if o.reasons { "True" } else { "False" }
        )
    }
}

/// The version of claimscan (the Rust core's, which is also the wheel's).
#[pyfunction]
fn version() -> &'static str {
    claimscan::VERSION
}

/// Every option with its default value.
#[pyfunction]
fn default_options(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    options_dict(py, &Options::default())
}

/// A claim's `reasons` in words a journalist can read (the sentences of the page's "Why?" and
/// the CLI's text format): one sentence per reason, the `score:` lines summarised in one.
#[pyfunction]
fn explain(reasons: Vec<String>) -> Vec<String> {
    claimscan::explain::readable(&reasons)
}

/// The native module; the `claimscan` package re-exports it.
#[pymodule]
fn _claimscan(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(default_options, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add("__version__", claimscan::VERSION)?;
    Ok(())
}
