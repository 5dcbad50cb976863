//! Shared helpers for the workspace tests: a checker that holds a report against expectations
//! written the way a careful reader states them (the seed gold format).

use claimscan::{Claim, Report};
use serde::Deserialize;

/// The team's own sample articles (`tests/corpus/*.txt`), as (file stem, text), sorted by name.
pub fn corpus() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/corpus exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let name = p
                .file_stem()
                .expect("a file name")
                .to_string_lossy()
                .to_string();
            (name, std::fs::read_to_string(p).expect("UTF-8 corpus file"))
        })
        .collect()
}

/// The team's own articles (`tests/corpus`) joined into one text of at least `bytes`, for
/// size benches and hostile-input tests.
pub fn news(bytes: usize) -> String {
    let joined = corpus()
        .into_iter()
        .map(|(_, t)| t)
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut out = String::with_capacity(bytes + joined.len());
    while out.len() < bytes {
        out.push_str(&joined);
        out.push_str("\n\n");
    }
    out
}

/// What must be true of one claim. `content_has` names the claim by a piece of its text.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimExpect {
    pub id: Option<String>,
    pub content_has: String,
    pub attribution: Option<String>,
    pub source_name: Option<String>,
    pub source_role_has: Option<String>,
    pub source_mention: Option<String>,
    pub source_kind: Option<String>,
    pub cue: Option<String>,
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
}

fn squash(s: &str) -> String {
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

/// Check `report` against `doc`; every failure is listed, none stops the others.
pub fn check(report: &Report, doc: &DocExpect) -> Vec<String> {
    let mut errs = Vec::new();
    if let Some(rule) = &doc.rule {
        let carried = report
            .claims
            .iter()
            .any(|c| c.reasons.iter().any(|r| r.starts_with(rule.as_str())));
        if !carried {
            errs.push(format!("[rule] no claim carries the reason {rule}"));
        }
    }
    let label = |e: &ClaimExpect| e.id.clone().unwrap_or_else(|| e.content_has.clone());
    for e in &doc.claims {
        let Some(c) = find_claim(report, e) else {
            errs.push(format!(
                "[{}] no claim contains {:?}",
                label(e),
                e.content_has
            ));
            continue;
        };
        let mut fail =
            |what: String| errs.push(format!("[{}] {what} (claim {:?})", label(e), c.text));
        if let Some(a) = &e.attribution {
            if &attr(c) != a {
                fail(format!("attribution {} != {a}", attr(c)));
            }
        }
        let src = c.source.as_ref();
        if let Some(n) = &e.source_name {
            if src.and_then(|s| s.name.as_deref()) != Some(n.as_str()) {
                fail(format!(
                    "source name {:?} != {n:?}",
                    src.and_then(|s| s.name.clone())
                ));
            }
        }
        if let Some(r) = &e.source_role_has {
            if !src
                .and_then(|s| s.role.as_deref())
                .is_some_and(|x| x.contains(r.as_str()))
            {
                fail(format!(
                    "source role {:?} lacks {r:?}",
                    src.and_then(|s| s.role.clone())
                ));
            }
        }
        if let Some(m) = &e.source_mention {
            if src.map(|s| s.text.as_str()) != Some(m.as_str()) {
                fail(format!(
                    "source mention {:?} != {m:?}",
                    src.map(|s| s.text.clone())
                ));
            }
        }
        if let Some(k) = &e.source_kind {
            if src.map(|s| s.kind.as_str().to_string()).as_deref() != Some(k.as_str()) {
                fail(format!(
                    "source kind {:?} != {k:?}",
                    src.map(|s| s.kind.as_str().to_string())
                ));
            }
        }
        if let Some(v) = e.vague_source {
            if src.map(|s| s.vague) != Some(v) {
                fail(format!("source vague {:?} != {v}", src.map(|s| s.vague)));
            }
        }
        if let Some(q) = &e.cue {
            if c.cue.as_ref().map(|x| lower(&x.text)) != Some(lower(q)) {
                fail(format!(
                    "cue {:?} != {q:?}",
                    c.cue.as_ref().map(|x| x.text.clone())
                ));
            }
        }
        if let Some(h) = &e.condition_has {
            if !c
                .condition
                .as_ref()
                .is_some_and(|x| squash(&x.text).contains(&squash(h)))
            {
                fail(format!(
                    "condition {:?} lacks {h:?}",
                    c.condition.as_ref().map(|x| x.text.clone())
                ));
            }
        }
        if e.no_condition == Some(true) && c.condition.is_some() {
            fail(format!(
                "unexpected condition {:?}",
                c.condition.as_ref().map(|x| x.text.clone())
            ));
        }
        if e.no_channel == Some(true) && c.channel.is_some() {
            fail(format!(
                "unexpected channel {:?}",
                c.channel.as_ref().map(|x| x.text.clone())
            ));
        }
        if let Some(h) = &e.channel_has {
            if !c
                .channel
                .as_ref()
                .is_some_and(|x| x.text.contains(h.as_str()))
            {
                fail(format!(
                    "channel {:?} lacks {h:?}",
                    c.channel.as_ref().map(|x| x.text.clone())
                ));
            }
        }
        for h in &e.hedges {
            if !c.hedges.iter().any(|x| lower(&x.text).contains(&lower(h))) {
                fail(format!(
                    "hedge {h:?} missing from {:?}",
                    c.hedges.iter().map(|x| &x.text).collect::<Vec<_>>()
                ));
            }
        }
        if let Some(f) = e.future {
            if c.future != f {
                fail(format!("future {} != {f}", c.future));
            }
        }
        if let Some(n) = e.negated {
            if c.negated != n {
                fail(format!("negated {} != {n}", c.negated));
            }
        }
        if let Some(k) = &e.category {
            if c.category.as_str() != k {
                fail(format!("category {} != {k}", c.category.as_str()));
            }
        }
        if let Some(n) = e.fragments {
            if c.fragments.len() != n {
                fail(format!("{} fragments, want {n}", c.fragments.len()));
            }
        }
        for low in &e.checkworthy_above {
            let Some(l) = doc.low_checkworthiness.iter().find(|l| &l.id == low) else {
                fail(format!("unknown low entry {low}"));
                continue;
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
            if low_score.is_finite() && c.checkworthiness <= low_score {
                fail(format!(
                    "checkworthiness {} not above {low} ({low_score})",
                    c.checkworthiness
                ));
            }
        }
    }
    for e in &doc.entities {
        let Some(ent) = report.entities.iter().find(|x| x.name == e.name) else {
            errs.push(format!("no entity named {:?}", e.name));
            continue;
        };
        if ent.kind.as_str() != e.kind {
            errs.push(format!(
                "entity {:?} kind {} != {}",
                e.name,
                ent.kind.as_str(),
                e.kind
            ));
        }
        if let Some(r) = &e.role_has {
            if !ent.role.as_deref().is_some_and(|x| x.contains(r.as_str())) {
                errs.push(format!(
                    "entity {:?} role {:?} lacks {r:?}",
                    e.name, ent.role
                ));
            }
        }
        for m in &e.mentions_include {
            if !ent.mentions.iter().any(|x| &x.text == m) {
                errs.push(format!("entity {:?} lacks mention {m:?}", e.name));
            }
        }
    }
    for piece in &doc.not_attributed {
        let want = squash(piece);
        if let Some(c) = report
            .claims
            .iter()
            .find(|c| c.source.is_some() && squash(&c.text).contains(&want))
        {
            errs.push(format!(
                "{piece:?} is wrongly attributed (claim {:?})",
                c.text
            ));
        }
    }
    errs
}
