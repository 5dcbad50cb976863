//! What leaves the page: the report as JSON, the shown claims as CSV, a Markdown checklist and
//! ClaimReview-shaped JSON-LD. Pure functions of the report and the claims to include.

use claimscan::{Attribution, Claim, EntityKind, Report};
use serde::Serialize;

use crate::labels::{attribution_label, category_label, source_kind_label};
use crate::triage::{certainty_label, Certainty};

/// One export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Markdown,
    ClaimReview,
}

pub const FORMATS: [Format; 4] = [
    Format::Json,
    Format::Csv,
    Format::Markdown,
    Format::ClaimReview,
];

impl Format {
    /// The `data-testid` suffix and file-name stem.
    pub fn key(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "markdown",
            Format::ClaimReview => "claimreview",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "JSON report",
            Format::Csv => "CSV table",
            Format::Markdown => "Markdown checklist",
            Format::ClaimReview => "ClaimReview JSON-LD",
        }
    }

    pub fn file_name(self) -> &'static str {
        match self {
            Format::Json => "claimscan-report.json",
            Format::Csv => "claimscan-claims.csv",
            Format::Markdown => "claimscan-checklist.md",
            Format::ClaimReview => "claimscan-claimreview.jsonld",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv",
            Format::Markdown => "text/markdown",
            Format::ClaimReview => "application/ld+json",
        }
    }

    /// The export of `report`; CSV, Markdown and JSON-LD hold the claims in `shown` (indexes, in
    /// that order), the JSON the whole report.
    pub fn render(self, report: &Report, shown: &[usize]) -> String {
        let claims = shown.iter().filter_map(|&i| report.claims.get(i));
        match self {
            Format::Json => pretty(&serde_json::to_string(report).unwrap_or_default()),
            Format::Csv => csv(claims),
            Format::Markdown => markdown(report, claims),
            Format::ClaimReview => claim_review(report, claims),
        }
    }
}

