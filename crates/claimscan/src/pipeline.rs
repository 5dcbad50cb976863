//! Runs the stages in order and builds the report.

use crate::attribution::{self, Found};
use crate::claims;
use crate::entities::{self, EntityDraft, Gazetteer};
use crate::modality::{self, HedgeHit, Hedges};
use crate::normalize::Normalized;
use crate::offsets::OffsetMap;
use crate::quotes;
use crate::report::*;
use crate::score::{Features, Scorer};
use crate::segment::{self, Abbreviations};
use crate::span::Span;
use crate::statement;
use crate::tokens::{tokenize, Tok};
use crate::Extractor;

/// Everything compiled once per extractor.
pub(crate) struct Resources {
    pub abbr: Abbreviations,
    pub attr: attribution::Lexicons,
    pub hedges: Hedges,
    pub gaz: Gazetteer,
    pub scorer: Scorer,
}

impl Resources {
    pub fn new() -> Resources {
        Resources {
            abbr: Abbreviations::new(),
            attr: attribution::Lexicons::new(),
            hedges: Hedges::new(),
            gaz: Gazetteer::new(),
            scorer: Scorer::new(),
        }
    }
}

/// A claim before offsets are converted.
struct Draft {
    fragments: Vec<Span>,
    sentence: usize,
    attribution: Attribution,
    found: Option<Found>,
    reasons: Vec<String>,
}

struct Out<'a> {
    original: &'a str,
    norm: &'a Normalized,
    map: OffsetMap<'a>,
}

impl Out<'_> {
    fn span(&self, s: Span) -> TextSpan {
        let o = self.norm.to_original(s);
        TextSpan {
            start: self.map.convert(o.start),
            end: self.map.convert(o.end),
            text: self.original[o.start..o.end].to_string(),
        }
    }
}

pub(crate) fn run(ex: &Extractor, original: &str) -> Report {
    let res = &ex.res;
    let opts = ex.options();
    let norm = Normalized::new(original);
    let text = norm.text.as_str();
    // 2. Segmentation; 3. quotations.
    let seg = segment::segment(text, &res.abbr);
    let quotes = quotes::find_quotes(text, &seg.paragraphs);
    // The quotations overlapping each sentence, in one sweep (sentences and quotations are
    // both in text order), so that no stage scans every quotation for every sentence.
    let sentence_quotes = quotes_by_sentence(&seg.sentences, &quotes);
    let toks: Vec<Vec<Tok>> = seg
        .sentences
        .iter()
        .zip(&sentence_quotes)
        .map(|(s, q)| tokenize(text, s.span, q))
        .collect();
    // 4. Attribution; 5. author claims.
    let found = attribution::find(text, &seg.sentences, &toks, &sentence_quotes, &res.attr);
    let mut drafts: Vec<Draft> = found
        .iter()
        .map(|f| Draft {
            fragments: f.fragments.clone(),
            sentence: sentence_of(&seg.sentences, f.fragments[0].start).unwrap_or(f.sentence),
            attribution: f.kind,
            found: Some(f.clone()),
            reasons: f.reasons.clone(),
        })
        .collect();
    if opts.author_claims {
        for a in claims::author_claims(text, &seg.sentences, &toks, &found, opts.min_claim_words) {
            drafts.push(Draft {
                fragments: vec![a.span],
                sentence: a.sentence,
                attribution: Attribution::Author,
                found: None,
                reasons: a.reasons,
            });
        }
    }
    drafts.sort_by_key(|d| (d.fragments[0].start, d.fragments[0].end));
    // 6. Hedges over the whole text; 7. entities.
    let hedges = res.hedges.find(text);
    let ents = entities::find(text, &seg.sentences, &toks, &found, &res.attr, &res.gaz);

    let out = Out {
        original,
        norm: &norm,
        map: OffsetMap::new(original, opts.offsets),
    };
    let is_starter = |w: &str| res.abbr.is_starter(w);
    let claims: Vec<Claim> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            build_claim(
                ex,
                &out,
                text,
                &toks,
                &seg.sentences,
                &hedges,
                &ents,
                d,
                i,
                &is_starter,
            )
        })
        .collect();
    let sentences = seg
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
        claims,
        entities,
        hedges: hedges.iter().map(|h| out.span(h.span)).collect(),
    }
}

