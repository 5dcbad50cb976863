//! The JS API, run by wasm-bindgen-test in Node and in headless Chromium
//! (`scripts/test-wasm.sh`): options and their errors, offsets in every encoding on
//! emoji/CJK/RTL text, empty text, 1 MB of text, and the shape of the report (null, no Maps).

#![cfg(target_arch = "wasm32")]

use claimscan_wasm::{default_options, version, Extractor, JsOptions};
use js_sys::{Array, JsString, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

const MULTILINGUAL: &str = include_str!("../../../tests/corpus/festival-multilingual.txt");
const CORPUS: [&str; 5] = [
    include_str!("../../../tests/corpus/budget-vote.txt"),
    include_str!("../../../tests/corpus/festival-multilingual.txt"),
    include_str!("../../../tests/corpus/harbour-flood.txt"),
    include_str!("../../../tests/corpus/mine-dispute.txt"),
    include_str!("../../../tests/corpus/vaccine-study.txt"),
];

fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn opts(json: &str) -> Option<JsOptions> {
    Some(js(json).unchecked_into())
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn num(v: &JsValue, key: &str) -> usize {
    get(v, key)
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is not a number")) as usize
}

fn items(v: &JsValue, key: &str) -> Vec<JsValue> {
    get(v, key).unchecked_into::<Array>().iter().collect()
}

/// Every `{start, end, text}` span in a report, with a label for messages.
fn spans(report: &JsValue) -> Vec<(String, JsValue)> {
    let mut out = vec![];
    for (i, c) in items(report, "claims").into_iter().enumerate() {
        out.push((format!("claim {i}"), c.clone()));
        for f in items(&c, "fragments") {
            out.push((format!("claim {i} fragment"), f));
        }
        for h in items(&c, "hedges") {
            out.push((format!("claim {i} hedge"), h));
        }
        for key in ["source", "cue", "channel", "condition"] {
            let v = get(&c, key);
            if !v.is_null() {
                out.push((format!("claim {i} {key}"), v));
            }
        }
    }
    for e in items(report, "entities") {
        for m in items(&e, "mentions") {
            out.push(("entity mention".into(), m));
        }
    }
    for h in items(report, "hedges") {
        out.push(("hedge".into(), h));
    }
    out
}

fn error_message(err: JsValue) -> (String, Option<String>) {
    let err: js_sys::Error = err.dyn_into().expect("a JS Error");
    let option = get(&err, "option").as_string();
    (String::from(err.message()), option)
}

fn new_err(options: &str) -> (String, Option<String>) {
    match Extractor::new(opts(options)) {
        Ok(_) => panic!("{options} was accepted"),
        Err(e) => error_message(e),
    }
}

#[wasm_bindgen_test]
fn version_is_the_core_version() {
    assert_eq!(version(), claimscan::VERSION);
}

#[wasm_bindgen_test]
fn default_options_are_complete() {
    let d: JsValue = default_options().unwrap().into();
    assert_eq!(
        JSON::stringify(&d).unwrap(),
        r#"{"positionEncoding":"utf16","checkworthyThreshold":0.5,"authorClaims":true,"minClaimWords":3,"reasons":true}"#
    );
    let ex = Extractor::new(None).unwrap();
    let o: JsValue = ex.options().unwrap().into();
    assert_eq!(JSON::stringify(&o).unwrap(), JSON::stringify(&d).unwrap());
}

#[wasm_bindgen_test]
fn options_are_read() {
    let ex = Extractor::new(opts(
        r#"{"positionEncoding":"utf8","checkworthyThreshold":0.25,"authorClaims":false,"minClaimWords":5}"#,
    ))
    .unwrap();
    let o: JsValue = ex.options().unwrap().into();
    assert_eq!(
        JSON::stringify(&o).unwrap(),
        r#"{"positionEncoding":"utf8","checkworthyThreshold":0.25,"authorClaims":false,"minClaimWords":5,"reasons":true}"#
    );
    // null, an empty object and undefined fields all mean the defaults.
    assert!(Extractor::new(Some(JsValue::NULL.unchecked_into())).is_ok());
    assert!(Extractor::new(opts("{}")).is_ok());
    let o = Object::new();
    Reflect::set(&o, &"minClaimWords".into(), &JsValue::UNDEFINED).unwrap();
    assert!(Extractor::new(Some(JsValue::from(o).unchecked_into())).is_ok());
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_that_name_them() {
    let cases = [
        (r#"{"bogus":1}"#, "bogus"),
        (r#"{"offsets":"utf16"}"#, "offsets"),
        (r#"{"positionEncoding":"utf-16"}"#, "positionEncoding"),
        (r#"{"positionEncoding":16}"#, "positionEncoding"),
        (r#"{"checkworthyThreshold":"high"}"#, "checkworthyThreshold"),
        (r#"{"checkworthyThreshold":2}"#, "checkworthyThreshold"),
        (r#"{"checkworthyThreshold":-0.1}"#, "checkworthyThreshold"),
        (r#"{"authorClaims":"yes"}"#, "authorClaims"),
        (r#"{"reasons":0}"#, "reasons"),
        (r#"{"minClaimWords":1.5}"#, "minClaimWords"),
        (r#"{"minClaimWords":-1}"#, "minClaimWords"),
        (r#"{"minClaimWords":1e30}"#, "minClaimWords"),
        (r#"{"minClaimWords":null}"#, "minClaimWords"),
        (r#""utf16""#, "options"),
        (r#"[1]"#, "options"),
    ];
    for (options, name) in cases {
        let (message, option) = new_err(options);
        assert!(
            message.contains(&format!("`{name}`")),
            "{options}: {message:?} does not name {name}"
        );
        assert_eq!(option.as_deref(), Some(name), "{options}");
    }
    let (message, _) = new_err(r#"{"bogus":1}"#);
    assert!(
        message.contains("positionEncoding"),
        "lists the options: {message}"
    );
}

#[wasm_bindgen_test]
fn report_is_plain_objects_with_nulls() {
    let ex = Extractor::new(None).unwrap();
    let report: JsValue = ex.extract_str(CORPUS[2]).unwrap().into();
    assert_eq!(get(&report, "schema"), "claimscan/1.1");
    assert_eq!(get(&report, "offsets"), "utf16");
    assert!(get(&report, "id").is_null());
    let claims = items(&report, "claims");
    assert!(!claims.is_empty());
    for c in &claims {
        assert_eq!(
            Object::get_prototype_of(c),
            Object::get_prototype_of(&Object::new()),
            "claims are plain objects"
        );
        for key in ["source", "cue", "channel", "condition"] {
            let v = get(c, key);
            assert!(!v.is_undefined(), "{key} is null, not undefined");
        }
    }
    // A report survives JSON unchanged: no Maps, no undefined, no BigInt.
    let json = JSON::stringify(&report).unwrap();
    let again = JSON::stringify(&JSON::parse(&String::from(json.clone())).unwrap()).unwrap();
    assert_eq!(json, again);
    assert!(!String::from(json).contains("undefined"));
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_emoji_cjk_rtl() {
    assert!(
        MULTILINGUAL.contains('🏮') && MULTILINGUAL.contains('林') && MULTILINGUAL.contains('م')
    );
    let ex = Extractor::new(None).unwrap();
    let report: JsValue = ex.extract_str(MULTILINGUAL).unwrap().into();
    let text = JsString::from(MULTILINGUAL);
    let spans = spans(&report);
    assert!(spans.len() >= 3, "too few spans to test: {}", spans.len());
    for (what, s) in spans {
        let (start, end) = (num(&s, "start"), num(&s, "end"));
        assert!(
            start <= end && end <= text.length() as usize,
            "{what}: {start}..{end}"
        );
        let sliced = text.slice(start as u32, end as u32);
        assert_eq!(
            JsValue::from(sliced),
            get(&s, "text"),
            "{what}: text.slice({start}, {end})"
        );
    }
    for s in items(&report, "sentences") {
        assert!(num(&s, "end") <= text.length() as usize);
    }
}

#[wasm_bindgen_test]
fn utf8_and_codepoint_offsets() {
    for (encoding, slice) in [
        (
            "utf8",
            (|t: &str, s, e| t[s..e].to_string()) as fn(&str, usize, usize) -> String,
        ),
        ("codepoint", |t: &str, s, e| {
            t.chars().skip(s).take(e - s).collect()
        }),
    ] {
        let ex = Extractor::new(opts(&format!(r#"{{"positionEncoding":"{encoding}"}}"#))).unwrap();
        let report: JsValue = ex.extract_str(MULTILINGUAL).unwrap().into();
        for (what, s) in spans(&report) {
            let (start, end) = (num(&s, "start"), num(&s, "end"));
            assert_eq!(
                slice(MULTILINGUAL, start, end),
                get(&s, "text").as_string().unwrap(),
                "{encoding} {what}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn empty_text() {
    let ex = Extractor::new(None).unwrap();
    for text in ["", " ", "\n\n", "🙂"] {
        let report: JsValue = ex.extract_str(text).unwrap().into();
        assert_eq!(get(&report, "schema"), "claimscan/1.1", "{text:?}");
        if text.trim().is_empty() {
            assert!(items(&report, "claims").is_empty(), "{text:?}");
            assert!(items(&report, "sentences").is_empty(), "{text:?}");
        }
    }
}

#[wasm_bindgen_test]
fn one_megabyte() {
    let mut text = String::new();
    let mut copies = 0;
    while text.len() < 1 << 20 {
        for article in CORPUS {
            text.push_str(article);
            text.push_str("\n\n");
        }
        copies += 1;
    }
    let ex = Extractor::new(None).unwrap();
    let one: usize = CORPUS
        .iter()
        .map(|t| items(&ex.extract_str(t).unwrap().into(), "claims").len())
        .sum();
    let report: JsValue = ex.extract_str(&text).unwrap().into();
    let claims = items(&report, "claims");
    assert!(
        claims.len() >= one * copies * 9 / 10,
        "{} claims in {copies} copies of a corpus with {one}",
        claims.len()
    );
    let last = claims.last().unwrap();
    let js_text = JsString::from(text.as_str());
    assert_eq!(
        JsValue::from(js_text.slice(num(last, "start") as u32, num(last, "end") as u32)),
        get(last, "text")
    );
}

#[wasm_bindgen_test]
fn non_strings_throw_a_type_error() {
    let ex = Extractor::new(None).unwrap();
    let bytes: JsValue = js_sys::Uint8Array::new_with_length(4).into();
    for (value, what) in [
        (JsValue::from_f64(42.0), "number"),
        (JsValue::UNDEFINED, "undefined"),
        (JsValue::NULL, "null"),
        (js("[\"a\"]"), "an array"),
        (js("{\"text\": \"a\"}"), "object"),
        (bytes, "Uint8Array"),
    ] {
        let err = ex.extract(value).err().expect("throws");
        assert!(
            err.is_instance_of::<js_sys::TypeError>(),
            "{what}: not a TypeError"
        );
        let (message, _) = error_message(err);
        assert!(message.contains("expects a string"), "{what}: {message}");
        assert!(message.contains(what), "{what}: {message}");
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_read_as_replacement_characters_one_for_one() {
    // "Police said 40 <D800>people were hurt, <DFFF> the mayor said." as a JS string.
    let (before, middle, after) = ("Police said 40 ", "people were hurt, ", " the mayor said.");
    let text = JsString::from(before)
        .concat(&JsString::from_char_code1(0xD800))
        .concat(&JsString::from(middle))
        .concat(&JsString::from_char_code1(0xDFFF))
        .concat(&JsString::from(after));
    let clean = format!("{before}\u{FFFD}{middle}\u{FFFD}{after}");
    let ex = Extractor::new(None).unwrap();
    let report: JsValue = ex.extract(text.clone().into()).unwrap().into();
    let expected: JsValue = ex.extract_str(&clean).unwrap().into();
    assert_eq!(
        JSON::stringify(&report).unwrap(),
        JSON::stringify(&expected).unwrap()
    );
    let claims = items(&report, "claims");
    assert!(!claims.is_empty());
    // Offsets index the caller's string: same length in UTF-16.
    assert_eq!(text.length() as usize, clean.encode_utf16().count());
}
