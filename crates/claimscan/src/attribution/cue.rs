//! Cue lookup: the reporting verb at a token, from the cue lexicon (`cues.txt`, with its
//! frames from `cue_frames.txt`). Emits `cue:lexicon:cues:<lemma>(<class>)` through
//! [`super::found::Ctx::finish`].

use crate::lexicon::{CueEntry, Frames, Lexicons};
use crate::tokens::{Tok, TokKind};

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
    // A phrasal entry wins when its particle follows.
    if let Some(e) = entries.iter().find(|e| {
        e.particle
            .is_some_and(|p| toks.get(i + 1).is_some_and(|n| n.is(p)))
    }) {
        return Some((*e, i + 2));
    }
    entries
        .iter()
        .find(|e| e.particle.is_none())
        .map(|e| (*e, i + 1))
}

/// "states", "charges", "remarks": a present form that is also a noun is a cue only with
/// "that", a colon or a quotation right after it ("battleground states could be decisive").
pub(crate) fn noun_form_without_that(
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> bool {
    !toks[c].lower.ends_with("ed")
        && entry.frames.has(Frames::NOUN_FORM)
        && !toks
            .get(after)
            .is_some_and(|t| t.is("that") || t.is_punct(':') || t.kind == TokKind::QuoteOpen)
}
