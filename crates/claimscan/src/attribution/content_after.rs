//! The content after a pre-posed cue: `[addressee] [that] CONTENT`, a quotation, a wh-clause,
//! an infinitive for cues of commitment and warning, or a bare clause with its own finite verb.
//! Emits the `content:` reasons and `channel:after-cue`.

use super::content::{auxiliary_ahead, clause_end, clause_from, trim_content_end};
use super::found::{span_of, words_in, Ctx};
use super::noun_phrase::is_past_form;
use crate::lexicon::{CueClass, CueEntry, Frames};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::*;

/// A content found after a cue: its token range, the channel named on the way, and why.
pub(crate) struct After {
    pub st: usize,
    pub end: usize,
    pub channel: Option<Span>,
    pub reasons: Vec<Reason>,
}

/// The content after the cue at `toks[c..after]`.
pub(crate) fn content_after(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> Option<After> {
    // "The case on which the court ruled was about …", "the loopholes he cited are …": a
    // finite verb right after the cue belongs to the clause around it; the cue has no
    // content. (After a verb of saying or belief it is the relative's reported predicate:
    // "donations, which he said were tied to favours", unless a preposition governs the
    // relative pronoun.)
    let reported_predicate = matches!(
        entry.class,
        CueClass::Neutral | CueClass::Belief | CueClass::Assertive | CueClass::Warning
    ) && !(c.saturating_sub(6)..c).any(|k| {
        k > 0
            && matches!(toks[k].lower.as_str(), "which" | "whom")
            && is_np_preposition(&toks[k - 1].lower)
    });
    if !reported_predicate
        && toks.get(after).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && !t.quoted
                && matches!(
                    t.lower.as_str(),
                    "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would"
                )
        })
    {
        return None;
    }
    let mut reasons = Vec::new();
    let mut st = after;
    let mut channel = None;
    // "put it bluntly: “…”", "replied angrily, “…”", "adding later that …": one or two adverbs
    // between the cue and a quotation, a comma, a colon or "that".
    let adverbs = toks[st..]
        .iter()
        .take(2)
        .take_while(|t| is_post_cue_adverb(t))
        .count();
    if adverbs > 0
        && toks.get(st + adverbs).is_some_and(|t| {
            t.is_punct(':') || t.is_punct(',') || t.is("that") || t.kind == TokKind::QuoteOpen
        })
    {
        st += adverbs;
    }
    if toks
        .get(st)
        .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
    {
        st += 1;
    }
    // "the 301 million analysts had expected, according to a survey …": a credit of the
    // sentence around it follows the cue, no content of its own.
    if toks.get(st).is_some_and(|t| t.is("according")) {
        return None;
    }
    // "The text committed members to “refrain from …”": a verb that reports only a quoted
    // infinitive after its object ("committed suicide", "committed fraud to hide it" report
    // nothing).
    if entry.frames.has(Frames::QUOTED_INFINITIVE) {
        return quoted_request(ctx, toks, st, entry, None, &mut reasons);
    }
    if entry.class == CueClass::Framing {
        return framing(ctx, toks, c, after, entry);
    }
    // "said in a statement: “…”", "said Tuesday, “…”", "wrote on social media late Friday: “…”":
    // a phrase of time or place, then a comma or colon and the quotation.
    // ("tweeted a single line: “…”", "wrote two words: “…”": an object naming the words, then
    // a colon and the quotation that gives them.)
    let adjunct = adjunct_before_quotation(ctx, toks, st);
    let quotation = adjunct
        .map(|(q, _)| q)
        .or_else(|| words_object_before_quotation(ctx, toks, st));
    if let Some(q) = quotation {
        if adjunct.is_some_and(|(_, on_channel)| on_channel) {
            let end = if toks[q - 1].is_word() { q } else { q - 1 };
            channel = Some(span_of(toks, st, end));
            reasons.push(Reason::new(Rule::ChannelAfterCue));
        }
        reasons.push(Reason::new(Rule::ContentQuotation));
        let (st, end) = clause_from(ctx, toks, q, min_words_at(ctx, toks, q))?;
        return Some(After {
            st,
            end,
            channel,
            reasons,
        });
    }
    // "cautioned, as did the campaign itself, that …": a comparison between commas.
    if toks.get(st).is_some_and(|t| t.is("as"))
        && toks.get(st + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "did" | "does" | "do" | "has" | "have" | "had"
            )
        })
    {
        if let Some(k) = (st + 2..toks.len().min(st + 12)).find(|&k| toks[k].is_punct(',')) {
            st = k + 1;
        }
    }
    // "says of Clinton, …": the topic phrase is skipped (not "said about 20 people …").
    let about_number = toks.get(st).is_some_and(|t| t.is("about"))
        && toks.get(st + 1).is_some_and(|n| {
            n.lower.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(&n.lower)
        });
    if !about_number && toks.get(st).is_some_and(|t| t.is("of") || t.is("about")) {
        if let Some(k) = (st + 1..toks.len().min(st + 8)).find(|&k| toks[k].is_punct(',')) {
            // Not before a participle clause: "complained about the rules, even suggesting …".
            let participle = toks[k + 1..]
                .iter()
                .find(|t| !(t.is_word() && is_aux_or_adverb(&t.lower)))
                .is_some_and(|t| t.is_word() && t.lower.ends_with("ing"));
            if participle {
                return None;
            }
            st = k + 1;
        }
    }
    // "pledged Saturday to rebuild …", "vowed last week to …", "promised on Monday to …": a
    // phrase of time between the cue and its infinitive.
    // (Not after "plans", "pledges", "hopes": "announced plans Tuesday to …" holds a noun.)
    if let Some(n) = time_before_infinitive(toks, st) {
        if !toks[c].lower.ends_with('s') {
            st += n;
        }
    }
    if let Some((t, time_clause)) = that_within_reach(ctx, toks, st, entry) {
        if pronoun_that(toks, t) {
            return None;
        }
        if t > st {
            // A channel names where it was said ("in a statement"), not when ("on Tuesday",
            // "after the meeting"); it may follow the addressee ("told buyers in a letter
            // that").
            let opens_channel = |k: usize| {
                let w = &toks[k];
                (is_leading_preposition(&w.lower) || w.is("in") || w.is("on"))
                    && !is_time_opener(&w.lower)
            };
            // The channel stops before a clause or phrase of time ("in a statement after the
            // episode was recorded").
            let chan_limit = time_clause.map_or(t, |(a, _)| a);
            let chan_start = if opens_channel(st) {
                Some(st)
            } else {
                (st + 1..chan_limit.min(st + 5)).find(|&k| {
                    opens_channel(k)
                        && toks[st..k].iter().all(|x| {
                            x.is_word()
                                && !x.quoted
                                && (ctx.lex.is_addressee(&x.lower)
                                    || is_determiner(&x.lower)
                                    || entry.frames.has(Frames::ADDRESSEE)
                                        && !is_be(&x.lower)
                                        && !is_auxiliary(&x.lower))
                        })
                })
            };
            if let Some((cs, ce)) = chan_start
                .map(|cs| (cs, channel_end(ctx, toks, cs, chan_limit)))
                .filter(|&(cs, ce)| toks[cs..ce].iter().any(|x| ctx.lex.is_channel(&x.lower)))
            {
                channel = Some(span_of(toks, cs, trim_content_end(toks, cs, ce)));
                reasons.push(Reason::new(Rule::ChannelAfterCue));
            } else if let Some(end) = outlet_addressee(ctx, toks, st, chan_limit, entry) {
                channel = Some(span_of(toks, st, end));
                reasons.push(Reason::new(Rule::ChannelAfterCue));
            }
        }
        if time_clause.is_some() {
            reasons.push(Reason::new(Rule::ContentThatAfterTimeClause));
        }
        reasons.push(Reason::new(Rule::ContentThatClause));
        // "warned that could change overnight": "that" right before a modal or a form of "be"
        // is the clause's subject (a demonstrative), not its conjunction.
        let demonstrative = toks.get(t + 1).is_some_and(|v| {
            v.is_word() && !v.cap && (is_finite_auxiliary(&v.lower) || is_be(&v.lower))
        });
        st = if demonstrative { t } else { t + 1 };
    } else {
        let addressee_start = st;
        if entry.frames.has(Frames::OBJECT) {
            let before = st;
            st = skip_addressee(ctx, toks, after, st);
            // "Several evacuees told CBC News they had …": an outlet spoken to is the channel.
            let end = if st > before && toks[st - 1].is_punct(',') {
                st - 1
            } else {
                st
            };
            if channel.is_none()
                && end > before
                && entry.frames.has(Frames::ADDRESSEE)
                && (super::outlet::is_outlet(ctx.lex, &toks[before..end])
                    || super::outlet::addressed_as_outlet(ctx.lex, ctx.text, &toks[before..end]))
            {
                channel = Some(span_of(toks, before, end));
                reasons.push(Reason::new(Rule::ChannelAfterCue));
            }
        }
        if let Some(found) = addressee_infinitive(ctx, toks, st, entry, channel, &mut reasons) {
            return found;
        }
        if let Some(found) =
            quoted_request(ctx, toks, addressee_start, entry, channel, &mut reasons)
        {
            return Some(found);
        }
        if entry.frames.has(Frames::DEMAND) {
            if !toks
                .get(st)
                .is_some_and(super::object_content::opens_an_object)
            {
                return None;
            }
            reasons.push(Reason::new(Rule::ContentDemand));
            let end = trim_content_end(toks, st, clause_end(ctx.lex, toks, st));
            return (end > st).then_some(After {
                st,
                end,
                channel,
                reasons,
            });
        }
        // ("laws expected next month": a participle in -ed takes no object.)
        let participle = entry.lemma == "expect" && toks[c].lower.ends_with("ed");
        if entry.class == CueClass::Evaluation
            || entry.frames.has(Frames::OBJECT_CONTENT) && !participle
        {
            if let Some(found) = super::object_content::after(ctx, toks, st, channel, &reasons) {
                return Some(found);
            }
        }
        // "said Tuesday the plan …": the day is not part of what was said.
        let day_first = toks
            .get(st)
            .is_some_and(|t| is_time_word(&t.lower) && t.cap && !t.quoted);
        if day_first {
            if let Some(adjunct) = adjunct_before_clause(ctx, toks, st, entry) {
                return after_adjunct(ctx, toks, st, adjunct, channel, reasons);
            }
        }
        match bare_content(ctx, toks, st, entry) {
            Some(rule) => reasons.push(Reason::new(rule)),
            None => {
                // "The figures show a steep fall in arrivals": what evidence shows, when no
                // clause follows. (Not for disclosure cues: "announced the start of a
                // process" reports an event, not a claim.)
                // A disclosure of a count or an amount is a claim, though: "reported 2,500
                // bicycle thefts", "announced $40 million in cuts".
                let quantity_first = toks.get(st).is_some_and(|t| {
                    !t.quoted
                        && (t.lower.starts_with(|c: char| c.is_ascii_digit())
                            || matches!(t.kind, TokKind::Punct('$' | '€' | '£'))
                            || is_number_word(&t.lower) && t.lower != "one")
                });
                // ("admitted 1,240 patients", "admitted 300 students" take people in: no
                // disclosure.)
                // So is a forecast or an estimate of one: "projects a deficit of $2.1
                // billion", "forecasts growth of 2 per cent".
                let forecast_of_figure = super::cue::forecast_of_figure(ctx.lex, toks, st, entry);
                if entry.class == CueClass::Evidence
                    || entry.class == CueClass::Disclosure
                        && quantity_first
                        && entry.lemma != "admit"
                    || forecast_of_figure
                {
                    if let Some(found) =
                        super::object_content::after(ctx, toks, st, channel, &reasons)
                    {
                        return Some(found);
                    }
                }
                // "said in her budget address the city was …", "said after the vote the
                // bridge would …", "said Tuesday the plan …": a phrase of time or place, then
                // the clause.
                if let Some(adjunct) = adjunct_before_clause(ctx, toks, st, entry) {
                    return after_adjunct(ctx, toks, st, adjunct, channel, reasons);
                }
                // "said too often, the clinic …": a short adverbial and a comma open the clause.
                let comma = adverbial_before_clause(ctx, toks, st, entry)?;
                reasons.push(Reason::new(Rule::ContentAfterAdverbial));
                let (_, end) = clause_from(ctx, toks, comma + 1, 2)?;
                return Some(After {
                    st,
                    end,
                    channel,
                    reasons,
                });
            }
        }
    }
    let (st, mut end) = clause_from(ctx, toks, st, min_words_at(ctx, toks, st))?;
    // "say they have been asking the city to slow traffic, and that it took …": a "that"
    // clause joined after an infinitive belongs to the verb of saying before it.
    if reasons.iter().any(|r| r.rule == Rule::ContentInfinitive) {
        end = joined_that_before(toks, st, end);
    }
    Some(After {
        st,
        end,
        channel,
        reasons,
    })
}

