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

/// The "not" at `toks[i]` contrasts two things inside an asserted claim instead of denying it:
/// "the cause was greed, not incompetence" and "the bill targets landlords, not tenants" (a
/// comma, then "not" and a phrase with no verb of its own up to the next punctuation), "it was
/// not the rain but the wind" (a determiner after "not", "but" a few words on), "not only … but
/// also …" and "not least". Each claim asserts its other half; "the plan was not ready", "did
/// not simply stay up later" and "not because …, but …" stay negated.
pub(super) fn contrastive_not(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !t.is("not") {
        return false;
    }
    let next = toks.get(i + 1);
    let but_after = |from: usize, words: usize| {
        toks[from.min(toks.len())..]
            .iter()
            .take(words)
            .take_while(|t| t.is_word() || t.is_punct(','))
            .any(|t| t.is("but"))
    };
    if next.is_some_and(|n| n.is("least")) {
        return true;
    }
    // "not only X but also Y" adds; "they did not simply stay up later" still denies.
    if next.is_some_and(|n| {
        matches!(
            n.lower.as_str(),
            "only" | "just" | "merely" | "simply" | "solely"
        )
    }) {
        return but_after(i + 2, 12);
    }
    let phrase_end = toks[i + 1..]
        .iter()
        .position(|t| !t.is_word())
        .map_or(toks.len(), |k| i + 1 + k);
    let phrase = &toks[i + 1..phrase_end];
    let verbless = !phrase.is_empty()
        && phrase.len() <= 6
        && !phrase.iter().any(|t| {
            is_main_clause_verb(&t.lower)
                || matches!(
                    t.lower.as_str(),
                    "be" | "been" | "do" | "does" | "did" | "because" | "yet" | "to" | "that"
                )
        });
    let after_comma = i > 0 && (toks[i - 1].is_punct(',') || toks[i - 1].is_punct('\u{2014}'));
    if after_comma && verbless {
        return true;
    }
    let determiner = next.is_some_and(|n| {
        matches!(
            n.lower.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
        )
    });
    determiner && but_after(i + 1, 8)
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
