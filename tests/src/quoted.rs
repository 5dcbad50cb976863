//! "A quotation is never the writer's voice": find the quoted passages of a text on their own
//! (independently of the extractor) and check that no `author` claim is one of them.
//!
//! A passage runs from an opening double quotation mark (`“`, or a straight `"` when none is
//! open) to the closing one (`”`, or the next `"`). The end of a line closes an open passage:
//! by the news convention a quotation that goes on in the next paragraph opens it again with a
//! new mark. Only passages of three words or more count, so scare quotes around a word or two
//! ("so-called “green” bonds") are not quoted sentences. Single quotation marks are not read:
//! they are also apostrophes.

use crate::gold::Outcome;
use claimscan::{Attribution, Report};

/// The quoted passages of `text`, as half-open ranges of char offsets between the marks.
pub fn quotations(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, ch) in text.chars().enumerate() {
        match (ch, open) {
            ('“', _) | ('"', None) => open = Some(i + 1),
            ('”' | '"', Some(s)) => {
                out.push((s, i));
                open = None;
            }
            ('\n', Some(s)) => {
                out.push((s, i));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(s) = open {
        out.push((s, text.chars().count()));
    }
    let chars: Vec<char> = text.chars().collect();
    out.retain(|&(s, e)| {
        let words = chars[s..e]
            .iter()
            .collect::<String>()
            .split_whitespace()
            .count();
        words >= 3
    });
    out
}

/// One check per quoted passage of `text`: no `author` claim covers most of it or lies mostly
/// inside it. `report` must count offsets in chars.
pub fn quoted_author_checks(report: &Report, text: &str) -> Vec<Outcome> {
    let chars: Vec<char> = text.chars().collect();
    quotations(text)
        .into_iter()
        .map(|(s, e)| {
            let wrong = report.claims.iter().find(|c| {
                if c.attribution != Attribution::Author {
                    return false;
                }
                let overlap = c.end.min(e).saturating_sub(c.start.max(s));
                let shorter = (c.end - c.start).min(e - s);
                shorter > 0 && 2 * overlap >= shorter
            });
            let quote: String = chars[s..e].iter().take(60).collect();
            let failure =
                wrong.map(|c| format!("quotation {quote:?}… is the author claim {:?}", c.text));
            Outcome {
                family: "quote-not-author".to_string(),
                kind: "quote_not_author",
                passed: failure.is_none(),
                detail: failure.unwrap_or_default(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::quotations;

    fn quoted(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        quotations(text)
            .into_iter()
            .map(|(s, e)| chars[s..e].iter().collect())
            .collect()
    }

    #[test]
    fn curly_and_straight_passages() {
        let t = "“We will rebuild the pier,” she said. He said \"it is far too late now.\"";
        assert_eq!(
            quoted(t),
            ["We will rebuild the pier,", "it is far too late now."]
        );
    }

    #[test]
    fn a_paragraph_break_closes_and_the_next_paragraph_reopens() {
        let t = "“The roof held for a week.\n\n“Then the rain came back.”";
        assert_eq!(
            quoted(t),
            ["The roof held for a week.", "Then the rain came back."]
        );
    }

    #[test]
    fn scare_quotes_and_apostrophes_are_not_passages() {
        let t = "The so-called “green corridor” opened. The mayor’s office and ‘the plan’ held.";
        assert!(quoted(t).is_empty());
    }
}
