//! Rule 1b: timestamp and publication lines of web pages and live blogs.
//!
//! A live blog heads each entry with a time on a line of its own ("11:31 p.m.", "21:42",
//! "9:42 p.m. ET"), and a web story carries a publication line under its byline ("Published
//! November 17, 2026", "Posted: Dec 3, 2026 4:00 AM EST", "Ana Ruiz · CBC News · Posted: Mar 4,
//! 2027 5:00 AM CST | Last Updated: 2 hours ago"). Such a line says when the page was written:
//! it ends its sentence even after "p.m." ([`ends_line_sentence`]), it is no claim of the
//! writer's (`claims.rs`), and its label ("Published", "Last Updated") names nobody
//! (`entities.rs`).
//!
//! The words are a closed list (clock times, calendar words, time zones and the three
//! publication verbs), so the test is a bounded scan of one line.

/// What one word of a timestamp or publication line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StampWord {
    /// A clock time with digits: "9:42", "21:42", "6:05PM", "4pm".
    Clock,
    /// "a.m.", "PM": a clock time's half of the day.
    Meridiem,
    /// A number, a month, a weekday, a time zone or a word of a relative time ("2 hours ago").
    Calendar,
    /// "Published", "Posted", "Updated" (the verbs of a publication line).
    Label,
    /// "Last", "First", "Originally" before a publication verb ("Last updated").
    LabelModifier,
    /// "·", "|", "•", "/", a dash: a separator between the parts of the line.
    Separator,
    /// Any other word.
    Other,
}

/// The longest timestamp or publication line looked at, in words.
const MAX_STAMP_WORDS: usize = 32;

/// The word with its punctuation and dots taken off, lower-cased: "a.m.," → "am", "Dec." →
/// "dec", "Posted:" → "posted".
fn bare_word(w: &str) -> String {
    w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']'))
        .chars()
        .filter(|&c| c != '.')
        .flat_map(crate::case::lower)
        .collect()
}

/// "9:42", "21:42:05", "6:05pm", "4pm", "18h30": a clock time.
fn is_clock(w: &str) -> bool {
    let hours = w.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&hours) {
        return false;
    }
    let after = &w[hours..];
    let stripped = after
        .strip_suffix("am")
        .or_else(|| after.strip_suffix("pm"));
    let had_meridiem = stripped.is_some();
    let mut rest = stripped.unwrap_or(after);
    if rest.is_empty() {
        // "4pm", not a bare number.
        return had_meridiem;
    }
    // ":42", ":42:05" or "h30".
    let mut parts = 0;
    while let Some(r) = rest.strip_prefix(':').or_else(|| rest.strip_prefix('h')) {
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        if n != 2 {
            return false;
        }
        rest = &r[n..];
        parts += 1;
    }
    parts >= 1 && rest.is_empty()
}

/// A word of a date or of a time's context: a number (a day, a year, an ordinal), a month or a
/// weekday (in full or abbreviated), a time zone, "at" and "on" between the parts, and the words
/// of a relative time ("54 min", "2 hours ago").
fn is_calendar(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let rest = &w[digits..];
        // "2026", "17th", "2026-11-17", "11/17/2026".
        return digits <= 4
            && (matches!(rest, "" | "st" | "nd" | "rd" | "th")
                || rest
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'-' || b == b'/'));
    }
    crate::words::is_month_name(w)
        || matches!(
            w,
            // Months and weekdays, abbreviated.
            "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct"
                | "nov" | "dec" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday"
                | "saturday" | "sunday" | "mon" | "tue" | "tues" | "wed" | "thu" | "thur"
                | "thurs" | "fri" | "sat" | "sun"
                // North American and European time zones.
                | "et" | "est" | "edt" | "ct" | "cst" | "cdt" | "mt" | "mst" | "mdt" | "pt"
                | "pst" | "pdt" | "at" | "ast" | "adt" | "nt" | "nst" | "ndt" | "gmt" | "utc"
                | "bst" | "cet" | "cest" | "local" | "time"
                // Joining words and relative times.
                | "on" | "ago" | "min" | "mins" | "minute" | "minutes" | "hour" | "hours"
                | "hr" | "hrs" | "day" | "days" | "noon" | "midnight" | "today" | "yesterday"
        )
}

fn classify(w: &str) -> StampWord {
    if w.chars()
        .all(|c| matches!(c, '·' | '•' | '|' | '/' | '—' | '–' | '-'))
    {
        return StampWord::Separator;
    }
    let b = bare_word(w);
    if is_clock(&b) {
        StampWord::Clock
    } else if matches!(b.as_str(), "am" | "pm") {
        StampWord::Meridiem
    } else if is_calendar(&b) {
        StampWord::Calendar
    } else if matches!(b.as_str(), "published" | "posted" | "updated") {
        StampWord::Label
    } else if matches!(b.as_str(), "last" | "first" | "originally") {
        StampWord::LabelModifier
    } else {
        StampWord::Other
    }
}

/// The words of a line with what each one is; `None` when the line is too long to be a stamp.
fn classified(line: &str) -> Option<Vec<(&str, StampWord)>> {
    if line.len() > 300 {
        return None;
    }
    let mut out = Vec::new();
    for w in line.split_whitespace() {
        if out.len() == MAX_STAMP_WORDS {
            return None;
        }
        out.push((w, classify(w)));
    }
    Some(out)
}