/// Where an infinitive content from `toks[st]` to `toks[end]` stops before ", and that …" (a
/// "that" clause joined after an infinitive belongs to a verb of saying before it).
fn joined_that_before(toks: &[Tok], st: usize, end: usize) -> usize {
    (st + 1..end.saturating_sub(2))
        .find(|&k| {
            toks[k].is_punct(',')
                && (toks[k + 1].is("and") || toks[k + 1].is("but"))
                && toks[k + 2].is("that")
        })
        .unwrap_or(end)
}

/// How many words a phrase of time at `toks[st]` takes when "to" and a verb follow it
/// ([`time_phrase_at`]).
fn time_before_infinitive(toks: &[Tok], st: usize) -> Option<usize> {
    let n = time_phrase_at(toks, st)?;
    let verb = toks.get(st + n + 1).filter(|t| t.is_word() && !t.quoted)?;
    (toks[st + n].is("to") && !verb.cap && !is_determiner(&verb.lower)).then_some(n)
}

/// How many words a short phrase of time at `toks[st]` takes: a day ("Saturday", "Friday
/// night"), "on" and a day, "last"/"this"/"next"/"earlier"/"later" and a time word ("last
/// week"), or "earlier"/"later" and "this"/"last" and a time word ("earlier this month").
pub(crate) fn time_phrase_at(toks: &[Tok], st: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word() && !t.quoted);
    let day = |k: usize| word(k).is_some_and(|t| t.cap && is_time_word(&t.lower));
    let time = |k: usize| word(k).is_some_and(|t| is_time_word(&t.lower) && t.lower != "time");
    let relative = |k: usize| {
        word(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "last" | "this" | "next" | "earlier" | "later"
            )
        })
    };
    let part_of_day = |k: usize| {
        word(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "morning" | "afternoon" | "evening" | "night"
            )
        })
    };
    let first = word(st)?;
    let mut n = if day(st) {
        1
    } else if first.is("on") && day(st + 1) || relative(st) && time(st + 1) {
        2
    } else if matches!(first.lower.as_str(), "earlier" | "later")
        && word(st + 1).is_some_and(|t| t.is("this") || t.is("last"))
        && time(st + 2)
    {
        3
    } else {
        return None;
    };
    if part_of_day(st + n) {
        n += 1;
    }
    Some(n)
}

/// The fewest words a content opening at `toks[st]` may have: one for a quotation that is a
/// whole sentence of its own (`replied: “Absolutely.”`, `said, “No!”`), two otherwise.
fn min_words_at(ctx: &Ctx, toks: &[Tok], st: usize) -> usize {
    let whole_sentence = ctx.quote_opening_at(toks, st).is_some_and(|q| {
        q.close.is_some()
            && ctx.text[q.inner.start..q.inner.end]
                .trim_end()
                .ends_with(['.', '!', '?'])
    });
    if whole_sentence {
        1
    } else {
        2
    }
}

/// "described it as …", "called them …", "framed the vote as …": the whole verb phrase.
fn framing(ctx: &Ctx, toks: &[Tok], c: usize, after: usize, entry: &CueEntry) -> Option<After> {
    let window = &toks[after..toks.len().min(after + 10)];
    let has_as = window.iter().any(|t| t.is("as"));
    let quoted_label = window
        .iter()
        .take(5)
        .take_while(|t| !is_np_preposition(&t.lower))
        .any(|t| t.kind == TokKind::QuoteOpen);
    // ("called him twice", "called her back on Sunday", "called them at home": a telephone call.)
    let called_it = entry.frames.has(Frames::NAMES_OBJECT)
        && toks
            .get(after)
            .is_some_and(|t| matches!(t.lower.as_str(), "it" | "them" | "this" | "him" | "her"))
        && toks.get(after + 1).is_some_and(|t| {
            t.is_word()
                && !t.lower.ends_with("ly")
                && !is_time_word(&t.lower)
                && !is_leading_preposition(&t.lower)
                && !PHONE_CALL_WORDS.contains(&t.lower.as_str())
        });
    // "called that plan a betrayal", "called the ruling a disgrace": a determined object, then
    // "a"/"an" and what it is called.
    let called_object = entry.frames.has(Frames::NAMES_OBJECT)
        && toks
            .get(after)
            .is_some_and(|t| is_determiner(&t.lower) || t.is("that"))
        && (after + 2..toks.len().min(after + 5))
            .find(|&k| !toks[k].is_word() || toks[k].is("a") || toks[k].is("an"))
            .is_some_and(|k| {
                (toks[k].is("a") || toks[k].is("an"))
                    && toks[after + 1..k]
                        .iter()
                        .all(|t| !is_np_barrier(&t.lower) && !is_np_preposition(&t.lower))
                    && toks.get(k + 1).is_some_and(|n| n.is_word())
            });
    let called_complement =
        entry.frames.has(Frames::NAMES_OBJECT) && named_complement(toks, after).is_some();
    // "described supervisors who kept lists of officers": what someone describes is their
    // account, with "as" or without, when it tells something of its own (five words or more,
    // or a relative clause); "Residents described a frightening night" only sums up the
    // quotations to come.
    let object = || {
        toks[after..]
            .iter()
            .take_while(|t| t.is_word() && !t.quoted)
    };
    let account = entry.lemma == "describe"
        && toks
            .get(after)
            .is_some_and(|t| t.is_word() && !t.quoted && !is_leading_preposition(&t.lower))
        && (object().count() >= 5
            || object().take(8).any(|t| {
                matches!(
                    t.lower.as_str(),
                    "who" | "that" | "which" | "where" | "whose"
                )
            }));
    if !(has_as || called_it || called_object || quoted_label || called_complement || account) {
        return None;
    }
    let end = trim_content_end(toks, c, clause_end(ctx.lex, toks, c));
    Some(After {
        st: c,
        end,
        channel: None,
        reasons: vec![Reason::new(Rule::ContentFramingVerbPhrase)],
    })
}

