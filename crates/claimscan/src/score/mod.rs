//! Stage 8: check-worthiness in [0, 1] and a category, each with readable reasons.
//!
//! A logistic model over the answers to named questions (`questions.rs`: does the claim have a
//! quantity, a comparison, a named person or organisation, a time reference, a cause, a rule, a
//! prediction, personal experience, opinion; is it hedged; who stands behind it; is it a
//! question or an imperative), plus its length and its wording (words, phrases, the first
//! word, word endings, the spelling of its sentence's words, and the n-gram block, a second
//! linear model over its sentence's hashed word and character n-grams and the scores of its
//! words that `score/words.bin` holds (1,000 words, from pretrained word vectors:
//! docs/checkworthiness.md), `ngrams.rs`):
//! `score = sigmoid(<bias> + Σ weights of the answers + n-gram margin)`. Every
//! weight is in `lexicons/checkworthy.txt`, `score/ngrams.bin` and `score/words.bin`, fitted by
//! `eval/train/checkworthy.py` (see their headers).
//!
//! The reasons are one line per question, with the question's summed weight and what answered
//! it (`score:has-a-quantity '$40 million' +1.300`): the bias, the four questions that weigh
//! most, the rest summed in one line, and the category. They add up to the score.
//!
//! The category comes from explainable rules, not from the weights (`category.rs`).

mod category;
pub mod chars;
pub mod ngrams;
pub mod questions;

use questions::{Answer, Evidence, Question, Vocabulary, QUESTIONS, UNLISTED};

use crate::entities::EntityDraft;
use crate::lexicon;
use crate::quantities::{Direction, Quantity, QuantityKind};
use crate::report::{Category, SourceKind};
use crate::rules::{Arg, Reason, Rule};
use crate::span::Span;

/// What the scorer knows about a claim: where it stands in its text, and the pipeline's finds.
#[derive(Clone, Debug, Default)]
pub struct Features<'s> {
    /// A text holding the claim and its sentence.
    pub text: &'s str,
    /// The claim's sentence in `text`, whose wording (phrases, first word, spelling) is the
    /// residual's; the whole text when empty or blank.
    pub sentence: Span,
    /// The claim's fragments in `text`, in order, which the questions read; the whole text
    /// when there are none.
    pub fragments: Vec<Span>,
    pub entities: usize,
    pub named_source: bool,
    pub vague_source: bool,
    pub hedged: bool,
    pub future: bool,
    pub question: bool,
    pub attributed: bool,
    /// The quantities, dates and comparisons inside the claim (the quantities stage's), in
    /// text order: what the quantity, comparison and time questions read.
    pub quantities: Vec<Figure<'s>>,
}

/// One of a claim's quantities as the scorer reads it: its kind, its direction when it is a
/// comparison, whether it is a relative date, and its text (the reason's evidence).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure<'s> {
    pub kind: QuantityKind,
    pub direction: Option<Direction>,
    pub relative: bool,
    pub text: &'s str,
}

impl<'s> Figure<'s> {
    /// The figure of the quantity `q` of `text`.
    pub fn of(q: &Quantity, text: &'s str) -> Figure<'s> {
        Figure {
            kind: q.kind,
            direction: q.direction,
            relative: q.relative,
            text: q.span.of(text),
        }
    }
}

/// Whether a claim's text is a question: it ends with `?`, closing quotation marks aside.
pub fn ends_as_question(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\u{201d}', '\u{2019}'])
        .ends_with('?')
}

impl<'s> Features<'s> {
    /// A claim that is the whole of `text` (its own sentence), with no other finds.
    pub fn of_text(text: &'s str) -> Features<'s> {
        Features {
            text,
            question: ends_as_question(text),
            ..Features::default()
        }
    }

    /// The claim's fragments; the whole text when there are none.
    pub fn fragments(&self) -> std::borrow::Cow<'_, [Span]> {
        if self.fragments.is_empty() {
            std::borrow::Cow::Owned(vec![Span::new(0, self.text.len())])
        } else {
            std::borrow::Cow::Borrowed(&self.fragments)
        }
    }

    /// The claim's sentence; the whole text when it is empty or blank.
    pub fn sentence(&self) -> Span {
        if self.sentence.of(self.text).trim().is_empty() {
            Span::new(0, self.text.len())
        } else {
            self.sentence
        }
    }

