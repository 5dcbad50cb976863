//! Does a run of words after a cue read as a clause? A bare clause ("said the plan is dead")
//! needs a finite verb: an inflected verb after a subject, an auxiliary, or a plain verb after
//! a plural or first-person subject.

use super::found::Ctx;
use crate::tokens::{Tok, TokKind};
use crate::words::*;

/// The finite-verb evidence found in a clause's first words.
pub(crate) struct Finiteness {
    /// An inflected verb (-s, -ed, irregular past) after a subject.
    pub inflected: bool,
    /// A be-form, modal, "have"/"do", or a contraction.
    pub auxiliary: bool,
    /// "they want", "the results confirm": a plain verb after a plural subject.
    pub plain_verb: bool,
}

impl Finiteness {
    pub fn any(&self) -> bool {
        self.inflected || self.auxiliary || self.plain_verb
    }
}

/// The finite-verb evidence in the clause that starts at `toks[st]`.
pub(crate) fn finiteness(ctx: &Ctx, toks: &[Tok], st: usize) -> Finiteness {
    let window = &toks[st..verb_window_end(ctx, toks, st)];
    Finiteness {
        inflected: inflected_verb(ctx, window),
        auxiliary: window.iter().enumerate().any(|(k, t)| {
            t.is_word()
                // "the fault to the firm in May": a capital "May" after the clause's first
                // word is the month, not the modal.
                && !(k > 0 && t.cap && t.lower == "may")
                && (is_be(&t.lower)
                    // Every ending has an apostrophe: a word without one is not lowercased.
                    || t.span.of(ctx.text).contains('\'')
                        && FINITE_CONTRACTION_ENDINGS
                            .iter()
                            .any(|c| crate::case::lower_str(t.span.of(ctx.text)).ends_with(c))
                    || is_finite_auxiliary(&t.lower))
        }),
        plain_verb: plain_verb(window),
    }
}

/// Words that open an insertion between commas after a clause's subject ("the levy, run by
/// …,", "Ortiz, despite his wealth,").
const PARENTHETICAL_OPENERS: &[&str] = &[
    "which", "who", "where", "a", "an", "the", "despite", "unlike", "however", "after", "before",
    "in", // "the fires, some of them burning 40 km away, are …".
    "some", "many", "most", "several", "none",
];

