//! Source phrases: walking back over a noun phrase from a cue, and classifying it as a named,
//! described, vague, anonymous or pronoun source. Emits the `source:` reasons of what it finds
//! (`source:named`, `source:title-before-name`, `source:pronoun:…`, `source:description`,
//! `source:indefinite-person`, `source:lexicon:source_nouns:…`, `source:plural-group:…`).

use super::found::{span_of, Ctx, SourceHit};
use crate::lexicon::{Lexicons, SourceNounKind};
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::*;

/// Walk left from token `end` (inclusive) over a noun phrase. Returns its first token index.
pub(crate) fn np_back(ctx: &Ctx, toks: &[Tok], end: usize) -> Option<usize> {
    let head = toks.get(end)?;
    // "WHO says": an acronym is a name even when it spells a function word.
    let acronym = head.is_acronym(ctx.text);
    // "Theresa May said", "Ana June said": a month's name after a capitalised word is a surname.
    let surname_month = head.cap
        && end > 0
        && toks[end - 1].is_word()
        && toks[end - 1].cap
        && matches!(
            head.lower.as_str(),
            "may" | "june" | "april" | "august" | "march"
        );
    if !head.is_word()
        || !acronym && !surname_month && (is_np_barrier(&head.lower) || is_time_word(&head.lower))
        || head.quoted
    {
        return None;
    }
    if acronym && is_np_barrier(&head.lower) {
        return Some(if end > 0 && toks[end - 1].is("the") {
            end - 1
        } else {
            end
        });
    }
    // "told the board he expects": a subject pronoun is a whole phrase.
    if is_subject_pronoun(&head.lower) {
        return Some(end);
    }
    let mut k = end;
    let mut n = 1;
    while k > 0 && n < 12 {
        let t = &toks[k - 1];
        if is_plural_possessive_mark(toks, k - 1) {
            k -= 1;
            continue;
        }
        if !t.is_word() || t.quoted {
            break;
        }
        // "Builders and their allies say": a coordinated subject.
        if t.is("and") {
            if let Some(j) = left_conjunct(ctx, toks, k - 1).filter(|_| n <= 6) {
                k = j;
                // "A spokesperson for Immigration, Refugees and Citizenship Canada said": the
                // commas are inside one body's name, and the phrase goes on before it.
                if let Some(s) = crate::entities::listed_name_start(ctx.lex, toks, j, end) {
                    k = np_back(ctx, toks, s).unwrap_or(s);
                }
            }
            break;
        }
        // "Economists polled by the paper", "documents obtained by the agency", "records
        // released to the Star": a participle and its agent inside the phrase.
        if participle_with_agent(ctx, toks, k - 1) {
            k -= 2;
            n += 2;
            continue;
        }
        // "An analysis of city records by the paper", "a report by the auditor": a document's
        // author after "by".
        if document_author_by(ctx, toks, k - 1) {
            k -= 1;
            n += 1;
            continue;
        }
        // "sources close to the talks", "an adviser to the minister": "to" inside the phrase.
        let inner_to = t.is("to") && k >= 2 && ctx.lex.is_to_head(&toks[k - 2].lower);
        // A cue word followed by a preposition inside the phrase is a noun: "the annual report
        // of the regulator", "a release from the union".
        // So is an -ing cue word between a determiner and a noun: "a planning professor", "the
        // warning lights".
        // "The agency's report on the budget": "on" after a noun form ("reported on" is a verb).
        let noun_cue = matches!(toks[k].lower.as_str(), "of" | "from" | "by" | "for") && k < end
            || toks[k].is("on")
                && k < end
                && !t.lower.ends_with("ed")
                && !t.lower.ends_with("ing")
                && k >= 2
                && (is_determiner(&toks[k - 2].lower)
                    || toks[k - 2].span.of(ctx.text).ends_with("'s"))
            || is_noun_compound_head(&toks[k].lower)
            || t.lower.ends_with("ing")
                && k >= 2
                && is_determiner(&toks[k - 2].lower)
                && toks[k].is_word()
                && !toks[k].cap
            // "A report examining wait times found", "Researchers studying the river say": a
            // participle after a source noun modifies it.
            || participle_after_source_noun(ctx, toks, k - 1)
            || participle_after_source_noun(ctx, toks, k)
            // "A report prepared for the minister said": a document noun that is also a cue
            // word, then a past participle inside the phrase.
            || k < end
                && toks[k].is_word()
                && !toks[k].cap
                && is_past_form(ctx.lex, &toks[k].lower)
                && ctx.lex.source_noun(&t.lower) == Some(SourceNounKind::Document)
            // "a group that favours lower taxes": a relative clause that describes.
            || super::relative::describes_word(ctx.lex, toks, k - 1);
        // "More than 1,200", "fewer than half": a count.
        if t.is("than")
            && k >= 2
            && matches!(toks[k - 2].lower.as_str(), "more" | "fewer" | "less")
            && (toks[k].lower.starts_with(|c: char| c.is_ascii_digit())
                || is_number_word(&toks[k].lower)
                || toks[k].is("half"))
        {
            k -= 2;
            n += 2;
            continue;
        }
        // "Six in 10 say", "two in three residents", "nine out of 10 doctors": a proportion.
        let number = |w: &Tok| {
            w.is_word()
                && (w.lower.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(&w.lower))
        };
        if t.is("in") && k >= 2 && number(&toks[k]) && number(&toks[k - 2]) {
            k -= 2;
            n += 2;
            continue;
        }
        if t.is("of") && k >= 3 && number(&toks[k]) && toks[k - 2].is("out") && number(&toks[k - 3])
        {
            k -= 3;
            n += 3;
            continue;
        }
        // "That person said": a demonstrative opening the sentence before one noun.
        if demonstrative_that(toks, k - 1) && n == 1 {
            k -= 1;
            break;
        }
        if !inner_to
            && (is_np_barrier(&t.lower) || (!t.cap && ctx.lex.is_cue_word(&t.lower) && !noun_cue))
        {
            break;
        }
        // A verb phrase in -ing ends the phrase ("… began taking calls"); an -ing adjective
        // does not ("the city's housing director").
        if !t.cap
            && t.lower.len() > 5
            && t.lower.ends_with("ing")
            && k >= 2
            && (toks[k - 2].lower.ends_with("ed")
                || is_be(&toks[k - 2].lower)
                || matches!(
                    toks[k - 2].lower.as_str(),
                    "began" | "begun" | "start" | "starts" | "kept" | "keeps" | "stop" | "stops"
                ))
        {
            break;
        }
        // "She thanked Senator Holt, who …", "The plan angered families, who …": a past
        // tense after a word that is no determiner is the clause's verb, not a modifier
        // ("the retired judge", "newly elected officials").
        if !t.cap
            && is_past_form(ctx.lex, &t.lower)
            && k >= 2
            && toks[k - 2].is_word()
            && !toks[k - 2].quoted
            && !is_determiner(&toks[k - 2].lower)
            && !is_np_preposition(&toks[k - 2].lower)
            && !toks[k - 2].lower.ends_with("ly")
            && !toks[k - 2].is("and")
            && !toks[k - 2].span.of(ctx.text).ends_with("'s")
            // "A poll released in late August found": a participle before its phrase
            // ("a study published Wednesday in the journal suggests").
            && !toks.get(k).is_some_and(|n| {
                is_np_preposition(&n.lower)
                    || is_time_word(&n.lower) && n.cap
                    || matches!(
                        n.lower.as_str(),
                        "by" | "to" | "into" | "during" | "after" | "over" | "last" | "this"
                    )
            })
        {
            break;
        }
        // "at least 300": a count.
        if t.is("at") && toks[k].is("least") {
            k -= 1;
            n += 1;
            continue;
        }
        // "one of the engineers", "some of his advisers": a part of a group.
        // "dozens of residents", "hundreds of local workers": a count of a short group (not
        // "dozens of papers ranging from such", a phrase that runs on).
        let part_of = t.is("of")
            && k >= 2
            && (is_partitive(&toks[k - 2].lower)
                || is_group_count(&toks[k - 2].lower) && end - k <= 2);
        if is_np_preposition(&t.lower) && !part_of {
            // Only inside a phrase: a noun must come before the preposition.
            if k < 2
                || !toks[k - 2].is_word()
                || is_determiner(&toks[k - 2].lower)
                || is_np_barrier(&toks[k - 2].lower)
            {
                break;
            }
        }
        k -= 1;
        n += 1;
        // "a pilot the agency says will serve …": a determiner right after a noun opens a
        // second phrase (a relative clause without "that").
        if is_determiner(&toks[k].lower)
            && !toks[k].cap
            && k > 0
            && toks[k - 1].is_word()
            && !toks[k - 1].cap
            && !is_determiner(&toks[k - 1].lower)
            && !is_np_preposition(&toks[k - 1].lower)
            && !is_np_barrier(&toks[k - 1].lower)
            && !toks[k - 1].is("and")
            && !toks[k - 1].is("of")
            && !ctx.lex.is_cue_word(&toks[k - 1].lower)
            && !is_past_form(ctx.lex, &toks[k - 1].lower)
            && !participle_after_source_noun(ctx, toks, k - 1)
            // ("documents obtained by the Star", "a report by the auditor": the agent's
            // phrase goes on before "by".)
            && !participle_with_agent(ctx, toks, k - 1)
            && !document_author_by(ctx, toks, k - 1)
        {
            break;
        }
    }
    let k = skip_leading_adverbial(ctx.lex, toks, k, end);
    (k <= end).then_some(k)
}

/// "documents obtained by the Star", "emails reviewed by the paper", "records released to the
/// Star", "Economists polled by the paper": "by" or "to" at `toks[p]` after a past participle
/// that follows a noun (no determiner, preposition or clause word) joins the participle and its
/// agent to the noun's phrase.
fn participle_with_agent(ctx: &Ctx, toks: &[Tok], p: usize) -> bool {
    let to = toks[p].is("to")
        && p >= 2
        && matches!(
            toks[p - 1].lower.as_str(),
            "released" | "leaked" | "provided" | "sent" | "given" | "shown" | "submitted"
        );
    (toks[p].is("by") || to)
        && agent_follows(toks, p)
        && p >= 2
        && toks[p - 1].is_word()
        && !toks[p - 1].cap
        && is_past_form(ctx.lex, &toks[p - 1].lower)
        && toks[p - 2].is_word()
        && !is_determiner(&toks[p - 2].lower)
        && !is_np_preposition(&toks[p - 2].lower)
        && !is_np_barrier(&toks[p - 2].lower)
}

/// After "by" or "to" at `toks[p]` stands an agent, not an amount ("a forecast by 0.1
/// percentage points", "raised by about $2 million").
fn agent_follows(toks: &[Tok], p: usize) -> bool {
    toks.get(p + 1).is_some_and(|t| {
        t.is_word()
            && !t.quoted
            && !t.lower.starts_with(|c: char| c.is_ascii_digit())
            && !is_number_word(&t.lower)
            && !matches!(
                t.lower.as_str(),
                "about" | "more" | "less" | "nearly" | "almost" | "roughly" | "up" | "as" | "half"
            )
    })
}