    /// The features of the claim made of `fragments` of `text` in `sentence`: how many
    /// entities it mentions, whether it is a question, the pipeline's flags (hedged, future,
    /// attributed) and its `quantities` (those inside its fragments).
    pub fn for_claim<'q>(
        text: &'s str,
        sentence: Span,
        fragments: &[Span],
        mentions: &MentionIndex,
        source: Option<SourceKind>,
        flags: (bool, bool, bool),
        quantities: impl Iterator<Item = &'q Quantity>,
    ) -> Features<'s> {
        let (hedged, future, attributed) = flags;
        let question = fragments
            .iter()
            .rev()
            .map(|f| f.of(text))
            .find(|t| !t.trim().is_empty())
            .is_some_and(ends_as_question);
        Features {
            text,
            sentence,
            fragments: fragments.to_vec(),
            entities: mentions.entities_inside(fragments),
            named_source: source == Some(SourceKind::Named),
            vague_source: matches!(source, Some(SourceKind::Vague | SourceKind::Anonymous)),
            hedged,
            future,
            question,
            attributed,
            quantities: quantities.map(|q| Figure::of(q, text)).collect(),
        }
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
        crate::sort::sort(&mut mentions);
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
    vocabulary: Vocabulary,
    /// Every feature's weight, by feature; 0 for a feature the weights file does not list.
    weights: Vec<f64>,
    /// The spelling buckets' weights (`~bucket`, `chars.rs`), zero for a bucket not listed.
    chars: Vec<f64>,
    /// The typical spelling weight (its mean over the training sentences): the reasons show
    /// the spelling's weight less this, and the bias holds it, so the score is the same.
    typical_spelling: f64,
    /// Whether any spelling bucket has a weight (the current fit leaves them out: the n-gram
    /// block reads the same pieces and more).
    spelling_on: bool,
    /// The n-gram block of the wording residual (`ngrams.rs`).
    ngrams: ngrams::Ngrams,
    bias: f64,
}

/// The result for one claim.
#[derive(Clone, Debug)]
pub struct Score {
    pub score: f64,
    pub category: Category,
    pub reasons: Vec<Reason>,
}

