//! Cue lookup: the reporting verb at a token, from the cue lexicon (`cues.txt`, with its
//! frames from `cue_frames.txt`). Emits `cue:lexicon:cues:<lemma>(<class>)` through
//! [`super::found::Ctx::finish`].

use crate::lexicon::{CueEntry, Frames, Lexicons};
use crate::tokens::{Tok, TokKind};
use crate::words::{is_be, is_finite_auxiliary};

/// The cue entry at `toks[i]` and the index after it (after the particle of a phrasal cue).
pub(crate) fn cue_at(
    lex: &Lexicons,
    toks: &[Tok],
    i: usize,
    allow_cap: bool,
) -> Option<(CueEntry, usize)> {
    let t = &toks[i];
    // Cue verbs are lowercase: "States" in "the United States" is no cue. In a headline in
    // title case ("Mayor Says Bridge Will Reopen") a capitalised cue counts.
    if !t.is_word() || (t.cap && !allow_cap) {
        return None;
    }
    let entries = lex.cue_entries(t.lower.as_str())?;
    if noun_after_singular_modifier(toks, i, entries) || adding_to_something(toks, i, entries) {
        return None;
    }
    // A phrasal entry wins when its words follow ("pointed out", "made it clear"); the longest
    // one when several do.
    let mut phrasal: Option<(&CueEntry, usize)> = None;
    for e in entries {
        if let Some(n) = e.particle.and_then(|p| particle_len(toks, i + 1, p)) {
            if phrasal.is_none_or(|(_, m)| n > m) {
                phrasal = Some((e, n));
            }
        }
    }
    if let Some((e, n)) = phrasal {
        return Some((*e, i + 1 + n));
    }
    // "showed up", "backed away from", "backing down", "called off": the verb with one of these
    // particles is another verb, which reports nothing. ("out" stays: "called out", "cried out",
    // "ruled out" report.)
    if toks
        .get(i + 1)
        .is_some_and(|t| t.is("up") || t.is("away") || t.is("down") || t.is("off"))
    {
        return None;
    }
    // "has ruled out reopening the deal": to rule out is to reject a course, not a ruling.
    if entries.iter().any(|e| e.lemma == "rule") && toks.get(i + 1).is_some_and(|t| t.is("out")) {
        return None;
    }
    entries
        .iter()
        .find(|e| e.particle.is_none())
        .map(|e| (*e, i + 1))
}

/// "cut by half a percentage point to 3 per cent", "a cost estimate of $2 million": the plain
/// form of a cue ("point", "note", "estimate") right after a singular noun that follows "a",
/// "an" or a figure is a noun: a singular subject there would take the -s form ("a study
/// points to"). ("The data point to a slowdown", "a majority say" and "40 percent say" keep
/// their verbs: no article before "data", and a noun of a share or a group takes the plural.)
fn noun_after_singular_modifier(toks: &[Tok], c: usize, entries: &[CueEntry]) -> bool {
    let w = toks[c].lower.as_str();
    let plain = entries.iter().any(|e| e.lemma.split(' ').next() == Some(w));
    if !plain || w.ends_with('s') || c < 2 {
        return false;
    }
    let figure = |t: &Tok| t.lower.starts_with(|ch: char| ch.is_ascii_digit());
    let prev = &toks[c - 1];
    let singular_noun = prev.is_word()
        && !prev.cap
        && !prev.quoted
        && prev.lower.len() > 2
        && !prev.lower.ends_with('s')
        && !prev.lower.ends_with("ly")
        && !is_be(&prev.lower)
        && !is_finite_auxiliary(&prev.lower)
        && !crate::words::is_number_word(&prev.lower)
        && !COLLECTIVE_NOUNS.contains(&prev.lower.as_str());
    singular_noun
        && (toks[c - 2].is("a")
            || toks[c - 2].is("an")
            || figure(&toks[c - 2])
            || crate::words::is_number_word(&toks[c - 2].lower))
}

