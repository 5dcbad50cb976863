//! Context rules: a lexicon cue counts only where its context reads as uncertain. Each rule has
//! a minimal pair in `tests/cases/certainty.json` (one hedged sentence, one not).
//!
//! - an approximator ("about", "nearly", "up to") only before a quantity;
//! - "could not" states an inability, not a possibility;
//! - a capitalised "May" inside a sentence, or before a number, is the month;
//! - "as expected", "than forecast", "as officials had predicted.": a participle after
//!   "as"/"than" reports a fact;
//! - "charged" accuses in the passive before "in"/"over"/"for" ("was charged in the killing");
//! - "probe" the inquiry (verb, or noun before "into"), not the instrument ("space probe");
//! - "possible" in "as soon as possible", "made it possible", "possible to" (feasible) is no
//!   possibility; "apparent" after "became"/"is" means evident; "potential" as a noun ("its
//!   potential to") is no cue, as an adjective ("a potential strike") it is;
//! - "appear" hedges before "to", "that" or an adjective, not in "appeared in court";
//! - "no doubt", "without doubt" say certain;
//! - a noun reading after a determiner ("a thought", "the suspect") is no cue;
//! - "considered the bid": the verb with an object is no cue;
//! - "set to" predicts only after a form of "be" and before a verb ("is set to rise", not "was
//!   set to music");
//! - "no fear", "no hope" deny the feeling; "has no plans to" denies the plan;
//! - "supposed to" is hearsay only before "be"/"have" ("is supposed to be haunted"), not what
//!   was meant ("was supposed to open", "Where am I supposed to go?");
//! - "suggested she try …" (a subject and a bare verb) gives advice, not a guess;
//! - "assume" that opens an instruction ("Never assume …", "If so, assume …") is no belief.

use super::cues::Entry;
use crate::report::HedgeType;
use crate::tokens::{Tok, TokKind};
use crate::words::{is_auxiliary, is_be, is_determiner, is_number_word};

/// Whether the lexicon match `toks[i..j]` of `entry` is a cue in its context.
pub(super) fn keeps(entry: &Entry, toks: &[Tok], i: usize, j: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let next = toks.get(j);
    let first = &toks[i];
    if entry.kind == HedgeType::Approximator {
        // "sales have roughly tripled": an estimate of a multiple.
        let multiple = next.is_some_and(|n| {
            matches!(
                n.lower.as_str(),
                "doubled"
                    | "tripled"
                    | "trebled"
                    | "quadrupled"
                    | "halved"
                    | "doubling"
                    | "tripling"
            )
        });
        return is_quantity_at(toks, j) || multiple && entry.phrase != "some";
    }
    match entry.phrase {
        "may" => !is_month_may(first, i, next),
        "could" => !next.is_some_and(|n| n.is("not") || n.lower == "n't"),
        "possible" => !possible_is_idiom(toks, i) && !next.is_some_and(|n| n.is("to")),
        "doubt" => !prev
            .is_some_and(|p| matches!(p.lower.as_str(), "no" | "without" | "beyond" | "little")),
        "expected" | "predicted" | "anticipated" | "feared" | "forecast" | "suspected"
        | "estimated" | "hoped" => {
            !prev.is_some_and(|p| p.is("as") || p.is("than")) && !ends_as_clause(toks, i, j)
        }
        "probe" | "probes" => probe_is_inquiry(prev, next),
        // "was charged in the killing", "were charged over the fraud": the passive accusation;
        // "charged a fee", "charged the battery" are no cue.
        "charged" => {
            prev.is_some_and(|p| is_be(&p.lower) || p.is("been") || p.is("being"))
                && next.is_some_and(|n| matches!(n.lower.as_str(), "in" | "over" | "for"))
        }
        // "with regard to", "in regard to": a preposition.
        "regard" if prev.is_some_and(|p| p.is("with") || p.is("in")) => false,
        // The noun after a determiner or a degree word: "a thought", "the suspect", "their
        // fear", "second thought", "much hope".
        // "no fear", "no hope" deny the feeling ("a goal with no fear"): no cue either.
        "fear" | "hope" => !prev.is_some_and(|p| {
            is_determiner(&p.lower)
                || matches!(
                    p.lower.as_str(),
                    "second" | "first" | "much" | "little" | "further" | "careful" | "serious"
                )
        }),
        "thought" | "suspect" | "suspects" | "regard" => !prev.is_some_and(|p| {
            (is_determiner(&p.lower) && !p.is("no"))
                || matches!(
                    p.lower.as_str(),
                    "second" | "first" | "much" | "little" | "further" | "careful" | "serious"
                )
        }),
        "consider" | "considered" | "considers" => {
            !next.is_some_and(is_object_start) || prev.is_some_and(is_passive_marker)
        }
        "appear" | "appears" | "appeared" => next.is_some_and(|n| {
            [
                "to",
                "that",
                "likely",
                "unlikely",
                "certain",
                "ready",
                "poised",
                "set",
                "close",
                "unable",
                "willing",
                "keen",
                "headed",
                "destined",
                "increasingly",
                "more",
                "less",
                "not",
            ]
            .contains(&n.lower.as_str())
        }),
        "apparent" => !prev.is_some_and(|p| {
            is_be(&p.lower)
                || p.is("no")
                || matches!(
                    p.lower.as_str(),
                    "become" | "became" | "becomes" | "becoming" | "made"
                )
        }),
        "potential" => next.is_some_and(|n| {
            n.is_word()
                && !matches!(
                    n.lower.as_str(),
                    "to" | "of" | "in" | "for" | "is" | "was" | "and" | "or" | "as" | "that"
                )
        }),
        "set to" => prev.is_some_and(|p| is_be(&p.lower)) && next.is_some_and(is_verb_after_to),
        // "has no plans to move": a plan denied is a firm statement.
        "plans to" => !prev.is_some_and(|p| p.is("no")),
        // "Where am I supposed to go?", "we were supposed to get a raise": what the speaker was
        // told to do or to get, not hearsay ("the arms are supposed to cross").
        "supposed to" => !speaker_before(toks, i),
        // "suggested she try tapering off", "suggested he wait": advice (a subject and a bare
        // verb), not a guess.
        "suggest" | "suggested" | "suggests" => !advises(toks, j),
        // "Never assume a listing is real", "If he won't meet you, assume …": an instruction.
        "assume" => !is_imperative_at(toks, i),
        _ => true,
    }
}

