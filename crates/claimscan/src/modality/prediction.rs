//! Predictions and the future: "will", "shall", "going to" (before a verb, not "going to
//! court"), and "would" in its two readings. After a past reporting verb "would" is a
//! backshifted "will" ("she said the bridge would open": a prediction); elsewhere it is
//! hypothetical ("a new bridge would halve the trip"), a condition left unsaid, except where
//! it tells the past: "would later", "would become", "would often" (narrative), "would have"
//! (counterfactual). "will" after a determiner or before "of" is the noun ("the will of the
//! voters"). The `future` field also counts "is expected to", "next year" and kin.

use super::cues::HedgeHit;
use crate::lexicon::Lexicons;
use crate::report::{Certainty, HedgeType};
use crate::rules::Rule;
use crate::tokens::Tok;
use crate::words::{is_be, is_determiner, is_month_name, is_number_word, is_time_word};

/// The prediction and hypothetical cues of one sentence's tokens.
pub(super) fn cues(toks: &[Tok], lex: &Lexicons, out: &mut Vec<HedgeHit>) {
    for i in 0..toks.len() {
        let t = &toks[i];
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        let next = toks.get(i + 1);
        let (phrase, kind, level, rule) = match t.lower.as_str() {
            "will" | "shall" if is_modal_will(prev, next) && !is_habitual(next) => (
                if t.lower == "will" { "will" } else { "shall" },
                HedgeType::Prediction,
                Certainty::Probable,
                Rule::HedgePrediction,
            ),
            w if w == "'ll"
                || w == "won't"
                || w.len() > 3 && (w.ends_with("'ll") || w.ends_with("\u{2019}ll")) =>
            {
                (
                    if w == "won't" { "won't" } else { "'ll" },
                    HedgeType::Prediction,
                    Certainty::Probable,
                    Rule::HedgePrediction,
                )
            }
            "going" if is_going_to(prev, next, toks.get(i + 2)) => (
                "going to",
                HedgeType::Prediction,
                Certainty::Probable,
                Rule::HedgePrediction,
            ),
            // "Prices should fall by spring", "the bridge should reopen next week": "should"
            // before "be" or a verb of change, with a time ahead in the sentence, is an
            // expectation. Not a duty ("Parents should collect their children by noon"), nor
            // "should have" (what ought to have been), nor an inversion ("should talks fail": a
            // condition, modality/condition.rs).
            "should"
                if next.is_some_and(|n| {
                    n.is_word() && !n.cap && !n.quoted && is_expected_change(&n.lower)
                }) && prev.is_some_and(|p| p.is_word())
                    && modal_with_time_ahead(&toks[i..]).is_some() =>
            {
                (
                    "should",
                    HedgeType::Prediction,
                    Certainty::Probable,
                    Rule::HedgeShouldExpected,
                )
            }
            "would" | "wouldn't" => {
                let reported = reported_before(toks, i, lex);
                if !reported && (is_narrative_would(next) || is_counterfactual(next)) {
                    continue;
                }
                if reported {
                    (
                        "would",
                        HedgeType::Prediction,
                        Certainty::Probable,
                        Rule::HedgeWouldReported,
                    )
                } else {
                    (
                        "would",
                        HedgeType::Condition,
                        Certainty::Conditional,
                        Rule::HedgeWouldHypothetical,
                    )
                }
            }
            _ => continue,
        };
        out.push(HedgeHit {
            span: t.span,
            phrase,
            kind,
            level,
            rule,
        });
    }
}

/// A verb after "should" that tells what is expected to happen rather than what somebody
/// ought to do: "be" ("should be ready"), verbs of change, arrival or staying ("fall",
/// "reopen", "stay below freezing") and "see" or "take" ("should see relief", "should take
/// weeks").
fn is_expected_change(w: &str) -> bool {
    matches!(
        w,
        "be" | "fall"
            | "rise"
            | "drop"
            | "climb"
            | "ease"
            | "peak"
            | "reopen"
            | "open"
            | "close"
            | "resume"
            | "return"
            | "recover"
            | "improve"
            | "arrive"
            | "end"
            | "finish"
            | "begin"
            | "start"
            | "clear"
            | "last"
            | "come"
            | "reach"
            | "increase"
            | "decrease"
            | "decline"
            | "grow"
            | "slow"
            | "stabilize"
            | "stabilise"
            | "wrap"
            | "stay"
            | "remain"
            | "hold"
            | "continue"
            | "break"
            | "see"
            | "take"
            | "happen"
            | "follow"
    )
}

