//! Stage 3: quotations.
//!
//! Quotation marks are paired by their typographic direction (`“…”`, `‘…’`, `„…“`, `«…»`);
//! straight marks (`"`, `'`) take their direction from the characters around them. A `’` is a
//! closing mark only while a `‘` is open: otherwise it is an apostrophe (`Russia’s`,
//! `countries’`, `’90s`). A quotation left open at the end of a paragraph continues into the
//! next paragraph when that one opens with a quotation mark (the news convention for long
//! quotations), or when the next paragraph's first double mark can only close one (it is then
//! quoted from its start); otherwise it is unbalanced and runs to the end of its paragraph.

use crate::segment::Paragraph;
use crate::span::Span;

/// One quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The opening mark.
    pub open: Span,
    /// The closing mark, or `None` when the quotation is never closed.
    pub close: Option<Span>,
    /// From the opening mark to the closing mark inclusive (or the paragraph end).
    pub outer: Span,
    /// The text between the marks.
    pub inner: Span,
    /// Double (`“`) rather than single (`‘`) marks.
    pub double: bool,
    /// This quotation continues one left open at the end of the previous paragraph.
    pub continued: bool,
    /// Left open at the end of its paragraph, and the next paragraph continues it.
    pub continues: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    /// A straight mark: direction from context.
    Either,
}

fn mark(c: char) -> Option<(bool, Dir)> {
    Some(match c {
        '“' | '„' | '«' => (true, Dir::Open),
        '”' | '»' => (true, Dir::Close),
        '"' => (true, Dir::Either),
        '‘' | '‚' | '‹' => (false, Dir::Open),
        '’' | '›' => (false, Dir::Close),
        '\'' => (false, Dir::Either),
        _ => return None,
    })
}

