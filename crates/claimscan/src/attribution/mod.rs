//! Stage 4: attribution — source + cue + content, one file per construction.
//!
//! Input: the [`Document`]. Output: a [`Found`] per attribution, in text order.
//!
//! | reason | construction | file |
//! |---|---|---|
//! | `attr:source-cue-content` | "X said (that) …" | `source_cue_content.rs` |
//! | `attr:content-source-cue` | "…, X said." and `“…,” X said.` | `post_posed.rs` |
//! | `attr:content-cue-source` | "…, said X." | `post_posed.rs` |
//! | `attr:cue-sentence-after-quotation` | `“Why now?” Clinton asked.` | `post_posed.rs` |
//! | `attr:as-clause` | "The bridge, as the inspector pointed out, was never built for trucks." | `as_clause.rs` |
//! | `attr:according-to` | "according to X, …" and "…, according to X." | `according_to.rs` |
//! | `attr:in-the-words-of` | "in the words of X, …" | `according_to.rs` |
//! | `attr:findings-opener` | "In a survey released Monday, …", "By the union's count, …" | `findings_opener.rs` |
//! | `attr:colon` | "X: ‘…’" | `colon.rs` |
//! | `attr:speaker-label` | "MAYOR LIND: …" (its questions left out) | `speaker_label.rs` |
//! | `attr:relative` | "…, who said …" | `relative.rs` |
//! | `attr:apposition` | "Jane Roe, a spokeswoman for the ministry, said …" | `apposition.rs` |
//! | `attr:participle` | "…, saying …" | `participle.rs` |
//! | `attr:coordinated-verb` | "… praised the volunteers and said …" | `coordinated.rs` |
//! | `attr:passive-it` | "it was reported that …" | `passive_it.rs` |
//! | `attr:asked-unstated` | "When asked whether …", "was asked about …" | `asked.rs` |
//! | `attr:passive-raising` | "the mayor is said to have …" | `passive_it.rs` |
//! | `attr:passive-accusation` | "the mayor was accused by rivals of “hiding the budget”" | `passive_accusation.rs` |
//! | `attr:passive-by-agent` | "the plan was described by one engineer as “a floating tax”" | `passive_by.rs` |
//! | `attr:object-control` | "the delay led critics to say that …" | `object_control.rs` |
//! | `attr:quoted-as` | "the agency quoted the minister as saying …" | `quoted_as.rs` |
//! | `attr:dash-credit` | `“…” — Jane Roe` | `dash_credit.rs` |
//! | `attr:continued-quotation` | `“A,” she said. “B.”` | `continued_quotation.rs` |
//! | `attr:colon-next-sentence` | "X said:" and the quotation in the next sentence or paragraph | `colon_intro.rs` |
//! | `attr:interview-answer` | "A: …" lines of a Q&A interview: the interviewee's | `interview.rs` |
//! | `content:second-complement` | "said A, and that B": two claims of one cue | `second_complement.rs` |
//! | `attr:claim-noun` | "the mayor's claim that …" | `claim_noun.rs` |
//! | `source:current-speaker` | a quote-only sentence or paragraph after someone spoke | `current_speaker.rs` |
//! | (none: an `author` claim) | "did not say whether …", "declined to say how …", "declined to comment": what was withheld is nobody's claim | `withheld.rs` |
//! | (none: an `author` claim) | "has repeated the figure five times", "cited the ruling twice": a count of occasions | `occasions.rs` |
//! | (none: an `author` claim) | "I can tell you …", "I can promise you …": the writer asserting to the reader | `writer_assertion.rs` |
//! | (none: an `author` claim) | "The mayor can fairly claim that …": the writer's verdict on what somebody may say | `writer_assertion.rs` |
//! | (none: an `author` claim) | "Okafor: …", a column's name-tag headline over her byline | `colon.rs` |
//! | `source:narrated-subject` | a quote-only sentence after narration about a named person | `narrated_subject.rs` |
//!
//! Shared parts: `found.rs` (the types and [`Found`]'s assembly), `cue.rs` (lexicon lookup),
//! `cue_extent.rs` (a cue's whole phrase: "has also said", "said in a statement:"),
//! `noun_phrase.rs` (source phrases), `content.rs` and `content_after.rs` (where a content
//! starts and ends), `clause.rs` (finite verbs), `parenthetical.rs` (a content that resumes
//! after its cue). `docs/reasons.md` lists every reason with an example.