/// Compact JSON (as serde_json writes it) indented as `serde_json::to_string_pretty` would.
/// The worker already needs the compact serializer of the whole report; a second, pretty one
/// would add its own copy of every `Serialize` impl to the page's wasm.
fn pretty(json: &str) -> String {
    fn newline(out: &mut String, depth: usize) {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
    let mut out = String::with_capacity(json.len() * 2);
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = json.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    chars.next();
                    out.push(close);
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// The name shown for a claim's source.
pub fn source_name(claim: &Claim) -> String {
    match &claim.source {
        Some(s) => s.name.clone().unwrap_or_else(|| s.text.clone()),
        None if claim.attribution == Attribution::Author => "the writer".to_string(),
        None => "no stated source".to_string(),
    }
}

/// A CSV cell: a spreadsheet would run a cell starting with `=`, `+`, `-`, `@`, tab or carriage
/// return as a formula, so such a cell gets a leading `'`; then RFC 4180 quoting.
pub fn csv_cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

const CSV_HEADER: [&str; 17] = [
    "claim_id",
    "attribution",
    "source",
    "source_name",
    "role",
    "source_kind",
    "cue",
    "text",
    "statement",
    "start_byte",
    "end_byte",
    "checkworthiness",
    "checkworthy",
    "category",
    "hedges",
    "condition",
    "certainty",
];

fn csv<'a>(claims: impl Iterator<Item = &'a Claim>) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    for c in claims {
        let s = c.source.as_ref();
        let hedges: Vec<&str> = c.hedges.iter().map(|h| h.text.as_str()).collect();
        let row = [
            c.id.clone(),
            c.attribution_str(),
            s.map(|s| s.text.clone()).unwrap_or_default(),
            s.and_then(|s| s.name.clone()).unwrap_or_default(),
            s.and_then(|s| s.role.clone()).unwrap_or_default(),
            s.map(|s| source_kind_label(s.kind).to_string())
                .unwrap_or_default(),
            c.cue.as_ref().map(|q| q.text.clone()).unwrap_or_default(),
            c.text.clone(),
            c.statement.clone(),
            c.start.to_string(),
            c.end.to_string(),
            format!("{:.5}", c.checkworthiness),
            c.checkworthy.to_string(),
            category_label(c.category).to_string(),
            hedges.join("; "),
            c.condition
                .as_ref()
                .map(|q| q.text.clone())
                .unwrap_or_default(),
            c.certainty.as_str().to_string(),
        ];
        let cells: Vec<String> = row.iter().map(|v| csv_cell(v)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

trait AttributionStr {
    fn attribution_str(&self) -> String;
}

impl AttributionStr for Claim {
    fn attribution_str(&self) -> String {
        match self.attribution {
            Attribution::Direct => "direct",
            Attribution::Indirect => "indirect",
            Attribution::Mixed => "mixed",
            Attribution::Author => "author",
        }
        .to_string()
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text from the article on one line, with Markdown's and HTML's active characters escaped, so
/// a viewer shows them as typed and never runs pasted markup.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in one_line(s).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn markdown<'a>(report: &Report, claims: impl Iterator<Item = &'a Claim>) -> String {
    let claims: Vec<&Claim> = claims.collect();
    let worthy = claims.iter().filter(|c| c.checkworthy).count();
    let mut out = format!(
        "# Claims to check\n\n{} claims ({} check-worthy) of {} found by claimscan {}.\n\n",
        claims.len(),
        worthy,
        report.claims.len(),
        claimscan::VERSION
    );
    for c in claims {
        out.push_str(&format!(
            "- [ ] **{}** {} · {} · score {:.2} ({}){}\n",
            c.id,
            attribution_label(c.attribution),
            md(&source_name(c)),
            c.checkworthiness,
            category_label(c.category),
            if c.checkworthy {
                " · check-worthy"
            } else {
                ""
            },
        ));
        out.push_str(&format!("  > {}\n", md(&c.text)));
        if !c.statement.is_empty() {
            out.push_str(&format!("  - Statement: {}\n", md(&c.statement)));
        }
        let certainty = c.certainty;
        if certainty != Certainty::Certain || !c.hedges.is_empty() {
            let hedges: Vec<String> = c
                .hedges
                .iter()
                .map(|h| format!("{} ({})", md(&h.text), h.kind.as_str()))
                .collect();
            let mut what = certainty_label(certainty).to_string();
            if !hedges.is_empty() {
                what.push_str(&format!(" ({})", hedges.join(", ")));
            }
            if let Some(cond) = &c.condition {
                what.push_str(&format!("; condition: {}", md(&cond.text)));
            }
            out.push_str(&format!("  - Certainty: {what}\n"));
        }
        out.push_str("  - Verdict: \n  - Evidence: \n");
    }
    out
}

/// A name with its schema.org type (`claimant`, `author`).
#[derive(Serialize)]
struct Named<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    name: String,
}

#[derive(Serialize)]
struct Appearance<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    url: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rating<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    alternate_name: &'a str,
}

#[derive(Serialize)]
struct ItemReviewed<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    appearance: Appearance<'a>,
    claimant: Named<'a>,
    text: String,
}

/// One ClaimReview. The fields are in byte order of their names, as serde_json's map (a
/// `BTreeMap`) wrote them when this was built with `json!`: the export is unchanged, and the
/// page carries no `serde_json::Value` or map code.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClaimReview<'a> {
    #[serde(rename = "@context")]
    context: &'a str,
    #[serde(rename = "@type")]
    kind: &'a str,
    author: Named<'a>,
    claim_reviewed: String,
    date_published: &'a str,
    item_reviewed: ItemReviewed<'a>,
    review_rating: Rating<'a>,
    url: &'a str,
}

