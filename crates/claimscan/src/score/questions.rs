//! The check-worthiness questions a claim answers, each answer a named feature.
//!
//! The questions follow PASTEL's: does it contain a quantity, a comparison, a named person or
//! organisation, a time reference, a causal claim, a rule or law, a prediction, personal
//! experience, opinion or emotive wording; is it hedged or conditional; who stands behind it;
//! is it a question or an imperative rather than a claim. Two more are plain signals: its
//! length, and the wording that remains (words, phrases, the first word, word endings).
//!
//! An answer's key is what `lexicons/checkworthy.txt` weighs: `<question:detail>` for computed
//! and listed answers, a lowercase phrase or `^first-word` for the wording. Figures are found by
//! a plain scan (`figures`: digits, years, currency and percent signs), words from
//! `lexicons/checkworthy_questions.txt` (number, money and percent words among them). The
//! regex-based [`crate::quantities`] recogniser is not used here: the page cannot afford it
//! within its size budget, and the score must be the same in the page as everywhere else. `eval/train/checkworthy.py` reads these keys through
//! `examples/checkworthy_features.rs`, so training and scoring see the same features.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::Features;
use crate::lexicon;
use crate::rules::Rule;

/// A named question (one reason line each).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    Quantity,
    Comparison,
    Named,
    Time,
    Causal,
    Rule,
    Prediction,
    Personal,
    Opinion,
    Hedged,
    Source,
    NotAStatement,
    Length,
    Wording,
}

impl Question {
    /// The question of a key's prefix (`comparison` in `<comparison:word>`); wording otherwise.
    pub fn of_key(key: &str) -> Question {
        let Some(inner) = key.strip_prefix('<') else {
            return Question::Wording;
        };
        match inner.split([':', '>']).next().unwrap_or("") {
            "quantity" => Question::Quantity,
            "comparison" => Question::Comparison,
            "named" => Question::Named,
            "time" => Question::Time,
            "causal" => Question::Causal,
            "rule" => Question::Rule,
            "prediction" => Question::Prediction,
            "personal" => Question::Personal,
            "opinion" => Question::Opinion,
            "hedged" => Question::Hedged,
            "source" => Question::Source,
            "speech" => Question::NotAStatement,
            "length" => Question::Length,
            _ => Question::Wording,
        }
    }

    /// The rule its reason line is written with.
    pub fn rule(self) -> Rule {
        match self {
            Question::Quantity => Rule::ScoreQuantity,
            Question::Comparison => Rule::ScoreComparison,
            Question::Named => Rule::ScoreNamed,
            Question::Time => Rule::ScoreTime,
            Question::Causal => Rule::ScoreCausal,
            Question::Rule => Rule::ScoreRuleOrLaw,
            Question::Prediction => Rule::ScorePrediction,
            Question::Personal => Rule::ScorePersonal,
            Question::Opinion => Rule::ScoreOpinion,
            Question::Hedged => Rule::ScoreHedgedOrConditional,
            Question::Source => Rule::ScoreWhoStandsBehind,
            Question::NotAStatement => Rule::ScoreNotAStatement,
            Question::Length => Rule::ScoreLength,
            Question::Wording => Rule::ScoreWording,
        }
    }
}

/// One answer: its weight key and what in the claim gave it.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub key: String,
    pub evidence: String,
}

/// Word endings that are wording cues (`<wording:-ed>` …), each with the shortest word it counts in.
const SUFFIXES: [(&str, usize); 4] = [("ed", 5), ("ing", 6), ("ly", 5), ("s", 4)];

/// Length buckets in words, as `(low, high)`; `None` is open-ended.
const LENGTHS: [(usize, Option<usize>); 7] = [
    (1, Some(3)),
    (4, Some(6)),
    (7, Some(10)),
    (11, Some(15)),
    (16, Some(25)),
    (26, Some(40)),
    (41, None),
];

/// The compiled question words.
pub struct Asker {
    words: AhoCorasick,
    /// `(phrase, key)` in the automaton's pattern order.
    keys: Vec<(&'static str, &'static str)>,
}

/// A whole-word match of `m` in `b` (ASCII letters and digits around it end a word).
fn whole_word(b: &[u8], start: usize, end: usize) -> bool {
    let before = start == 0 || !b[start - 1].is_ascii_alphanumeric();
    let after = end == b.len() || !b[end].is_ascii_alphanumeric();
    before && after
}