/// "will often", "will usually": the habit of a kind ("the birds will often nest twice"), no
/// prediction.
fn is_habitual(next: Option<&Tok>) -> bool {
    next.is_some_and(|n| {
        matches!(
            n.lower.as_str(),
            "often"
                | "usually"
                | "sometimes"
                | "typically"
                | "generally"
                | "normally"
                | "always"
                | "frequently"
                | "occasionally"
        )
    })
}

/// "would later", "would go on to", "would become", "would often": the narrative
/// future-in-the-past or the habitual past, a fact told, not a prediction or a hypothesis
/// (after a reporting verb, "said it would become", it is a backshifted "will" instead).
fn is_narrative_would(next: Option<&Tok>) -> bool {
    next.is_some_and(|n| {
        [
            "later",
            "eventually",
            "subsequently",
            "ultimately",
            "finally",
            "soon",
            "then",
            "go",
            "become",
            "begin",
            "continue",
            "often",
            "usually",
            "sometimes",
            "always",
            "regularly",
        ]
        .contains(&n.lower.as_str())
    })
}

/// "would have" with no reporting verb before it: the counterfactual past ("a conviction
/// would have carried a fine"), which tells that something did not happen; the Szeged scheme
/// leaves it unmarked. A condition beside it ("had the dam failed", "if …") is a cue of its own.
fn is_counterfactual(next: Option<&Tok>) -> bool {
    next.is_some_and(|n| n.is("have") || n.lower == "'ve")
}

/// "would have" + participle in reported speech at `toks[k]` that tells what did not happen,
/// not a backshifted "will have": "she said the outcome would have been different", "he said
/// the bridge would have opened if the steel had come". With a time still ahead and no "if …
/// had" ("said the work would have been finished by June") it stays the future perfect.
pub(super) fn counterfactual_past(toks: &[Tok], k: usize) -> bool {
    // ("would have to report", "would have nothing left": "have" the verb, no participle.)
    let participle = toks.get(k + 2).is_some_and(|p| {
        let w = p.lower.as_str();
        w == "been"
            || w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"))
            || matches!(
                w,
                "done"
                    | "gone"
                    | "made"
                    | "had"
                    | "got"
                    | "seen"
                    | "known"
                    | "lost"
                    | "paid"
                    | "built"
                    | "won"
                    | "sold"
                    | "left"
                    | "kept"
                    | "brought"
                    | "bought"
                    | "found"
                    | "held"
                    | "run"
                    | "come"
                    | "become"
                    | "cut"
                    | "put"
                    | "hit"
                    | "shut"
                    | "felt"
                    | "meant"
                    | "spent"
                    | "sent"
                    | "taught"
                    | "caught"
            )
    });
    if !is_counterfactual(toks.get(k + 1)) || !participle {
        return false;
    }
    let rest = &toks[(k + 2).min(toks.len())..];
    let if_had = rest
        .iter()
        .any(|t| t.is("if") || t.is("had") || t.is("without"));
    let ahead = rest.windows(2).any(|w| {
        w[0].is("by")
            && (is_month_name(&w[1].lower)
                || w[1].lower.bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    w[1].lower.as_str(),
                    "then" | "next" | "the" | "mid" | "early" | "late"
                ))
    }) || rest.iter().any(|t| t.is("next") || t.is("within"));
    if_had || !ahead
}

