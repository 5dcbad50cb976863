//! `attr:speaker-label` — a transcript or interview line: "MAYOR LIND: We will rebuild." or
//! "ANCHOR (NINA SOLBERG): Good evening." at the start of a line (a quotation mark may open it). The speaker is a name in capitals, or in
//! title case ("Maren Ekdahl: …", [`title_case`]) when the piece is laid out as a transcript;
//! the content runs to the end of the line and is verbatim speech (`direct`), quoted or not.
//!
//! A turn's sentences that are put to the other speaker are no claims of the speaker's
//! ([`turns`]): "JOHN WARD: The council says the pool will reopen. Do you believe that?" gives
//! only the council's report.

use super::found::{span_of, Ctx, CueHit, Found, SourceHit};
use crate::document::Document;
use crate::lexicon::CueClass;
use crate::report::{Attribution, SourceKind};
use crate::rules::{Arg, Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{
    is_be, is_determiner, is_honorific, is_leading_preposition, is_month_name, is_np_preposition,
    is_subject_pronoun, is_time_word, is_wh_word,
};

pub(crate) fn line(ctx: &Ctx, toks: &[Tok]) -> Option<Found> {
    let s0 = usize::from(toks.first()?.kind == TokKind::QuoteOpen);
    let c = (s0..toks.len().min(s0 + 8)).find(|&k| toks[k].is_punct(':'))?;
    let caps = |a: usize, b: usize| {
        b > a
            && b - a <= 4
            && toks[a..b]
                .iter()
                .all(|t| t.is_word() && t.is_acronym(ctx.text))
    };
    // "ANCHOR (NINA SOLBERG):": a role in capitals, then the name in parentheses.
    let open = (s0 + 1..c).find(|&k| toks[k].is_punct('('));
    if let Some(open) = open {
        if caps(s0, open) && c >= open + 3 && toks[c - 1].is_punct(')') && caps(open + 1, c - 1) {
            let mut f = labelled(ctx, toks, (open + 1, c - 1), c)?;
            if let Some(src) = f.source.as_mut() {
                src.role = Some(span_of(toks, s0, open));
                src.span = span_of(toks, s0, c);
            }
            return Some(f);
        }
        return None;
    }
    if !caps(s0, c) {
        return title_case(ctx, toks, (s0, c));
    }
    // "READ MORE:", "BONDS:": labels in capitals are not speakers.
    if ctx.lex.is_label_phrase(span_of(toks, s0, c).of(ctx.text)) {
        return None;
    }
    // "OUR RATING:", "WHAT WE FOUND:": a pronoun, an article or a question word makes a
    // heading, not a name ("THE PRESIDENT:" before a title is a speaker).
    if (s0..c).any(|k| {
        let w = toks[k].lower.as_str();
        is_determiner(w)
            && !(w == "the" && toks.get(k + 1).is_some_and(|n| ctx.lex.is_title(&n.lower)))
            || is_subject_pronoun(w)
            || is_wh_word(w)
            || is_be(w)
    }) {
        return None;
    }
    // One word in capitals is a speaker when it is a role ("ANCHOR:"), a name the article
    // also writes in title case ("OKAFOR:" and "Okafor") or opens a quoted line; else it is a
    // heading ("OUTLOOK:").
    // A quotation mark before the label quotes a transcript (`"WALLACE: Let's start …`).
    if c == s0 + 1 && s0 == 0 && !is_speaker_word(ctx, &toks[s0]) {
        return None;
    }
    labelled(ctx, toks, (s0, c), c)
}

/// "Maren Ekdahl: It's a cluster …", "Host: Welcome back.": a label in title case before the
/// colon `toks[c]` is a speaker when it reads as a person's name or a role ([`person_label`])
/// and the piece is a transcript ([`transcript_label`]). Headlines ("Fact Check: …") never
/// hold one.
fn title_case(ctx: &Ctx, toks: &[Tok], label: (usize, usize)) -> Option<Found> {
    let (s0, c) = label;
    if ctx.headline
        || c == s0
        || c - s0 > 6
        || !toks[s0..c].iter().all(|t| t.is_word() || t.is_punct('.'))
    {
        return None;
    }
    let text = span_of(toks, s0, c).of(ctx.text);
    if !person_label(ctx, text) || !transcript_label(ctx, text) {
        return None;
    }
    let mut f = labelled(ctx, toks, (s0, c), c)?;
    f.reasons
        .push(Reason::new(Rule::SourceSpeakerLabelTitleCase));
    Some(f)
}

/// Does the label `text` (the words before a colon) read as a speaker: two or three
/// capitalised words ("Maren Ekdahl"), titles before a name ("Dr. Jo Park", "Mayor Lind") or
/// a role alone ("Host")? Never a web label ("Read More", `labels.txt`), nor words of a
/// heading: a function word ("The Verdict"), a date ("Monday Night"), an organisation word,
/// a reporting verb ("Said Serrat"), or a word the piece also writes in lower case ("Fact
/// Check" where the text says "check") unless it opens with a known first name.
fn person_label(ctx: &Ctx, text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || ctx.lex.is_label_phrase(text) {
        return false;
    }
    let shaped = words.iter().all(|w| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|ch| ch.is_alphabetic() || matches!(ch, '-' | '\'' | '\u{2019}' | '.'))
    });
    if !shaped {
        return false;
    }
    let lower: Vec<String> = words.iter().map(|w| crate::case::lower_str(w)).collect();
    let heading_word = |w: &str| {
        is_determiner(w)
            || is_subject_pronoun(w)
            || is_wh_word(w)
            || is_be(w)
            || is_np_preposition(w)
            || is_leading_preposition(w)
            || is_time_word(w)
            || is_month_name(w)
            || matches!(w, "and" | "or" | "not" | "no")
            || ctx.lex.label(w).is_some()
            || ctx.lex.is_org_word(w)
    };
    if lower.iter().any(|w| heading_word(w)) {
        return false;
    }
    let role = |w: &str| is_honorific(w) || ctx.lex.is_title(w.trim_end_matches('.'));
    let titles = lower.iter().take_while(|w| role(w)).count();
    let names = &lower[titles..];
    if names.is_empty() {
        // "Host:", "Moderator:"; not "Dr.:".
        return titles == 1 && !is_honorific(&lower[0]);
    }
    if !(names.len() >= 2 || titles >= 1) || names.len() > 3 {
        return false;
    }
    let first_name = ctx.lex.first_name_gender(&names[0]).is_some();
    first_name
        || names
            .iter()
            .all(|w| !ctx.lex.is_cue_word(w) && !written_lowercase(ctx.text, w))
}

