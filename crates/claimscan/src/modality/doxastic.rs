//! Beliefs that grammar finds: "see"/"view" with an object and "as" ("the governor sees the
//! pipeline as a threat", "voters viewed it as a betrayal"): a judgement held, not a sight.
//! The verb is the cue. Without "as" ("sees the pipeline from her window") it is no belief;
//! "as well", "as soon", "as long", "as much" and "as" before a clause ("saw him as he left")
//! are no judgement either. The passive ("is seen as", "viewed as") is in the hedge lexicon.

use super::cues::HedgeHit;
use crate::report::{Certainty, HedgeType};
use crate::rules::Rule;
use crate::tokens::Tok;
use crate::words::{is_be, is_determiner, is_subject_pronoun};

/// The "see/view … as" cues of one sentence's tokens.
pub(super) fn cues(toks: &[Tok], out: &mut Vec<HedgeHit>) {
    for i in 0..toks.len() {
        if is_judgement_verb(&toks[i].lower)
            && !i
                .checked_sub(1)
                .is_some_and(|p| is_be(&toks[p].lower) || toks[p].is("been"))
            && object_then_as(toks, i + 1)
        {
            out.push(HedgeHit {
                span: toks[i].span,
                phrase: "see as",
                kind: HedgeType::Doxastic,
                level: Certainty::Probable,
                rule: Rule::HedgeSeeAs,
            });
        }
    }
}

fn is_judgement_verb(w: &str) -> bool {
    matches!(
        w,
        "see" | "sees" | "saw" | "seeing" | "view" | "views" | "viewed" | "viewing"
    )
}

/// An object starts at `toks[k]` (a determiner, an object pronoun or a name) and "as" follows
/// within five words, before any punctuation, opening no clause or comparison.
fn object_then_as(toks: &[Tok], k: usize) -> bool {
    let Some(o) = toks.get(k) else { return false };
    let object = is_determiner(&o.lower)
        || matches!(
            o.lower.as_str(),
            "it" | "him" | "them" | "us" | "me" | "himself" | "herself" | "themselves" | "itself"
        )
        || (o.cap && o.is_word());
    if !object || !o.is_word() {
        return false;
    }
    for j in k + 1..(k + 6).min(toks.len()) {
        let t = &toks[j];
        if !t.is_word() {
            return false;
        }
        if t.is("as") {
            return toks.get(j + 1).is_some_and(|n| {
                n.is_word()
                    && !is_subject_pronoun(&n.lower)
                    && !matches!(
                        n.lower.as_str(),
                        "well" | "soon" | "long" | "much" | "many" | "far" | "it" | "if" | "though"
                    )
            });
        }
    }
    false
}