/// One question's summed weight and its two heaviest answers' weights and evidence.
#[derive(Clone, Copy, Debug)]
struct QuestionSum<'t> {
    question: Question,
    weight: f64,
    top: [Option<(f64, Evidence<'t>)>; 2],
}

impl<'t> QuestionSum<'t> {
    /// Add an answer of `weight`; the two heaviest (either sign) stay, the first on a tie.
    /// Words that overlap words already kept ("120" and "120 homes") are one item, shown by
    /// the longer.
    fn add(&mut self, weight: f64, evidence: Evidence<'t>) {
        self.weight += weight;
        for (w, e) in self.top.iter_mut().flatten() {
            if let Some(longer) = e.merged(evidence) {
                *e = longer;
                if weight.abs() > w.abs() {
                    *w = weight;
                }
                crate::sort::sort_by(&mut self.top, |a, b| {
                    let abs = |x: &Option<(f64, Evidence)>| x.map_or(-1.0, |(w, _)| w.abs());
                    abs(b).total_cmp(&abs(a))
                });
                return;
            }
        }
        let item = Some((weight, evidence));
        let heavier = |x: &Option<(f64, Evidence)>| x.is_none_or(|(w, _)| weight.abs() > w.abs());
        if heavier(&self.top[0]) {
            self.top[1] = self.top[0];
            self.top[0] = item;
        } else if heavier(&self.top[1]) {
            self.top[1] = item;
        }
    }
}

/// How many questions get a reason line of their own; the rest are summed in one.
const SHOWN: usize = 4;

impl Scorer {
    pub fn new() -> Scorer {
        let mut bias = 0.0;
        let mut chars = vec![0.0; chars::BUCKETS];
        let mut typical_spelling = 0.0;
        let mut listed: Vec<(&'static str, f64)> = Vec::new();
        for e in lexicon::CHECKWORTHY.entries() {
            let w = || crate::decimal::parse_f64(e[2]).expect("weights are numbers");
            if e[0] == "<bias>" {
                bias = w();
            } else if e[0] == "<spelling:typical>" {
                typical_spelling = w();
            } else if let Some(rows) = e[0].strip_prefix('~') {
                // A row of buckets `~first-last`, their weights in whole tenths.
                let first: usize = rows
                    .split('-')
                    .next()
                    .and_then(|b| b.parse().ok())
                    .expect("a row of buckets starts with a number");
                for (i, v) in e[2].split_whitespace().enumerate() {
                    let tenths: i32 = v.parse().expect("a bucket's weight is whole tenths");
                    if let Some(c) = chars.get_mut(first + i) {
                        *c = f64::from(tenths) / 10.0;
                    }
                }
            } else {
                listed.push((e[0], w()));
            }
        }
        let (vocabulary, ids) = Vocabulary::new(listed.iter().map(|e| e.0));
        let mut weights = vec![0.0; vocabulary.features()];
        for (i, (_, w)) in ids.into_iter().zip(listed) {
            weights[i as usize] = w;
        }
        Scorer {
            vocabulary,
            weights,
            spelling_on: chars.iter().any(|&w| w != 0.0),
            chars,
            typical_spelling,
            ngrams: ngrams::Ngrams::new(),
            bias,
        }
    }

    /// The features' keys and questions.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The spelling part of the wording residual for the claim `f` (`chars.rs`), read in its
    /// sentence: its summed weight less the typical one (which the bias holds), and the word
    /// whose spelling weighs most that way.
    pub fn spelling<'t>(&self, f: &Features<'t>) -> (f64, Option<&'t str>) {
        if !self.spelling_on {
            return (0.0, None);
        }
        let s = chars::weigh(f.sentence().of(f.text), &self.chars);
        let w = s.weight - self.typical_spelling;
        (w, if w >= 0.0 { s.most } else { s.least })
    }

    /// The n-gram block's part of the wording residual for the claim `f` (`ngrams.rs`), read in
    /// its sentence: its margin less the typical one (which the bias holds).
    pub fn ngrams(&self, f: &Features) -> f64 {
        self.ngrams.margin(f.sentence().of(f.text)) - self.ngrams.typical
    }

    /// Every answer of the claim `f`, wording included. Training reads the same answers
    /// (`examples/checkworthy_features.rs`).
    pub fn answers<'t>(&self, f: &Features<'t>) -> Vec<Answer<'t>> {
        self.vocabulary.answers(f)
    }

    /// Score the claim `f`.
    pub fn score<'t>(&self, f: &Features<'t>) -> Score {
        let answers = self.answers(f);
        // Per question: its summed weight and heaviest answers, in the questions' order.
        let mut by_q: [Option<QuestionSum<'t>>; QUESTIONS] = [None; QUESTIONS];
        let mut margin = self.bias;
        let mut add = |q: Question, w: f64, e: Evidence<'t>| {
            by_q[q as usize]
                .get_or_insert(QuestionSum {
                    question: q,
                    weight: 0.0,
                    top: [None, None],
                })
                .add(w, e);
        };
        for a in &answers {
            let w = self.weights.get(a.feature as usize).copied().unwrap_or(0.0);
            if a.feature == UNLISTED || w == 0.0 {
                continue;
            }
            margin += w;
            add(self.vocabulary.question(a.feature), w, a.evidence);
        }
        let (spelling, word) = self.spelling(f);
        if spelling != 0.0 {
            margin += spelling;
            let e = word.map_or(Evidence::Flag("no words"), Evidence::Like);
            add(Question::Wording, spelling, e);
        }
        // The n-gram block joins the wording line; its words are not shown (no word of it
        // stands for the whole), unless nothing else answered the wording question.
        let grams = self.ngrams(f);
        if grams != 0.0 {
            margin += grams;
            match &mut by_q[Question::Wording as usize] {
                Some(sum) => sum.weight += grams,
                slot @ None => {
                    *slot = Some(QuestionSum {
                        question: Question::Wording,
                        weight: grams,
                        top: [Some((grams, Evidence::Flag("its word pieces"))), None],
                    });
                }
            }
        }
        let mut sums: Vec<QuestionSum> = by_q.into_iter().flatten().collect();
        // Most weight first (either sign), the questions' order on a tie. A few items: an
        // insertion sort, small in the page.
        insertion_sort(&mut sums, |a, b| {
            a.weight.abs() > b.weight.abs()
                || (a.weight.abs() == b.weight.abs() && a.question < b.question)
        });
        // The bias, the shown questions, the rest and the category: never grown.
        let mut reasons = Vec::with_capacity(SHOWN + 3);
        reasons.push(Reason::new(Rule::ScoreBias).weighted(round3(self.bias)));
        for s in sums.iter().take(SHOWN) {
            // The heaviest answers' evidence, joined with ", " (held in the reason when short).
            let mut digits = [[0u8; 20]; 2];
            let [d0, d1] = &mut digits;
            let [e0, e1] = &s.top;
            let (a, b) = (e0.as_ref().map(|(_, e)| e), e1.as_ref().map(|(_, e)| e));
            let [p0, p1] = a.map_or(["", ""], |e| shown_pieces(e, d0));
            let sep = if a.is_some() && b.is_some() { ", " } else { "" };
            let [p2, p3] = b.map_or(["", ""], |e| shown_pieces(e, d1));
            let shown = Arg::joined(&[p0, p1, sep, p2, p3]);
            reasons.push(Reason::with(s.question.rule(), shown).weighted(round3(s.weight)));
        }
        if sums.len() > SHOWN {
            let rest: f64 = sums[SHOWN..].iter().map(|e| e.weight).sum();
            let n = sums.len() - SHOWN;
            let mut digits = [0u8; 20];
            let n = Arg::joined(&[decimal(n, &mut digits)]);
            reasons.push(Reason::with(Rule::ScoreMoreQuestions, n).weighted(round3(rest)));
        }
        let score = probability(margin);
        let (cat, why) = category::of(&answers, &self.vocabulary);
        // `category (why)`, held in the reason when short.
        let mut digits = [0u8; 20];
        let [w0, w1, w2] = match &why {
            category::Why::NotAClaim(e) => {
                let [p0, p1] = shown_pieces(e, &mut digits);
                ["not a claim: ", p0, p1]
            }
            category::Why::Answer(e) => {
                let [p0, p1] = shown_pieces(e, &mut digits);
                [p0, p1, ""]
            }
            category::Why::NoRule => ["no rule holds", "", ""],
        };
        let shown = Arg::joined(&[cat.as_str(), " (", w0, w1, w2, ")"]);
        reasons.push(Reason::with(Rule::ScoreCategoryRule, shown));
        Score {
            score,
            category: cat,
            reasons,
        }
    }
}

