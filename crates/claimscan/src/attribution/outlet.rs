//! A news outlet as the addressee of "told": "told CBC News that …", "…," she told the
//! newspaper.", "told Reuters they …". The outlet spoken to is where it was said: the
//! claim's channel, as "said in an interview with CBC News" is.

use crate::lexicon::{Lexicons, OutletKind};
use crate::tokens::Tok;

/// Whether the words `ws` (the whole addressee of a "told"-like cue) name a news outlet (the
/// last word in `outlets.txt`): "CBC News" and "the Daily Courier" (capitalised names ending in
/// a title word), "the local newspaper" (a common noun after a determiner), "Reuters" and "the
/// BBC" (a name alone). Not "the Post Office" (the last word decides), "the press" (people, not
/// an outlet) or "Mary Post".
pub(crate) fn is_outlet(lex: &Lexicons, ws: &[Tok]) -> bool {
    let Some(last) = ws.last() else {
        return false;
    };
    if ws.len() > 5 || ws.iter().any(|t| !t.is_word() || t.quoted) {
        return false;
    }
    let the = ws[0].is("the");
    let body = if the { &ws[1..] } else { ws };
    match lex.outlet_kind(&last.lower) {
        // "told the newspaper", "told a regional broadcaster".
        Some(OutletKind::Common) => {
            !last.cap
                && ws.len() >= 2
                && crate::words::is_determiner(&ws[0].lower)
                && ws.iter().all(|t| !t.cap)
        }
        // "told the Times", "told the Daily Courier" (not "Mary Post").
        Some(OutletKind::Title) => last.cap && the && body.iter().all(|t| t.cap),
        // "told CBC News", "told Kelvara Radio", "told the state TV".
        Some(OutletKind::Broadcast) => last.cap && body.len() >= 2 && body.iter().all(|t| t.cap),
        // "told Reuters", "told the BBC".
        Some(OutletKind::Name) => last.cap && body.len() == 1,
        None => false,
    }
}

