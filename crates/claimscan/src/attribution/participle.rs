//! `attr:participle` — "…, saying …": the source is the main clause's subject (or the source
//! of the attribution before it in the sentence).
//!
//! "The operator closed the line on Friday, saying the rails had buckled in the heat."
//! "The mayor answered by saying the budget was already spent." — after "by", "while",
//! "after", "before" or "without" inside the sentence, too.
//! "The advert shows footage of Mayor Lund asking, “Why are the buses late?”" — right after
//! the phrase it describes, before a quotation or "that" (`source:participle-subject`); so
//! "…, with one resident writing “…”".
//! "The senator spent Monday accusing her rival of …", "went on radio saying …": after a verb
//! of spending time or going out to be heard, without a comma.

use super::content_after::{content_after, After};
use super::found::{span_of, Ctx, CueHit, Found, SourceHit};
use super::noun_phrase::{classify, np_back, subject_at_start, subject_from};
use crate::lexicon::{CueEntry, Frames};
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::is_aux_or_adverb;

/// The participle cue at `toks[c]` ("saying"), after a comma.
pub(crate) fn attribute(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
    prev_source: Option<SourceHit>,
) -> Option<Found> {
    // "…, finding that the death was preventable" reports a finding; "Finding the road
    // closed, crews turned back" what somebody came upon: a participle of a verb that needs
    // "that" reports only with it.
    // (A colon or a quotation may follow: "with Boswell stating: “…”".)
    if entry.frames.has(Frames::NEEDS_THAT)
        && toks
            .get(after)
            .is_some_and(|t| t.is_word() && !t.quoted && !t.is("that"))
    {
        return None;
    }
    // "…, even suggesting …", "…, later adding …": adverbs may stand between.
    let mut j = c;
    while j > 0 && toks[j - 1].is_word() && is_aux_or_adverb(&toks[j - 1].lower) {
        j -= 1;
    }
    // (Or after a dash: "changed her pick on the spot – saying she …".)
    // (Or after a quotation that closes on its comma: `called it a “farce,” adding that …`.)
    // (Or after "and" when a comma stands earlier: "…, saying it was fair, and suggesting …",
    // "praised the port, underlining its strength and vowing to …".)
    let after_comma = j.checked_sub(1).is_some_and(|p| {
        matches!(toks[p].kind, TokKind::Punct(',' | '—' | '–'))
            || toks[p].kind == TokKind::QuoteClose && p >= 1 && toks[p - 1].is_punct(',')
            || toks[p].is("and") && toks[..p].iter().any(|t| t.is_punct(','))
    });
    // "released a statement Wednesday saying …", "issued a letter saying …": right after a
    // channel the subject put out (a day may stand between).
    let after_channel = {
        let mut p = j;
        if p > 0 && toks[p - 1].cap && crate::words::is_time_word(&toks[p - 1].lower) {
            p -= 1;
            // ("issued an advisory on Monday reminding …")
            if p > 0 && toks[p - 1].is("on") {
                p -= 1;
            }
        }
        p >= 2
            && ctx.lex.is_channel(&toks[p - 1].lower)
            && matches!(
                toks[p - 2].lower.as_str(),
                "a" | "an" | "the" | "its" | "his" | "her" | "their"
            )
    };
    // "… answered by saying …": a gerund after a preposition inside the sentence (not one that
    // opens it, whose subject comes after it).
    // ("… while also suggesting …": adverbs may stand between.)
    let after_preposition = j >= 2
        && toks[j - 1].is_word()
        && matches!(
            toks[j - 1].lower.as_str(),
            "by" | "while" | "whilst" | "after" | "before" | "without"
        );
    // "It goes without saying that …": an idiom, nobody's words.
    if c >= 2
        && toks[c - 1].is("without")
        && matches!(toks[c - 2].lower.as_str(), "goes" | "go" | "went")
    {
        return None;
    }
    // "After saying the bridge was safe, the mayor left", "Citing rising costs, the board
    // raised fees": a participle clause that opens the sentence; its source is the main
    // clause's subject after it.
    let opening = toks.first().is_some_and(|t| t.cap)
        && (c == 0 || c == 1 && OPENING_SUBORDINATORS.contains(&toks[0].lower.as_str()));
    if opening {
        return opening_clause(ctx, toks, c, after, entry);
    }
    let after_spending = spent_time_before(toks, j);
    if !(after_comma || after_preposition || after_channel || after_spending) {
        return noun_then_participle(ctx, toks, c, after, entry);
    }
    let src = prev_source.or_else(|| subject_at_start(ctx, toks, c))?;
    // The source stands with the main verb; this attribution uses only its own words.
    found(ctx, toks, c, after, entry, src, j)
}

/// "spent Monday accusing …", "spent the morning at the fair warning …", "went on radio
/// saying …", "took to social media accusing …": a verb of spending time or of going out to be
/// heard, then (without a comma) what the subject did there, ending at the participle at
/// `toks[j]`. Its subject speaks.
fn spent_time_before(toks: &[Tok], j: usize) -> bool {
    (j.saturating_sub(12)..j)
        .rev()
        .take_while(|&k| toks[k].is_word() && !toks[k].quoted)
        .any(|k| {
            let next = |w: &str| k + 1 < j && toks[k + 1].is(w);
            match toks[k].lower.as_str() {
                "spent" | "spend" | "spends" | "spending" => k + 1 < j,
                "went" | "go" | "goes" | "going" => next("on"),
                "took" | "take" | "takes" | "taking" => next("to"),
                _ => false,
            }
        })
}

