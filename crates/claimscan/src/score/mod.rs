//! Stage 8: check-worthiness in [0, 1] and a category, each with readable reasons.
//!
//! A logistic model over the answers to named questions (`questions.rs`: does the claim have a
//! quantity, a comparison, a named person or organisation, a time reference, a cause, a rule, a
//! prediction, personal experience, opinion; is it hedged; who stands behind it; is it a
//! question or an imperative), plus its length and its wording (words, phrases, the first
//! word, word endings): `score = sigmoid(<bias> + Σ weights of the answers)`. Every weight is in
//! `lexicons/checkworthy.txt`, fitted by `eval/train/checkworthy.py` (see its header).
//!
//! The reasons are one line per question, with the question's summed weight and what answered
//! it (`score:has-a-quantity '$40 million' +1.300`): the bias, the four questions that weigh
//! most, the rest summed in one line, and the category. They add up to the score.
//!
//! The category comes from explainable rules, not from the weights (`category.rs`).

mod category;
pub mod chars;
pub mod questions;

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use questions::{whole_words, Answer, Asker, Question};

use crate::entities::EntityDraft;
use crate::lexicon;
use crate::report::{Category, SourceKind};
use crate::rules::{Reason, Rule};
use crate::span::Span;

/// What the scorer knows about a claim besides its text.
#[derive(Clone, Debug, Default)]
pub struct Features<'s> {
    /// The sentence the claim stands in, whose wording (phrases, first word, spelling) is the
    /// residual's; the claim's own text when empty. The questions read the claim's text.
    pub sentence: &'s str,
    pub entities: usize,
    pub named_source: bool,
    pub vague_source: bool,
    pub hedged: bool,
    pub future: bool,
    pub question: bool,
    pub attributed: bool,
}

impl<'s> Features<'s> {
    /// The features of the claim made of `fragments` of `text`: how many entities it mentions,
    /// whether it is a question, and the pipeline's flags. Returns them with the claim's
    /// content text (its fragments joined by spaces), which is what the scorer reads.
    pub fn for_claim(
        text: &'s str,
        sentence: Span,
        fragments: &[Span],
        mentions: &MentionIndex,
        source: Option<SourceKind>,
        flags: (bool, bool, bool),
    ) -> (Features<'s>, String) {
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
            sentence: sentence.of(text),
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
    asker: Asker,
    /// Wording phrases, for one whole-word pass, in the automaton's pattern order.
    phrases: AhoCorasick,
    phrase_keys: Vec<&'static str>,
    /// Every weight by its key (`<question:detail>`, `^first-word`, a phrase).
    weights: HashMap<&'static str, f64>,
    /// The spelling buckets' weights (`~bucket`, `chars.rs`), zero for a bucket not listed.
    chars: Vec<f64>,
    /// The typical spelling weight (its mean over the training sentences): the reasons show
    /// the spelling's weight less this, and the bias holds it, so the score is the same.
    typical_spelling: f64,
    bias: f64,
}

/// The result for one claim.
#[derive(Clone, Debug)]
pub struct Score {
    pub score: f64,
    pub category: Category,
    pub reasons: Vec<Reason>,
}

/// One question's summed weight and its answers' weights with their evidence.
type QuestionSum<'a> = (Question, f64, Vec<(f64, &'a str)>);

/// How many questions get a reason line of their own; the rest are summed in one.
const SHOWN: usize = 4;