/// "a report by the auditor", "An analysis of city records by the paper": "by" at `toks[p]`
/// right after a document's noun, or within a few words of a document's noun and its "of",
/// names the document's author inside the phrase.
fn document_author_by(ctx: &Ctx, toks: &[Tok], p: usize) -> bool {
    let document = |w: &str| ctx.lex.source_noun(w) == Some(SourceNounKind::Document);
    toks[p].is("by")
        && agent_follows(toks, p)
        && p >= 1
        && (toks[p - 1].is_word() && !toks[p - 1].cap && document(&toks[p - 1].lower)
            || (p.saturating_sub(6)..p).any(|d| document(&toks[d].lower) && toks[d + 1].is("of")))
}

/// "A report examining wait times", "Researchers studying the river", "a group backing the
/// mayor": an -ing participle at `toks[p]` right after a source noun or a noun for a body
/// (`org_descriptors.txt`) modifies it, with its object, inside the phrase.
fn participle_after_source_noun(ctx: &Ctx, toks: &[Tok], p: usize) -> bool {
    p >= 1
        && toks
            .get(p)
            .is_some_and(|t| t.is_word() && !t.cap && t.lower.len() > 5 && t.lower.ends_with("ing"))
        && toks[p - 1].is_word()
        && (ctx.lex.source_noun(&toks[p - 1].lower).is_some()
            || ctx.lex.is_org_descriptor(&toks[p - 1].lower))
}

/// The first token of the noun phrase before the "and" at `toks[and]`, when it is the first
/// conjunct of a subject: it opens the sentence or follows a comma or colon, and has no verb
/// ("The former judge and current council member said"; not "The dam broke and officials
/// said").
fn left_conjunct(ctx: &Ctx, toks: &[Tok], and: usize) -> Option<usize> {
    let end = and.checked_sub(1)?;
    let j = np_back(ctx, toks, end)?;
    let opens = j == 0 || matches!(toks[j - 1].kind, TokKind::Punct(',' | ':' | ';'));
    let verb = toks[j..and].iter().any(|t| {
        !t.cap
            && ((t.lower.len() > 3 && t.lower.ends_with("ed"))
                || ctx.lex.is_irregular_past(&t.lower)
                || is_finite_auxiliary(&t.lower)
                || is_be(&t.lower)
                || ctx.lex.is_cue_word(&t.lower))
    });
    (opens && !verb && !is_ly_adverb(&toks[end].lower)).then_some(j)
}

/// A quantifier that takes a part of a group with "of": "one of", "some of", "two of".
fn is_partitive(w: &str) -> bool {
    matches!(
        w,
        "one" | "some" | "many" | "several" | "most" | "few" | "none" | "each" | "two" | "three"
    )
}

/// A plural count noun that measures a group with "of" ("dozens of residents", "hundreds of
/// workers", "thousands of fans"): how many spoke belongs to the source's phrase.
fn is_group_count(w: &str) -> bool {
    matches!(w, "dozens" | "scores" | "hundreds" | "thousands")
}

/// Drop leading fillers and a leading adverbial ("But", "On Monday") from a phrase that starts
/// at `k` and ends at `end`.
fn skip_leading_adverbial(lex: &Lexicons, toks: &[Tok], mut k: usize, end: usize) -> usize {
    loop {
        // "At least 300 said": a count, not a place.
        if k + 2 <= end && toks[k].is("at") && toks[k + 1].is("least") {
            return k;
        }
        if k < end && is_leading_filler(&toks[k].lower) {
            k += 1;
            continue;
        }
        if k < end && is_leading_preposition(&toks[k].lower) && toks[k].cap {
            // "In Paris officials said": skip the preposition and its object's first word.
            k += 1;
            while k < end && (is_determiner(&toks[k].lower) || is_time_word(&toks[k].lower)) {
                k += 1;
            }
            if k < end
                && toks[k].cap
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.cap || !is_determiner(&n.lower))
            {
                k += 1;
            }
            continue;
        }
        if k < end && is_np_preposition(&toks[k].lower) {
            k += 1;
            continue;
        }
        break;
    }
    // "… to placate nervous Democrats on Capitol Hill, who …": a phrase that starts with a
    // lowercase word (a verb or adjective) starts at its first determiner or name instead.
    // A role in lower case before a name stays ("…, union representative Grace Lin warned"):
    // up to three lowercase words that end with a title word.
    if k < end
        && !toks[k].cap
        && !is_determiner(&toks[k].lower)
        && !source_noun_with_phrase(lex, toks, k, end)
    {
        if let Some(d) = (k + 1..=end).find(|&i| toks[i].cap || is_determiner(&toks[i].lower)) {
            let role_start = (d.saturating_sub(3).max(k)..d).find(|&r| {
                toks[r..d]
                    .iter()
                    .all(|t| t.is_word() && !t.cap && !t.quoted)
            });
            // After a comma or a closing quotation mark the lowercase words before a name are
            // its description even when no title ends them ("…,” team member Ana Ruiz said).
            let after_punct = k == 0 || !toks[k - 1].is_word();
            k = match role_start {
                Some(r) if toks[d].cap && lex.is_title(&toks[d - 1].lower) => r,
                Some(r)
                    if r == k
                        && after_punct
                        && d > k
                        && toks[d].cap
                        && toks[k..d].iter().all(|t| is_descriptor_word(lex, &t.lower)) =>
                {
                    r
                }
                _ => d,
            };
        }
    }
    k
}

/// "…, documents obtained by the Star show", "…, officials in Ottawa said", "…, internal
/// records from the ministry show": after a comma (or at the sentence's start) a bare source
/// noun, with up to two lowercase words before it, followed by a preposition or a participle
/// heads the whole phrase; the determiner or name inside its phrase opens no phrase of its own.
///
/// So does a relative pronoun that opens an object relative ("…, which economists polled by
/// Reuters expect to …", "…, which officials in the ministry say will …"): the phrase after it
/// is the relative clause's subject.
fn source_noun_with_phrase(lex: &Lexicons, toks: &[Tok], k: usize, end: usize) -> bool {
    let after_punct = k == 0
        || !toks[k - 1].is_word()
        || matches!(toks[k - 1].lower.as_str(), "which" | "whom") && !toks[k - 1].quoted;
    after_punct
        && (k..end.min(k + 3)).any(|i| {
            lex.source_noun(&toks[i].lower).is_some()
                && toks[k..=i]
                    .iter()
                    .all(|t| t.is_word() && !t.cap && !t.quoted && !is_determiner(&t.lower))
                && toks.get(i + 1).is_some_and(|n| {
                    n.is_word()
                        && !n.cap
                        && (is_np_preposition(&n.lower)
                            || n.is("by")
                            || is_past_form(lex, &n.lower))
                })
        })
}

/// A lowercase word that can describe the person named after it ("team member", "fellow
/// driver"): not a function word, an adverb, a verb form or a cue.
fn is_descriptor_word(lex: &Lexicons, w: &str) -> bool {
    w.len() > 2
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_np_barrier(w)
        && !is_aux_or_adverb(w)
        && !is_sentence_starter_word(w)
        && !lex.is_cue_word(w)
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !w.ends_with("ing")
}

fn hit(span: Span, kind: SourceKind, head: &Tok, reasons: Vec<Reason>) -> SourceHit {
    SourceHit {
        span,
        kind,
        name: None,
        role: None,
        head: head.lower.clone(),
        reasons,
    }
}

/// Classify the noun phrase `toks[a..b]` as a source.
pub(crate) fn classify(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<SourceHit> {
    if a >= b {
        return None;
    }
    let head = &toks[b - 1];
    let span = span_of(toks, a, b);
    // A clause or a prepositional phrase is no source ("that Phoenix supports …"); "at least
    // 200" is a count.
    let at_least = toks[a].is("at") && toks.get(a + 1).is_some_and(|t| t.is("least"));
    if is_clause_opener(&toks[a].lower) && b - a > 1 && !at_least && !demonstrative_that(toks, a) {
        return None;
    }
    if b - a == 1 && is_subject_pronoun(&head.lower) {
        let reasons = vec![Reason::with(Rule::SourcePronoun, head.lower.clone())];
        return Some(hit(span, SourceKind::Pronoun, head, reasons));
    }
    // "They've suggested", "We'll say": a pronoun with a contracted auxiliary; the source is
    // the pronoun's letters.
    if b - a == 1 {
        if let Some((stem, rest)) = head.lower.split_once(['\'', '\u{2019}']) {
            let pronoun = match stem {
                "he" => "he",
                "she" => "she",
                "they" => "they",
                "we" => "we",
                "i" => "i",
                "you" => "you",
                _ => "",
            };
            // "He's claiming", "she's said": "is" or "has" after "he" and "she".
            let s_form = rest == "s" && matches!(pronoun, "he" | "she");
            if !pronoun.is_empty() && (matches!(rest, "ve" | "ll" | "d" | "re" | "m") || s_form) {
                let reasons = vec![Reason::with(Rule::SourcePronoun, pronoun)];
                let span = Span::new(head.span.start, head.span.start + stem.len());
                return Some(hit(span, SourceKind::Pronoun, head, reasons));
            }
        }
    }
    // "A report prepared for deputy minister Ana Ruiz", "a study published in March": a
    // document, then the participle phrase that describes it. The document is the source;
    // the person, body or date inside the phrase is not. (Before the test for a time: "a
    // news release issued Monday" ends in one.)
    if let Some(p) = (a + 1..b.saturating_sub(1)).find(|&p| {
        toks[p].is_word()
            && !toks[p].cap
            && is_past_form(ctx.lex, &toks[p].lower)
            && ctx.lex.source_noun(&toks[p - 1].lower) == Some(SourceNounKind::Document)
    }) {
        let mut h = classify(ctx, toks, a, p)?;
        h.span = span;
        return Some(h);
    }
    if is_time_word(&head.lower) || head.lower == "there" || is_subject_pronoun(&head.lower) {
        return None;
    }
    // "while another says …", "others say …": a pronoun for an unnamed member of a group.
    if b - a == 1
        && matches!(
            head.lower.as_str(),
            "another" | "others" | "some" | "many" | "most" | "few" | "several" | "all" | "both"
        )
    {
        let reasons = vec![Reason::with(Rule::SourcePluralGroup, head.lower.clone())];
        return Some(hit(span, SourceKind::Vague, head, reasons));
    }
    // "the mother of three", "a father of two": the head is before "of" and the number.
    if b - a >= 3
        && toks[b - 2].is("of")
        && (is_number_word(&head.lower) || head.lower.bytes().all(|c| c.is_ascii_digit()))
    {
        let mut h = classify(ctx, toks, a, b - 2)?;
        h.span = span;
        return Some(h);
    }
    if let Some(h) = title_of_then_name(ctx, toks, a, b) {
        return Some(h);
    }
    if let Some(h) = source_noun_phrase(ctx, toks, a, b, span) {
        return Some(h);
    }
    if let Some(h) = role_for_a_place(ctx, toks, a, b) {
        return Some(h);
    }
    // "Nearly 60 percent said …", "a third of those asked say …": a share of a poll's people,
    // with the group after "of" ("58 percent of rural voters in the state").
    let share_of = (a + 1..b.min(a + 5)).find(|&k| toks[k].is("of") && is_share_head(toks, k - 1));
    if is_share_head(toks, b - 1) || share_of.is_some_and(|k| b - k <= 8) {
        let reasons = vec![Reason::with(Rule::SourcePollShare, head.lower.clone())];
        return Some(hit(span, SourceKind::Vague, head, reasons));
    }
    // "Engineers warned …": a capitalised plural that only opens the sentence is a group.
    let sentence_initial_plural = b - a == 1
        && opens_clause(toks, a)
        && (s_ending(&head.lower, 4) || is_plural_noun(&head.lower))
        && !ctx.lex.is_place(head.lower.as_str())
        && !ctx.lex.is_organization(head.lower.as_str())
        && head
            .span
            .of(ctx.text)
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase());
    if sentence_initial_plural {
        let reasons = vec![Reason::with(Rule::SourcePluralGroup, head.lower.clone())];
        return Some(hit(span, SourceKind::Vague, head, reasons));
    }
    // "Parents in the village of Hollow Creek", "Shop owners on Cedar Avenue": a lowercase
    // group whose name-like words are only in the phrase after it. "Lawyers for the city",
    // "Attorneys for the band": a plural opening the sentence before any phrase.
    if head.cap || opens_clause(toks, a) && toks[a].cap {
        if let Some(mut group) = group_before_phrase(ctx, toks, a, b) {
            group.span = span;
            return Some(group);
        }
    }
    if let Some(h) = title_case_description(ctx, toks, a, b) {
        return Some(h);
    }
    if let Some(h) = role_without_name(ctx, toks, a, b) {
        return Some(h);
    }
    if head.cap && !(b - a == 1 && a == 0 && is_sentence_starter_word(&head.lower)) {
        return Some(named(ctx, toks, a, b));
    }
    // "Owen Thibodeau of the traffic unit", "Ana Ruiz at the city's planning office": a name
    // and the unit it belongs to, whose own head is in lower case.
    if let Some(p) = (a + 2..b.saturating_sub(1)).find(|&p| {
        matches!(toks[p].lower.as_str(), "of" | "at" | "from" | "with")
            && !toks[p].cap
            && toks[p - 1].cap
            && toks[p - 2].cap
            && toks[a..p].iter().all(|t| t.cap)
            && toks[p + 1..b].iter().all(|t| t.is_word())
    }) {
        let mut hit = named_words(ctx, toks, a, p);
        hit.span = span;
        return Some(hit);
    }
    unnamed_group_or_description(ctx, toks, a, b).or_else(|| headline_noun(ctx, toks, a, b))
}