fn quotes_by_sentence(
    sentences: &[crate::segment::Sentence],
    quotes: &[quotes::Quote],
) -> Vec<Vec<quotes::Quote>> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut active: Vec<quotes::Quote> = Vec::new();
    let mut next = 0;
    for s in sentences {
        while next < quotes.len() && quotes[next].open.start < s.span.end {
            active.push(quotes[next]);
            next += 1;
        }
        active.retain(|q| q.outer.end > s.span.start);
        out.push(
            active
                .iter()
                .filter(|q| q.outer.overlaps(s.span))
                .copied()
                .collect(),
        );
    }
    out
}

fn sentence_of(sentences: &[crate::segment::Sentence], pos: usize) -> Option<usize> {
    sentences
        .iter()
        .position(|s| s.span.start <= pos && pos < s.span.end.max(s.span.start + 1))
}

/// The entity a source refers to, and why.
fn resolve(text: &str, f: &Found, ents: &[EntityDraft]) -> Option<(usize, &'static str)> {
    let src = f.source.as_ref()?;
    match src.kind {
        SourceKind::Named => {
            let name = src.name.unwrap_or(src.span);
            ents.iter()
                .position(|e| e.mentions.iter().any(|m| m.overlaps(name)))
                .map(|i| (i, "source:resolved:name"))
        }
        SourceKind::Description => ents
            .iter()
            .position(|e| {
                e.mentions
                    .iter()
                    .any(|m| src.span.contains(*m) && m.of(text).to_lowercase().starts_with("the "))
            })
            .map(|i| (i, "source:resolved:role-description")),
        SourceKind::Pronoun => {
            let want = match src.head.as_str() {
                "he" | "she" => EntityKind::Person,
                "it" => EntityKind::Organization,
                _ => return None,
            };
            // The entity of that kind mentioned last before the pronoun.
            ents.iter()
                .enumerate()
                .filter(|(_, e)| e.kind == want)
                .filter_map(|(i, e)| {
                    e.mentions
                        .iter()
                        .filter(|m| m.end <= src.span.start)
                        .map(|m| m.end)
                        .max()
                        .map(|end| (end, i))
                })
                .max()
                .map(|(_, i)| (i, "source:resolved:pronoun-last-mention"))
        }
        _ => None,
    }
}

