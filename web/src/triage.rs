//! Triage: which claims are shown and in what order, and who says what. Pure functions of the
//! report and the user's choices; nothing here decides what a claim is.

use claimscan::{Attribution, Category, Claim, Report, SourceKind};

use crate::labels::{attribution_label, category_label};

/// How sure a claim is worded: the core's `certainty` (report format 1.1), with the reasons
/// in the claim's `certainty:` codes. The page only names the levels.
pub use claimscan::Certainty;

/// Every level, most sure first, for the filter.
pub const CERTAINTIES: &[Certainty] = Certainty::ALL;

/// What the page calls a certainty level.
pub fn certainty_label(c: Certainty) -> &'static str {
    match c {
        Certainty::Certain => "stated as fact",
        Certainty::Probable => "probable",
        Certainty::Possible => "possible",
        Certainty::Conditional => "conditional",
    }
}

/// The order of the card list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Text order.
    #[default]
    Position,
    /// Most check-worthy first; ties in text order.
    Score,
}

/// What the card list is narrowed to. The default shows everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub kind: Option<Attribution>,
    /// A [`source_key`].
    pub source: Option<String>,
    pub certainty: Option<Certainty>,
    pub category: Option<Category>,
    /// Claims scoring below this are hidden; 0 hides none.
    pub min_score: f64,
    /// Hide the writer's own claims.
    pub hide_author: bool,
}

/// One filter, to remove it (a chip's button).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterKey {
    Kind,
    Source,
    Certainty,
    Category,
    MinScore,
    HideAuthor,
}

impl Filters {
    pub fn keeps(&self, claim: &Claim) -> bool {
        self.kind.is_none_or(|k| claim.attribution == k)
            && self
                .source
                .as_deref()
                .is_none_or(|s| source_key(claim) == s)
            && self.certainty.is_none_or(|c| claim.certainty == c)
            && self.category.is_none_or(|c| claim.category == c)
            && claim.checkworthiness >= self.min_score
            && !(self.hide_author && claim.attribution == Attribution::Author)
    }

    /// These filters without `key`.
    pub fn without(&self, key: FilterKey) -> Filters {
        let mut f = self.clone();
        match key {
            FilterKey::Kind => f.kind = None,
            FilterKey::Source => f.source = None,
            FilterKey::Certainty => f.certainty = None,
            FilterKey::Category => f.category = None,
            FilterKey::MinScore => f.min_score = 0.0,
            FilterKey::HideAuthor => f.hide_author = false,
        }
        f
    }

    /// The active filters as chips: (key, what the chip says). `source_name` names a source key.
    pub fn chips(&self, source_name: impl Fn(&str) -> String) -> Vec<(FilterKey, String)> {
        let mut chips = Vec::new();
        if let Some(k) = self.kind {
            chips.push((FilterKey::Kind, format!("Kind: {}", attribution_label(k))));
        }
        if let Some(s) = &self.source {
            chips.push((FilterKey::Source, format!("Source: {}", source_name(s))));
        }
        if let Some(c) = self.certainty {
            chips.push((
                FilterKey::Certainty,
                format!("Certainty: {}", certainty_label(c)),
            ));
        }
        if let Some(c) = self.category {
            chips.push((
                FilterKey::Category,
                format!("Category: {}", category_label(c)),
            ));
        }
        if self.min_score > 0.0 {
            chips.push((
                FilterKey::MinScore,
                format!("Score ≥ {:.2}", self.min_score),
            ));
        }
        if self.hide_author {
            chips.push((
                FilterKey::HideAuthor,
                "Writer's own claims hidden".to_string(),
            ));
        }
        chips
    }
}

/// The indexes of the claims to show, in the order to show them.
pub fn visible(report: &Report, filters: &Filters, sort: Sort) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..report.claims.len())
        .filter(|&i| filters.keeps(&report.claims[i]))
        .collect();
    if sort == Sort::Score {
        claimscan::sort::sort_by(&mut shown, |&a, &b| {
            let (ca, cb) = (&report.claims[a], &report.claims[b]);
            cb.checkworthiness
                .total_cmp(&ca.checkworthiness)
                .then(a.cmp(&b))
        });
    }
    shown
}

/// The key that groups a claim's source: the entity it resolves to, else its words (lowercased),
/// else `author` (the writer) or `unstated` ("it was reported that").
pub fn source_key(claim: &Claim) -> String {
    match &claim.source {
        Some(s) => match &s.entity {
            Some(e) => format!("entity:{e}"),
            None => format!(
                "words:{}",
                claimscan::case::lower_str(s.name.as_deref().unwrap_or(&s.text))
            ),
        },
        None if claim.attribution == Attribution::Author => "author".to_string(),
        None => "unstated".to_string(),
    }
}

