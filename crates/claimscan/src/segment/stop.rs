//! Rules 2–4 and 6 at one terminator: the facts about it ([`Stop`]) and the one [`decide`]
//! that turns them into a [`Decision`].

use super::*;

/// How far any look-back or look-ahead goes, in bytes: keeps the scan linear.
pub(super) const REACH: usize = 64;

/// `REACH` bytes back from `at`, not before `floor`, on a character boundary.
pub(super) fn back(text: &str, floor: usize, at: usize) -> usize {
    let mut lo = floor.max(at.saturating_sub(REACH));
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    lo
}

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '°' || c == 'º'
}

/// The word (letters, digits, inner dots, apostrophes and hyphens) that ends right before byte
/// `end`, not reaching back before `floor`.
pub(super) fn word_before(text: &str, floor: usize, end: usize) -> &str {
    let lo = floor.max(end.saturating_sub(REACH));
    let mut start = end;
    for (i, c) in text[..end].char_indices().rev() {
        if i < lo || !(is_word_char(c) || c == '.' || c == '\'' || c == '-') {
            break;
        }
        start = i;
    }
    text[start..end].trim_start_matches(['.', '\'', '-'])
}

/// The word that starts at byte `start` (after any opening quotes or brackets), bounded.
pub(super) fn word_after(text: &str, start: usize) -> &str {
    let hi = (start + REACH).min(text.len());
    let mut s = start;
    for (i, c) in text[start..].char_indices() {
        if start + i >= hi || !is_opener(c) {
            s = start + i;
            break;
        }
        s = start + i + c.len_utf8();
    }
    let mut e = s;
    for (i, c) in text[s..].char_indices() {
        if s + i >= hi || !(c.is_alphanumeric() || c == '\'' || c == '-') {
            break;
        }
        e = s + i + c.len_utf8();
    }
    &text[s..e]
}

/// The start of the word before the one that ends at `start` (skipping spaces), bounded.
pub(super) fn previous_word_first(text: &str, floor: usize, start: usize) -> Option<char> {
    let before = text[back(text, floor, start)..start].trim_end();
    before
        .rsplit(char::is_whitespace)
        .next()
        .and_then(|w| w.trim_start_matches(is_opener).chars().next())
}

/// At most `limit` words from `from` to `to` (bounded): counts whitespace-separated words.
pub(super) fn words_up_to(text: &str, from: usize, to: usize, limit: usize) -> usize {
    text[from..to].split_whitespace().take(limit + 1).count()
}

pub(super) fn is_time_abbrev(word: &str) -> bool {
    matches!(word, "a.m" | "p.m" | "A.M" | "P.M")
}

/// An ordinary lower-case word: letters only, at least two.
pub(super) fn plain_lower(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// What to do at a terminator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Decision {
    No,
    /// The sentence ends after the closers.
    Yes,
    /// The sentence ends after the first full stop (`word. . . . Next`).
    AfterFirstStop,
}

/// The facts about one terminator that the rules look at.
pub(super) struct Stop<'a> {
    /// The terminator characters, without spaced dots.
    pub term: &'a str,
    pub term_start: usize,
    /// Total number of dots in a spaced ellipsis (`. . .`), 0 when unspaced.
    pub spaced_dots: usize,
    /// The closing quotes and brackets right after the terminator.
    pub closers: &'a str,
    pub next_at: usize,
    pub sent_start: usize,
}