/// Does `text` hold the lowercase word `w` as a word of its own ("check" in "a quick check")?
fn written_lowercase(text: &str, w: &str) -> bool {
    text.match_indices(w).any(|(at, _)| {
        !text[..at].ends_with(char::is_alphanumeric)
            && !text[at + w.len()..].starts_with(char::is_alphanumeric)
    })
}

/// Is the piece a transcript for the title-case label `text`: the same label opens another
/// paragraph ("Jo Park:" twice), or at least three paragraphs open with speaker labels
/// ([`person_label`], in any case) and two of them differ ("Sam Lee:" / "Jo Park:" /
/// "Sam Lee:")?
fn transcript_label(ctx: &Ctx, text: &str) -> bool {
    let key = |l: &str| crate::case::lower_str(&l.split_whitespace().collect::<Vec<_>>().join(" "));
    let this = key(text);
    let (mut same, mut lines, mut other) = (0, 0, false);
    for line in ctx.text.lines() {
        let l = line.trim_start().trim_start_matches(['"', '\u{201c}']);
        let Some(colon) = l.find(':').filter(|&c| c > 0 && c <= 60) else {
            continue;
        };
        if l[colon + 1..].trim().is_empty() {
            continue;
        }
        let head = &l[..colon];
        if key(head) == this {
            same += 1;
        } else if person_label(ctx, head) {
            other = true;
        } else {
            continue;
        }
        lines += 1;
    }
    same >= 2 || lines >= 3 && other
}