/// Where to look for the clause's verb: up to 30 tokens, stopping at a clause boundary. The
/// verb may come after a parenthetical between commas ("the ferry, built in 1962, has …",
/// "the levy, run by the port authority, will …", "the subsidy, paid by the ministry, has
/// kept …"); any other comma ends the search.
fn verb_window_end(ctx: &Ctx, toks: &[Tok], st: usize) -> usize {
    let mut window_end = st;
    let limit = toks.len().min(st + 30);
    while window_end < limit {
        match toks[window_end].kind {
            TokKind::Punct(';' | ':' | '—' | '.') => break,
            TokKind::Punct(',') => {
                let next = toks.get(window_end + 1);
                // "an advisory board of doctors, nurses and families would decide": a list's
                // comma, with "and" or "or" a few words on.
                // (Not a clause: "…, I laughed and said".)
                let list = (window_end + 1..limit.min(window_end + 5))
                    .take_while(|&k| {
                        let t = &toks[k];
                        t.is_word()
                            && !t.quoted
                            && !is_subject_pronoun(&t.lower)
                            && !t.lower.ends_with("ed")
                            && !ctx.lex.is_irregular_past(&t.lower)
                            && !ctx.lex.is_cue_word(&t.lower)
                    })
                    .skip(1)
                    .any(|k| toks[k].is("and") || toks[k].is("or"));
                if list {
                    window_end += 1;
                    continue;
                }
                // "the largest item, $1.1 billion over four years, would …": a figure in
                // apposition.
                // ("the savings, about $6.8 million a year, would …": after an approximator.)
                let is_figure = |n: &Tok| {
                    matches!(n.kind, TokKind::Punct('$' | '€' | '£'))
                        || n.lower.starts_with(|c: char| c.is_ascii_digit())
                };
                let figure = next.is_some_and(is_figure)
                    || next.is_some_and(|n| {
                        matches!(
                            n.lower.as_str(),
                            "about"
                                | "roughly"
                                | "nearly"
                                | "almost"
                                | "around"
                                | "approximately"
                                | "some"
                                | "over"
                                | "under"
                        )
                    }) && toks.get(window_end + 2).is_some_and(is_figure);
                // "her son, Milo, ate": a name of one to three words in apposition.
                let name = (2..=4).any(|n| {
                    toks.get(window_end + n).is_some_and(|t| t.is_punct(','))
                        && toks[window_end + 1..window_end + n]
                            .iter()
                            .all(|t| t.is_word() && t.cap && !t.quoted)
                });
                // "most, if not all, of the roads would …", "few, if any, drivers had …": a
                // hedge on the subject's quantifier.
                let hedge = next.is_some_and(|n| n.is("if"))
                    && toks
                        .get(window_end + 2)
                        .is_some_and(|t| t.is("any") || t.is("not") || t.is("at"));
                let parenthetical = figure
                    || name
                    || hedge
                    || next.is_some_and(|n| {
                        n.is_word()
                        && !n.cap
                        // A participle before its agent: "run by", "overseen by", "set up by".
                        && (toks.get(window_end + 2).is_some_and(|b| b.is("by"))
                            || toks.get(window_end + 3).is_some_and(|b| b.is("by"))
                                && toks[window_end + 2].is_word()
                                && !toks[window_end + 2].cap
                            || n.lower.ends_with("ed")
                            || n.lower.ends_with("ing")
                            || ctx.lex.is_irregular_past(&n.lower)
                            || PARENTHETICAL_OPENERS.contains(&n.lower.as_str()))
                    });
                let close = toks[window_end + 1..limit]
                    .iter()
                    .position(|t| t.is_punct(','));
                match (parenthetical, close) {
                    (true, Some(c)) => window_end += c + 2,
                    _ => break,
                }
            }
            // "reported the fault to the firm and was told …": "and" right before a verb opens
            // a second predicate of the cue's own subject, not the clause's verb.
            _ if (toks[window_end].is("and") || toks[window_end].is("but"))
                && window_end > st
                && toks.get(window_end + 1).is_some_and(|n| {
                    n.is_word()
                        && !n.cap
                        && !n.quoted
                        && (is_be(&n.lower) || is_finite_auxiliary(&n.lower))
                }) =>
            {
                break
            }
            _ => window_end += 1,
        }
    }
    window_end.min(limit)
}

/// An inflected verb after a subject: a pronoun, a name, a quantifier, or a noun.
fn inflected_verb(ctx: &Ctx, window: &[Tok]) -> bool {
    (1..window.len()).any(|k| {
        let (mut p, t) = (&window[k - 1], &window[k]);
        // ("said the analysis “ignores labour, energy and rent”": the subject is before the
        // opening mark of a partial quotation.)
        if p.kind == TokKind::QuoteOpen && k >= 2 {
            p = &window[k - 2];
        }
        // ("said the novel “Low Tide” sold 4,000 copies": a subject that ends in a quoted
        // title is before the closing mark.)
        if p.kind == TokKind::QuoteClose && k >= 2 && window[k - 2].is_word() {
            p = &window[k - 2];
        }
        // "Millennials, numbering 75 million, surpassed": the subject is before the insertion
        // the window passed over.
        if p.is_punct(',') {
            if let Some(open) = window[..k - 1].iter().position(|w| w.is_punct(',')) {
                if open >= 1 {
                    p = &window[open - 1];
                }
            }
        }
        let past =
            t.lower.len() > 3 && t.lower.ends_with("ed") || ctx.lex.is_irregular_past(&t.lower);
        let subject = is_subject_pronoun(&p.lower)
            || (p.cap && p.is_word())
            || is_quantifier_subject(&p.lower)
            || (p.is_word()
                && !is_determiner(&p.lower)
                && !is_np_preposition(&p.lower)
                && !p.lower.ends_with("ed")
                && !p.lower.ends_with("ing"))
            || p.is_word() && p.lower.ends_with("ing") && ing_subject(window, k - 1, past);
        // ("212 nurses": a count and its plural noun.)
        // ("the Fold 2 runs" names a model.)
        let count = (p.lower.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(&p.lower))
            && !(k >= 2 && window[k - 2].cap && window[k - 2].is_word());
        // ("the analysis ignores", "the bus stops": "-sis", "-ss" and "-us" are singular.)
        let plural_p = p.lower.ends_with('s')
            && !p.lower.ends_with("ss")
            && !p.lower.ends_with("is")
            && !p.lower.ends_with("us");
        let third_person = s_ending(&t.lower, 3) && !t.lower.ends_with("us") && !plural_p && !count;
        subject && t.is_word() && !t.cap && (third_person || past) && !(past && absolute(window, k))
    })
}