/// "will" the modal, not the noun: no determiner or adjective of the noun before it, a word
/// (not "of" or punctuation) after it.
fn is_modal_will(prev: Option<&Tok>, next: Option<&Tok>) -> bool {
    // "This will work", "that will change": a demonstrative alone is the subject, when a verb
    // follows (not "this will is contested", "that will and testament").
    let demonstrative_subject = prev
        .is_some_and(|p| matches!(p.lower.as_str(), "this" | "that" | "these" | "those"))
        && next.is_some_and(|n| {
            n.is_word()
                && !n.cap
                && !is_be(&n.lower)
                && !matches!(n.lower.as_str(), "has" | "and" | "or")
        });
    let noun_before = !demonstrative_subject
        && prev.is_some_and(|p| {
            is_determiner(&p.lower)
                || [
                    "free",
                    "political",
                    "good",
                    "ill",
                    "own",
                    "popular",
                    "public",
                    "last",
                    "strong",
                    "iron",
                    "against",
                    "at",
                    "'s",
                ]
                .contains(&p.lower.as_str())
        });
    !noun_before && next.is_some_and(|n| n.is_word() && !n.is("of") && !n.is("to"))
}

/// "is going to" before a verb ("is going to build"), not a movement ("is going to court",
/// "going to the polls", "going to Paris").
fn is_going_to(prev: Option<&Tok>, next: Option<&Tok>, after: Option<&Tok>) -> bool {
    next.is_some_and(|n| n.is("to"))
        && after.is_some_and(super::context::is_verb_after_to)
        && prev.is_some_and(|p| {
            matches!(
                p.lower.as_str(),
                "is" | "are" | "am" | "was" | "were" | "'s" | "'re" | "'m" | "not"
            )
            // "She's going to", "you’re going to", "I'm going to": the auxiliary contracted
            // into the subject's token.
            || ["'s", "'re", "'m", "\u{2019}s", "\u{2019}re", "\u{2019}m"]
                .iter()
                .any(|c| p.lower.len() > c.len() && p.lower.ends_with(c))
        })
}

/// A past reporting verb comes before `toks[i]` in the sentence ("said", "predicted"): the
/// `past` form of an entry of the cue lexicon.
fn reported_before(toks: &[Tok], i: usize, lex: &Lexicons) -> bool {
    toks[..i].iter().any(|t| {
        lex.cue_entries(&t.lower)
            .is_some_and(|es| es.iter().any(|e| e.past == t.lower))
    })
}

