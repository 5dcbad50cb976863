//! Conditions: clauses opened by "if", "unless", "provided that", "in case", or by "as long
//! as", "until" or "once" before a clause ("as long as the drought lasts", not "as long as the
//! bridge"), or by an inverted "should"/"were"/"had" ("should Russia
//! breach the terms", "Should talks fail, …"). "if" after a question word ("asked if") opens an
//! indirect question instead: an investigation cue.

use super::cues::HedgeHit;
use crate::report::{Certainty, HedgeType};
use crate::rules::Rule;
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{is_auxiliary, is_be, is_determiner, is_subject_pronoun, is_time_word};

/// The condition and indirect-question cues of one sentence's tokens.
pub(super) fn cues(toks: &[Tok], out: &mut Vec<HedgeHit>) {
    for i in 0..toks.len() {
        if toks[i].is("if") && if_is_question(toks, i) {
            out.push(HedgeHit {
                span: toks[i].span,
                phrase: "if",
                kind: HedgeType::Investigation,
                level: Certainty::Possible,
                rule: Rule::HedgeIndirectQuestion,
            });
        } else if let Some((first, marker)) = marker_at(toks, i) {
            out.push(HedgeHit {
                span: Span::new(
                    toks[first].span.start,
                    toks[i].span.end.max(marker_end(toks, i, marker)),
                ),
                phrase: marker,
                kind: HedgeType::Condition,
                level: Certainty::Conditional,
                rule: Rule::HedgeCondition,
            });
        }
    }
}

/// The end of a two-word marker that continues after `toks[i]` ("provided that").
fn marker_end(toks: &[Tok], i: usize, marker: &str) -> usize {
    match marker {
        "provided that" | "as long as" => toks.get(i + 1).map_or(toks[i].span.end, |t| t.span.end),
        _ => toks[i].span.end,
    }
}

/// `if` asks a question after a verb of asking, knowing or deciding ("asked if", "unclear if").
fn if_is_question(toks: &[Tok], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    [
        "or",
        "ask",
        "asked",
        "asks",
        "asking",
        "wonder",
        "wondered",
        "wonders",
        "know",
        "knows",
        "knew",
        "see",
        "unclear",
        "clear",
        "sure",
        "decide",
        "decided",
        "determine",
        "check",
        "checked",
        "checking",
        "question",
        "doubt",
    ]
    .contains(&p.lower.as_str())
}

/// A condition marker at `toks[i]`: the index of its first token and its name.
/// "People ask me if I'm happy", "she wondered if the bus would come", "not sure if": "if"
/// after a verb of asking or knowing (an object pronoun may stand between) opens a question,
/// "whether", not a condition.
fn if_is_interrogative(toks: &[Tok], i: usize) -> bool {
    let asks = |t: &Tok| {
        matches!(
            t.lower.as_str(),
            "ask"
                | "asks"
                | "asked"
                | "asking"
                | "wonder"
                | "wonders"
                | "wondered"
                | "wondering"
                | "know"
                | "knows"
                | "knew"
                | "sure"
                | "unclear"
                | "unsure"
                | "check"
                | "checked"
                | "see"
                | "decide"
                | "decided"
        )
    };
    let object = |t: &Tok| {
        matches!(
            t.lower.as_str(),
            "me" | "him" | "her" | "us" | "them" | "you"
        )
    };
    match i {
        0 => false,
        1 => asks(&toks[0]),
        _ => asks(&toks[i - 1]) || object(&toks[i - 1]) && asks(&toks[i - 2]),
    }
}