pub(super) fn decide(text: &str, s: &Stop, abbr: &Abbreviations) -> Decision {
    let Some(next_char) = char_at(text, s.next_at) else {
        return Decision::Yes;
    };
    // A sentence never starts with punctuation that continues the one before.
    if matches!(next_char, ',' | ';' | ':' | ')' | ']' | '}' | '%') {
        return Decision::No;
    }
    let next_word = word_after(text, s.next_at);
    let first = next_word.chars().next().unwrap_or(next_char);
    let opened = is_opener(next_char);
    let upper_start = first.is_uppercase() || (opened && !first.is_lowercase());
    let quote_closed = s.closers.chars().any(is_quote);
    let dots_only = s.term.bytes().all(|b| b == b'.');
    let ellipsis = s.term.contains('…') || (dots_only && s.term.len() > 1) || s.spaced_dots > 0;
    let next = Next {
        word: next_word,
        first,
        opened,
        upper_start,
        quote_closed,
    };
    if !dots_only && !ellipsis {
        after_question_or_exclamation(text, s, abbr, &next)
    } else if ellipsis {
        after_ellipsis(text, s, &next)
    } else {
        after_full_stop(text, s, abbr, &next)
    }
}

/// What follows a terminator: the next word and how it opens.
pub(super) struct Next<'a> {
    word: &'a str,
    first: char,
    opened: bool,
    upper_start: bool,
    quote_closed: bool,
}

/// Is `word`, ending at `end`, a short capitalised region after a place in capitals and a
/// comma at the start of the sentence ("KESTREL FALLS, Man")?
fn is_dateline_region(text: &str, start: usize, end: usize, word: &str) -> bool {
    let head = &text[start..end.saturating_sub(word.len())];
    let Some((place, between)) = head.split_once(',') else {
        return false;
    };
    word.len() <= 5
        && word.starts_with(|c: char| c.is_uppercase())
        && between.trim().is_empty()
        && place.chars().any(char::is_alphabetic)
        && place
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase())
}

pub(super) fn yes(b: bool) -> Decision {
    if b {
        Decision::Yes
    } else {
        Decision::No
    }
}

/// Rule 3 for `?`, `!` and their kin: before a lower-case word only after `?` with no closing
/// quote, or before a common opener in informal text.
pub(super) fn after_question_or_exclamation(
    text: &str,
    s: &Stop,
    abbr: &Abbreviations,
    n: &Next,
) -> Decision {
    if n.first.is_lowercase() {
        if n.quote_closed {
            return Decision::No;
        }
        if s.term.contains('?') {
            return Decision::Yes;
        }
        let before = word_before(text, s.sent_start, s.term_start);
        return yes(
            !before.starts_with(|c: char| c.is_uppercase()) && abbr.is_lower_starter(n.word)
        );
    }
    Decision::Yes
}

/// Rule 4: ellipses.
pub(super) fn after_ellipsis(text: &str, s: &Stop, n: &Next) -> Decision {
    let upper_start = n.upper_start;
    {
        // "[...]" marks an omission inside a quotation.
        if matches!(char_before(text, s.term_start), Some('[') | Some('('))
            && s.closers.starts_with([']', ')'])
        {
            return Decision::No;
        }
        if s.spaced_dots > 0 {
            let attached = char_before(text, s.term_start).is_some_and(|c| !c.is_whitespace());
            if attached && s.term == "." {
                // "word. . . . Next": the full stop ends the sentence, the ellipsis opens the next.
                return if upper_start {
                    Decision::AfterFirstStop
                } else {
                    Decision::No
                };
            }
            // " . . ." is an omission; " . . . ." adds a full stop.
            return yes(s.spaced_dots >= 4 && upper_start);
        }
        yes(upper_start)
    }
}

