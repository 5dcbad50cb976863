//! Runs the stages in order and builds the report. Each stage is called once; none reaches
//! into a later one.

use std::cell::RefCell;

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::assemble::{Assembler, Out};
use crate::attribution;
use crate::claims::{self, Draft};
use crate::document::Document;
use crate::entities;
use crate::normalize::Normalized;
use crate::offsets::OffsetMap;
use crate::report::*;
use crate::resolve;
use crate::rules::Reason;
use crate::score::MentionIndex;
use crate::span::Span;
use crate::Extractor;

pub(crate) fn run(ex: &Extractor, original: &str) -> Report {
    stages(ex, original, |st| st.report())
}

/// What the stages found in one document, ready to be assembled into a report claim by claim.
struct Stages<'a> {
    assembler: Assembler<'a>,
    drafts: Vec<Draft<'a>>,
}

/// Runs stages 1–7 over `original` and hands what they found to `then`, which assembles the
/// report (whole, or streamed claim by claim).
fn stages<R>(ex: &Extractor, original: &str, then: impl FnOnce(Stages<'_>) -> R) -> R {
    let opts = ex.options();
    let lex = &ex.lex;
    // 1. Normalisation; 2–3. segmentation, quotations and tokens.
    let norm = Normalized::new(original);
    // Quantities, dates and comparisons (regex; the page builds without them, see Cargo.toml).
    // Found first, while little else is held: their list grows by doubling, and its last
    // growth is no longer the peak of a long document's memory.
    let quantities = ex.quantities(&norm.text);
    let doc = Document::new(norm.text.as_str(), lex);
    // 4. Attribution; 5. the claims, the writer's own included.
    let mut found = attribution::find(&doc, lex);
    // Held until the last claim is written: without the slack of its growth.
    found.shrink_to_fit();
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
    let mut quoted: Vec<Span> = doc.quotes.iter().flatten().map(|q| q.inner).collect();
    crate::sort::sort(&mut quoted);
    quoted.dedup();
    let resolver = resolve::Resolver::new(doc.text, &ents, &found, &quoted, lex)
        .without_newsroom(doc.text, lex, &attribution::house_outlets(&doc, lex))
        .with_lede(doc.text, &doc.sentences);
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
    crate::sort::sort_by_key(&mut claim_hulls, |(h, _)| {
        (h.start, std::cmp::Reverse(h.end))
    });
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
    then(Stages { assembler, drafts })
}

impl Stages<'_> {
    /// The whole report, every claim held.
    fn report(self) -> Report {
        let a = &self.assembler;
        let claims: Vec<Claim> = self
            .drafts
            .into_iter()
            .enumerate()
            .map(|(i, d)| a.claim(d, i))
            .collect();
        let weasels = claims.iter().flat_map(|c| weasels(&c.hedges)).cloned();
        Report {
            schema: SCHEMA.to_string(),
            id: None,
            offsets: a.ex.options().offsets,
            sentences: sentences(a),
            entities: entities(a),
            hedges: DocHedges::new(a.hedges, weasels.collect(), a.out).into_vec(),
            quantities: a.quantities.iter().map(|q| a.out.quantity(q)).collect(),
            claims,
        }
    }

    /// The report written field by field into `s` as [`Report`]'s `Serialize` writes it, with
    /// each claim assembled, written and dropped in turn: the claims are never held together.
    fn serialize<S: Serializer>(self, id: Option<&str>, s: S) -> Result<S::Ok, S::Error> {
        let a = &self.assembler;
        let mut st = s.serialize_struct("Report", 8)?;
        st.serialize_field("schema", SCHEMA)?;
        st.serialize_field("id", &id)?;
        st.serialize_field("offsets", &a.ex.options().offsets)?;
        st.serialize_field("sentences", &sentences(a))?;
        let claims = ClaimStream {
            assembler: a,
            drafts: RefCell::new(self.drafts),
            weasels: RefCell::new(Vec::new()),
        };
        st.serialize_field("claims", &claims)?;
        st.serialize_field("entities", &Entities(a))?;
        let weasels = claims.weasels.into_inner();
        st.serialize_field("hedges", &DocHedges::new(a.hedges, weasels, a.out))?;
        st.serialize_field("quantities", &Quantities(a))?;
        st.end()
    }
}