/// After "suggest(ed)" at `toks[k]`: a subject pronoun and a bare verb, the advice of the
/// subjunctive ("suggested she try", "suggests they wait"), not "suggested she was lying".
fn advises(toks: &[Tok], k: usize) -> bool {
    let (Some(s), Some(v)) = (toks.get(k), toks.get(k + 1)) else {
        return false;
    };
    let bare = v.is_word()
        && !v.cap
        && !is_auxiliary(&v.lower)
        && !is_be(&v.lower)
        && !v.lower.ends_with("n't")
        && !v.lower.ends_with('s')
        && !v.lower.ends_with("ed")
        && !matches!(
            v.lower.as_str(),
            "not"
                | "never"
                | "had"
                | "has"
                | "knew"
                | "thought"
                | "felt"
                | "saw"
                | "made"
                | "took"
                | "got"
                | "went"
                | "told"
                | "said"
                | "left"
                | "lost"
                | "kept"
                | "meant"
                | "also"
                | "only"
                | "just"
                | "still"
                | "may"
                | "might"
        );
    // (Only "she"/"he" tell a bare verb from the present: "suggests they belong" guesses.)
    matches!(s.lower.as_str(), "she" | "he") && bare
}

/// "I", "we" or "you" stands within three words before `toks[i]`, only forms of "be" between
/// ("am I", "I'm", "we were", "you are").
fn speaker_before(toks: &[Tok], i: usize) -> bool {
    toks[..i]
        .iter()
        .rev()
        .take(3)
        .take_while(|t| t.is_word())
        .take_while(|t| {
            matches!(t.lower.as_str(), "i" | "we" | "you")
                || is_be(&t.lower)
                || matches!(t.lower.as_str(), "'m" | "'re" | "\u{2019}m" | "\u{2019}re")
        })
        .any(|t| matches!(t.lower.as_str(), "i" | "we" | "you"))
}

/// The verb at `toks[i]` opens an instruction, with at most "never", "do not" or "don't"
/// before it: first in its sentence or quotation, or after the comma that ends an opening
/// "if"/"when"/"unless" clause ("Never assume …", "If he won't meet you, assume …").
fn is_imperative_at(toks: &[Tok], i: usize) -> bool {
    let mut k = i;
    while k > 0
        && matches!(
            toks[k - 1].lower.as_str(),
            "never" | "not" | "don't" | "do" | "don\u{2019}t" | "n't"
        )
    {
        k -= 1;
    }
    let opener = toks[..k]
        .iter()
        .find(|t| t.is_word())
        .is_some_and(|t| matches!(t.lower.as_str(), "if" | "when" | "unless"));
    k == 0 || matches!(toks[k - 1].kind, TokKind::QuoteOpen) || toks[k - 1].is_punct(',') && opener
}

