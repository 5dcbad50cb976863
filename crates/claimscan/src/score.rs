//! Stage 8: check-worthiness in [0, 1] and a category, each with its reasons.
//!
//! A transparent additive model: a base score, plus the weights of the `checkworthy` lexicon
//! entries found in the claim, plus features of the claim itself (numbers, named entities,
//! a completed event, a named source) and minus features of talk that cannot be checked
//! (questions, hedged predictions, opinions, vague demonstrative subjects, very short text).
//! Every term that fires is a reason, with its weight.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::lexicon;
use crate::report::Category;

/// What the scorer knows about a claim besides its text.
#[derive(Clone, Debug, Default)]
pub struct Features {
    pub entities: usize,
    pub named_source: bool,
    pub vague_source: bool,
    pub hedged: bool,
    pub future: bool,
    pub question: bool,
    pub attributed: bool,
}

/// The compiled scorer.
pub struct Scorer {
    ac: AhoCorasick,
    entries: Vec<(&'static str, Category, f64)>,
}

fn category(s: &str) -> Category {
    match s {
        "quantity" => Category::Quantity,
        "causation" => Category::Causation,
        "rule" => Category::Rule,
        "prediction" => Category::Prediction,
        "personal" => Category::Personal,
        "opinion" => Category::Opinion,
        _ => Category::Other,
    }
}

/// The result for one claim.
#[derive(Clone, Debug)]
pub struct Score {
    pub score: f64,
    pub category: Category,
    pub reasons: Vec<String>,
}

const BASE: f64 = 0.3;

impl Scorer {
    pub fn new() -> Scorer {
        let entries: Vec<(&str, Category, f64)> = lexicon::CHECKWORTHY
            .entries()
            .map(|e| {
                (
                    e[0],
                    category(e[1]),
                    e[2].parse().expect("weights are numbers"),
                )
            })
            .collect();
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(entries.iter().map(|e| e.0))
            .expect("the checkworthy lexicon compiles");
        Scorer { ac, entries }
    }

    /// Score `text` (the claim's content) with its `features`.
    pub fn score(&self, text: &str, f: &Features) -> Score {
        let mut s = BASE;
        let mut reasons = vec![format!("score:base {BASE:+.2}")];
        let mut weights: Vec<(Category, f64)> = Vec::new();
        let mut add = |s: &mut f64, w: f64, why: String, cat: Option<Category>| {
            *s += w;
            reasons.push(format!("score:{why} {w:+.2}"));
            if let Some(c) = cat {
                weights.push((c, w));
            }
        };
        // Numbers: a figure is the most checkable thing a claim can hold.
        let digits: Vec<&str> = text
            .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == '%'))
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
            .collect();
        let only_years = !digits.is_empty()
            && digits.iter().all(|d| {
                let t = d.trim_matches(|c: char| !c.is_ascii_digit());
                t.len() == 4 && (t.starts_with("19") || t.starts_with("20"))
            });
        if !digits.is_empty() {
            if only_years {
                add(&mut s, 0.1, "date".into(), Some(Category::Other));
            } else {
                add(
                    &mut s,
                    0.25,
                    format!("number '{}'", digits[0]),
                    Some(Category::Quantity),
                );
            }
        }
        if text.contains('%') || text.contains('$') || text.contains('€') || text.contains('£') {
            add(
                &mut s,
                0.1,
                "percent-or-money".into(),
                Some(Category::Quantity),
            );
        }
        let mut seen = Vec::new();
        for m in self.ac.find_iter(text) {
            let b = text.as_bytes();
            let before = m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric();
            let after = m.end() == b.len() || !b[m.end()].is_ascii_alphanumeric();
            if !before || !after {
                continue;
            }
            let (phrase, cat, w) = self.entries[m.pattern().as_usize()];
            if seen.contains(&phrase) {
                continue;
            }
            seen.push(phrase);
            add(
                &mut s,
                w,
                format!("lexicon:checkworthy:{phrase}"),
                Some(cat),
            );
        }
        if f.entities > 0 {
            add(&mut s, 0.1, format!("named-entities({})", f.entities), None);
        }
        if completed_event(text) {
            add(&mut s, 0.1, "completed-event".into(), None);
        }
        if f.named_source {
            add(&mut s, 0.05, "named-source".into(), None);
        }
        if f.hedged {
            add(&mut s, -0.05, "hedged".into(), Some(Category::Prediction));
        }
        if f.future {
            add(&mut s, -0.05, "future".into(), Some(Category::Prediction));
        }
        if f.question {
            add(&mut s, -0.4, "question".into(), Some(Category::Opinion));
        }
        let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
        if matches!(
            first.as_str(),
            "this" | "that" | "these" | "those" | "such" | "it"
        ) {
            add(&mut s, -0.1, format!("vague-subject '{first}'"), None);
        }
        let words = text.split_whitespace().count();
        if words < 6 {
            add(&mut s, -0.15, format!("short({words} words)"), None);
        }
        let lower = format!(" {} ", text.to_lowercase());
        if [" i ", " my ", " me ", " i'm ", " i've "]
            .iter()
            .any(|p| lower.contains(p))
        {
            add(
                &mut s,
                -0.1,
                "first-person".into(),
                Some(Category::Personal),
            );
        }
        let score = (s.clamp(0.0, 1.0) * 1000.0).round() / 1000.0;
        // The category with the most weight behind it; ties go to the first listed.
        let mut cat = Category::Other;
        let mut best = 0.0;
        for c in [
            Category::Quantity,
            Category::Causation,
            Category::Rule,
            Category::Prediction,
            Category::Personal,
            Category::Opinion,
        ] {
            let w: f64 = weights
                .iter()
                .filter(|(k, _)| *k == c)
                .map(|(_, w)| w.abs())
                .sum();
            if w > best {
                best = w;
                cat = c;
            }
        }
        reasons.push(format!(
            "score:category {}",
            format!("{cat:?}").to_lowercase()
        ));
        Score {
            score,
            category: cat,
            reasons,
        }
    }
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer::new()
    }
}

/// A completed event: "has pledged", "had voted", "was arrested".
fn completed_event(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.windows(3).any(|w| {
        matches!(w[0].as_str(), "has" | "have" | "had" | "was" | "were")
            && (w[1].ends_with("ed") || (w[1].ends_with("ly") && w[2].ends_with("ed")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_outscore_opinions() {
        let s = Scorer::new();
        let fact = s.score(
            "Unemployment fell to 4.1 percent in March",
            &Features::default(),
        );
        let opinion = s.score("I think this is a great country", &Features::default());
        assert!(fact.score > opinion.score);
        assert_eq!(fact.category, Category::Quantity);
        assert!(fact.reasons.iter().any(|r| r.contains("number")));
    }
}