/// "the city may add two buses", "plans to add the province as a defendant": "add" reports a
/// turn of speech in the past or the narrative present ("she added", "he adds"); its plain
/// form after a modal or "to" is the verb of adding something, a cue only with "that", a colon,
/// a comma or a quotation after it ("will add that …", "I would add, though, that …").
fn adding_to_something(toks: &[Tok], i: usize, entries: &[CueEntry]) -> bool {
    if !toks[i].is("add") || !entries.iter().any(|e| e.lemma == "add") {
        return false;
    }
    let mut p = i;
    while p > 0
        && matches!(
            toks[p - 1].lower.as_str(),
            "also" | "not" | "then" | "later"
        )
    {
        p -= 1;
    }
    let after_modal = p > 0 && (toks[p - 1].is("to") || crate::words::is_modal(&toks[p - 1].lower));
    let reports = toks.get(i + 1).is_some_and(|t| {
        t.is("that") || t.is_punct(':') || t.is_punct(',') || t.kind == TokKind::QuoteOpen
    });
    after_modal && !reports
}

/// Nouns of a part or a group that take a plural verb after "a" or a figure: "a majority
/// say", "a third believe", "a handful argue", "40 percent say", "2 million want".
const COLLECTIVE_NOUNS: &[&str] = &[
    "percent", "cent", "hundred", "thousand", "million", "billion", "few", "lot", "majority",
    "minority", "number", "handful", "half", "third", "quarter", "fifth", "tenth", "dozen",
    "couple", "host", "variety", "range", "series", "group", "panel", "team", "family", "pair",
    "trio",
];

