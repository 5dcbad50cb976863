//! Stage 4: attribution — source + cue + content.
//!
//! Constructions, each a rule named in the claim's reasons:
//! - `attr:source-cue-content` — "X said (that) …", "X told reporters that …", with
//!   auxiliaries and adverbs between ("has previously warned");
//! - `attr:content-source-cue` — "…, X said." and `“…,” X said.`;
//! - `attr:content-cue-source` — "…, said X." (inversion);
//! - `attr:according-to` — "according to X, …" and "…, according to X.";
//! - `attr:colon` — "X: ‘…’" headlines and colon introductions of a quotation;
//! - `attr:relative` — "…, who said …" (the source is the relative's antecedent);
//! - `attr:apposition` — "Jane Roe, a spokeswoman for the ministry, said …";
//! - `attr:participle` — "…, saying …" (the source is the main clause's subject);
//! - `attr:coordinated-verb` — "… praised the volunteers and said …";
//! - `attr:passive-it` — "it was reported that …" (no stated source);
//! - `attr:speaker-label` — transcript lines, "MAYOR LIND: …";
//! - `attr:dash-credit` — `“…” — Jane Roe`;
//! - `attr:cue-sentence-after-quotation` — `“Why now?” Clinton asked.` split after the mark.
//!
//! Quotations that continue after the cue (`“A,” she said, “B.”`, or a next sentence that is
//! wholly quoted) and clauses that resume after a parenthetical cue ("The budget, the minister
//! said, will grow") become further fragments of the same claim. Nested attributions are kept.
//! `docs/reasons.md` lists every reason with an example.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::lexicon;
use crate::quotes::Quote;
use crate::report::{Attribution, SourceKind};
use crate::segment::Sentence;
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::*;

/// Every word form of the cue lexicon (first words of phrasal cues included).
fn is_cue_form(w: &str) -> bool {
    static FORMS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    FORMS
        .get_or_init(|| {
            lexicon::CUES
                .entries()
                .flat_map(|e| {
                    e[3].split(',')
                        .map(|f| f.trim().split(' ').next().unwrap_or(""))
                })
                .collect()
        })
        .contains(w)
}

/// A cue lexicon entry.
#[derive(Clone, Copy, Debug)]
pub struct CueEntry {
    pub lemma: &'static str,
    pub class: &'static str,
    pub past: &'static str,
    /// The particle of a phrasal cue ("out" in "point out").
    pub particle: Option<&'static str>,
}

/// The lexicons this stage uses, compiled once.
pub struct Lexicons {
    cues: HashMap<&'static str, Vec<CueEntry>>,
    titles: HashSet<&'static str>,
    source_nouns: HashMap<&'static str, &'static str>,
    organizations: HashSet<String>,
}

impl Lexicons {
    pub fn new() -> Lexicons {
        let mut cues: HashMap<&'static str, Vec<CueEntry>> = HashMap::new();
        for e in lexicon::CUES.entries() {
            for form in e[3].split(',').map(str::trim) {
                let mut parts = form.split(' ');
                let first = parts.next().unwrap_or(form);
                let particle = parts.next();
                cues.entry(first).or_default().push(CueEntry {
                    lemma: e[0],
                    class: e[1],
                    past: e[2],
                    particle,
                });
            }
        }
        Lexicons {
            cues,
            titles: lexicon::TITLES.keys().collect(),
            organizations: lexicon::ORGANIZATIONS
                .keys()
                .map(str::to_lowercase)
                .collect(),
            source_nouns: lexicon::SOURCE_NOUNS
                .entries()
                .map(|e| (e[0], e[1]))
                .collect(),
        }
    }

    /// Is `w` (lowercase) a title word?
    pub fn is_title(&self, w: &str) -> bool {
        self.titles.contains(w)
    }

    /// The source-noun kind of `w` (lowercase), if any.
    pub fn source_noun(&self, w: &str) -> Option<&'static str> {
        self.source_nouns.get(w).copied()
    }

    fn cue_at(&self, toks: &[Tok], i: usize, allow_cap: bool) -> Option<(CueEntry, usize)> {
        let t = &toks[i];
        // Cue verbs are lowercase: "States" in "the United States" is no cue. In a headline in
        // title case ("Mayor Says Bridge Will Reopen") a capitalised cue counts.
        if !t.is_word() || (t.cap && !allow_cap) {
            return None;
        }
        let entries = self.cues.get(t.lower.as_str())?;
        // A phrasal entry wins when its particle follows.
        if let Some(e) = entries.iter().find(|e| {
            e.particle
                .is_some_and(|p| toks.get(i + 1).is_some_and(|n| n.is(p)))
        }) {
            return Some((*e, i + 2));
        }
        entries
            .iter()
            .find(|e| e.particle.is_none())
            .map(|e| (*e, i + 1))
    }
}

impl Default for Lexicons {
    fn default() -> Self {
        Lexicons::new()
    }
}

/// The source of an attribution as found in the text.
#[derive(Clone, Debug)]
pub struct SourceHit {
    pub span: Span,
    pub kind: SourceKind,
    /// The proper name inside the source, if any ("Mark Rutte").
    pub name: Option<Span>,
    /// The title or role given with it ("NATO Secretary General").
    pub role: Option<Span>,
    /// The head word, lowercased.
    pub head: String,
    pub reasons: Vec<String>,
}

/// The cue of an attribution.
#[derive(Clone, Debug)]
pub struct CueHit {
    pub span: Span,
    pub lemma: &'static str,
    pub class: &'static str,
    pub past: &'static str,
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
    pub reasons: Vec<String>,
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

#[derive(Clone, Copy)]
struct Ctx<'a> {
    text: &'a str,
    quotes: &'a [Quote],
    lex: &'a Lexicons,
    sentence: Sentence,
    si: usize,
    headline: bool,
}

/// Find the attributions in every sentence.
pub fn find(
    text: &str,
    sentences: &[Sentence],
    all_toks: &[Vec<Tok>],
    sentence_quotes: &[Vec<Quote>],
    lex: &Lexicons,
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        // Sentences wholly inside an earlier attribution's content are done.
        if out
            .iter()
            .rev()
            .take(16)
            .any(|f| f.covered.contains(s.span))
        {
            continue;
        }
        let toks = &all_toks[si];
        let ctx = Ctx {
            text,
            quotes: &sentence_quotes[si],
            lex,
            sentence: *s,
            si,
            headline: s.headline,
        };
        let mut local: Vec<Found> = Vec::new();
        // "“…” — Jane Roe" split into two sentences: the credit line attributes the quotation
        // that ends the sentence before it.
        if si > 0 {
            let prev_ctx = Ctx {
                quotes: &sentence_quotes[si - 1],
                ..ctx
            };
            if let Some(f) = credit_line(&prev_ctx, toks, &all_toks[si - 1])
                .or_else(|| orphan_cue(&prev_ctx, toks, &all_toks[si - 1]))
            {
                local.push(f);
            }
        }
        for f in analyse(&ctx, toks) {
            // Keep nested attributions ("X said that Y told Z that …"), drop partial overlaps.
            let clash = local.iter().chain(out.iter().rev().take(16)).any(|g| {
                g.covered.overlaps(f.covered)
                    && !g.covered.contains(f.covered)
                    && !f.covered.contains(g.covered)
                    || g.content() == f.content()
                    || g.cue
                        .as_ref()
                        .zip(f.cue.as_ref())
                        .is_some_and(|(a, b)| a.span == b.span)
            });
            if clash {
                continue;
            }
            local.push(f);
        }
        out.extend(local);
    }
    attach_continuations(text, sentences, sentence_quotes, &mut out);
    out.sort_by_key(|f| f.content().start);
    out
}

/// A wholly quoted sentence right after a quoted attribution continues it
/// (`“A,” she said. “B.”`), as long as no other attribution claims that sentence.
fn attach_continuations(
    text: &str,
    sentences: &[Sentence],
    sentence_quotes: &[Vec<Quote>],
    found: &mut [Found],
) {
    let mut taken: Vec<Span> = found.iter().map(|f| f.covered).collect();
    taken.sort();
    for f in found.iter_mut() {
        if f.kind == Attribution::Indirect {
            continue;
        }
        let i = sentences.partition_point(|s| s.span.start < f.covered.end);
        let Some(&s) = sentences.get(i) else {
            continue;
        };
        // Spans taken by attributions that start inside this sentence.
        let lo = taken.partition_point(|t| t.start < s.span.start);
        let hi = taken.partition_point(|t| t.start < s.span.end);
        let earlier_reaches =
            lo > 0 && taken[..lo].iter().rev().take(8).any(|t| t.overlaps(s.span));
        if s.paragraph > sentences[f.sentence].paragraph + 1 || hi > lo || earlier_reaches {
            continue;
        }
        let Some(q) = sentence_quotes[i]
            .iter()
            .find(|q| q.open.start == s.span.start)
        else {
            continue;
        };
        let rest = text[q.outer.end.min(s.span.end)..s.span.end].trim();
        if !rest.chars().all(|c| ".!?".contains(c)) {
            continue;
        }
        f.fragments.push(q.outer);
        f.covered = f.covered.hull(q.outer);
        f.reasons.push("attr:continued-quotation".into());
    }
}