impl Scorer {
    pub fn new() -> Scorer {
        let mut weights = HashMap::new();
        let mut phrase_keys = Vec::new();
        let mut bias = 0.0;
        let mut chars = vec![0.0; chars::BUCKETS];
        let mut typical_spelling = 0.0;
        for e in lexicon::CHECKWORTHY.entries() {
            let w: f64 = e[2].parse().expect("weights are numbers");
            if e[0] == "<bias>" {
                bias = w;
                continue;
            }
            if e[0] == "<spelling:typical>" {
                typical_spelling = w;
                continue;
            }
            if let Some(b) = e[0].strip_prefix('~') {
                let b: usize = b.parse().expect("a bucket is a number");
                chars[b] = w;
                continue;
            }
            if !e[0].starts_with(['<', '^']) {
                phrase_keys.push(e[0]);
            }
            weights.insert(e[0], w);
        }
        let phrases = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&phrase_keys)
            .expect("the checkworthy lexicon compiles");
        Scorer {
            asker: Asker::new(),
            phrases,
            phrase_keys,
            weights,
            chars,
            typical_spelling,
            bias,
        }
    }

    /// The text the wording residual reads: the claim's sentence, or its own text.
    fn context<'a>(text: &'a str, f: &'a Features) -> &'a str {
        if f.sentence.trim().is_empty() {
            text
        } else {
            f.sentence
        }
    }

    /// The spelling part of the wording residual for `text` with `f` (`chars.rs`): its summed
    /// weight less the typical one (which the bias holds).
    pub fn spelling(&self, text: &str, f: &Features) -> f64 {
        chars::weigh(Scorer::context(text, f), &self.chars) - self.typical_spelling
    }

    /// Every answer of `text` (the claim's content) with its `features`, wording included.
    /// Training reads the same answers (`examples/checkworthy_features.rs`).
    pub fn answers(&self, text: &str, f: &Features) -> Vec<Answer> {
        let mut answers = self.asker.answers(text, f);
        let context = Scorer::context(text, f);
        for (i, _, found) in whole_words(&self.phrases, context) {
            answers.push(Answer {
                key: self.phrase_keys[i].to_string(),
                evidence: found.to_string(),
            });
        }
        let first = first_word(context);
        answers.push(Answer {
            key: format!("^{first}"),
            evidence: first,
        });
        answers
    }

    /// Score `text` (the claim's content) with its `features`.
    pub fn score(&self, text: &str, f: &Features) -> Score {
        let answers = self.answers(text, f);
        // Per question: summed weight and its answers by weight.
        let mut by_q: Vec<QuestionSum> = Vec::new();
        let mut margin = self.bias;
        for a in &answers {
            let Some(&w) = self.weights.get(a.key.as_str()) else {
                continue;
            };
            margin += w;
            let q = Question::of_key(&a.key);
            match by_q.iter_mut().find(|e| e.0 == q) {
                Some(e) => {
                    e.1 += w;
                    e.2.push((w, &a.evidence));
                }
                None => by_q.push((q, w, vec![(w, &a.evidence)])),
            }
        }
        let spelling = self.spelling(text, f);
        if spelling != 0.0 {
            margin += spelling;
            match by_q.iter_mut().find(|e| e.0 == Question::Wording) {
                Some(e) => {
                    e.1 += spelling;
                    e.2.push((spelling, "spelling"));
                }
                None => by_q.push((Question::Wording, spelling, vec![(spelling, "spelling")])),
            }
        }
        // Most weight first (either sign). A few items: an insertion sort, small in the page.
        insertion_sort(&mut by_q, |a, b| {
            a.1.abs() > b.1.abs() || (a.1.abs() == b.1.abs() && a.0 < b.0)
        });
        let mut reasons = vec![Reason::new(Rule::ScoreBias).weighted(round3(self.bias))];
        for (q, w, mut ev) in by_q.iter().take(SHOWN).cloned() {
            insertion_sort(&mut ev, |a, b| a.0.abs() > b.0.abs());
            let shown: Vec<&str> = ev.iter().take(2).map(|e| e.1).collect();
            reasons.push(Reason::with(q.rule(), shown.join(", ")).weighted(round3(w)));
        }
        if by_q.len() > SHOWN {
            let rest: f64 = by_q[SHOWN..].iter().map(|e| e.1).sum();
            let n = by_q.len() - SHOWN;
            reasons
                .push(Reason::with(Rule::ScoreMoreQuestions, n.to_string()).weighted(round3(rest)));
        }
        let p = 1.0 / (1.0 + (-margin).exp());
        let score = (p * 1000.0).round() / 1000.0;
        let (cat, why) = category::of(&answers);
        reasons.push(Reason::with(
            Rule::ScoreCategoryRule,
            format!("{} ({why})", cat.as_str()),
        ));
        Score {
            score,
            category: cat,
            reasons,
        }
    }
}