/// The line after the speaker `toks[name.0..name.1]` and the colon at `toks[c]`.
fn labelled(ctx: &Ctx, toks: &[Tok], name: (usize, usize), c: usize) -> Option<Found> {
    let (s0, s1) = name;
    let line_start = ctx.text[..toks[0].span.start]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    if !ctx.text[line_start..toks[0].span.start].trim().is_empty() {
        return None;
    }
    let from = toks.get(c + 1)?.span.start;
    let line_end = ctx.text[from..]
        .find('\n')
        .map_or(ctx.text.len(), |i| from + i);
    let content = Span::new(from, line_end).trim(ctx.text);
    let content = Span::new(
        content.start,
        content.start
            + ctx.text[content.start..content.end]
                .trim_end_matches(['"', '\u{201d}'])
                .len(),
    );
    if content.len() < 3 {
        return None;
    }
    let src = SourceHit {
        span: span_of(toks, s0, s1),
        kind: SourceKind::Named,
        name: Some(span_of(toks, s0, s1)),
        role: None,
        head: toks[s1 - 1].lower.clone(),
        reasons: vec![Reason::new(Rule::SourceSpeakerLabel)],
    };
    let cue = CueHit::fixed(toks[c].span, ":", "said");
    let mut f = ctx.finish(
        vec![content],
        Some(src),
        Some(cue),
        None,
        vec![Reason::new(Rule::AttrSpeakerLabel)],
    );
    f.kind = Attribution::Direct;
    f.reasons.push(Reason::new(Rule::AttributionTranscript));
    Some(f)
}

/// A single capitalised word before a colon that names a speaker.
fn is_speaker_word(ctx: &Ctx, t: &Tok) -> bool {
    if ctx.lex.is_title(&t.lower) {
        return true;
    }
    let mut chars = t.lower.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let title_case: String = crate::case::upper(first).chain(chars).collect();
    // ("VELGAON:" is a dateline when "Velgaon" only opens longer names: "Velgaon Animal
    // Welfare Forum".)
    ctx.text.match_indices(title_case.as_str()).any(|(at, w)| {
        let after = &ctx.text[at + w.len()..];
        !after.starts_with(|c: char| c.is_alphanumeric())
            && !after
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
    })
}

/// Is `f` the turn's own speaker ("I", "we") stating a belief, a wish or a commitment ("I
/// expect …", "We'd want to …", "I promise …")? A report of what the speaker said to others
/// ("I told them the boat would stay in port") stays a report of its own.
fn own_report(text: &str, f: &Found) -> bool {
    let stance = f.cue.as_ref().is_some_and(|c| {
        matches!(
            c.class,
            CueClass::Belief | CueClass::Intention | CueClass::Commitment
        )
    });
    stance
        && f.source.as_ref().is_some_and(|s| {
            s.kind == SourceKind::Pronoun
                && matches!(crate::case::lower_str(s.span.of(text)).as_str(), "i" | "we")
        })
}

/// How many attributions after a turn's own are read for the reports inside the turn.
const TURN_REACH: usize = 64;

/// What a sentence of a transcript turn does, as far as its speaker's claims go.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A statement: the speaker's claim.
    Said,
    /// "Where are you right now?": a question put to the other speaker.
    Question,
    /// "The council says the pool will reopen." before a question: the report the question is
    /// about (it stays the council's claim).
    Premise,
    /// "Mary Lane, thank you.", "Good evening.": thanks, a greeting or a farewell.
    Courtesy,
}

/// A transcript quoted inside a story, each line opened by a quotation mark (`"WALLACE: Do you
/// …?`), is the writer's report of the exchange: every turn of it, questions too, is reported
/// as it was said, as `“Why now?” she asked.` is. Only a Q&A that is the article's own body is
/// read turn by turn ([`turns`]).
fn quoted_line(text: &str, label: usize) -> bool {
    let line_start = text[..label].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..]
        .trim_start()
        .starts_with(['"', '\u{201c}'])
}