/// How many tokens the words of `particle` take at `toks[at..]`, when they all follow.
fn particle_len(toks: &[Tok], at: usize, particle: &str) -> Option<usize> {
    let mut n = 0;
    for w in particle.split(' ') {
        if !toks.get(at + n).is_some_and(|t| t.is(w)) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// "states", "charges", "remarks": a present form that is also a noun is a cue only with
/// "that", a colon or a quotation right after it ("battleground states could be decisive"),
/// after a personal pronoun ("He jokes, …") or as the credit after a quotation ("…,” Ortiz
/// answers.").
///
/// A "that" with a past verb right after it is a relative pronoun, and the word is a noun:
/// "in the states that held primaries", "the charges that were filed".
/// "Some parents worry the closure will …", "Critics charge the council has …": a plural
/// noun right before the present form, and a clause with an auxiliary or a form of "be" within
/// a few words after it. A plural subject leaves no room for the noun ("parents' worries").
fn plural_subject_before_clause(lex: &Lexicons, toks: &[Tok], c: usize, after: usize) -> bool {
    let subject = c.checked_sub(1).map(|p| &toks[p]).is_some_and(|t| {
        t.is_word()
            && !t.quoted
            && t.lower.len() > 3
            && t.lower.ends_with('s')
            && !t.lower.ends_with("ss")
            && !t.lower.ends_with("'s")
            && !t.lower.ends_with("\u{2019}s")
            && !lex.is_cue_word(&t.lower)
    });
    subject
        && !toks[c].lower.ends_with('s')
        && toks[after.min(toks.len())..]
            .iter()
            .take(7)
            .skip(1)
            .take_while(|t| t.is_word() && !t.quoted)
            .any(|t| is_finite_auxiliary(&t.lower) || is_be(&t.lower))
}

pub(crate) fn noun_form_without_that(
    lex: &Lexicons,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> bool {
    let relative_that = toks.get(after + 1).is_some_and(|v| {
        v.is_word()
            && !v.cap
            && (v.lower.len() > 3 && v.lower.ends_with("ed")
                || lex.is_irregular_past(&v.lower)
                || is_be(&v.lower)
                || is_finite_auxiliary(&v.lower))
    });
    // "is questioning whether …": a progressive is a verb.
    let progressive = toks[c].lower.ends_with("ing") && c >= 1 && is_be(&toks[c - 1].lower);
    !toks[c].lower.ends_with("ed")
        && !progressive
        && entry.frames.has(Frames::NOUN_FORM)
        && !toks.get(after).is_some_and(|t| {
            t.is("that") && !relative_that
                || t.is_punct(':')
                || t.kind == TokKind::QuoteOpen
                // "Critics question whether …": "whether" follows only the verb.
                || t.is("whether")
        })
        && !pronoun_subject(toks, c)
        && !plural_subject_before_clause(lex, toks, c, after)
        && !credit_after_quotation(toks, c, after)
        && !inverted_after_quotation(toks, c, after)
        && !credit_after_comma(lex, toks, c, after)
        // "The budget projects a deficit of $2.1 billion": a forecast's figure after an article.
        // ("The housing projects a decade ago cost …": a time ago is no object.)
        && !(toks.get(after).is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"))
            && !toks[after..toks.len().min(after + 4)].iter().any(|t| t.is("ago"))
            && forecast_of_figure(lex, toks, after, entry))
        && !bare_forecast_object(toks, c, after, entry)
}

/// "The budget document projects economic growth of 1.2 per cent", "Budget projects $412M
/// deficit": a forecast verb in -s whose object has no article but reads as a forecast figure
/// is a verb. The object is a figure with its noun ("$412M deficit", "1.2 per cent growth") or
/// one or two plain words, then "of" and a figure ("growth of 1.2 per cent", "unemployment of
/// 6 per cent"). The word before stays a subject's head: not a figure, not a plural, not a
/// modifier in -ing ("housing projects $40M over budget", "Three projects 20 per cent …").
fn bare_forecast_object(toks: &[Tok], c: usize, after: usize, entry: &CueEntry) -> bool {
    let figure = |t: &Tok| {
        !t.quoted
            && (t.lower.starts_with(|c: char| c.is_ascii_digit())
                || matches!(t.kind, TokKind::Punct('$' | '€' | '£')))
    };
    let plain = |t: &Tok| t.is_word() && !t.quoted && !t.cap;
    let subject_head = c >= 1 && {
        let p = &toks[c - 1];
        p.is_word()
            && !p.quoted
            && !p.lower.ends_with("ing")
            && (!p.lower.ends_with('s') || p.lower.ends_with("ss"))
            && !p.lower.starts_with(|c: char| c.is_ascii_digit())
            && !crate::words::is_number_word(&p.lower)
            && !matches!(
                p.lower.as_str(),
                "the" | "a" | "an" | "these" | "those" | "its" | "their" | "his" | "her" | "our"
            )
    };
    let rest = &toks[after.min(toks.len())..];
    // The figure's own words must not say where the subject stands ("$40M over budget").
    let overrun = rest.iter().take(8).any(|t| {
        matches!(
            t.lower.as_str(),
            "over" | "under" | "behind" | "worth" | "ago" | "valued" | "costing"
        )
    });
    let shaped = rest.first().is_some_and(figure)
        || (1..=2).any(|n| {
            rest.len() > n + 1
                && rest[..n].iter().all(plain)
                && rest[n].is("of")
                && figure(&rest[n + 1])
        });
    matches!(entry.lemma, "project" | "forecast" | "predict")
        && toks[c].lower.ends_with('s')
        && subject_head
        && shaped
        && !overrun
}

/// A forecast or an estimate of a figure: "projects a deficit of $2.1 billion", "forecasts
/// growth of 2 per cent", "estimates the repairs at $3 million" — a verb of forecasting whose
/// object (from `toks[st]`, before a comma, within eight tokens) holds a figure.
pub(crate) fn forecast_of_figure(
    lex: &Lexicons,
    toks: &[Tok],
    st: usize,
    entry: &CueEntry,
) -> bool {
    matches!(
        entry.lemma,
        "project" | "forecast" | "predict" | "estimate" | "expect"
    ) && toks[st.min(toks.len())..super::content::clause_end(lex, toks, st).min(st + 8)]
        .iter()
        .take_while(|t| !t.is_punct(','))
        .any(|t| {
            !t.quoted
                && (t.lower.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(t.kind, TokKind::Punct('$' | '€' | '£')))
        })
}

/// "Councillor guilty of breach of trust, judge rules", "…, the study finds.": one to four
/// words after a comma, then the word, then the sentence's end: a post-posed credit.
/// The words must read as a source: opening with a determiner, a pronoun or a capital, or
/// ending in a source noun ("federal judge").
fn credit_after_comma(lex: &Lexicons, toks: &[Tok], c: usize, after: usize) -> bool {
    let ends = toks[after..]
        .iter()
        .all(|t| matches!(t.kind, TokKind::Punct('.' | '!' | '?')));
    ends && (c.saturating_sub(5)..c).rev().any(|k| {
        toks[k].is_punct(',')
            && c - k >= 2
            && toks[k + 1..c].iter().all(|t| t.is_word() && !t.quoted)
            && (toks[k + 1].cap
                || CREDIT_OPENERS.contains(&toks[k + 1].lower.as_str())
                || lex.source_noun(&toks[c - 1].lower).is_some())
    })
}

/// `“…,” reads a Friday editorial`: right after a quotation that closes on a comma or a
/// question mark, before an article, the word is an inverted verb (not in `“…,” state Sen.
/// Ruiz said`).
fn inverted_after_quotation(toks: &[Tok], c: usize, after: usize) -> bool {
    c >= 2
        && toks[c - 1].kind == TokKind::QuoteClose
        && matches!(toks[c - 2].kind, TokKind::Punct(',' | '!' | '?'))
        && toks
            .get(after)
            .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
}

/// "He jokes", "she answers", "it reads": a subject pronoun makes the word a verb.
fn pronoun_subject(toks: &[Tok], c: usize) -> bool {
    c.checked_sub(1).is_some_and(|p| {
        CREDIT_OPENERS[7..].contains(&toks[p].lower.as_str())
            || matches!(toks[p].lower.as_str(), "we" | "i" | "it")
    })
}

/// "“…,” Ortiz answers." / "“…,” the coach answers.": one to four words between a quotation
/// closing on a comma and the word, and nothing after it but the sentence's end.
fn credit_after_quotation(toks: &[Tok], c: usize, after: usize) -> bool {
    let ends = toks
        .get(after)
        .is_none_or(|t| matches!(t.kind, TokKind::Punct('.' | '!' | '?')));
    if !ends {
        return false;
    }
    let start = c.saturating_sub(5);
    (start..c).rev().any(|q| {
        toks[q].kind == TokKind::QuoteClose
            && q > 0
            && matches!(toks[q - 1].kind, TokKind::Punct(',' | '!' | '?'))
            && c - q >= 2
            && toks[q + 1..c].iter().all(|t| t.is_word())
    })
}

/// A verb that takes the cue as its infinitive, ending right before `toks[j]`: "went on to"
/// ("The letter goes on to say"), "continued to", "began to", "tried to", "was quick to"
/// ("was quick to point out that …"). Returns how many words it has, "was" of "was quick to"
/// included.
pub(crate) fn catenative_before(toks: &[Tok], j: usize) -> Option<usize> {
    if j < 2 || !toks[j - 1].is("to") {
        return None;
    }
    let w = toks[j - 2].lower.as_str();
    if j >= 3
        && w == "on"
        && matches!(
            toks[j - 3].lower.as_str(),
            "go" | "goes" | "went" | "gone" | "going"
        )
    {
        return Some(3);
    }
    if CATENATIVES.contains(&w) {
        return Some(2);
    }
    (j >= 3
        && ["quick", "careful", "keen", "eager", "first"].contains(&w)
        && is_be(&toks[j - 3].lower))
    .then_some(3)
}

/// Verbs that take a reporting verb as their infinitive ("continued to insist").
const CATENATIVES: &[&str] = &[
    "continue",
    "continues",
    "continued",
    "continuing",
    "began",
    "begin",
    "begins",
    "begun",
    "beginning",
    "started",
    "starts",
    "tried",
    "tries",
    "sought",
    "seeks",
    "hastened",
    "hastens",
    "rushed",
    "rushes",
    // "Rowntree interrupted to ask whether …", "rose to say", "phoned to say": a verb of
    // taking one's turn or reaching out, then the cue as its purpose.
    "interrupted",
    "interrupts",
    "rose",
    "rises",
    "stood",
    "paused",
    "stopped",
    "returned",
    "phoned",
    "called",
    "emailed",
    "wrote",
];

/// Words that open a credit's source after a comma ("…, the coach answers."); the last three
/// are subject pronouns.
const CREDIT_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "he", "she", "they",
];
