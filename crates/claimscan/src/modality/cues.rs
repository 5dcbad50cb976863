//! The document's uncertainty cues: the typed hedge lexicon matched in one pass per sentence,
//! each match kept only when its context reads as uncertain ([`super::context`]), and the cues
//! that only grammar finds: conditions ([`super::condition`]) and predictions
//! ([`super::prediction`]).

use crate::trie::Trie;

use super::{condition, context, prediction, weasel};
use crate::document::Document;
use crate::lexicon::{self, Lexicons};
use crate::report::{Certainty, HedgeType};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::Tok;

/// One uncertainty cue in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HedgeHit {
    pub span: Span,
    /// The lexicon phrase or the marker a rule found ("if", "would", "inversion").
    pub phrase: &'static str,
    pub kind: HedgeType,
    /// How sure a claim carrying this cue is at most.
    pub level: Certainty,
    /// The rule that found it.
    pub rule: Rule,
}

impl HedgeHit {
    /// The reason a claim carrying this cue records.
    pub fn reason(&self) -> Reason {
        Reason::entry(self.rule, self.phrase, self.kind)
    }
}

/// One entry of the hedge lexicon.
#[derive(Clone, Copy, Debug)]
pub(super) struct Entry {
    pub phrase: &'static str,
    pub kind: HedgeType,
    pub level: Certainty,
}

/// The hedge lexicon, compiled for one pass.
pub struct Hedges {
    /// The phrases, ASCII case-insensitive, searched leftmost-longest.
    trie: Trie,
    entries: Vec<Entry>,
}

fn parse_type(s: &str) -> HedgeType {
    *HedgeType::ALL
        .iter()
        .find(|t| t.as_str() == s)
        .unwrap_or_else(|| panic!("hedges.txt: unknown type {s:?}"))
}

pub(super) fn parse_level(s: &str) -> Certainty {
    *Certainty::ALL
        .iter()
        .find(|t| t.as_str() == s)
        .unwrap_or_else(|| panic!("unknown certainty level {s:?}"))
}

impl Hedges {
    pub fn new() -> Hedges {
        let entries: Vec<Entry> = lexicon::HEDGES
            .entries()
            .map(|e| Entry {
                phrase: e[0],
                kind: parse_type(e[1]),
                level: parse_level(e[2]),
            })
            .collect();
        let trie = Trie::new(entries.iter().map(|e| e.phrase.as_bytes()), true);
        Hedges { trie, entries }
    }

    /// Every uncertainty cue of `doc`, in text order; overlapping cues keep the longer.
    pub fn find(&self, doc: &Document, lex: &Lexicons) -> Vec<HedgeHit> {
        let mut out = Vec::new();
        for (s, toks) in doc.sentences.iter().zip(&doc.toks) {
            let mut here = self.lexical(doc.text, s.span, toks);
            condition::cues(toks, &mut here);
            prediction::cues(toks, lex, &mut here);
            weasel::cues(toks, &mut here);
            crate::sort::sort_by_key(&mut here, |h| (h.span.start, std::cmp::Reverse(h.span.end)));
            for h in here {
                if out
                    .last()
                    .is_some_and(|p: &HedgeHit| p.span.end > h.span.start)
                {
                    continue;
                }
                out.push(h);
            }
        }
        out
    }

    /// The lexicon's cues in one sentence whose context keeps them.
    fn lexical(&self, text: &str, span: Span, toks: &[Tok]) -> Vec<HedgeHit> {
        let mut out = Vec::new();
        let hay = span.of(text).as_bytes();
        let mut at = 0;
        while let Some((ms, me, pattern)) = self.trie.leftmost_longest(hay, at) {
            at = me;
            let (s, e) = (span.start + ms, span.start + me);
            // Whole tokens only: the match starts and ends at token boundaries.
            let Ok(i) = toks.binary_search_by_key(&s, |t| t.span.start) else {
                continue;
            };
            // Tokens end in increasing order: the first that reaches `e` must end there (the
            // scan stops there, not at the end of a long sentence).
            let Some(j) = toks[i..].iter().position(|t| t.span.end >= e) else {
                continue;
            };
            let j = i + j + 1;
            if toks[j - 1].span.end != e {
                continue;
            }
            let entry = self.entries[pattern];
            if !context::keeps(&entry, toks, i, j) {
                continue;
            }
            out.push(HedgeHit {
                span: Span::new(s, e),
                phrase: entry.phrase,
                kind: entry.kind,
                level: entry.level,
                rule: Rule::HedgeLexicon,
            });
        }
        out
    }
}

impl Default for Hedges {
    fn default() -> Self {
        Hedges::new()
    }
}