/// Leave out of each transcript turn (not a quoted one: [`quoted_line`]) the sentences that put something to the other speaker
/// rather than claim it: its questions ("JOHN WARD: Where are you right now?"), in a turn that
/// ends with a question the reports of others that set it up ("The council says the pool will
/// reopen. Do you believe that?": the council's report stays a claim of its own, the host is
/// not its source), and its thanks and greetings ("Mary Lane, thank you, and good luck."). A
/// report inside a question ("Do you think the mayor said …?") goes with it. A turn with
/// nothing left is no claim; its words stay nobody's (none becomes the writer's: questions
/// never are, and the rest is the report of another). In a turn, and in a Q&A answer ("A: …"),
/// the speaker's own belief or plan ("I expect it will hold", [`own_report`]) is no report of
/// its own: it stays in the turn's claim, as inside a quotation.
/// True when a turn changed (the founds are then to be sorted again).
pub(crate) fn turns(doc: &Document, found: &mut Vec<Found>) -> bool {
    let mut changed = false;
    let mut drop = vec![false; found.len()];
    for k in 0..found.len() {
        let is_turn =
            |r: &Reason| r.rule == Rule::AttrSpeakerLabel || r.rule == Rule::AttrInterviewAnswer;
        if drop[k]
            || !found[k].reasons.iter().any(is_turn)
            || quoted_line(doc.text, found[k].covered.start)
        {
            continue;
        }
        let content = found[k].content();
        // The reports inside the turn, found after the turn's own attribution.
        let mut inner: Vec<usize> = (k + 1..found.len().min(k + 1 + TURN_REACH))
            .filter(|&j| content.contains(found[j].covered) && found[j].source.is_some())
            .collect();
        // "I expect this one will too", "we would want to revisit that": the speaker's own
        // words about what they think or plan are the turn's claim, as they are inside a
        // quotation; they report nobody else.
        inner.retain(|&j| {
            let own = own_report(doc.text, &found[j]);
            if own {
                drop[j] = true;
                changed = true;
            }
            !own
        });
        if !found[k]
            .reasons
            .iter()
            .any(|r| r.rule == Rule::AttrSpeakerLabel)
        {
            continue;
        }
        let mut parts: Vec<(Span, Part)> = Vec::new();
        // The first and last word of each part.
        let mut extents: Vec<Option<Span>> = Vec::new();
        for si in doc.sentences_over(content) {
            let s = doc.sentences[si].span;
            let piece =
                Span::new(s.start.max(content.start), s.end.min(content.end)).trim(doc.text);
            let words: Vec<&Tok> = doc.toks[si]
                .iter()
                .filter(|t| piece.contains(t.span))
                .collect();
            if piece.is_empty() || words.is_empty() {
                continue;
            }
            let question = words
                .iter()
                .rev()
                .find(|t| !matches!(t.kind, TokKind::QuoteClose | TokKind::Punct(')')))
                .is_some_and(|t| t.is_punct('?'));
            let part = if question {
                Part::Question
            } else if crate::words::is_courtesy(words.iter().copied()) {
                Part::Courtesy
            } else {
                Part::Said
            };
            parts.push((piece, part));
            let first = words.iter().find(|t| t.is_word());
            let last = words.iter().rev().find(|t| t.is_word());
            extents.push(
                first
                    .zip(last)
                    .map(|(a, b)| Span::new(a.span.start, b.span.end)),
            );
        }
        if parts.last().is_some_and(|&(_, p)| p == Part::Question) {
            for ((_, part), extent) in parts.iter_mut().zip(&extents) {
                // The sentence is all one report, its source first ("The council says …").
                let reported = extent.is_some_and(|w| {
                    inner.iter().any(|&j| {
                        found[j].covered.contains(w)
                            && found[j]
                                .source
                                .as_ref()
                                .is_some_and(|s| s.span.start == w.start)
                    })
                });
                if *part == Part::Said && reported {
                    *part = Part::Premise;
                }
            }
        }
        if parts.iter().all(|&(_, p)| p == Part::Said) {
            continue;
        }
        changed = true;
        // A report inside a question is asked about, not claimed.
        for &j in &inner {
            if parts
                .iter()
                .any(|&(piece, p)| p == Part::Question && piece.contains(found[j].covered))
            {
                drop[j] = true;
            }
        }
        let mut kept: Vec<Span> = Vec::new();
        let mut joined = false;
        for &(piece, part) in &parts {
            if part != Part::Said {
                joined = false;
                continue;
            }
            match kept.last_mut() {
                Some(last) if joined => *last = last.hull(piece),
                _ => kept.push(piece),
            }
            joined = true;
        }
        if kept.is_empty() {
            drop[k] = true;
            continue;
        }
        let f = &mut found[k];
        f.fragments = kept;
        for (_, part) in &parts {
            let why = match part {
                Part::Said => continue,
                Part::Question => "question",
                Part::Premise => "premise",
                Part::Courtesy => "courtesy",
            };
            let had = f.reasons.iter().any(|r| {
                r.rule == Rule::ContentTurnLeftOut && matches!(r.arg, Arg::Static(a) if a == why)
            });
            if !had {
                f.reasons.push(Reason::with(Rule::ContentTurnLeftOut, why));
            }
        }
    }
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    changed
}