fn analyse(ctx: &Ctx, toks: &[Tok]) -> Vec<Found> {
    let mut out = Vec::new();
    if toks.is_empty() {
        return out;
    }
    if let Some(f) = colon_intro(ctx, toks) {
        out.push(f);
    }
    let mut i = 0;
    while i < toks.len() {
        if toks[i].is("according") && toks.get(i + 1).is_some_and(|t| t.is("to")) && !toks[i].quoted
        {
            if let Some(f) = according_to(ctx, toks, i) {
                out.push(f);
                i += 2;
                continue;
            }
        }
        if !toks[i].quoted {
            if let Some((entry, after)) = ctx.lex.cue_at(toks, i, ctx.headline && i > 0) {
                let prev_source = out.iter().rev().find_map(|f: &Found| f.source.clone());
                if let Some(f) = verb_cue(ctx, toks, i, after, entry, prev_source) {
                    out.push(f);
                }
            }
        }
        i += 1;
    }
    if let Some(f) = dash_credit(ctx, toks) {
        out.push(f);
    }
    out
}

/// A sentence that is only "— Name", after a sentence that ends with a quotation.
fn credit_line(ctx: &Ctx, toks: &[Tok], prev: &[Tok]) -> Option<Found> {
    let first = toks.first()?;
    if !matches!(first.kind, TokKind::Punct('―' | '—' | '–')) || toks.len() > 7 {
        return None;
    }
    let q = quotation_ending(ctx, prev)?;
    if !toks[1..].iter().all(|t| t.is_word()) {
        return None;
    }
    credit(ctx, q, toks, 0, toks.len())
}

/// The quotation that ends a sentence (before its final stop), if any.
fn quotation_ending<'q>(ctx: &'q Ctx, toks: &[Tok]) -> Option<&'q Quote> {
    let mut last = toks.len().checked_sub(1)?;
    while last > 0 && matches!(toks[last].kind, TokKind::Punct('.' | '!' | '?')) {
        last -= 1;
    }
    quote_closing_at(ctx, toks, last)
}

/// The quotation `q` credited by the dash at `toks[d]` to the name in `toks[d + 1..e]`.
fn credit(ctx: &Ctx, q: &Quote, toks: &[Tok], d: usize, e: usize) -> Option<Found> {
    let src = classify(ctx, toks, d + 1, e)?;
    if src.kind != SourceKind::Named {
        return None;
    }
    let cue = CueHit {
        span: toks[d].span,
        lemma: "dash",
        class: "neutral",
        past: "said",
    };
    Some(finish(
        ctx,
        vec![q.outer],
        Some(src),
        Some(cue),
        None,
        vec!["attr:dash-credit".into()],
    ))
}

/// `“Why now?” Clinton said.` split after the question mark: a sentence that is only a source
/// and a cue credits the quotation that ends the sentence before it.
fn orphan_cue(ctx: &Ctx, toks: &[Tok], prev: &[Tok]) -> Option<Found> {
    let c = toks.iter().position(|t| {
        t.is_word() && !is_aux_or_adverb(&t.lower) && ctx.lex.cues.contains_key(t.lower.as_str())
    })?;
    if c == 0 || c > 8 {
        return None;
    }
    let (entry, after) = ctx.lex.cue_at(toks, c, false)?;
    if !tail_is_adverbial(toks, after, entry.lemma == "tell")
        || toks[after..]
            .iter()
            .any(|t| t.kind == TokKind::QuoteOpen || t.is_punct(','))
    {
        return None;
    }
    let mut j = c;
    while j > 0 && toks[j - 1].is_word() && is_aux_or_adverb(&toks[j - 1].lower) {
        j -= 1;
    }
    let src = classify(ctx, toks, 0, j)?;
    let q = quotation_ending(ctx, prev)?;
    let mut f = finish(
        ctx,
        vec![q.outer],
        Some(src),
        Some(cue_hit(toks, c, after, &entry)),
        None,
        vec![
            "attr:content-source-cue".into(),
            "attr:cue-sentence-after-quotation".into(),
        ],
    );
    cover_tail(toks, after, &mut f);
    Some(f)
}

/// `“…” — Jane Roe`: a quotation credited with a dash and a name.
fn dash_credit(ctx: &Ctx, toks: &[Tok]) -> Option<Found> {
    let d = toks
        .iter()
        .rposition(|t| matches!(t.kind, TokKind::Punct('―' | '—' | '–')) && !t.quoted)?;
    if d == 0 || toks[d - 1].kind != TokKind::QuoteClose {
        return None;
    }
    let q = quote_closing_at(ctx, toks, d - 1)?;
    let mut e = d + 1;
    while e < toks.len() && toks[e].is_word() && e - d <= 6 {
        e += 1;
    }
    if e == d + 1 || toks[e..].iter().any(|t| t.is_word()) {
        return None;
    }
    credit(ctx, q, toks, d, e)
}

fn span_of(toks: &[Tok], a: usize, b: usize) -> Span {
    Span::new(toks[a].span.start, toks[b - 1].span.end)
}

fn words_in(toks: &[Tok], a: usize, b: usize) -> usize {
    toks[a..b].iter().filter(|t| t.is_word()).count()
}

/// Attribution kind from the quotations inside the content.
fn kind_of(ctx: &Ctx, fragments: &[Span]) -> Attribution {
    let all_quoted = fragments.iter().all(|f| {
        ctx.quotes
            .iter()
            .any(|q| q.outer.start == f.start && (q.outer.end == f.end || q.close.is_none()))
    });
    if all_quoted {
        return Attribution::Direct;
    }
    let any_quote = fragments.iter().any(|f| {
        ctx.quotes
            .iter()
            .any(|q| f.contains(q.open) || q.outer.contains(*f))
    });
    if any_quote {
        Attribution::Mixed
    } else {
        Attribution::Indirect
    }
}

/// The quotation that opens at token `i`, if any.
fn quote_opening_at<'q>(ctx: &'q Ctx, toks: &[Tok], i: usize) -> Option<&'q Quote> {
    let t = toks.get(i)?;
    if t.kind != TokKind::QuoteOpen {
        return None;
    }
    ctx.quotes.iter().find(|q| q.open.start == t.span.start)
}

/// The quotation that closes at token `i`, if any.
fn quote_closing_at<'q>(ctx: &'q Ctx, toks: &[Tok], i: usize) -> Option<&'q Quote> {
    let t = toks.get(i)?;
    if t.kind != TokKind::QuoteClose {
        return None;
    }
    ctx.quotes
        .iter()
        .find(|q| q.close.is_some_and(|c| c.start == t.span.start))
}

/// Index one past the last content token starting at `st`: stops at a clause that is the
/// writer's own, a summarising apposition, a semicolon, or the sentence's final stop.
fn clause_end(toks: &[Tok], st: usize) -> usize {
    let mut k = st;
    while k < toks.len() {
        let t = &toks[k];
        if !t.quoted {
            // "… and insisted that …": a second cue of the same source ends this content.
            if (t.is("and") || t.is("but")) && k > st {
                let mut n = k + 1;
                while n < toks.len() && toks[n].is_word() && is_aux_or_adverb(&toks[n].lower) {
                    n += 1;
                }
                if toks
                    .get(n)
                    .is_some_and(|x| x.is_word() && !x.cap && !x.quoted && is_cue_form(&x.lower))
                    && toks.get(n + 1).is_some_and(|x| {
                        x.is("that") || x.kind == TokKind::QuoteOpen || x.is_punct(',')
                    })
                {
                    return k;
                }
            }
            if t.is_punct(';') {
                return k;
            }
            if t.is_punct(',') || t.is_punct('—') {
                let n1 = toks.get(k + 1);
                let n2 = toks.get(k + 2);
                let n3 = toks.get(k + 3);
                if n1.is_some_and(|n| is_contrast_clause_start(&n.lower))
                    || (n1.is_some_and(|n| n.is("even")) && n2.is_some_and(|n| n.is("though")))
                {
                    return k;
                }
                // "…, a statement that …", "…, a move which …".
                if n1.is_some_and(|n| n.is("a") || n.is("an"))
                    && n3.is_some_and(|n| n.is("that") || n.is("which"))
                {
                    return k;
                }
                if n1.is_some_and(|n| n.is("according")) && n2.is_some_and(|n| n.is("to")) {
                    return k;
                }
                // "…, said the pumping station …": the next attribution's cue.
                if n1.is_some_and(|n| n.is_word() && !n.cap && is_cue_form(&n.lower)) {
                    return k;
                }
            }
        }
        k += 1;
    }
    // Drop the sentence's final stop (but keep a closing quotation mark).
    trim_content_end(toks, st, toks.len())
}

