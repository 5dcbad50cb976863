//! A verb cue: which construction it is part of, tried in this order — `passive_it.rs` (after
//! "be"), `participle.rs` ("…, saying"), `post_posed.rs` ("…, said X" and "…, X said"),
//! `object_control.rs` ("led critics to say …"), `coordinated.rs` ("… and said"), then
//! `source_cue_content.rs` ("X said …") with the source found by `noun_phrase.rs`,
//! `relative.rs` or `apposition.rs`.

use super::found::{Ctx, CueHit, Found, SourceHit};
use super::noun_phrase::{is_past_form, source_before};
use super::source_cue_content;
use super::{
    announced_plan, as_clause, asked, content, coordinated, cue, object_control, parenthetical,
    participle, passive_accusation, passive_by, passive_it, post_posed, quoted_as,
};
use crate::lexicon::{CueClass, CueEntry, Frames, Lexicons};
use crate::rules::{Reason, Rule};
use crate::tokens::{Tok, TokKind};
use crate::words::{
    is_aux_or_adverb, is_auxiliary, is_be, is_determiner, is_np_preposition, is_number_word,
    is_progressive, is_subject_pronoun, s_ending,
};

/// A verb cue at `toks[c..after]`: which construction it is part of, tried in this order.
pub(crate) fn attribute(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    mut entry: CueEntry,
    prev_source: Option<SourceHit>,
) -> Option<Found> {
    // "meals and stress could all play a role", "the report will …": after "and", "or" or a
    // determiner, a word right before a modal is a noun, not a verb ("which he believes will
    // fail" keeps its verb).
    let noun_before = c
        .checked_sub(1)
        .is_some_and(|p| toks[p].is("and") || toks[p].is("or") || is_determiner(&toks[p].lower));
    // "The boundary dispute could take years": a bare form after a lowercase noun, right
    // before a modal, is a compound's head ("what analysts say could happen" keeps its verb).
    let compound_head = c >= 1
        && !toks[c].lower.ends_with('s')
        && !toks[c].lower.ends_with("ed")
        && toks[c - 1].is_word()
        && !toks[c - 1].cap
        && !is_subject_pronoun(&toks[c - 1].lower)
        && !s_ending(&toks[c - 1].lower, 3)
        && !toks[c.saturating_sub(6)..c]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "what" | "which" | "that" | "who" | "whom"));
    if (noun_before || compound_head)
        && toks
            .get(after)
            .is_some_and(|t| MODALS.contains(&t.lower.as_str()))
    {
        return None;
    }
    // "the pay dispute that began in May": a compound's head followed by a relative "that"
    // (a verb right after it, no subject) is a noun, not a cue with a "that" clause.
    if compound_head && relative_that(ctx.lex, toks, after) {
        return None;
    }
    // "If the bureau found evidence …, it could …", "unless the club agrees to …": a verb
    // inside a condition reports nothing that was said.
    let in_condition = (c.saturating_sub(8)..c)
        .rev()
        .take_while(|&k| toks[k].is_word() && !toks[k].quoted)
        .any(|k| toks[k].is("if") || toks[k].is("unless"));
    if in_condition {
        return None;
    }
    // "unveiled a plan to close two schools": the intention noun is the announcing verb's
    // object.
    if let Some(decided) = announced_plan::attribute(ctx, toks, c, after, &entry) {
        return decided;
    }
    // "wants a recount" takes the thing demanded; "wants to …" an infinitive, as any intention.
    if entry.frames.has(Frames::DEMAND) && toks.get(after).is_some_and(|t| t.is("to")) {
        entry.frames = entry.frames.without(Frames::DEMAND);
    }
    // "The council agreed on Monday to build a school": "agree to" commits to an action, an
    // intention like "decided to", not an assertion.
    if entry.lemma == "agree" && agree_to_action(toks, after) {
        entry.class = CueClass::Intention;
    }
    // "The city backed out of the deal", "the union backed off": a verb of judgement with a
    // particle is another verb ("backed out" withdraws; it judges nothing).
    if entry.class == CueClass::Evaluation
        && after == c + 1
        && toks.get(after).is_some_and(|t| {
            t.is_word() && matches!(t.lower.as_str(), "out" | "off" | "down" | "away")
        })
    {
        return None;
    }
    // "Restaurants must now show calorie counts", "Landlords will have to disclose fees": a
    // duty to show or disclose is a rule, not a report of what was shown.
    if matches!(entry.class, CueClass::Evidence | CueClass::Disclosure) && obliged(toks, c) {
        return None;
    }
    // "Whitmore stated the club had left", "she recalled the mill closed": a past form that is
    // only a verb takes a bare clause, as "said" does.
    if entry.frames.has(Frames::PAST_BARE_CLAUSE) && toks[c].lower.ends_with("ed") {
        entry.frames = entry.frames.without(Frames::NEEDS_THAT);
    }
    // "Greek court rules worship of the old gods is legal": in a headline, a verb after a
    // source's noun is a verb, and the clause after it drops "that".
    if ctx.headline
        && c >= 1
        && toks[c - 1].is_word()
        && ctx.lex.source_noun(&toks[c - 1].lower).is_some()
    {
        entry.frames = entry
            .frames
            .without(Frames::NOUN_FORM)
            .without(Frames::NEEDS_THAT);
    }
    if cue::noun_form_without_that(ctx.lex, toks, c, after, &entry) {
        return None;
    }
    // "The agency quoted the minister as saying …": the one quoted is the source ("cited an
    // official as saying" is no citing of evidence).
    if quoted_as::quotes_object_as_saying(ctx, toks, c) {
        return None;
    }
    if let Some(f) = quoted_as::attribute(ctx, toks, c, after, &entry) {
        return Some(f);
    }
    // "As stated in the audit, …": a passive "as" clause.
    if c > 0 && toks[c - 1].is("as") {
        let cue = CueHit::of_entry(toks, c, after, &entry);
        if let Some(f) = as_clause::passive(ctx, toks, c, after, cue) {
            return Some(f);
        }
    }
    // "expressed concern that …", "voiced strong support for …": these verbs report a stance
    // only with a noun of stance as their object ("expressed interest in", "voiced the part" do
    // not).
    if matches!(entry.lemma, "express" | "voice") && !stance_noun_object(toks, after) {
        return None;
    }
    // "The city signaled its willingness to raise fares": a verb of signalling with a noun of
    // stance as its object reports that stance, as "expressed" does; the object is the content.
    if entry.lemma == "signal" && toks[c].lower.ends_with("ed") && stance_noun_object(toks, after) {
        entry.class = CueClass::Evaluation;
        entry.frames = entry
            .frames
            .without(Frames::NEEDS_THAT)
            .without(Frames::NOUN_FORM);
    }
    if entry.frames.has(Frames::ADJECTIVE) {
        return predicate_adjective(ctx, toks, c, after, &entry);
    }
    // "Most voters see the levy as unfair", "views the tram as a priority": a verb of seeing
    // reports a view only with "as" after its object ("saw him at the market" does not).
    if entry.frames.has(Frames::AS_OBJECT) && !as_after_object(ctx.lex, toks, after) {
        return None;
    }
    // "When asked whether …", "Asked about the levy, …", "was asked about …": a question whose
    // asker the text does not name.
    if let Some(f) = asked::attribute(ctx, toks, c, after, &entry) {
        return Some(f);
    }
    // "The mayor was accused by rivals of “…”": a passive accusation with its charge.
    if let Some(f) = passive_accusation::attribute(ctx, toks, c, after, &entry) {
        return Some(f);
    }
    // "The plan was described by one engineer as “…”": a passive of framing with its agent.
    if let Some(f) = passive_by::attribute(ctx, toks, c, after, &entry) {
        return Some(f);
    }
    // After "be": "it was reported that …", or a passive or adjective that reports nothing.
    if let Some(decided) = passive_it::after_be(ctx, toks, c, after, &entry) {
        return decided;
    }
    // "the reported figures", "was told by": no cue.
    let prev = c.checked_sub(1).map(|p| &toks[p]);
    // "The councillors all said": a floating quantifier, not a determiner.
    let floating = prev.is_some_and(|t| t.is("all") || t.is("both"))
        && c >= 2
        && (toks[c - 2].is_word() && !is_determiner(&toks[c - 2].lower)
            || toks[c - 2].is_punct(')'));
    // "updated with comment from …", "a call for comment": after a preposition, a noun.
    // ("Residents we spoke with said": the preposition ends a relative clause before the cue.)
    let after_preposition = prev.is_some_and(|t| NOUN_PREPOSITIONS.contains(&t.lower.as_str()))
        && !toks[c].lower.ends_with("ing")
        && super::noun_phrase::contact_clause_before(ctx, toks, c).is_none();
    // "The mother of three said", "the two said": a number ending a noun phrase.
    // ("the three states that voted": a plural noun after a number is no cue.)
    let plural_after_number = toks[c].lower.ends_with('s')
        && !toks[c].lower.ends_with("ss")
        && c >= 2
        && matches!(
            toks[c - 2].lower.as_str(),
            "the" | "these" | "those" | "its" | "their" | "all"
        );
    let number_ends_phrase = prev.is_some_and(|t| is_number_word(&t.lower))
        && !plural_after_number
        && (c < 2 || toks[c - 2].is("of") || toks[c - 2].is("the") || !toks[c - 2].is_word());
    // "Some say …", "…, while another says …": a determiner standing alone as the subject.
    let pronoun_subject = prev.is_some_and(|t| {
        STANDALONE_DETERMINERS.contains(&t.lower.as_str())
    }) && (c < 2
        || !toks[c - 2].is_word()
        || CLAUSE_CONJUNCTIONS.contains(&toks[c - 2].lower.as_str()))
        // "Some reports say": then the cue word is the noun.
        && !toks.get(after).is_some_and(|t| {
            t.is_word() && (ctx.lex.is_cue_word(&t.lower) || is_auxiliary(&t.lower) || is_be(&t.lower))
        });
    // "Iowa advocates say …", "Farm reports said …": a plural cue word right before a
    // reporting verb or an auxiliary is the subject's noun, never a cue whose content opens
    // with a verb.
    // ("which he believes will …", "a trend the board predicts will …": after a relative
    // word or a pronoun the cue is the relative clause's verb.)
    let noun_before_verb = toks[c].lower.ends_with('s')
        && !toks[c].lower.ends_with("ss")
        && prev.is_some_and(|t| t.is_word() && !is_subject_pronoun(&t.lower))
        && !toks[c.saturating_sub(10)..c]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "which" | "that" | "what" | "whom" | "who"))
        && toks.get(after).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && !t.quoted
                && (ctx.lex.is_cue_word(&t.lower)
                    && (is_past_form(ctx.lex, &t.lower)
                        || matches!(
                            t.lower.as_str(),
                            "say" | "argue" | "warn" | "insist" | "contend" | "believe" | "agree"
                        ))
                    // A plural's auxiliary; a modal ("the board predicts will …") opens the
                    // content of a relative clause without "that".
                    || matches!(t.lower.as_str(), "have" | "are" | "were"))
        });
    // "The city shelved plans to close the pool", "has plans to …", "renewed calls for …": a
    // present form in -s right after a past form or "has", "have", "had" is that verb's object,
    // a noun (two finite verbs do not follow each other).
    let object_of_verb = s_ending(&toks[c].lower, 3)
        && prev.is_some_and(|t| {
            t.is_word()
                && !t.cap
                && !t.quoted
                && (matches!(t.lower.as_str(), "has" | "have" | "had")
                    || t.lower.len() > 3 && t.lower.ends_with("ed")
                    || ctx.lex.is_irregular_past(&t.lower))
        });
    if after_preposition
        || noun_before_verb
        || object_of_verb
        || prev.is_some_and(|t| {
            is_determiner(&t.lower) && !floating && !number_ends_phrase && !pronoun_subject
                // "the mayor's claims": a possessive makes the cue a noun ("he's" is "he is").
                || t.span.of(ctx.text).ends_with("'s") && !matches!(t.lower.as_str(), "he's" | "she's")
        })
        // ("said by telephone", "told by email": "by" and a channel is how it was said;
        // "estimated by 2040, …", "predict by the end of the year …": "by" and a date or a
        // time is when.)
        || toks.get(after).is_some_and(|t| t.is("by"))
            && !toks.get(after + 1).is_some_and(|t| {
                t.is_word() && !t.cap && ctx.lex.is_channel(&t.lower) || by_a_time(toks, after + 1)
            })
    {
        return None;
    }
    // "at a consulting firm called Harbor Dynamics": a noun after a preposition, then a name —
    // "called" names it, and reports nothing.
    if NAMING_VERBS.contains(&toks[c].lower.as_str())
        && toks
            .get(after)
            .is_some_and(|t| t.is_word() && t.cap && !t.quoted)
        && c >= 2
        && prev.is_some_and(|t| t.is_word() && !t.cap)
    {
        let object = super::noun_phrase::np_back(ctx, toks, c - 1).is_some_and(|a| {
            a > 0 && {
                let before = &toks[a - 1];
                is_np_preposition(&before.lower)
                    || matches!(before.lower.as_str(), "to" | "by" | "into")
            }
        });
        if object {
            return None;
        }
    }
    // "a painting called “Blue Night”", "the statue, called “The Watcher”,": a title in
    // quotation marks right after a noun or a comma is a name, not words anybody said.
    if matches!(
        toks[c].lower.as_str(),
        "called" | "named" | "dubbed" | "titled" | "entitled" | "nicknamed"
    ) && toks
        .get(after)
        .is_some_and(|t| t.kind == TokKind::QuoteOpen)
        && super::content::quoted_title_end(toks, after).is_some()
        && prev.is_some_and(|t| {
            t.is_punct(',')
                || t.is_word()
                    && !t.cap
                    && !is_subject_pronoun(&t.lower)
                    && !matches!(t.lower.as_str(), "what" | "it" | "them" | "him" | "her")
                    && !is_aux_or_adverb(&t.lower)
        })
    {
        return None;
    }
    let cue = CueHit::of_entry(toks, c, after, &entry);
    // "Saying the bridge was safe, the mayor left": a participle clause opening the sentence.
    if c == 0 && toks[c].cap && !ctx.headline && toks[c].lower.ends_with("ing") {
        return participle::attribute(ctx, toks, c, after, &entry, prev_source);
    }
    if c == 0 && toks[c].cap && !ctx.headline {
        let (src, src_end) = post_posed::inverted_opening(ctx, toks, c, after)?;
        let source = (src, after, Rule::AttrInvertedOpening);
        return source_cue_content::attribute(ctx, toks, c, src_end, &entry, source, cue);
    }
    if toks[c].lower.ends_with("ing")
        && !entry.frames.has(Frames::AFTER_QUOTE)
        && !is_progressive(toks, c)
    {
        return participle::attribute(ctx, toks, c, after, &entry, prev_source);
    }
    // "The bishop, a critic of the mayor, endorsed Senator Ted Cruz": a verb whose object is its
    // content is never an inverted credit ("…, said Senator X"); the name after it is the object.
    let object_is_content = matches!(
        entry.class,
        CueClass::Evaluation | CueClass::Intention | CueClass::Framing
    ) || entry.frames.has(Frames::OBJECT_CONTENT);
    // "Bank trims key rate, says more cuts possible": a headline's comma joins a second verb
    // of the headline's subject (no inverted credit "…, says X").
    if let Some(source) = coordinated::headline_comma(ctx, toks, c, after) {
        return source_cue_content::attribute(ctx, toks, c, after, &entry, source, cue);
    }
    if !object_is_content {
        if let Some(decided) = post_posed::inverted(ctx, toks, c, after, &cue) {
            return decided;
        }
    }
    // "The delay led critics to say that …": the object of "led" is the source.
    if let Some((source, clause_start)) = object_control::source(ctx, toks, c) {
        let mut f = source_cue_content::attribute(ctx, toks, c, after, &entry, source, cue)?;
        f.covered = f.covered.hull(toks[clause_start].span);
        return Some(f);
    }
    // "rose 12 points to 4,310", "three points to the north": a count of points, not a cue.
    if entry.lemma == "point to"
        && c.checked_sub(1).is_some_and(|p| {
            is_number_word(&toks[p].lower) || toks[p].lower.bytes().any(|b| b.is_ascii_digit())
        })
    {
        return None;
    }
    // "supporters continue to show signs of …", "the bias begins to show when …": after
    // "continue to", "begin to", a verb of evidence shows a thing, and reports only a clause
    // with "that".
    if entry.class == CueClass::Evidence
        && cue::catenative_before(toks, c).is_some()
        && !toks.get(after).is_some_and(|t| t.is("that"))
    {
        return None;
    }
    let coordinated = coordinated::conjunction_before(ctx.lex, toks, c);
    let source = match coordinated {
        Some(j) => coordinated::source(ctx, toks, j, prev_source)?,
        None => source_before(ctx, toks, c)?,
    };
    let (a, rule) = (source.1, source.2);
    if hypothetical_intention(toks, a, c, &entry) {
        return None;
    }
    // "Juries can find a death preventable", "the tests could show": what evidence can or
    // might show is no finding.
    if (entry.class == CueClass::Evidence || matches!(entry.lemma, "find" | "show"))
        && (a..c).any(|k| {
            matches!(
                toks[k].lower.as_str(),
                "can" | "could" | "cannot" | "may" | "might" | "ca" | "could've"
            )
        })
    {
        return None;
    }
    // "she had shown the letter to her supervisor": a person shows things; what a person
    // shows reports evidence only in a clause ("showed that …").
    if matches!(entry.lemma, "show" | "demonstrate")
        && matches!(
            source.0.head.as_str(),
            "he" | "she" | "i" | "we" | "you" | "him" | "her"
        )
        && !toks
            .get(after)
            .is_some_and(|t| t.is("that") || t.is_punct(':'))
    {
        return None;
    }
    // "In a video message posted to its website, …": a phrase after a preposition is its
    // object, and the past form after it a participle, not the phrase's verb.
    if rule == Rule::AttrSourceCueContent
        && toks[c].lower.ends_with("ed")
        && a > 0
        && toks[a - 1].is_word()
        && matches!(
            toks[a - 1].lower.as_str(),
            "in" | "on" | "at" | "from" | "with" | "by" | "into" | "under" | "through"
        )
        && !toks[a].cap
        && !toks[c - 1].cap
        // (The preposition opens the sentence or a clause: not "A review by the fire service
        // highlighted …".)
        && (a < 2 || !toks[a - 2].is_word())
    {
        return None;
    }
    // "Insurance claims will exceed …": an -s form right before an auxiliary, with its
    // "source" opening the clause, is a plural noun. (After a noun phrase it is a verb whose
    // subject is left out: "a pilot the agency says will serve …".)
    if toks[c].lower.ends_with('s')
        && after == c + 1
        && toks
            .get(after)
            .is_some_and(|t| is_auxiliary(&t.lower) || is_be(&t.lower))
        && (a == 0 || !toks[a - 1].is_word())
    {
        return None;
    }
    // "as the inspector pointed out": the content is the sentence around the clause.
    if matches!(rule, Rule::AttrSourceCueContent | Rule::AttrApposition)
        && a > 0
        && toks[a - 1].is("as")
    {
        if let Some(f) = as_clause::attribute(ctx, toks, after, (source.0.clone(), a), cue.clone())
        {
            return Some(f);
        }
    }
    // Agreement: a bare verb form ("promise", "say") cannot follow a singular "a …" subject
    // without an auxiliary; "a single promise to reopen" is a noun phrase.
    if toks[c].lower == entry.lemma
        && toks[a..c].iter().any(|t| t.is("a") || t.is("an"))
        && !toks[a..c]
            .iter()
            .any(|t| is_auxiliary(&t.lower) || t.lower.ends_with('s'))
    {
        return None;
    }
    // "…, X said." — the source follows the content.
    let quote_follows = toks
        .get(after)
        .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
        && toks
            .get(after + 1)
            .is_some_and(|t| t.kind == TokKind::QuoteOpen);
    // `Asked about the plan, she said, "We …"`: the words before are no content; `The verdict,
    // she said, "ignores …"`: a quotation in lower case resumes them.
    let quote_resumes = quote_follows && toks.get(after + 2).is_some_and(|t| t.is_word() && !t.cap);
    // `“…,” she said and hung up.`, `“…,” he said of the plan to close the school.`: right
    // after a quotation the credit holds whatever follows the cue, unless a clause of its own
    // opens there ("that", a quotation).
    // `“Unacceptable,” was how Reyes described the ruling.`: "was how" stands between the
    // quotation and its source.
    let how = a >= 3
        && toks[a - 1].is("how")
        && is_be(&toks[a - 2].lower)
        && toks[a - 3].kind == TokKind::QuoteClose;
    let ap = if how { a - 2 } else { a };
    let closing_mark = if ap >= 2 && toks[ap - 1].is_punct(',') {
        ap - 2
    } else {
        ap.saturating_sub(1)
    };
    let after_quotation = ap > 0
        && toks[closing_mark].kind == TokKind::QuoteClose
        // `In his book, “Salt Roads,” Ames wrote that …`: a title's marks, not a quotation.
        && !super::apposition::closes_title(toks, closing_mark)
        && toks
            .get(after)
            .is_some_and(|t| !t.is("that") && !t.quoted && t.kind != TokKind::QuoteOpen)
        && !content::auxiliary_ahead(ctx, toks, after);
    // "Asked whether she would apologise, she laughed.": a verb that reports speech only after
    // a quotation ("laughed", "continued") takes no unquoted words before it as its content.
    let speech_only_after_quote =
        entry.frames.has(Frames::AFTER_QUOTE) && toks[closing_mark].kind != TokKind::QuoteClose;
    // "…, the study found: 43 per cent, compared with 11 per cent": the detail after a colon
    // that follows the credit.
    let colon_detail = (!after_quotation)
        .then(|| super::colon::detail_after_credit(toks, after))
        .flatten();
    if ap > 0
        && !speech_only_after_quote
        && matches!(toks[ap - 1].kind, TokKind::Punct(',') | TokKind::QuoteClose)
        && !(quote_follows && !quote_resumes && toks[ap - 1].kind == TokKind::Punct(','))
        && (after_quotation
            || colon_detail.is_some()
            || content::tail_is_adverbial(
                ctx.lex,
                toks,
                after,
                entry.frames.has(Frames::ADDRESSEE_TAIL),
            ))
        && rule != Rule::AttrRelative
    {
        // "These nurses, Hale explained earlier in the hearing, were …": the clause resumes
        // after the cue's tail.
        let resume = (after..toks.len())
            .find(|&k| !toks[k].is_word())
            .unwrap_or(toks.len());
        // `The verdict, she said, "ignores …"`: a quotation resumes it.
        let continues = parenthetical::continuation_after(ctx, toks, resume).is_some()
            || toks.get(resume).is_some_and(|t| t.is_punct(','))
                && ctx.quote_opening_at(toks, resume + 1).is_some();
        let min_words = if continues || how { 1 } else { 3 };
        if let Some(mut fragments) = content::content_before(ctx, toks, ap - 1, min_words) {
            let rule = Rule::AttrContentSourceCue;
            if let Some(detail) = colon_detail {
                fragments.push(detail);
            }
            let mut f = post_posed::attribute(ctx, toks, fragments, source.0, cue, rule, after);
            if colon_detail.is_some() {
                f.reasons.push(Reason::new(Rule::ContentColonDetail));
            }
            // The credit's clauses after a quotation ("…, after the polls closed") are part of
            // it, up to the end of the sentence, when no quotation follows. (A report inside
            // them stays a nested attribution of its own.)
            let rest = &toks[after..];
            if after_quotation
                && !rest
                    .iter()
                    .any(|t| t.kind == TokKind::QuoteOpen || t.quoted)
            {
                if let Some(last) = rest.iter().rposition(|t| t.is_word()) {
                    f.covered = f.covered.hull(toks[after + last].span);
                }
            }
            return Some(f);
        }
    }
    // "continued", "yelled": speech only right after a quotation (found above) or right
    // before one ("She continued: “…”"), or before a "that" clause ("bragged that the plan
    // worked", "griped that the fees rose").
    if entry.frames.has(Frames::AFTER_QUOTE) && !quote_follows && !that_clause_follows(toks, after)
    {
        return None;
    }
    // "The court agreed and said …", "She smiled, nodded and said …": a cue with a conjunction
    // right after it has no content of its own; the next verb's content is not its content.
    if toks
        .get(after)
        .is_some_and(|t| t.is("and") || t.is("but") || t.is("or"))
    {
        return None;
    }
    source_cue_content::attribute(ctx, toks, c, after, &entry, source, cue)
}

