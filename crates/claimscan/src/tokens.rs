//! Word and punctuation tokens of a sentence, shared by the stages after segmentation.

use crate::quotes::Quote;
use crate::segment::Abbreviations;
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct(char),
    /// An opening quotation mark (as paired by [`crate::quotes`]).
    QuoteOpen,
    /// A closing quotation mark.
    QuoteClose,
}

/// One token.
#[derive(Clone, Debug)]
pub struct Tok {
    pub span: Span,
    pub kind: TokKind,
    /// Lowercased word, possessive `'s` removed; empty for punctuation.
    pub lower: String,
    /// The word starts with an uppercase letter.
    pub cap: bool,
    /// The token lies inside a quotation.
    pub quoted: bool,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn is(&self, w: &str) -> bool {
        self.kind == TokKind::Word && self.lower == w
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }
    /// Every letter is uppercase and there are at least two (NATO, NYPD, U.S.).
    pub fn is_acronym(&self, text: &str) -> bool {
        let t = self.span.of(text);
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && t.chars()
                .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
    }
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{2019}' || c == '\''
}

/// Tokenize `span` of `text`; quotation marks are recognised from `quotes`, and listed
/// abbreviations keep their full stop.
pub fn tokenize(text: &str, span: Span, quotes: &[Quote], abbr: &Abbreviations) -> Vec<Tok> {
    let mut toks = Vec::new();
    let s = span.of(text);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut k = 0;
    // Quotes overlapping the span, for the mark and inside checks.
    let local: Vec<&Quote> = quotes.iter().filter(|q| q.outer.overlaps(span)).collect();
    let quoted = |pos: usize| {
        local
            .iter()
            .any(|q| q.inner.start <= pos && pos < q.inner.end)
    };
    while k < chars.len() {
        let (i, c) = chars[k];
        let at = span.start + i;
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if let Some(q) = local.iter().find(|q| q.open.start == at) {
            let _ = q;
            toks.push(Tok {
                span: Span::new(at, at + c.len_utf8()),
                kind: TokKind::QuoteOpen,
                lower: String::new(),
                cap: false,
                quoted: quoted(at),
            });
            k += 1;
            continue;
        }
        if local
            .iter()
            .any(|q| q.close.is_some_and(|cl| cl.start == at))
        {
            toks.push(Tok {
                span: Span::new(at, at + c.len_utf8()),
                kind: TokKind::QuoteClose,
                lower: String::new(),
                cap: false,
                quoted: quoted(at),
            });
            k += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = k + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let next_alnum = chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
                if d.is_alphanumeric()
                    || ((d == '.' || d == '-' || d == '&' || word_char(d)) && next_alnum)
                {
                    // A closing mark paired by the quote stage is never part of a word.
                    let pos = span.start + chars[j].0;
                    if local
                        .iter()
                        .any(|q| q.close.is_some_and(|cl| cl.start == pos) || q.open.start == pos)
                    {
                        break;
                    }
                    j += 1;
                } else {
                    break;
                }
            }
            let mut end = if j < chars.len() { chars[j].0 } else { s.len() };
            // A dotted abbreviation keeps its final stop ("U.S.").
            let w = &s[i..end];
            let single_initial = w.chars().count() == 1 && c.is_uppercase();
            if s[end..].starts_with('.')
                && ((w.contains('.') && w.len() <= 8) || single_initial || abbr.is_listed(w))
            {
                end += 1;
                j += 1;
            }
            let w = &s[i..end];
            let mut lower = w.to_lowercase();
            let contraction = matches!(
                lower.as_str(),
                "it's"
                    | "that's"
                    | "there's"
                    | "what's"
                    | "he's"
                    | "she's"
                    | "who's"
                    | "here's"
                    | "where's"
                    | "let's"
            );
            for suffix in ["'s", "\u{2019}s"] {
                if !contraction && lower.len() > suffix.len() + 1 && lower.ends_with(suffix) {
                    lower.truncate(lower.len() - suffix.len());
                }
            }
            toks.push(Tok {
                span: Span::new(at, span.start + end),
                kind: TokKind::Word,
                lower,
                cap: c.is_uppercase(),
                quoted: quoted(at),
            });
            k = j;
            continue;
        }
        toks.push(Tok {
            span: Span::new(at, at + c.len_utf8()),
            kind: TokKind::Punct(c),
            lower: String::new(),
            cap: false,
            quoted: quoted(at),
        });
        k += 1;
    }
    toks
}