/// Drop trailing punctuation (a closing quotation mark stays with the content).
fn trim_content_end(toks: &[Tok], st: usize, mut end: usize) -> usize {
    while end > st
        && matches!(
            toks[end - 1].kind,
            TokKind::Punct('.' | '!' | '?' | '…' | ',' | ':' | ';' | '—' | '-')
        )
    {
        end -= 1;
    }
    end
}

/// Walk left from token `end` (inclusive) over a noun phrase. Returns its first token index.
fn np_back(toks: &[Tok], end: usize) -> Option<usize> {
    let head = toks.get(end)?;
    if !head.is_word() || is_np_barrier(&head.lower) || is_time_word(&head.lower) || head.quoted {
        return None;
    }
    let mut k = end;
    let mut n = 1;
    while k > 0 && n < 12 {
        let t = &toks[k - 1];
        if !t.is_word() || t.quoted {
            break;
        }
        // "sources close to the talks", "an adviser to the minister": "to" inside the phrase.
        let inner_to = t.is("to")
            && k >= 2
            && matches!(
                toks[k - 2].lower.as_str(),
                "close"
                    | "closest"
                    | "adviser"
                    | "advisor"
                    | "advisers"
                    | "advisors"
                    | "ambassador"
                    | "envoy"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "aide"
                    | "aides"
                    | "counsel"
                    | "secretary"
                    | "assistant"
                    | "consultant"
                    | "consultants"
            );
        if !inner_to && (is_np_barrier(&t.lower) || (!t.cap && is_cue_form(&t.lower))) {
            break;
        }
        // A verb phrase in -ing ends the phrase ("… began taking calls"); an -ing adjective
        // does not ("the city's housing director").
        if !t.cap
            && t.lower.len() > 5
            && t.lower.ends_with("ing")
            && k >= 2
            && (toks[k - 2].lower.ends_with("ed")
                || is_be(&toks[k - 2].lower)
                || matches!(
                    toks[k - 2].lower.as_str(),
                    "began" | "begun" | "start" | "starts" | "kept" | "keeps" | "stop" | "stops"
                ))
        {
            break;
        }
        if is_np_preposition(&t.lower) {
            // Only inside a phrase: a noun must come before the preposition.
            if k < 2
                || !toks[k - 2].is_word()
                || is_determiner(&toks[k - 2].lower)
                || is_np_barrier(&toks[k - 2].lower)
            {
                break;
            }
        }
        k -= 1;
        n += 1;
    }
    // Drop leading fillers and a leading adverbial ("But", "On Monday").
    loop {
        if k < end && is_leading_filler(&toks[k].lower) {
            k += 1;
            continue;
        }
        if k < end && is_leading_preposition(&toks[k].lower) && toks[k].cap {
            // "In Paris officials said": skip the preposition and its object's first word.
            k += 1;
            while k < end && (is_determiner(&toks[k].lower) || is_time_word(&toks[k].lower)) {
                k += 1;
            }
            if k < end
                && toks[k].cap
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.cap || !is_determiner(&n.lower))
            {
                k += 1;
            }
            continue;
        }
        if k < end && is_np_preposition(&toks[k].lower) {
            k += 1;
            continue;
        }
        break;
    }
    // "… to placate nervous Democrats on Capitol Hill, who …": a phrase that starts with a
    // lowercase word (a verb or adjective) starts at its first determiner or name instead.
    if k < end && !toks[k].cap && !is_determiner(&toks[k].lower) {
        if let Some(d) = (k + 1..=end).find(|&i| toks[i].cap || is_determiner(&toks[i].lower)) {
            k = d;
        }
    }
    (k <= end).then_some(k)
}

/// Classify the noun phrase `toks[a..b]` as a source.
fn classify(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<SourceHit> {
    if a >= b {
        return None;
    }
    let head = &toks[b - 1];
    let span = span_of(toks, a, b);
    let mut reasons = Vec::new();
    // A clause or a prepositional phrase is no source ("that Phoenix supports …").
    if matches!(
        toks[a].lower.as_str(),
        "that"
            | "which"
            | "who"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "of"
            | "to"
            | "after"
            | "before"
            | "during"
            | "if"
            | "when"
            | "while"
            | "as"
            | "because"
    ) && b - a > 1
    {
        return None;
    }
    if b - a == 1 && is_subject_pronoun(&head.lower) {
        reasons.push(format!("source:pronoun:{}", head.lower));
        return Some(SourceHit {
            span,
            kind: SourceKind::Pronoun,
            name: None,
            role: None,
            head: head.lower.clone(),
            reasons,
        });
    }
    if is_time_word(&head.lower) || head.lower == "there" || is_subject_pronoun(&head.lower) {
        return None;
    }
    let first = &toks[a];
    // "a source familiar with the talks": the head comes before its post-modifier.
    let head = (a..b)
        .find(|&h| {
            ctx.lex.source_noun(&toks[h].lower).is_some()
                && toks.get(h + 1).is_some_and(|n| {
                    is_np_preposition(&n.lower)
                        || matches!(
                            n.lower.as_str(),
                            "familiar"
                                | "close"
                                | "briefed"
                                | "knowledgeable"
                                | "involved"
                                | "speaking"
                        )
                })
        })
        .map_or(head, |h| &toks[h]);
    if let Some(kind) = ctx.lex.source_noun(&head.lower) {
        // A capitalised name inside still makes it named ("Kremlin spokesman Dmitri X" has a
        // capitalised head and is handled below).
        let indefinite = first.is("a") || first.is("an") || first.is("one");
        let sk = match kind {
            "vague" => SourceKind::Vague,
            "anonymous" => SourceKind::Anonymous,
            "role" if indefinite => SourceKind::Anonymous,
            _ => SourceKind::Description,
        };
        reasons.push(format!(
            "source:lexicon:source_nouns:{}={}",
            head.lower, kind
        ));
        return Some(SourceHit {
            span,
            kind: sk,
            name: None,
            role: (kind == "role").then_some(span),
            head: head.lower.clone(),
            reasons,
        });
    }
    // "Engineers warned …": a capitalised plural that only opens the sentence is a group.
    let sentence_initial_plural = b - a == 1
        && a == 0
        && head.lower.len() > 4
        && head.lower.ends_with('s')
        && !head.lower.ends_with("ss")
        && !ctx.lex.organizations.contains(head.lower.as_str())
        && head
            .span
            .of(ctx.text)
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase());
    if sentence_initial_plural {
        reasons.push(format!("source:plural-group:{}", head.lower));
        return Some(SourceHit {
            span,
            kind: SourceKind::Vague,
            name: None,
            role: None,
            head: head.lower.clone(),
            reasons,
        });
    }
    if head.cap && !(b - a == 1 && a == 0 && is_sentence_starter_word(&head.lower)) {
        // Named: split off the title words before the name.
        let mut name_start = b - 1;
        while name_start > a {
            let t = &toks[name_start - 1];
            if t.cap && t.is_word() && !ctx.lex.is_title(&t.lower) && !t.is_acronym(ctx.text) {
                name_start -= 1;
            } else {
                break;
            }
        }
        // Title words (and the organisation that owns the title) make the role.
        let role = if name_start > a {
            let mut ra = a;
            while ra < name_start && is_determiner(&toks[ra].lower) {
                ra += 1;
            }
            // Honorifics alone ("Dr.", "Mrs.") are no role.
            let has_title = toks[ra..name_start]
                .iter()
                .any(|t| ctx.lex.is_title(&t.lower) && !is_honorific(&t.lower));
            if has_title && ra < name_start {
                reasons.push("source:title-before-name".into());
                Some(span_of(toks, ra, name_start))
            } else {
                None
            }
        } else {
            None
        };
        // "The New York Post": the whole capitalised phrase is the name.
        let all_cap = toks[a..b]
            .iter()
            .all(|t| t.cap || is_determiner(&t.lower) || t.is("of"));
        let name_from = if role.is_none() && all_cap {
            let mut s = a;
            while s < b && (is_determiner(&toks[s].lower) || is_honorific(&toks[s].lower)) {
                s += 1;
            }
            if s < b {
                s
            } else {
                name_start
            }
        } else {
            name_start
        };
        reasons.push("source:named".into());
        return Some(SourceHit {
            span,
            kind: SourceKind::Named,
            name: Some(span_of(toks, name_from, b)),
            role,
            head: head.lower.clone(),
            reasons,
        });
    }
    let plural = head.lower.len() > 3
        && head.lower.ends_with('s')
        && !head.lower.ends_with("ss")
        && !head.lower.ends_with("us")
        && !head.lower.ends_with("is");
    if plural
        && !head.cap
        && b - a <= 4
        && toks[a..b]
            .iter()
            .enumerate()
            .all(|(i, t)| !t.cap || is_determiner(&t.lower) || a + i == 0)
    {
        reasons.push(format!("source:plural-group:{}", head.lower));
        return Some(SourceHit {
            span,
            kind: SourceKind::Vague,
            name: None,
            role: None,
            head: head.lower.clone(),
            reasons,
        });
    }
    // "the city's mayor", "Connecticut's tax commissioner", "Clinton's team".
    let possessive = first.span.of(ctx.text).ends_with("'s") && b - a >= 2;
    if (is_determiner(&first.lower) || possessive) && b - a <= 6 && head.is_word() && !head.cap {
        // "a guard at the prison", "an employee": one unnamed person is an anonymous source.
        let indefinite = first.is("a") || first.is("an");
        reasons.push(
            if indefinite {
                "source:indefinite-person"
            } else {
                "source:description"
            }
            .into(),
        );
        return Some(SourceHit {
            span,
            kind: if indefinite {
                SourceKind::Anonymous
            } else {
                SourceKind::Description
            },
            name: None,
            role: None,
            head: head.lower.clone(),
            reasons,
        });
    }
    None
}