/// Rule 2 (and 3 for lower case) at a single full stop: abbreviations, initials, times,
/// numbers and list markers.
pub(super) fn after_full_stop(text: &str, s: &Stop, abbr: &Abbreviations, n: &Next) -> Decision {
    let (next_word, first, opened, upper_start, quote_closed) =
        (n.word, n.first, n.opened, n.upper_start, n.quote_closed);
    let word = word_before(text, s.sent_start, s.term_start);
    if word.is_empty() {
        return yes(!first.is_lowercase());
    }
    let kind = abbr.kind(word);
    // "KESTREL FALLS, Man. — …", "PORT ELLEN, N.S. — …": a province or state abbreviation in
    // a dateline, before its dash.
    if matches!(first, '\u{2014}' | '\u{2013}')
        && is_dateline_region(text, s.sent_start, s.term_start, word)
    {
        return Decision::No;
    }
    if first.is_lowercase() {
        if !s.closers.is_empty() || kind.is_some() {
            return Decision::No;
        }
        // Informal text without capitals: "... in town. i think ...".
        let numeric = word.bytes().all(|b| b.is_ascii_digit() || b == b'-');
        return yes(
            (plain_lower(word) && (word.len() >= 5 || abbr.is_lower_starter(next_word)))
                || (numeric && abbr.is_lower_starter(next_word)),
        );
    }
    if !(upper_start || first.is_numeric() || opened || !first.is_alphabetic()) {
        return Decision::No;
    }
    if quote_closed {
        return Decision::Yes;
    }
    let next_is_digit = first.is_ascii_digit();
    if is_time_abbrev(word) {
        // "at 5 p.m. Friday", "the 3 p.m. ET deadline": a day, a month or a time zone goes on
        // with the time.
        if is_day_month_or_zone(next_word) {
            return Decision::No;
        }
        // "At 5 a.m. Mr. Smith left" vs "He left at 6 p.m. Mr. Smith stayed": a time ends the
        // sentence unless it is a short fronted phrase.
        let word_start = s.term_start - word.len();
        return yes(first.is_uppercase()
            && !opened
            && words_up_to(text, s.sent_start, word_start, 3) > 2);
    }
    match kind {
        Some(AbbrevKind::Title) => return Decision::No,
        Some(AbbrevKind::Inside) => return Decision::No,
        Some(AbbrevKind::Number) => return yes(!next_is_digit),
        Some(AbbrevKind::Month) => return yes(!next_is_digit && abbr.is_starter(next_word)),
        Some(AbbrevKind::General) => return yes(abbr.is_starter(next_word)),
        None => {}
    }
    let mut chars = word.chars();
    let (c0, c1) = (chars.next(), chars.next());
    // A single capital letter is an initial ("J. R. Tolkien"), unless a sentence starter
    // follows. The pronoun "I" after a lower-case word ends a sentence before a capital.
    if let (Some(c0), None) = (c0, c1) {
        if c0.is_uppercase() {
            let word_start = s.term_start - c0.len_utf8();
            if c0 == 'I'
                && upper_start
                && previous_word_first(text, s.sent_start, word_start)
                    .is_some_and(|c| c.is_lowercase())
            {
                return Decision::Yes;
            }
            return yes(abbr.is_starter(next_word) && next_word != "A");
        }
    }
    // Dotted abbreviations such as "U.S" or "a.m": end only before a sentence starter.
    if word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 5 {
        return yes(abbr.is_starter(next_word));
    }
    // A lone number or list marker at the start of a line: "1. The first point".
    if word.len() <= 3 && word.bytes().all(|c| c.is_ascii_digit()) {
        let word_start = s.term_start - word.len();
        let before = &text.as_bytes()[word_start.saturating_sub(8)..word_start];
        let spaces = before.iter().rev().take_while(|&&c| c == b' ').count();
        let at_line_start = spaces == before.len() || before[before.len() - spaces - 1] == b'\n';
        if word_start == s.sent_start || at_line_start {
            return Decision::No;
        }
    }
    Decision::Yes
}

/// A weekday, a month or a time zone after a time ("5 p.m. Friday", "3 p.m. ET").
fn is_day_month_or_zone(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.', ';']);
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "ET"
            | "EST"
            | "EDT"
            | "CT"
            | "CST"
            | "CDT"
            | "MT"
            | "MST"
            | "MDT"
            | "PT"
            | "PST"
            | "PDT"
            | "AT"
            | "AST"
            | "ADT"
            | "NT"
            | "NST"
            | "NDT"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
    )
}
