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

use super::questions::{Answer, Vocabulary};
use crate::report::Category;

/// The category and the answer that decided it (for the reason line).
pub(super) fn of(answers: &[Answer], vocabulary: &Vocabulary) -> (Category, String) {
    let find = |prefixes: &[&str]| {
        answers
            .iter()
            .find(|a| {
                let key = vocabulary.key(a.feature);
                prefixes.iter().any(|p| key.starts_with(p))
            })
            .map(|a| a.evidence.to_string())
    };
    if let Some(e) = find(&["<speech:question>", "<speech:greeting>"]) {
        return (Category::Other, format!("not a claim: {e}"));
    }
    if let Some(e) = find(&["<rule:law>"]) {
        return (Category::Rule, e);
    }
    if let Some(e) = find(&["<prediction>"]) {
        return (Category::Prediction, e);
    }
    if let Some(e) = find(&["<causal>"]) {
        return (Category::Causation, e);
    }
    let belief = find(&["<opinion:belief>"]);
    if let (Some(e), None) = (find(&["<personal:i>", "<personal:we>"]), &belief) {
        return (Category::Personal, e);
    }
    if let Some(e) = find(&["<prediction:modal>"]) {
        return (Category::Prediction, e);
    }
    if let Some(e) = find(&[
        "<quantity:money>",
        "<quantity:percent>",
        "<quantity:count>",
        "<quantity:measure>",
        "<quantity:range>",
        "<quantity:digits-money>",
        "<quantity:digits-percent>",
        "<quantity:digits-number>",
        "<quantity:word>",
    ]) {
        return (Category::Quantity, e);
    }
    if let Some(e) = belief.or_else(|| find(&["<opinion:"])) {
        return (Category::Opinion, e);
    }
    if let Some(e) = find(&[
        "<comparison:change>",
        "<comparison:word>",
        "<comparison:superlative>",
        "<comparison:-est>",
    ]) {
        return (Category::Quantity, e);
    }
    (Category::Other, "no rule holds".to_string())
}
