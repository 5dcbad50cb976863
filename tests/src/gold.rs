//! The gold checker: holds a report against expectations written the way a careful reader
//! states them (the seed gold format, `../shared/seed/nato-rutte.gold.json`).
//!
//! [`checks`] runs every check of a document and returns one [`Outcome`] per check, passed or
//! not, so a runner can count what passes and group what fails. A check about a claim that is
//! not found at all still counts, as failed: the number of checks of a gold file never depends
//! on the extractor's output. [`check`] is the strict form: the failures only.

use claimscan::{Claim, Report};
use serde::Deserialize;
use std::path::Path;

/// What must be true of one claim. `content_has` names the claim by a piece of its text.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimExpect {
    pub id: Option<String>,
    /// The construction family the claim is an example of ("uncued-quote", "label-colon", …),
    /// used to group failures.
    pub family: Option<String>,
    pub content_has: String,
    /// The claim's whole text, when where the content ends is what the case tests.
    pub content_is: Option<String>,
    pub attribution: Option<String>,
    pub source_name: Option<String>,
    pub source_role_has: Option<String>,
    pub source_mention: Option<String>,
    pub source_kind: Option<String>,
    pub cue: Option<String>,
    /// The cue's whole phrase ("has previously warned", "said in a statement:").
    pub cue_phrase: Option<String>,
    pub condition_has: Option<String>,
    pub no_condition: Option<bool>,
    pub channel_has: Option<String>,
    pub no_channel: Option<bool>,
    #[serde(default)]
    pub hedges: Vec<String>,
    pub vague_source: Option<bool>,
    pub future: Option<bool>,
    pub negated: Option<bool>,
    pub category: Option<String>,
    pub fragments: Option<usize>,
    #[serde(default)]
    pub checkworthy_above: Vec<String>,
    pub note: Option<String>,
}

/// A sentence whose claims should score low.
#[derive(Debug, Deserialize)]
pub struct LowExpect {
    pub id: String,
    pub sentence_has: String,
}

/// What must be true of one entity.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityExpect {
    pub name: String,
    pub kind: String,
    pub role_has: Option<String>,
    #[serde(default)]
    pub mentions_include: Vec<String>,
}

/// A whole-document expectation (the seed gold format, plus `text` for inline cases).
#[derive(Debug, Deserialize)]
pub struct DocExpect {
    #[serde(default)]
    pub name: String,
    /// The rule (reason code) the case is about: some claim must carry it.
    #[serde(default)]
    pub rule: Option<String>,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub claims: Vec<ClaimExpect>,
    #[serde(default)]
    pub low_checkworthiness: Vec<LowExpect>,
    #[serde(default)]
    pub entities: Vec<EntityExpect>,
    /// Content pieces that must NOT be reported as attributed claims.
    #[serde(default)]
    pub not_attributed: Vec<String>,
    /// Text that must never be (part of) a claim's source: link labels ("READ MORE"), section
    /// labels ("BONDS"), timestamps, interview markers ("Q").
    #[serde(default)]
    pub no_source_has: Vec<String>,
    /// Text that must not be (part of) any claim: an introduction to a quotation ("Here is what
    /// she had to say:"), a question put to the source.
    #[serde(default)]
    pub no_claim_has: Vec<String>,
}

/// The result of one check.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The construction family of the claim checked, or the kind of document-level check
    /// ("entity", "not-a-source", "quote-not-author", …).
    pub family: String,
    /// What was checked: a gold field ("attribution", "source_name", …).
    pub kind: &'static str,
    pub passed: bool,
    /// The failure, naming the gold entry and the claim found; empty when passed.
    pub detail: String,
}

impl Outcome {
    fn new(family: &str, kind: &'static str, failure: Option<String>) -> Outcome {
        Outcome {
            family: family.to_string(),
            kind,
            passed: failure.is_none(),
            detail: failure.unwrap_or_default(),
        }
    }
}

/// Read `<name>.txt` and `<name>.gold.json` from `dir`; `None` when either is missing.
/// Panics when the gold file does not have the expected shape.
pub fn load_article(dir: &Path, name: &str) -> Option<(String, DocExpect)> {
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).ok()?;
    let gold = std::fs::read_to_string(dir.join(format!("{name}.gold.json"))).ok()?;
    let doc: DocExpect = serde_json::from_str(&gold)
        .unwrap_or_else(|e| panic!("{name}.gold.json does not have the gold shape: {e}"));
    Some((text, doc))
}