fn is_sentence_starter_word(w: &str) -> bool {
    is_leading_preposition(w)
        || is_leading_filler(w)
        || matches!(
            w,
            "this" | "that" | "these" | "those" | "it" | "such" | "there" | "however" | "if" | "as"
        )
}

/// Find the source noun phrase that ends right before the cue at `c` (skipping auxiliaries).
/// Returns (first token, one past last token, rule).
fn source_before(ctx: &Ctx, toks: &[Tok], c: usize) -> Option<(SourceHit, usize, &'static str)> {
    let mut j = c;
    while j > 0 && toks[j - 1].is_word() && is_aux_or_adverb(&toks[j - 1].lower) {
        j -= 1;
    }
    // "on Monday", "this month", "last week" between the source and the cue.
    if j >= 2
        && is_time_word(&toks[j - 1].lower)
        && matches!(
            toks[j - 2].lower.as_str(),
            "on" | "this" | "last" | "next" | "earlier" | "later"
        )
    {
        j -= 2;
        while j > 0 && toks[j - 1].is_word() && is_aux_or_adverb(&toks[j - 1].lower) {
            j -= 1;
        }
    }
    // "Gov. Mike Pence (R-IN) said": skip a parenthetical after the name.
    if j >= 3 && toks[j - 1].is_punct(')') {
        if let Some(open) = (0..j - 1).rev().take(8).find(|&k| toks[k].is_punct('(')) {
            j = open;
        }
    }
    if j == 0 {
        return None;
    }
    let last = &toks[j - 1];
    // "…, who said …": the antecedent before the comma.
    if (last.is("who") || last.is("which")) && j >= 3 && toks[j - 2].is_punct(',') {
        let a = np_back(toks, j - 3)?;
        let src = classify(ctx, toks, a, j - 2)?;
        return Some((src, a, "attr:relative"));
    }
    if last.is_punct(',') && j >= 2 {
        // "Jane Roe, a spokeswoman for the ministry, said".
        let app_start = np_back(toks, j - 2)?;
        let art = &toks[app_start];
        // "The campaign chairman, Phil Lovas, said": the description comes first.
        if art.cap && app_start >= 2 && toks[app_start - 1].is_punct(',') {
            if let Some(mut name) = classify(ctx, toks, app_start, j - 1) {
                if name.kind == SourceKind::Named {
                    if let Some(desc_start) = np_back(toks, app_start - 2) {
                        if is_determiner(&toks[desc_start].lower) {
                            name.role = Some(span_of(toks, desc_start, app_start - 1));
                            name.span = span_of(toks, desc_start, j - 1);
                            name.reasons
                                .push("source:apposition-description-first".into());
                            return Some((name, desc_start, "attr:apposition"));
                        }
                    }
                    name.reasons.push("source:apposition-name".into());
                    return Some((name, app_start, "attr:apposition"));
                }
            }
        }
        if (art.is("a") || art.is("an") || art.is("the"))
            && app_start >= 2
            && toks[app_start - 1].is_punct(',')
        {
            let name_start = np_back(toks, app_start - 2)?;
            let mut name = classify(ctx, toks, name_start, app_start - 1)?;
            if name.kind == SourceKind::Named {
                name.span = span_of(toks, name_start, j - 1);
                let mut ra = app_start;
                while ra < j - 1 && is_determiner(&toks[ra].lower) {
                    ra += 1;
                }
                if ra < j - 1 {
                    name.role = Some(span_of(toks, ra, j - 1));
                }
                name.reasons.push("source:apposition".into());
                return Some((name, name_start, "attr:apposition"));
            }
        }
        // "Marta Ruiz, 59, of Leeds, said", "Ruiz, who watched …, said": the name opens the
        // sentence and comma-separated additions follow it.
        // The name opens the sentence, or follows the quotation it is credited with
        // (`“…,” Khaled Ali, an editor at the paper, said`).
        let b0 = toks[..j - 1]
            .iter()
            .rposition(|t| t.kind == TokKind::QuoteClose)
            .map_or(0, |q| q + 1);
        let first_comma = b0 + toks[b0..j - 1].iter().position(|t| t.is_punct(','))?;
        let mut s0 = b0;
        while s0 < first_comma && is_leading_filler(&toks[s0].lower) {
            s0 += 1;
        }
        let additions = &toks[first_comma..j - 1];
        // A relative clause may hold a verb of saying ("who asked not to be named").
        let relative = additions
            .get(1)
            .is_some_and(|t| t.is("who") || t.is("which"));
        let plain = additions.len() <= 24
            && additions.iter().all(|t| {
                !t.quoted
                    && !matches!(
                        t.kind,
                        TokKind::QuoteOpen | TokKind::QuoteClose | TokKind::Punct(';' | ':')
                    )
                    && (relative || ctx.lex.cue_at(std::slice::from_ref(t), 0, false).is_none())
            });
        if plain && first_comma > s0 && first_comma - s0 <= 6 {
            if let Some(mut name) = classify(ctx, toks, s0, first_comma) {
                if name.kind != SourceKind::Pronoun {
                    name.span = span_of(toks, s0, j - 1);
                    let rs = first_comma + 1;
                    let re = toks[rs..j - 1]
                        .iter()
                        .position(|t| t.is_punct(','))
                        .map_or(j - 1, |p| rs + p);
                    if re > rs
                        && (is_determiner(&toks[rs].lower) || ctx.lex.is_title(&toks[rs].lower))
                    {
                        let mut r0 = rs;
                        while r0 < re && is_determiner(&toks[r0].lower) {
                            r0 += 1;
                        }
                        if r0 < re {
                            name.role = Some(span_of(toks, r0, re));
                        }
                    }
                    name.reasons.push("source:name-with-additions".into());
                    return Some((name, s0, "attr:apposition"));
                }
            }
        }
        return None;
    }
    let a = np_back(toks, j - 1)?;
    let src = classify(ctx, toks, a, j)?;
    Some((src, a, "attr:source-cue-content"))
}

/// The subject that opens the sentence: the longest run of tokens from the start that still
/// reads as a source, stopping at the first token that breaks it.
fn subject_at_start(ctx: &Ctx, toks: &[Tok], limit: usize) -> Option<SourceHit> {
    // After a leading adverbial and its comma ("In the hearing, two engineers …").
    let s0 = if toks
        .first()
        .is_some_and(|t| is_leading_preposition(&t.lower) || is_leading_filler(&t.lower))
    {
        toks.iter()
            .take(10)
            .position(|t| t.is_punct(','))
            .map_or(0, |c| c + 1)
    } else {
        0
    };
    let mut best = None;
    for k in s0 + 1..=limit.min(toks.len()).min(s0 + 12) {
        let hit = source_before(ctx, toks, k)
            .filter(|(_, a, _)| *a == s0)
            .map(|x| x.0);
        match hit {
            Some(h) => best = Some(h),
            None if best.is_some() => break,
            None => {}
        }
    }
    best
}

/// A source noun phrase right after the cue ("…, said Jane Roe, a spokeswoman.").
fn source_after(ctx: &Ctx, toks: &[Tok], st: usize) -> Option<(SourceHit, usize)> {
    let mut e = st;
    while e < toks.len() && toks[e].is_word() && !toks[e].quoted && e - st < 12 {
        if e > st && is_np_barrier(&toks[e].lower) {
            break;
        }
        e += 1;
    }
    if e == st {
        return None;
    }
    // Trim trailing lowercase words that cannot end a name phrase ("said Smith on Monday").
    let mut b = e;
    while b > st + 1 && (is_np_preposition(&toks[b - 1].lower) || is_time_word(&toks[b - 1].lower))
    {
        b -= 1;
    }
    let src = classify(ctx, toks, st, b)?;
    let mut end = b;
    let mut src = src;
    // An apposition after a comma: ", a spokeswoman for the ministry".
    if toks.get(end).is_some_and(|t| t.is_punct(','))
        && toks
            .get(end + 1)
            .is_some_and(|t| t.is("a") || t.is("an") || t.is("the"))
    {
        let mut k = end + 1;
        while k < toks.len() && (toks[k].is_word() || toks[k].is_punct('&')) && !toks[k].quoted {
            k += 1;
        }
        if k > end + 2 && src.kind == SourceKind::Named {
            src.role = Some(span_of(toks, end + 2, k));
            src.span = span_of(toks, st, k);
            src.reasons.push("source:apposition".into());
            end = k;
        }
    }
    Some((src, end))
}