/// The document's sentences as the report gives them.
fn sentences(a: &Assembler) -> Vec<SentenceOut> {
    a.doc
        .sentences
        .iter()
        .map(|s| {
            let (start, end) = a.out.offsets(s.span);
            SentenceOut {
                start,
                end,
                paragraph: s.paragraph,
                headline: s.headline,
            }
        })
        .collect()
}

/// The document's entities as the report gives them.
fn entities(a: &Assembler) -> Vec<Entity> {
    a.ents
        .iter()
        .enumerate()
        .map(|(i, e)| entity(a, i, e))
        .collect()
}

/// The `i`-th entity as the report gives it.
fn entity(a: &Assembler, i: usize, e: &entities::EntityDraft) -> Entity {
    Entity {
        id: format!("e{}", i + 1),
        name: e.name.clone(),
        kind: e.kind,
        role: e.role.clone(),
        mentions: e.mentions.iter().map(|m| a.out.span(*m)).collect(),
    }
}

/// The entities of a streamed report, each made as it is written (never all held at once).
struct Entities<'s, 'a>(&'s Assembler<'a>);

impl Serialize for Entities<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        s.collect_seq(a.ents.iter().enumerate().map(|(i, e)| entity(a, i, e)))
    }
}

/// The quantities of a streamed report, each made as it is written.
struct Quantities<'s, 'a>(&'s Assembler<'a>);

impl Serialize for Quantities<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        s.collect_seq(a.quantities.iter().map(|q| a.out.quantity(q)))
    }
}

/// The claims of a streamed report: each draft is assembled when the serializer reaches it,
/// written, and dropped; the weasels of vague sources are kept for the document's hedges.
struct ClaimStream<'s, 'a> {
    assembler: &'s Assembler<'a>,
    drafts: RefCell<Vec<Draft<'a>>>,
    weasels: RefCell<Vec<Hedge>>,
}

impl Serialize for ClaimStream<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let drafts = std::mem::take(&mut *self.drafts.borrow_mut());
        let mut weasels = self.weasels.borrow_mut();
        let mut seq = s.serialize_seq(Some(drafts.len()))?;
        let with_reasons = self.assembler.ex.options().reasons;
        for (i, d) in drafts.into_iter().enumerate() {
            let (claim, reasons) = self.assembler.typed_claim(d, i);
            weasels.extend(self::weasels(&claim.hedges).cloned());
            let reasons: &[Reason] = if with_reasons { &reasons } else { &[] };
            seq.serialize_element(&ClaimOut {
                claim: &claim,
                reasons,
            })?;
        }
        seq.end()
    }
}

/// A claim written as [`Claim`]'s `Serialize` writes it, with its typed reasons written as
/// strings straight into the output (no string per reason). `tests/tests/streamed.rs` keeps
/// the two writings identical.
struct ClaimOut<'c> {
    claim: &'c Claim,
    reasons: &'c [Reason],
}

/// The reasons of a [`ClaimOut`], each written as its `Display` writes it into one buffer
/// kept for the claim and serialized as a whole string (a serializer's `collect_str` escapes
/// each piece of a reason on its own).
struct ReasonsOut<'c>(&'c [Reason]);

impl Serialize for ReasonsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        let mut buf = String::with_capacity(64);
        for r in self.0 {
            buf.clear();
            // Writing into a String does not fail.
            let _ = r.write_to(&mut buf);
            seq.serialize_element(buf.as_str())?;
        }
        seq.end()
    }
}

impl Serialize for ClaimOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.claim;
        let mut st = s.serialize_struct("Claim", 21)?;
        st.serialize_field("id", &c.id)?;
        st.serialize_field("text", &c.text)?;
        st.serialize_field("start", &c.start)?;
        st.serialize_field("end", &c.end)?;
        st.serialize_field("fragments", &c.fragments)?;
        st.serialize_field("sentence", &c.sentence)?;
        st.serialize_field("attribution", &c.attribution)?;
        st.serialize_field("source", &c.source)?;
        st.serialize_field("cue", &c.cue)?;
        st.serialize_field("channel", &c.channel)?;
        st.serialize_field("hedges", &c.hedges)?;
        st.serialize_field("condition", &c.condition)?;
        st.serialize_field("future", &c.future)?;
        st.serialize_field("negated", &c.negated)?;
        st.serialize_field("certainty", &c.certainty)?;
        st.serialize_field("checkworthiness", &c.checkworthiness)?;
        st.serialize_field("checkworthy", &c.checkworthy)?;
        st.serialize_field("category", &c.category)?;
        st.serialize_field("statement", &c.statement)?;
        st.serialize_field("reasons", &ReasonsOut(self.reasons))?;
        st.serialize_field("quantities", &c.quantities)?;
        st.end()
    }
}

