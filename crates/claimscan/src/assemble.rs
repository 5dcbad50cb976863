//! Stage 11: the report. Every internal byte span of the normalised text becomes a span of the
//! caller's input in the caller's unit, and each claim is assembled from what the stages found.

use crate::claims::Draft;
use crate::document::Document;
use crate::entities::EntityDraft;
use crate::modality::{self, HedgeHit};
use crate::normalize::Normalized;
use crate::offsets::OffsetMap;
use crate::quantities::Quantity;
use crate::report::*;
use crate::resolve;
use crate::rules::{Reason, Rule};
use crate::score::{Features, MentionIndex};
use crate::span::Span;
use crate::statement;
use crate::Extractor;

/// Converts normalised byte spans to spans of the caller's input.
pub(crate) struct Out<'a> {
    pub original: &'a str,
    pub norm: &'a Normalized,
    pub map: OffsetMap<'a>,
}

impl Out<'_> {
    /// A quantity found in the normalised text, as the report gives it.
    pub fn quantity(&self, q: &Quantity) -> QuantitySpan {
        let t = self.span(q.span);
        QuantitySpan {
            text: t.text,
            start: t.start,
            end: t.end,
            kind: q.kind,
            value: q.value,
            unit: q.unit.clone(),
            low: q.low,
            high: q.high,
            date: q.date.clone(),
            relative: q.relative,
            direction: q.direction,
        }
    }

    /// The start and end of `s` in the caller's input and unit.
    pub fn offsets(&self, s: Span) -> (usize, usize) {
        let o = self.norm.to_original(s);
        (self.map.convert(o.start), self.map.convert(o.end))
    }

    /// The caller's text of `s`.
    pub fn text(&self, s: Span) -> &str {
        let o = self.norm.to_original(s);
        &self.original[o.start..o.end]
    }

    pub fn span(&self, s: Span) -> TextSpan {
        let o = self.norm.to_original(s);
        TextSpan {
            start: self.map.convert(o.start),
            end: self.map.convert(o.end),
            text: self.original[o.start..o.end].to_string(),
        }
    }

    /// A cue of the document as a report hedge.
    pub fn hedge(&self, h: &HedgeHit) -> Hedge {
        let t = self.span(h.span);
        Hedge {
            start: t.start,
            end: t.end,
            text: t.text,
            kind: h.kind,
        }
    }
}

/// What every claim of one document is assembled from.
pub(crate) struct Assembler<'a> {
    pub ex: &'a Extractor,
    pub out: &'a Out<'a>,
    pub doc: &'a Document<'a>,
    pub hedges: &'a [HedgeHit],
    pub ents: &'a [EntityDraft],
    pub mentions: &'a MentionIndex,
    pub resolver: &'a resolve::Resolver,
    /// The document's quantities.
    pub quantities: &'a [Quantity],
    /// Every claim's hull and its hull with its reporting cue, sorted by start.
    pub claim_hulls: &'a [(Span, Span)],
}

/// How many reasons a claim's vector is made for (more still fit: it grows).
const REASONS: usize = 24;

/// The source, cue and channel of a claim, converted, with the name the statement uses.
struct Sourcing {
    source: Option<Source>,
    cue: Option<Cue>,
    channel: Option<TextSpan>,
    name: Option<String>,
    reasons: Vec<Reason>,
    /// The source was read as a group but is a known person's surname.
    named: bool,
}