pub(crate) fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// Find the claim that `e` names.
pub fn find_claim<'r>(report: &'r Report, e: &ClaimExpect) -> Option<&'r Claim> {
    let want = squash(&e.content_has);
    let mut hits: Vec<&Claim> = report
        .claims
        .iter()
        .filter(|c| squash(&c.text).contains(&want))
        .collect();
    if let Some(a) = &e.attribution {
        if hits.len() > 1 {
            hits.retain(|c| &attr(c) == a);
        }
    }
    hits.into_iter().min_by_key(|c| c.text.len())
}

fn attr(c: &Claim) -> String {
    c.attribution.as_str().to_string()
}

/// Check `report` against `doc`; the failures, every one listed, none stopping the others.
pub fn check(report: &Report, doc: &DocExpect) -> Vec<String> {
    checks(report, doc)
        .into_iter()
        .filter(|o| !o.passed)
        .map(|o| o.detail)
        .collect()
}

/// Run every check of `doc` on `report`, passed or failed.
pub fn checks(report: &Report, doc: &DocExpect) -> Vec<Outcome> {
    let mut out = Vec::new();
    if let Some(rule) = &doc.rule {
        let carried = report
            .claims
            .iter()
            .any(|c| c.reasons.iter().any(|r| r.starts_with(rule.as_str())));
        let fail = (!carried).then(|| format!("[rule] no claim carries the reason {rule}"));
        out.push(Outcome::new("rule", "rule", fail));
    }
    for e in &doc.claims {
        out.extend(claim_outcomes(report, doc, e));
    }
    for e in &doc.entities {
        out.extend(entity_outcomes(report, e));
    }
    for piece in &doc.not_attributed {
        let want = squash(piece);
        let fail = report
            .claims
            .iter()
            .find(|c| c.source.is_some() && squash(&c.text).contains(&want))
            .map(|c| format!("{piece:?} is wrongly attributed (claim {:?})", c.text));
        out.push(Outcome::new("not-attributed", "not_attributed", fail));
    }
    for piece in &doc.no_claim_has {
        let want = squash(piece);
        let fail = report
            .claims
            .iter()
            .find(|c| squash(&c.text).contains(&want))
            .map(|c| format!("{piece:?} is part of a claim ({:?})", c.text));
        out.push(Outcome::new("not-a-claim", "no_claim", fail));
    }
    for piece in &doc.no_source_has {
        out.push(Outcome::new(
            "not-a-source",
            "no_source",
            never_a_source(report, piece),
        ));
    }
    out
}