/// The evidence `e` in the pieces its `Display` writes (no formatter): a count's digits are
/// written into `digits`.
fn shown_pieces<'a>(e: &Evidence<'a>, digits: &'a mut [u8; 20]) -> [&'a str; 2] {
    match *e {
        Evidence::Text(t) | Evidence::Flag(t) => [t, ""],
        Evidence::Like(w) => ["words like ", w],
        Evidence::Count(n) => [decimal(n, digits), ""],
    }
}

/// `n` in decimal as `{n}` writes it, in `digits`.
pub(crate) fn decimal(n: usize, digits: &mut [u8; 20]) -> &str {
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    std::str::from_utf8(&digits[at..]).unwrap_or_default()
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

/// Decimals of a claim's `checkworthiness`: fine enough that distinct margins rank distinctly
/// where rankings are read (at three decimals many low scores tied, and ties cost CLEF 2019
/// train's MAP 0.2332 -> 0.2311; at four, ties near the top still cost 0.0013; five measured the
/// same as no rounding on ClaimBuster and CLEF). Rounded at all so that a last-bit difference
/// between the native and the WebAssembly `exp` cannot show in the report.
const SCORE_DECIMALS: i32 = 5;

/// The probability of a margin (log-odds), rounded to `SCORE_DECIMALS`.
fn probability(margin: f64) -> f64 {
    let grid = 10f64.powi(SCORE_DECIMALS);
    (grid / (1.0 + (-margin).exp())).round() / grid
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer::new()
    }
}