mod according_to;
mod announced_plan;
mod apposition;
mod as_clause;
mod asked;
mod claim_noun;
mod clause;
mod colon;
mod colon_intro;
mod content;
mod content_after;
mod continued_quotation;
mod coordinated;
mod cue;
mod cue_extent;
mod current_speaker;
mod dash_credit;
mod findings_opener;
mod found;
mod interview;
mod narrated_subject;
mod noun_phrase;
mod object_content;
mod object_control;
mod occasions;
mod outer_complement;
mod outlet;
mod parenthetical;
mod participle;
mod passive_accusation;
mod passive_by;
mod passive_it;
mod post_posed;
mod quoted_as;
mod relative;
mod second_complement;
mod source_cue_content;
mod speaker_label;
mod verb_cue;
mod withheld;
mod writer_assertion;

pub use according_to::LEMMA as ACCORDING_TO;
pub use found::{CueHit, Found, SourceHit};
pub(crate) use noun_phrase::{
    first_name_not_title, is_plural_possessive_mark, is_possessive, owner_before_person_name,
};
pub(crate) use outlet::{house_outlets, is_newsroom_mention};

use crate::document::Document;
use crate::lexicon::{CueClass, Lexicons};
use crate::report::SourceKind;
use crate::rules::Rule;
use crate::tokens::Tok;
use found::Ctx;

/// How many earlier attributions are checked for a clash (they are in text order, so only the
/// last few can reach the current sentence).
const CLASH_WINDOW: usize = 16;

/// Find the attributions in every sentence.
pub fn find(doc: &Document, lex: &Lexicons) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        // Sentences wholly inside an earlier attribution's content are done, except in a
        // transcript line, where the speaker reports what others said ("PAUL: … The fire chief
        // told me that the levee held.").
        let recent = out.iter().rev().take(CLASH_WINDOW);
        if recent
            .clone()
            .any(|f| f.covered.contains(s.span) && !is_transcript_line(f))
        {
            continue;
        }
        let toks = &doc.toks[si];
        let ctx = Ctx::for_sentence(doc, lex, si);
        let mut local: Vec<Found> = Vec::new();
        // A credit line or a "X said." sentence attributes the quotation ending the sentence
        // before it.
        if si > 0 {
            let prev = Ctx {
                quotes: &doc.quotes[si - 1],
                ..ctx
            };
            let prev_toks = &doc.toks[si - 1];
            if let Some(f) = dash_credit::credit_line(&prev, toks, prev_toks)
                .or_else(|| post_posed::cue_sentence_after_quotation(&prev, toks, prev_toks))
            {
                local.push(f);
            }
        }
        for f in analyse(&ctx, toks) {
            // Keep nested attributions ("X said that Y told Z that …"), drop partial overlaps,
            // a second reading of the same content, and a second use of the same cue.
            let clash = local
                .iter()
                .chain(out.iter().rev().take(CLASH_WINDOW))
                .any(|g| {
                    g.covered.overlaps(f.covered)
                        && !g.covered.contains(f.covered)
                        && !f.covered.contains(g.covered)
                        && !shares_source(g, &f)
                        || g.content() == f.content()
                        || g.cue
                            .as_ref()
                            .zip(f.cue.as_ref())
                            .is_some_and(|(a, b)| a.span == b.span)
                });
            // "She said she plans to …", "said she believed …": an intention, a belief or a
            // judgement inside what somebody reports is part of that report, not a claim of its
            // own (except on a transcript line, where the speaker reports others).
            let nested_stance = (f.cue.as_ref().is_some_and(|c| {
                matches!(
                    c.class,
                    CueClass::Intention | CueClass::Evaluation | CueClass::Belief
                )
            }) || is_quoted_request(&f))
                && local
                    .iter()
                    .chain(out.iter().rev().take(CLASH_WINDOW))
                    .any(|g| {
                        g.content().contains(f.covered)
                            && !is_transcript_line(g)
                            && !(others_belief(&f) && is_according_to(g))
                    });
            // "called the use of emergency orders “reckless”": inside the object of a framing
            // verb, before what it is called, a noun read as a cue ("orders") reports nothing;
            // the quotation is what the object was called.
            let inside_framing = local
                .iter()
                .chain(out.iter().rev().take(CLASH_WINDOW))
                .any(|g| {
                    g.content().contains(f.covered)
                        && g.reasons
                            .iter()
                            .any(|r| r.rule == Rule::ContentFramingVerbPhrase)
                        && f.cue.as_ref().is_some_and(|c| {
                            doc.quotes[si]
                                .iter()
                                .any(|q| q.open.start >= c.span.end && g.content().contains(q.open))
                        })
                });
            // "Ruiz said she felt …, “…,” she said.": a closing credit that restates the
            // attribution its content opens with is no second claim.
            // The credit's source is a pronoun; the content opens with a named speaker and a
            // verb of saying ("found", "plans" report no speech of their own).
            let restated = f
                .reasons
                .iter()
                .any(|r| r.rule == Rule::AttrContentSourceCue)
                && f.source
                    .as_ref()
                    .is_some_and(|s| s.kind == SourceKind::Pronoun)
                && local.iter().any(|g| {
                    g.covered.start == f.content().start
                        && g.content().end == f.content().end
                        && g.source
                            .as_ref()
                            .is_some_and(|s| s.kind == SourceKind::Named)
                        && g.cue.as_ref().is_some_and(|c| {
                            f.content().contains(c.span)
                                && matches!(c.class, CueClass::Neutral | CueClass::Assertive)
                        })
                });
            if !clash && !nested_stance && !restated && !inside_framing {
                local.push(f);
            }
        }
        // "The unit expects to run short by Friday, a spokesperson said.": a stance found
        // before the report that holds it is part of that report too.
        if local.len() > 1 {
            let holders: Vec<(crate::span::Span, bool)> = local
                .iter()
                .filter(|g| !is_transcript_line(g))
                .map(|g| (g.content(), is_according_to(g)))
                .collect();
            local.retain(|f| {
                let stance = f.cue.as_ref().is_some_and(|c| {
                    matches!(
                        c.class,
                        CueClass::Intention | CueClass::Evaluation | CueClass::Belief
                    )
                }) || is_quoted_request(f);
                !stance
                    || !holders.iter().any(|&(h, according)| {
                        h != f.content()
                            && h.contains(f.covered)
                            && !(according && others_belief(f))
                    })
            });
        }
        outer_complement::trim_nested(toks, &mut local);
        second_complement::split(&ctx, toks, &mut local);
        out.extend(local);
    }
    out.retain(|f| !withheld::is_refusal(doc, f));
    // "He has repeated the figure five times": the writer's count of occasions.
    out.retain(|f| !occasions::counts_occasions(doc, lex, f));
    // "Okafor: The ferry cuts are a mistake" over Lena Okafor's column: her own view.
    out.retain(|f| !colon::is_column_tag(doc, f));
    // "The Star has learned that …" in the Star's own story: the writer's claim (`outlet.rs`).
    let house = outlet::house_outlets(doc, lex);
    if !house.is_empty() {
        out.retain(|f| outlet::own_reporting(doc, f, &house).is_none());
    }
    continued_quotation::attach(doc, &mut out);
    interview::attach(doc, lex, &mut out);
    colon_intro::attach_blocks(doc, lex, &mut out);
    current_speaker::attach(doc, lex, &mut out);
    cue_extent::widen(doc, lex, &mut out);
    crate::sort::sort_by_key(&mut out, |f| f.content().start);
    // Last, so that no later stage gives a question left out of a turn to somebody else.
    if speaker_label::turns(doc, &mut out) {
        crate::sort::sort_by_key(&mut out, |f| f.content().start);
    }
    out
}

