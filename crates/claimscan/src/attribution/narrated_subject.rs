//! `source:narrated-subject` — a quotation with no cue of its own, right after narration about
//! a named person, is that person's words. Features and local news introduce a speaker with a
//! sentence of scene or action and let the quotation follow without a credit:
//!
//! ```text
//! Lena Moss remembers the night the mill burned.
//!
//! “It was chaos. People were running everywhere.”
//! ```
//! Both quoted sentences are Lena Moss's. The person is the subject that opens a sentence of
//! narration with no quotation and no attribution of its own: a name of two words or more that
//! is not a place or an organisation ("Lena Moss", "Coach Ana Ruiz"), a surname that ended an
//! earlier source's name ("Moss"), or "he" / "she". The narration counts only while it is the
//! latest word on who is talking: in the quotation's paragraph, or in the paragraph before when
//! the quotation's own paragraph holds only quotations and short narration
//! (`current_speaker.rs` decides, and a speaker credited after the narration takes the floor
//! back).

use super::cue::cue_at;
use super::found::{Ctx, CueHit, Found, SourceHit};
use super::noun_phrase::subject_at_start;
use crate::document::Document;
use crate::lexicon::Lexicons;
use crate::report::SourceKind;

/// The person sentence `si` (narration, no quotation) is about, if its subject is one, with
/// the reporting verb right after it when there is one ("Dana Ortiz agreed.", "Moss recalled
/// the night well.").
pub(crate) fn person(
    doc: &Document,
    lex: &Lexicons,
    si: usize,
    surnames: &[&str],
) -> Option<(SourceHit, Option<CueHit>)> {
    let ctx = Ctx::for_sentence(doc, lex, si);
    if ctx.headline {
        return None;
    }
    let toks = &doc.toks[si];
    let hit = subject_at_start(&ctx, toks, toks.len())?;
    let person = match hit.kind {
        SourceKind::Pronoun => matches!(hit.head.as_str(), "he" | "she"),
        SourceKind::Named => {
            let name = hit.name.unwrap_or(hit.span).of(doc.text);
            is_person_name(lex, name, surnames)
        }
        _ => false,
    };
    if !person {
        return None;
    }
    let verb = toks.iter().position(|t| t.span.start >= hit.span.end);
    let cue = verb.and_then(|v| {
        cue_at(lex, toks, v, false).map(|(e, after)| CueHit::of_entry(toks, v, after, &e))
    });
    Some((hit, cue))
}

/// A name that reads as a person's: two to four capitalised words, none of them a place, an
/// organisation word or in capitals only; or one word that ended an earlier source's name.
fn is_person_name(lex: &Lexicons, name: &str, surnames: &[&str]) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let lower = crate::case::lower_str(name);
    if lex.is_place(&lower) || lex.is_organization(&lower) {
        return false;
    }
    let shaped = |w: &&str| {
        let mut letters = w.chars().filter(|c| c.is_alphabetic());
        letters.next().is_some_and(char::is_uppercase) && letters.any(char::is_lowercase)
    };
    let plain = |w: &&str| {
        let l = crate::case::lower_str(w);
        let l = l.trim_end_matches(['.', ',']);
        !lex.is_org_word(l) && !lex.is_place_word(l) && !lex.is_place(l)
    };
    // "Hurricane Ida", "Operation Lantern", "Bill C-11": named things, not people.
    if words.first().is_some_and(|w| {
        matches!(
            crate::case::lower_str(w).as_str(),
            "hurricane"
                | "storm"
                | "typhoon"
                | "cyclone"
                | "tropical"
                | "operation"
                | "project"
                | "bill"
                | "flight"
                | "route"
                | "highway"
                | "mount"
                | "lake"
                | "fort"
                | "port"
                | "cape"
                | "saint"
                | "st."
                | "san"
                | "santa"
                | "los"
                | "las"
                | "new"
        )
    }) {
        return false;
    }
    match words.len() {
        2..=4 => words.iter().all(shaped) && words.iter().all(plain),
        1 => shaped(&words[0]) && surnames.binary_search(&words[0]).is_ok(),
        _ => false,
    }
}

/// The last words of the named sources' names of two words or more, sorted: a surname alone
/// ("Moss") names a person once the full name ("Lena Moss") has been a source.
pub(crate) fn surnames<'t>(text: &'t str, found: &[Found]) -> Vec<&'t str> {
    let mut out: Vec<&str> = found
        .iter()
        .filter_map(|f| f.source.as_ref())
        .filter(|s| s.kind == SourceKind::Named)
        .filter_map(|s| s.name)
        .map(|n| n.of(text))
        .filter(|n| n.contains(' '))
        .filter_map(|n| n.rsplit(' ').next())
        .collect();
    crate::sort::sort(&mut out);
    out.dedup();
    out
}