/// Words before a participle that opens the sentence ("After saying …").
const OPENING_SUBORDINATORS: &[&str] = &[
    "after", "before", "while", "whilst", "when", "since", "upon", "by",
];

/// A participle clause that opens the sentence and ends at a comma: the subject after the
/// comma speaks.
fn opening_clause(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> Option<Found> {
    let mut content = content_after(ctx, toks, c, after, entry)?;
    // "Writing in a blog post, Ames …", "Speaking on the radio, …": where, not what.
    if toks.get(content.st).is_some_and(|t| {
        crate::words::is_leading_preposition(&t.lower)
            || ["in", "on", "for", "at", "to", "from", "with"].contains(&t.lower.as_str())
    }) {
        return None;
    }
    // The clause ends at the first comma after which a subject opens the main clause.
    let (comma, mut src) = (content.st..toks.len().min(content.end + 1))
        .filter(|&k| toks[k].is_punct(','))
        .find_map(|k| subject_from(ctx, toks, k + 1, toks.len()).map(|s| (k, s)))?;
    content.end = content.end.min(comma);
    src.reasons.push(Reason::new(Rule::SourceParticipleSubject));
    let mut f = finish(ctx, toks, c, after, entry, src, 0, content);
    // The main clause after the comma stays the writer's ("the mayor left the hall").
    f.covered = Span::new(toks[0].span.start, toks[comma].span.end);
    Some(f)
}

/// The attribution of the participle at `toks[c..after]` to `src`, covering `toks[from..]`.
fn found(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
    src: SourceHit,
    from: usize,
) -> Option<Found> {
    let mut content = content_after(ctx, toks, c, after, entry)?;
    // "The embassy rejected the protest in a post on X, saying …": the channel phrase before
    // the participle's comma is where the participle's words were put out too.
    if content.channel.is_none() && from > 0 && toks[from - 1].is_punct(',') {
        if let Some(k) = super::content::channel_before_comma(ctx.lex, toks, 0, from - 1) {
            content.channel = Some(Span::new(toks[k].span.start, toks[from - 2].span.end));
            content.reasons.push(Reason::new(Rule::ChannelAfterCue));
        }
    }
    Some(finish(ctx, toks, c, after, entry, src, from, content))
}

/// The attribution of the participle at `toks[c..after]` with its content.
#[allow(clippy::too_many_arguments)]
fn finish(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
    src: SourceHit,
    from: usize,
    mut content: After,
) -> Found {
    content.reasons.insert(0, Reason::new(Rule::AttrParticiple));
    let mut f = ctx.finish(
        vec![quoted_content(ctx, toks, &content)],
        Some(src),
        Some(CueHit::of_entry(toks, c, after, entry)),
        content.channel,
        content.reasons,
    );
    f.covered = Span::new(toks[from].span.start, f.covered.end);
    f
}

/// "footage of Mayor Lund asking, “…”", "a video of the coach saying that …": the participle
/// right after the phrase it describes, with a quotation or a that-clause after it.
fn noun_then_participle(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> Option<Found> {
    let prev = toks.get(c.checked_sub(1)?)?;
    if !prev.is_word() || prev.quoted || is_aux_or_adverb(&prev.lower) {
        return None;
    }
    let mut k = after;
    if toks
        .get(k)
        .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
    {
        k += 1;
    }
    let opens = toks
        .get(k)
        .is_some_and(|t| t.kind == TokKind::QuoteOpen || t.is("that") && !t.quoted);
    if !opens {
        return None;
    }
    let mut a = np_back(ctx, toks, c - 1)?;
    // "footage of Mayor Lund asking": the speaker is the phrase after "of".
    if let Some(of) = (a..c).rev().find(|&k| toks[k].is("of")) {
        if of + 1 < c {
            a = of + 1;
        }
    }
    // "It's worth noting that": no phrase that speaks.
    if toks[a..c]
        .iter()
        .any(|t| t.is("worth") || t.is("it") || t.is("there"))
    {
        return None;
    }
    let mut src = classify(ctx, toks, a, c)?;
    // "…, with one resident writing “…”": after "with" the phrase is the participle's subject,
    // and one unnamed person may speak.
    let with_subject = a > 0 && toks[a - 1].is("with");
    if !(matches!(
        src.kind,
        SourceKind::Named | SourceKind::Description | SourceKind::Vague
    ) || with_subject && src.kind == SourceKind::Anonymous)
    {
        return None;
    }
    src.reasons.push(Reason::new(Rule::SourceParticipleSubject));
    found(ctx, toks, c, after, entry, src, a)
}

/// The content's span, to the end of a quotation that opens it and runs past the sentence
/// (`tweeting, “Notice the time. Who is counting?”`).
fn quoted_content(ctx: &Ctx, toks: &[Tok], content: &After) -> Span {
    let mut span = span_of(toks, content.st, content.end);
    if let Some(q) = ctx.quote_opening_at(toks, content.st) {
        span.end = span.end.max(q.outer.end);
    }
    span
}