/// "called half of the board's members “cowards”", "has called climate change a hoax",
/// "calling Okafor, her rival, a liar": an object, then what it is called — a quotation within
/// twelve words, or "a"/"an" and a noun after an object of at most six words with no preposition.
/// Not "called a meeting …" (an indefinite object is what was called), "called off", nor "called
/// police a second time". Returns where the name opens.
fn named_complement(toks: &[Tok], after: usize) -> Option<usize> {
    let first = toks.get(after)?;
    if !first.is_word()
        || first.quoted
        || NOT_NAMED_OBJECTS.contains(&first.lower.as_str())
        || is_time_word(&first.lower)
    {
        return None;
    }
    // "calls himself a moderate", "called themselves very conservative".
    if REFLEXIVES.contains(&first.lower.as_str()) {
        return toks
            .get(after + 1)
            .is_some_and(|t| {
                t.is_word()
                    && !t.lower.ends_with("ly")
                    && !is_leading_preposition(&t.lower)
                    && !is_np_barrier(&t.lower)
                    || t.kind == TokKind::QuoteOpen
            })
            .then_some(after + 1);
    }
    let mut plain_object = true;
    // Words of the object outside an apposition between commas ("Ruiz, her rival for the
    // seat, a …"), and whether one is open.
    let mut words = 1;
    let mut apposition = false;
    // A finite verb or a relative word outside an apposition: a clause of its own began.
    let mut clause = false;
    for k in after + 1..toks.len().min(after + 24) {
        let t = &toks[k];
        if t.kind == TokKind::QuoteOpen {
            return (k <= after + 16 && !clause).then_some(k);
        }
        if t.is_punct(',') {
            apposition = !apposition;
            continue;
        }
        if (t.is("a") || t.is("an")) && plain_object && words <= 6 && !apposition {
            let named = toks.get(k + 1).is_some_and(|n| {
                n.is_word()
                    && !is_time_word(&n.lower)
                    && !COUNTING_NOUNS.contains(&n.lower.as_str())
            });
            return named.then_some(k);
        }
        if t.is("to") {
            // "calling his refusal to attend practice “a betrayal”": an infinitive that
            // belongs to a noun of intention is part of the object; the name can then only be
            // a quotation.
            if !apposition
                && toks[k - 1].is_word()
                && INFINITIVE_NOUNS.contains(&toks[k - 1].lower.as_str())
            {
                plain_object = false;
                words += 1;
                continue;
            }
            // "called the regulator to complain about the “noise”": what follows is the call's
            // purpose.
            return None;
        }
        // "calling the fight after the game “a betrayal”", "… after drinking “…”": a
        // preposition of time before a noun phrase or a gerund, not a clause.
        if matches!(t.lower.as_str(), "after" | "before" | "since" | "until")
            && !apposition
            && toks.get(k + 1).is_some_and(|n| {
                n.is_word() && (is_determiner(&n.lower) || n.lower.ends_with("ing"))
            })
        {
            plain_object = false;
            words += 1;
            continue;
        }
        if t.is_word() {
            if apposition {
                continue;
            }
            words += 1;
            if is_np_preposition(&t.lower) || is_np_barrier(&t.lower) {
                plain_object = false;
            }
            clause |= is_np_barrier(&t.lower);
            // "called the charges unfounded and malicious", "call the levy unfair": a
            // determined object of a few words, then an adjective that ends the clause.
            if plain_object
                && (3..=5).contains(&words)
                && (is_determiner(&first.lower) || first.cap)
                && is_predicate_adjective(&t.lower)
                && toks.get(k + 1).is_none_or(|n| {
                    !n.is_word() && n.kind != TokKind::QuoteOpen
                        || matches!(n.lower.as_str(), "and" | "but" | "or" | "because")
                })
            {
                return Some(k);
            }
        } else if !t.is_punct('\'') && !t.is_punct('’') {
            return None;
        }
    }
    None
}

/// A word shaped like an adjective that can say what something is called ("unfair",
/// "dangerous", "unsubstantiated", "racist"), by its ending or a short list.
fn is_predicate_adjective(w: &str) -> bool {
    const ENDINGS: &[&str] = &["ous", "ful", "less", "able", "ible", "ic", "ive", "ish"];
    // Nouns with those endings ("the general public", "the chief executive").
    const NOUNS: &[&str] = &[
        "public",
        "republic",
        "clinic",
        "music",
        "logic",
        "traffic",
        "magic",
        "topic",
        "critic",
        "mechanic",
        "arithmetic",
        "epidemic",
        "pandemic",
        "relative",
        "executive",
        "representative",
        "detective",
        "objective",
        "initiative",
        "motive",
        "archive",
        "native",
        "collective",
        "explosive",
        "alternative",
        "incentive",
        "perspective",
        "directive",
        "narrative",
        "legislative",
        "cable",
        "table",
        "fable",
        "bible",
        "vehicle",
    ];
    w.len() > 4 && ENDINGS.iter().any(|e| w.ends_with(e)) && !NOUNS.contains(&w)
        || w.starts_with("un") && w.ends_with("ed") && w.len() > 6
        || PREDICATE_ADJECTIVES.contains(&w)
}

/// Words after "called him" that make it a telephone call ("called him twice", "… back").
const PHONE_CALL_WORDS: &[&str] = &[
    "twice", "back", "again", "at", "in", "on", "to", "from", "after", "before", "and", "but",
    "last", "this", "every", "about",
];

/// Nouns of intention whose infinitive belongs to the object of "call" ("calling his decision
/// to leave “a mistake”"), unlike a person's ("called the regulator to complain").
const INFINITIVE_NOUNS: &[&str] = &[
    "attempt",
    "bid",
    "choice",
    "decision",
    "determination",
    "effort",
    "failure",
    "move",
    "offer",
    "plan",
    "pledge",
    "promise",
    "push",
    "refusal",
    "reluctance",
    "threat",
    "vow",
    "willingness",
];

/// First words of an object that is not what somebody is called ("called a meeting", "called
/// off", "called in").
const NOT_NAMED_OBJECTS: &[&str] = &[
    "a", "an", "off", "up", "back", "out", "in", "it", "for", "on", "to",
];

/// Reflexive pronouns ("calls himself a moderate").
const REFLEXIVES: &[&str] = &[
    "himself",
    "herself",
    "themselves",
    "itself",
    "myself",
    "ourselves",
];

/// Adjectives without a telling ending that say what something is called.
const PREDICATE_ADJECTIVES: &[&str] = &[
    "wrong",
    "false",
    "untrue",
    "absurd",
    "fake",
    "unfair",
    "illegal",
    "unjust",
    "bogus",
    "ridiculous",
    "outrageous",
    "shameful",
    "historic",
    "crazy",
    "silly",
    "naive",
    "immoral",
    "insane",
    "dumb",
    "stupid",
    "bizarre",
    "racist",
    "sexist",
];

/// Nouns after "a" that count or time an act, not name its object ("called police a second
/// time", "called her a few minutes later").
const COUNTING_NOUNS: &[&str] = &[
    "second", "third", "fourth", "few", "couple", "number", "lot", "dozen", "total", "bit",
    "little", "handful", "series", "day", "week", "month", "year", "minute", "hour", "moment",
];

/// Where a channel opening at `toks[cs]` ends, before `limit`: at a comma or a word of time
/// that opens a phrase or clause of its own ("in a statement after the meeting" ends before
/// "after"; "in a letter, sent Monday," before the comma), and before a participle that
/// leads to the word of time ("in a statement issued after the vote" is "in a statement").
fn channel_end(ctx: &Ctx, toks: &[Tok], cs: usize, limit: usize) -> usize {
    let cut = |k: usize| toks[k].is_punct(',') || is_time_opener(&toks[k].lower) && !toks[k].quoted;
    // (`limit` may be where a clause of time opens: "in a report released after the flood
    // had receded".)
    let k = (cs + 1..limit).find(|&k| cut(k)).unwrap_or(limit);
    if k == cs || !cut(k) {
        return k;
    }
    let participle = toks[k - 1].is_word()
        && !toks[k - 1].cap
        && !ctx.lex.is_channel(&toks[k - 1].lower)
        && (super::content::looks_regular_past(&toks[k - 1].lower)
            || ctx.lex.is_irregular_past(&toks[k - 1].lower));
    if participle && k - 1 > cs + 1 {
        k - 1
    } else {
        k
    }
}

/// A word that opens a phrase or clause of time, which tells when something was said, not
/// where: "after the meeting", "before the vote", "when the hearing ended".
fn is_time_opener(w: &str) -> bool {
    matches!(
        w,
        "after" | "before" | "following" | "since" | "until" | "once" | "when"
    )
}

/// The most words a clause of time between a cue and "that" may have after its opener
/// ("after the first episode of the new series was recorded" has eight).
const MAX_TIME_CLAUSE_WORDS: usize = 10;