/// Find every quotation, paragraph by paragraph.
pub fn find_quotes(text: &str, paragraphs: &[Paragraph]) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut carry_double = false;
    for (pi, p) in paragraphs.iter().enumerate() {
        let ptext = p.span.of(text);
        let first_open = ptext
            .chars()
            .next()
            .and_then(mark)
            .is_some_and(|(_, d)| d != Dir::Close);
        let continued_here = carry_double && first_open;
        // A paragraph that continues the quotation with no opening mark of its own and closes
        // it later (`He said, “First part.⏎⏎Second part.”`): it is quoted from its start.
        let unmarked_here = carry_double && !first_open && first_double_closes(ptext);
        carry_double = false;
        // Stack of open marks: (position, double).
        let mut stack: Vec<(Span, bool)> = Vec::new();
        if unmarked_here {
            stack.push((Span::new(p.span.start, p.span.start), true));
        }
        let mut found: Vec<Quote> = Vec::new();
        // Only the marks are looked at, each with the characters on either side: a mark's
        // first byte is `"`, `'`, or the lead byte 0xC2 or 0xE2 of the others (no vector of
        // the paragraph's characters).
        let bytes = ptext.as_bytes();
        for i in 0..bytes.len() {
            if !matches!(bytes[i], b'"' | b'\'' | 0xC2 | 0xE2) {
                continue;
            }
            let Some(c) = ptext[i..].chars().next() else {
                continue;
            };
            let Some((double, dir)) = mark(c) else {
                continue;
            };
            let at = p.span.start + i;
            let span = Span::new(at, at + c.len_utf8());
            let prev = ptext[..i].chars().next_back();
            let after = &ptext[i + c.len_utf8()..];
            let next = after.chars().next();
            let prev_word = prev.is_some_and(|c| c.is_alphanumeric());
            let next_word = next.is_some_and(|c| c.is_alphanumeric());
            let prev_space = prev.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
            let next_space = next.is_none_or(|c| c.is_whitespace() || ",.;:!?)]}—–".contains(c));
            let open_of_kind = stack.iter().rposition(|&(_, d)| d == double);
            // German marks: „…“ and ‚…‘ — the high mark closes what the low one opened.
            let low_open = open_of_kind.is_some_and(|k| {
                let o = stack[k].0;
                matches!(text[o.start..o.end].chars().next(), Some('„' | '‚'))
            });
            let dir = if low_open && matches!(c, '“' | '‘') {
                Dir::Close
            } else {
                dir
            };
            // An opening mark typed for a closing one (`“It is not new here,“ said Scott.`):
            // right after the quoted words, before a space or punctuation, while a quotation
            // of its kind is open.
            let dir = if matches!(c, '“' | '‘')
                && dir == Dir::Open
                && open_of_kind.is_some()
                && !prev_space
                && next_space
                && prev.is_some_and(|p| p.is_alphanumeric() || ",.!?".contains(p))
            {
                Dir::Close
            } else {
                dir
            };
            let dir = match (double, dir) {
                // Apostrophes: inside a word, or a ’/‘ before a digit ("’90s").
                (false, _) if prev_word && next_word => continue,
                // A plural possessive inside a single quotation (`‘The farmers’ fields are
                // gone,’`): after an "s", before a lower-case word, with a closing mark ahead.
                (false, Dir::Close | Dir::Either)
                    if open_of_kind.is_some()
                        && prev.is_some_and(|p| p == 's')
                        && next == Some(' ')
                        && after[1..].chars().next().is_some_and(|c| c.is_lowercase())
                        && has_single_closer_ahead(&after[1..]) =>
                {
                    continue
                }
                (false, Dir::Open) if next.is_some_and(|c| c.is_ascii_digit()) => continue,
                (false, Dir::Close) | (false, Dir::Either) if open_of_kind.is_none() => {
                    // With no single quotation open, this can only open one (straight mark
                    // before a word) or be an apostrophe.
                    if dir == Dir::Either && prev_space && next_word && has_closer_ahead(after) {
                        Dir::Open
                    } else {
                        continue;
                    }
                }
                (_, Dir::Either) => {
                    if open_of_kind.is_some() && !prev_space {
                        Dir::Close
                    } else if prev_space && !next_space {
                        Dir::Open
                    } else if open_of_kind.is_some() {
                        Dir::Close
                    } else {
                        Dir::Open
                    }
                }
                (_, d) => d,
            };
            match dir {
                Dir::Open => stack.push((span, double)),
                Dir::Close => {
                    let Some(idx) = open_of_kind else {
                        continue;
                    };
                    // Marks opened inside and never closed are dropped.
                    let (open, _) = stack[idx];
                    stack.truncate(idx);
                    let continued = (continued_here || unmarked_here) && open.start == p.span.start;
                    found.push(Quote {
                        open,
                        close: Some(span),
                        outer: Span::new(open.start, span.end),
                        inner: Span::new(open.end, span.start),
                        double,
                        continued,
                        continues: false,
                    });
                }
                Dir::Either => unreachable!("resolved above"),
            }
        }
        // Whatever is still open runs to the end of the paragraph.
        let next_opens = paragraphs.get(pi + 1).is_some_and(|np| {
            let nt = np.span.of(text);
            nt.chars()
                .next()
                .and_then(mark)
                .is_some_and(|(d, dir)| d && dir != Dir::Close)
                || first_double_closes(nt)
        });
        if let Some(&(open, double)) = stack.first() {
            let continues = double && next_opens;
            carry_double = continues;
            let continued = continued_here && open.start == p.span.start;
            found.push(Quote {
                open,
                close: None,
                outer: Span::new(open.start, p.span.end),
                inner: Span::new(open.end, p.span.end),
                double,
                continued,
                continues,
            });
        }
        crate::sort::sort_by_key(&mut found, |q| q.open.start);
        out.extend(found);
    }
    out
}