/// After "agreed" at `toks[after]`: "to" and a verb, right away or after a short time phrase
/// ("agreed to pool their orders", "agreed on Thursday to create a fund"); not "agreed to the
/// plan"'s noun phrase nor "agreed that …".
fn agree_to_action(toks: &[Tok], after: usize) -> bool {
    (after..toks.len().min(after + 4))
        .take_while(|&k| toks[k].is_word() && !toks[k].quoted && !toks[k].is("that"))
        .find(|&k| toks[k].is("to"))
        .is_some_and(|k| {
            toks.get(k + 1)
                .is_some_and(|t| t.is_word() && !t.cap && !t.quoted && !is_determiner(&t.lower))
        })
}

/// A modal of obligation right before the cue at `toks[c]`, adverbs between: "must now show",
/// "will have to disclose", "are required to report" (not "must have shown", a guess about the
/// past).
fn obliged(toks: &[Tok], c: usize) -> bool {
    let mut k = c;
    while k > 0 && is_aux_or_adverb(&toks[k - 1].lower) && !toks[k - 1].is("must") {
        k -= 1;
    }
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    toks[p].is("must") && !toks.get(p + 1).is_some_and(|t| t.is("have"))
        || toks[p].is("to")
            && p >= 1
            && matches!(
                toks[p - 1].lower.as_str(),
                "have" | "has" | "had" | "required" | "obliged" | "obligated"
            )
}