/// "said in a statement after the episode was recorded that …", "told reporters when the
/// meeting was over that …", "said on Tuesday, after the vote was delayed, that …": a short
/// clause of time inside `toks[st..that]`, opened by "after", "before", "when", "once",
/// "since" or "until", with a subject and a finite verb of its own (active or passive), that
/// runs up to "that" (or to a comma right before it). It tells when something was said, and
/// the "that" after it opens the content. Returns the clause's token range, with the commas
/// around it.
///
/// Not when the "that" may belong to the clause itself: a subject "it" or "there" ("when it
/// was clear that …"); a word at its end that takes a "that" clause ("after the board was
/// satisfied that …", "after news broke that …") or a "so"/"such" in it ("when the crowd was
/// so large that …"), unless a comma closes the clause; or a cue other than a passive one
/// ("after the minister announced that …"; but "after the cuts were announced that …").
fn time_clause_before_that(
    ctx: &Ctx,
    toks: &[Tok],
    st: usize,
    that: usize,
) -> Option<(usize, usize)> {
    let closing_comma = that > st && toks[that - 1].is_punct(',');
    let end = if closing_comma { that - 1 } else { that };
    // The opener nearest "that": "said after the meeting when the vote was delayed that".
    let open = (st..end).rev().find(|&k| {
        let t = &toks[k];
        t.is_word() && !t.quoted && is_time_opener(&t.lower) && t.lower != "following"
    })?;
    let body = &toks[open + 1..end];
    let words = body.iter().filter(|t| t.is_word()).count();
    if !(2..=MAX_TIME_CLAUSE_WORDS).contains(&words)
        || body.iter().any(|t| {
            t.quoted || t.is("that") || !(t.is_word() || t.is_punct('\'') || t.is_punct('\u{2019}'))
        })
    {
        return None;
    }
    let subject = &body[0];
    if matches!(subject.lower.as_str(), "it" | "there")
        || is_be(&subject.lower)
        || is_finite_auxiliary(&subject.lower)
    {
        return None;
    }
    // A finite verb after the subject: "was recorded", "ended", "had left", "came".
    let finite = |t: &Tok| {
        t.is_word()
            && !t.cap
            && (is_be(&t.lower)
                || is_finite_auxiliary(&t.lower)
                || super::content::looks_regular_past(&t.lower)
                || ctx.lex.is_irregular_past(&t.lower))
    };
    if !body[1..].iter().any(finite) {
        return None;
    }
    // A cue inside is a noun after a determiner or a passive without an addressee ("the cuts
    // were announced"); any other takes the "that" ("after the minister announced that").
    let cue_ok = (open + 1..end).all(|k| {
        let t = &toks[k];
        !ctx.lex.is_cue_word(&t.lower)
            || is_determiner(&toks[k - 1].lower)
            || is_be(&toks[k - 1].lower)
                && !ctx.lex.cue_entries(&t.lower).is_some_and(|es| {
                    es.iter().any(|e| {
                        e.frames.has(Frames::ADDRESSEE) || e.frames.has(Frames::ADDRESSEE_TAIL)
                    })
                })
    });
    // ("when the crowd was so large that …": "so" or "such" takes the "that".)
    let takes_that = THAT_TAKING_ENDS.contains(&toks[end - 1].lower.as_str())
        || body.iter().any(|t| t.is("so") || t.is("such"));
    if !cue_ok || !closing_comma && takes_that {
        return None;
    }
    let from = if open > st && toks[open - 1].is_punct(',') {
        open - 1
    } else {
        open
    };
    Some((from, that))
}

/// Words that, at the end of a clause of time, take the "that" after them: "when it was clear
/// that", "after the board was satisfied that", "after news broke that".
const THAT_TAKING_ENDS: &[&str] = &[
    "afraid",
    "apparent",
    "assured",
    "aware",
    "broke",
    "certain",
    "clear",
    "concerned",
    "confident",
    "convinced",
    "emerged",
    "evident",
    "glad",
    "informed",
    "known",
    "leaked",
    "likely",
    "obvious",
    "persuaded",
    "plain",
    "possible",
    "reminded",
    "satisfied",
    "sure",
    "surfaced",
    "transpired",
    "true",
    "unlikely",
    "worried",
];

/// "that" within reach, past an addressee or a channel ("told reporters on Monday that"), or
/// a clause of time ([`time_clause_before_that`]), which comes back with it.
/// "I can't promise that, and nobody can.", "We were told that.": "that" before the
/// sentence's end, or before a comma and a coordinating conjunction, is the cue's object (a
/// pronoun), not the conjunction of a content ("said that, if elected, she would …" is).
fn pronoun_that(toks: &[Tok], t: usize) -> bool {
    match toks.get(t + 1) {
        None => true,
        Some(n) if n.is_punct(',') => toks.get(t + 2).is_some_and(|c| {
            matches!(
                c.lower.as_str(),
                "and" | "but" | "or" | "so" | "yet" | "nor"
            )
        }),
        Some(n) => matches!(n.kind, TokKind::Punct('.' | ';' | '!' | '?' | ')')),
    }
}

fn that_within_reach(
    ctx: &Ctx,
    toks: &[Tok],
    st: usize,
    entry: &CueEntry,
) -> Option<(usize, Option<(usize, usize)>)> {
    // A long adjunct may stand between ("said Thursday during a taping of a town hall in
    // Erie, Pennsylvania, that …"): past ten words only after a day or a preposition.
    let reach = toks.len().min(st + 16);
    // "told reporters after the meeting that ended …": a relative "that" opens no content.
    // ("said nearly all of that loss came in 2020": after a preposition "that" is a
    // determiner.)
    let that = (st..reach).find(|&k| {
        toks[k].is("that")
            && !toks[k].quoted
            && !super::content::is_relative_that(ctx.lex, toks, k)
            && (k == st || !is_np_preposition(&toks[k - 1].lower))
    })?;
    let time_clause = time_clause_before_that(ctx, toks, st, that);
    let in_time_clause = |k: usize| time_clause.is_some_and(|(a, b)| (a..b).contains(&k));
    let first = &toks[st];
    let adjunct_opens = is_time_word(&first.lower)
        || time_clause.is_some()
        || matches!(
            first.lower.as_str(),
            "in" | "on" | "at" | "during" | "after" | "before" | "via" | "through"
        );
    if that > st + 10 && !adjunct_opens {
        return None;
    }
    // "said patients should stay inside and that schools would close": a bare clause joined
    // to the "that" clause; the content opens with the bare one. So with "but": "said Ortiz
    // stayed the favourite but that the gap had narrowed" (a name and a plain past open it).
    if that > st + 2
        && (toks[that - 1].is("and") || toks[that - 1].is("or") || toks[that - 1].is("but"))
        && super::clause::finiteness(ctx, toks, st).any()
    {
        return None;
    }
    // "aimed at a loudspeaker that …": an intention takes "to" or an object, and a "that"
    // after its object opens a relative clause.
    if entry.class == CueClass::Intention && that > st {
        return None;
    }
    // "expects to pass that figure this year", "hopes to win that seat": after "to" and a
    // verb, "that" belongs to the infinitive (a determiner or its own object clause), never
    // to the cue; the content is the "to …" phrase. ("said to reporters that" keeps it.)
    if that > st + 1 && infinitive_opens(ctx, toks, st, entry) {
        return None;
    }
    // What stands between the cue and "that" must be an addressee or a channel, else "that"
    // opens a relative clause inside the content ("said the image that he admires …").
    // ("says her community signed an agreement … that guarantees …": "her" before a noun is
    // a possessive opening a bare clause, not the addressee "told her that".)
    // ("told her closing news conference that": a possessive before a channel's noun right
    // before "that" opens the channel, as "told a news conference that" does.)
    let her_channel = that > st + 1
        && ctx.lex.is_channel(&toks[that - 1].lower)
        && toks[st + 1..that]
            .iter()
            .all(|x| x.is_word() && !x.cap && !x.quoted && !is_be(&x.lower));
    let possessive_her = toks[st].is("her")
        && !her_channel
        && toks.get(st + 1).is_some_and(|n| {
            n.is_word()
                && !n.cap
                && !n.is("that")
                && !is_leading_preposition(&n.lower)
                && !is_time_word(&n.lower)
                && !matches!(n.lower.as_str(), "in" | "on" | "at" | "during" | "after")
        });
    let middle_ok = that == st
        || time_clause.is_some_and(|(a, _)| a == st)
        || !possessive_her && {
            let m = &toks[st];
            ctx.lex.is_addressee(&m.lower)
                || m.cap
                || is_leading_preposition(&m.lower)
                || is_time_word(&m.lower)
                || matches!(
                    m.lower.as_str(),
                    "in" | "on"
                    | "to"
                    | "via"
                    | "through"
                    | "publicly"
                    | "repeatedly"
                    // "made clear over the weekend that", "said last week that"
                    | "over"
                    | "at"
                    | "during"
                    | "after"
                    | "last"
                    | "this"
                    | "earlier"
                    | "again"
                    // "claimed without evidence that"
                    | "without"
                )
                || m.lower.ends_with("ly")
                || entry.frames.has(Frames::ADDRESSEE)
        };
    // A cue word after a determiner is a noun of the channel ("in a note to clients that").
    // A short quoted title in the channel is part of it ("said on NBC's “Meet the Press” that").
    let title = (st..that)
        .find(|&k| toks[k].kind == TokKind::QuoteOpen)
        .and_then(|k| super::content::quoted_title_end(toks, k).map(|close| (k, close)))
        .filter(|&(_, close)| close < that);
    let blocked = (st..that).filter(|&k| !in_time_clause(k)).any(|k| {
        let x = &toks[k];
        if title.is_some_and(|(open, close)| (open..=close).contains(&k)) {
            return false;
        }
        // A noun rather than a cue: after a determiner; "told state television that" (a
        // modifier of a channel's noun); "in a research note that" (a channel's noun in a
        // phrase with a determiner).
        let noun = k > st && is_determiner(&toks[k - 1].lower)
            || toks
                .get(k + 1)
                .is_some_and(|n| ctx.lex.is_channel(&n.lower))
            || ctx.lex.is_channel(&x.lower) && toks[st..k].iter().any(|d| is_determiner(&d.lower));
        matches!(x.kind, TokKind::QuoteOpen | TokKind::Punct(';' | '.'))
            || ctx.lex.is_cue_word(x.lower.as_str())
                && !noun
                // "said after question period that": a noun after a preposition.
                && !(k > st
                    && matches!(
                        toks[k - 1].lower.as_str(),
                        "after" | "before" | "during" | "in" | "at" | "following"
                    ))
    });
    // "told a radio programme it is clear that …": a clause of its own opens before "that".
    // So does a name and its verb: "said Tallis was angry that day" ("that" a demonstrative),
    // or any noun and its auxiliary: "said members had raised the track on that stretch".
    // (Not a clause of time: "said after the episode was recorded that".)
    let clause_before = (st..that).filter(|&k| !in_time_clause(k)).any(|k| {
        (is_subject_pronoun(&toks[k].lower)
            || toks[k].cap && toks[k].is_word()
            || toks[k].is_word()
                && !toks[k].quoted
                && !is_time_word(&toks[k].lower)
                && !is_leading_preposition(&toks[k].lower))
            && toks
                .get(k + 1)
                .is_some_and(|v| v.is_word() && (is_be(&v.lower) || is_finite_auxiliary(&v.lower)))
    });
    (middle_ok && !blocked && !clause_before).then_some((that, time_clause))
}