/// Does the run of words hold a time of day: a clock time ("9:42", "6:05PM"), or a number
/// before "a.m."/"p.m." ("9 p.m.")?
fn has_time(ws: &[(&str, StampWord)]) -> bool {
    ws.iter().enumerate().any(|(i, &(_, k))| {
        k == StampWord::Clock
            || k == StampWord::Meridiem
                && i > 0
                && ws[i - 1].1 == StampWord::Calendar
                && ws[i - 1].0.starts_with(|c: char| c.is_ascii_digit())
    })
}

fn is_date_word(k: StampWord) -> bool {
    matches!(
        k,
        StampWord::Clock | StampWord::Meridiem | StampWord::Calendar
    )
}

/// "11:31 p.m.", "21:42", "9:42 p.m. ET", "Nov. 4, 9:42 p.m.": a line that holds a time of day
/// and nothing else (dates and time zones may go with it), as a live blog's entries open.
pub fn is_time_stamp(line: &str) -> bool {
    let Some(ws) = classified(line) else {
        return false;
    };
    ws.len() <= 10
        && ws.first().is_some_and(|&(_, k)| k != StampWord::Separator)
        && ws
            .iter()
            .all(|&(_, k)| is_date_word(k) || k == StampWord::Separator)
        && has_time(&ws)
}

/// "Published November 17, 2026", "Posted: Dec 3, 2026 4:00 AM EST", "Last updated 12:14
/// a.m.", "PUBLISHED 6 HOURS AGO", "Ana Ruiz · CBC News · Posted: Mar 4 | Last Updated: 2 hours
/// ago", "Posted Jan. 17, 2026 | By Voyageurs Media Relations": a line that says when the page
/// was published or updated. Its parts (between "·", "|" or "/") are publication stamps (a
/// capitalised "Published", "Posted" or "Updated", perhaps after "Last", then a date or time,
/// or a date as the next part: "Updated / Tuesday, 14 Oct 2025 18:42"), dates, a byline ("By
/// Ana Ruiz") or a short capitalised name (the writer, the outlet); at least one is a stamp.
pub fn is_publication_line(line: &str) -> bool {
    let Some(ws) = classified(line) else {
        return false;
    };
    let parts: Vec<&[(&str, StampWord)]> = ws
        .split(|&(_, k)| k == StampWord::Separator)
        .filter(|p| !p.is_empty())
        .collect();
    let mut stamps = 0;
    for (i, part) in parts.iter().enumerate() {
        let label_words = part
            .iter()
            .take_while(|&&(_, k)| matches!(k, StampWord::Label | StampWord::LabelModifier))
            .count();
        let labelled = label_words > 0
            && part[label_words - 1].1 == StampWord::Label
            && part[0].0.starts_with(char::is_uppercase);
        let rest = &part[label_words..];
        let dated = rest.iter().all(|&(_, k)| is_date_word(k));
        if labelled && dated {
            // "Updated / Tuesday, …": the date is the next part.
            if !rest.is_empty()
                || parts
                    .get(i + 1)
                    .is_some_and(|n| n.iter().all(|&(_, k)| is_date_word(k)))
            {
                stamps += 1;
                continue;
            }
            return false;
        }
        let words_only = |p: &[(&str, StampWord)]| {
            p.len() <= 6
                && p.iter().all(|&(w, _)| {
                    w.starts_with(char::is_uppercase)
                        || matches!(w, "of" | "the" | "and" | "de" | "du" | "la" | "&")
                })
        };
        let byline = part[0].0 == "By" && words_only(&part[1..]);
        let date = part.iter().all(|&(_, k)| is_date_word(k));
        if !(byline || date || words_only(part)) {
            return false;
        }
    }
    stamps > 0
}

/// "Published", "Posted", "Updated" and "Last", "First", "Originally" before them, in lower
/// case: a word that may open a publication line's stamp.
pub fn is_publication_word(lower: &str) -> bool {
    matches!(classify(lower), StampWord::Label | StampWord::LabelModifier)
}

/// A timestamp or a publication line (see the module doc): no sentence runs on past it into
/// the next line.
pub fn ends_line_sentence(line: &str) -> bool {
    is_time_stamp(line) || is_publication_line(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_blog_times() {
        for s in [
            "11:31 p.m.",
            "21:42",
            "9:42 p.m. ET",
            "12:02 a.m. EST",
            "6:05PM",
            "9 p.m.",
            "Nov. 4, 9:42 p.m.",
        ] {
            assert!(is_time_stamp(s), "{s}");
        }
        for s in [
            "2026",
            "Nov. 4",
            "9 people",
            "At 9:42 p.m. the polls closed.",
            "| 9:42",
        ] {
            assert!(!is_time_stamp(s), "{s}");
        }
    }

    #[test]
    fn publication_lines() {
        for s in [
            "Published November 17, 2026",
            "Published Tuesday, December 1, 2026 6:05PM EST",
            "Posted: Dec 03, 2026 4:00 AM EST",
            "Last updated 12:14 a.m.",
            "PUBLISHED 6 HOURS AGO",
            "Updated / Tuesday, 14 Oct 2025 18:42",
            "Posted April 22, 2026, 54 min",
            "Ana Ruiz · CBC News · Posted: Mar 04, 2027 5:00 AM CST | Last Updated: 2 hours ago",
            "Posted Jan. 17, 2026 | By Voyageurs Media Relations",
            "By Kira Tamsin · Coastline News · Posted Dec. 3, 2026",
        ] {
            assert!(is_publication_line(s), "{s}");
        }
        for s in [
            "Published in 2019, the report found rents rose.",
            "The city posted 40 jobs on Monday.",
            "Posted",
            "Ana Ruiz · CBC News",
            "posted Nov. 3",
            "Updated guidance arrives Monday",
        ] {
            assert!(!is_publication_line(s), "{s}");
        }
    }
}