/// `toks[after]` is a relative "that": a verb follows it with no subject between ("that
/// overshadowed the talks", "that has dragged on"), where a "that" clause opens with its
/// subject ("that the talks failed").
fn relative_that(lex: &Lexicons, toks: &[Tok], after: usize) -> bool {
    toks.get(after).is_some_and(|t| t.is("that"))
        && toks.get(after + 1).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && !t.quoted
                && (is_past_form(lex, &t.lower) || is_auxiliary(&t.lower) || is_be(&t.lower))
        })
}

/// `toks[after]` is "that" opening a clause, not a determiner: a subject pronoun, a
/// determiner, a name or a figure follows it ("that the fees rose", "that she had").
fn that_clause_follows(toks: &[Tok], after: usize) -> bool {
    toks.get(after).is_some_and(|t| t.is("that"))
        && toks.get(after + 1).is_some_and(|t| {
            t.is_word()
                && (t.cap
                    || is_subject_pronoun(&t.lower)
                    || is_determiner(&t.lower)
                    || t.lower.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// "may want to check", "might want to reconsider", "If you want to avoid the crowds", "asked
/// whether residents would prefer a new flag": an intention or a preference under "may"/"might"
/// is advice, and one inside an "if" or "whether" clause is a condition or a question; none is
/// what somebody means to do or stands behind. The source opens at `toks[a]`, the cue is
/// `toks[c]`.
fn hypothetical_intention(toks: &[Tok], a: usize, c: usize, entry: &CueEntry) -> bool {
    let preference =
        entry.class == CueClass::Evaluation && matches!(entry.lemma, "prefer" | "favor");
    (entry.class == CueClass::Intention || preference)
        && (toks[a..c]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "may" | "might"))
            || a > 0 && matches!(toks[a - 1].lower.as_str(), "if" | "unless" | "whether"))
}

/// `attr:predicate-adjective` — "The mayor is confident that the bridge will reopen", "Residents
/// are concerned the levy will rise": an adjective of belief after a form of "be" or "remain",
/// with degree adverbs between ("is increasingly confident"). The subject of "be" is the source;
/// the content follows as after a verb (the `adjective` frame goes with `needs-that`, so a bare
/// clause needs an auxiliary). Elsewhere ("a confident start", "looked concerned") the word
/// reports nothing.
fn predicate_adjective(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> Option<Found> {
    let mut p = c;
    while p > 0 && toks[p - 1].is_word() && is_degree_adverb(&toks[p - 1].lower) {
        p -= 1;
    }
    let be = p.checked_sub(1)?;
    let verb = toks[be].lower.as_str();
    if !(is_be(verb) && verb != "being" || matches!(verb, "remain" | "remains" | "remained")) {
        return None;
    }
    let (src, a, _) = source_before(ctx, toks, be)?;
    // "It is …", "There are …": no one holds the belief.
    if toks[a..be].iter().all(|t| t.is("it") || t.is("there")) {
        return None;
    }
    let cue = CueHit::of_entry(toks, c, after, entry);
    let source = (src, a, Rule::AttrPredicateAdjective);
    source_cue_content::attribute(ctx, toks, c, after, entry, source, cue)
}

/// An adverb of degree or time between "be" and a predicate adjective: "not", "very",
/// "increasingly", "still".
fn is_degree_adverb(w: &str) -> bool {
    is_aux_or_adverb(w)
        || w.ends_with("ly")
        || matches!(
            w,
            "very" | "so" | "more" | "less" | "most" | "quite" | "all"
        )
}

/// A noun of stance heads the object at `toks[at..]`, past at most three determiners and
/// adjectives: "concern", "deep misgivings", "his strong support", "some doubts".
fn stance_noun_object(toks: &[Tok], at: usize) -> bool {
    toks.iter()
        .skip(at)
        .take(4)
        .take_while(|t| t.is_word() && !t.quoted)
        .any(|t| STANCE_NOUNS.contains(&t.lower.as_str()))
}

/// Nouns of stance, the object of "expressed", "voiced" or "signaled".
const STANCE_NOUNS: &[&str] = &[
    "admiration",
    "alarm",
    "anger",
    "anxiety",
    "approval",
    "concern",
    "concerns",
    "confidence",
    "criticism",
    "disappointment",
    "disapproval",
    "dismay",
    "displeasure",
    "doubt",
    "doubts",
    "fear",
    "fears",
    "frustration",
    "gratitude",
    "hope",
    "misgivings",
    "objection",
    "objections",
    "openness",
    "opposition",
    "optimism",
    "outrage",
    "pessimism",
    "regret",
    "readiness",
    "reluctance",
    "reservations",
    "satisfaction",
    "skepticism",
    "scepticism",
    "solidarity",
    "support",
    "surprise",
    "sympathy",
    "unwillingness",
    "willingness",
    "worry",
    "worries",
];

/// One to five words of an object at `toks[at..]`, then "as" opening a description: "the levy
/// as unfair", "Ms. Reyes as the likelier winner". Not a conjunction "as" opening a clause ("her
/// anger as he spoke", "her relief as the results came in") nor "as well as", "as soon as".
fn as_after_object(lex: &Lexicons, toks: &[Tok], at: usize) -> bool {
    let Some(k) = (at + 1..toks.len().min(at + 7)).find(|&k| toks[k].is("as")) else {
        return false;
    };
    let object_words = toks[at..k]
        .iter()
        .all(|t| t.is_word() && !t.quoted || t.is_punct('.') || t.is_punct('\''));
    let Some(next) = toks.get(k + 1) else {
        return false;
    };
    let conjunction = AS_CONJUNCTION_NEXT.contains(&next.lower.as_str());
    // "as the results came in": a determiner, a word or two, then a finite verb.
    let clause = is_determiner(&next.lower)
        && toks.iter().skip(k + 2).take(2).any(|t| {
            t.is_word()
                && !t.cap
                && (t.lower.ends_with("ed")
                    || lex.is_irregular_past(&t.lower)
                    || is_be(&t.lower)
                    || is_auxiliary(&t.lower))
        });
    object_words && !toks[at].is("as") && !conjunction && !clause
}

/// Words after "as" that make it a conjunction or part of a fixed phrase ("as well as", "as he
/// spoke", "as usual"), not the "as" of a description.
const AS_CONJUNCTION_NEXT: &[&str] = &[
    "well", "soon", "long", "much", "many", "far", "if", "though", "he", "she", "they", "we", "i",
    "you", "it", "part", "usual",
];

/// Modal verbs: a word right before one, after "and" or a determiner, is a noun.
const MODALS: &[&str] = &[
    "could", "would", "should", "may", "might", "must", "can", "will", "shall",
];

/// Prepositions after which a cue word is a noun ("a call for comment").
const NOUN_PREPOSITIONS: &[&str] = &["of", "for", "from", "with", "without", "at"];

/// Determiners that stand alone as a subject ("Some say …").
const STANDALONE_DETERMINERS: &[&str] = &[
    "another", "some", "many", "most", "few", "several", "all", "both",
];

/// Conjunctions that open a clause before a standalone determiner subject.
const CLAUSE_CONJUNCTIONS: &[&str] = &["and", "but", "while", "whereas", "yet"];

/// Verbs that name something ("a firm called Harbor Dynamics").
const NAMING_VERBS: &[&str] = &["called", "named", "dubbed", "titled", "nicknamed"];

/// A year ("2040"), or "the end of", "the middle of" and a time, at `toks[k]`, after "by".
fn by_a_time(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    let year = t.lower.len() == 4
        && t.lower.bytes().all(|b| b.is_ascii_digit())
        && matches!(t.lower.as_bytes()[0], b'1' | b'2');
    let end_of = t.is("the")
        && toks
            .get(k + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "end" | "middle" | "start" | "close"))
        && toks.get(k + 2).is_some_and(|n| n.is("of"));
    year || end_of
}
