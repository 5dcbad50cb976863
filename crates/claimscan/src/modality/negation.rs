//! Negation: "not", "n't", "never", "no" before a word ("no one", "no longer" too), "none",
//! "nobody", "nothing", "neither", "nor", "cannot".

use crate::tokens::Tok;

/// Negation at `t`.
pub(crate) fn negation_at(t: &Tok, next: Option<&Tok>) -> bool {
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

/// The reporting verb at `toks[c]` is denied: "not", "never", "cannot" or a "n't" auxiliary
/// right before it, or one "-ly" adverb between ("did not say", "has never publicly said",
/// "doesn't think"). "not only said …" adds to a report; it does not deny one.
pub(super) fn denies_cue(toks: &[Tok], c: usize) -> bool {
    let negation = |t: &Tok| {
        matches!(t.lower.as_str(), "not" | "never" | "cannot")
            || t.lower.ends_with("n't")
            || t.lower.ends_with("n\u{2019}t")
    };
    match c.checked_sub(1).map(|p| &toks[p]) {
        Some(p) if negation(p) => true,
        Some(p)
            if p.lower.ends_with("ly")
                && !matches!(p.lower.as_str(), "only" | "merely" | "simply" | "solely") =>
        {
            c >= 2 && negation(&toks[c - 2])
        }
        _ => false,
    }
}

/// The negation at `toks[i]` is inside a relative clause on the subject, with the main verb
/// still to come: "Caregivers who cannot book a visit will get more time", "The firms, which
/// did not file, were fined". The clause negates who is meant, not the claim. ("that" is left
/// out: it is as often the reported clause's own "that".)
pub(super) fn in_subject_relative(toks: &[Tok], i: usize) -> bool {
    let Some(r) = toks[..i]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "who" | "which"))
    else {
        return false;
    };
    // The relative pronoun follows a noun, with no punctuation but a comma between it and
    // the negation ("Staff, who could not …, will …").
    let noun = |k: usize| toks[k].is_word() && !is_clause_word(&toks[k].lower);
    let after_noun = r > 0 && noun(r - 1) || r > 1 && toks[r - 1].is_punct(',') && noun(r - 2);
    let plain = toks[r + 1..i].iter().all(|t| t.is_word());
    let main_verb_after = toks[i + 1..]
        .iter()
        .take_while(|t| t.is_word() || t.is_punct(','))
        .any(|t| is_main_clause_verb(&t.lower));
    // No verb between the clause's start and the pronoun: the noun before it is the subject.
    let subject = !toks[..r]
        .iter()
        .any(|t| is_main_clause_verb(&t.lower) || t.lower.ends_with("n't"));
    after_noun && plain && main_verb_after && subject
}

fn is_clause_word(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "say" | "so" | "such" | "now" | "and" | "or" | "but" | "is" | "was"
    )
}

/// A modal or a form of "be"/"have" that carries a main clause's verb.
fn is_main_clause_verb(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "must"
            | "may"
            | "might"
            | "shall"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
    )
}
