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
//!
//! The writer's verdict on what somebody may say is the writer's too: "The mayor can fairly
//! claim that crime fell", "Ortiz could rightly say the bridge came in on budget", "She cannot
//! credibly argue that fares stayed flat". A modal of ability and an adverb that judges the
//! saying ("fairly", "rightly", "credibly") make the verb no report of a speech event: nobody
//! said the sentence, the writer rules on what the person is entitled to say
//! (`claim:author:writer-verdict`).

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

/// A verb of claiming that a writer's verdict rules on ("can fairly claim", "could rightly
/// say", "can reasonably argue").
fn is_verdict_verb(w: &str) -> bool {
    matches!(
        w,
        "claim" | "say" | "argue" | "boast" | "assert" | "contend" | "point" | "take"
    )
}

/// An adverb that judges whether a saying is warranted: "fairly", "rightly", "credibly".
fn is_verdict_adverb(w: &str) -> bool {
    matches!(
        w,
        "fairly"
            | "rightly"
            | "rightfully"
            | "justly"
            | "justifiably"
            | "legitimately"
            | "reasonably"
            | "credibly"
            | "accurately"
            | "truthfully"
            | "plausibly"
            | "correctly"
    )
}

/// Is the cue at `toks[c]` under the writer's verdict on what its subject may say: a modal of
/// ability, an optional "not", and an adverb that judges the saying before it ("Lee can fairly
/// claim that taxes fell", "He cannot credibly say the plan worked")? Outside quotation marks
/// only.
pub(crate) fn verdict_at(toks: &[Tok], c: usize) -> bool {
    let verb = &toks[c];
    if verb.quoted || !is_verdict_verb(&verb.lower) {
        return false;
    }
    let Some(adverb) = c.checked_sub(1) else {
        return false;
    };
    if !is_verdict_adverb(&toks[adverb].lower) {
        return false;
    }
    let mut m = adverb;
    if m > 0 && toks[m - 1].is("not") {
        m -= 1;
    }
    m.checked_sub(1).is_some_and(|k| {
        !toks[k].quoted
            && matches!(
                plain(&toks[k]).as_str(),
                "can" | "could" | "may" | "might" | "cannot" | "can't" | "couldn't"
            )
    })
}

/// Does sentence `toks` hold the writer's verdict on what somebody may say ("can fairly claim
/// that …"), for the writer's claim's reason?
pub(crate) fn verdict_in_sentence(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|c| verdict_at(toks, c))
}

/// Does sentence `toks` hold such an assertion (for the writer's claim's reason)?
pub(crate) fn in_sentence(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|c| at(toks, c))
}
