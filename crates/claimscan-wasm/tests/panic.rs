//! A panic inside the module surfaces as a readable JS `Error`, and the module refuses later
//! calls. In its own test binary because it leaves the module unusable.

#![cfg(target_arch = "wasm32")]

use claimscan_wasm::{panic, Extractor};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn panic_becomes_an_error() {
    panic::install();
    let boom = Closure::<dyn Fn()>::new(|| panic!("boom at the test's request"));
    let f: &js_sys::Function = boom.as_ref().unchecked_ref();
    let err = f
        .call0(&wasm_bindgen::JsValue::NULL)
        .expect_err("the panic throws");
    let err: js_sys::Error = err.dyn_into().expect("a JS Error");
    let message = String::from(err.message());
    assert!(message.contains("claimscan panicked"), "{message}");
    assert!(message.contains("boom at the test's request"), "{message}");
    let later = Extractor::new(None).err().expect("later calls throw");
    let later: js_sys::Error = later.dyn_into().unwrap();
    assert!(String::from(later.message()).contains("earlier panic"));
}
