//! (none: an `author` claim) — the writer asserting something now, in the first person, with a
//! verb of saying: "I can tell you the ferry takes 40 minutes", "I can promise you that the
//! lights will stay on", "I will say this: the budget is thin", "I'm here to tell you it works".
//!
//! A present modal ("can", "will", "can't") or "am here to" before the verb, and "you" (the
//! reader) as the one told, make it no report of a speech event: the writer says it in the
//! article itself, like "Let me tell you, …". The sentence stays the writer's
//! (`claim:author:writer-assertion`). A past speech event by the writer ("I told the council
//! last spring that the road was unsafe") is still reported speech, and so is every such
//! phrase inside a quotation (somebody else's "I").

use crate::tokens::Tok;

/// A verb of saying the writer uses to assert to the reader ("I can tell you …").
fn is_assertion_verb(w: &str) -> bool {
    matches!(
        w,
        "tell" | "say" | "promise" | "assure" | "guarantee" | "swear"
    )
}

/// A verb that needs the reader as its object to be the writer's assertion ("I can tell you",
/// not "I can tell the difference").
fn needs_you(w: &str) -> bool {
    matches!(w, "tell" | "promise" | "assure")
}

/// An adverb between the modal and the verb ("I can honestly say", "I can only tell you").
fn is_between_adverb(w: &str) -> bool {
    matches!(
        w,
        "only" | "just" | "also" | "still" | "safely" | "honestly" | "truly"
    ) || w.len() > 4 && w.ends_with("ly")
}

/// The lowercased word with a curly apostrophe made straight ("i’ll" → "i'll").
fn plain(t: &Tok) -> String {
    t.lower.replace('\u{2019}', "'")
}

/// Is the cue at `toks[c]` the writer's own assertion to the reader: "I can tell you (that) …",
/// "I will promise you …", "I can honestly say …", "I can't say …", "I'm here to tell you …",
/// "I'll tell you …"? The subject is "I" (outside any quotation) and the verb is in its plain
/// form after a present modal or "am here to".
pub(crate) fn at(toks: &[Tok], c: usize) -> bool {
    let verb = &toks[c];
    if verb.quoted || !is_assertion_verb(&verb.lower) {
        return false;
    }
    if needs_you(&verb.lower) && !toks.get(c + 1).is_some_and(|t| t.is("you")) {
        return false;
    }
    let mut k = c;
    while k > 0 && is_between_adverb(&toks[k - 1].lower) {
        k -= 1;
    }
    let Some(m) = k.checked_sub(1) else {
        return false;
    };
    let modal = plain(&toks[m]);
    // "I'll tell you …", "I'm here to tell you …" as one token with the subject.
    if modal == "i'll" {
        return true;
    }
    if modal == "to" {
        // "I am here to tell you", "I'm here to say".
        let here = m
            .checked_sub(1)
            .filter(|&h| toks[h].is("here"))
            .and_then(|h| h.checked_sub(1));
        return here.is_some_and(|b| {
            let be = plain(&toks[b]);
            be == "i'm" || be == "am" && b > 0 && toks[b - 1].is("i")
        });
    }
    let present_modal = matches!(
        modal.as_str(),
        "can" | "can't" | "cannot" | "will" | "'ll" | "must"
    );
    present_modal && m > 0 && toks[m - 1].is("i") && !toks[m - 1].quoted
}

/// Does sentence `toks` hold such an assertion (for the writer's claim's reason)?
pub(crate) fn in_sentence(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|c| at(toks, c))
}