/// "told state television that", "told CBC Radio's morning show that", "told ABC radio on
/// Tuesday that", "told her closing news conference that", "told the newspaper that" (an
/// outlet, [`super::outlet::is_outlet`]): an addressee at `toks[st..that]` that is a
/// broadcaster, a publication or an event is the channel. Where it ends (before a phrase of
/// time or place).
fn outlet_addressee(
    ctx: &Ctx,
    toks: &[Tok],
    st: usize,
    that: usize,
    entry: &CueEntry,
) -> Option<usize> {
    if !entry.frames.has(Frames::ADDRESSEE) || toks[st].quoted {
        return None;
    }
    let end = (st + 1..that)
        .find(|&k| {
            let w = &toks[k];
            !w.cap
                && (is_leading_preposition(&w.lower) || is_time_word(&w.lower) || w.is_punct(','))
        })
        .unwrap_or(that);
    let words = &toks[st..end];
    // "her closing news conference": "her" there is a possessive, not the addressee.
    let possessive = words.len() > 1 && words[0].is("her");
    let people = words
        .iter()
        .skip(usize::from(possessive))
        .any(|x| ctx.lex.is_addressee(&x.lower));
    (words.len() <= 6 && words.iter().any(|x| ctx.lex.is_channel(&x.lower)) && !people
        || super::outlet::is_outlet(ctx.lex, words)
        || super::outlet::addressed_as_outlet(ctx.lex, ctx.text, words))
    .then_some(end)
}

/// An object of "tell"-like cues: "told reporters the plan was dead", "told me, “…”".
fn skip_addressee(ctx: &Ctx, toks: &[Tok], after: usize, mut st: usize) -> usize {
    if let Some(t) = toks.get(st) {
        if ctx.lex.is_addressee(&t.lower) {
            st += 1;
        } else if let Some(n) = determined_addressee(ctx, toks, st) {
            // "told the press the club was ready", "told his radio audience …".
            st = n;
        } else if let Some(n) = named_addressee_before_infinitive(toks, st) {
            // "will ask the Federal Court to order …", as "ask the court to order …".
            st = n;
        } else if let Some(n) = addressee_before_pronoun(toks, st) {
            // "told the squad she expects …": any noun phrase, then a subject pronoun.
            st = n;
        } else if t.cap && !t.quoted && t.kind == TokKind::Word {
            while st < toks.len() && toks[st].cap && toks[st].is_word() {
                st += 1;
            }
        } else if let Some(n) = plural_addressee_before_wh(ctx, toks, st) {
            // "asked ministry officials how the files …".
            st = n;
        }
    }
    // "told me, “…”": the comma or colon after the addressee.
    if st > after
        && toks
            .get(st)
            .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
    {
        st += 1;
    }
    // "… on Thursday how …".
    if toks.get(st).is_some_and(|t| t.is("on"))
        && toks.get(st + 1).is_some_and(|t| is_time_word(&t.lower))
    {
        st += 2;
        // "told his audience on Monday, “…”".
        if toks
            .get(st)
            .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
            && toks
                .get(st + 1)
                .is_some_and(|t| t.kind == TokKind::QuoteOpen)
        {
            st += 1;
        }
    }
    st
}

/// "asked ministry officials how …", "asked local farmers whether …": up to three lowercase
/// words ending in a plural noun, then a wh-word, "if" or "whether" that opens the content.
/// The wh-word's index.
fn plural_addressee_before_wh(ctx: &Ctx, toks: &[Tok], st: usize) -> Option<usize> {
    let wh = (st + 1..toks.len().min(st + 4)).find(|&k| {
        let t = &toks[k];
        is_wh_word(&t.lower) || t.is("if") || t.is("whether")
    })?;
    let words = &toks[st..wh];
    let head = &words[words.len() - 1];
    let plain = words.iter().all(|t| {
        t.is_word()
            && !t.cap
            && !t.quoted
            && !is_determiner(&t.lower)
            && !is_np_preposition(&t.lower)
            && !is_np_barrier(&t.lower)
            && !ctx.lex.is_cue_word(&t.lower)
    });
    (plain && (ctx.lex.is_addressee(&head.lower) || s_ending(&head.lower, 4))).then_some(wh)
}

/// "asked the Federal Court to order …", "urged the Labour Board to step in": a determiner
/// and up to five capitalised words (a named body addressed, as "the court" is), then "to"
/// and a lowercase verb. The index of "to".
fn named_addressee_before_infinitive(toks: &[Tok], st: usize) -> Option<usize> {
    let t = toks.get(st)?;
    if !is_determiner(&t.lower) || t.quoted || t.cap && st > 0 {
        return None;
    }
    let k = (st + 1..toks.len().min(st + 7))
        .find(|&k| !(toks[k].cap && toks[k].is_word() && !toks[k].quoted))?;
    let verb = toks.get(k + 1)?;
    (k > st + 1 && toks[k].is("to") && verb.is_word() && !verb.cap && !is_determiner(&verb.lower))
        .then_some(k)
}

/// "the squad she expects …", "his staff they would …": a determiner and up to five
/// lower-case words, then a subject pronoun that opens the content. The pronoun's index.
fn addressee_before_pronoun(toks: &[Tok], st: usize) -> Option<usize> {
    let t = toks.get(st)?;
    if !is_determiner(&t.lower) || t.quoted || t.is("that") || t.is("no") {
        return None;
    }
    // Up to five words: "told the paper's weekly video series it is …".
    (st + 2..toks.len().min(st + 7))
        .take_while(|&k| toks[k - 1].is_word() && !toks[k - 1].quoted)
        .find(|&k| {
            let p = &toks[k];
            is_subject_pronoun(&p.lower)
                && !p.is("you")
                && toks.get(k + 1).is_some_and(|v| {
                    v.is_word()
                        && !v.cap
                        && (is_be(&v.lower)
                            || is_aux_or_adverb(&v.lower)
                            || v.lower.ends_with('s')
                            || v.lower.ends_with("ed"))
                })
                // ("told the Courier she …": a named outlet is an addressee too.)
                && toks[st + 1..k]
                    .iter()
                    .all(|w| w.is_word() && !is_wh_word(&w.lower) && !w.is("that"))
        })
}

/// A determiner, up to two modifiers and an addressee noun at `toks[st..]` ("the press", "his
/// radio audience", "a federal jury"): the index after the noun.
fn determined_addressee(ctx: &Ctx, toks: &[Tok], st: usize) -> Option<usize> {
    let t = toks.get(st)?;
    if !is_determiner(&t.lower) || t.quoted {
        return None;
    }
    (st + 1..toks.len().min(st + 4))
        .take_while(|&k| toks[k].is_word() && !toks[k].cap && !toks[k].is("that"))
        .find(|&k| ctx.lex.is_addressee(&toks[k].lower))
        .map(|k| k + 1)
}

/// "warned state officials to boost …": the infinitive after the addressee. Returns the
/// decision when the construction applies (`Some(None)`: it applies but finds too little).
fn addressee_infinitive(
    ctx: &Ctx,
    toks: &[Tok],
    mut st: usize,
    entry: &CueEntry,
    channel: Option<Span>,
    reasons: &mut Vec<Reason>,
) -> Option<Option<After>> {
    if !entry.frames.has(Frames::ADDRESSEE_INFINITIVE) {
        return None;
    }
    // (The verb may open a quotation: "committed members to “refrain from …”".)
    let verb = |v: &Tok| v.is_word() && !v.cap && !is_determiner(&v.lower);
    let k = (st..toks.len().min(st + 7)).find(|&k| {
        toks[k].is("to")
            && toks.get(k + 1).is_some_and(|v| {
                verb(v) || v.kind == TokKind::QuoteOpen && toks.get(k + 2).is_some_and(verb)
            })
    })?;
    // "expects to decide": with no addressee it is a plain infinitive.
    if k == st {
        return None;
    }
    // "who asked not to be named" withholds a name; it reports nothing.
    // "told the board he expects the savings to reach …": a clause with its own subject and
    // verb, not an addressee.
    if !toks[st..k].iter().all(|t| {
        t.is_word()
            && !t.quoted
            && !t.is("not")
            && !t.is("never")
            && !is_subject_pronoun(&t.lower)
            && !is_be(&t.lower)
            && !is_auxiliary(&t.lower)
            && !ctx.lex.is_cue_word(&t.lower)
    }) {
        return None;
    }
    if entry.frames.has(Frames::ADDRESSEE_IN_CONTENT) {
        reasons.push(Reason::new(Rule::ContentAddresseeAndInfinitive));
    } else {
        reasons.push(Reason::new(Rule::ContentInfinitiveAfterAddressee));
        st = k;
    }
    let end = joined_that_before(
        toks,
        st,
        trim_content_end(toks, st, clause_end(ctx.lex, toks, st)),
    );
    Some((end > st && words_in(toks, st, end) >= 2).then(|| After {
        st,
        end,
        channel,
        reasons: std::mem::take(reasons),
    }))
}

