//! A claim's category by explainable rules: the first that holds, in the order of
//! `tests/cases/categories.json` (rule, prediction, causation, personal, quantity, opinion),
//! else other. Each rule reads the question answers (`questions.rs`):
//! - not a claim (other): a question or a greeting;
//! - rule: a word of law, regulation or ruling (`rule:law`: "law", "banned", "obliges");
//! - prediction: a future-tense or forecasting word ("will", "is expected to", "next year");
//! - causation: a causal word or phrase ("because of", "led to", "due to");
//! - personal: the speaker speaks of themselves ("I", "my", "we", "our"), not to judge
//!   ("we need", "I think" are opinions);
//! - prediction again: a modal of possibility ("could", "may", "might");
//! - quantity: a figure in digits other than a year, or a number, money or percent word
//!   ("two", "million", "dollars", "per cent");
//! - opinion: a belief or evaluative word ("think", "should", "a disgrace", "the best");
//! - quantity again: a change, a comparison or a superlative without a figure ("doubled",
//!   "more than", "the highest").

use std::fmt;

use super::questions::{Answer, Evidence, Vocabulary};
use crate::report::Category;

/// The key prefixes the rules read, in groups: a key's [`mask`] has the bit of each group
/// with a prefix the key starts with, worked out once per key when the vocabulary is built
/// (a claim's answers are then matched by a bit test, not a string comparison per rule).
const GROUPS: [&[&str]; 10] = [
    &["<speech:question>", "<speech:greeting>"],
    &["<rule:law>"],
    &["<prediction>"],
    &["<causal>"],
    &["<opinion:belief>"],
    &["<personal:i>", "<personal:we>"],
    &["<prediction:modal>"],
    &[
        "<quantity:money>",
        "<quantity:percent>",
        "<quantity:count>",
        "<quantity:measure>",
        "<quantity:range>",
        "<quantity:digits-money>",
        "<quantity:digits-percent>",
        "<quantity:digits-number>",
        "<quantity:word>",
    ],
    &["<opinion:"],
    &[
        "<comparison:change>",
        "<comparison:word>",
        "<comparison:superlative>",
        "<comparison:-est>",
    ],
];
const NOT_A_CLAIM: u16 = 1 << 0;
const RULE: u16 = 1 << 1;
const PREDICTION: u16 = 1 << 2;
const CAUSAL: u16 = 1 << 3;
const BELIEF: u16 = 1 << 4;
const PERSONAL: u16 = 1 << 5;
const MODAL: u16 = 1 << 6;
const QUANTITY: u16 = 1 << 7;
const OPINION: u16 = 1 << 8;
const CHANGE: u16 = 1 << 9;

/// The groups of [`GROUPS`] whose prefixes `key` starts with, one bit each.
pub(super) fn mask(key: &str) -> u16 {
    GROUPS
        .iter()
        .enumerate()
        .filter(|(_, g)| g.iter().any(|p| key.starts_with(p)))
        .fold(0, |m, (i, _)| m | 1 << i)
}

/// The category and the answer that decided it (for the reason line).
pub(super) fn of<'t>(answers: &[Answer<'t>], vocabulary: &Vocabulary) -> (Category, Why<'t>) {
    let find = |group: u16| {
        answers
            .iter()
            .find(|a| vocabulary.category_mask(a.feature) & group != 0)
            .map(|a| a.evidence)
    };
    if let Some(e) = find(NOT_A_CLAIM) {
        return (Category::Other, Why::NotAClaim(e));
    }
    let (cat, e) = 'found: {
        if let Some(e) = find(RULE) {
            break 'found (Category::Rule, e);
        }
        if let Some(e) = find(PREDICTION) {
            break 'found (Category::Prediction, e);
        }
        if let Some(e) = find(CAUSAL) {
            break 'found (Category::Causation, e);
        }
        let belief = find(BELIEF);
        if let (Some(e), None) = (find(PERSONAL), &belief) {
            break 'found (Category::Personal, e);
        }
        if let Some(e) = find(MODAL) {
            break 'found (Category::Prediction, e);
        }
        if let Some(e) = find(QUANTITY) {
            break 'found (Category::Quantity, e);
        }
        if let Some(e) = belief.or_else(|| find(OPINION)) {
            break 'found (Category::Opinion, e);
        }
        if let Some(e) = find(CHANGE) {
            break 'found (Category::Quantity, e);
        }
        return (Category::Other, Why::NoRule);
    };
    (cat, Why::Answer(e))
}