fn marker_at(toks: &[Tok], i: usize) -> Option<(usize, &'static str)> {
    let t = &toks[i];
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let next = toks.get(i + 1);
    let m = match t.lower.as_str() {
        "if" if !prev.is_some_and(|p| p.is("even") || p.is("as"))
            && !if_is_concessive(toks, i)
            && !if_is_elliptic(toks, i)
            && !if_is_interrogative(toks, i) =>
        {
            "if"
        }
        "unless" => "unless",
        "provided" | "providing" if next.is_some_and(|n| n.is("that")) => "provided that",
        "long"
            if prev.is_some_and(|p| p.is("as"))
                && next.is_some_and(|n| n.is("as"))
                && opens_clause(toks, i + 2)
                && !is_extent(toks, i + 2) =>
        {
            return Some((i - 1, "as long as"));
        }
        "case" if prev.is_some_and(|p| p.is("in")) && next.is_some_and(|n| !n.is("of")) => {
            return Some((i - 1, "in case"));
        }
        "until" | "till"
            if opens_clause(toks, i + 1)
                && !prev.is_some_and(|p| p.is("not"))
                && !names_a_time(toks, i)
                && !tells_the_past(toks, i) =>
        {
            "until"
        }
        "once"
            if opens_clause(toks, i + 1)
                && !prev.is_some_and(|p| is_be(&p.lower))
                && !tells_the_past(toks, i) =>
        {
            "once"
        }
        "should" | "were" | "had" if is_inversion(toks, i) => "inversion",
        _ => return None,
    };
    Some((i, m))
}

/// "most if not all", "little, if any": "if" before "not"/"any"/"ever" concedes, it sets no
/// condition. "If any of its members are let go, …", "if any staff are cut": "if any" opens a
/// condition unless a word of small amount comes before it ("few, if any,", "little if any")
/// or punctuation right after it ("…, if any.").
fn if_is_concessive(toks: &[Tok], i: usize) -> bool {
    let Some(n) = toks.get(i + 1) else {
        return false;
    };
    if n.is("any") {
        let before = i
            .checked_sub(1)
            .and_then(|p| {
                if toks[p].is_punct(',') {
                    p.checked_sub(1)
                } else {
                    Some(p)
                }
            })
            .map(|p| toks[p].lower.as_str());
        let small = before.is_some_and(|w| {
            matches!(
                w,
                "few"
                    | "little"
                    | "rarely"
                    | "seldom"
                    | "hardly"
                    | "scant"
                    | "no"
                    | "none"
                    | "limited"
            )
        });
        let bare = toks.get(i + 2).is_none_or(|t| !t.is_word());
        return small || bare;
    }
    matches!(n.lower.as_str(), "not" | "anything" | "ever" | "only")
}

/// "competent, if tedious,", "if simple,", "if possible.": "if" before one word that is no
/// participle and then punctuation is a concession or an aside with no clause; a reduced
/// condition keeps its participle ("if approved,") or its subject.
fn if_is_elliptic(toks: &[Tok], i: usize) -> bool {
    let (Some(w), Some(after)) = (toks.get(i + 1), toks.get(i + 2)) else {
        return false;
    };
    w.is_word()
        && !after.is_word()
        && !is_participle(&w.lower)
        && !is_subject_pronoun(&w.lower)
        && !matches!(w.lower.as_str(), "so" | "not")
}

/// A clause starts at `toks[k]`: a subject (a determiner or a subject pronoun, or a name) and,
/// within six words and before any comma, a finite verb.
fn opens_clause(toks: &[Tok], k: usize) -> bool {
    let Some(s) = toks.get(k) else { return false };
    let subject = is_subject_pronoun(&s.lower)
        || (is_determiner(&s.lower) && !matches!(s.lower.as_str(), "a" | "an" | "more" | "one"))
        || (s.cap && s.is_word());
    if !subject {
        return false;
    }
    toks.iter()
        .skip(k + 1)
        .take(6)
        .take_while(|t| t.is_word())
        .any(|t| is_be(&t.lower) || is_auxiliary(&t.lower) || is_finite_verb_form(&t.lower))
}