/// "He asked her to “keep this quiet.”", "told residents to “stay indoors”": a request or an
/// order after its addressee reports no claim ("asked the mayor to resign"), but once its
/// words are in quotation marks they are the words of the one who asked, never the writer's.
/// For the cues that take an addressee and an infinitive but not a claim of their own
/// ("ask", "tell"), and for those that report nothing else ("The communique committed members
/// to “refrain from …”", frame `quoted-infinitive`); `addressee_start` is where the addressee
/// opens. The content is the "to …" phrase, which must hold a quotation.
fn quoted_request(
    ctx: &Ctx,
    toks: &[Tok],
    addressee_start: usize,
    entry: &CueEntry,
    channel: Option<Span>,
    reasons: &mut Vec<Reason>,
) -> Option<After> {
    use CueClass::*;
    if !entry.frames.has(Frames::QUOTED_INFINITIVE)
        && (!entry.frames.has(Frames::ADDRESSEE_INFINITIVE)
            || matches!(
                entry.class,
                Commitment | Warning | Assertive | Intention | Belief
            ))
    {
        return None;
    }
    let st = addressee_start;
    // The addressee: one to six words, none of them a verb, a pronoun subject or a quotation
    // ("asked her", "told the two families", "asked Ms. Reyes").
    let k = (st + 1..toks.len().min(st + 7))
        .take_while(|&k| {
            let t = &toks[k - 1];
            (t.is_word() || t.is_punct('.'))
                && !t.quoted
                && !t.is("not")
                && !t.is("never")
                && !t.is("that")
                && !is_subject_pronoun(&t.lower)
                && !is_be(&t.lower)
                && !is_auxiliary(&t.lower)
                && !ctx.lex.is_cue_word(&t.lower)
        })
        .find(|&k| toks[k].is("to") && !toks[k].quoted)?;
    // "to “keep this quiet”" or "to keep the “side deal” quiet": the phrase holds a quotation.
    let verb = toks.get(k + 1)?;
    if verb.is_word() && (verb.cap || is_determiner(&verb.lower)) {
        return None;
    }
    let end = joined_that_before(
        toks,
        k,
        trim_content_end(toks, k, clause_end(ctx.lex, toks, k)),
    );
    if !toks[k..end].iter().any(|t| t.kind == TokKind::QuoteOpen) || words_in(toks, k, end) < 2 {
        return None;
    }
    reasons.push(Reason::new(Rule::ContentQuotedRequest));
    Some(After {
        st: k,
        end,
        channel,
        reasons: std::mem::take(reasons),
    })
}

/// How a content without "that" opens: a quotation, an infinitive, a wh-clause or a bare clause
/// with its own finite verb. `None` when it reads as none of these (the cue reports nothing).
fn bare_content(ctx: &Ctx, toks: &[Tok], st: usize, entry: &CueEntry) -> Option<Rule> {
    let first = toks.get(st)?;
    let quoted_start = first.kind == TokKind::QuoteOpen;
    // Verbs that are nouns or other verbs as often as reporting cues ("the state",
    // "maintains a program", "Editor's note") report only with "that" or a quotation.
    // "a poll found only a quarter of residents wanted …", "found 60 percent of voters backed
    // …": a share of people, then its own verb, is a finding's clause.
    let share_clause = matches!(entry.class, CueClass::Disclosure | CueClass::Evidence)
        && share_subject(toks, st)
        && super::clause::finiteness(ctx, toks, st).inflected;
    // "found demand for water in the valley exceeded the forecast": a subject with its phrase,
    // a past verb and its object make a finding's clause too.
    let phrase_clause = matches!(entry.class, CueClass::Disclosure | CueClass::Evidence)
        && phrase_subject_then_past(ctx, toks, st);
    // "Audit finds charity spent donations on travel": a headline drops "that", and a clause
    // with a verb of its own follows ("Police find body in river" has none).
    let headline_clause = ctx.headline && super::clause::finiteness(ctx, toks, st).any();
    // "admits it shaped her", "recalls they were late": a subject pronoun and a past verb make
    // a clause as plainly as "that" does.
    let pronoun_clause = toks
        .get(st)
        .is_some_and(|p| matches!(p.lower.as_str(), "he" | "she" | "it" | "they" | "we" | "i"))
        && toks
            .get(st + 1)
            .is_some_and(|v| v.is_word() && !v.cap && is_past_form(ctx.lex, &v.lower));
    if !quoted_start
        && !share_clause
        && !phrase_clause
        && !pronoun_clause
        && !headline_clause
        && !auxiliary_ahead(ctx, toks, st)
        && entry.frames.has(Frames::NEEDS_THAT)
    {
        return None;
    }
    if quoted_start {
        return Some(Rule::ContentQuotation);
    }
    // "said nothing about the costs", "said little of it": an object, not a clause.
    // ("said much of his talk was about housing" is a clause: it has its own verb.)
    if matches!(
        first.lower.as_str(),
        "nothing" | "little" | "much" | "something" | "anything" | "everything"
    ) && toks
        .get(st + 1)
        .is_none_or(|n| !n.is_word() || is_np_preposition(&n.lower) || n.is("about"))
        && !super::clause::finiteness(ctx, toks, st).auxiliary
    {
        return None;
    }
    use CueClass::*;
    // "vowed to “carry our message”": the verb may open a quotation.
    let verb_at = if toks
        .get(st + 1)
        .is_some_and(|q| q.kind == TokKind::QuoteOpen)
    {
        st + 2
    } else {
        st + 1
    };
    let infinitive = first.is("to") && infinitive_verb_at(ctx, toks, verb_at, entry);
    // "whom the paper agreed not to name", "promised not to identify": a promise of anonymity
    // reports nothing.
    if first.is("not")
        && toks.get(st + 1).is_some_and(|t| t.is("to"))
        && toks
            .get(st + 2)
            .is_some_and(|t| matches!(t.lower.as_str(), "name" | "identify"))
    {
        return None;
    }
    // "who did not want to be named", "declined to be identified": a condition of anonymity
    // reports nothing.
    let anonymity = toks.get(st + 1).is_some_and(|t| t.is("be"))
        && toks.get(st + 2).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "named" | "identified" | "quoted" | "photographed" | "recorded" | "filmed"
            )
        })
        && toks.get(st + 3).is_none_or(|t| {
            !t.is_word()
                || ctx.lex.is_cue_word(&t.lower)
                || matches!(t.lower.as_str(), "because" | "for" | "as" | "since" | "so")
        });
    // `want to “create jobs,” Sanders said`: a quotation credited to someone else after it is
    // that speaker's, not the infinitive's.
    let credited_elsewhere = verb_at == st + 2
        && ctx.quote_opening_at(toks, st + 1).is_some_and(|q| {
            let close = toks.iter().position(|t| t.span.start >= q.outer.end);
            close.is_some_and(|k| {
                toks[k - 1].kind == TokKind::QuoteClose
                    && k >= 2
                    && toks[k - 2].is_punct(',')
                    // "…,” as she put it" restates the same speaker.
                    && !toks.get(k).is_some_and(|t| t.is("as"))
                    && toks[k..toks.len().min(k + 6)]
                        .iter()
                        .any(|t| t.is_word() && !t.cap && ctx.lex.is_cue_word(&t.lower))
            })
        });
    if infinitive && !anonymity && !credited_elsewhere {
        return Some(Rule::ContentInfinitive);
    }
    // "asked if the line would reopen", "wondered if …": "if" opens the question.
    if (is_wh_word(&first.lower) || first.is("if") && entry.class == Question)
        && matches!(entry.class, Neutral | Question | Disclosure | Assertive)
    {
        return Some(Rule::ContentWhClause);
    }
    let finite = super::clause::finiteness(ctx, toks, st);
    // "said no decision had been made": "no" as a determiner, not the answer ("said no to").
    // "said no one was hurt": "no one" before a finite verb is the subject.
    let no_one_subject = toks.get(st + 1).is_some_and(|n| n.is("one"))
        && toks.get(st + 2).is_some_and(|v| {
            v.is_word()
                && (is_be(&v.lower)
                    || is_finite_auxiliary(&v.lower)
                    || is_past_form(ctx.lex, &v.lower))
        });
    let no_determiner = first.is("no")
        && toks.get(st + 1).is_some_and(|n| {
            n.is_word()
                && !n.cap
                && (!matches!(n.lower.as_str(), "to" | "more" | "longer" | "one") || no_one_subject)
        });
    // "said about 20 people have applied": "about" before a number is an approximation; so
    // are "at least" and "at most" ("said at least three men were hurt").
    let number_at = |k: usize| {
        toks.get(k).is_some_and(|n| {
            n.lower.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(&n.lower)
        })
    };
    // So are "as many as", "up to", "nearly", "almost", "roughly" and "close to".
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let approximator = match w(st) {
        "as" if matches!(w(st + 1), "many" | "much" | "few" | "little") && w(st + 2) == "as" => 3,
        "up" | "close" if w(st + 1) == "to" => 2,
        "nearly" | "almost" | "roughly" | "around" | "approximately" => 1,
        _ => 0,
    };
    let approximate = approximator > 0
        && (number_at(st + approximator)
            || w(st + approximator) == "half"
            // "said nearly all of the loss came in 2020"
            || w(st + approximator) == "all" && w(st + approximator + 1) == "of"
            || w(st + approximator) == "a" && w(st + approximator + 1) == "third")
        || first.is("about") && number_at(st + 1)
        || first.is("at")
            && toks
                .get(st + 1)
                .is_some_and(|t| t.is("least") || t.is("most"))
            && number_at(st + 2);
    let bare = (opens_like_a_subject(first) || no_determiner || approximate)
        && (finite.any()
            && matches!(
                entry.class,
                Neutral | Belief | Assertive | Warning | Denial | Evidence
            )
            || finite.auxiliary && matches!(entry.class, Disclosure | Commitment | Accusation)
            || share_clause
            || phrase_clause
            || pronoun_clause
            || headline_clause && matches!(entry.class, Disclosure | Evidence)
            // "alleged the scheme cost taxpayers": a past in -ed takes a bare clause, as
            // "said" does.
            // So does every form of an accusation that takes no object of its own: "sued the
            // home, alleging staff ignored her", "alleges the firm hid the losses" (not
            // "accusing the board …", "charges …").
            || finite.inflected
                && entry.class == Accusation
                && (toks.get(st.wrapping_sub(1)).is_some_and(|c| c.lower.ends_with("ed"))
                    || !entry.frames.has(Frames::OBJECT_CONTENT)
                        && !entry.frames.has(Frames::NEEDS_THAT))
            // So does a disclosure's, when a short subject and a past verb open the clause:
            // "reported the email came hours after the vote", "revealed the plan cost twice as
            // much" (not "announced the start of a process to …").
            || entry.class == Disclosure
                && toks
                    .get(st.wrapping_sub(1))
                    .is_some_and(|c| is_past_form(ctx.lex, &c.lower))
                && short_subject_then_past(ctx, toks, st));
    bare.then_some(Rule::ContentBareClause)
}