/// Why a claim has its category, as its reason shows it (its `Display`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Why<'t> {
    /// `not a claim: <evidence>`
    NotAClaim(Evidence<'t>),
    /// The evidence of the answer that decided.
    Answer(Evidence<'t>),
    /// `no rule holds`
    NoRule,
}

impl fmt::Display for Why<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::NotAClaim(e) => write!(f, "not a claim: {e}"),
            Why::Answer(e) => write!(f, "{e}"),
            Why::NoRule => f.write_str("no rule holds"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::{Features, Scorer};

    /// The rules as first written, a prefix comparison per answer and rule.
    fn of_by_prefixes(answers: &[Answer], vocabulary: &Vocabulary) -> (Category, String) {
        let find = |prefixes: &[&str]| {
            answers
                .iter()
                .find(|a| {
                    let key = vocabulary.key(a.feature);
                    prefixes.iter().any(|p| key.starts_with(p))
                })
                .map(|a| a.evidence.to_string())
        };
        let rules: [(&[&str], Category); 6] = [
            (GROUPS[0], Category::Other),
            (GROUPS[1], Category::Rule),
            (GROUPS[2], Category::Prediction),
            (GROUPS[3], Category::Causation),
            (GROUPS[6], Category::Prediction),
            (GROUPS[7], Category::Quantity),
        ];
        for (i, (prefixes, cat)) in rules.into_iter().enumerate() {
            if i == 4 {
                let belief = find(GROUPS[4]);
                if let (Some(e), None) = (find(GROUPS[5]), &belief) {
                    return (Category::Personal, e);
                }
            }
            if let Some(e) = find(prefixes) {
                let e = if i == 0 {
                    format!("not a claim: {e}")
                } else {
                    e
                };
                return (cat, e);
            }
        }
        if let Some(e) = find(GROUPS[4]).or_else(|| find(GROUPS[8])) {
            return (Category::Opinion, e);
        }
        if let Some(e) = find(GROUPS[9]) {
            return (Category::Quantity, e);
        }
        (Category::Other, "no rule holds".to_string())
    }

    #[test]
    fn the_masks_decide_as_the_prefixes_do() {
        let s = Scorer::new();
        let v = s.vocabulary();
        for text in [
            "Hello and welcome, everyone.",
            "Is it true?",
            "The court banned the sale of the drug in 2019.",
            "Prices will rise next year because of the drought.",
            "I think we should raise taxes, which could cost 3 percent.",
            "We built our house ourselves.",
            "I believe we built the best schools in the state.",
            "Unemployment doubled to the highest level in a decade.",
            "Fares may climb by more than a third.",
            "The committee met on Tuesday.",
        ] {
            let answers = s.answers(&Features::of_text(text));
            let (cat, why) = of(&answers, v);
            assert_eq!(
                (cat, why.to_string()),
                of_by_prefixes(&answers, v),
                "{text}"
            );
        }
        // Every key's mask is its prefixes'.
        for f in 0..v.features() as u32 {
            let key = v.key(f);
            for (i, g) in GROUPS.iter().enumerate() {
                let by_prefix = g.iter().any(|p| key.starts_with(p));
                assert_eq!(v.category_mask(f) & (1 << i) != 0, by_prefix, "{key}");
            }
        }
        assert_eq!(v.category_mask(crate::score::questions::UNLISTED), 0);
    }
}