/// A failure when some claim's source mention or resolved name holds the words of `piece`
/// (whole words, in order, case-insensitive: "Q" is not found in "Quell").
fn never_a_source(report: &Report, piece: &str) -> Option<String> {
    let want = words(piece);
    let holds = |n: &str| {
        let have = words(n);
        !want.is_empty() && have.windows(want.len()).any(|w| w == want.as_slice())
    };
    report.claims.iter().find_map(|c| {
        let s = c.source.as_ref()?;
        let named = holds(&s.text) || s.name.as_deref().is_some_and(holds);
        named.then(|| {
            format!(
                "{piece:?} is a source: {:?} (claim {:?})",
                s.name.as_deref().unwrap_or(&s.text),
                c.text
            )
        })
    })
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

type ClaimTest<'a> = Box<dyn Fn(&Claim) -> Option<String> + 'a>;

/// Every check of one gold claim; when the claim is not found, each one fails.
fn claim_outcomes(report: &Report, doc: &DocExpect, e: &ClaimExpect) -> Vec<Outcome> {
    let label = e.id.clone().unwrap_or_else(|| e.content_has.clone());
    let family = e.family.as_deref().unwrap_or("(no family)");
    let found = find_claim(report, e);
    let mut out = vec![Outcome::new(
        family,
        "found",
        found
            .is_none()
            .then(|| format!("[{label}] no claim contains {:?}", e.content_has)),
    )];
    for (kind, test) in claim_tests(report, doc, e) {
        let failure = match found {
            Some(c) => test(c).map(|what| format!("[{label}] {what} (claim {:?})", c.text)),
            None => Some(format!(
                "[{label}] {kind} not checked: the claim is missing"
            )),
        };
        out.push(Outcome::new(family, kind, failure));
    }
    out
}

fn claim_tests<'a>(
    report: &'a Report,
    doc: &'a DocExpect,
    e: &'a ClaimExpect,
) -> Vec<(&'static str, ClaimTest<'a>)> {
    let mut t: Vec<(&'static str, ClaimTest<'a>)> = Vec::new();
    if let Some(whole) = &e.content_is {
        t.push((
            "content",
            Box::new(move |c| {
                (squash(&c.text) != squash(whole)).then(|| format!("content != {whole:?}"))
            }),
        ));
    }
    if let Some(a) = &e.attribution {
        t.push((
            "attribution",
            Box::new(move |c| (&attr(c) != a).then(|| format!("attribution {} != {a}", attr(c)))),
        ));
    }
    source_tests(e, &mut t);
    if let Some(q) = &e.cue {
        t.push((
            "cue",
            Box::new(move |c| {
                let got = c.cue.as_ref().map(|x| x.text.clone());
                (got.as_deref().map(lower) != Some(lower(q)))
                    .then(|| format!("cue {got:?} != {q:?}"))
            }),
        ));
    }
    if let Some(q) = &e.cue_phrase {
        t.push((
            "cue phrase",
            Box::new(move |c| {
                let got = c.cue.as_ref().map(|x| x.phrase.text.clone());
                (got.as_deref().map(lower) != Some(lower(q)))
                    .then(|| format!("cue phrase {got:?} != {q:?}"))
            }),
        ));
    }
    span_tests(e, &mut t);
    for h in &e.hedges {
        t.push((
            "hedge",
            Box::new(move |c| {
                let ok = c.hedges.iter().any(|x| lower(&x.text).contains(&lower(h)));
                let got: Vec<&String> = c.hedges.iter().map(|x| &x.text).collect();
                (!ok).then(|| format!("hedge {h:?} missing from {got:?}"))
            }),
        ));
    }
    if let Some(f) = e.future {
        t.push((
            "future",
            Box::new(move |c| (c.future != f).then(|| format!("future {} != {f}", c.future))),
        ));
    }
    if let Some(n) = e.negated {
        t.push((
            "negated",
            Box::new(move |c| (c.negated != n).then(|| format!("negated {} != {n}", c.negated))),
        ));
    }
    if let Some(k) = &e.category {
        t.push((
            "category",
            Box::new(move |c| {
                (c.category.as_str() != k)
                    .then(|| format!("category {} != {k}", c.category.as_str()))
            }),
        ));
    }
    if let Some(n) = e.fragments {
        t.push((
            "fragments",
            Box::new(move |c| {
                (c.fragments.len() != n)
                    .then(|| format!("{} fragments, want {n}", c.fragments.len()))
            }),
        ));
    }
    for low in &e.checkworthy_above {
        t.push((
            "checkworthy",
            Box::new(move |c| checkworthy_above(report, doc, c, low)),
        ));
    }
    t
}

fn source_tests<'a>(e: &'a ClaimExpect, t: &mut Vec<(&'static str, ClaimTest<'a>)>) {
    if let Some(n) = &e.source_name {
        t.push((
            "source_name",
            Box::new(move |c| {
                let got = c.source.as_ref().and_then(|s| s.name.clone());
                (got.as_deref() != Some(n.as_str()))
                    .then(|| format!("source name {got:?} != {n:?}"))
            }),
        ));
    }
    if let Some(r) = &e.source_role_has {
        t.push((
            "source_role",
            Box::new(move |c| {
                let got = c.source.as_ref().and_then(|s| s.role.clone());
                let ok = got.as_deref().is_some_and(|x| x.contains(r.as_str()));
                (!ok).then(|| format!("source role {got:?} lacks {r:?}"))
            }),
        ));
    }
    if let Some(m) = &e.source_mention {
        t.push((
            "source_mention",
            Box::new(move |c| {
                let got = c.source.as_ref().map(|s| s.text.clone());
                (got.as_deref() != Some(m.as_str()))
                    .then(|| format!("source mention {got:?} != {m:?}"))
            }),
        ));
    }
    if let Some(k) = &e.source_kind {
        t.push((
            "source_kind",
            Box::new(move |c| {
                let got = c.source.as_ref().map(|s| s.kind.as_str().to_string());
                (got.as_deref() != Some(k.as_str()))
                    .then(|| format!("source kind {got:?} != {k:?}"))
            }),
        ));
    }
    if let Some(v) = e.vague_source {
        t.push((
            "vague_source",
            Box::new(move |c| {
                let got = c.source.as_ref().map(|s| s.vague);
                (got != Some(v)).then(|| format!("source vague {got:?} != {v}"))
            }),
        ));
    }
}