/// "expects to pass …", "vowed to rebuild …": "to" at `toks[st]` and a plain verb right after
/// it (not "to reporters", "to the board", "to 40 per cent"), after a cue whose content may be
/// an infinitive.
fn infinitive_opens(ctx: &Ctx, toks: &[Tok], st: usize, entry: &CueEntry) -> bool {
    toks.get(st).is_some_and(|t| t.is("to") && !t.quoted)
        && infinitive_verb_at(ctx, toks, st + 1, entry)
}

/// The verb of an infinitive at `toks[v]` ("pass" in "expects to pass"): a lowercase word that
/// is no determiner, pronoun, addressee or number, after a cue of commitment, warning,
/// assertion, intention or belief.
fn infinitive_verb_at(ctx: &Ctx, toks: &[Tok], v: usize, entry: &CueEntry) -> bool {
    use CueClass::*;
    matches!(
        entry.class,
        Commitment | Warning | Assertive | Intention | Belief
    ) && toks.get(v).is_some_and(|v| {
        v.is_word()
            && !v.cap
            && !is_determiner(&v.lower)
            && !matches!(
                v.lower.as_str(),
                "me" | "him" | "them" | "us" | "you" | "whom"
            )
            && !ctx.lex.is_addressee(&v.lower)
            && !v.lower.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// "tweeted a single line: “…”", "posted a short reply: “…”", "wrote two words: “…”": a
/// determiner or a number, up to three lowercase words ending in a noun for words said or
/// written ([`is_words_noun`]), then a colon and a quotation. The quotation's opening mark.
fn words_object_before_quotation(ctx: &Ctx, toks: &[Tok], st: usize) -> Option<usize> {
    let first = toks.get(st)?;
    if first.quoted
        || !first.is_word()
        || !(is_determiner(&first.lower) || is_number_word(&first.lower))
    {
        return None;
    }
    let colon = (st + 1..toks.len().min(st + 5)).find(|&k| toks[k].is_punct(':'))?;
    let plain = toks[st + 1..colon]
        .iter()
        .all(|t| t.is_word() && !t.cap && !t.quoted);
    (plain
        && is_words_noun(&toks[colon - 1].lower)
        && ctx.quote_opening_at(toks, colon + 1).is_some())
    .then_some(colon + 1)
}

/// A noun for words said or written, as the object of a cue before a colon: "a single line",
/// "two words", "a short message", "a brief statement".
fn is_words_noun(w: &str) -> bool {
    matches!(
        w,
        "line"
            | "lines"
            | "word"
            | "words"
            | "sentence"
            | "message"
            | "reply"
            | "response"
            | "statement"
            | "note"
            | "post"
            | "tweet"
            | "comment"
            | "question"
            | "answer"
            | "warning"
            | "plea"
            | "caption"
    )
}

/// A subject of at most four plain words, then a verb in the past: "the email came", "it
/// obtained", "the plan cost".
fn short_subject_then_past(ctx: &Ctx, toks: &[Tok], st: usize) -> bool {
    (st + 1..toks.len().min(st + 5))
        .take_while(|&k| {
            let w = &toks[k - 1];
            w.is_word()
                && !w.quoted
                && !is_np_preposition(&w.lower)
                && !is_np_barrier(&w.lower)
                && !matches!(w.lower.as_str(), "to" | "and" | "or")
        })
        .any(|k| {
            let t = &toks[k];
            t.is_word()
                && !t.cap
                && (t.lower.len() > 3 && t.lower.ends_with("ed")
                    || ctx.lex.is_irregular_past(&t.lower))
        })
}

/// A longer subject with its prepositional phrases, then a verb in the past and its object:
/// "found demand for water in the valley exceeded the forecast", "revealed the cost of the
/// bridge rose 40 percent" (not "found the body of a man dumped in the river": a participle
/// with no object after it describes the noun).
fn phrase_subject_then_past(ctx: &Ctx, toks: &[Tok], st: usize) -> bool {
    let Some(first) = toks.get(st) else {
        return false;
    };
    if !first.is_word() || first.quoted || is_np_preposition(&first.lower) {
        return false;
    }
    let Some(v) = (st + 2..toks.len().min(st + 10)).find(|&k| {
        let t = &toks[k];
        !t.is_word()
            || t.quoted
            || t.cap && !toks[k - 1].cap
            || matches!(t.lower.as_str(), "that" | "which" | "who" | "whose")
            || t.lower.len() > 3 && t.lower.ends_with("ed")
            || ctx.lex.is_irregular_past(&t.lower)
    }) else {
        return false;
    };
    let t = &toks[v];
    let verb = t.is_word()
        && !t.cap
        && !t.quoted
        && (t.lower.len() > 3 && t.lower.ends_with("ed") || ctx.lex.is_irregular_past(&t.lower));
    let has_phrase = toks[st + 1..v].iter().any(|w| is_np_preposition(&w.lower));
    let object = toks.get(v + 1).is_some_and(|o| {
        o.is_word()
            && !o.quoted
            && (is_determiner(&o.lower) && !o.is("that")
                || o.lower.starts_with(|c: char| c.is_ascii_digit()))
    });
    verb && has_phrase && object
}

/// A clause that opens with a share of people: "only a quarter of", "most", "60 percent of",
/// "nearly half of".
fn share_subject(toks: &[Tok], st: usize) -> bool {
    let mut k = st;
    while toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "only" | "just" | "nearly" | "almost" | "about" | "roughly"
        )
    }) {
        k += 1;
    }
    let Some(t) = toks.get(k) else {
        return false;
    };
    let next = |w: &str| toks.get(k + 1).is_some_and(|n| n.is(w));
    matches!(t.lower.as_str(), "most" | "half")
        || (t.is("a") || t.is("the"))
            && toks.get(k + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "quarter" | "third" | "majority" | "minority" | "fifth"
                )
            })
        || (t.lower.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(&t.lower))
            && (next("percent") || next("per") || next("%") || next("in") || next("of"))
}

/// A bare clause opens with anything but a preposition, an adverb or an interjection.
fn opens_like_a_subject(first: &Tok) -> bool {
    first.is_word()
        && !is_np_preposition(&first.lower)
        && !NOT_A_SUBJECT.contains(&first.lower.as_str())
        && (!first.lower.ends_with("ly") || first.lower.len() <= 4 || is_ly_adjective(&first.lower))
}

/// Words in -ly that open a noun phrase, not adverbs ("said daily use had dropped", "said
/// early results were good", "said family members were told").
fn is_ly_adjective(w: &str) -> bool {
    matches!(
        w,
        "daily"
            | "weekly"
            | "monthly"
            | "yearly"
            | "quarterly"
            | "hourly"
            | "nightly"
            | "early"
            | "family"
            | "elderly"
            | "costly"
            | "deadly"
            | "friendly"
            | "lonely"
            | "orderly"
    )
}

/// Words that never open a bare clause: prepositions, subordinators and interjections.
const NOT_A_SUBJECT: &[&str] = &[
    "during",
    "until",
    "through",
    "across",
    "against",
    "among",
    "without",
    "within",
    "upon",
    "via",
    "per",
    "like",
    "than",
    "including",
    "toward",
    "towards",
    "after",
    "before",
    "since",
    "under",
    "despite",
    "to",
    "by",
    "about",
    "into",
    "over",
    "as",
    "because",
    "although",
    "though",
    "while",
    "whereas",
    "unless",
    "once",
    "goodbye",
    "hello",
    "sorry",
    "yes",
    "no",
    "so",
    "thanks",
    "ly",
];

/// "said too often, her side had sat back": up to four lowercase words and a comma, then a
/// clause that opens like a subject and has its own finite verb. Returns the comma's index.
fn adverbial_before_clause(ctx: &Ctx, toks: &[Tok], st: usize, entry: &CueEntry) -> Option<usize> {
    use CueClass::*;
    if !matches!(
        entry.class,
        Neutral | Assertive | Belief | Warning | Disclosure
    ) {
        return None;
    }
    // "You know, in a small town, everyone talks": a discourse marker before its comma.
    if st >= 1
        && toks[st - 1].is_punct(',')
        && matches!(entry.lemma, "know" | "mean" | "see" | "guess" | "suppose")
    {
        return None;
    }
    // "said although the two are known to matter, nobody has …": a subordinate clause may be
    // longer and hold names.
    let subordinate = toks.get(st).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "although" | "though" | "while" | "because" | "if" | "once" | "unless" | "whereas"
        )
    });
    // "predicted by the end of the decade, most buses …": a prepositional phrase may be longer.
    let phrase = toks.get(st).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "by" | "in" | "at" | "after" | "before" | "during" | "within"
        )
    });
    let reach = if subordinate {
        24
    } else if phrase {
        8
    } else {
        5
    };
    let comma = (st + 1..toks.len().min(st + reach)).find(|&k| toks[k].is_punct(','))?;
    let adverbial_ok = toks[st..comma].iter().all(|t| {
        t.is_word() && (subordinate || !t.cap) && !t.quoted && !ctx.lex.is_cue_word(&t.lower)
    });
    let next = toks.get(comma + 1)?;
    // `… known to matter, “nobody has looked”`: a quotation is the main clause.
    if subordinate && adverbial_ok && next.kind == TokKind::QuoteOpen {
        return Some(comma);
    }
    // ("could not find staff, according to figures …": a credit of the sentence around it
    // follows the comma, no clause.)
    // ("heard shouting, and then it was over": a conjunction after the comma joins a clause
    // of the writer's.)
    (adverbial_ok
        && opens_like_a_subject(next)
        && !matches!(
            next.lower.as_str(),
            "and" | "but" | "or" | "so" | "then" | "yet"
        )
        && !is_wh_word(&next.lower)
        && !next.is("according")
        // ("Ruiz, who fears reprisals, said …": the main clause's verb of saying follows the
        // comma, no subject.)
        && (next.cap || !ctx.lex.is_cue_word(&next.lower))
        && super::clause::finiteness(ctx, toks, comma + 1).any())
    .then_some(comma)
}