/// A report of one document that runs the pipeline as it is serialized, writing each claim as
/// soon as it is assembled ([`Extractor::streamed`]). Serialized, it is exactly the
/// [`Report`] of [`Extractor::extract`] with its `id` set; in memory it never holds more than one
/// claim, so a large document's JSON is written in a fraction of the report's memory.
pub struct StreamedReport<'a> {
    pub(crate) ex: &'a Extractor,
    pub(crate) text: &'a str,
    pub(crate) id: Option<&'a str>,
}

impl Serialize for StreamedReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        stages(self.ex, self.text, |st| st.serialize(self.id, s))
    }
}

/// The weasel hedges of a claim.
fn weasels(hedges: &[Hedge]) -> impl Iterator<Item = &Hedge> {
    hedges.iter().filter(|h| h.kind == HedgeType::Weasel)
}

/// The document's hedges: its cues, with the weasels that vague sources of claims add, in text
/// order, as positions; each is made into a report [`Hedge`] only when it is written.
struct DocHedges<'s, 'a> {
    out: &'s Out<'a>,
    cues: &'s [crate::modality::HedgeHit],
    weasels: Vec<Hedge>,
    /// `(start, end, which)` in report order; `which` is a cue's index, or `cues.len()` plus a
    /// weasel's index.
    order: Vec<(usize, usize, usize)>,
}

impl<'s, 'a> DocHedges<'s, 'a> {
    /// A weasel is added unless an equal hedge is already there (a cue or an earlier weasel).
    fn new(
        cues: &'s [crate::modality::HedgeHit],
        weasels: Vec<Hedge>,
        out: &'s Out<'a>,
    ) -> DocHedges<'s, 'a> {
        let mut order: Vec<(usize, usize, usize)> = cues
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let (start, end) = out.offsets(h.span);
                (start, end, i)
            })
            .collect();
        let mut by_place = order.clone();
        crate::sort::sort(&mut by_place);
        // The weasels by place and wording; of equal ones, the first in claim order stays.
        let mut seen: Vec<usize> = (0..weasels.len()).collect();
        crate::sort::sort_by(&mut seen, |&a, &b| {
            let (x, y) = (&weasels[a], &weasels[b]);
            (x.start, x.end, x.kind, &x.text)
                .cmp(&(y.start, y.end, y.kind, &y.text))
                .then(a.cmp(&b))
        });
        let mut repeated = vec![false; weasels.len()];
        for pair in seen.windows(2) {
            if weasels[pair[0]] == weasels[pair[1]] {
                repeated[pair[1]] = true;
            }
        }
        for (j, w) in weasels.iter().enumerate() {
            let from = by_place.partition_point(|&(s, e, _)| (s, e) < (w.start, w.end));
            let is_cue = by_place[from..]
                .iter()
                .take_while(|&&(s, e, _)| (s, e) == (w.start, w.end))
                .any(|&(_, _, i)| cues[i].kind == w.kind && out.text(cues[i].span) == w.text);
            if !is_cue && !repeated[j] {
                order.push((w.start, w.end, cues.len() + j));
            }
        }
        // Stable: at one place, cues in their order, then weasels in claim order.
        crate::sort::sort_by_key(&mut order, |&(s, e, _)| (s, e));
        DocHedges {
            out,
            cues,
            weasels,
            order,
        }
    }

    fn get(&self, which: usize) -> Hedge {
        match self.cues.get(which) {
            Some(h) => self.out.hedge(h),
            None => self.weasels[which - self.cues.len()].clone(),
        }
    }

    fn into_vec(self) -> Vec<Hedge> {
        self.order.iter().map(|&(_, _, w)| self.get(w)).collect()
    }
}

impl Serialize for DocHedges<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.order.len()))?;
        for &(_, _, w) in &self.order {
            seq.serialize_element(&self.get(w))?;
        }
        seq.end()
    }
}