/// "told Bytewire that …" in a story that also writes "Users who spoke to Bytewire said": one
/// capitalised word (`ws`), not a first name or a title, that the document (`text`) makes the
/// one spoken to at least twice (after "told", "spoke to", "talked to", "speaking to") and never
/// writes after a first name or before a verb of saying ("Smith said") names a newsroom that
/// `outlets.txt` lacks (a site, a start-up outlet), not a person. A person told things is named
/// in full somewhere ("Ana Ruiz"), speaks, or is spoken to once.
pub(crate) fn addressed_as_outlet(lex: &Lexicons, text: &str, ws: &[Tok]) -> bool {
    let [w] = ws else {
        return false;
    };
    if !w.is_word()
        || !w.cap
        || w.quoted
        || w.lower.len() < 3
        || lex.first_name_gender(&w.lower).is_some()
        || lex.is_title(&w.lower)
        || lex.outlet_kind(&w.lower).is_some()
    {
        return false;
    }
    let name = w.span.of(text);
    if !name.chars().all(char::is_alphanumeric) {
        return false;
    }
    let mut addressed = 0;
    for (i, _) in text.match_indices(name) {
        let whole = !text[..i].ends_with(char::is_alphanumeric)
            && !text[i + name.len()..].starts_with(char::is_alphanumeric);
        if !whole {
            continue;
        }
        let mut from = i.saturating_sub(24);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let before = crate::case::lower_str(&text[from..i]);
        let prev: Vec<&str> = before.split_whitespace().rev().take(2).collect();
        // ("Smith said": a word that speaks is a person's name.)
        let next = text[i + name.len()..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        if matches!(next, "said" | "says" | "told" | "added" | "asked" | "wrote") {
            return false;
        }
        // ("Ana Bytewire": a first name before it makes it a surname.)
        if prev
            .first()
            .is_some_and(|p| lex.first_name_gender(p).is_some())
        {
            return false;
        }
        let spoken_to = match prev.as_slice() {
            ["told", ..] => true,
            ["to", v, ..] => matches!(*v, "spoke" | "speaking" | "spoken" | "talked" | "talking"),
            _ => false,
        };
        addressed += usize::from(spoken_to);
    }
    addressed >= 2
}

/// The article's own outlet ("the house"), as lowercase names without "the" ("star",
/// "canadian press", "cbc news"): the newsroom that writes the story, whose reporting is the
/// writer's. An outlet is the house when it is the one people speak to or that obtained the
/// papers ("told the Star", "spoke to the
/// Star", "in an interview with CBC News", "obtained by The Canadian Press"), twice at least, or
/// once and in the newsroom's formula "OUTLET has learned (that)" / "…, OUTLET has learned" / a
/// headline's "…, Star learns".
///
/// One sign alone is not enough: a story may cite another outlet's interview ("Lee told CNN"),
/// or quote another paper's scoop with its "…, The Post has learned". "The Globe reported that
/// …" in a story that names the Globe nowhere else gives no house, so the Globe stays a source.
pub(crate) fn house_outlets(doc: &crate::document::Document, lex: &Lexicons) -> Vec<String> {
    let mut learned: Vec<String> = Vec::new();
    let mut spoken_to: Vec<String> = Vec::new();
    for (si, toks) in doc.toks.iter().enumerate() {
        let headline = doc.sentences[si].headline;
        for k in 0..toks.len() {
            // "The Star has learned", "Star learns" (headline).
            let learn_at = if toks[k].is("has") || toks[k].is("have") {
                toks.get(k + 1)
                    .is_some_and(|t| t.is("learned") || t.is("learnt"))
            } else {
                (toks[k].is("learns") && headline) || toks[k].is("learned") && k >= 2
            };
            if learn_at && !toks[k].quoted {
                if let Some(name) = name_ending_at(lex, toks, k, headline) {
                    learned.push(name);
                }
            }
            // "told the Star", "spoke to CBC News", "obtained by The Canadian Press".
            if addressee_marker(toks, k) {
                if let Some(name) = name_starting_at(lex, toks, k + 1) {
                    spoken_to.push(name);
                }
            }
        }
    }
    crate::sort::sort(&mut spoken_to);
    spoken_to
        .chunk_by(|a, b| a == b)
        .filter(|w| w.len() >= 2 || learned.contains(&w[0]))
        .map(|w| w[0].clone())
        .collect()
}

/// Whether `toks[k]` is a word after which an outlet is the one spoken to or the obtainer:
/// "told", "spoke/talked to/with", "a response/statement/email to", "an interview with",
/// "obtained/seen/viewed by" (not "according to", not "a letter by").
fn addressee_marker(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    if t.quoted || !t.is_word() {
        return false;
    }
    let before = k
        .checked_sub(1)
        .map(|p| toks[p].lower.as_str())
        .unwrap_or("");
    addressed_by(&t.lower, before)
}

/// "told", or "to"/"with"/"by" after a word of speaking to, answering or obtaining
/// (`before`): the words after which an outlet is the one spoken to or the obtainer.
fn addressed_by(word: &str, before: &str) -> bool {
    match word {
        "told" => true,
        "to" | "with" => matches!(
            before,
            "spoke"
                | "speaking"
                | "spoken"
                | "talked"
                | "talking"
                | "response"
                | "responses"
                | "statement"
                | "email"
                | "interview"
                | "interviews"
        ),
        "by" => matches!(before, "obtained" | "seen" | "viewed" | "reviewed"),
        _ => false,
    }
}

/// The outlet's name (lowercase, without "the") whose words start at `toks[i]` ("the Star",
/// "The Canadian Press", "CBC News", "Reuters"): capitalised words, the last one naming an
/// outlet (`outlets.txt`, not a common noun), as [`is_outlet`] reads an addressee.
fn name_starting_at(lex: &Lexicons, toks: &[Tok], i: usize) -> Option<String> {
    let mut end = i;
    while end < toks.len() && end - i < 5 && toks[end].is_word() && !toks[end].quoted {
        end += 1;
        if end < toks.len() && !toks[end].cap {
            break;
        }
    }
    (i + 1..=end)
        .rev()
        .find(|&e| is_outlet(lex, &toks[i..e]))
        .map(|e| name_of(&toks[i..e]))
}

/// The outlet's name ending just before `toks[k]` ("The Star" of "The Star has learned"; the
/// headline's bare "Star" of "Star learns"): capitalised words back from `k`, after "the" (or
/// at a headline's credit, without it).
fn name_ending_at(lex: &Lexicons, toks: &[Tok], k: usize, headline: bool) -> Option<String> {
    let mut start = k;
    while start > 0 && k - start < 4 && toks[start - 1].is_word() && toks[start - 1].cap {
        start -= 1;
    }
    if start > 0 && toks[start - 1].is("the") {
        start -= 1;
    }
    (start..k)
        .find(|&s| {
            let ws = &toks[s..k];
            is_outlet(lex, ws)
                || headline
                    && ws.iter().all(|t| t.cap)
                    && ws.last().is_some_and(|t| {
                        matches!(lex.outlet_kind(&t.lower), Some(OutletKind::Title))
                    })
        })
        .map(|s| name_of(&toks[s..k]))
}

/// The lowercase name of an outlet's words, without "the": "canadian press".
fn name_of(ws: &[Tok]) -> String {
    let body = if ws.first().is_some_and(|t| t.is("the")) {
        &ws[1..]
    } else {
        ws
    };
    body.iter()
        .map(|t| t.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A noun for a newsroom's own research, whose findings are its reporting: "A Star review of
/// ministry records found that …", "An analysis by CBC News found …".
fn is_work_noun(w: &str) -> bool {
    matches!(
        w,
        "analysis"
            | "audit"
            | "count"
            | "examination"
            | "investigation"
            | "review"
            | "search"
            | "survey"
            | "tally"
    )
}

/// The house outlet (`house`, [`house_outlets`]) whose reporting `f` gives, if its source is
/// that outlet ("The Star has learned that …", "…, the Star has learned") or the outlet's own
/// research ("A Star review of ministry records found …", "A review of court records by the
/// Star found …"). The newsroom is the writer: the sentence is the writer's own claim, not a
/// report with the paper as source. An outlet that is not the house ("The Globe reported that
/// …" in another paper's story) stays a source.
pub(crate) fn own_reporting(
    doc: &crate::document::Document,
    f: &super::Found,
    house: &[String],
) -> Option<String> {
    let src = f.source.as_ref()?;
    let toks = &doc.toks[f.sentence];
    let ws: Vec<&Tok> = toks
        .iter()
        .filter(|t| src.span.contains(t.span) && t.is_word())
        .collect();
    let joined = |ts: &[&Tok]| {
        ts.iter()
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    // "The Star", "the Star", "Star": the outlet itself.
    let body: &[&Tok] = if ws.first().is_some_and(|t| t.is("the")) {
        &ws[1..]
    } else {
        &ws
    };
    let whole = joined(body);
    // ("A letter seen by Sky News says": an agent after "by" is no source of its own.)
    let first = toks.iter().position(|t| t.span.start >= src.span.start)?;
    let after_by = first > 0 && toks[first - 1].is("by");
    if house.contains(&whole) && !after_by {
        return Some(whole);
    }
    if !is_work_noun(src.head.as_str()) {
        return None;
    }
    // "A Star review", "an Canadian Press analysis": the name between the determiner and the
    // head; "… by the Star", "by CBC News": the name after "by".
    let head = ws
        .iter()
        .position(|t| t.lower.as_str() == src.head.as_str())?;
    for name in house {
        let n = name.split(' ').count();
        let before_head = head > n
            && crate::words::is_determiner(&ws[head - n - 1].lower)
            && ws[head - n..head].iter().all(|t| t.cap)
            && joined(&ws[head - n..head]) == *name;
        let by = (head + 1..ws.len()).any(|b| {
            ws[b].is("by") && {
                let a = if ws.get(b + 1).is_some_and(|t| t.is("the")) {
                    b + 2
                } else {
                    b + 1
                };
                a + n == ws.len() && ws[a..].iter().all(|t| t.cap) && joined(&ws[a..]) == *name
            }
        });
        if before_head || by {
            return Some(name.clone());
        }
    }
    None
}

/// Whether the entity mention at `m` in `text` is the newsroom, no antecedent of "it" or "the
/// company": the house outlet by name ("the Star", "The Canadian Press"), or any outlet right
/// after "told", "obtained by", "spoke to", "an interview with" (the one spoken to or the one
/// that obtained the papers: "The note, obtained by The Canadian Press, estimates … It warns"
/// — "It" is the note, not the outlet).
pub(crate) fn is_newsroom_mention(
    text: &str,
    lex: &Lexicons,
    m: crate::span::Span,
    house: &[String],
) -> bool {
    let name = crate::case::lower_str(m.of(text));
    let name = name.strip_prefix("the ").unwrap_or(&name);
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("\u{2019}s"))
        .unwrap_or(name);
    if house.iter().any(|h| h == name) {
        return true;
    }
    let last = name.rsplit(' ').next().unwrap_or("");
    if !matches!(
        lex.outlet_kind(last),
        Some(OutletKind::Title | OutletKind::Broadcast | OutletKind::Name)
    ) {
        return false;
    }
    let mut before = text[..m.start].trim_end();
    for the in ["the", "The"] {
        if let Some(b) = before.strip_suffix(the) {
            if b.ends_with(char::is_whitespace) {
                before = b.trim_end();
            }
        }
    }
    let mut words = before.rsplit(|c: char| !c.is_alphanumeric());
    let w1 = words.next().unwrap_or("").to_ascii_lowercase();
    let w2 = words.next().unwrap_or("").to_ascii_lowercase();
    addressed_by(&w1, &w2)
}