/// True when tokens from `k` on are only an adverbial tail: the end, a comma, a time or place.
fn tail_is_adverbial(toks: &[Tok], k: usize, object_ok: bool) -> bool {
    // "told the press", "told the local paper on Friday": an addressee, then the end or a comma.
    if object_ok {
        let n = toks[k..]
            .iter()
            .take_while(|t| t.is_word() && !t.is("that"))
            .count();
        if n <= 6
            && toks
                .get(k + n)
                .is_none_or(|t| matches!(t.kind, TokKind::Punct(',' | '.' | '!' | '?' | ';')))
        {
            return true;
        }
    }
    let mut i = k;
    let mut n = 0;
    while i < toks.len() {
        let t = &toks[i];
        match t.kind {
            TokKind::Punct(',' | ';' | '(') => return true,
            // "…, said the station “may not cope”": a quotation right after the words is
            // their content, not a continuation.
            TokKind::QuoteOpen => return false,
            TokKind::Punct('.' | '!' | '?' | '…' | ')') => {}
            TokKind::Word => {
                if t.is("that") || n >= 16 {
                    return false;
                }
                // "several months after her release", "two days later".
                let time_phrase = toks.iter().skip(i + 1).take(2).any(|x| {
                    is_time_word(&x.lower)
                        || matches!(
                            x.lower.as_str(),
                            "days"
                                | "weeks"
                                | "months"
                                | "years"
                                | "hours"
                                | "minutes"
                                | "ago"
                                | "later"
                        )
                });
                // "to reporters", "to the BBC" — but not "to liquidate" (an infinitive).
                if t.is("to")
                    && n == 0
                    && toks.get(i + 1).is_some_and(|x| {
                        x.is_word()
                            && !x.cap
                            && !is_determiner(&x.lower)
                            && !is_object_word(&x.lower)
                    })
                {
                    return false;
                }
                if n == 0
                    && !((object_ok && is_object_word(&t.lower))
                        || (time_phrase
                            && (is_determiner(&t.lower)
                                || t.lower.starts_with(|c: char| c.is_ascii_digit())))
                        || (object_ok && t.cap)
                        || t.is("of")
                        || t.is("about")
                        || is_leading_preposition(&t.lower)
                        || is_time_word(&t.lower)
                        || t.is("in")
                        || t.is("on")
                        || t.is("at")
                        || t.is("to")
                        || t.is("during")
                        || t.is("via")
                        || t.is("recently")
                        || t.is("later")
                        || t.is("today")
                        || t.is("yesterday")
                        || t.is("last")
                        || t.is("this")
                        || t.is("earlier")
                        || t.is("adding")
                        || t.is("citing"))
                {
                    return false;
                }
                n += 1;
            }
            _ => return false,
        }
        i += 1;
    }
    true
}

/// Token index of the start of the content that comes before a post-posed cue.
fn content_before(ctx: &Ctx, toks: &[Tok], sep: usize, min_words: usize) -> Option<Vec<Span>> {
    // `“…,” she said` — the quotation, wherever it started.
    let q_idx = if toks[sep].kind == TokKind::QuoteClose {
        Some(sep)
    } else if sep >= 1 && toks[sep - 1].kind == TokKind::QuoteClose {
        Some(sep - 1)
    } else {
        None
    };
    if let Some(qi) = q_idx {
        let q = quote_closing_at(ctx, toks, qi)?;
        // Only when the quotation is what comes before (not a quoted word mid-clause).
        let before_open = toks.iter().position(|t| t.span.start == q.open.start);
        let starts_clause = match before_open {
            None => true, // opened in an earlier sentence
            Some(0) => true,
            Some(o) => matches!(toks[o - 1].kind, TokKind::Punct(':' | ',' | '—' | '(')),
        };
        if starts_clause {
            return Some(vec![q.outer]);
        }
        // `Not paying taxes “makes me smart,” he said`: the clause with its quoted part.
        let end = trim_content_end(toks, 0, qi + 1);
        if words_in(toks, 0, end) >= min_words {
            return Some(vec![span_of(toks, 0, end)]);
        }
        return None;
    }
    if toks[sep].kind != TokKind::Punct(',') {
        return None;
    }
    // The clause from the sentence start (after a leading quote mark, if unbalanced).
    let end = trim_content_end(toks, 0, sep);
    if end == 0 || words_in(toks, 0, end) < min_words {
        return None;
    }
    Some(vec![span_of(toks, 0, end)])
}