/// "She expects case counts to peak next month", "the bank forecasts prices to ease": a verb
/// of expectation, its object, then "to" and a verb speaks of what is ahead; so does "is about
/// to" before a verb ("the ferry is about to resume service"). The words that say so.
pub(super) fn expects_object_to(toks: &[Tok], i: usize) -> Option<String> {
    let t = &toks[i];
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let verb_at = |k: usize| {
        toks.get(k).is_some_and(|v| {
            v.is_word()
                && !v.cap
                && !v.quoted
                && !is_determiner(&v.lower)
                && !v.lower.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    if t.is("about") && w(i + 1) == "to" && verb_at(i + 2) && i >= 1 && is_be(w(i - 1)) {
        return Some("about to".into());
    }
    let expectation = matches!(
        t.lower.as_str(),
        "expect" | "expects" | "forecast" | "forecasts" | "predicts" | "projects" | "anticipates"
    ) || t.is("expected") && !(i >= 1 && is_be(w(i - 1)));
    if !expectation || w(i + 1) == "to" {
        return None;
    }
    // The object: one to five plain words, no clause between.
    let to = (i + 2..toks.len().min(i + 7))
        .take_while(|&k| toks[k].is_word() && !toks[k].is("that") && !is_be(&toks[k].lower))
        .find(|&k| toks[k].is("to"))?;
    verb_at(to + 1).then(|| format!("{} \u{2026} to", t.lower))
}

/// Future at `toks[i]` for the `future` field: "will", "going to", "is expected to",
/// "next year" and kin.
pub(super) fn future_at(
    t: &Tok,
    prev: Option<&Tok>,
    next: Option<&Tok>,
    after: Option<&Tok>,
) -> Option<String> {
    match t.lower.as_str() {
        "will" | "shall" if is_modal_will(prev, next) => Some(t.lower.to_string()),
        "'ll" | "won't" => Some(t.lower.to_string()),
        // "I'll", "she’ll": the contraction inside the pronoun's token.
        w if w.len() > 3 && (w.ends_with("'ll") || w.ends_with("\u{2019}ll")) => Some("'ll".into()),
        "going" if is_going_to(prev, next, after) => Some("going to".into()),
        // "The hearing is scheduled for Aug. 19": a date set ahead.
        "scheduled" | "slated" | "set"
            if next.is_some_and(|n| n.is("for"))
                && prev.is_some_and(|p| matches!(p.lower.as_str(), "is" | "are")) =>
        {
            Some(format!("{} for", t.lower))
        }
        // "crews expect to open the road", "the agency is forecast to …", "promised to": what
        // somebody expects or has promised to do is ahead; so is what is (un)likely to happen
        // ("the row is unlikely to end soon" speaks of the future as "likely to" does).
        "expect" | "expects" | "forecast" | "promised" | "pledged" | "vowed" | "likely"
        | "unlikely"
            if next.is_some_and(|n| n.is("to"))
                && after.is_some_and(|v| v.is_word() && !v.cap && !is_determiner(&v.lower))
                && prev.is_none_or(|p| p.is_word() && !is_determiner(&p.lower)) =>
        {
            Some(format!("{} to", t.lower))
        }
        "expected" | "anticipated" | "set" | "due" | "scheduled" | "poised" | "slated"
            if next.is_some_and(|n| n.is("to"))
                && prev.is_some_and(|p| {
                    matches!(
                        p.lower.as_str(),
                        "is" | "are" | "was" | "were" | "be" | "been"
                    )
                }) =>
        {
            Some(format!("{} to", t.lower))
        }
        // "The first results are expected around 23:00", "A ruling is due by March".
        "expected" | "due" | "scheduled" | "slated"
            if prev.is_some_and(|p| matches!(p.lower.as_str(), "is" | "are"))
                && next.is_none_or(|n| {
                    n.is_punct('.')
                        || (n.is("in") && t.lower != "due")
                        || [
                            "around",
                            "at",
                            "by",
                            "on",
                            "later",
                            "soon",
                            "this",
                            "next",
                            "tomorrow",
                            "tonight",
                            "within",
                            "before",
                            "shortly",
                            "early",
                            "late",
                        ]
                        .contains(&n.lower.as_str())
                        // "A second news conference is expected Wednesday morning."
                        || n.cap && is_time_word(&n.lower) && n.lower.ends_with("day")
                }) =>
        {
            Some(format!(
                "{} {}",
                prev.map_or("", |p| p.lower.as_str()),
                t.lower
            ))
        }
        "tomorrow" | "upcoming" => Some(t.lower.to_string()),
        // "the province intends to train …", "the city plans to close …": what somebody means
        // to do is ahead. ("The group, a lobby for farmers, plans to …": the verb's "-s" form
        // may follow the comma or bracket that closes an insertion after the subject.)
        "intends" | "plans" | "aims" | "intend" | "plan" | "aim"
            if next.is_some_and(|n| n.is("to"))
                && after.is_some_and(|v| v.is_word() && !v.cap && !is_determiner(&v.lower))
                && prev.is_some_and(|p| {
                    p.is_word() && !is_determiner(&p.lower) && !p.is("to")
                        || (p.is_punct(',') || p.is_punct(')')) && t.lower.ends_with('s')
                }) =>
        {
            Some(format!("{} to", t.lower))
        }
        "next"
            if next.is_some_and(|n| {
                is_period_word(&n.lower) && n.lower != "quarter" || n.is("season")
            }) =>
        {
            Some(format!("next {}", next.map_or("", |n| n.lower.as_str())))
        }
        _ => None,
    }
}

/// A year of this century or the last ("2028").
fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|c| c.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

/// A weekday or a month, lower-cased ("thursday", "aug."), or a time of day ahead ("midweek").
fn is_day_or_month(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    let weekday = w.ends_with("day") && is_time_word(w) && w != "today" && w != "yesterday";
    weekday
        || is_month_name(w)
        || matches!(
            w,
            "jan"
                | "feb"
                | "aug"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "midweek"
                | "midnight"
                | "noon"
        )
}

/// "a", "one", "two" … "ten", "several", "a few", or digits: the count of a stretch of time.
fn is_count_word(w: &str) -> bool {
    matches!(w, "a" | "an" | "several" | "few" | "coming" | "next")
        || is_number_word(w)
        || !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit())
}

/// "hours", "days", "weeks", "months", "years", "decades".
fn is_period_plural(w: &str) -> bool {
    matches!(
        w,
        "hours" | "days" | "weeks" | "months" | "years" | "decades" | "decade" | "year"
    )
}

/// "spring", "summer", "fall", "autumn", "winter".
fn is_season(w: &str) -> bool {
    matches!(w, "spring" | "summer" | "fall" | "autumn" | "winter")
}

/// A word for a stretch of the calendar ("year", "spring", "session", "quarter").
fn is_period_word(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "month"
            | "week"
            | "decade"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "session"
            | "term"
            | "quarter"
    )
}

/// "could come before the end of the month", "may close within the year": a modal of
/// possibility with a time ahead in the same claim speaks of the future. The modal and the time
/// phrase's first words, when both are there.
pub(super) fn modal_with_time_ahead(toks: &[Tok]) -> Option<String> {
    let modal = toks.iter().find(|t| {
        t.is_word()
            && matches!(
                t.lower.as_str(),
                "could" | "may" | "might" | "would" | "should" | "can"
            )
    })?;
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let time = |k: usize| is_period_word(w(k));
    let ahead = (0..toks.len()).find_map(|k| {
        let found = match w(k) {
            // "before the end of the month", "by the end of this year"
            "before" | "by" | "until" | "till" => {
                w(k + 1) == "the"
                    && w(k + 2) == "end"
                    && w(k + 3) == "of"
                    && (matches!(w(k + 4), "the" | "this" | "next") && time(k + 5)
                        // "before the end of January", "by the end of 2027"
                        || is_month_name(w(k + 4))
                        || is_year(w(k + 4)))
                    // "by 2028", "until the weekend", "by mid-January", "before Friday"
                    || is_year(w(k + 1))
                    || is_day_or_month(w(k + 1))
                    || w(k + 1).starts_with("mid")
                    || w(k + 1) == "the"
                        && matches!(w(k + 2), "weekend" | "spring" | "summer" | "fall" | "winter")
                    // "until summer", "before spring"
                    || is_season(w(k + 1))
            }
            // "within the year", "within the next month", "within weeks"
            "within" => {
                time(k + 2) && w(k + 1) == "the"
                    || w(k + 1) == "the" && w(k + 2) == "next"
                    || matches!(w(k + 1), "weeks" | "months" | "days" | "years")
                    || is_count_word(w(k + 1)) && (time(k + 2) || is_period_plural(w(k + 2)))
            }
            // "on Thursday", "on Monday afternoon"
            "on" => is_day_or_month(w(k + 1)) && !is_year(w(k + 2)),
            // "within a decade", "within two years", "in two weeks", "in less than two hours"
            "in" if w(k + 1) == "less" && w(k + 2) == "than" => true,
            // "in the spring": a season ahead with a modal
            // ("would … in the fall" in reported speech is `future:would-in-reported-speech`.)
            "in" if w(k + 1) == "the" && is_season(w(k + 2)) => modal.lower != "would",
            "in" => is_count_word(w(k + 1)) && is_period_plural(w(k + 2)),
            "tonight" | "tomorrow" | "overnight" => true,
            // "as early as Monday", "as soon as next week", "as early as 2030"
            "early" | "soon" if w(k.wrapping_sub(1)) == "as" && w(k + 1) == "as" => {
                is_day_or_month(w(k + 2)) || is_year(w(k + 2)) || w(k + 2) == "next"
            }
            // "next week", "next spring", "next Monday"
            "next" => time(k + 1) || is_day_or_month(w(k + 1)),
            // "could take years", "may take months to resolve"
            "take" | "last" if w(k.wrapping_sub(1)) == modal.lower => {
                matches!(w(k + 1), "years" | "months" | "weeks" | "decades")
                    || is_count_word(w(k + 1)) && is_period_plural(w(k + 2))
            }
            "this" if w(k + 1) == "weekend" => true,
            // "later this year", "this fall"
            "later" | "early" | "earlier" => w(k + 1) == "this" && time(k + 2),
            // "this fall", "this year", "this season"
            "this" => time(k + 1) || w(k + 1) == "season",
            // "in the coming weeks"
            "coming" => {
                w(k.wrapping_sub(1)) == "the"
                    && matches!(w(k + 1), "days" | "weeks" | "months" | "years")
            }
            _ => false,
        };
        found.then(|| format!("{} \u{2026} {}", modal.lower, w(k)))
    })?;
    Some(ahead)
}

/// "may add express buses", "could cost $2.5 million", "might have to borrow": a modal of
/// possibility before an event's bare verb speaks of what may yet happen. Not a state ("may be
/// wrong", "could mean", "might know"), a perfect ("may have left": the past), a negated
/// "could" ("could not explain": past ability), or a question. The modal and its verb.
pub(super) fn possible_event(toks: &[Tok]) -> Option<String> {
    // "Could the plan work?": a question asks, it does not predict.
    if toks.last().is_some_and(|t| t.lower == "?") {
        return None;
    }
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (0..toks.len()).find_map(|k| {
        let modal = w(k);
        if !matches!(modal, "may" | "might" | "could") || !toks[k].is_word() || toks[k].cap && k > 0
        {
            return None;
        }
        // "may well", "could also", "might even", "could soon": one adverb between.
        let mut v = k + 1;
        if matches!(
            w(v),
            "well" | "also" | "even" | "soon" | "still" | "eventually" | "yet"
        ) {
            v += 1;
        }
        let verb = w(v);
        if modal == "could" && matches!(verb, "not" | "never" | "n't") {
            return None;
        }
        if matches!(verb, "not" | "never") {
            v += 1;
        }
        let verb = w(v);
        let have_to = verb == "have" && w(v + 1) == "to";
        // "may be excluded", "could be released in six weeks": a passive event.
        let passive = verb == "be"
            && toks.get(v + 1).is_some_and(|p| {
                p.is_word()
                    && !p.cap
                    && (p.lower.len() > 4 && p.lower.ends_with("ed")
                        || matches!(
                            p.lower.as_str(),
                            "run"
                                | "held"
                                | "built"
                                | "made"
                                | "sold"
                                | "cut"
                                | "shut"
                                | "taken"
                                | "given"
                                | "paid"
                        ))
            });
        if passive {
            return Some(format!("{modal} be {}", w(v + 1)));
        }
        let eventive = !verb.is_empty()
            && toks.get(v).is_some_and(|t| t.is_word() && !t.cap)
            && verb.bytes().all(|b| b.is_ascii_lowercase())
            && !is_state_verb(verb)
            && !is_determiner(verb)
            && (verb != "have" || have_to);
        (eventive && k + 1 < toks.len()).then(|| format!("{modal} {verb}"))
    })
}

/// Verbs of states and of meaning, which a modal of possibility makes a guess about the present
/// ("may be", "could mean"), not an event to come; and words that follow a modal without being
/// its verb.
fn is_state_verb(w: &str) -> bool {
    matches!(
        w,
        "be" | "seem"
            | "appear"
            | "know"
            | "mean"
            | "contain"
            | "include"
            | "explain"
            | "reflect"
            | "indicate"
            | "suggest"
            | "show"
            | "represent"
            | "exist"
            | "belong"
            | "matter"
            | "own"
            | "hold"
            | "feel"
            | "think"
            | "believe"
            | "say"
            | "remember"
            | "recall"
            | "account"
            | "point"
            | "refer"
            | "well"
            | "only"
            | "just"
            | "already"
            | "all"
            | "both"
    )
}

/// "Bridge to close for four months", "Hospital to double parking fees": a headline's subject,
/// then "to" and a verb, with no verb before it, tells what is to happen. The verb after "to"
/// is a lowercase word that is no determiner, number or noun by its ending ("Road to
/// recovery"). "to …" and the verb.
pub(super) fn headline_infinitive(toks: &[Tok]) -> Option<String> {
    let words: Vec<&Tok> = toks.iter().filter(|t| t.is_word()).collect();
    let k = words.iter().position(|t| t.is("to"))?;
    let verb = words.get(k + 1)?;
    let v = verb.lower.as_str();
    let nounish = [
        "tion", "sion", "ment", "ness", "ity", "ery", "ance", "ence", "ship", "age",
    ]
    .iter()
    .any(|s| v.ends_with(s));
    let before_ok = (1..=6).contains(&k)
        && words[..k].iter().all(|t| {
            !t.lower.ends_with("ed")
                && !matches!(
                    t.lower.as_str(),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "wants"
                        | "plans"
                        | "says"
                        | "said"
                        | "asks"
                        | "urges"
                        | "vows"
                        | "set"
                        | "due"
                        | "back"
                        | "up"
                        | "down"
                        | "from"
                        | "goes"
                        | "comes"
                        | "return"
                        | "returns"
                )
        });
    (before_ok
        && !verb.cap
        && v.bytes().all(|b| b.is_ascii_lowercase())
        && v.len() > 2
        && !nounish
        && !is_determiner(v)
        && (!is_number_word(v) || matches!(v, "double" | "triple" | "halve"))
        && !matches!(
            v,
            "be" | "the" | "his" | "her" | "their" | "its" | "our" | "your" | "my"
        ))
    .then(|| format!("to {v}"))
}

/// "The inquest continues Tuesday", "Voters go to the polls on Oct. 14", "The new rates take
/// effect Jan. 5": a clause in the present tense with a day or date and no past form tells a
/// scheduled event. Not a habit ("meets on Tuesdays": a plural day) nor a past ("last
/// Tuesday", "was", "-ed"). The verb and the day.
pub(super) fn scheduled_present(toks: &[Tok]) -> Option<String> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let day = (0..toks.len()).find(|&k| {
        let d = w(k);
        let weekday = d.ends_with("day")
            && is_time_word(d)
            && !matches!(d, "today" | "yesterday" | "day" | "holiday" | "someday");
        let date = (is_month_name(d.trim_end_matches('.'))
            || matches!(
                d.trim_end_matches('.'),
                "jan" | "feb" | "aug" | "sept" | "oct" | "nov" | "dec"
            ))
            && w(k + 1).bytes().next().is_some_and(|b| b.is_ascii_digit());
        (weekday || date)
            && !matches!(w(k.wrapping_sub(1)), "last" | "past" | "since" | "every")
            // ("on Saturday mornings": a habit.)
            && !matches!(w(k + 1), "mornings" | "afternoons" | "evenings" | "nights")
            // ("at Thursday's news conference": the day names an event, not when.)
            // (The token's word has its possessive ending removed: the text is longer.)
            && toks[k].span.len() == d.len()
    })?;
    let past = toks.iter().any(|t| {
        t.is_word()
            && !t.cap
            && (t.lower.ends_with("ed")
                || matches!(
                    t.lower.as_str(),
                    "was"
                        | "were"
                        | "had"
                        | "did"
                        | "went"
                        | "came"
                        | "said"
                        | "told"
                        | "took"
                        | "made"
                        | "got"
                        | "left"
                        | "ago"
                        | "been"
                        | "would"
                        | "could"
                        | "might"
                        | "should"
                        | "usually"
                        | "often"
                        | "every"
                        | "each"
                ))
    });
    if past {
        return None;
    }
    // A present verb: "continues", "runs", "opens", "go", "play", "take" after a subject.
    let verb = (1..day).find(|&k| {
        let t = &toks[k];
        let prev = &toks[k - 1];
        t.is_word()
            && !t.cap
            && prev.is_word()
            && !is_determiner(&prev.lower)
            && !matches!(
                prev.lower.as_str(),
                "to" | "of" | "in" | "on" | "for" | "and" | "or"
            )
            && (t.lower.ends_with('s') && !t.lower.ends_with("ss") && t.lower.len() > 3
                || matches!(
                    t.lower.as_str(),
                    "go" | "play"
                        | "take"
                        | "meet"
                        | "open"
                        | "close"
                        | "start"
                        | "begin"
                        | "resume"
                        | "return"
                        | "vote"
                        | "face"
                        | "head"
                ))
            && (prev.cap || prev.lower.ends_with('s') || prev.lower.len() > 2)
    })?;
    Some(format!("{} \u{2026} {}", w(verb), w(day)))
}
