//! Stage 8: check-worthiness in [0, 1] and a category, each with its reasons.
//!
//! A logistic model over readable cues, every weight in `lexicons/checkworthy.txt`:
//! `score = sigmoid(<bias> + Σ weights of the cues found)`. Cues are whole words and phrases
//! (one overlapping Aho-Corasick pass), the claim's first word (`^word`), and computed classes
//! (`<number>`, `<year>`, figures in words, length, entity count, word endings, the pipeline's
//! flags…). Proper names are never cues (the fit leaves them out), only their count. Every cue
//! that fires is a reason, with its weight. The weights are fitted by
//! `eval/train/checkworthy.py`, which computes exactly the features computed here.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::entities::EntityDraft;
use crate::lexicon;
use crate::report::{Category, SourceKind};
use crate::rules::{Reason, Rule};
use crate::span::Span;

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

impl Features {
    /// The features of the claim made of `fragments` of `text`: how many entities it mentions,
    /// whether it is a question, and the pipeline's flags. Returns them with the claim's
    /// content text (its fragments joined by spaces), which is what the scorer reads.
    pub fn for_claim(
        text: &str,
        fragments: &[Span],
        mentions: &MentionIndex,
        source: Option<SourceKind>,
        flags: (bool, bool, bool),
    ) -> (Features, String) {
        let (hedged, future, attributed) = flags;
        let entities = mentions.entities_inside(fragments);
        let content_text: String = fragments
            .iter()
            .map(|f| f.of(text))
            .collect::<Vec<_>>()
            .join(" ");
        let question = content_text
            .trim_end()
            .trim_end_matches(['"', '\u{201d}', '\u{2019}'])
            .ends_with('?');
        let features = Features {
            entities,
            named_source: source == Some(SourceKind::Named),
            vague_source: matches!(source, Some(SourceKind::Vague | SourceKind::Anonymous)),
            hedged,
            future,
            question,
            attributed,
        };
        (features, content_text)
    }
}

/// Every entity mention of a document sorted by start, so that a claim finds the entities it
/// mentions by binary search instead of scanning every mention (linear in the document).
pub struct MentionIndex {
    mentions: Vec<(Span, usize)>,
}