/// The content after a pre-posed cue: `[obj] [that] CONTENT`, a quotation, a wh-clause, or an
/// infinitive for cues of commitment and warning.
fn content_after(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> Option<(usize, usize, Option<Span>, Vec<String>)> {
    let mut reasons = Vec::new();
    let mut st = after;
    let mut channel = None;
    if toks
        .get(st)
        .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
    {
        st += 1;
    }
    if entry.class == "framing" {
        let window = &toks[after..toks.len().min(after + 10)];
        let has_as = window.iter().any(|t| t.is("as"));
        let quoted_label = window
            .iter()
            .take(5)
            .take_while(|t| !is_np_preposition(&t.lower))
            .any(|t| t.kind == TokKind::QuoteOpen);
        let called_it = entry.lemma == "call"
            && toks.get(after).is_some_and(|t| {
                matches!(t.lower.as_str(), "it" | "them" | "this" | "him" | "her")
            });
        if !(has_as || called_it || quoted_label) {
            return None;
        }
        reasons.push("content:framing-verb-phrase".into());
        let end = trim_content_end(toks, c, clause_end(toks, c));
        return Some((c, end, None, reasons));
    }
    // "says of Clinton, …": the topic phrase is skipped.
    if toks.get(st).is_some_and(|t| t.is("of") || t.is("about")) {
        if let Some(k) = (st + 1..toks.len().min(st + 8)).find(|&k| toks[k].is_punct(',')) {
            st = k + 1;
        }
    }
    // "that" within reach, past an object or a channel ("told reporters on Monday that").
    let reach = toks.len().min(st + 10);
    let that = (st..reach).find(|&k| toks[k].is("that") && !toks[k].quoted);
    // What stands between the cue and "that" must be an addressee or a channel, else "that"
    // opens a relative clause inside the content ("said the image that he admires …").
    let middle_ok = that.is_some_and(|t| {
        t == st || {
            let m = &toks[st];
            is_object_word(&m.lower)
                || m.cap
                || is_leading_preposition(&m.lower)
                || m.is("in")
                || m.is("on")
                || m.is("to")
                || m.is("via")
                || m.is("through")
                || m.is("publicly")
                || m.is("repeatedly")
                || m.lower.ends_with("ly")
                || matches!(
                    entry.lemma,
                    "tell"
                        | "inform"
                        | "assure"
                        | "remind"
                        | "warn"
                        | "advise"
                        | "convince"
                        | "persuade"
                )
        }
    });
    let that = that.filter(|_| middle_ok);
    let blocked = that.is_some_and(|t| {
        toks[st..t].iter().any(|x| {
            matches!(x.kind, TokKind::QuoteOpen | TokKind::Punct(';' | '.'))
                || ctx.lex.cues.contains_key(x.lower.as_str())
        })
    });
    if let Some(t) = that.filter(|_| !blocked) {
        if t > st {
            let mid_first = &toks[st];
            // A channel names where it was said ("in a statement"), not when ("on Tuesday").
            if (is_leading_preposition(&mid_first.lower)
                || mid_first.is("in")
                || mid_first.is("on"))
                && toks[st..t].iter().any(|x| is_channel_noun(&x.lower))
            {
                channel = Some(span_of(toks, st, trim_content_end(toks, st, t)));
                reasons.push("channel:after-cue".into());
            }
        }
        reasons.push("content:that-clause".into());
        st = t + 1;
    } else {
        // An object of "tell"-like cues: "told reporters the plan was dead".
        if matches!(
            entry.lemma,
            "tell"
                | "inform"
                | "assure"
                | "remind"
                | "warn"
                | "advise"
                | "urge"
                | "promise"
                | "ask"
        ) {
            if let Some(t) = toks.get(st) {
                if is_object_word(&t.lower) {
                    st += 1;
                } else if t.cap && !t.quoted && t.kind == TokKind::Word {
                    while st < toks.len() && toks[st].cap && toks[st].is_word() {
                        st += 1;
                    }
                }
            }
            // "told me, “…”": the comma or colon after the addressee.
            if st > after
                && toks
                    .get(st)
                    .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
            {
                st += 1;
            }
            // "… on Thursday how …".
            if toks.get(st).is_some_and(|t| t.is("on"))
                && toks.get(st + 1).is_some_and(|t| is_time_word(&t.lower))
            {
                st += 2;
            }
        }
        // "warned state officials to boost …": the infinitive after the addressee.
        if matches!(
            entry.lemma,
            "tell" | "warn" | "urge" | "ask" | "advise" | "remind" | "call on"
        ) {
            if let Some(k) = (st..toks.len().min(st + 7)).find(|&k| {
                toks[k].is("to")
                    && toks
                        .get(k + 1)
                        .is_some_and(|v| v.is_word() && !v.cap && !is_determiner(&v.lower))
            }) {
                // "who asked not to be named" withholds a name; it reports nothing.
                if toks[st..k]
                    .iter()
                    .all(|t| t.is_word() && !t.quoted && !t.is("not") && !t.is("never"))
                {
                    if entry.lemma == "call on" {
                        reasons.push("content:addressee-and-infinitive".into());
                    } else {
                        reasons.push("content:infinitive-after-addressee".into());
                        st = k;
                    }
                    let end = trim_content_end(toks, st, clause_end(toks, st));
                    return (end > st && words_in(toks, st, end) >= 2)
                        .then_some((st, end, channel, reasons));
                }
            }
        }
        if entry.lemma == "call for" {
            reasons.push("content:demand".into());
            let end = trim_content_end(toks, st, clause_end(toks, st));
            return (end > st).then_some((st, end, channel, reasons));
        }
        let first = toks.get(st)?;
        let quoted_start = first.kind == TokKind::QuoteOpen;
        // Verbs that are nouns or other verbs as often as reporting cues ("the state",
        // "maintains a program", "Editor's note") report only with "that" or a quotation.
        if !quoted_start
            && !auxiliary_ahead(ctx, toks, st)
            && matches!(
                entry.lemma,
                "state"
                    | "note"
                    | "remark"
                    | "comment"
                    | "maintain"
                    | "concede"
                    | "object"
                    | "observe"
                    | "charge"
                    | "signal"
                    | "frame"
                    | "learn"
                    | "find"
                    | "reply"
                    | "respond"
                    | "recall"
                    | "recount"
                    | "mention"
                    | "hint"
                    | "indicate"
            )
        {
            return None;
        }
        let infinitive = first.is("to")
            && matches!(entry.class, "commitment" | "warning" | "assertive")
            && toks.get(st + 1).is_some_and(|v| {
                v.is_word()
                    && !v.cap
                    && !is_determiner(&v.lower)
                    && !is_object_word(&v.lower)
                    && !v.lower.starts_with(|c: char| c.is_ascii_digit())
            });
        let wh = matches!(
            first.lower.as_str(),
            "how" | "what" | "why" | "whether" | "where" | "who" | "when"
        ) && matches!(
            entry.class,
            "neutral" | "question" | "disclosure" | "assertive"
        );
        // A bare clause: anything but a preposition or adverb first, then a finite verb
        // before the clause is over.
        let subjectish = first.is_word()
            && !is_np_preposition(&first.lower)
            && !matches!(
                first.lower.as_str(),
                "during"
                    | "until"
                    | "through"
                    | "across"
                    | "against"
                    | "among"
                    | "without"
                    | "within"
                    | "upon"
                    | "via"
                    | "per"
                    | "like"
                    | "than"
                    | "including"
                    | "toward"
                    | "towards"
                    | "after"
                    | "before"
                    | "since"
                    | "under"
                    | "despite"
            )
            && !matches!(
                first.lower.as_str(),
                "to" | "by"
                    | "about"
                    | "into"
                    | "over"
                    | "goodbye"
                    | "hello"
                    | "sorry"
                    | "yes"
                    | "no"
                    | "so"
                    | "thanks"
            )
            && (!first.lower.ends_with("ly") || first.lower.len() <= 4);
        // The clause's verb may come after a parenthetical between commas ("the program, run
        // by the department, has brought …"); any other comma ends the search.
        let mut window_end = st;
        let limit = toks.len().min(st + 30);
        while window_end < limit {
            match toks[window_end].kind {
                TokKind::Punct(';' | ':' | '—' | '.') => break,
                TokKind::Punct(',') => {
                    let next = toks.get(window_end + 1);
                    let parenthetical = next.is_some_and(|n| {
                        n.is_word()
                            && !n.cap
                            && (n.lower.ends_with("ed")
                                || n.lower.ends_with("ing")
                                || matches!(
                                    n.lower.as_str(),
                                    "which" | "who" | "where" | "a" | "an" | "the"
                                ))
                    });
                    let close = toks[window_end + 1..limit]
                        .iter()
                        .position(|t| t.is_punct(','));
                    match (parenthetical, close) {
                        (true, Some(c)) => window_end += c + 2,
                        _ => break,
                    }
                }
                _ => window_end += 1,
            }
        }
        let window_end = window_end.min(limit);
        let window = &toks[st..window_end];
        // An inflected verb after a subject: a pronoun, a name, or "the bill".
        let inflected = (1..window.len()).any(|k| {
            let (p, t) = (&window[k - 1], &window[k]);
            let subject = is_subject_pronoun(&p.lower)
                || (p.cap && p.is_word())
                || matches!(
                    p.lower.as_str(),
                    "two"
                        | "three"
                        | "four"
                        | "five"
                        | "both"
                        | "many"
                        | "some"
                        | "all"
                        | "few"
                        | "several"
                        | "most"
                        | "others"
                )
                || (p.is_word()
                    && !is_determiner(&p.lower)
                    && !is_np_preposition(&p.lower)
                    && !p.lower.ends_with("ed")
                    && !p.lower.ends_with("ing"));
            let third_person = t.lower.len() > 3
                && t.lower.ends_with('s')
                && !t.lower.ends_with("ss")
                && !t.lower.ends_with("us")
                && !p.lower.ends_with('s');
            subject
                && t.is_word()
                && !t.cap
                && (third_person
                    || (t.lower.len() > 3 && t.lower.ends_with("ed"))
                    || is_irregular_past(&t.lower))
        });
        let auxiliary = window.iter().any(|t| {
            t.is_word()
                && (is_be(&t.lower)
                    || ["'ll", "'d", "'s", "'re", "'ve", "'m", "n't"]
                        .iter()
                        .any(|c| t.span.of(ctx.text).to_lowercase().ends_with(c))
                    || matches!(
                        t.lower.as_str(),
                        "will"
                            | "would"
                            | "has"
                            | "have"
                            | "had"
                            | "can"
                            | "could"
                            | "should"
                            | "may"
                            | "might"
                            | "must"
                            | "does"
                            | "did"
                            | "do"
                            | "won't"
                            | "can't"
                            | "isn't"
                            | "wasn't"
                            | "didn't"
                            | "doesn't"
                            | "'s"
                            | "'re"
                            | "'ll"
                            | "'d"
                            | "aren't"
                            | "weren't"
                            | "shouldn't"
                            | "wouldn't"
                            | "couldn't"
                            | "hasn't"
                            | "haven't"
                    ))
        });
        // "they want", "we need": a plural or first-person subject pronoun and a plain verb.
        let plain_verb = window.windows(2).any(|w| {
            matches!(w[0].lower.as_str(), "they" | "we" | "i" | "you")
                && w[1].is_word()
                && !w[1].cap
                && !is_determiner(&w[1].lower)
                && !is_np_preposition(&w[1].lower)
        }) || window.windows(3).any(|w| {
            // "the results confirm …": determiner, plural noun, plain verb.
            is_determiner(&w[0].lower)
                && w[1].is_word()
                && w[1].lower.len() > 3
                && w[1].lower.ends_with('s')
                && !w[1].lower.ends_with("ss")
                && w[2].is_word()
                && !w[2].cap
                && !is_determiner(&w[2].lower)
                && !is_np_preposition(&w[2].lower)
                && !is_auxiliary(&w[2].lower)
                && !w[2].lower.ends_with("ly")
                && !w[2].lower.ends_with('s')
                && !matches!(
                    w[2].lower.as_str(),
                    "and" | "or" | "but" | "that" | "which" | "who" | "to"
                )
        });
        let finite = inflected || auxiliary || plain_verb;
        if quoted_start {
            reasons.push("content:quotation".into());
        } else if infinitive {
            reasons.push("content:infinitive".into());
        } else if wh {
            reasons.push("content:wh-clause".into());
        } else if subjectish
            && (finite
                && matches!(
                    entry.class,
                    "neutral" | "belief" | "assertive" | "warning" | "denial" | "evidence"
                )
                || auxiliary && matches!(entry.class, "disclosure" | "commitment" | "accusation"))
        {
            reasons.push("content:bare-clause".into());
        } else {
            return None;
        }
    }
    let end = clause_end(toks, st);
    let end = trim_content_end(toks, st, end);
    if end <= st || words_in(toks, st, end) < 2 {
        return None;
    }
    Some((st, end, channel, reasons))
}

/// A be-form, modal or contraction among the next few words: the words after a cue read as a
/// clause ("noted clients are beginning to …").
fn auxiliary_ahead(ctx: &Ctx, toks: &[Tok], st: usize) -> bool {
    toks.iter()
        .skip(st)
        .take(8)
        .take_while(|t| !matches!(t.kind, TokKind::Punct(',' | ';' | ':' | '.')))
        .any(|t| {
            t.is_word()
                && (is_be(&t.lower)
                    || matches!(
                        t.lower.as_str(),
                        "will"
                            | "would"
                            | "can"
                            | "could"
                            | "has"
                            | "have"
                            | "had"
                            | "should"
                            | "may"
                            | "might"
                            | "must"
                    )
                    || t.span.of(ctx.text).ends_with("n't"))
        })
}

/// A channel before the source: "In an interview with the newspaper Bild, X said …".
fn leading_channel(toks: &[Tok], src_start: usize) -> Option<Span> {
    if src_start < 3 || !toks[src_start - 1].is_punct(',') {
        return None;
    }
    let first = &toks[0];
    if !(first.is("in")
        || first.is("on")
        || first.is("during")
        || first.is("at")
        || first.is("speaking")
        || first.is("writing"))
    {
        return None;
    }
    if !toks[..src_start - 1]
        .iter()
        .any(|t| is_channel_noun(&t.lower))
    {
        return None;
    }
    Some(span_of(toks, 0, src_start - 1))
}

fn cue_hit(toks: &[Tok], c: usize, after: usize, entry: &CueEntry) -> CueHit {
    CueHit {
        span: span_of(toks, c, after),
        lemma: entry.lemma,
        class: entry.class,
        past: entry.past,
    }
}

fn finish(
    ctx: &Ctx,
    fragments: Vec<Span>,
    source: Option<SourceHit>,
    cue: Option<CueHit>,
    channel: Option<Span>,
    mut reasons: Vec<String>,
) -> Found {
    let kind = kind_of(ctx, &fragments);
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
        reasons.push(format!("cue:lexicon:cues:{}({})", c.lemma, c.class));
    }
    if let Some(ch) = channel {
        covered = covered.hull(ch);
    }
    reasons.push(format!(
        "attribution:{}",
        match kind {
            Attribution::Direct => "direct:all-quoted",
            Attribution::Mixed => "mixed:partly-quoted",
            Attribution::Indirect => "indirect:no-quotation-marks",
            Attribution::Author => "author",
        }
    ));
    // A quoted sentence-spanning content moves the claim to its first sentence.
    Found {
        fragments,
        source,
        cue,
        channel,
        kind,
        sentence: ctx.si,
        covered,
        reasons,
    }
}