/// One source in the "who says what" panel.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceSummary {
    pub key: String,
    pub name: String,
    pub role: Option<String>,
    /// How the words name it: named, pronoun, description, vague, anonymous (or "writer").
    pub kind: &'static str,
    pub vague: bool,
    pub claims: usize,
    /// Claims per attribution kind, in [`crate::labels::ATTRIBUTIONS`] order.
    pub kinds: [usize; 4],
}

fn kind_slot(a: Attribution) -> usize {
    match a {
        Attribution::Direct => 0,
        Attribution::Indirect => 1,
        Attribution::Mixed => 2,
        Attribution::Author => 3,
    }
}

/// Every source of the report's claims, most claims first, then by first appearance.
pub fn sources(report: &Report) -> Vec<SourceSummary> {
    let mut out: Vec<SourceSummary> = Vec::new();
    for claim in &report.claims {
        let key = source_key(claim);
        let slot = match out.iter().position(|s| s.key == key) {
            Some(i) => i,
            None => {
                let entity = claim
                    .source
                    .as_ref()
                    .and_then(|s| s.entity.as_ref())
                    .and_then(|id| report.entities.iter().find(|e| &e.id == id));
                let (name, role, kind, vague) = match &claim.source {
                    Some(s) => (
                        entity
                            .map(|e| e.name.clone())
                            .or_else(|| s.name.clone())
                            .unwrap_or_else(|| s.text.clone()),
                        entity
                            .and_then(|e| e.role.clone())
                            .or_else(|| s.role.clone()),
                        crate::labels::source_kind_label(match (s.kind, entity) {
                            (SourceKind::Pronoun | SourceKind::Description, Some(_)) => {
                                SourceKind::Named
                            }
                            (k, _) => k,
                        }),
                        s.vague,
                    ),
                    None if claim.attribution == Attribution::Author => {
                        ("The writer".to_string(), None, "writer", false)
                    }
                    None => ("No stated source".to_string(), None, "unstated", true),
                };
                out.push(SourceSummary {
                    key,
                    name,
                    role,
                    kind,
                    vague,
                    claims: 0,
                    kinds: [0; 4],
                });
                out.len() - 1
            }
        };
        let s = &mut out[slot];
        s.claims += 1;
        s.kinds[kind_slot(claim.attribution)] += 1;
        if s.role.is_none() {
            s.role = claim.source.as_ref().and_then(|src| src.role.clone());
        }
    }
    claimscan::sort::sort_by_key(&mut out, |s| std::cmp::Reverse(s.claims));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::extractor;

    fn report() -> Report {
        extractor().extract(crate::examples::FIRST)
    }

    #[test]
    fn no_filters_show_everything_in_text_order() {
        let r = report();
        let all = visible(&r, &Filters::default(), Sort::Position);
        assert_eq!(all, (0..r.claims.len()).collect::<Vec<_>>());
    }

    #[test]
    fn each_filter_narrows() {
        let r = report();
        let n = r.claims.len();
        let narrowed = |f: Filters| visible(&r, &f, Sort::Position).len();
        assert!(
            narrowed(Filters {
                kind: Some(Attribution::Direct),
                ..Filters::default()
            }) < n
        );
        assert!(
            narrowed(Filters {
                hide_author: true,
                ..Filters::default()
            }) < n
        );
        assert!(
            narrowed(Filters {
                min_score: 0.99,
                ..Filters::default()
            }) < n
        );
        let key = source_key(&r.claims[0]);
        let f = Filters {
            source: Some(key.clone()),
            ..Filters::default()
        };
        assert!(narrowed(f.clone()) >= 1);
        assert_eq!(f.chips(|k| k.to_string()).len(), 1);
        assert_eq!(f.without(FilterKey::Source), Filters::default());
    }

    #[test]
    fn score_sort_is_descending() {
        let r = report();
        let order = visible(&r, &Filters::default(), Sort::Score);
        let scores: Vec<f64> = order.iter().map(|&i| r.claims[i].checkworthiness).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]));
    }

    #[test]
    fn sources_count_every_claim_once() {
        let r = report();
        let s = sources(&r);
        assert_eq!(s.iter().map(|s| s.claims).sum::<usize>(), r.claims.len());
        assert!(s.windows(2).all(|w| w[0].claims >= w[1].claims));
        assert!(s.iter().any(|s| s.name.contains("Marsh")), "{s:?}");
    }
}