/// The clause after "as long as" at `toks[k]` is an extent, not a condition: a subject and a
/// bare modal that end the clause ("held on as long as we could", "as long as they can,"),
/// or "it takes" ("will stay as long as it takes").
fn is_extent(toks: &[Tok], k: usize) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t: &Tok| t.lower.as_str());
    let ends = |j: usize| toks.get(j).is_none_or(|t| !t.is_word());
    let modal = matches!(w(k + 1), "could" | "can" | "would" | "will" | "did" | "do");
    is_subject_pronoun(w(k)) && (modal && ends(k + 2) || w(k + 1) == "takes" && ends(k + 2))
}

/// The negation at `toks[i]` is inside a condition clause opened before it, with no comma
/// or gap between ("workers would leave if the plant did not call them back"): it negates
/// the condition, not the claim ("could return if rates fall, but he would not promise …"
/// stays negated).
pub(super) fn inside_condition(toks: &[Tok], i: usize) -> bool {
    (0..i).rev().any(|j| {
        clause_at(toks, j).is_some_and(|(span, _)| span.contains(toks[i].span))
            && toks[j..=i].iter().all(|t| t.is_word())
            && toks[j..i]
                .iter()
                .zip(&toks[j + 1..=i])
                .all(|(a, b)| b.span.start <= a.span.end + 3)
    })
}

/// "until the 1960s", "until the end of the war", "until the age of eight": a time, not a
/// clause, whatever verb follows it.
fn names_a_time(toks: &[Tok], i: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t: &Tok| t.lower.as_str());
    let head = if is_determiner(w(i + 1)) {
        i + 2
    } else {
        i + 1
    };
    let h = w(head);
    h.starts_with(|c: char| c.is_ascii_digit())
        || is_time_word(h)
        || h.starts_with("mid")
        || [
            "end",
            "start",
            "beginning",
            "middle",
            "age",
            "late",
            "early",
            "close",
            "turn",
            "summer",
            "winter",
            "spring",
            "autumn",
            "fall",
        ]
        .contains(&h)
}

/// The clause after "until"/"once" at `toks[i]` is in the past ("until the law was amended",
/// "once he signed it"): a time told, not a condition, unless a modal before it sets the
/// sentence in a reported future ("said it would wait until the talks ended"). Its first
/// auxiliary or verb form decides: "was", "were", "had", "did", "could" or an "-ed" form say
/// past; "is", "are", "has" and kin say present.
fn tells_the_past(toks: &[Tok], i: usize) -> bool {
    // Within the fifteen words before: the clause the marker belongs to (and a bound on the
    // work per marker).
    let modal_before = toks[i.saturating_sub(15)..i].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "would" | "could" | "might" | "will" | "may" | "should"
        )
    });
    if modal_before {
        return false;
    }
    for t in toks.iter().skip(i + 2).take(6).take_while(|t| t.is_word()) {
        match t.lower.as_str() {
            "was" | "were" | "had" | "did" | "could" => return true,
            "is" | "are" | "am" | "has" | "have" | "does" | "do" | "can" | "will" | "be" => {
                return false
            }
            w if w.len() > 3 && w.ends_with("ed") => return true,
            _ => {}
        }
    }
    false
}

/// A third-person or past form of a verb, as far as its ending tells: "ends", "finished".
fn is_finite_verb_form(w: &str) -> bool {
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    (w.len() > 3 && w.ends_with("ed"))
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
}