fn verb_cue(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: CueEntry,
    prev_source: Option<SourceHit>,
) -> Option<Found> {
    let prev = c.checked_sub(1).map(|p| &toks[p]);
    // "states", "charges", "remarks", "shows": the same form as the noun; only "that", a colon
    // or a quotation after it makes it a cue ("battleground states could be decisive").
    if !toks[c].lower.ends_with("ed")
        && matches!(
            entry.lemma,
            "state" | "charge" | "object" | "signal" | "frame" | "remark" | "comment"
        )
        && !toks
            .get(after)
            .is_some_and(|t| t.is("that") || t.is_punct(':') || t.kind == TokKind::QuoteOpen)
    {
        return None;
    }
    // Participles used as adjectives or passives: "the reported figures", "was told".
    let mut p = c;
    while p > 0
        && toks[p - 1].is_word()
        && matches!(
            toks[p - 1].lower.as_str(),
            "also" | "widely" | "previously" | "long" | "not" | "been" | "being"
        )
    {
        p -= 1;
    }
    if p > 0 && is_be(&toks[p - 1].lower) {
        // "it is believed that …" has no stated source.
        if p >= 2 && toks[p - 2].is("it") && toks.get(after).is_some_and(|t| t.is("that")) {
            let st = after + 1;
            let end = trim_content_end(toks, st, clause_end(toks, st));
            if end > st && words_in(toks, st, end) >= 2 {
                let mut f = finish(
                    ctx,
                    vec![span_of(toks, st, end)],
                    None,
                    Some(cue_hit(toks, c, after, &entry)),
                    None,
                    vec!["attr:passive-it".into(), "source:unstated".into()],
                );
                f.covered = f.covered.hull(toks[p - 2].span);
                return Some(f);
            }
        }
        return None;
    }
    if prev.is_some_and(|t| is_determiner(&t.lower) || t.span.of(ctx.text).ends_with("'s"))
        || toks.get(after).is_some_and(|t| t.is("by"))
    {
        return None;
    }
    let cue = cue_hit(toks, c, after, &entry);
    // "…, saying …": the source is the subject of the main clause.
    if toks[c].lower.ends_with("ing") {
        if !prev.is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        let src = prev_source.or_else(|| subject_at_start(ctx, toks, c))?;
        let (st, end, channel, mut reasons) = content_after(ctx, toks, c, after, &entry)?;
        reasons.insert(0, "attr:participle".into());
        let mut f = finish(
            ctx,
            vec![span_of(toks, st, end)],
            Some(src),
            Some(cue),
            channel,
            reasons,
        );
        // The source stands with the main verb; this attribution uses only its own words.
        f.covered = Span::new(toks[c].span.start, f.covered.end);
        return Some(f);
    }
    // "…, said X." — inversion after the content.
    if c > 0 && matches!(toks[c - 1].kind, TokKind::Punct(',') | TokKind::QuoteClose) {
        if let Some((src, src_end)) = source_after(ctx, toks, after) {
            if tail_is_adverbial(toks, src_end, false) {
                let fragments = content_before(ctx, toks, c - 1, 3)?;
                let rule = "attr:content-cue-source";
                return Some(post_posed(ctx, toks, fragments, src, cue, rule, src_end));
            }
        }
    }
    // "… and said …": the subject of the first verb.
    let mut j = c;
    while j > 0 && toks[j - 1].is_word() && is_aux_or_adverb(&toks[j - 1].lower) {
        j -= 1;
    }
    let coordinated = j > 0 && (toks[j - 1].is("and") || toks[j - 1].is("but"));
    let continues = continuation_after(toks, after).is_some();
    let (src, a, rule) = match source_before(ctx, toks, c) {
        Some(x) if !coordinated => x,
        _ if coordinated => {
            let src = prev_source.or_else(|| subject_at_start(ctx, toks, j))?;
            (src, j, "attr:coordinated-verb")
        }
        _ => return None,
    };
    // "…, X said." — the source follows the content.
    let quote_follows = toks
        .get(after)
        .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
        && toks
            .get(after + 1)
            .is_some_and(|t| t.kind == TokKind::QuoteOpen);
    if a > 0
        && matches!(toks[a - 1].kind, TokKind::Punct(',') | TokKind::QuoteClose)
        && !(quote_follows && toks[a - 1].kind == TokKind::Punct(','))
        && tail_is_adverbial(toks, after, entry.lemma == "tell")
        && rule != "attr:relative"
    {
        if let Some(fragments) = content_before(ctx, toks, a - 1, if continues { 1 } else { 3 }) {
            let rule = "attr:content-source-cue";
            return Some(post_posed(ctx, toks, fragments, src, cue, rule, after));
        }
    }
    let (st, end, channel, mut reasons) = content_after(ctx, toks, c, after, &entry)?;
    let channel = channel.or_else(|| leading_channel(toks, a));
    if channel.is_some() && !reasons.iter().any(|r| r.starts_with("channel")) {
        reasons.push("channel:leading-phrase".into());
    }
    reasons.insert(0, rule.into());
    let relative = rule == "attr:relative";
    let mut content = span_of(toks, st, end);
    // A quotation that opens the content and runs past the sentence.
    if let Some(q) = quote_opening_at(ctx, toks, st) {
        if q.outer.end > content.end {
            content.end = q.outer.end;
        }
    }
    let mut f = finish(ctx, vec![content], Some(src), Some(cue), channel, reasons);
    if relative {
        // The antecedent also belongs to the main clause, which stays the writer's.
        f.covered = Span::new(
            toks[c.saturating_sub(1)]
                .span
                .start
                .min(f.cue.as_ref().map_or(content.start, |q| q.span.start)),
            f.covered.end,
        );
        let who = (0..c)
            .rev()
            .find(|&k| toks[k].is("who") || toks[k].is("which"))
            .unwrap_or(c);
        f.covered.start = toks[who].span.start;
    }
    Some(f)
}

