//! What attribution finds, and the small token helpers every construction shares.

use crate::document::Document;
use crate::lexicon::{CueClass, CueEntry, Lexicons};
use crate::quotes::Quote;
use crate::report::{Attribution, SourceKind};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Lower, Tok, TokKind};

/// The source of an attribution as found in the text.
#[derive(Clone, Debug)]
pub struct SourceHit {
    pub span: Span,
    pub kind: SourceKind,
    /// The proper name inside the source, if any ("Mark Rutte").
    pub name: Option<Span>,
    /// The title or role given with it ("NATO Secretary General").
    pub role: Option<Span>,
    /// The head word, lowercased (the token's shared word: no copy per attribution).
    pub head: Lower,
    pub reasons: Vec<Reason>,
}

/// The cue of an attribution.
#[derive(Clone, Debug)]
pub struct CueHit {
    pub span: Span,
    pub lemma: &'static str,
    pub class: CueClass,
    pub past: &'static str,
    /// The whole reporting phrase around the cue: "has previously warned", "said in a
    /// statement:" (`cue_extent.rs`); the cue's own span until widened.
    pub phrase: Span,
}

impl CueHit {
    /// A cue that is punctuation or a fixed phrase (":", a dash, "according to").
    pub fn fixed(span: Span, lemma: &'static str, past: &'static str) -> CueHit {
        CueHit {
            span,
            lemma,
            class: CueClass::Neutral,
            past,
            phrase: span,
        }
    }

    /// The cue of a lexicon entry at `toks[c..after]`.
    pub fn of_entry(toks: &[Tok], c: usize, after: usize, entry: &CueEntry) -> CueHit {
        let span = span_of(toks, c, after);
        CueHit {
            span,
            lemma: entry.lemma,
            class: entry.class,
            past: entry.past,
            phrase: span,
        }
    }
}

/// One attribution found in the text.
#[derive(Clone, Debug)]
pub struct Found {
    pub fragments: Vec<Span>,
    pub source: Option<SourceHit>,
    pub cue: Option<CueHit>,
    pub channel: Option<Span>,
    pub kind: Attribution,
    pub sentence: usize,
    /// Everything the attribution uses: source, cue and content.
    pub covered: Span,
    pub reasons: Vec<Reason>,
}

impl Found {
    pub fn content(&self) -> Span {
        self.fragments
            .iter()
            .copied()
            .reduce(Span::hull)
            .unwrap_or_default()
    }
}

/// One sentence as the constructions see it.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub quotes: &'a [Quote],
    pub lex: &'a Lexicons,
    pub si: usize,
    pub headline: bool,
}

impl<'a> Ctx<'a> {
    /// The context of sentence `si` of `doc`.
    pub fn for_sentence(doc: &'a Document, lex: &'a Lexicons, si: usize) -> Ctx<'a> {
        Ctx {
            text: doc.text,
            quotes: &doc.quotes[si],
            lex,
            si,
            headline: doc.sentences[si].headline,
        }
    }
}

impl Ctx<'_> {
    /// The quotation that opens at token `i`, if any.
    pub fn quote_opening_at(&self, toks: &[Tok], i: usize) -> Option<&Quote> {
        let t = toks.get(i)?;
        if t.kind != TokKind::QuoteOpen {
            return None;
        }
        self.quotes.iter().find(|q| q.open.start == t.span.start)
    }

    /// The quotation that closes at token `i`, if any.
    pub fn quote_closing_at(&self, toks: &[Tok], i: usize) -> Option<&Quote> {
        let t = toks.get(i)?;
        if t.kind != TokKind::QuoteClose {
            return None;
        }
        self.quotes
            .iter()
            .find(|q| q.close.is_some_and(|c| c.start == t.span.start))
    }

    /// The quotation that ends a sentence (before its final stop), if any.
    pub fn quotation_ending(&self, toks: &[Tok]) -> Option<&Quote> {
        let mut last = toks.len().checked_sub(1)?;
        while last > 0 && matches!(toks[last].kind, TokKind::Punct('.' | '!' | '?')) {
            last -= 1;
        }
        self.quote_closing_at(toks, last)
    }

    /// Attribution kind from the quotations inside the content.
    pub(crate) fn kind_of(&self, fragments: &[Span]) -> Attribution {
        let all_quoted = fragments.iter().all(|f| {
            self.quotes
                .iter()
                .any(|q| q.outer.start == f.start && (q.outer.end == f.end || q.close.is_none()))
        });
        if all_quoted {
            return Attribution::Direct;
        }
        let any_quote = fragments.iter().any(|f| {
            self.quotes
                .iter()
                .any(|q| f.contains(q.open) || q.outer.contains(*f))
        });
        if any_quote {
            Attribution::Mixed
        } else {
            Attribution::Indirect
        }
    }

    /// Assemble an attribution: its kind, what it covers, and its reasons in order (the
    /// construction's, the source's, the cue's entry, the kind).
    pub fn finish(
        &self,
        fragments: Vec<Span>,
        source: Option<SourceHit>,
        cue: Option<CueHit>,
        channel: Option<Span>,
        mut reasons: Vec<Reason>,
    ) -> Found {
        let kind = self.kind_of(&fragments);
        // Sized once for what is added here: a long document keeps every attribution's
        // reasons until its claim is written.
        let from_source = source.as_ref().map_or(0, |s| s.reasons.len());
        reasons.reserve_exact(from_source + usize::from(cue.is_some()) + 1);
        let mut covered = fragments
            .iter()
            .copied()
            .reduce(Span::hull)
            .unwrap_or_default();
        if let Some(s) = &source {
            covered = covered.hull(s.span);
            reasons.extend(s.reasons.iter().cloned());
        }
        if let Some(c) = &cue {
            covered = covered.hull(c.span);
            reasons.push(Reason::entry(Rule::CueLexicon, c.lemma, c.class));
        }
        if let Some(ch) = channel {
            covered = covered.hull(ch);
        }
        reasons.push(Reason::new(match kind {
            Attribution::Direct => Rule::AttributionDirect,
            Attribution::Mixed => Rule::AttributionMixed,
            Attribution::Indirect | Attribution::Author => Rule::AttributionIndirect,
        }));
        Found {
            fragments,
            source,
            cue,
            channel,
            kind,
            sentence: self.si,
            covered,
            reasons,
        }
    }
}

pub(crate) fn span_of(toks: &[Tok], a: usize, b: usize) -> Span {
    Span::new(toks[a].span.start, toks[b - 1].span.end)
}

pub(crate) fn words_in(toks: &[Tok], a: usize, b: usize) -> usize {
    toks[a..b].iter().filter(|t| t.is_word()).count()
}