impl Assembler<'_> {
    /// The claim `index` (0-based) from its draft, its reasons written out when the options
    /// ask for them.
    pub fn claim(&self, d: Draft, index: usize) -> Claim {
        let (mut claim, reasons) = self.typed_claim(d, index);
        if self.ex.options().reasons {
            claim.reasons = reasons.iter().map(render).collect();
        }
        claim
    }

    /// The claim `index` (0-based) from its draft, with its `reasons` left empty and returned
    /// typed beside it: a report written as it is made writes them without a string each.
    pub fn typed_claim(&self, mut d: Draft, index: usize) -> (Claim, Vec<Reason>) {
        let text = self.doc.text;
        // Sized once for every reason the stages add (a claim has 13 on average and at most
        // a little over 20 in news): grown from the found reasons' length it was copied two or
        // three times.
        let mut reasons = Vec::with_capacity(REASONS);
        match d.found {
            Some(f) => reasons.extend(f.reasons.iter().cloned()),
            None => reasons.append(&mut d.reasons),
        }
        let hull = d
            .fragments
            .iter()
            .copied()
            .reduce(Span::hull)
            .unwrap_or_default();
        let attributed = d.attribution != Attribution::Author;
        let cue = d.found.and_then(|f| f.cue.as_ref());
        // The claims reported inside this one ("the mayor said … but engineers warned that
        // repairs could take a year"): their cues are theirs.
        // With their reporting cue when it is inside this claim too ("… and the board
        // predicted that …").
        let h0 = self
            .claim_hulls
            .partition_point(|(h, _)| h.start < hull.start);
        let mut regions: Vec<Span> = self.claim_hulls[h0..]
            .iter()
            .take_while(|(h, _)| h.start < hull.end)
            .filter(|(h, _)| *h != hull && hull.contains(*h))
            .map(|&(h, with_cue)| if hull.contains(with_cue) { with_cue } else { h })
            .collect();
        // Merged into disjoint regions in text order, for a binary search per token.
        crate::sort::sort_by_key(&mut regions, |r| r.start);
        let mut nested: Vec<Span> = Vec::with_capacity(regions.len());
        for r in regions {
            match nested.last_mut() {
                Some(last) if r.start <= last.end => *last = last.hull(r),
                _ => nested.push(r),
            }
        }
        let cx = modality::ClaimContext {
            attributed,
            nested: &nested,
            cue: cue.map(|c| (c.lemma, c.class.as_str())),
            cue_span: cue.map(|c| c.span),
            levels: &self.ex.stance_levels,
        };
        let m = modality::for_claim(self.doc, self.hedges, &d.fragments, &cx);
        reasons.extend(m.reasons.iter().cloned());
        let sourcing = self.sourcing(&d);
        if sourcing.named {
            reasons.retain(|r| r.rule != Rule::SourcePluralGroup);
        }
        reasons.extend(sourcing.reasons);
        let mut hedges: Vec<Hedge> = m.hedges.iter().map(|h| self.out.hedge(h)).collect();
        if let Some(src) = sourcing
            .source
            .as_ref()
            .filter(|s| s.kind == SourceKind::Vague)
        {
            reasons.push(Reason::with(
                Rule::HedgeVagueSource,
                crate::case::lower_str(&src.text),
            ));
            hedges.push(Hedge {
                start: src.start,
                end: src.end,
                text: src.text.clone(),
                kind: HedgeType::Weasel,
            });
            crate::sort::sort_by_key(&mut hedges, |h| (h.start, h.end));
        }
        // The score's "hedged" counts the lexicon's cues of doubt, not grammar's conditions
        // and predictions (the score has its own future feature) nor approximators and weasels.
        let hedged = m.hedges.iter().any(|h| {
            h.rule == Rule::HedgeLexicon
                && !matches!(h.kind, HedgeType::Approximator | HedgeType::Weasel)
        });
        let flags = (hedged, m.modality.future.is_some(), attributed);
        let source_kind = sourcing.source.as_ref().map(|s| s.kind);
        let sentence = self.doc.sentences[d.sentence].span;
        let quantity_ids = self.claim_quantities(&d);
        let features = Features::for_claim(
            text,
            sentence,
            &d.fragments,
            self.mentions,
            source_kind,
            flags,
            quantity_ids.iter().map(|&i| &self.quantities[i]),
        );
        let score = self.ex.scorer.score(&features);
        reasons.extend(score.reasons);
        let fragments: Vec<TextSpan> = d.fragments.iter().map(|f| self.out.span(*f)).collect();
        let hull_out = self.out.span(hull);
        let statement = statement::build(&statement::Parts {
            attribution: d.attribution,
            source: sourcing.name.as_deref(),
            cue_lemma: cue.map(|c| c.lemma),
            cue_past: cue.map(|c| c.past),
            cue_class: cue.map(|c| c.class),
            object: reasons.iter().any(|r| {
                matches!(
                    r.rule,
                    Rule::ContentObject | Rule::ContentAddresseeAndInfinitive
                )
            }),
            wh: reasons.iter().any(|r| r.rule == Rule::ContentWhClause),
            negated_phrase: cue.map(|c| c.phrase.of(text)).filter(|ph| {
                ph.split_whitespace().any(|w| {
                    matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n\u{2019}t")
                })
            }),
            fragments: fragments.iter().map(|f| f.text.as_str()).collect(),
            is_starter: &|w: &str| self.ex.lex.abbr.is_starter(w),
        });
        let claim = Claim {
            id: numbered('c', index + 1),
            text: hull_out.text,
            start: hull_out.start,
            end: hull_out.end,
            fragments,
            sentence: d.sentence,
            attribution: d.attribution,
            source: sourcing.source,
            cue: sourcing.cue,
            channel: sourcing.channel,
            hedges,
            condition: m.modality.condition.map(|c| self.out.span(c)),
            future: m.modality.future.is_some(),
            negated: m.modality.negated.is_some(),
            certainty: m.certainty,
            checkworthiness: score.score,
            checkworthy: score.score >= self.ex.options().checkworthy_threshold,
            category: score.category,
            statement,
            reasons: Vec::new(),
            quantities: quantity_ids
                .into_iter()
                .map(|i| self.out.quantity(&self.quantities[i]))
                .collect(),
        };
        (claim, reasons)
    }

    /// The quantities inside the claim's fragments, in text order. The document's quantities
    /// are sorted and disjoint, so each fragment finds its own by binary search: a scan of all
    /// of them per claim made a 1 MB document cost 5,000 × 5,000 checks.
    /// Returns their indices in the document's quantities.
    fn claim_quantities(&self, d: &Draft) -> Vec<usize> {
        let qs = self.quantities;
        let mut found: Vec<usize> = Vec::new();
        for f in d.fragments.iter() {
            let from = qs.partition_point(|q| q.span.start < f.start);
            found.extend(
                (from..qs.len())
                    .take_while(|&i| qs[i].span.start < f.end)
                    .filter(|&i| f.contains(qs[i].span)),
            );
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The claim's source resolved to an entity, its cue and its channel.
    fn sourcing(&self, d: &Draft) -> Sourcing {
        let mut s = Sourcing {
            source: None,
            cue: None,
            channel: None,
            name: None,
            reasons: Vec::new(),
            named: false,
        };
        let Some(f) = d.found else { return s };
        if let Some(src) = &f.source {
            let r = resolve::source(self.doc.text, src, self.resolver, &self.ex.lex);
            s.reasons = r.reasons;
            s.named = r.named;
            let kind = if r.named {
                SourceKind::Named
            } else if r.unnamed {
                SourceKind::Anonymous
            } else if r.named_later {
                SourceKind::Description
            } else {
                src.kind
            };
            let entity = r.entity.map(|i| &self.ents[i]);
            let name = entity
                .map(|e| e.name.clone())
                .or_else(|| src.name.map(|n| self.out.span(n).text))
                .map(|n| {
                    let label = src
                        .reasons
                        .iter()
                        .any(|r| r.rule == Rule::SourceSpeakerLabel);
                    if label {
                        readable_name(&n)
                    } else {
                        n
                    }
                });
            let role = src
                .role
                .map(|r| self.out.span(r).text)
                .filter(|_| kind == SourceKind::Named)
                .or_else(|| entity.and_then(|e| e.role.clone()));
            let t = self.out.span(src.span);
            s.name = name.clone().or_else(|| Some(t.text.clone()));
            s.source = Some(Source {
                text: t.text,
                start: t.start,
                end: t.end,
                name,
                role,
                entity: r.entity.map(|i| numbered('e', i + 1)),
                kind,
                vague: matches!(kind, SourceKind::Vague | SourceKind::Anonymous),
            });
        }
        if let Some(c) = &f.cue {
            let t = self.out.span(c.span);
            s.cue = Some(Cue {
                text: t.text,
                start: t.start,
                end: t.end,
                lemma: c.lemma.to_string(),
                class: c.class.as_str().to_string(),
                phrase: self.out.span(c.phrase),
            });
        }
        s.channel = f.channel.map(|c| self.out.span(c));
        s
    }
}

/// A reason as the report shows it (its `Display`): the only place a reason becomes a string.
/// Written into a string sized for most reasons up front: a claim has a dozen reasons, and
/// `to_string` grows its string piece by piece.
fn render(r: &Reason) -> String {
    let mut s = String::with_capacity(r.rule.as_str().len() + 32);
    // Writing into a String does not fail.
    let _ = r.write_to(&mut s);
    s
}

/// A speaker label's name of two or more words in capitals, as transcripts print speakers ("PAUL EKWUEME"), is
/// written the way a reader would ("Paul Ekwueme"); anything else is left as it is.
fn readable_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let shouted = words.len() >= 2
        && words.iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        });
    if !shouted {
        return name.to_string();
    }
    words
        .iter()
        .map(|w| {
            let mut out = String::new();
            let mut start = true;
            for c in w.chars() {
                if start {
                    out.extend(crate::case::upper(c));
                } else {
                    out.extend(crate::case::lower(c));
                }
                start = !c.is_alphabetic();
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `prefix` and then `n` in decimal, as `format!("{prefix}{n}")` writes them (a claim's or an
/// entity's id), in one string of its length, without the formatter.
fn numbered(prefix: char, n: usize) -> String {
    let mut digits = [0u8; 20];
    let number = crate::score::decimal(n, &mut digits);
    let mut s = String::with_capacity(prefix.len_utf8() + number.len());
    s.push(prefix);
    s.push_str(number);
    s
}

#[cfg(test)]
mod readable_name_tests {
    use super::readable_name;

    #[test]
    fn shouted_names_read_as_names() {
        assert_eq!(readable_name("PAUL EKWUEME"), "Paul Ekwueme");
        assert_eq!(readable_name("ANNE-MARIE O'NEIL"), "Anne-Marie O'Neil");
        assert_eq!(readable_name("NATO"), "NATO");
        assert_eq!(readable_name("Mark Rutte"), "Mark Rutte");
    }

    #[test]
    fn ids_are_what_format_writes() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(super::numbered('c', n), format!("c{n}"));
            assert_eq!(super::numbered('e', n), format!("e{n}"));
        }
    }
}