/// "said in her budget address the city was ready", "said after the vote the bridge would
/// reopen", "said Tuesday the plan …": a phrase of time or place (a preposition and its noun
/// phrase, or a day) without a comma, then a clause that opens with a determiner, a subject
/// pronoun or a name and has its own finite verb. Returns where the clause opens, and whether
/// the phrase names a channel ("in a radio interview").
fn adjunct_before_clause(
    ctx: &Ctx,
    toks: &[Tok],
    st: usize,
    entry: &CueEntry,
) -> Option<(usize, bool)> {
    use CueClass::*;
    if !matches!(
        entry.class,
        Neutral | Assertive | Belief | Warning | Denial | Evidence
    ) {
        return None;
    }
    let first = toks.get(st)?;
    if first.quoted || !first.is_word() {
        return None;
    }
    // "said Tuesday", "said last week", "said in …", "said after …" ("said Sunday's events
    // could …": a day in the possessive opens the clause's subject).
    let day = is_time_word(&first.lower)
        && first.lower != "time"
        && !super::noun_phrase::is_possessive(ctx.text, first);
    let relative_time = matches!(first.lower.as_str(), "last" | "this" | "earlier" | "later")
        && toks.get(st + 1).is_some_and(|t| is_time_word(&t.lower));
    let preposition = matches!(
        first.lower.as_str(),
        "in" | "on" | "at" | "after" | "before" | "during" | "following" | "since" | "over"
    );
    // "said at least three teams …", "said at most 40 …": a bound on a figure, the clause's own.
    let bound = first.is("at")
        && toks
            .get(st + 1)
            .is_some_and(|t| t.is("least") || t.is("most"));
    if !(day || relative_time || preposition) || bound {
        return None;
    }
    // The phrase's own first word(s): a day stands alone; a preposition takes at least one word.
    let min = if day { st + 1 } else { st + 2 };
    let limit = toks.len().min(st + 9);
    let mut on_channel = false;
    for k in st + 1..limit {
        let t = &toks[k];
        if !(t.is_word() || t.is_punct('\'') || t.is_punct('\u{2019}')) || t.quoted {
            return None;
        }
        // "said Friday as he entered …", "said after the vote when …": a subordinate clause.
        if is_subordinator(&t.lower) {
            return None;
        }
        // The determiner after a preposition belongs to its phrase ("during the 1970s").
        if k >= min
            && !is_np_preposition(&toks[k - 1].lower)
            && !is_leading_preposition(&toks[k - 1].lower)
            && opens_clause_subject(ctx, toks, k)
            && super::clause::finiteness(ctx, toks, k).any()
        {
            return Some((k, on_channel));
        }
        if t.is("that")
            || ctx.lex.is_cue_word(&t.lower)
                && k > st + 1
                && !is_determiner(&toks[k - 1].lower)
                && !(ctx.lex.is_channel(&t.lower)
                    && toks[st..k].iter().any(|d| is_determiner(&d.lower)))
        {
            return None;
        }
        on_channel |= ctx.lex.is_channel(&t.lower);
    }
    None
}

/// "said in a statement: “…”", "said late Friday, “…”": a phrase of time or place (as in
/// [`adjunct_before_clause`]), then a comma or a colon and an opening quotation mark. Returns
/// where the quotation opens, and whether the phrase names a channel.
fn adjunct_before_quotation(ctx: &Ctx, toks: &[Tok], st: usize) -> Option<(usize, bool)> {
    let first = toks.get(st)?;
    if first.quoted || !first.is_word() {
        return None;
    }
    let day = is_time_word(&first.lower) && first.lower != "time";
    let relative_time = matches!(
        first.lower.as_str(),
        "last" | "this" | "earlier" | "later" | "late" | "early"
    ) && toks.get(st + 1).is_some_and(|t| is_time_word(&t.lower));
    let preposition = matches!(
        first.lower.as_str(),
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "following"
            | "via"
            | "through"
            // "said to the crowd: “…”", "said of the ruling, “…”", "said from the podium, …"
            | "to"
            | "of"
            | "about"
            | "from"
            | "outside"
            | "over"
            // "responded, with a smile: “…”"
            | "with"
            | "without"
    );
    // "said, when asked about the fire, “…”": a short subordinate clause between commas.
    let clause = matches!(
        first.lower.as_str(),
        "when" | "as" | "while" | "after" | "before" | "asked"
    );
    if !(day || relative_time || preposition || clause) {
        return None;
    }
    let opens_clause = |n: &Tok| {
        matches!(
            n.lower.as_str(),
            "when" | "as" | "while" | "after" | "before"
        )
    };
    let mut on_channel = false;
    let mut in_clause = clause;
    // "with a smile", "without a pause": a manner phrase of a few words; "concludes with
    // footage of Ruiz saying, “…”" is an object.
    let manner = matches!(first.lower.as_str(), "with" | "without");
    let reach = toks.len().min(st + if manner { 5 } else { 24 });
    let mut k = st + 1;
    while k < reach {
        let t = &toks[k];
        if (t.is_punct(',') || t.is_punct(':'))
            && k > st + usize::from(!day)
            && toks
                .get(k + 1)
                .is_some_and(|q| q.kind == TokKind::QuoteOpen)
        {
            return Some((k + 1, on_channel));
        }
        // "said in the spring, when the story broke, “…”": one subordinate clause after the
        // phrase.
        if t.is_punct(',') && !in_clause && toks.get(k + 1).is_some_and(opens_clause) {
            in_clause = true;
            k += 2;
            continue;
        }
        // "said in a statement “…”", "writing in a forum post “…”": with no comma, the phrase
        // must end in the channel's noun.
        if t.kind == TokKind::QuoteOpen
            && preposition
            && !in_clause
            && k > st + 1
            && ctx.lex.is_channel(&toks[k - 1].lower)
            && !toks[k - 1].quoted
        {
            return Some((k, true));
        }
        let word = t.is_word() || t.is_punct('\'') || t.is_punct('\u{2019}');
        if !word || t.quoted || t.is("that") || !in_clause && is_subordinator(&t.lower) {
            return None;
        }
        if !in_clause && k - st >= 11 || manner && ctx.lex.is_cue_word(&t.lower) {
            return None;
        }
        on_channel |= !in_clause && ctx.lex.is_channel(&t.lower);
        k += 1;
    }
    None
}

/// The clause after the adjunct `toks[st..k]` found by [`adjunct_before_clause`]; the adjunct
/// is the channel when it names one and none was found before.
fn after_adjunct(
    ctx: &Ctx,
    toks: &[Tok],
    st: usize,
    (k, on_channel): (usize, bool),
    mut channel: Option<Span>,
    mut reasons: Vec<Reason>,
) -> Option<After> {
    if on_channel && channel.is_none() {
        channel = Some(span_of(toks, st, k));
        reasons.push(Reason::new(Rule::ChannelAfterCue));
    }
    reasons.push(Reason::new(Rule::ContentAfterAdjunct));
    let (st, end) = clause_from(ctx, toks, k, 2)?;
    Some(After {
        st,
        end,
        channel,
        reasons,
    })
}

/// A word that opens a subordinate clause or joins two.
fn is_subordinator(w: &str) -> bool {
    [
        "as", "when", "while", "because", "if", "although", "though", "and", "but", "or", "so",
        "where", "who", "which", "whom", "until", "unless", "whether",
    ]
    .contains(&w)
}

/// A word that can open a clause's subject right after a phrase of time or place: a
/// determiner, a subject pronoun, or a capitalised word that does not continue a name.
fn opens_clause_subject(ctx: &Ctx, toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let prev = &toks[k - 1];
    if !t.is_word()
        || t.is("that")
        || t.is("this") && is_time_word(toks.get(k + 1).map_or("", |n| n.lower.as_str()))
    {
        return false;
    }
    (is_determiner(&t.lower) && !matches!(t.lower.as_str(), "no" | "any" | "each" | "every"))
        || is_subject_pronoun(&t.lower) && t.lower != "it"
        || t.is("it") && !prev.cap
        || t.cap && !prev.cap && !ctx.lex.is_title(&t.lower) && !is_time_word(&t.lower)
}

/// An adverb that may stand right after a cue: a manner adverb in -ly ("angrily") or one of
/// time and repetition ("later", "again").
fn is_post_cue_adverb(t: &Tok) -> bool {
    t.is_word()
        && !t.cap
        && (t.lower.len() > 5
            && t.lower.ends_with("ly")
            && !matches!(t.lower.as_str(), "early" | "daily" | "weekly" | "family")
            || matches!(
                t.lower.as_str(),
                "later"
                    | "earlier"
                    | "again"
                    | "also"
                    | "afterwards"
                    | "then"
                    | "too"
                    | "only"
                    | "just"
            ))
}