/// "The budget, the minister said, will grow": the clause resumes after the cue.
fn continuation_after(toks: &[Tok], from: usize) -> Option<(usize, usize)> {
    if !toks.get(from).is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    let st = from + 1;
    let first = toks.get(st)?;
    if !first.is_word()
        || first.cap
        || matches!(
            first.lower.as_str(),
            "adding"
                | "citing"
                | "saying"
                | "noting"
                | "but"
                | "and"
                | "although"
                | "though"
                | "according"
                | "while"
                | "as"
                | "referring"
                | "explaining"
                | "arguing"
                | "who"
                | "which"
                | "in"
                | "on"
                | "at"
                | "after"
                | "before"
                | "during"
                | "when"
        )
    {
        return None;
    }
    let end = trim_content_end(toks, st, clause_end(toks, st));
    (end > st && words_in(toks, st, end) >= 2).then_some((st, end))
}

/// An attribution whose source and cue follow the content: the content may resume after the
/// cue's tail (`“A,” she said, “B.”`, "…, he told me on Friday, is that …"), and the tail belongs
/// to the attribution.
fn post_posed(
    ctx: &Ctx,
    toks: &[Tok],
    mut fragments: Vec<Span>,
    src: SourceHit,
    cue: CueHit,
    rule: &'static str,
    tail: usize,
) -> Found {
    let tail_end = (tail..toks.len())
        .find(|&k| !toks[k].is_word())
        .unwrap_or(toks.len());
    add_following_quote(ctx, toks, tail_end, &mut fragments);
    let mut f = finish(
        ctx,
        fragments,
        Some(src),
        Some(cue),
        None,
        vec![rule.into()],
    );
    cover_tail(toks, tail, &mut f);
    f
}

/// The addressee and adverbials after a post-posed cue ("told reporters on Monday") belong
/// to the attribution, not to a claim of the writer's.
fn cover_tail(toks: &[Tok], from: usize, f: &mut Found) {
    let mut k = from;
    while k < toks.len() && !matches!(toks[k].kind, TokKind::Punct(',' | ';') | TokKind::QuoteOpen)
    {
        k += 1;
    }
    if k > from {
        f.covered = f.covered.hull(span_of(toks, from, k));
    }
}

/// `“A,” she said, “B.”` — a quotation right after the cue continues the content; so does a
/// clause that resumes after a parenthetical cue.
fn add_following_quote(ctx: &Ctx, toks: &[Tok], from: usize, fragments: &mut Vec<Span>) {
    if fragments.len() == 1 && !ctx.quotes.iter().any(|q| q.outer == fragments[0]) {
        if let Some((st, end)) = continuation_after(toks, from) {
            fragments.push(span_of(toks, st, end));
            return;
        }
    }
    let mut k = from;
    while k < toks.len() && matches!(toks[k].kind, TokKind::Punct(',' | ':' | '.')) {
        k += 1;
    }
    if k > from {
        if let Some(q) = quote_opening_at(ctx, toks, k) {
            fragments.push(q.outer);
        }
    }
}

fn according_to(ctx: &Ctx, toks: &[Tok], i: usize) -> Option<Found> {
    let st = i + 2;
    let mut e = st;
    while e < toks.len() && toks[e].is_word() && e - st < 12 {
        e += 1;
    }
    // "according to Rathbun the property was returned": with no comma, a name ends where the
    // capitalised words end and a new clause begins.
    if toks.get(st).is_some_and(|t| t.cap) {
        let mut n = st;
        while n < e && (toks[n].cap || (toks[n].is("of") && toks.get(n + 1).is_some_and(|x| x.cap)))
        {
            n += 1;
        }
        if n < e && (is_determiner(&toks[n].lower) || is_subject_pronoun(&toks[n].lower)) {
            e = n;
        }
    }
    let src = classify(ctx, toks, st, e).or_else(|| {
        // Sources like "a report by the agency": take the whole phrase as a description.
        (e > st).then(|| SourceHit {
            span: span_of(toks, st, e),
            kind: SourceKind::Description,
            name: None,
            role: None,
            head: toks[e - 1].lower.clone(),
            reasons: vec!["source:description".into()],
        })
    })?;
    let cue = CueHit {
        span: span_of(toks, i, i + 2),
        lemma: "according to",
        class: "neutral",
        past: "according to",
    };
    let lead = toks[..i]
        .iter()
        .all(|t| is_leading_filler(&t.lower) || !t.is_word());
    let content = if lead {
        let mut cs = e;
        while cs < toks.len() && toks[cs].is_punct(',') {
            cs += 1;
        }
        let end = trim_content_end(toks, cs, clause_end(toks, cs));
        let mut content =
            (end > cs && words_in(toks, cs, end) >= 2).then(|| span_of(toks, cs, end))?;
        if let Some(q) = quote_opening_at(ctx, toks, cs) {
            content.end = content.end.max(q.outer.end);
        }
        content
    } else {
        let end = trim_content_end(toks, 0, i);
        (end > 0 && words_in(toks, 0, end) >= 2).then(|| span_of(toks, 0, end))?
    };
    Some(finish(
        ctx,
        vec![content],
        Some(src),
        Some(cue),
        None,
        vec!["attr:according-to".into()],
    ))
}

/// A transcript or interview line: "MAYOR LIND: We will rebuild." at the start of a line (a
/// quotation mark may open it). The speaker is a name in capitals; the content runs to the end
/// of the line.
fn speaker_label(ctx: &Ctx, toks: &[Tok]) -> Option<Found> {
    let s0 = usize::from(toks.first()?.kind == TokKind::QuoteOpen);
    let c = (s0..toks.len().min(s0 + 4)).find(|&k| toks[k].is_punct(':'))?;
    if c == s0
        || !toks[s0..c]
            .iter()
            .all(|t| t.is_word() && t.is_acronym(ctx.text))
    {
        return None;
    }
    let line_start = ctx.text[..toks[0].span.start]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    if !ctx.text[line_start..toks[0].span.start].trim().is_empty() {
        return None;
    }
    let from = toks.get(c + 1)?.span.start;
    let line_end = ctx.text[from..]
        .find('\n')
        .map_or(ctx.text.len(), |i| from + i);
    let content = Span::new(from, line_end).trim(ctx.text);
    let content = Span::new(
        content.start,
        content.start
            + ctx.text[content.start..content.end]
                .trim_end_matches(['"', '\u{201d}'])
                .len(),
    );
    if content.len() < 3 {
        return None;
    }
    let src = SourceHit {
        span: span_of(toks, s0, c),
        kind: SourceKind::Named,
        name: Some(span_of(toks, s0, c)),
        role: None,
        head: toks[c - 1].lower.clone(),
        reasons: vec!["source:speaker-label".into()],
    };
    let cue = CueHit {
        span: toks[c].span,
        lemma: ":",
        class: "neutral",
        past: "said",
    };
    let mut f = finish(
        ctx,
        vec![content],
        Some(src),
        Some(cue),
        None,
        vec!["attr:speaker-label".into()],
    );
    // A transcript line is verbatim speech, quoted or not.
    f.kind = Attribution::Direct;
    f.reasons.push("attribution:direct:transcript-line".into());
    Some(f)
}

fn colon_intro(ctx: &Ctx, toks: &[Tok]) -> Option<Found> {
    if let Some(f) = speaker_label(ctx, toks) {
        return Some(f);
    }
    let c = toks.iter().position(|t| t.is_punct(':') && !t.quoted)?;
    if c == 0 || c > 12 {
        return None;
    }
    if toks[..c]
        .iter()
        .any(|t| !t.is_word() || ctx.lex.cues.contains_key(t.lower.as_str()))
    {
        return None;
    }
    // "Photo: Ana Ruiz/Reuters" and other labels introduce no speech.
    if toks[..c].iter().any(|t| {
        is_credit_label(&t.lower)
            || matches!(
                t.lower.as_str(),
                "caption" | "note" | "update" | "correction"
            )
    }) {
        return None;
    }
    let src = classify(ctx, toks, 0, c)?;
    let lexicon_backed = ctx.lex.source_noun(&src.head).is_some();
    if !matches!(
        src.kind,
        SourceKind::Named | SourceKind::Vague | SourceKind::Anonymous
    ) && src.role.is_none()
        && !lexicon_backed
    {
        return None;
    }
    let content = if let Some(q) = quote_opening_at(ctx, toks, c + 1) {
        q.outer
    } else if ctx.headline && words_in(toks, c + 1, toks.len()) >= 3 {
        span_of(toks, c + 1, trim_content_end(toks, c + 1, toks.len()))
    } else {
        return None;
    };
    let cue = CueHit {
        span: toks[c].span,
        lemma: ":",
        class: "neutral",
        past: "said",
    };
    let _ = ctx.sentence;
    Some(finish(
        ctx,
        vec![content],
        Some(src),
        Some(cue),
        None,
        vec!["attr:colon".into()],
    ))
}