fn claim_review<'a>(report: &Report, claims: impl Iterator<Item = &'a Claim>) -> String {
    let items: Vec<ClaimReview> = claims
        .map(|c| {
            let entity = c
                .source
                .as_ref()
                .and_then(|s| s.entity.as_ref())
                .and_then(|id| report.entities.iter().find(|e| &e.id == id));
            let kind = match entity.map(|e| e.kind) {
                Some(EntityKind::Person) => "Person",
                Some(_) => "Organization",
                None if c.source.is_some() => "Organization",
                None => "Person",
            };
            let claimant = match &c.source {
                Some(_) => Named {
                    kind,
                    name: source_name(c),
                },
                // The writer's own claim: the article's author, for the checker to fill in.
                None => Named {
                    kind: "Person",
                    name: String::new(),
                },
            };
            ClaimReview {
                context: "https://schema.org",
                kind: "ClaimReview",
                author: Named {
                    kind: "Organization",
                    name: String::new(),
                },
                claim_reviewed: one_line(if c.statement.is_empty() {
                    &c.text
                } else {
                    &c.statement
                }),
                date_published: "",
                item_reviewed: ItemReviewed {
                    kind: "Claim",
                    appearance: Appearance {
                        kind: "CreativeWork",
                        url: "",
                    },
                    claimant,
                    text: one_line(&c.text),
                },
                review_rating: Rating {
                    kind: "Rating",
                    alternate_name: "",
                },
                url: "",
            }
        })
        .collect();
    pretty(&serde_json::to_string(&items).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::analysis::tests::extractor;

    #[test]
    fn formula_like_cells_are_escaped() {
        assert_eq!(csv_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-2"), "'-2");
        assert_eq!(csv_cell("@x"), "'@x");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("plain"), "plain");
    }

    #[test]
    fn markdown_shows_pasted_markup_as_text() {
        assert_eq!(
            md("<script>*x*</script>\n # [a]"),
            "\\<script\\>\\*x\\*\\</script\\> \\# \\[a\\]"
        );
    }

    #[test]
    fn every_format_renders_the_shown_claims() {
        let text = "=HYPERLINK(\"x\") is what the mayor said. Officials said the bridge may reopen in May.";
        let report = extractor().extract(text);
        let shown: Vec<usize> = (0..report.claims.len()).collect();
        let json: Value = serde_json::from_str(&Format::Json.render(&report, &shown)).unwrap();
        assert_eq!(json["schema"], "claimscan/1.1");
        let csv = Format::Csv.render(&report, &shown);
        assert_eq!(csv.lines().count(), report.claims.len() + 1);
        let md = Format::Markdown.render(&report, &shown);
        assert_eq!(md.matches("- [ ] ").count(), report.claims.len());
        let ld: Value = serde_json::from_str(&Format::ClaimReview.render(&report, &shown)).unwrap();
        assert_eq!(ld.as_array().unwrap().len(), report.claims.len());
        assert_eq!(ld[0]["itemReviewed"]["@type"], "Claim");
    }

    /// The ClaimReview export as it was written with `json!` (keys in a `BTreeMap`), for each
    /// kind of claimant: a named person, an organisation, a vague source, the writer.
    #[test]
    fn claim_review_is_what_json_wrote() {
        let text = "The mayor, Ana Berg, said the bridge will reopen in May. The ministry said \
                    costs rose 12%. Analysts say the plan may fail. Prices will rise next year, \
                    which will hurt families.";
        let report = extractor().extract(text);
        let shown: Vec<usize> = (0..report.claims.len()).collect();
        assert!(report.claims.iter().any(|c| c.source.is_none()));
        let old: Vec<Value> = report
            .claims
            .iter()
            .map(|c| {
                let entity = c
                    .source
                    .as_ref()
                    .and_then(|s| s.entity.as_ref())
                    .and_then(|id| report.entities.iter().find(|e| &e.id == id));
                let kind = match entity.map(|e| e.kind) {
                    Some(EntityKind::Person) => "Person",
                    Some(_) => "Organization",
                    None if c.source.is_some() => "Organization",
                    None => "Person",
                };
                let claimant = match &c.source {
                    Some(_) => json!({ "@type": kind, "name": source_name(c) }),
                    None => json!({ "@type": "Person", "name": "" }),
                };
                json!({
                    "@context": "https://schema.org",
                    "@type": "ClaimReview",
                    "claimReviewed": one_line(if c.statement.is_empty() { &c.text } else { &c.statement }),
                    "itemReviewed": {
                        "@type": "Claim",
                        "text": one_line(&c.text),
                        "claimant": claimant,
                        "appearance": { "@type": "CreativeWork", "url": "" },
                    },
                    "reviewRating": { "@type": "Rating", "alternateName": "" },
                    "author": { "@type": "Organization", "name": "" },
                    "url": "",
                    "datePublished": "",
                })
            })
            .collect();
        assert_eq!(
            Format::ClaimReview.render(&report, &shown),
            pretty(&Value::Array(old).to_string())
        );
    }

    #[test]
    fn pretty_json_is_serde_jsons_pretty_json() {
        let text =
            "“Fares rise {in} [May],” she said: \"a\\\"b\". Officials said costs may reach $3bn.";
        let report = extractor().extract(text);
        let compact = serde_json::to_string(&report).unwrap();
        assert_eq!(
            pretty(&compact),
            serde_json::to_string_pretty(&report).unwrap()
        );
        let odd = json!({"a": [], "b": {}, "c": [1, {"d": "}],{\\\""}], "e": null});
        assert_eq!(
            pretty(&odd.to_string()),
            serde_json::to_string_pretty(&odd).unwrap()
        );
    }

    #[test]
    fn csv_carries_certainty() {
        let text = "The council said repairs may cost more next year. Officials confirmed the bridge closed.";
        let report = extractor().extract(text);
        let shown: Vec<usize> = (0..report.claims.len()).collect();
        let csv = Format::Csv.render(&report, &shown);
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert_eq!(header.last(), Some(&"certainty"));
        let last: Vec<&str> = lines.map(|l| l.rsplit(',').next().unwrap()).collect();
        let want: Vec<&str> = report.claims.iter().map(|c| c.certainty.as_str()).collect();
        assert_eq!(last, want);
        assert!(want.contains(&"possible"), "{want:?}");
    }
}