/// "Local Mayor Says Budget Is Balanced", "Celebrity Chef Says She's Done": in a headline in
/// title case every word is capitalised, so up to three capitalised words that open the
/// headline (or its clause after a comma), end in a title or a source noun for a role, and
/// hold no first name, place or organisation describe a person by role, as "local mayor"
/// would in the body. The word after them is capitalised too ("Says"), the mark of title case.
/// ("Mayor Ana Costa Says": the name's last word is no title, so it stays a name.)
fn title_case_description(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<SourceHit> {
    let head = &toks[b - 1];
    let opens = a == 0 || toks[a - 1].is_punct(',') || toks[a - 1].is_punct(':');
    let role_head = ctx.lex.is_title(&head.lower)
        || ctx.lex.source_noun(&head.lower) == Some(SourceNounKind::Role);
    let words = &toks[a..b];
    let phrase = crate::case::lower_str(span_of(toks, a, b).of(ctx.text));
    let plain = words.iter().all(|t| {
        t.is_word()
            && t.cap
            && !t.quoted
            && !t.is_acronym(ctx.text)
            && ctx.lex.first_name_gender(&t.lower).is_none()
            && !ctx.lex.is_place(&t.lower)
            && !ctx.lex.is_organization(&t.lower)
            && !is_honorific(&t.lower)
    });
    let title_case = toks.get(b).is_some_and(|t| t.is_word() && t.cap);
    (ctx.headline
        && opens
        && b - a <= 3
        && role_head
        && plain
        && title_case
        && !ctx.lex.is_place(&phrase)
        && !ctx.lex.is_organization(&phrase))
    .then(|| {
        let reasons = vec![Reason::with(
            Rule::SourceTitleCaseDescription,
            head.lower.clone(),
        )];
        hit(span_of(toks, a, b), SourceKind::Description, head, reasons)
    })
}

/// "the Prime Minister", "A Liberal MP", "the local MPP", "one backbench MP": a determiner,
/// then title words and lowercase modifiers only, ending in a capitalised title word. No name
/// follows the role, so the source is described ("the Prime Minister") or, after "a" or "one",
/// one unnamed person; the words after the article are its role.
fn role_without_name(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<SourceHit> {
    let head = &toks[b - 1];
    let first = &toks[a];
    let opener = is_determiner(&first.lower) || first.is("one");
    if !(opener && b - a >= 2 && head.cap && ctx.lex.is_title(&head.lower)) {
        return None;
    }
    let words_ok = toks[a + 1..b].iter().all(|t| {
        t.is_word()
            && !t.quoted
            && !is_honorific(&t.lower)
            && (!t.cap || ctx.lex.is_title(&t.lower))
    });
    if !words_ok {
        return None;
    }
    let span = span_of(toks, a, b);
    let indefinite = first.is("a") || first.is("an") || first.is("one") || first.is("another");
    let (rule, kind) = if indefinite {
        (Rule::SourceIndefinitePerson, SourceKind::Anonymous)
    } else {
        (Rule::SourceDescription, SourceKind::Description)
    };
    let mut h = hit(span, kind, head, vec![Reason::new(rule)]);
    h.role = Some(span_of(toks, a + 1, b));
    Some(h)
}

/// Does `toks[k]` open a clause, where a capital says nothing of a name: the sentence's first
/// word, or the first after a colon or a dateline's dash ("Rent: Tenant groups say …",
/// "LISBON — Dock workers said …").
fn opens_clause(toks: &[Tok], k: usize) -> bool {
    k == 0 || matches!(toks[k - 1].kind, TokKind::Punct(':' | '—' | '–'))
}

/// The plural group before a prepositional phrase ("Parents | in the village of …"): its words
/// after the first are in lower case, and it is a vague group or a source noun.
fn group_before_phrase(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<SourceHit> {
    let mut p = (a + 1..b)
        .find(|&k| (is_np_preposition(&toks[k].lower) || toks[k].is("by")) && !toks[k].cap)?;
    // "Economists polled by the paper": the group ends before its participle.
    if toks[p].is("by") && p > a + 1 && is_past_form(ctx.lex, &toks[p - 1].lower) {
        p -= 1;
    }
    // ("One backbench MP from Toronto": a title in capitals is one of its words.)
    let lower_words = toks[a + 1..p]
        .iter()
        .all(|t| t.is_word() && (!t.cap || ctx.lex.is_title(&t.lower)));
    let first_ok = !toks[a].cap || opens_clause(toks, a) || is_determiner(&toks[a].lower);
    let head = &toks[p - 1];
    let plural = is_plural_noun(&head.lower);
    let role_head = ctx.lex.source_noun(&head.lower).is_some() || ctx.lex.is_title(&head.lower);
    if !(lower_words && first_ok && (plural || role_head)) {
        return None;
    }
    if p - a == 1 && a == 0 && toks[a].cap && !plural {
        return None;
    }
    let hit = classify(ctx, toks, a, p)?;
    (hit.kind != SourceKind::Named).then_some(hit)
}

/// Are `toks[a..b]` capitalised words, determiners and plural possessive marks only ("The
/// Lakehead Health Workers' Union"), or "and", "of" or "for" between two capitalised words
/// ("The Retail and Food Workers Union")?
fn capitalised_phrase(toks: &[Tok], a: usize, b: usize) -> bool {
    let joiner = |k: usize| {
        matches!(toks[k].lower.as_str(), "and" | "of" | "for")
            && !toks[k].cap
            && k > a
            && toks[k - 1].cap
            && toks.get(k + 1).is_some_and(|n| n.is_word() && n.cap)
    };
    (a..b).all(|k| {
        toks[k].cap
            || is_determiner(&toks[k].lower)
            || is_plural_possessive_mark(toks, k)
            || joiner(k)
    })
}

/// The apostrophe of a plural possessive inside a name: "the Dorlund Insurers' Association".
/// A word in the possessive ("Calloway's", "Lund’s"), read from the text (the token's lower
/// case is normalised).
pub(crate) fn is_possessive(text: &str, t: &Tok) -> bool {
    let w = t.span.of(text);
    t.is_word() && (w.ends_with("'s") || w.ends_with("\u{2019}s"))
}

/// "New Brunswick's chief medical officer", "Ms. Solberg's press secretary", "the province's
/// auditor": the owner in the possessive that opens `toks[a..b]`, one to three words (a
/// capitalised name, or a determiner and a noun), with at least one word after it. Returns the
/// index of the possessive word.
pub(crate) fn possessive_owner_end(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<usize> {
    let p = (a..b.min(a + 3)).find(|&k| is_possessive(text, &toks[k]))?;
    let owner_ok = p == a
        || toks[a..p].iter().all(|t| t.is_word() && t.cap)
        || p == a + 1 && is_determiner(&toks[a].lower);
    (owner_ok && p + 1 < b).then_some(p)
}

/// "Ostravia's Katarina Movchan", "Lindmark's Henrik Vasstrand": a word in the possessive
/// (`toks[a]`) before a personal name (`toks[a + 1..b]`, two or three capitalised words, none
/// an organisation's, a title's or a place's word, and no known place or organisation) owns
/// the person (a country, a club, a company): wire copy's "Germany's NAME". It is no part of
/// the name.
pub(crate) fn owner_before_person_name(
    text: &str,
    lex: &Lexicons,
    toks: &[Tok],
    a: usize,
    b: usize,
) -> bool {
    if !(3..=4).contains(&b.saturating_sub(a)) || !is_possessive(text, &toks[a]) {
        return false;
    }
    let words = &toks[a + 1..b];
    // ("Vellmark's Dean Farrow": a first name that is also a title.)
    let first_name = first_name_not_title(text, lex, toks, a + 1, b);
    let shaped = words.iter().enumerate().all(|(n, t)| {
        t.is_word()
            && t.cap
            && !t.is_acronym(text)
            && !is_possessive(text, t)
            && t.span.of(text).chars().any(char::is_lowercase)
            && !lex.is_org_word(&t.lower)
            && (!lex.is_title(&t.lower) || n == 0 && first_name)
            && !lex.is_place_word(&t.lower)
    });
    if !shaped {
        return false;
    }
    let joined = crate::case::lower_str(span_of(toks, a + 1, b).of(text));
    !lex.is_place(&joined) && !lex.is_organization(&joined)
}

/// "Her father, Dean Hollis, said": a title word that is also a common first name ("Dean"),
/// capitalised and followed by exactly one capitalised word to the end of the name
/// (`toks[k + 1..b]`), is the person's first name, not a title ("Dean Jane Holt" keeps it).
pub(crate) fn first_name_not_title(
    text: &str,
    lex: &Lexicons,
    toks: &[Tok],
    k: usize,
    b: usize,
) -> bool {
    let t = &toks[k];
    k + 2 == b
        && t.is_word()
        && t.cap
        && !t.is_acronym(text)
        && lex.is_title(&t.lower)
        && lex.first_name_gender(&t.lower).is_some()
        && !matches!(t.lower.as_str(), "king" | "queen" | "prince" | "princess")
        && toks[k + 1].is_word()
        && toks[k + 1].cap
        && !lex.is_title(&toks[k + 1].lower)
        && !toks[k + 1].is_acronym(text)
}

pub(crate) fn is_plural_possessive_mark(toks: &[Tok], k: usize) -> bool {
    (toks[k].is_punct('\'') || toks[k].is_punct('\u{2019}'))
        && k > 0
        && toks[k - 1].is_word()
        && toks[k - 1].lower.ends_with('s')
        && toks.get(k + 1).is_some_and(|n| {
            // "the Growers' Federation"; "the nurses' union", "the regional growers'
            // association" after a determiner.
            n.is_word()
                && (n.cap
                    || (k.saturating_sub(3)..k.saturating_sub(1))
                        .any(|d| is_determiner(&toks[d].lower)))
        })
}

/// A past tense or past participle: "-ed" or an irregular form ("polled", "paid", "made").
pub(crate) fn is_past_form(lex: &Lexicons, w: &str) -> bool {
    w.ends_with("ed") || lex.is_irregular_past(w)
}

/// A plural noun: "-s" ("parents", not "census"), "-men" ("fishermen"), "people", "children".
fn is_plural_noun(w: &str) -> bool {
    s_ending(w, 3) && !w.ends_with("us")
        || (w.ends_with("men") && w.len() > 4)
        || matches!(w, "people" | "children")
}

/// "percent", "per cent", "%" as the head of a subject, after a number.
fn is_share_head(toks: &[Tok], h: usize) -> bool {
    let t = &toks[h];
    let after_number = |k: usize| {
        k > 0
            && (toks[k - 1].lower.starts_with(|c: char| c.is_ascii_digit())
                || is_number_word(&toks[k - 1].lower))
    };
    // "At least 21,000 said …", "more than 300 signed …": a bare count after an approximation.
    let count = t.lower.starts_with(|c: char| c.is_ascii_digit())
        && t.lower.bytes().all(|c| c.is_ascii_digit() || c == b',')
        && h >= 2
        && matches!(
            (toks[h - 2].lower.as_str(), toks[h - 1].lower.as_str()),
            ("at", "least") | ("more", "than") | ("fewer", "than") | ("less", "than")
        )
        || h >= 1
            && matches!(
                toks[h - 1].lower.as_str(),
                "about" | "nearly" | "almost" | "roughly" | "some" | "over" | "around"
            )
            && t.lower.bytes().all(|c| c.is_ascii_digit() || c == b',');
    // "Nearly half said …", "about half": a share in words.
    let half = t.is("half")
        && (h == 0
            || matches!(
                toks[h - 1].lower.as_str(),
                "nearly" | "almost" | "about" | "roughly" | "around" | "over" | "than"
            ));
    half || (t.is("percent") || t.is("%")) && after_number(h)
        || t.is("cent") && h > 0 && toks[h - 1].is("per") && after_number(h - 1)
        || count
}

/// "Ferry operator says …", "Police chief warns …": a headline-style subject, a bare singular
/// noun phrase of up to four words that opens the sentence, with no determiner; after a
/// headline's comma or semicolon, also one word for a role or a body ("…, owner warns",
/// "Storm nears; forecaster urges residents to stay home", "…, board says").
fn headline_noun(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<SourceHit> {
    let head = &toks[b - 1];
    // ("Measles cases climb to 41, health authority says": after a headline's comma too.)
    // (The comma may close a quotation: "… mill jobs 'within weeks,' owner warns".)
    // ("Library cuts hours; student union calls …": a semicolon joins a headline's second
    // clause, and its subject opens that clause.)
    let after_comma = a > 0
        && (toks[a - 1].is_punct(',')
            || toks[a - 1].is_punct(';')
            || a > 1 && toks[a - 1].kind == TokKind::QuoteClose && toks[a - 2].is_punct(','));
    let opens = a == 0 || ctx.headline && after_comma;
    let bare = opens
        && b - a >= 2
        && b - a <= 4
        && (toks[a].cap || a > 0)
        && toks[place_prefix_end(ctx, toks, a, b)..b]
            .iter()
            .all(|t| t.is_word() && !t.cap)
        && toks[a..b].iter().all(|t| {
            !is_determiner(&t.lower)
                && !is_np_preposition(&t.lower)
                && !is_subject_pronoun(&t.lower)
                && !t.lower.ends_with("ly")
                && !t.lower.ends_with("ing")
                && !ctx.lex.is_irregular_past(&t.lower)
        })
        && !s_ending(&head.lower, 3);
    // ("Order could last a week, reeve says": one title word after a headline's comma or
    // semicolon; "Pool to close for a month, board says": one word that heads the names of
    // bodies, "board" as in "School Board". Source nouns, "…, ministry says", are read before.)
    let title = ctx.headline
        && after_comma
        && b - a == 1
        && !toks[a].cap
        && (ctx.lex.is_title(&toks[a].lower)
            || ctx.lex.is_org_word(&toks[a].lower)
            || is_headline_credit_noun(ctx, &toks[a]));
    (bare || title).then(|| {
        let span = span_of(toks, a, b);
        hit(
            span,
            SourceKind::Description,
            head,
            vec![Reason::new(Rule::SourceHeadlineNoun)],
        )
    })
}

/// "Nova Scotia budget projects …", "New Brunswick premier says …": a headline subject may open
/// with a place of two or more capitalised words, then its lowercase noun. Returns the index
/// after the place (`a + 1` when the phrase opens with no such place, so only its first word
/// may be capitalised).
fn place_prefix_end(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> usize {
    let caps = toks[a..b]
        .iter()
        .take_while(|t| t.is_word() && t.cap && !t.quoted)
        .count();
    let place = caps >= 2
        && a + caps < b
        && ctx.lex.is_place(
            &toks[a..a + caps]
                .iter()
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
    if place {
        a + caps
    } else {
        a + 1
    }
}

/// "More than 30,000 homes without power, utility says", "Flights cancelled, airline says":
/// headlinese drops the article, so one lowercase singular word that can only be a noun (no
/// grammar word, adverb, pronoun, participle or past form, no -s plural or verb) is the credit's
/// source, a body of whatever kind, as "the utility" would be in the body.
fn is_headline_credit_noun(ctx: &Ctx, t: &Tok) -> bool {
    let w = t.lower.as_str();
    t.is_word()
        && !t.quoted
        && w.len() >= 3
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_determiner(w)
        && !is_subject_pronoun(w)
        && !is_np_preposition(w)
        && !is_aux_or_adverb(w)
        && !is_np_barrier(w)
        && !is_be(w)
        && !is_clause_opener(w)
        && !matches!(
            w,
            "and" | "nor" | "yet" | "who" | "him" | "them" | "one" | "nobody"
        )
        && !w.ends_with("ing")
        && !w.ends_with("ed")
        && !ctx.lex.is_irregular_past(w)
        && !ctx.lex.is_cue_word(w)
        && !s_ending(w, 3)
}

/// "A physician at the hospital", "one nurse with the trust": before the body's noun at
/// `toks[h]`, a lowercase noun and a preposition of belonging, so the phrase names somebody at
/// the body ("the board" alone, or "the council of elders", keeps the body as the source).
fn person_of_body(toks: &[Tok], a: usize, h: usize) -> bool {
    (a + 1..h).any(|p| {
        matches!(
            toks[p].lower.as_str(),
            "at" | "of" | "with" | "from" | "for"
        ) && toks[p - 1].is_word()
            && !toks[p - 1].cap
            && !is_determiner(&toks[p - 1].lower)
            && toks[a..p - 1].iter().all(|t| t.is_word() && !t.quoted)
    })
}

/// A phrase headed by a source noun ("analysts", "a source familiar with the talks").
fn source_noun_phrase(
    ctx: &Ctx,
    toks: &[Tok],
    a: usize,
    b: usize,
    span: Span,
) -> Option<SourceHit> {
    let first = &toks[a];
    // "he cannot comment on the letter": a pronoun and a verb make a clause, not a phrase that
    // ends in a source's noun (a verb in a relative clause is the phrase's own: "two sources
    // who were not authorized to speak").
    if b > a + 1
        && (is_subject_pronoun(&first.lower)
            || toks[a..b]
                .iter()
                .take_while(|t| !matches!(t.lower.as_str(), "who" | "whom" | "which" | "that"))
                .any(|t| is_auxiliary(&t.lower) || is_be(&t.lower)))
    {
        return None;
    }
    // "a source familiar with the talks": the head comes before its post-modifier ("a study
    // tracking water use in six towns": a participle too). "A senior adviser to her
    // campaign", "an aide to the minister": a head that takes "to" comes before it, so the
    // source is the unnamed adviser, not the campaign. A document comes before "by" and its
    // author ("an estimate by Statistics Canada").
    let h = (a..b)
        .find(|&h| {
            ctx.lex.source_noun(&toks[h].lower).is_some()
                && toks.get(h + 1).is_some_and(|n| {
                    is_np_preposition(&n.lower)
                        || ctx.lex.is_source_postmodifier(&n.lower)
                        || n.is("to") && ctx.lex.is_to_head(&toks[h].lower)
                        // ("a new poll by Northfield Research": a document and its author.)
                        || n.is("by")
                            && ctx.lex.source_noun(&toks[h].lower)
                                == Some(SourceNounKind::Document)
                })
                || participle_after_source_noun(ctx, toks, h + 1) && h + 1 < b
                // ("economists polled by Reuters", "analysts surveyed by the bank": a past
                // participle and its agent after the head.)
                || h + 3 < b && participle_with_agent(ctx, toks, h + 2)
        })
        .unwrap_or(b - 1);
    let head = &toks[h];
    let kind = ctx.lex.source_noun(&head.lower)?;
    // "A physician at the hospital", "a member of the board": a body after a preposition is
    // where the unnamed person works, not the source; the phrase is read as that person.
    if kind == SourceNounKind::Group && h == b - 1 && person_of_body(toks, a, h) {
        return None;
    }
    // "a report from the Aldermoor Police Service", "an estimate by Statistics Canada": a
    // document of a named organisation or person speaks for them; the name after "from" or
    // "by" is the source's name.
    if kind == SourceNounKind::Document
        && toks
            .get(h + 1)
            .is_some_and(|t| t.is("from") || t.is("by") || t.is("of"))
    {
        let n = if toks.get(h + 2).is_some_and(|t| t.is("the")) {
            h + 3
        } else {
            h + 2
        };
        if n < b
            && toks[n..b]
                .iter()
                .all(|t| t.is_word() && (t.cap || t.is("of") || t.is("and")))
            && toks[b - 1].cap
            && toks[n].cap
        {
            let mut named = named_words(ctx, toks, n, b);
            named.span = span;
            named.role = None;
            return Some(named);
        }
    }
    // "The Lakehead Health Workers' Union": a capitalised head after capitalised words is a
    // name (`named`), not the source noun "union".
    if h == b - 1
        && head.cap
        && capitalised_phrase(toks, a, h)
        && toks[a..h].iter().any(|t| t.cap && !is_determiner(&t.lower))
    {
        return None;
    }
    // "The Ministry of Commerce", "the Department of Fisheries and Oceans": a capitalised
    // organisation noun with "of" and capitalised words to the end is a name too.
    if kind == SourceNounKind::Group
        && head.cap
        && toks.get(h + 1).is_some_and(|t| t.is("of"))
        && b > h + 2
        && toks[b - 1].cap
        && toks[h + 2..b]
            .iter()
            .all(|t| t.is_word() && (t.cap || t.is("and") || t.is("the") || t.is("of")))
        && toks[a..h]
            .iter()
            .all(|t| t.cap || is_determiner(&t.lower) || is_possessive(ctx.text, t))
    {
        return None;
    }
    // A capitalised name inside still makes it named ("Kremlin spokesman Dmitri X" has a
    // capitalised head and is handled by `named`).
    let indefinite = first.is("a") || first.is("an") || first.is("one");
    let sk = match kind {
        SourceNounKind::Vague => SourceKind::Vague,
        SourceNounKind::Anonymous => SourceKind::Anonymous,
        SourceNounKind::Role if indefinite => SourceKind::Anonymous,
        _ => SourceKind::Description,
    };
    let reasons = vec![Reason::is(
        Rule::SourceNounLexicon,
        head.lower.clone(),
        kind,
    )];
    let mut h = hit(span, sk, head, reasons);
    h.role = (kind == SourceNounKind::Role).then_some(span);
    Some(h)
}

/// "The member for Harrow Point", "the Liberal MLA for Kelowna West": a role held for a riding
/// or a place. The capitalised words after "for" name the place, never the person: the source
/// is described, and the whole phrase is the role.
fn role_for_a_place(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<SourceHit> {
    let p = (a + 1..b.saturating_sub(1)).find(|&p| toks[p].is("for"))?;
    let role = &toks[p - 1];
    let role_word = role.is("member") || role.is("members") || ctx.lex.is_title(&role.lower);
    let place = toks[b - 1].cap
        && toks[p + 1..b]
            .iter()
            .all(|t| t.is_word() && (t.cap || t.is("of") || t.is("and") || t.is("the")))
        // ("A spokesman for Public Safety Minister Corwin Hale": a person after "for".)
        && !toks[p + 1..b].iter().any(|t| ctx.lex.is_title(&t.lower));
    // Before the role: a determiner, then lower-case words, titles, or one capitalised word
    // right after the determiner ("The Liberal member").
    let before = toks[a..p - 1].iter().enumerate().all(|(i, t)| {
        is_determiner(&t.lower)
            || !t.cap
            || ctx.lex.is_title(&t.lower)
            || i == 1 && is_determiner(&toks[a].lower)
    });
    if !(role_word && place && before && is_determiner(&toks[a].lower)) {
        return None;
    }
    let span = span_of(toks, a, b);
    let mut h = hit(
        span,
        SourceKind::Description,
        role,
        vec![Reason::new(Rule::SourceDescription)],
    );
    h.role = Some(span_of(toks, a + 1, b));
    Some(h)
}

/// "Director of Education Paulette Ostrander", "Minister of the Environment Ana Ruiz", "Chief of
/// Police Tom Reyes": a title, "of" and what it is the title of, then a name of two words. The
/// title and its complement are the role; the last two words the name.
fn title_of_then_name(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<SourceHit> {
    let t = toks.get(a)?;
    if !(t.cap && t.is_word() && ctx.lex.is_title(&t.lower) && toks.get(a + 1)?.is("of")) {
        return None;
    }
    // At least one word of the complement and two of the name.
    if b < a + 5 {
        return None;
    }
    let name_start = b - 2;
    // ("Director of education Samuel Achebe": a lowercase complement of one or two words.)
    let short = name_start - (a + 2) <= 2;
    let words_ok = toks[a + 2..b].iter().enumerate().all(|(i, w)| {
        w.is_word()
            && (w.cap
                || i == 0 && w.is("the")
                || short && a + 2 + i < name_start && !ctx.lex.is_cue_word(&w.lower))
    });
    let name_ok = toks[name_start..b]
        .iter()
        .all(|w| !ctx.lex.is_title(&w.lower) && !ctx.lex.is_org_word(&w.lower));
    // The complement's last word is no part of a name: "of Education", "of Health".
    if !(words_ok && name_ok) || toks[a + 2].is("the") && name_start < a + 4 {
        return None;
    }
    Some(SourceHit {
        span: span_of(toks, a, b),
        kind: SourceKind::Named,
        name: Some(span_of(toks, name_start, b)),
        role: Some(span_of(toks, a, name_start)),
        head: toks[b - 1].lower.clone(),
        reasons: vec![
            Reason::new(Rule::SourceTitleBeforeName),
            Reason::new(Rule::SourceNamed),
        ],
    })
}

/// A capitalised phrase: the name, with the title words before it as the role. A person's
/// affiliation after the name ("Education economist Lena Hartwig of the Fenholm Institute")
/// stays in the source's words but not in its name or role.
fn named(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> SourceHit {
    let affiliation = (a + 2..b.saturating_sub(1)).find(|&p| {
        matches!(toks[p].lower.as_str(), "of" | "at" | "from")
            && !toks[p].cap
            && toks[p - 1].cap
            && toks[p - 2].cap
            && !ctx.lex.is_org_word(&toks[p - 1].lower)
            && !ctx.lex.is_title(&toks[p - 1].lower)
            && !ctx.lex.is_title(&toks[p - 2].lower)
            && (toks[p + 1..b].iter().any(|t| ctx.lex.is_org_word(&t.lower))
                // "Ana Reyes of Pinecrest": a place of one or two words.
                || toks[p].is("of")
                    && b - p <= 3
                    && toks[p + 1..b].iter().all(|t| t.is_word() && t.cap)
                    && (a..p).all(|k| !ctx.lex.is_org_word(&toks[k].lower)))
    });
    if let Some(p) = affiliation {
        let mut hit = named_words(ctx, toks, a, p);
        hit.span = span_of(toks, a, b);
        return hit;
    }
    named_words(ctx, toks, a, b)
}

fn named_words(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> SourceHit {
    let mut reasons = Vec::new();
    // "The Health Ministry", "the Lakehead Health Workers' Union": capitalised words ending in
    // an organisation's head word are one name, title words and all.
    // ("the Landlord and Tenant Board": "and" between capitalised words inside it.)
    let joined = |k: usize| {
        toks[k].is("and") && k > a && toks[k - 1].cap && toks.get(k + 1).is_some_and(|t| t.cap)
    };
    let org_name = ctx.lex.is_org_word(&toks[b - 1].lower)
        && (a..b).all(|k| {
            toks[k].cap
                || is_determiner(&toks[k].lower)
                || is_plural_possessive_mark(toks, k)
                || joined(k)
        });
    if org_name {
        let from = (a..b)
            .find(|&k| !is_determiner(&toks[k].lower))
            .unwrap_or(a);
        reasons.push(Reason::new(Rule::SourceNamed));
        return SourceHit {
            span: span_of(toks, a, b),
            kind: SourceKind::Named,
            name: Some(span_of(toks, from, b)),
            role: None,
            head: toks[b - 1].lower.clone(),
            reasons,
        };
    }
    // Split off the title words before the name.
    let mut name_start = b - 1;
    while name_start > a {
        let t = &toks[name_start - 1];
        if is_plural_possessive_mark(toks, name_start - 1)
            || t.cap && t.is_word() && !ctx.lex.is_title(&t.lower) && !t.is_acronym(ctx.text)
            || first_name_not_title(ctx.text, ctx.lex, toks, name_start - 1, b)
        {
            name_start -= 1;
        } else {
            break;
        }
    }
    // Title words (and the organisation that owns the title) make the role.
    let role = if name_start > a {
        let mut ra = a;
        while ra < name_start && is_determiner(&toks[ra].lower) {
            ra += 1;
        }
        // Honorifics alone ("Dr.", "Mrs.") are no role.
        let has_title = toks[ra..name_start]
            .iter()
            .any(|t| ctx.lex.is_title(&t.lower) && !is_honorific(&t.lower));
        if has_title && ra < name_start {
            reasons.push(Reason::new(Rule::SourceTitleBeforeName));
            Some(span_of(toks, ra, name_start))
        } else {
            None
        }
    } else {
        None
    };
    // "The New York Post": the whole capitalised phrase is the name.
    let all_cap = toks[a..b]
        .iter()
        .all(|t| t.cap || is_determiner(&t.lower) || t.is("of"));
    let name_from = if role.is_none() && all_cap {
        let mut s = a;
        while s < b && (is_determiner(&toks[s].lower) || is_honorific(&toks[s].lower)) {
            s += 1;
        }
        // "Karvonia's Ministry of Commerce": the owner before an organisation's head word is
        // no part of its name.
        if s + 2 < b && is_possessive(ctx.text, &toks[s]) && ctx.lex.is_org_word(&toks[s + 1].lower)
        {
            s += 1;
        }
        // "Ostravia's Katarina Movchan": the owner before a personal name is no part of it.
        if owner_before_person_name(ctx.text, ctx.lex, toks, s, b) {
            s += 1;
        }
        if s < b {
            s
        } else {
            name_start
        }
    } else {
        name_start
    };
    reasons.push(Reason::new(Rule::SourceNamed));
    SourceHit {
        span: span_of(toks, a, b),
        kind: SourceKind::Named,
        name: Some(span_of(toks, name_from, b)),
        role,
        head: toks[b - 1].lower.clone(),
        reasons,
    }
}

/// A lowercase plural group ("local residents") or a description ("the company", "a guard").
fn unnamed_group_or_description(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<SourceHit> {
    let head = &toks[b - 1];
    let first = &toks[a];
    // "She charges $20 and says …": a subject pronoun opens a clause, not a group.
    if b > a + 1 && is_subject_pronoun(&first.lower) {
        return None;
    }
    let span = span_of(toks, a, b);
    let plural =
        s_ending(&head.lower, 3) && !head.lower.ends_with("us") && !head.lower.ends_with("is");
    if plural
        && !head.cap
        && b - a <= 4
        && toks[a..b].iter().enumerate().all(|(i, t)| {
            !t.cap
                    || is_determiner(&t.lower)
                    || opens_clause(toks, a + i)
                    // "In the poll, Democratic primary voters said", "Ontario nurses say": a
                    // party, a place or a people's adjective before the plural is no name.
                    || a + i + 1 < b && group_modifier(ctx, &t.lower)
                    // "And Iowa farmers said", "But Labour voters say": after the sentence's
                    // opening conjunction, its first words are capitalised as at its start.
                    || a == 1
                        && is_leading_filler(&toks[0].lower)
                        && toks[1..=a + i].iter().all(|w| w.cap)
                        && !is_time_word(&t.lower)
                        && !is_month_name(&t.lower)
        })
    {
        let reasons = vec![Reason::with(Rule::SourcePluralGroup, head.lower.clone())];
        return Some(hit(span, SourceKind::Vague, head, reasons));
    }
    // "the city's mayor", "Connecticut's tax commissioner", "Clinton's team". Coordinated
    // descriptions ("the former mayor and current county commissioner") are measured by their
    // last conjunct.
    let last_conjunct = (a..b)
        .rev()
        .find(|&k| toks[k].is("and"))
        .map_or(a, |k| k + 1);
    // ("The chief executive of the new firm", "the longtime owner of the small corner bakery":
    // a head and its phrase after a preposition run longer.)
    // The head before the phrase names a person's role or a source ("the participation of this
    // team in …" is no source).
    let phrase_head = (last_conjunct + 1..b)
        .find(|&k| is_np_preposition(&toks[k].lower))
        .map(|k| k - 1)
        .filter(|&h| {
            ctx.lex.is_title(&toks[h].lower) || ctx.lex.source_noun(&toks[h].lower).is_some()
        });
    let with_phrase = phrase_head.is_some();
    // ("New Brunswick's fire marshal", "Ms. Solberg's press secretary": an owner of two or
    // three capitalised words, before a person's role or a source noun; not "Mr. Trump's
    // performance on the debate".)
    let role_head =
        with_phrase || ctx.lex.is_title(&head.lower) || ctx.lex.source_noun(&head.lower).is_some();
    let possessive = first.span.of(ctx.text).ends_with("'s") && b - a >= 2
        || role_head && possessive_owner_end(ctx.text, toks, a, b).is_some_and(|p| p > a);
    if (is_determiner(&first.lower) || possessive)
        // "the only show that …", "the first report": an adjective is no head.
        && !ADJECTIVE_HEADS.contains(&head.lower.as_str())
        && b - last_conjunct <= if with_phrase { 10 } else { 6 }
        && last_conjunct - a <= 7
        && head.is_word()
        && !head.cap
    {
        // "a guard at the prison", "an employee", "one canvasser", "another nurse": one unnamed person is an
        // anonymous source.
        let indefinite = first.is("a") || first.is("an") || first.is("one") || first.is("another");
        // "a new report by the bank", "a table from the agency": a document's noun heads the
        // phrase, so it is a document described, not an unnamed person.
        let document = (a..b).find(|&k| {
            ctx.lex.source_noun(&toks[k].lower) == Some(SourceNounKind::Document)
                && (k + 1 == b || is_np_preposition(&toks[k + 1].lower) || toks[k + 1].is("by"))
        });
        if let Some(k) = document.filter(|_| indefinite) {
            let reasons = vec![Reason::is(
                Rule::SourceNounLexicon,
                toks[k].lower.clone(),
                SourceNounKind::Document,
            )];
            return Some(hit(span, SourceKind::Description, &toks[k], reasons));
        }
        let (rule, kind) = if indefinite {
            (Rule::SourceIndefinitePerson, SourceKind::Anonymous)
        } else {
            (Rule::SourceDescription, SourceKind::Description)
        };
        // (A long phrase's head is its role, before the phrase: "owner".)
        let head = match phrase_head {
            Some(h) if b - last_conjunct > 6 => &toks[h],
            _ => head,
        };
        return Some(hit(span, kind, head, vec![Reason::new(rule)]));
    }
    None
}

/// A capitalised word that modifies a plural group without naming anyone: a party label
/// ("Democratic voters"), a known place ("Ontario nurses") or a people's adjective ending
/// -an, -ese or -ish ("Canadian doctors", "Danish officials").
fn group_modifier(ctx: &Ctx, w: &str) -> bool {
    is_party_label(w)
        || ctx.lex.is_place(w)
        || w.len() > 5 && (w.ends_with("ian") || w.ends_with("ese") || w.ends_with("ish"))
}

/// Adjectives that end a determiner's phrase only when its noun is the cue word after them.
const ADJECTIVE_HEADS: &[&str] = &[
    "only", "first", "last", "same", "other", "next", "new", "latest", "main", "whole", "entire",
];

pub(crate) fn is_sentence_starter_word(w: &str) -> bool {
    is_leading_preposition(w)
        || is_leading_filler(w)
        || matches!(
            w,
            "this" | "that" | "these" | "those" | "it" | "such" | "there" | "however" | "if" | "as"
        )
}

/// The subject that opens the sentence: the longest run of tokens from the start that still
/// reads as a source, stopping at the first token that breaks it.
pub(crate) fn subject_at_start(ctx: &Ctx, toks: &[Tok], limit: usize) -> Option<SourceHit> {
    // After a leading adverbial and its comma ("In the hearing, two engineers …"), or a
    // participle clause ("Asked whether the mill would reopen, Hale shook her head and said").
    let participle = toks.first().is_some_and(|t| {
        t.is_word()
            && t.cap
            && (t.lower.len() > 4 && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
                || ctx.lex.is_irregular_past(&t.lower)
                || [
                    "stung",
                    "driven",
                    "shaken",
                    "taken",
                    "caught",
                    "beaten",
                    "given",
                    "known",
                    "seen",
                    "shown",
                    "told",
                    "hurt",
                    "torn",
                    "drawn",
                    "swept",
                    "undaunted",
                    "buoyed",
                ]
                .contains(&t.lower.as_str()))
    }) && toks.get(1).is_some_and(|t| t.is_word() && !t.cap);
    // "When the vote ended, the mayor smiled and said": an opening subordinate clause.
    let adverbial = toks.first().is_some_and(|t| {
        is_leading_preposition(&t.lower)
            || is_leading_filler(&t.lower)
            || matches!(
                t.lower.as_str(),
                "when" | "as" | "once" | "if" | "although" | "though" | "because" | "until"
            )
    });
    if participle {
        // The participle clause may hold commas of its own ("Chastened by the polls, and by
        // the costs, Lee revised …"): the subject follows one of them.
        return (0..toks.len().min(25))
            .filter(|&k| toks[k].is_punct(','))
            .find_map(|c| subject_from(ctx, toks, c + 1, limit));
    }
    // "Recently, however, …", "Most recently, …": an opening adverb in -ly before its comma.
    let ly_adverb = |t: &Tok| t.is_word() && t.lower.len() > 4 && t.lower.ends_with("ly");
    let adverb_first = toks.first().is_some_and(ly_adverb)
        || toks.first().is_some_and(|t| t.is("most") || t.is("more"))
            && toks.get(1).is_some_and(ly_adverb);
    // "WASHINGTON (AP) — …", "PARIS — …": a dateline in capitals before a dash.
    let dateline_end = toks
        .iter()
        .take(8)
        .position(|t| matches!(t.kind, TokKind::Punct('—' | '–')))
        .filter(|&d| {
            d > 0
                && toks[..d]
                    .iter()
                    .all(|t| !t.is_word() || t.span.of(ctx.text).chars().all(|c| !c.is_lowercase()))
        })
        .map_or(0, |d| d + 1)
        // ("RUSKMERE, Man. — …": a province's abbreviation in the dateline.)
        .max(crate::claims::dateline_end(ctx.text, toks).unwrap_or(0));
    let s0 = if adverbial || adverb_first {
        toks.iter()
            .take(14)
            .position(|t| t.is_punct(','))
            .map_or(0, |c| c + 1)
    } else {
        dateline_end
    };
    // "There's no doubt …", "It appears …": an expletive is nobody.
    if toks.get(s0).is_some_and(|t| {
        t.is("there")
            || t.lower.starts_with("there'")
            || t.lower.starts_with("there\u{2019}")
            || t.is("it")
                && toks
                    .get(s0 + 1)
                    .is_some_and(|n| n.is("appears") || n.is("seems"))
    }) {
        return None;
    }
    subject_from(ctx, toks, s0, limit)
}

/// The subject that opens at `toks[s0]` and ends before the verb phrase at `limit`.
pub(crate) fn subject_from(ctx: &Ctx, toks: &[Tok], s0: usize, limit: usize) -> Option<SourceHit> {
    let mut best = None;
    // (`toks[k]` is where the verb would stand, so it must be a token.)
    for k in s0 + 1..=limit.min(toks.len().saturating_sub(1)).min(s0 + 12) {
        // The subject ends before the main verb: "The mayor | answered the critics, saying".
        let last = &toks[k - 1];
        let verb = last.is_word()
            && !last.cap
            && ((last.lower.len() > 3 && last.lower.ends_with("ed"))
                || ctx.lex.is_irregular_past(&last.lower)
                || is_be(&last.lower)
                || is_finite_auxiliary(&last.lower));
        if verb && best.is_some() {
            break;
        }
        let hit = source_before(ctx, toks, k)
            .filter(|(_, a, _)| *a == s0)
            .map(|x| x.0);
        match hit {
            Some(h) => best = Some(h),
            None if best.is_some() => break,
            None => {}
        }
    }
    best
}

/// A source noun phrase right after the cue ("…, said Jane Roe, a spokeswoman.").
pub(crate) fn source_after(ctx: &Ctx, toks: &[Tok], st: usize) -> Option<(SourceHit, usize)> {
    // "said 9/11 widow Ana Ruiz": a slash between two numbers is part of a modifier.
    let digits = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && t.lower.bytes().all(|b| b.is_ascii_digit()))
    };
    let slash = |k: usize| k > st && toks[k].is_punct('/') && digits(k - 1) && digits(k + 1);
    let mut e = st;
    // "said Tom Berg of the Teachers' Federation": a plural possessive's mark inside the name.
    while e < toks.len()
        && (toks[e].is_word() || slash(e) || e > st && is_plural_possessive_mark(toks, e))
        && !toks[e].quoted
        && e - st < 12
    {
        if e > st && is_np_barrier(&toks[e].lower) {
            break;
        }
        // "shows Democratic groups outpacing Republicans": a participle after a lowercase plural
        // opens a clause; the words before it are its object, not a source.
        let prev = &toks[e.saturating_sub(1)];
        if e > st
            && !toks[e].cap
            && toks[e].lower.len() > 5
            && toks[e].lower.ends_with("ing")
            && !prev.cap
            && s_ending(&prev.lower, 3)
            && !prev.lower.ends_with("ss")
        {
            return None;
        }
        e += 1;
    }
    if e == st {
        return None;
    }
    // Trim trailing lowercase words that cannot end a name phrase ("said Smith on Monday").
    let mut b = e;
    while b > st + 1 && (is_np_preposition(&toks[b - 1].lower) || is_time_word(&toks[b - 1].lower))
    {
        b -= 1;
    }
    // "said Paula Greaves in an interview", "said Ortiz at a news conference on Monday": a
    // phrase of occasion or channel after the name is not part of it.
    while let Some(p) = occasion_before(ctx, toks, b).filter(|&p| p > st) {
        b = p;
        while b > st + 1
            && (is_np_preposition(&toks[b - 1].lower) || is_time_word(&toks[b - 1].lower))
        {
            b -= 1;
        }
    }
    let mut src = classify(ctx, toks, st, b)?;
    let mut end = b;
    // "Said the harbour master, Ines Moura: …": a description, then the name between a comma
    // and the colon or comma before the quotation.
    if src.kind != SourceKind::Named && toks.get(end).is_some_and(|t| t.is_punct(',')) {
        let n0 = end + 1;
        let n1 = (n0..toks.len().min(n0 + 5))
            .find(|&k| !(toks[k].is_word() && toks[k].cap && !toks[k].quoted))
            .unwrap_or(toks.len());
        // `…,” said her daughter, Marika Hale.`: the name may also end the sentence, or
        // open a relative clause or an apposition of its own (", who …", ", a …").
        let closes = toks
            .get(n1)
            .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
            && toks
                .get(n1 + 1)
                .is_some_and(|t| t.kind == TokKind::QuoteOpen)
            || toks
                .get(n1)
                .is_none_or(|t| matches!(t.kind, TokKind::Punct('.' | '!' | '?' | ';')))
            || toks.get(n1).is_some_and(|t| t.is_punct(','))
                && toks.get(n1 + 1).is_some_and(|t| {
                    matches!(t.lower.as_str(), "who" | "a" | "an" | "the") && !t.quoted
                });
        if n1 > n0 && closes {
            if let Some(mut name) =
                classify(ctx, toks, n0, n1).filter(|n| n.kind == SourceKind::Named)
            {
                name.role = Some(span_of(toks, st, end));
                name.span = span_of(toks, st, n1);
                name.reasons
                    .push(Reason::new(Rule::SourceAppositionDescriptionFirst));
                return Some((name, n1));
            }
        }
    }
    // An apposition after a comma: ", a spokeswoman for the ministry", ", chief strategist at
    // Harwick Capital" (a title in lower case, without an article).
    let article = toks
        .get(end + 1)
        .is_some_and(|t| t.is("a") || t.is("an") || t.is("the"));
    let bare_title = toks.get(end + 1).is_some_and(|t| t.is_word() && !t.cap)
        && toks[end + 1..toks.len().min(end + 4)]
            .iter()
            .take_while(|t| t.is_word() && !t.cap)
            .any(|t| ctx.lex.is_title(&t.lower));
    if toks.get(end).is_some_and(|t| t.is_punct(',')) && (article || bare_title) {
        let role_start = if article { end + 2 } else { end + 1 };
        let mut k = end + 1;
        while k < toks.len()
            && (toks[k].is_word() || toks[k].is_punct('&') || is_plural_possessive_mark(toks, k))
            && !toks[k].quoted
        {
            k += 1;
        }
        if k > role_start && src.kind == SourceKind::Named {
            src.role = Some(span_of(toks, role_start, k));
            src.span = span_of(toks, st, k);
            src.reasons.push(Reason::new(Rule::SourceApposition));
            end = k;
        }
    }
    Some((src, end))
}

/// Find the source noun phrase that ends right before the cue at `c` (skipping auxiliaries,
/// a time phrase and a parenthetical). Returns the source, its first token, and the
/// construction that found it: a relative clause's antecedent, an apposition, or a plain
/// subject.
pub(crate) fn source_before(ctx: &Ctx, toks: &[Tok], c: usize) -> Option<(SourceHit, usize, Rule)> {
    let mut j = c;
    let progressive = is_progressive(toks, c);
    let in_group = |w: &str| is_aux_or_adverb(w) || progressive && is_verb_group_word(w);
    // "Craig Donnelly said", "Reilly said": a capitalised word inside the sentence is a name,
    // never an adverb in -ly before the cue (in a title-case headline every word is capitalised).
    let plain = |k: usize| toks[k].is_word() && (!toks[k].cap || k == 0 || ctx.headline);
    while j > 0 && plain(j - 1) && in_group(&toks[j - 1].lower) {
        j -= 1;
    }
    // "The senator would only say that …", "She has only said": "only" after an auxiliary
    // belongs to the verb group ("Only Ortiz said" keeps "only" out: no auxiliary before it).
    if j >= 2
        && toks[j - 1].is("only")
        && toks[j - 2].is_word()
        && plain(j - 2)
        && (is_auxiliary(&toks[j - 2].lower) || is_negated_auxiliary(&toks[j - 2].lower))
    {
        j -= 1;
        while j > 0 && plain(j - 1) && in_group(&toks[j - 1].lower) {
            j -= 1;
        }
    }
    // "The letter goes on to say", "Ortiz later went on to add", "Ruiz continued to insist":
    // the cue as another verb's infinitive.
    if let Some(n) = super::cue::catenative_before(toks, j) {
        j -= n;
        while j > 0 && plain(j - 1) && in_group(&toks[j - 1].lower) {
            j -= 1;
        }
    }
    // "Quell rose in the final minutes to say", "The union took to social media to say": a
    // speech verb as the purpose of a verb of moving or acting, with its phrase between; the
    // source is that verb's subject.
    if j == c {
        if let Some(v) = purpose_verb_before(toks, j, c) {
            j = v;
            while j > 0 && plain(j - 1) && in_group(&toks[j - 1].lower) {
                j -= 1;
            }
        }
    }
    // "The judge who heard the case, however, said", "The union, for its part, said": a
    // connective between commas after the subject.
    // "The report itself concedes", "Ruiz herself said": an intensive pronoun after the subject.
    if j > 1
        && matches!(
            toks[j - 1].lower.as_str(),
            "itself" | "himself" | "herself" | "themselves"
        )
        && toks[j - 2].is_word()
    {
        j -= 1;
    }
    // "The minister, she said, had told …": a credit between commas after the subject (the
    // report nested in the one the credit makes).
    if let Some(k) =
        connective_between_commas(toks, j).or_else(|| credit_between_commas(ctx, toks, j))
    {
        j = k;
    }
    // "Officials there say", "doctors here said": a place adverb after the subject.
    if j >= 2
        && (toks[j - 1].is("there") || toks[j - 1].is("here"))
        && toks[j - 2].is_word()
        && toks[j - 2].lower.ends_with('s')
        && !is_aux_or_adverb(&toks[j - 2].lower)
        && !is_be(&toks[j - 2].lower)
    {
        j -= 1;
    }
    // "Lee, Ortiz and Brandt all said": a floating quantifier after the subject.
    if j >= 2
        && (toks[j - 1].is("all") || toks[j - 1].is("both"))
        && (toks[j - 2].is_word() && !is_determiner(&toks[j - 2].lower)
            || toks[j - 2].is_punct(')'))
    {
        j -= 1;
        while j > 0 && plain(j - 1) && in_group(&toks[j - 1].lower) {
            j -= 1;
        }
    }
    // "Lee at the time said", "Ortiz in 2019 wrote", "The mayor at a news conference said":
    // a phrase of time or occasion between the source and the cue.
    if let Some(p) = occasion_before(ctx, toks, j) {
        j = p;
        while j > 0 && plain(j - 1) && is_aux_or_adverb(&toks[j - 1].lower) {
            j -= 1;
        }
    }
    // "on Monday", "this month", "last week", "on Friday evening" between the source and the
    // cue.
    let time_words = (1..=2)
        .take_while(|&n| j > n && is_time_word(&toks[j - n].lower))
        .count();
    // "a study published Wednesday suggests": a bare day right after a participle.
    let after_participle = time_words > 0 && {
        let p = &toks[j - time_words - 1];
        p.is_word() && !p.cap && is_past_form(ctx.lex, &p.lower)
    };
    if time_words > 0
        && (after_participle
            || matches!(
                toks[j - time_words - 1].lower.as_str(),
                "on" | "this" | "last" | "next" | "earlier" | "later"
            ))
    {
        let before_time = j;
        j -= time_words + usize::from(!after_participle);
        // "A report released last year found": the time belongs to the participle, which
        // belongs to the phrase.
        if j >= 2
            && toks[j - 1].is_word()
            && !toks[j - 1].cap
            && is_past_form(ctx.lex, &toks[j - 1].lower)
            && toks[j - 2].is_word()
            && !is_determiner(&toks[j - 2].lower)
        {
            // "Figures to be released today show": the participle after "to be".
            let to_be = j >= 4 && toks[j - 2].is("be") && toks[j - 3].is("to");
            let noun_end = if to_be { j - 4 } else { j - 2 };
            let a = np_back(ctx, toks, noun_end)?;
            let mut src = classify(ctx, toks, a, if to_be { noun_end + 1 } else { j - 1 })?;
            src.span = span_of(toks, a, before_time);
            return Some((src, a, Rule::AttrSourceCueContent));
        }
        while j > 0 && plain(j - 1) && is_aux_or_adverb(&toks[j - 1].lower) {
            j -= 1;
        }
    }
    // "Gov. Mike Pence (R-IN) said": skip a parenthetical after the name.
    if j >= 3 && toks[j - 1].is_punct(')') {
        if let Some(open) = (0..j - 1).rev().take(8).find(|&k| toks[k].is_punct('(')) {
            j = open;
        }
    }
    if j == 0 {
        return None;
    }
    // "who in 2019 said", "who last week told": a time phrase after the relative pronoun.
    if j >= 4 {
        let w = &toks[j - 1];
        let year = w.lower.len() == 4 && w.lower.bytes().all(|c| c.is_ascii_digit());
        let month = w.cap && is_month_name(&w.lower);
        if (year || month)
            && (toks[j - 2].is("in") || toks[j - 2].is("on"))
            && (toks[j - 3].is("who") || toks[j - 3].is("which"))
        {
            j -= 2;
        }
    }
    let last = &toks[j - 1];
    let relative_pronoun = (last.is("who") || last.is("which")) && !last.is_acronym(ctx.text);
    if relative_pronoun && j >= 3 && toks[j - 2].is_punct(',') {
        return super::relative::antecedent(ctx, toks, j);
    }
    // "the city's police department which reported …": a relative without a comma.
    if relative_pronoun && j >= 2 && toks[j - 2].is_word() {
        let a = np_back(ctx, toks, j - 2)?;
        let src = classify(ctx, toks, a, j - 1)?;
        return Some((src, a, Rule::AttrRelative));
    }
    // "families, many of whom say": a part of the antecedent.
    if last.is("whom")
        && j >= 5
        && toks[j - 2].is("of")
        && is_partitive(&toks[j - 3].lower)
        && toks[j - 4].is_punct(',')
    {
        return super::relative::antecedent(ctx, toks, j - 2);
    }
    // "Ida Marsh, the author of “Salt Roads,” said": the comma inside a title's marks.
    // So is "Ward, citing “the pull of the race,” said": the comma inside a quotation that
    // a participle or relative clause between commas holds.
    let comma_in_title = last.kind == TokKind::QuoteClose
        && j >= 3
        && toks[j - 2].is_punct(',')
        && (super::apposition::closes_title(toks, j - 1)
            || super::apposition::quotation_in_clause(toks, j - 1));
    if (last.is_punct(',') || comma_in_title) && j >= 2 {
        return super::apposition::source(ctx, toks, j)
            .or_else(|| super::relative::restrictive_then_second(ctx, toks, j, c))
            .or_else(|| comma_before_verb(ctx, toks, j, c));
    }
    if let Some(found) = super::apposition::between_dashes(ctx, toks, j) {
        return Some(found);
    }
    if let Some(found) = super::relative::restrictive(ctx, toks, j, c) {
        return Some(found);
    }
    // "The engineers I've talked to say", "Residents we spoke with said", "The nurses she
    // works with say": a relative clause without "that" between the subject and the cue.
    if let Some(p) = contact_clause_before(ctx, toks, j) {
        let a = np_back(ctx, toks, p - 1)?;
        let mut src = classify(ctx, toks, a, p)?;
        src.span = span_of(toks, a, j);
        return Some((src, a, Rule::AttrSourceCueContent));
    }
    let mut a = np_back(ctx, toks, j - 1)?;
    // "Even the organizer said", "About half of the voters said": a focus word or an
    // approximation opens the phrase; the source is what follows it.
    while a + 1 < j
        && (matches!(toks[a].lower.as_str(), "even" | "only" | "just")
            || toks[a].is("about") && toks[a + 1].is("half"))
    {
        a += 1;
    }
    let src = classify(ctx, toks, a, j)?;
    Some((src, a, Rule::AttrSourceCueContent))
}

/// "rose in the final minutes to say", "took to social media to say", "went to the microphone
/// to announce": the verb of moving or acting before the phrase whose purpose is the speech
/// verb at `toks[c]` (with "to" at `toks[j - 1]`). Verbs that put another person on the
/// infinitive ("asked residents to say") are not among them.
fn purpose_verb_before(toks: &[Tok], j: usize, c: usize) -> Option<usize> {
    if j < 4 || !toks[j - 1].is("to") {
        return None;
    }
    let speech = matches!(
        toks[c].lower.as_str(),
        "say"
            | "announce"
            | "argue"
            | "warn"
            | "insist"
            | "explain"
            | "declare"
            | "complain"
            | "deny"
            | "confirm"
            | "stress"
            | "tell"
    );
    if !speech {
        return None;
    }
    let v = (j.saturating_sub(10)..j - 1).rev().find(|&k| {
        matches!(
            toks[k].lower.as_str(),
            "rose"
                | "stood"
                | "took"
                | "went"
                | "came"
                | "returned"
                | "appeared"
                | "used"
                | "called"
                | "wrote"
                | "phoned"
                | "stepped"
                | "turned"
                | "got"
                | "held"
                | "issued"
                | "posted"
                | "interrupted"
                | "paused"
        )
    })?;
    // Only words between, none that opens a clause or joins one; the verb has a subject.
    let between_ok = toks[v + 1..j - 1].iter().all(|t| {
        t.is_word()
            && !t.quoted
            && !matches!(
                t.lower.as_str(),
                "that" | "who" | "which" | "and" | "but" | "or" | "because" | "if" | "when"
            )
    });
    (between_ok && v >= 1 && !toks[v].cap && toks[v - 1].is_word()).then_some(v)
}

/// "engineers | I've talked to | say", "residents | we spoke with | said", "people | she
/// knows | say": a source noun, then a relative clause without "that" (a subject pronoun,
/// plain or with "'ve", and one to three lower-case words that end in a verb or a preposition)
/// ending at `toks[j - 1]`. Returns the pronoun's index.
pub(crate) fn contact_clause_before(ctx: &Ctx, toks: &[Tok], j: usize) -> Option<usize> {
    let p = (j.saturating_sub(4)..j.saturating_sub(1))
        .rev()
        .find(|&p| {
            let w = toks[p].lower.as_str();
            let stem = w.split(['\'', '\u{2019}']).next().unwrap_or(w);
            matches!(stem, "i" | "we" | "he" | "she" | "they" | "you")
                && (stem == w || w.ends_with("ve") || w.ends_with("d"))
        })?;
    if p == 0 {
        return None;
    }
    let noun = &toks[p - 1];
    let clause = &toks[p + 1..j];
    let last = clause.last()?;
    let first = clause.first()?;
    let verb_like = |t: &Tok| {
        is_past_form(ctx.lex, &t.lower)
            || matches!(
                t.lower.as_str(),
                "know" | "knows" | "work" | "works" | "talk" | "talks" | "spoke" | "met" | "meet"
            )
    };
    (noun.is_word()
        && (!noun.cap || p == 1)
        && (ctx.lex.source_noun(&noun.lower).is_some()
            || ctx.lex.is_title(&noun.lower)
            || is_plural_noun(&noun.lower))
        && clause.iter().all(|t| t.is_word() && !t.cap && !t.quoted)
        && verb_like(first)
        && (verb_like(last) || is_np_preposition(&last.lower) || last.is("to")))
    .then_some(p)
}

/// `toks[j - 1]` is the comma that closes a connective set off by commas after a subject
/// (", however,", ", for instance,", ", for his part,"): where its opening comma is.
fn connective_between_commas(toks: &[Tok], j: usize) -> Option<usize> {
    if j < 4 || !toks[j - 1].is_punct(',') {
        return None;
    }
    let k = (j.saturating_sub(6)..j - 1)
        .rev()
        .find(|&k| !toks[k].is_word())?;
    if !toks[k].is_punct(',') || k == 0 || !(toks[k - 1].is_word() || toks[k - 1].is_punct(')')) {
        return None;
    }
    let words: Vec<&str> = toks[k + 1..j - 1]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    is_parenthetical_connective(&words).then_some(k)
}

/// "The minister, she said, had told …", "His employer, Ruiz added, had warned …": a credit
/// (a pronoun or a capitalised name of up to three words, then a cue word) between a comma and
/// the comma at `toks[j - 1]`. Returns the first comma.
fn credit_between_commas(ctx: &Ctx, toks: &[Tok], j: usize) -> Option<usize> {
    if j < 4 || !toks[j - 1].is_punct(',') {
        return None;
    }
    let k = (j.saturating_sub(6)..j - 1)
        .rev()
        .find(|&k| !toks[k].is_word())?;
    if !toks[k].is_punct(',') || k == 0 || !toks[k - 1].is_word() {
        return None;
    }
    let words = &toks[k + 1..j - 1];
    let (last, subject) = words.split_last()?;
    let subject_ok = match subject {
        [p] => is_subject_pronoun(&p.lower) || p.cap,
        [_, ..] => subject.len() <= 3 && subject.iter().all(|t| t.cap),
        [] => false,
    };
    (subject_ok && !last.cap && ctx.lex.is_cue_word(&last.lower) && !last.is("that")).then_some(k)
}

/// "The security firm Kestrel Labs, has said that …": a stray comma between a subject that
/// opens the sentence and its verb (`toks[j - 1]`, the cue at `c`). The subject is a name or
/// a noun of the source lexicon, with no cue word in it; a reporting clause follows (never
/// "Most tenants, says the mayor, will stay", where the source comes after the cue).
fn comma_before_verb(
    ctx: &Ctx,
    toks: &[Tok],
    j: usize,
    c: usize,
) -> Option<(SourceHit, usize, Rule)> {
    let comma = j - 1;
    if !(2..=16).contains(&comma) {
        return None;
    }
    let first = &toks[0];
    if is_sentence_starter_word(&first.lower) {
        return None;
    }
    if toks[..comma].iter().enumerate().any(|(k, t)| {
        !t.is_word() && !t.is_punct('\'') && !t.is_punct('.')
            || t.quoted
            || ctx.lex.is_cue_word(&t.lower) && !super::relative::describes_word(ctx.lex, toks, k)
            || is_be(&t.lower)
            || is_auxiliary(&t.lower)
    }) {
        return None;
    }
    let next = toks.get(c + 1)?;
    let reports = next.is("that")
        || (next.is_word()
            && !next.cap
            && toks[c + 1..toks.len().min(c + 8)]
                .iter()
                .all(|t| !t.is_punct(',') && !t.quoted));
    if !reports {
        return None;
    }
    let src = classify(ctx, toks, 0, comma)?;
    let backed = src.kind == SourceKind::Named || ctx.lex.source_noun(&src.head).is_some();
    backed.then_some((src, 0, Rule::AttrSourceCueContent))
}

/// "That person said", "…. That official told …": "that" opening a sentence (or following a
/// comma or colon) before a lower-case noun is a demonstrative, not a conjunction.
fn demonstrative_that(toks: &[Tok], k: usize) -> bool {
    toks[k].is("that")
        && toks[k].cap
        && (k == 0 || !toks[k - 1].is_word())
        && toks.get(k + 1).is_some_and(|n| {
            n.is_word() && !n.cap && !is_subject_pronoun(&n.lower) && !is_determiner(&n.lower)
        })
}

/// Where a phrase of time or occasion that ends at `toks[j - 1]` starts: a preposition and
/// up to five words ending in a time word, a year, a month or a channel ("at the time", "in
/// 2019", "for years", "in recent weeks", "at a news conference", "during the debate"), with
/// a word (the source's last) before it.
fn occasion_before(ctx: &Ctx, toks: &[Tok], j: usize) -> Option<usize> {
    let last = toks.get(j.checked_sub(1)?)?;
    if !last.is_word() || last.quoted {
        return None;
    }
    let year = last.lower.len() == 4
        && last.lower.bytes().all(|c| c.is_ascii_digit())
        && last.lower.starts_with(['1', '2']);
    let timely = year
        || is_time_word(&last.lower)
        || is_time_unit(&last.lower)
        || (last.cap && is_month_name(&last.lower))
        || matches!(last.lower.as_str(), "past" | "decades")
        // ("in the Prairie Health Review": a capitalised channel word names a publication.)
        || !last.cap && ctx.lex.is_channel(&last.lower);
    if !timely {
        return None;
    }
    let p = (j.saturating_sub(6)..j - 1).rev().find(|&k| {
        matches!(
            toks[k].lower.as_str(),
            "at" | "in" | "during" | "for" | "over"
        ) && toks[k].is_word()
    })?;
    let words_only = toks[p..j].iter().all(|t| t.is_word() && !t.quoted);
    let before = p.checked_sub(1).map(|b| &toks[b]);
    // ("A woman who played in the program until 2018 said": after a verb the phrase is the
    // verb's, inside a relative clause, not an occasion of the cue's.)
    let source_word = before.is_some_and(|t| {
        t.is_word()
            && !is_np_barrier(&t.lower)
            && !ctx.lex.is_cue_word(&t.lower)
            && (t.cap || !is_past_form(ctx.lex, &t.lower))
    });
    (words_only && source_word && p > 0).then_some(p)
}