/// The house outlet (`house`, [`house_outlets`]) whose own reporting sentence `si` gives, as
/// [`find`] leaves it to the writer: "The Star has learned that the mayor cancelled the
/// contract." in the Star's story gives "star" (`claim:author:own-reporting`).
pub(crate) fn own_reporting_in(
    doc: &Document,
    lex: &Lexicons,
    si: usize,
    house: &[String],
) -> Option<String> {
    let toks = &doc.toks[si];
    let named = toks.iter().any(|t| {
        house
            .iter()
            .any(|h| h.rsplit(' ').next() == Some(t.lower.as_str()))
    });
    if !named {
        return None;
    }
    let ctx = Ctx::for_sentence(doc, lex, si);
    analyse(&ctx, toks)
        .iter()
        .find_map(|f| outlet::own_reporting(doc, f, house))
}

/// Whether sentence `si` is a column's name-tag headline ("Okafor: The ferry cuts are a
/// mistake" over Lena Okafor's byline), which [`find`] leaves to the writer
/// (`claim:author:column-tag`).
pub(crate) fn column_tag_in(doc: &Document, lex: &Lexicons, si: usize) -> bool {
    if !doc.sentences[si].headline || !doc.toks[si].iter().any(|t| t.is_punct(':')) {
        return false;
    }
    let ctx = Ctx::for_sentence(doc, lex, si);
    colon::intro(&ctx, &doc.toks[si]).is_some_and(|f| colon::is_column_tag(doc, &f))
}

/// Whether sentence `si` holds the writer's own first-person assertion to the reader ("I can
/// tell you the ferry takes 40 minutes"), which [`find`] leaves to the writer
/// (`claim:author:writer-assertion`).
pub(crate) fn writer_assertion_in(doc: &Document, si: usize) -> bool {
    writer_assertion::in_sentence(&doc.toks[si])
}