/// A word after "set to" or "going to" that can be the verb of a prediction ("set to rise",
/// "going to build"), not a setting or a destination ("set to music", "set to zero", "going
/// to court", "going to the polls", "going to Paris").
pub(super) fn is_verb_after_to(t: &Tok) -> bool {
    t.is_word()
        && !t.cap
        && !is_determiner(&t.lower)
        && !starts_with_digit(t)
        && ![
            "music", "zero", "default", "work", "sea", "sail", "fire", "auto", "off", "court",
            "war", "school", "church", "hospital", "jail", "prison", "bed", "trial", "town",
            "press", "waste",
        ]
        .contains(&t.lower.as_str())
}

/// The participle ends a comparison or an aside opened by "as"/"than" a few words before:
/// "as officials had predicted,", "than analysts had expected." — a fact reported.
fn ends_as_clause(toks: &[Tok], i: usize, j: usize) -> bool {
    let ends = toks.get(j).is_none_or(|n| !n.is_word());
    ends && (1..=4).any(|back| {
        i.checked_sub(back).is_some_and(|k| {
            (toks[k].is("as") || toks[k].is("than"))
                && toks[k + 1..i].iter().all(|t| t.is_word() && !t.is("that"))
        })
    })
}

/// "probe" the investigation, not the instrument ("a space probe", "the probe landed"): the
/// verb after "to" or a modal ("will probe"), or the noun before "into", "of", "by", "on",
/// "after" or "whether".
fn probe_is_inquiry(prev: Option<&Tok>, next: Option<&Tok>) -> bool {
    prev.is_some_and(|p| p.is("to") || is_auxiliary(&p.lower))
        || next.is_some_and(|n| {
            matches!(
                n.lower.as_str(),
                "into" | "of" | "by" | "after" | "on" | "whether"
            )
        })
}

/// "May" the month: capitalised inside a sentence, or before a number at its start.
fn is_month_may(t: &Tok, i: usize, next: Option<&Tok>) -> bool {
    let starts_sentence = i == 0;
    t.cap && (!starts_sentence || next.is_some_and(starts_with_digit))
}

fn starts_with_digit(t: &Tok) -> bool {
    t.lower.starts_with(|c: char| c.is_ascii_digit())
}

/// "as soon as possible", "the best possible", "made (it) possible", "whenever possible".
fn possible_is_idiom(toks: &[Tok], i: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t: &Tok| t.lower.as_str());
    let prev = if i > 0 { w(i - 1) } else { "" };
    let prev2 = if i > 1 { w(i - 2) } else { "" };
    let makes = |x: &str| matches!(x, "make" | "makes" | "made" | "making");
    [
        "as",
        "best",
        "greatest",
        "highest",
        "lowest",
        "largest",
        "smallest",
        "whenever",
        "wherever",
        "everything",
        "all",
        "every",
        "maximum",
        "minimum",
        "fastest",
    ]
    .contains(&prev)
        || makes(prev)
        || (makes(prev2) && matches!(prev, "it" | "this" | "that"))
}

/// A word that opens a direct object: a determiner or an object pronoun.
fn is_object_start(t: &Tok) -> bool {
    is_determiner(&t.lower) && !matches!(t.lower.as_str(), "most" | "more" | "one")
        || matches!(
            t.lower.as_str(),
            "him" | "them" | "it" | "us" | "me" | "whether"
        )
}

/// "is considered", "widely considered": the passive of a judgement verb.
fn is_passive_marker(t: &Tok) -> bool {
    is_be(&t.lower)
        || t.lower.ends_with("ly")
        || matches!(t.lower.as_str(), "often" | "also" | "still" | "now")
}

/// A quantity starts at `toks[k]`: a figure, a number word, a currency sign, or "a"/"an"
/// before a number word ("about a dozen", "nearly half").
pub(super) fn is_quantity_at(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    match t.kind {
        TokKind::Punct(c) => matches!(c, '$' | '€' | '£' | '¥'),
        TokKind::Word => {
            starts_with_digit(t)
                || is_number_word(&t.lower)
                || (matches!(t.lower.as_str(), "a" | "an")
                    && toks.get(k + 1).is_some_and(|n| is_number_word(&n.lower)))
        }
        _ => false,
    }
}
