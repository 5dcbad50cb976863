//! Negation: "not", "n't", "never", "no" before a word ("no one", "no longer" too), "none",
//! "nobody", "nothing", "neither", "nor", "cannot".

use crate::tokens::Tok;

/// Negation at `t`.
pub(super) fn negation_at(t: &Tok, next: Option<&Tok>) -> bool {
    match t.lower.as_str() {
        "not" | "never" | "none" | "nobody" | "nothing" | "neither" | "nor" | "cannot" => true,
        // ("no doubt" asserts; "no longer" denies what held before: "crews no longer use it".)
        "no" => next.is_some_and(|n| n.is_word() && !n.is("doubt")),
        w => w.ends_with("n't"),
    }
}

/// The cue at `toks[i]` is negated by the word or two just before it ("not likely", "does not
/// expect", "never thought").
pub(super) fn negates_cue(toks: &[Tok], i: usize) -> bool {
    toks[..i]
        .iter()
        .rev()
        .take(2)
        .take_while(|t| t.is_word())
        .any(|t| matches!(t.lower.as_str(), "not" | "never") || t.lower.ends_with("n't"))
}