/// An inverted "should"/"were"/"had" has a subject and then a verb ("should Russia breach",
/// "were the talks to fail"), with no comma in between; it opens the sentence or follows a
/// word that is no subject, and the sentence is no question.
fn is_inversion(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let next = toks.get(i + 1);
    let subject_next = next.is_some_and(|n| {
        n.is_word()
            && (n.cap
                || is_determiner(&n.lower)
                || (is_subject_pronoun(&n.lower) && n.lower != "it"))
    });
    let prev_ok = match prev {
        None => true,
        Some(p) if matches!(p.kind, TokKind::Punct(',' | ';' | '—') | TokKind::QuoteOpen) => true,
        // After a noun, "were"/"had" is the verb of its clause ("the towns were closer").
        Some(p) if t.lower != "should" => matches!(p.lower.as_str(), "and" | "but" | "or" | "even"),
        Some(p) => {
            p.is_word()
                && !is_subject_pronoun(&p.lower)
                && !matches!(
                    p.lower.as_str(),
                    "what" | "how" | "why" | "where" | "when" | "who" | "that" | "which"
                )
        }
    };
    // "Should talks fail next week, the union will strike": a plural noun with no
    // determiner opens the subject when "should" opens the sentence or a clause, and a comma
    // later ends the condition.
    let bare_plural_subject = t.lower == "should"
        && prev
            .is_none_or(|p| matches!(p.kind, TokKind::Punct(',' | ';' | '—') | TokKind::QuoteOpen))
        && next.is_some_and(|n| {
            n.is_word()
                && !n.cap
                && !n.quoted
                && n.lower.len() > 3
                && n.lower.ends_with('s')
                && !n.lower.ends_with("ss")
        })
        && toks.get(i + 2).is_some_and(|v| v.is_word() && !v.cap)
        && toks[i + 1..].iter().any(|t| t.is_punct(','));
    let subject_next = subject_next || bare_plural_subject;
    let question = toks.last().is_some_and(|l| l.is_punct('?'));
    subject_next && prev_ok && !question && inversion_has_verb(toks, i + 1, t.lower.as_str())
}

/// A past participle, as far as its form tells: "-ed", "-en", "-wn" ("failed", "broken",
/// "known") or a common irregular one ("been", "made", "lost").
fn is_participle(w: &str) -> bool {
    (w.len() > 3 && (w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn")))
        || [
            "been", "done", "gone", "made", "left", "lost", "won", "paid", "told", "kept", "held",
            "heard", "had", "come", "become", "run", "hit", "cut", "sold", "met", "built", "sent",
            "spent", "brought", "bought", "thought", "found",
        ]
        .contains(&w)
}

fn inversion_has_verb(toks: &[Tok], from: usize, aux: &str) -> bool {
    for t in toks.iter().skip(from).take(6) {
        if !t.is_word() {
            return false;
        }
        if aux == "were" && t.is("to") {
            return true;
        }
        if aux == "had" && is_participle(&t.lower) {
            return true;
        }
        if aux == "should" && !t.cap && !is_determiner(&t.lower) && !is_subject_pronoun(&t.lower) {
            return true;
        }
    }
    false
}

/// The condition clause opened at `toks[i]`, if any: its span and its marker.
pub(super) fn clause_at(toks: &[Tok], i: usize) -> Option<(Span, &'static str)> {
    if toks[i].is("if") && if_is_question(toks, i) {
        return None;
    }
    let (start, marker) = marker_at(toks, i)?;
    let n = toks.len();
    // To the next comma when the condition opens its clause, else to the end. A content of
    // several sentences ("Mostly, yes. If the river keeps rising, we would close the road.")
    // opens a clause after each sentence's end too.
    let opens = start == 0
        || matches!(
            toks[start - 1].kind,
            TokKind::Punct(',' | ';' | ':' | '—' | '.' | '!' | '?') | TokKind::QuoteOpen
        );
    let mut end = i + 1;
    while end < n {
        let e = &toks[end];
        if matches!(
            e.kind,
            TokKind::Punct(';' | '.' | '!' | '?') | TokKind::QuoteClose
        ) || (opens && e.is_punct(','))
            // "If staff are cut, he said, the union will fight": a claim's content skips the
            // credit and its commas, so a gap in the text between two of its tokens ends the
            // condition as the comma would.
            || (opens && e.span.start > toks[end - 1].span.end + 3)
        {
            break;
        }
        end += 1;
    }
    (end > i + 1).then(|| {
        (
            Span::new(toks[start].span.start, toks[end - 1].span.end),
            marker,
        )
    })
}