/// A past form at `window[k]` that closes an absolute phrase opened by "with" a few words
/// before it: "a goal with 40 seconds left", "with the vote delayed" describe a circumstance;
/// the participle is no finite verb of the clause.
fn absolute(window: &[Tok], k: usize) -> bool {
    (k.saturating_sub(4)..k.saturating_sub(1)).any(|w| {
        window[w].is("with")
            && window[w + 1..k]
                .iter()
                .all(|t| t.is_word() && !t.quoted && !is_subject_pronoun(&t.lower))
    })
}

/// A word in -ing that is the subject's head rather than a participle or an adjective: an
/// indefinite pronoun ("nothing changed", "everything is"); a noun after a determiner or a
/// possessive, with at most two modifiers between, before a past verb or an -s verb with a
/// determined object ("the building collapsed", "the ruling sets a precedent"; not "the rising
/// costs of", "some interesting statistics:"); or a gerund opening the clause before a past verb
/// or before an -s verb that ends the clause or takes a determined object ("spending rose",
/// "smoking kills.", "scheduling plays a role"; not "hoping things improve", "using funds from").
fn ing_subject(window: &[Tok], at: usize, past: bool) -> bool {
    let p = &window[at];
    if matches!(
        p.lower.as_str(),
        "nothing" | "something" | "everything" | "anything"
    ) {
        return true;
    }
    // "said parking brings in $2 million", "said housing is the issue": a noun in -ing opens
    // the clause.
    if at == 0 && is_ing_noun(&p.lower) {
        return true;
    }
    if p.cap {
        return false;
    }
    let object_after = |k: usize| {
        window.get(k).is_some_and(|n| {
            n.is_word()
                && (is_determiner(&n.lower) || n.lower.starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    let determined = (1..=3).any(|back| {
        at >= back && {
            let d = &window[at - back];
            let between_ok = window[at - back + 1..at].iter().all(|m| {
                m.is_word()
                    && !m.cap
                    && !m.lower.ends_with("ing")
                    && !is_np_preposition(&m.lower)
                    && !is_determiner(&m.lower)
                    && !matches!(m.lower.as_str(), "and" | "or" | "for" | "to" | "from")
            });
            between_ok
                && (is_determiner(&d.lower)
                    || d.lower.ends_with("'s")
                    || d.lower.ends_with("’s")
                    || d.lower.starts_with(|c: char| c.is_ascii_digit()))
        }
    });
    if determined {
        return past || object_after(at + 2);
    }
    at == 0 && (past || object_after(at + 2) || window.get(at + 2).is_none_or(|n| !n.is_word()))
}

/// Nouns in -ing that a clause opens with as its subject ("parking", "housing", "funding").
fn is_ing_noun(w: &str) -> bool {
    matches!(
        w,
        "parking"
            | "housing"
            | "fishing"
            | "funding"
            | "spending"
            | "training"
            | "shipping"
            | "hunting"
            | "logging"
            | "mining"
            | "farming"
            | "camping"
            | "gambling"
            | "vaping"
            | "policing"
            | "staffing"
            | "lending"
            | "borrowing"
            | "pricing"
            | "testing"
            | "screening"
            | "flooding"
            | "ridesharing"
            | "schooling"
    )
}

/// "they want", "we need": a plural or first-person subject pronoun and a plain verb; or
/// "the results confirm …": a determiner, a plural noun and a plain verb.
fn plain_verb(window: &[Tok]) -> bool {
    // "said people misunderstand him", "said voters trust her": a bare plural noun opening the
    // clause, then a plain verb.
    let bare_plural = window.len() >= 3 && {
        let (n, v) = (&window[0], &window[1]);
        n.is_word()
            && !n.cap
            && !n.quoted
            && (is_plural_head(&n.lower) && n.lower != "women" || n.is("women"))
            && reads_as_plain_verb(v)
            && v.lower.len() > 2
            && !v.lower.ends_with("ing")
            && !v.lower.ends_with("ed")
            && !matches!(v.lower.as_str(), "than" | "as" | "into")
            && window[2].is_word()
    };
    // "said people who get salmonella develop a fever": a plural subject with a relative
    // clause, then a plain verb after the clause's object.
    let after_relative = window.len() >= 5 && {
        let head = (0..2).find(|&h| {
            window[h].is_word()
                && is_plural_head(&window[h].lower)
                && (h == 0 || is_determiner(&window[0].lower))
        });
        head.is_some_and(|h| {
            // "buses on Marsh Lane now run": a prepositional phrase after the head.
            let phrase = window
                .get(h + 1)
                .is_some_and(|w| !w.cap && is_np_preposition(&w.lower));
            (phrase
                || window
                    .get(h + 1)
                    .is_some_and(|w| w.is("who") || w.is("that")))
                && (h + 4..window.len().min(h + 10)).any(|k| {
                    let prev = &window[k - 1];
                    reads_as_plain_verb(&window[k])
                        && !window[k].lower.ends_with("ed")
                        && window[k].lower.len() > 2
                        && prev.is_word()
                        && (!prev.cap || phrase)
                        && (!phrase || prev.cap || is_clause_adverb(&prev.lower))
                        && !is_determiner(&prev.lower)
                        && !is_np_preposition(&prev.lower)
                        && !is_auxiliary(&prev.lower)
                        && !matches!(prev.lower.as_str(), "and" | "or" | "to" | "who" | "that")
                        && window.get(k + 1).is_some_and(|n| n.is_word())
                })
        })
    };
    bare_plural
        || after_relative
        || window.windows(2).any(|w| {
            matches!(w[0].lower.as_str(), "they" | "we" | "i" | "you")
                && w[1].is_word()
                && !w[1].cap
                && !is_determiner(&w[1].lower)
                && !is_np_preposition(&w[1].lower)
        })
        || window.windows(4).any(|w| {
            // "he and Lee differ", "Ortiz and I agree": a coordinated subject and a plain verb.
            let person = |t: &Tok| t.is_word() && (t.cap || is_subject_pronoun(&t.lower));
            person(&w[0]) && w[1].is("and") && person(&w[2]) && reads_as_plain_verb(&w[3])
        })
        || (0..window.len()).any(|k| {
            // "the results confirm", "her grandchildren no longer swim", "the men still fish":
            // a determiner, a plural noun, up to two adverbs of time, a plain verb.
            let Some(w) = window.get(k..k + 2) else {
                return false;
            };
            if !(is_determiner(&w[0].lower) && w[1].is_word() && is_plural_head(&w[1].lower)) {
                return false;
            }
            let mut v = k + 2;
            while v < window.len().min(k + 4) && is_clause_adverb(&window[v].lower) {
                v += 1;
            }
            window.get(v).is_some_and(reads_as_plain_verb)
                && !(v > k + 2 && window[v].lower.ends_with("ed"))
        })
}

/// A plural noun that heads a subject: in -s ("results") or irregular ("children", "men").
fn is_plural_head(w: &str) -> bool {
    s_ending(w, 3)
        || w.ends_with("men") && w.len() >= 3 && w != "omen"
        || w.ends_with("children")
        || w.ends_with("people")
}

/// Adverbs of time and frequency between a subject and its verb ("no longer", "still").
fn is_clause_adverb(w: &str) -> bool {
    matches!(
        w,
        "no" | "longer"
            | "still"
            | "often"
            | "now"
            | "never"
            | "also"
            | "always"
            | "rarely"
            | "seldom"
            | "usually"
            | "already"
            | "sometimes"
            | "again"
    )
}

/// A word that can be a plain present verb after a plural subject: in lower case, not a
/// determiner, preposition, auxiliary, adverb in -ly, -s form or conjunction.
fn reads_as_plain_verb(v: &Tok) -> bool {
    v.is_word()
        && !v.cap
        && !is_determiner(&v.lower)
        && !is_np_preposition(&v.lower)
        && !is_auxiliary(&v.lower)
        && !v.lower.ends_with("ly")
        && !v.lower.ends_with('s')
        && !matches!(
            v.lower.as_str(),
            "and" | "or" | "but" | "that" | "which" | "who" | "to"
        )
}
