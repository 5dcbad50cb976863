//! Runs the stages in order and builds the report. Each stage is called once; none reaches
//! into a later one.

use std::collections::HashMap;

use crate::assemble::{Assembler, Out};
use crate::attribution;
use crate::claims;
use crate::document::Document;
use crate::entities;
use crate::normalize::Normalized;
use crate::offsets::OffsetMap;
use crate::report::*;
use crate::resolve;
use crate::score::MentionIndex;
use crate::span::Span;
use crate::Extractor;

pub(crate) fn run(ex: &Extractor, original: &str) -> Report {
    let opts = ex.options();
    let lex = &ex.lex;
    // 1. Normalisation; 2–3. segmentation, quotations and tokens.
    let norm = Normalized::new(original);
    let doc = Document::new(norm.text.as_str(), lex);
    // 4. Attribution; 5. the claims, the writer's own included.
    let found = attribution::find(&doc, lex);
    let drafts = claims::drafts(&doc, lex, &found, opts.author_claims, opts.min_claim_words);
    // 6. Hedges over the whole text; 7. entities.
    let hedges = ex.hedges.find(&doc, lex);
    let ents = entities::find(&doc, &found, lex);
    // 8–11. Per claim: modality, source resolution, score, statement, offsets.
    let out = Out {
        original,
        norm: &norm,
        map: OffsetMap::new(original, opts.offsets),
    };
    let mentions = MentionIndex::new(&ents);
    let resolver = resolve::Resolver::new(&ents);
    // Quantities, dates and comparisons (regex; the page builds without them, see Cargo.toml).
    let quantities = ex.quantities(doc.text);
    // Every claim's hull and its hull with its reporting cue, by start: a claim reported
    // inside another claim keeps its own cues.
    let mut claim_hulls: Vec<(Span, Span)> = drafts
        .iter()
        .filter_map(|d| {
            let hull = d.fragments.iter().copied().reduce(Span::hull)?;
            let cue = d.found.as_ref().and_then(|f| f.cue.as_ref());
            Some((hull, cue.map_or(hull, |c| hull.hull(c.span))))
        })
        .collect();
    claim_hulls.sort_by_key(|(h, _)| (h.start, std::cmp::Reverse(h.end)));
    let assembler = Assembler {
        ex,
        claim_hulls: &claim_hulls,
        out: &out,
        doc: &doc,
        hedges: &hedges,
        ents: &ents,
        mentions: &mentions,
        resolver: &resolver,
        quantities: &quantities,
    };
    let claims: Vec<Claim> = drafts
        .into_iter()
        .enumerate()
        .map(|(i, d)| assembler.claim(d, i))
        .collect();
    let sentences = doc
        .sentences
        .iter()
        .map(|s| {
            let t = out.span(s.span);
            SentenceOut {
                start: t.start,
                end: t.end,
                paragraph: s.paragraph,
                headline: s.headline,
            }
        })
        .collect();
    let entities = ents
        .iter()
        .enumerate()
        .map(|(i, e)| Entity {
            id: format!("e{}", i + 1),
            name: e.name.clone(),
            kind: e.kind,
            role: e.role.clone(),
            mentions: e.mentions.iter().map(|m| out.span(*m)).collect(),
        })
        .collect();
    Report {
        schema: SCHEMA.to_string(),
        id: None,
        offsets: opts.offsets,
        sentences,
        entities,
        hedges: document_hedges(&hedges, &claims, &out),
        quantities: quantities.iter().map(|q| out.quantity(q)).collect(),
        claims,
    }
}

/// The document's cues, with the weasels that vague sources of claims add, in text order.
fn document_hedges(
    hedges: &[crate::modality::HedgeHit],
    claims: &[Claim],
    out: &Out,
) -> Vec<Hedge> {
    let mut all: Vec<Hedge> = hedges.iter().map(|h| out.hedge(h)).collect();
    // Where each hedge starts and ends, so that a weasel is compared only with the hedges at
    // its own place (was a scan of every hedge per weasel: quadratic in a long document).
    let mut at: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (i, h) in all.iter().enumerate() {
        at.entry((h.start, h.end)).or_default().push(i);
    }
    for c in claims {
        for h in &c.hedges {
            if h.kind != HedgeType::Weasel {
                continue;
            }
            let same = at.entry((h.start, h.end)).or_default();
            if !same.iter().any(|&i| all[i] == *h) {
                same.push(all.len());
                all.push(h.clone());
            }
        }
    }
    all.sort_by_key(|h| (h.start, h.end));
    all
}