impl MentionIndex {
    pub fn new(ents: &[EntityDraft]) -> MentionIndex {
        let mut mentions: Vec<(Span, usize)> = ents
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (*m, i)))
            .collect();
        mentions.sort();
        MentionIndex { mentions }
    }

    /// How many distinct entities have a mention inside one of `fragments`.
    pub fn entities_inside(&self, fragments: &[Span]) -> usize {
        let mut found: Vec<usize> = Vec::new();
        for f in fragments {
            let from = self.mentions.partition_point(|(m, _)| m.start < f.start);
            for (m, i) in self.mentions[from..]
                .iter()
                .take_while(|(m, _)| m.start < f.end)
            {
                if f.contains(*m) {
                    found.push(*i);
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found.len()
    }
}

/// The compiled scorer.
pub struct Scorer {
    ac: AhoCorasick,
    /// Word and phrase cues, in the automaton's pattern order.
    phrases: Vec<(&'static str, Category, f64)>,
    /// First-word cues, keyed without the `^`.
    firsts: HashMap<&'static str, (Category, f64)>,
    /// Computed-class cues, keyed without the angle brackets.
    classes: HashMap<&'static str, (Category, f64)>,
    bias: f64,
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
    pub reasons: Vec<Reason>,
}

/// Word endings that are cues (`<-ed>` …), each with the shortest word it counts in.
const SUFFIXES: [(&str, usize); 5] = [("ed", 5), ("est", 6), ("ing", 6), ("ly", 5), ("s", 4)];

/// Figures written as words (`<number-word>`), matched against whole lowercase letter runs.
const NUMBER_WORDS: [&str; 35] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "trillions",
    "dozen",
    "dozens",
    "half",
    "percent",
];

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

impl Scorer {
    pub fn new() -> Scorer {
        let mut phrases = Vec::new();
        let mut firsts = HashMap::new();
        let mut classes = HashMap::new();
        let mut bias = 0.0;
        for e in lexicon::CHECKWORTHY.entries() {
            let (key, cat) = (e[0], category(e[1]));
            let w: f64 = e[2].parse().expect("weights are numbers");
            if key == "<bias>" {
                bias = w;
            } else if let Some(k) = key.strip_prefix('<').and_then(|k| k.strip_suffix('>')) {
                classes.insert(k, (cat, w));
            } else if let Some(k) = key.strip_prefix('^') {
                firsts.insert(k, (cat, w));
            } else {
                phrases.push((key, cat, w));
            }
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(phrases.iter().map(|e| e.0))
            .expect("the checkworthy lexicon compiles");
        Scorer {
            ac,
            phrases,
            firsts,
            classes,
            bias,
        }
    }

    /// Score `text` (the claim's content) with its `features`.
    pub fn score(&self, text: &str, f: &Features) -> Score {
        let mut margin = self.bias;
        let mut reasons = vec![Reason::new(Rule::ScoreBias).weighted(self.bias)];
        let mut weights: Vec<(Category, f64)> = Vec::new();
        let mut add = |w: f64, why: Reason, cat: Category| {
            margin += w;
            reasons.push(why.weighted(w));
            weights.push((cat, w));
        };
        // Words and phrases, whole-word, overlaps included, each counted once.
        let b = text.as_bytes();
        let mut seen = vec![false; self.phrases.len()];
        for m in self.ac.find_overlapping_iter(text) {
            let i = m.pattern().as_usize();
            let before = m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric();
            let after = m.end() == b.len() || !b[m.end()].is_ascii_alphanumeric();
            if seen[i] || !before || !after {
                continue;
            }
            seen[i] = true;
        }
        for (i, _) in seen.iter().enumerate().filter(|(_, s)| **s) {
            let (phrase, cat, w) = self.phrases[i];
            add(w, Reason::with(Rule::ScoreLexicon, phrase), cat);
        }
        // The first word.
        let first = text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches(|c: char| !c.is_ascii_alphanumeric())
            .to_ascii_lowercase();
        if let Some(&(cat, w)) = self.firsts.get(first.as_str()) {
            add(w, Reason::with(Rule::ScoreFirstWord, first.clone()), cat);
        }
        // Computed classes: (key in the lexicon, reason).
        for (key, why) in classes(text, f) {
            if let Some(&(cat, w)) = self.classes.get(key.as_str()) {
                add(w, why, cat);
            }
        }
        let p = 1.0 / (1.0 + (-margin).exp());
        let score = (p * 1000.0).round() / 1000.0;
        // The category whose cues carry the most weight, either sign; ties go to the first
        // listed; other when no classed cue fired.
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
        reasons.push(Reason::with(Rule::ScoreCategory, cat.as_str()));
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

/// The computed classes that hold for a claim: its lexicon key (without `<>`) and the reason.
fn classes(text: &str, f: &Features) -> Vec<(String, Reason)> {
    let mut out: Vec<(String, Reason)> = Vec::new();
    let mut push = |key: &str, why: Reason| out.push((key.to_string(), why));
    // Figures: runs of digits with their separators; a four-digit 19xx/20xx alone is a year.
    let mut number: Option<&str> = None;
    let mut year: Option<&str> = None;
    for tok in text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == '%')) {
        if !tok.bytes().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let t = tok.trim_matches(['.', ',', '%']);
        let is_year = t.len() == 4
            && t.bytes().all(|c| c.is_ascii_digit())
            && (t.starts_with("19") || t.starts_with("20"));
        if is_year {
            year.get_or_insert(t);
        } else {
            number.get_or_insert(t);
        }
    }
    if let Some(n) = number {
        push("number", Reason::with(Rule::ScoreNumber, n));
    }
    if let Some(y) = year {
        push("year", Reason::with(Rule::ScoreYear, y));
    }
    if text.contains('%') {
        push("percent-sign", Reason::new(Rule::ScorePercentSign));
    }
    if text.contains(['$', '€', '£']) {
        push("money-sign", Reason::new(Rule::ScoreMoneySign));
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = words.len();
    if let Some((lo, hi)) = LENGTHS
        .iter()
        .find(|(lo, hi)| n >= *lo && hi.is_none_or(|h| n <= h))
    {
        let key = match hi {
            Some(h) => format!("words:{lo}-{h}"),
            None => format!("words:{lo}+"),
        };
        push(&key, Reason::with(Rule::ScoreWords, n.to_string()));
    }
    let e = if f.entities >= 3 {
        "3+".to_string()
    } else {
        f.entities.to_string()
    };
    push(
        &format!("entities:{e}"),
        Reason::with(Rule::ScoreEntities, f.entities.to_string()),
    );
    for (on, key, rule) in [
        (f.named_source, "named-source", Rule::ScoreNamedSource),
        (f.vague_source, "vague-source", Rule::ScoreVagueSource),
        (f.hedged, "hedged", Rule::ScoreHedged),
        (f.future, "future", Rule::ScoreFuture),
        (f.question, "question", Rule::ScoreQuestion),
        (f.attributed, "attributed", Rule::ScoreAttributed),
    ] {
        if on {
            push(key, Reason::new(rule));
        }
    }
    let caps = words
        .iter()
        .skip(1)
        .filter(|w| w.as_bytes()[0].is_ascii_uppercase())
        .count();
    let c = if caps >= 3 {
        "3+".to_string()
    } else {
        caps.to_string()
    };
    push(
        &format!("capitalized:{c}"),
        Reason::with(Rule::ScoreCapitalized, caps.to_string()),
    );
    let letters: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    for (suffix, min) in SUFFIXES {
        if let Some(w) = letters
            .iter()
            .find(|w| w.len() >= min && w.ends_with(suffix))
        {
            push(
                &format!("-{suffix}"),
                Reason::with(Rule::ScoreEnding, format!("-{suffix} '{w}'")),
            );
        }
    }
    if let Some(w) = letters.iter().find(|w| NUMBER_WORDS.contains(&w.as_str())) {
        push(
            "number-word",
            Reason::with(Rule::ScoreNumberWord, w.clone()),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(s: &Score) -> Vec<String> {
        s.reasons.iter().map(ToString::to_string).collect()
    }

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
        assert!(strs(&fact).iter().any(|r| r.contains("number")));
    }

    #[test]
    fn scores_are_probabilities_with_a_reason_per_cue() {
        let s = Scorer::new();
        for text in [
            "",
            "?",
            "Well, thank you all for coming tonight.",
            "The city council voted 7 to 2 in 2019 to ban plastic bags, which cut litter by 40%.",
        ] {
            let r = s.score(text, &Features::default());
            assert!((0.0..=1.0).contains(&r.score), "{text}: {}", r.score);
            let reasons = strs(&r);
            assert!(reasons[0].starts_with("score:bias"));
            assert!(reasons.last().unwrap().starts_with("score:category"));
            // The reasons add up to the score.
            let margin: f64 = reasons
                .iter()
                .filter_map(|x| x.rsplit(' ').next()?.parse::<f64>().ok())
                .sum();
            let p = 1.0 / (1.0 + (-margin).exp());
            assert!((p - r.score).abs() < 0.002, "{text}: {p} vs {}", r.score);
        }
    }

    #[test]
    fn checkable_records_outscore_small_talk() {
        let s = Scorer::new();
        let record = s.score(
            "The county built 1,200 homes last year, twice as many as in 2015.",
            &Features::default(),
        );
        let chat = s.score(
            "Well, I am glad to be here with you tonight.",
            &Features::default(),
        );
        assert!(record.score >= 0.5, "{:?}", record);
        assert!(chat.score < 0.5, "{:?}", chat);
        assert!(strs(&record).iter().any(|r| r.contains("year '2015'")));
    }

    #[test]
    fn phrases_match_whole_words_only() {
        let s = Scorer::new();
        let text = "Taxes rose by more than half, the bankers' union said in Madrid.";
        let r = s.score(text, &Features::default());
        let words = format!(" {} ", text.to_lowercase().replace([',', '.'], ""));
        let reasons = strs(&r);
        let phrases: Vec<&str> = reasons
            .iter()
            .filter_map(|x| x.strip_prefix("score:lexicon:checkworthy:"))
            .map(|x| x.rsplit_once(' ').unwrap().0)
            .collect();
        assert!(!phrases.is_empty());
        for p in phrases {
            assert!(
                words.contains(&format!(" {p} ")),
                "{p} is not a whole phrase"
            );
        }
    }
}