#[cfg(test)]
// Test code compares with, or reads as, the standard library's case mapping.
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn strs(s: &Score) -> Vec<String> {
        s.reasons.iter().map(ToString::to_string).collect()
    }

    fn keys(s: &Scorer, f: &Features) -> Vec<String> {
        s.answers(f)
            .into_iter()
            .map(|a| match a.feature {
                UNLISTED => format!("^{}", a.evidence.to_string().to_ascii_lowercase()),
                i => s.vocabulary().key(i).to_string(),
            })
            .collect()
    }

    #[test]
    fn evidence_is_written_as_its_display() {
        for e in [
            Evidence::Text("120 homes"),
            Evidence::Flag("future-tense"),
            Evidence::Like("record"),
            Evidence::Count(0),
            Evidence::Count(7),
            Evidence::Count(10),
            Evidence::Count(12_345),
            Evidence::Count(usize::MAX),
        ] {
            let mut digits = [0u8; 20];
            assert_eq!(shown_pieces(&e, &mut digits).concat(), e.to_string());
        }
    }

    #[test]
    fn figures_outscore_opinions() {
        let s = Scorer::new();
        let fact = s.score(&Features::of_text(
            "Unemployment fell to 4.1 percent in March",
        ));
        let opinion = s.score(&Features::of_text("I think this is a great country"));
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
            let r = s.score(&Features::of_text(text));
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
    fn scores_rank_distinct_low_margins_distinctly() {
        // Margins a hundredth apart, far below the cut, where three decimals gave 0.000 to all.
        let scores: Vec<f64> = (0..5)
            .map(|k| probability(-5.0 - 0.01 * k as f64))
            .collect();
        for w in scores.windows(2) {
            assert!(w[0] > w[1], "{scores:?}");
        }
        // On the report's grid of five decimals, and symmetric about the cut.
        for m in [-12.0, -3.3, 0.0, 0.7, 9.0] {
            let p = probability(m);
            assert_eq!(p, (p * 1e5).round() / 1e5, "{m}: {p}");
            assert!((p + probability(-m) - 1.0).abs() < 1e-9, "{m}");
        }
        assert_eq!(probability(0.0), 0.5);
    }

    #[test]
    fn checkable_records_outscore_small_talk() {
        let s = Scorer::new();
        let record = s.score(&Features::of_text(
            "The county built 1,200 homes last year, twice as many as in 2015.",
        ));
        let chat = s.score(&Features::of_text(
            "Well, I am glad to be here with you tonight.",
        ));
        assert!(record.score >= 0.5, "{:?}", record);
        assert!(chat.score < 0.5, "{:?}", chat);
        assert!(
            strs(&record).iter().any(|r| r.contains("1,200")),
            "{record:?}"
        );
    }

    #[test]
    fn the_quantities_stage_answers_the_quantity_questions() {
        let s = Scorer::new();
        let text = "Fares rose 9 percent to $40 million.";
        let figure = |kind, direction, from: &str| {
            let at = text.find(from).unwrap();
            Figure {
                kind,
                direction,
                relative: false,
                text: &text[at..at + from.len()],
            }
        };
        let f = Features {
            quantities: vec![
                figure(QuantityKind::Comparison, Some(Direction::Up), "rose"),
                figure(QuantityKind::Percent, None, "9 percent"),
                figure(QuantityKind::Money, None, "$40 million"),
            ],
            ..Features::of_text(text)
        };
        let k = keys(&s, &f);
        for key in [
            "<comparison:up>",
            "<quantity:percent>",
            "<quantity:money>",
            "<quantity:several>",
        ] {
            assert!(k.contains(&key.to_string()), "{key} in {k:?}");
        }
        assert!(!keys(&s, &Features::of_text(text)).contains(&"<quantity:money>".to_string()));
    }

    #[test]
    fn wording_matches_whole_words_only() {
        let s = Scorer::new();
        let text = "Taxes rose by more than half, the bankers' union said in Madrid.";
        let words = format!(" {} ", text.to_lowercase().replace([',', '.'], ""));
        let phrases: Vec<String> = keys(&s, &Features::of_text(text))
            .into_iter()
            .filter(|k| !k.starts_with(['<', '^']) && !k.is_empty())
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
        let sentence =
            "Yesterday the mayor told reporters that bus fares would fall by a third next spring.";
        let content = "bus fares would fall by a third next spring";
        let at = sentence.find(content).unwrap();
        let claim = Span::new(at, at + content.len());
        let alone = Features::of_text(content);
        let inside = Features {
            sentence: Span::new(0, sentence.len()),
            fragments: vec![claim],
            ..Features::of_text(sentence)
        };
        assert!(keys(&s, &alone).contains(&"^bus".to_string()));
        assert!(keys(&s, &inside).contains(&"^yesterday".to_string()));
        // The questions answer for the claim alone: the same computed answers either way.
        let asked = |f: &Features| -> Vec<String> {
            let mut k: Vec<String> = keys(&s, f)
                .into_iter()
                .filter(|k| k.starts_with('<'))
                .collect();
            k.sort();
            k
        };
        assert_eq!(asked(&alone), asked(&inside));
        assert_ne!(s.ngrams(&alone), s.ngrams(&inside));
        assert_eq!(
            s.spelling(&alone).0,
            0.0,
            "no spelling weights: the n-grams read them"
        );
        let blank = Features {
            sentence: Span::new(0, 1),
            ..Features::of_text(" bus fares would fall by a third next spring")
        };
        let spaced = Features::of_text(" bus fares would fall by a third next spring");
        assert_eq!(s.spelling(&blank), s.spelling(&spaced));
        assert_eq!(s.ngrams(&blank), s.ngrams(&spaced));
    }

    #[test]
    fn the_spelling_line_names_a_word_of_the_sentence() {
        let text = "The county built 1,200 homes last year.";
        let word = chars::weigh(text, &[1.0; chars::BUCKETS]).most;
        let word = word.expect("a sentence with words has one");
        assert!(text.split_whitespace().any(|w| w == word), "{word}");
    }

    #[test]
    fn an_imperative_counts_only_as_the_first_word() {
        let s = Scorer::new();
        let k = |t: &str| keys(&s, &Features::of_text(t));
        assert!(
            k("Look at what they did to the schools.").contains(&"<speech:imperative>".to_string())
        );
        assert!(!k("They look at the schools.").contains(&"<speech:imperative>".to_string()));
    }
}
