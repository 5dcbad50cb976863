//! What somebody did not say is nobody's claim: "The department did not say how long the
//! repairs would take", "She declined to say whether the gun was loaded", "The minister would
//! not say if the territory would pay". The question after the negated verb of saying is what
//! was withheld, not something the source stands behind; the sentence is the writer's report
//! of the refusal (an `author` claim), as a careful reader takes it.
//!
//! PolNeAR marks these as attributions (11 in its train split of 20,000), so the PolNeAR
//! measures lose them; "declined to comment on the talks" (no question) stays an attribution.

use super::found::Found;
use crate::document::Document;
use crate::tokens::Tok;

/// Verbs of saying whose negation withholds an answer.
pub(crate) fn is_saying(w: &str) -> bool {
    matches!(
        w,
        "say"
            | "says"
            | "said"
            | "specify"
            | "specified"
            | "disclose"
            | "disclosed"
            | "reveal"
            | "revealed"
            | "confirm"
            | "confirmed"
            | "explain"
            | "explained"
            | "indicate"
            | "indicated"
            | "elaborate"
            | "comment"
    )
}

/// A question word that opens what was not said.
fn is_question_word(t: &Tok) -> bool {
    matches!(
        t.lower.as_str(),
        "whether" | "if" | "how" | "why" | "when" | "where" | "who" | "whom" | "what" | "which"
    )
}

/// Is `f` a refusal to say: a verb of saying negated ("did not say", "wouldn't say", "never
/// said"), or "declined/refused to say", with a question clause as its content?
pub(crate) fn is_refusal(doc: &Document, f: &Found) -> bool {
    let Some(cue) = &f.cue else { return false };
    let toks = &doc.toks[f.sentence];
    let Some(c) = toks.iter().position(|t| t.span == cue.span) else {
        return false;
    };
    let content = f.content();
    let Some(first) = toks.iter().position(|t| t.span.start >= content.start) else {
        return false;
    };
    let negated = is_saying(&toks[c].lower)
        && c.checked_sub(1).is_some_and(|p| {
            let w = toks[p].lower.as_str();
            w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n\u{2019}t")
        });
    // "declined to say whether …": the content opens with "to" and the verb of saying.
    let declined = matches!(cue.lemma, "decline" | "refuse")
        && toks[first].is("to")
        && toks.get(first + 1).is_some_and(|t| is_saying(&t.lower));
    let question_at = if declined { first + 2 } else { first };
    (negated || declined) && toks.get(question_at).is_some_and(is_question_word)
}
