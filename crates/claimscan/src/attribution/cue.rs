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
    entries
        .iter()
        .find(|e| e.particle.is_none())
        .map(|e| (*e, i + 1))
}

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
