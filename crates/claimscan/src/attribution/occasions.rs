//! A count of occasions is the writer's tally, not a report of what was said: "The senator has
//! repeated the figure at least five times since March", "The court cited the ruling twice",
//! "The coach was asked about the injury three times". The object of the verb names what was
//! said ("the figure", "the ruling", "the injury") without saying it, and "twice" or "N times"
//! right after it counts the speech events; the sentence is the writer's (an `author` claim).
//!
//! "She said the bus broke down twice" keeps its attribution: a verb of its own ("broke")
//! stands between the content's start and the count, so the count belongs to the clause that
//! was reported.

use super::found::Found;
use crate::document::Document;
use crate::lexicon::Lexicons;
use crate::tokens::Tok;
use crate::words::{is_auxiliary, is_be, is_determiner, is_number_word};

/// Words of a count before "times": "five times", "several times", "a dozen times".
fn counts(w: &str) -> bool {
    is_number_word(w)
        || w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            w,
            "several" | "many" | "multiple" | "numerous" | "countless" | "dozen" | "few"
        )
}

/// The count of occasions at `toks[k]`: "twice", "thrice", or a count before "times" ("five
/// times", "a dozen times", "at least three times").
fn count_at(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    matches!(t.lower.as_str(), "twice" | "thrice")
        || t.is_word()
            && counts(&t.lower)
            && toks.get(k + 1).is_some_and(|n| n.is("times") && !n.quoted)
}

/// Is `f`'s content a noun phrase object followed by a count of occasions ("repeated [the
/// figure] five times", "cited [the passage] twice")? The content opens with a determiner, and
/// its words up to the count hold no verb, no quotation and no punctuation.
pub(crate) fn counts_occasions(doc: &Document, lex: &Lexicons, f: &Found) -> bool {
    if f.cue.is_none() || f.fragments.len() != 1 {
        return false;
    }
    let toks = &doc.toks[f.sentence];
    let content = f.content();
    let Some(st) = toks.iter().position(|t| t.span.start >= content.start) else {
        return false;
    };
    if !toks[st].is_word() || toks[st].quoted || !is_determiner(&toks[st].lower) {
        return false;
    }
    for k in st + 1..toks.len().min(st + 8) {
        let t = &toks[k];
        if t.span.start >= content.end || !t.is_word() || t.quoted {
            return false;
        }
        if count_at(toks, k) {
            return true;
        }
        // "the bus comes twice a day": an -s word after a noun may be the clause's verb.
        let s_verb = k > st + 1
            && t.lower.ends_with('s')
            && !t.lower.ends_with("ss")
            && !is_determiner(&toks[k - 1].lower);
        let verb = is_be(&t.lower)
            || is_auxiliary(&t.lower)
            || t.lower.ends_with("ed")
            || lex.is_irregular_past(&t.lower)
            || matches!(t.lower.as_str(), "that" | "who" | "which");
        if verb || s_verb {
            return false;
        }
    }
    false
}