/// Whether sentence `si` holds the writer's verdict on what somebody may say ("The mayor can
/// fairly claim that crime fell"), which [`find`] leaves to the writer
/// (`claim:author:writer-verdict`).
pub(crate) fn writer_verdict_in(doc: &Document, si: usize) -> bool {
    writer_assertion::verdict_in_sentence(&doc.toks[si])
}

/// "According to the chief, investigators believe …": a belief that an "according to" report
/// gives to others it names with a phrase of their own (not a pronoun) is theirs, a claim of
/// its own inside the report. (After a verb of saying, "the union expected …" stays part of
/// what the spokesperson said.)
fn others_belief(f: &Found) -> bool {
    f.cue.as_ref().is_some_and(|c| c.class == CueClass::Belief)
        && f.source
            .as_ref()
            .is_some_and(|s| s.kind != SourceKind::Pronoun)
}

/// An "according to" report that opens its sentence, before its content ("According to the
/// chief, …"); after it ("…, according to the chief") the sentence reads as the source's.
fn is_according_to(f: &Found) -> bool {
    f.reasons.iter().any(|r| r.rule == Rule::AttrAccordingTo)
        && f.cue
            .as_ref()
            .is_some_and(|c| c.span.end <= f.content().start)
}

/// "He told her to move her savings into a “safe account”, she said": a quoted request
/// (`content:quoted-request`) inside what somebody else reports is part of that report; its
/// quotation already has a speaker other than the writer.
fn is_quoted_request(f: &Found) -> bool {
    f.reasons
        .iter()
        .any(|r| r.rule == Rule::ContentQuotedRequest)
}

/// A speaker label's line: it holds whole sentences, which may report others.
fn is_transcript_line(f: &Found) -> bool {
    f.reasons.iter().any(|r| r.rule == Rule::AttrSpeakerLabel)
}

/// The constructions of one sentence, in the order they are tried: a speaker label or colon
/// introduction, then every "according to" and verb cue from left to right (`verb_cue.rs`
/// tries, in order: passive-it, participle, inversion, coordination, post-posed source, then
/// source-cue-content), then a dash credit at the end.
fn analyse(ctx: &Ctx, toks: &[Tok]) -> Vec<Found> {
    let mut out = Vec::new();
    if toks.is_empty() {
        return out;
    }
    if let Some(f) = speaker_label::line(ctx, toks).or_else(|| colon::intro(ctx, toks)) {
        out.push(f);
    }
    if let Some(f) = findings_opener::at(ctx, toks) {
        out.push(f);
    }
    let mut i = 0;
    while i < toks.len() {
        if let Some(len) = according_to::opener_len(toks, i) {
            if let Some(f) = according_to::at(ctx, toks, i, len) {
                out.push(f);
                i += len;
                continue;
            }
        }
        if let Some(f) = announced_plan::singular(ctx, toks, i) {
            out.push(f);
            i += 1;
            continue;
        }
        if let Some(f) = claim_noun::at(ctx, toks, i) {
            out.push(f);
            i += 1;
            continue;
        }
        if !toks[i].quoted {
            // A capitalised cue opens a sentence only in the inverted form ("Said the mayor:
            // “…”"), which `verb_cue.rs` checks.
            let allow_cap = (ctx.headline && i > 0) || i == 0;
            if let Some((entry, after)) =
                cue::cue_at(ctx.lex, toks, i, allow_cap).filter(|(e, _)| {
                    !relative::describes(toks, i, e.class)
                        && !relative::describes_before_main_verb(ctx.lex, toks, i)
                        && !writer_assertion::at(toks, i)
                        && !writer_assertion::verdict_at(toks, i)
                })
            {
                let prev_source = coordinated::prev_source(ctx.lex, toks, i, &out);
                if let Some(f) = verb_cue::attribute(ctx, toks, i, after, entry, prev_source) {
                    out.push(f);
                }
            }
        }
        i += 1;
    }
    if let Some(f) = dash_credit::in_sentence(ctx, toks) {
        out.push(f);
    }
    out
}

/// "In his speech, Ruiz urged …, and criticized …": a coordinated verb borrows the source of the
/// attribution before it, so the two overlap in that source and nowhere else; that is no clash.
fn shares_source(g: &Found, f: &Found) -> bool {
    g.source
        .as_ref()
        .zip(f.source.as_ref())
        .is_some_and(|(a, b)| a.span == b.span)
        && !g.content().overlaps(f.content())
}
