//! Panics surface as readable JS `Error`s.
//!
//! The release build aborts on panic, which in WASM is a bare `RuntimeError: unreachable`. The
//! hook installed here logs the panic to the console and then throws a JS `Error` carrying the
//! panic message, which unwinds through the WASM frames to the caller. The module is not
//! trustworthy after a panic, so every later call throws an `Error` saying so ([`check`]).

use std::sync::OnceLock;

use wasm_bindgen::JsValue;

static PANICKED: OnceLock<String> = OnceLock::new();

/// The message thrown for a panic.
pub fn panic_message(info: &std::panic::PanicHookInfo<'_>) -> String {
    format!("claimscan panicked (this is a bug; please report it with the input): {info}")
}

/// Install the hook once per module instance, on the first `new Extractor()` (not at
/// instantiation, which would need a `start` export).
pub fn install_once() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    // After a panic thrown to JS the thread still counts as panicking, and `set_hook` would
    // panic again: the hook is in place then anyway.
    if !std::thread::panicking() {
        ONCE.call_once(install);
    }
}

/// Install the hook (replacing any other).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = panic_message(info);
        console_error_panic_hook::hook(info);
        let _ = PANICKED.set(message.clone());
        wasm_bindgen::throw_str(&message);
    }));
}

/// `Err` with an explanatory `Error` once a panic has happened in this module instance.
pub fn check() -> Result<(), JsValue> {
    match PANICKED.get() {
        None => Ok(()),
        Some(first) => Err(crate::error(
            &format!("claimscan cannot be used after an earlier panic; load the module again. The panic was: {first}"),
            None,
        )),
    }
}