fn span_tests<'a>(e: &'a ClaimExpect, t: &mut Vec<(&'static str, ClaimTest<'a>)>) {
    if let Some(h) = &e.condition_has {
        t.push((
            "condition",
            Box::new(move |c| {
                let got = c.condition.as_ref().map(|x| x.text.clone());
                let ok = got
                    .as_deref()
                    .is_some_and(|x| squash(x).contains(&squash(h)));
                (!ok).then(|| format!("condition {got:?} lacks {h:?}"))
            }),
        ));
    }
    if e.no_condition == Some(true) {
        t.push((
            "condition",
            Box::new(|c| {
                let got = c.condition.as_ref().map(|x| x.text.clone());
                got.map(|g| format!("unexpected condition {g:?}"))
            }),
        ));
    }
    if e.no_channel == Some(true) {
        t.push((
            "channel",
            Box::new(|c| {
                let got = c.channel.as_ref().map(|x| x.text.clone());
                got.map(|g| format!("unexpected channel {g:?}"))
            }),
        ));
    }
    if let Some(h) = &e.channel_has {
        t.push((
            "channel",
            Box::new(move |c| {
                let got = c.channel.as_ref().map(|x| x.text.clone());
                let ok = got.as_deref().is_some_and(|x| x.contains(h.as_str()));
                (!ok).then(|| format!("channel {got:?} lacks {h:?}"))
            }),
        ));
    }
}

fn checkworthy_above(report: &Report, doc: &DocExpect, c: &Claim, low: &str) -> Option<String> {
    let Some(l) = doc.low_checkworthiness.iter().find(|l| l.id == low) else {
        return Some(format!("unknown low entry {low}"));
    };
    let low_score = report
        .claims
        .iter()
        .filter(|o| {
            squash(&o.text).contains(&squash(&l.sentence_has))
                || squash(&l.sentence_has).contains(&squash(&o.text))
        })
        .map(|o| o.checkworthiness)
        .fold(f64::NEG_INFINITY, f64::max);
    (low_score.is_finite() && c.checkworthiness <= low_score).then(|| {
        format!(
            "checkworthiness {} not above {low} ({low_score})",
            c.checkworthiness
        )
    })
}

/// Every check of one gold entity; when the entity is not found, each one fails.
fn entity_outcomes(report: &Report, e: &EntityExpect) -> Vec<Outcome> {
    let ent = report.entities.iter().find(|x| x.name == e.name);
    let missing = || Some(format!("entity {:?} not checked: it is missing", e.name));
    let mut out = vec![Outcome::new(
        "entity",
        "entity",
        ent.is_none()
            .then(|| format!("no entity named {:?}", e.name)),
    )];
    let kind = match ent {
        Some(x) => (x.kind.as_str() != e.kind)
            .then(|| format!("entity {:?} kind {} != {}", e.name, x.kind.as_str(), e.kind)),
        None => missing(),
    };
    out.push(Outcome::new("entity", "entity_kind", kind));
    if let Some(r) = &e.role_has {
        let role = match ent {
            Some(x) => (!x.role.as_deref().is_some_and(|y| y.contains(r.as_str())))
                .then(|| format!("entity {:?} role {:?} lacks {r:?}", e.name, x.role)),
            None => missing(),
        };
        out.push(Outcome::new("entity", "entity_role", role));
    }
    for m in &e.mentions_include {
        let mention = match ent {
            Some(x) => (!x.mentions.iter().any(|y| &y.text == m))
                .then(|| format!("entity {:?} lacks mention {m:?}", e.name)),
            None => missing(),
        };
        out.push(Outcome::new("entity", "entity_mention", mention));
    }
    out
}