/// Is there a single closing mark ahead (`’` or `'` after a letter or a stop, then a space, a
/// stop or the end)?
fn has_single_closer_ahead(rest: &str) -> bool {
    let b = rest.as_bytes();
    rest.char_indices().any(|(i, c)| {
        matches!(c, '’' | '\'')
            && i > 0
            && !b[i - 1].is_ascii_whitespace()
            && rest[i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(|n| n.is_whitespace() || ",.;:!?)".contains(n))
    })
}

/// True when the first double quotation mark of a paragraph can only close a quotation: `”`, or
/// a straight `"` after a word or a stop and before a space, a stop or the end.
fn first_double_closes(ptext: &str) -> bool {
    // Only the marks are looked at (as in `find_quotes`), with the characters around them.
    let bytes = ptext.as_bytes();
    for i in 0..bytes.len() {
        if !matches!(bytes[i], b'"' | 0xC2 | 0xE2) {
            continue;
        }
        let Some(c) = ptext[i..].chars().next() else {
            continue;
        };
        match mark(c) {
            Some((true, Dir::Close)) => return true,
            Some((true, Dir::Open)) => return false,
            Some((true, Dir::Either)) => {
                let prev = ptext[..i].chars().next_back();
                let after_word = prev.is_some_and(|p| p.is_alphanumeric() || ".,!?…".contains(p));
                let before_gap = ptext[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–".contains(n));
                return after_word && before_gap;
            }
            _ => {}
        }
    }
    false
}

/// True when a straight single mark further on (in `rest`, the text after the one here) could
/// close a quotation opened here.
fn has_closer_ahead(rest: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut it = rest.chars().peekable();
    while let Some(c) = it.next() {
        if (c == '\'' || c == '’')
            && prev.is_some_and(|p| p.is_alphanumeric() | ".,!?".contains(p))
            && it.peek().is_none_or(|n| !n.is_alphanumeric())
        {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// The innermost quotation whose outer span contains `span`.
pub fn enclosing(quotes: &[Quote], span: Span) -> Option<&Quote> {
    quotes
        .iter()
        .filter(|q| q.outer.contains(span))
        .min_by_key(|q| q.outer.len())
}

/// True when `pos` lies inside some quotation (between its marks).
pub fn inside_any(quotes: &[Quote], pos: usize) -> bool {
    quotes
        .iter()
        .any(|q| q.inner.start <= pos && pos < q.inner.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{segment, Abbreviations};

    fn quotes(text: &str) -> Vec<String> {
        let seg = segment(text, &Abbreviations::new());
        find_quotes(text, &seg.paragraphs)
            .iter()
            .map(|q| q.inner.of(text).to_string())
            .collect()
    }

    #[test]
    fn curly_apostrophes_are_not_quotes() {
        // Normalisation turns word-internal ’ into ', but a plural possessive keeps it.
        assert_eq!(
            quotes("The ministers’ plan would be \u{2018}final\u{2019} for the city."),
            vec!["final"]
        );
    }

    #[test]
    fn plural_possessive_inside_single_quotes() {
        assert_eq!(
            quotes("\u{2018}The farmers\u{2019} fields are gone,\u{2019} she said."),
            vec!["The farmers\u{2019} fields are gone,"]
        );
    }

    #[test]
    fn german_marks_pair_low_with_high() {
        assert_eq!(
            quotes("Sie sagte: \u{201e}Wir schaffen das.\u{201c} Er nickte."),
            vec!["Wir schaffen das."]
        );
    }

    #[test]
    fn an_opening_mark_typed_for_a_closing_one_closes() {
        assert_eq!(
            quotes("\u{201c}It is not new,\u{201c} said Scott. \u{201c}We wait.\u{201d}"),
            vec!["It is not new,", "We wait."]
        );
        // An opening mark after a space still opens.
        assert_eq!(
            quotes("\u{201c}A \u{201c}b\u{201d} c.\u{201d}"),
            vec!["A \u{201c}b\u{201d} c.", "b"]
        );
    }

    #[test]
    fn straight_quotes_pair_by_context() {
        assert_eq!(
            quotes("He said \"we are ready\" and 'so are they' today."),
            vec!["we are ready", "so are they"]
        );
    }

    #[test]
    fn nested_and_unbalanced() {
        assert_eq!(
            quotes("\u{201c}She told me \u{2018}never\u{2019} twice,\u{201d} he said."),
            vec!["She told me \u{2018}never\u{2019} twice,", "never"]
        );
        assert_eq!(
            quotes("\u{201c}Nobody closed this one."),
            vec!["Nobody closed this one."]
        );
    }

    #[test]
    fn quotation_continues_into_a_paragraph_without_an_opening_mark() {
        let text = "He said, \u{201c}First part of it.\n\nSecond part.\u{201d} Then he left.";
        let seg = segment(text, &Abbreviations::new());
        let q = find_quotes(text, &seg.paragraphs);
        assert_eq!(q.len(), 2);
        assert!(q[0].continues);
        assert!(q[1].continued);
        assert_eq!(q[1].inner.of(text), "Second part.");
        // A paragraph whose first mark opens a new quotation does not continue the old one.
        let text = "He said, \u{201c}First part.\n\nShe said \u{201c}no\u{201d} twice.";
        let seg = segment(text, &Abbreviations::new());
        let q = find_quotes(text, &seg.paragraphs);
        assert!(!q[0].continues);
        assert_eq!(q[1].inner.of(text), "no");
    }

    #[test]
    fn quotation_continues_across_paragraphs() {
        let text = "\u{201c}First part of it.\n\n\u{201c}Second part,\u{201d} she said.";
        let seg = segment(text, &Abbreviations::new());
        let q = find_quotes(text, &seg.paragraphs);
        assert_eq!(q.len(), 2);
        assert!(q[0].continues && q[0].close.is_none());
        assert!(q[1].continued);
    }
}