/// Sort `v` so that no item comes after one it `precedes` (stable).
fn insertion_sort<T>(v: &mut [T], precedes: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && precedes(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The first whitespace-separated word, trimmed of non-alphanumerics, ASCII lower-case.
fn first_word(text: &str) -> String {
    text.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_ascii_alphanumeric())
        .to_ascii_lowercase()
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer::new()
    }
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
        assert!(
            strs(&fact).iter().any(|r| r.contains("has-a-quantity")),
            "{fact:?}"
        );
    }

    #[test]
    fn scores_are_probabilities_with_few_readable_reasons_that_add_up() {
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
            assert!(reasons.last().unwrap().starts_with("score:category-rule"));
            assert!(reasons.len() <= SHOWN + 3, "{reasons:?}");
            let margin: f64 = reasons
                .iter()
                .filter_map(|x| x.rsplit(' ').next()?.parse::<f64>().ok())
                .sum();
            let p = 1.0 / (1.0 + (-margin).exp());
            assert!((p - r.score).abs() < 0.003, "{text}: {p} vs {}", r.score);
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
        assert!(
            strs(&record).iter().any(|r| r.contains("1,200")),
            "{record:?}"
        );
    }

    #[test]
    fn wording_matches_whole_words_only() {
        let s = Scorer::new();
        let text = "Taxes rose by more than half, the bankers' union said in Madrid.";
        let answers = s.answers(text, &Features::default());
        let words = format!(" {} ", text.to_lowercase().replace([',', '.'], ""));
        let phrases: Vec<&str> = answers
            .iter()
            .map(|a| a.key.as_str())
            .filter(|k| !k.starts_with(['<', '^']))
            .collect();
        assert!(!phrases.is_empty());
        for p in phrases {
            assert!(
                words.contains(&format!(" {p} ")),
                "{p} is not a whole phrase"
            );
        }
    }

    #[test]
    fn wording_is_read_in_the_sentence_and_the_questions_in_the_claim() {
        let s = Scorer::new();
        let content = "bus fares would fall by a third next spring";
        let alone = Features::default();
        let inside = Features {
            sentence: "Yesterday the mayor told reporters that bus fares would fall by a third next spring.",
            ..Features::default()
        };
        let keys = |f: &Features| -> Vec<String> {
            s.answers(content, f).into_iter().map(|a| a.key).collect()
        };
        assert!(keys(&alone).contains(&"^bus".to_string()));
        assert!(keys(&inside).contains(&"^yesterday".to_string()));
        // The questions answer for the claim alone: the same computed answers either way.
        let asked = |f: &Features| -> Vec<String> {
            keys(f).into_iter().filter(|k| k.starts_with('<')).collect()
        };
        assert_eq!(asked(&alone), asked(&inside));
        assert_ne!(s.spelling(content, &alone), s.spelling(content, &inside));
        let blank = Features {
            sentence: "  ",
            ..Features::default()
        };
        assert_eq!(s.spelling(content, &blank), s.spelling(content, &alone));
    }

    #[test]
    fn an_imperative_counts_only_as_the_first_word() {
        let s = Scorer::new();
        let keys = |t: &str| -> Vec<String> {
            s.answers(t, &Features::default())
                .into_iter()
                .map(|a| a.key)
                .collect()
        };
        assert!(keys("Look at what they did to the schools.")
            .contains(&"<speech:imperative>".to_string()));
        assert!(!keys("They look at the schools.").contains(&"<speech:imperative>".to_string()));
    }
}
