//! Weasels that grammar finds: "some" and "many" as the determiner of an unnamed group ("some
//! residents", "many of the workers"). Before a quantity "some" is an approximator instead
//! ("some 40 homes", the lexicon with its context rule). A weasel says who holds a view only
//! vaguely; it leaves the claim's certainty as it is.

use super::context::is_quantity_at;
use super::cues::HedgeHit;
use crate::report::{Certainty, HedgeType};
use crate::rules::Rule;
use crate::tokens::Tok;

/// The weasel determiners of one sentence's tokens.
pub(super) fn cues(toks: &[Tok], out: &mut Vec<HedgeHit>) {
    for (i, t) in toks.iter().enumerate() {
        let phrase = match t.lower.as_str() {
            "some" => "some",
            "many" => "many",
            _ => continue,
        };
        let next = toks.get(i + 1);
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        // "how many", "so many", "as many as", "too many": a degree, not a group.
        let degree = prev.is_some_and(|p| matches!(p.lower.as_str(), "how" | "so" | "as" | "too"));
        if degree || is_quantity_at(toks, i + 1) || !next.is_some_and(|n| n.is_word()) {
            continue;
        }
        out.push(HedgeHit {
            span: t.span,
            phrase,
            kind: HedgeType::Weasel,
            level: Certainty::Certain,
            rule: Rule::HedgeWeaselDeterminer,
        });
    }
}