/// Every whole-word match of an automaton's patterns, each pattern once, in pattern order,
/// with the start and text of its first occurrence.
pub(crate) fn whole_words<'t>(ac: &AhoCorasick, text: &'t str) -> Vec<(usize, usize, &'t str)> {
    let b = text.as_bytes();
    // The whole-word matches in the order found; a claim has a few, so they are sorted by
    // pattern (stable: a pattern's first occurrence stays first) instead of being marked in a
    // table as long as the lexicon, which cost an allocation and a scan of every pattern per claim.
    let mut found: Vec<(usize, usize, &'t str)> = ac
        .find_overlapping_iter(text)
        .filter(|m| whole_word(b, m.start(), m.end()))
        .map(|m| (m.pattern().as_usize(), m.start(), &text[m.start()..m.end()]))
        .collect();
    found.sort_by_key(|f| f.0);
    found.dedup_by_key(|f| f.0);
    found
}

impl Asker {
    pub fn new() -> Asker {
        let keys: Vec<(&'static str, &'static str)> = lexicon::CHECKWORTHY_QUESTIONS
            .entries()
            .map(|e| (e[0], e[1]))
            .collect();
        let words = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(keys.iter().map(|k| k.0))
            .expect("the question words compile");
        Asker { words, keys }
    }

    /// Every answer of the claim `text` with its `features` (wording n-grams aside: the scorer
    /// matches those against its weights).
    pub fn answers(&self, text: &str, f: &Features) -> Vec<Answer> {
        let mut out: Vec<Answer> = Vec::new();
        let mut push = |key: String, evidence: &str| {
            if !out.iter().any(|a| a.key == key) {
                out.push(Answer {
                    key,
                    evidence: evidence.to_string(),
                });
            }
        };
        figures(text, &mut push);
        // The first word starts after any leading spaces and punctuation.
        let lead = text
            .find(|c: char| c.is_ascii_alphanumeric())
            .unwrap_or(text.len());
        for (i, start, found) in whole_words(&self.words, text) {
            let key = self.keys[i].1;
            // An imperative is one only as the first word ("Look at the figures").
            if key == "speech:imperative" && start != lead {
                continue;
            }
            push(format!("<{key}>"), found);
        }
        self.computed(text, f, &mut push);
        out
    }

    /// The answers computed from the pipeline's flags and the text's shape.
    fn computed(&self, text: &str, f: &Features, push: &mut impl FnMut(String, &str)) {
        let bucket = |n: usize| {
            if n >= 3 {
                "3+".to_string()
            } else {
                n.to_string()
            }
        };
        if f.entities > 0 {
            push(
                format!("<named:entities:{}>", bucket(f.entities)),
                &f.entities.to_string(),
            );
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let caps = words
            .iter()
            .skip(1)
            .filter(|w| w.as_bytes()[0].is_ascii_uppercase())
            .count();
        if caps > 0 {
            push(
                format!("<named:capitalized:{}>", bucket(caps)),
                &caps.to_string(),
            );
        }
        for (on, key) in [
            (f.future, "prediction:future-tense"),
            (f.hedged, "hedged:hedge"),
            (f.question, "speech:question"),
            (f.named_source, "source:named"),
            (f.vague_source, "source:vague"),
            (!f.attributed, "source:the-writer"),
        ] {
            if on {
                push(format!("<{key}>"), key.rsplit(':').next().unwrap_or(key));
            }
        }
        if f.attributed && !f.named_source && !f.vague_source {
            push("<source:described>".into(), "described");
        }
        let n = words.len();
        if let Some((lo, hi)) = LENGTHS
            .iter()
            .find(|(lo, hi)| n >= *lo && hi.is_none_or(|h| n <= h))
        {
            let key = match hi {
                Some(h) => format!("<length:{lo}-{h}>"),
                None => format!("<length:{lo}+>"),
            };
            push(key, &n.to_string());
        }
        let letters = text
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty());
        let mut endings = [false; SUFFIXES.len()];
        // Each piece is ASCII letters only: its endings are compared without lowercasing a copy.
        let ends_with = |w: &str, suffix: &str| {
            w.len() >= suffix.len()
                && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
        };
        for w in letters {
            if w.len() >= 6 && ends_with(w, "est") && !ends_with(w, "ss") {
                push("<comparison:-est>".into(), w);
            }
            for (i, (suffix, min)) in SUFFIXES.iter().enumerate() {
                if !endings[i] && w.len() >= *min && ends_with(w, suffix) {
                    endings[i] = true;
                    push(format!("<wording:-{suffix}>"), w);
                }
            }
        }
    }
}

impl Default for Asker {
    fn default() -> Self {
        Asker::new()
    }
}

/// Figures in digits: `<quantity:money>` (a currency sign next to a figure), `<quantity:percent>`
/// (a percent sign), `<time:year>` (a four-digit 19xx or 20xx standing alone),
/// `<quantity:number>` (any other figure), `<quantity:several>` (two figures or more). Number,
/// money and percent words are listed words (`checkworthy_questions.txt`).
fn figures(text: &str, push: &mut impl FnMut(String, &str)) {
    let is_part =
        |c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '$' | '\u{20ac}' | '\u{a3}');
    let mut numbers = 0;
    for tok in text.split(|c: char| !is_part(c)) {
        let digits = tok.trim_matches(|c: char| !c.is_ascii_digit());
        if digits.is_empty() {
            continue;
        }
        let shown = tok.trim_end_matches(['.', ',']);
        if tok.contains(['$', '\u{20ac}', '\u{a3}']) {
            push("<quantity:money>".into(), shown);
        }
        if tok.contains('%') {
            push("<quantity:percent>".into(), shown);
        }
        let year = digits.len() == 4
            && digits.bytes().all(|c| c.is_ascii_digit())
            && (digits.starts_with("19") || digits.starts_with("20"));
        if year && digits.len() == shown.len() {
            push("<time:year>".into(), shown);
        } else {
            numbers += 1;
            push("<quantity:number>".into(), shown);
        }
    }
    if numbers >= 2 {
        push("<quantity:several>".into(), &numbers.to_string());
    }
}