#[allow(clippy::too_many_arguments)]
fn build_claim(
    ex: &Extractor,
    out: &Out,
    text: &str,
    toks: &[Vec<Tok>],
    sentences: &[crate::segment::Sentence],
    hedges: &[HedgeHit],
    ents: &[EntityDraft],
    d: &Draft,
    index: usize,
    is_starter: &dyn Fn(&str) -> bool,
) -> Claim {
    let res = &ex.res;
    let mut reasons = d.reasons.clone();
    let hull = d
        .fragments
        .iter()
        .copied()
        .reduce(Span::hull)
        .unwrap_or_default();
    // The content's own tokens, for modality.
    let first = sentences.partition_point(|s| s.span.end <= hull.start);
    let last = sentences.partition_point(|s| s.span.start < hull.end);
    let content_toks: Vec<Tok> = toks[first..last.max(first)]
        .iter()
        .flatten()
        .filter(|t| d.fragments.iter().any(|f| f.contains(t.span)))
        .cloned()
        .collect();
    let mut m = modality::analyse(&content_toks);
    let attributed = d.attribution != Attribution::Author;
    if attributed && m.future.is_none() && content_toks.iter().any(|t| t.is("would")) {
        m.future = Some("would".into());
        m.reasons.push("future:would-in-reported-speech".into());
    }
    let h0 = hedges.partition_point(|h| h.span.start < hull.start);
    let h1 = hedges.partition_point(|h| h.span.start < hull.end);
    let claim_hedges: Vec<&HedgeHit> = hedges[h0..h1.max(h0)]
        .iter()
        .filter(|h| d.fragments.iter().any(|f| f.contains(h.span)))
        .collect();
    for h in &claim_hedges {
        reasons.push(format!("hedge:lexicon:hedges:{}({})", h.phrase, h.kind));
    }
    reasons.extend(m.reasons.iter().cloned());
    // Source, resolved to an entity.
    let mut source = None;
    let mut cue = None;
    let mut channel = None;
    let mut source_name: Option<String> = None;
    if let Some(f) = &d.found {
        if let Some(src) = &f.source {
            let resolved = resolve(text, f, ents);
            if let Some((_, why)) = resolved {
                reasons.push(why.to_string());
            }
            let entity = resolved.map(|(i, _)| &ents[i]);
            let name = entity
                .map(|e| e.name.clone())
                .or_else(|| src.name.map(|n| out.span(n).text));
            let role = src
                .role
                .map(|r| out.span(r).text)
                .filter(|_| src.kind == SourceKind::Named)
                .or_else(|| entity.and_then(|e| e.role.clone()));
            let t = out.span(src.span);
            source_name = name.clone().or_else(|| Some(t.text.clone()));
            source = Some(Source {
                text: t.text,
                start: t.start,
                end: t.end,
                name,
                role,
                entity: resolved.map(|(i, _)| format!("e{}", i + 1)),
                kind: src.kind,
                vague: matches!(src.kind, SourceKind::Vague | SourceKind::Anonymous),
            });
            if matches!(src.kind, SourceKind::Vague | SourceKind::Anonymous) {
                reasons.push(format!("source:vague:{}", src.head));
            }
        }
        if let Some(c) = &f.cue {
            let t = out.span(c.span);
            cue = Some(Cue {
                text: t.text,
                start: t.start,
                end: t.end,
                lemma: c.lemma.to_string(),
                class: c.class.to_string(),
            });
        }
        channel = f.channel.map(|c| out.span(c));
    }
    let entity_count = ents
        .iter()
        .filter(|e| {
            e.mentions
                .iter()
                .any(|m| d.fragments.iter().any(|f| f.contains(*m)))
        })
        .count();
    let content_text: String = d
        .fragments
        .iter()
        .map(|f| f.of(text))
        .collect::<Vec<_>>()
        .join(" ");
    let question = content_text
        .trim_end()
        .trim_end_matches(['"', '\u{201d}', '\u{2019}'])
        .ends_with('?');
    let score = res.scorer.score(
        &content_text,
        &Features {
            entities: entity_count,
            named_source: source.as_ref().is_some_and(|s| s.kind == SourceKind::Named),
            vague_source: source.as_ref().is_some_and(|s| s.vague),
            hedged: !claim_hedges.is_empty(),
            future: m.future.is_some(),
            question,
            attributed,
        },
    );
    reasons.extend(score.reasons);
    let checkworthy = score.score >= ex.options().checkworthy_threshold;
    let fragments: Vec<TextSpan> = d.fragments.iter().map(|f| out.span(*f)).collect();
    let hull_out = out.span(hull);
    let frag_texts: Vec<String> = fragments.iter().map(|f| f.text.clone()).collect();
    let statement = statement::build(&statement::Parts {
        attribution: d.attribution,
        source: source_name.as_deref(),
        cue_lemma: d
            .found
            .as_ref()
            .and_then(|f| f.cue.as_ref())
            .map(|c| c.lemma),
        cue_past: d
            .found
            .as_ref()
            .and_then(|f| f.cue.as_ref())
            .map(|c| c.past),
        cue_class: d
            .found
            .as_ref()
            .and_then(|f| f.cue.as_ref())
            .map(|c| c.class),
        fragments: frag_texts.iter().map(String::as_str).collect(),
        is_starter,
    });
    Claim {
        id: format!("c{}", index + 1),
        text: hull_out.text,
        start: hull_out.start,
        end: hull_out.end,
        fragments,
        sentence: d.sentence,
        attribution: d.attribution,
        source,
        cue,
        channel,
        hedges: claim_hedges.iter().map(|h| out.span(h.span)).collect(),
        condition: m.condition.map(|c| out.span(c)),
        future: m.future.is_some(),
        negated: m.negated.is_some(),
        checkworthiness: score.score,
        checkworthy,
        category: score.category,
        statement,
        reasons,
    }
}
