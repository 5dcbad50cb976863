//! The check-worthiness questions a claim answers, each answer a named feature.
//!
//! The questions follow PASTEL's: does it contain a quantity, a comparison, a named person or
//! organisation, a time reference, a causal claim, a rule or law, a prediction, personal
//! experience, opinion or emotive wording; is it hedged or conditional; who stands behind it;
//! is it a question or an imperative rather than a claim. Two more are plain signals: its
//! length, and the wording that remains (words, phrases, the first word, word endings).
//!
//! An answer's key is what `lexicons/checkworthy.txt` weighs: `<question:detail>` for computed
//! and listed answers, a lowercase phrase or `^first-word` for the wording. Every key has a
//! number (its feature) in the [`Vocabulary`], so that answering a claim allocates no string:
//! an answer is a feature and a borrowed evidence. The quantities, dates and comparisons are
//! the quantities stage's (`Features::quantities`); figures in digits are also read by a plain
//! scan (`figures`); the words of `lexicons/checkworthy_questions.txt` and the wording phrases
//! of the weights are one automaton, run once over the claim's sentence (a question word counts
//! inside the claim's fragments, a wording phrase anywhere in its sentence).
//! `eval/train/checkworthy.py` reads these keys through `examples/checkworthy_features.rs`, so
//! training and scoring see the same features.

use crate::lexicon::WordMap;
use std::fmt;

use crate::trie::Trie;

use super::Features;
use crate::lexicon;
use crate::quantities::{Direction, QuantityKind};
use crate::rules::Rule;
use crate::span::Span;

/// A named question (one reason line each).
/// How many questions there are.
pub const QUESTIONS: usize = 14;

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

/// What answered a question, for its reason line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Evidence<'t> {
    /// Words of the claim or of its sentence.
    Text(&'t str),
    /// A count (entities, capitalised words, words).
    Count(usize),
    /// A flag's name (`future-tense`, `named`).
    Flag(&'static str),
    /// The word of the sentence whose spelling weighs most (the spelling buckets, `chars.rs`).
    Like(&'t str),
}

impl<'t> Evidence<'t> {
    /// When both are words at overlapping places of one text ("120" in "120 homes"), the
    /// longer of the two.
    pub fn merged(self, other: Evidence<'t>) -> Option<Evidence<'t>> {
        let (Evidence::Text(a), Evidence::Text(b)) = (self, other) else {
            return None;
        };
        let range = |s: &str| {
            let p = s.as_ptr() as usize;
            (p, p + s.len())
        };
        let ((a0, a1), (b0, b1)) = (range(a), range(b));
        let overlap = a0 < b1 && b0 < a1;
        overlap.then_some(if b.len() > a.len() { other } else { self })
    }
}

impl fmt::Display for Evidence<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Evidence::Text(t) | Evidence::Flag(t) => f.write_str(t),
            Evidence::Count(n) => write!(f, "{n}"),
            Evidence::Like(w) => write!(f, "words like {w}"),
        }
    }
}

/// One answer: its feature (an index into the vocabulary's keys; [`UNLISTED`] for a first
/// word that has no key) and what in the claim gave it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Answer<'t> {
    pub feature: u32,
    pub evidence: Evidence<'t>,
}

/// The feature of a first word the vocabulary does not list (training reads it all the same).
pub const UNLISTED: u32 = u32::MAX;

/// The computed keys: the first features of every vocabulary, in this order.
const COMPUTED: [&str; 48] = [
    // ENTITIES: how many entities the claim mentions.
    "<named:entities:1>",
    "<named:entities:2>",
    "<named:entities:3+>",
    // CAPITALIZED: how many words after the first are capitalised.
    "<named:capitalized:1>",
    "<named:capitalized:2>",
    "<named:capitalized:3+>",
    // FLAGS: the pipeline's.
    "<prediction:future-tense>",
    "<hedged:hedge>",
    "<speech:question>",
    "<source:named>",
    "<source:vague>",
    "<source:the-writer>",
    "<source:described>",
    // LENGTH: LENGTHS' buckets.
    "<length:1-3>",
    "<length:4-6>",
    "<length:7-10>",
    "<length:11-15>",
    "<length:16-25>",
    "<length:26-40>",
    "<length:41+>",
    // EST, then SUFFIXES' endings.
    "<comparison:-est>",
    "<wording:-ed>",
    "<wording:-ing>",
    "<wording:-ly>",
    "<wording:-s>",
    // DIGITS: figures in digits (`figures`).
    "<quantity:digits-money>",
    "<quantity:digits-percent>",
    "<time:digits-year>",
    "<quantity:digits-number>",
    "<quantity:digits-several>",
    // KINDS: the quantities stage's kinds (`quantities`).
    "<quantity:money>",
    "<quantity:percent>",
    "<quantity:count>",
    "<quantity:measure>",
    "<quantity:range>",
    "<quantity:ordinal>",
    "<time:date>",
    "<time:relative-date>",
    "<time:duration>",
    // DIRECTIONS: comparisons by direction, then one with none.
    "<comparison:more>",
    "<comparison:less>",
    "<comparison:up>",
    "<comparison:down>",
    "<comparison:most>",
    "<comparison:least>",
    "<comparison:same>",
    "<comparison:other>",
    // SEVERAL: two quantities or more.
    "<quantity:several>",
];
const ENTITIES: u32 = 0;
const CAPITALIZED: u32 = 3;
const FUTURE: u32 = 6;
const HEDGE: u32 = 7;
const QUESTION: u32 = 8;
const NAMED: u32 = 9;
const VAGUE: u32 = 10;
const THE_WRITER: u32 = 11;
const DESCRIBED: u32 = 12;
const LENGTH: u32 = 13;
const EST: u32 = 20;
const ENDINGS: u32 = 21;
const DIGITS: u32 = 25;
const KINDS: u32 = 30;
const DIRECTIONS: u32 = 39;
const SEVERAL: u32 = 47;

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

/// What one pattern of the automaton stands for.
#[derive(Clone, Copy, Debug, Default)]
struct Pattern {
    /// Its question's feature, when it is a question word.
    question: Option<u32>,
    /// Its wording feature, when it is a wording phrase.
    phrase: Option<u32>,
    /// A question word that counts only as the claim's first word (an imperative).
    first_only: bool,
}

/// Every key the scorer knows, each a feature (its index), and the one trie that finds the
/// listed words and phrases.
pub struct Vocabulary {
    keys: Vec<String>,
    questions: Vec<Question>,
    /// Walked from each word's start (`whole_words`), ASCII case-insensitive.
    words: Trie,
    patterns: Vec<Pattern>,
    /// First-word keys without their `^`.
    firsts: WordMap<&'static str, u32>,
    /// Each feature's category groups (`category::mask` of its key).
    category_masks: Vec<u16>,
}

// Whether `c` is an ASCII letter or digit: the quantity scan's byte classes.
use crate::quantities::is_alnum_byte as alnum;

/// A whole-word match of `start..end` in `b` (ASCII letters and digits around it end a word).
fn whole_word(b: &[u8], start: usize, end: usize) -> bool {
    let before = start == 0 || !alnum(b[start - 1]);
    let after = end == b.len() || !alnum(b[end]);
    before && after
}

/// The whole-word matches of the trie `words` in `scan` of `text`, as
/// `(end, start, pattern)` in the order an unanchored overlapping search reports them: by
/// end, then by start (at one end, a pattern before its suffixes). Only a place with a word
/// boundary before it can start a whole word, so the trie is walked from those places alone,
/// a byte at a time until it has no way on: an unanchored search reports every pattern inside
/// every word ("a" in "data") only for the whole-word test to drop it.
fn whole_words(words: &Trie, text: &str, scan: Span) -> Vec<(usize, usize, usize)> {
    let b = text.as_bytes();
    let hay = scan.of(text).as_bytes();
    // Sized once for most sentences (news sentences have a match every 3 to 5 bytes).
    let mut found: Vec<(usize, usize, usize)> = Vec::with_capacity(hay.len() / 3);
    // Whether the byte before the one at `p` is a letter or digit (the text's, before `scan`).
    let mut after_alnum = scan.start > 0 && alnum(b[scan.start - 1]);
    for (p, &c) in hay.iter().enumerate() {
        let start = scan.start + p;
        let bounded = !after_alnum;
        after_alnum = alnum(c);
        if !bounded {
            continue;
        }
        words.walk(&hay[p..], |len, ids| {
            let end = start + len;
            if whole_word(b, start, end) {
                found.extend(ids.iter().map(|&id| (end, start, id as usize)));
            }
        });
    }
    // One pattern per place (the patterns are distinct).
    found.sort_unstable_by_key(|&(end, start, _)| (end, start));
    found
}

/// The longest first word looked up (longer ones are not keys).
const FIRST_MAX: usize = 32;

impl Vocabulary {
    /// The computed keys, the question words of `lexicons/checkworthy_questions.txt`, and
    /// `weighted` (the weights file's keys: wording phrases, `^first-words`, `<answers>`).
    /// Returns it with the features of `weighted`, in their order.
    pub fn new(weighted: impl Iterator<Item = &'static str>) -> (Vocabulary, Vec<u32>) {
        let mut keys: Vec<String> = Vec::new();
        let mut ids: WordMap<String, u32> = WordMap::default();
        let mut intern = |key: &str, keys: &mut Vec<String>| -> u32 {
            *ids.get_or_insert_with(key.to_string(), || {
                keys.push(key.to_string());
                (keys.len() - 1) as u32
            })
        };
        for k in COMPUTED {
            intern(k, &mut keys);
        }
        let mut pattern_ids: WordMap<&'static str, usize> = WordMap::default();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut pattern = |text: &'static str, patterns: &mut Vec<Pattern>| -> usize {
            *pattern_ids.get_or_insert_with(text, || {
                patterns.push(Pattern::default());
                patterns.len() - 1
            })
        };
        for e in lexicon::CHECKWORTHY_QUESTIONS.entries() {
            let id = intern(&format!("<{}>", e[1]), &mut keys);
            let p = pattern(e[0], &mut patterns);
            patterns[p].question = Some(id);
            patterns[p].first_only = e[1] == "speech:imperative";
        }
        let mut firsts = WordMap::default();
        let mut weighted_ids = Vec::new();
        for k in weighted {
            let id = intern(k, &mut keys);
            weighted_ids.push(id);
            if let Some(w) = k.strip_prefix('^') {
                firsts.insert(w, id);
            } else if !k.starts_with(['<', '~']) {
                let p = pattern(k, &mut patterns);
                patterns[p].phrase = Some(id);
            }
        }
        let mut texts: Vec<(&str, usize)> = pattern_ids.iter().map(|(&t, &p)| (t, p)).collect();
        crate::sort::sort_by_key(&mut texts, |t| t.1);
        let words = Trie::new(texts.iter().map(|t| t.0.as_bytes()), true);
        let questions = keys.iter().map(|k| Question::of_key(k)).collect();
        let category_masks = keys.iter().map(|k| super::category::mask(k)).collect();
        let v = Vocabulary {
            keys,
            questions,
            words,
            patterns,
            firsts,
            category_masks,
        };
        (v, weighted_ids)
    }

    /// How many features there are.
    pub fn features(&self) -> usize {
        self.keys.len()
    }

    /// A feature's key; "" for [`UNLISTED`].
    pub fn key(&self, feature: u32) -> &str {
        self.keys.get(feature as usize).map_or("", String::as_str)
    }

    /// A feature's category groups (`category.rs`); none for [`UNLISTED`].
    pub(super) fn category_mask(&self, feature: u32) -> u16 {
        self.category_masks
            .get(feature as usize)
            .copied()
            .unwrap_or(0)
    }

    /// A feature's question; wording for [`UNLISTED`].
    pub fn question(&self, feature: u32) -> Question {
        self.questions
            .get(feature as usize)
            .copied()
            .unwrap_or(Question::Wording)
    }

    /// Every answer of the claim `f` describes: its figures and quantities, the question words
    /// inside its fragments, the pipeline's flags, its length and word endings, the wording
    /// phrases of its sentence and the sentence's first word. Each feature once, with its first
    /// evidence; no string is allocated.
    pub fn answers<'t>(&self, f: &Features<'t>) -> Vec<Answer<'t>> {
        let mut out: Vec<Answer<'t>> = Vec::with_capacity(32);
        let mut push = |feature: u32, evidence: Evidence<'t>| {
            if !out.iter().any(|a| a.feature == feature) {
                out.push(Answer { feature, evidence });
            }
        };
        let text = f.text;
        let fragments = f.fragments();
        let fragments: &[Span] = &fragments;
        figures(text, fragments, &mut push);
        quantities(f, &mut push);
        // The claim's first word starts at its first letter or digit.
        let lead = fragments
            .iter()
            .find_map(|s| {
                s.of(text)
                    .find(|c: char| c.is_ascii_alphanumeric())
                    .map(|i| s.start + i)
            })
            .unwrap_or(usize::MAX);
        let sentence = f.sentence();
        let scan = fragments.iter().fold(sentence, |h, s| h.hull(*s));
        for (end, start, pattern) in whole_words(&self.words, text, scan) {
            let p = self.patterns[pattern];
            let found = Evidence::Text(&text[start..end]);
            let at = Span::new(start, end);
            if let Some(q) = p.question {
                // An imperative is one only as the first word ("Look at the figures").
                if (!p.first_only || start == lead) && fragments.iter().any(|s| s.contains(at)) {
                    push(q, found);
                }
            }
            if let Some(w) = p.phrase {
                if sentence.contains(at) {
                    push(w, found);
                }
            }
        }
        computed(text, fragments, f, &mut push);
        let first = first_word(sentence.of(text));
        let mut lower = [0u8; FIRST_MAX];
        let feature = (first.len() <= FIRST_MAX)
            .then(|| {
                for (l, c) in lower.iter_mut().zip(first.bytes()) {
                    *l = c.to_ascii_lowercase();
                }
                std::str::from_utf8(&lower[..first.len()]).ok()
            })
            .flatten()
            .and_then(|w| self.firsts.get(w).copied())
            .unwrap_or(UNLISTED);
        push(feature, Evidence::Text(first));
        out
    }
}

/// The first whitespace-separated word, trimmed of non-alphanumerics.
pub fn first_word(text: &str) -> &str {
    text.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_ascii_alphanumeric())
}

/// The answers computed from the pipeline's flags and the claim's words.
fn computed<'t>(
    text: &'t str,
    fragments: &[Span],
    f: &Features<'t>,
    push: &mut impl FnMut(u32, Evidence<'t>),
) {
    let bucket = |n: usize| n.min(3) as u32 - 1;
    if f.entities > 0 {
        push(ENTITIES + bucket(f.entities), Evidence::Count(f.entities));
    }
    // The words (split at whitespace, as `split_whitespace`) and those after the first that
    // are capitalised, in one pass over the bytes (a character decoded only past ASCII).
    let (mut n, mut caps) = (0usize, 0usize);
    for s in fragments {
        count_words(s.of(text), &mut n, &mut caps);
    }
    if caps > 0 {
        push(CAPITALIZED + bucket(caps), Evidence::Count(caps));
    }
    for (on, feature, name) in [
        (f.future, FUTURE, "future-tense"),
        (f.hedged, HEDGE, "hedge"),
        (f.question, QUESTION, "question"),
        (f.named_source, NAMED, "named"),
        (f.vague_source, VAGUE, "vague"),
        (!f.attributed, THE_WRITER, "the-writer"),
        (
            f.attributed && !f.named_source && !f.vague_source,
            DESCRIBED,
            "described",
        ),
    ] {
        if on {
            push(feature, Evidence::Flag(name));
        }
    }
    if let Some(i) = LENGTHS
        .iter()
        .position(|(lo, hi)| n >= *lo && hi.is_none_or(|h| n <= h))
    {
        push(LENGTH + i as u32, Evidence::Count(n));
    }
    // The runs of ASCII letters (`split` at every other character, empty pieces dropped: a
    // byte of a longer character is no ASCII letter, so the runs are the same read as bytes).
    let letters = fragments.iter().flat_map(|s| letter_runs(s.of(text)));
    // Each piece is ASCII letters only: its endings are compared without lowercasing a copy.
    let ends_with = |w: &str, suffix: &str| {
        w.len() >= suffix.len()
            && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    // Each feature is pushed once (`push` keeps its first evidence): these are only pushed
    // here, so after its first word an ending is not offered again.
    let mut est = false;
    let mut ended = [false; SUFFIXES.len()];
    for w in letters {
        if !est && w.len() >= 6 && ends_with(w, "est") && !ends_with(w, "ss") {
            est = true;
            push(EST, Evidence::Text(w));
        }
        for (i, (suffix, min)) in SUFFIXES.iter().enumerate() {
            if !ended[i] && w.len() >= *min && ends_with(w, suffix) {
                ended[i] = true;
                push(ENDINGS + i as u32, Evidence::Text(w));
            }
        }
    }
}

/// Add the words of `t` (split at whitespace, as `str::split_whitespace`) to `n`, and those
/// that start with an ASCII capital to `caps` unless no word came before (`n` was 0).
fn count_words(t: &str, n: &mut usize, caps: &mut usize) {
    let b = t.as_bytes();
    let mut in_word = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let (space, len) = if c.is_ascii() {
            (matches!(c, b'\t'..=b'\r' | b' '), 1)
        } else {
            t[i..]
                .chars()
                .next()
                .map_or((false, 1), |ch| (ch.is_whitespace(), ch.len_utf8()))
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            if *n > 0 && c.is_ascii_uppercase() {
                *caps += 1;
            }
            *n += 1;
        }
        i += len;
    }
}

/// The runs of ASCII letters of `t`, in order: `t.split(|c: char| !c.is_ascii_alphabetic())`
/// without its empty pieces (a byte of a longer character is no ASCII letter, so the runs are
/// the same read as bytes).
fn letter_runs(t: &str) -> impl Iterator<Item = &str> {
    let b = t.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !b[i].is_ascii_alphabetic() {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        (start < i).then(|| &t[start..i])
    })
}

/// Figures in digits, read in the claim's fragments: `<quantity:digits-money>` (a currency
/// sign next to a figure), `<quantity:digits-percent>` (a percent sign), `<time:digits-year>` (a
/// four-digit 19xx or 20xx standing alone), `<quantity:digits-number>` (any other figure),
/// `<quantity:digits-several>` (two figures or more). Number, money and percent words are
/// listed words (`checkworthy_questions.txt`).
fn figures<'t>(text: &'t str, fragments: &[Span], push: &mut impl FnMut(u32, Evidence<'t>)) {
    let is_part =
        |c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '$' | '\u{20ac}' | '\u{a3}');
    let mut numbers = 0;
    // A piece with no digit counts nothing: only the pieces from the one that holds a
    // fragment's first digit to the one that holds its last are split off.
    for tok in fragments
        .iter()
        .filter_map(|s| digit_pieces(s.of(text), is_part))
        .flat_map(|t| t.split(|c: char| !is_part(c)))
    {
        // Most pieces are the empty ones between two letters: no figure, nothing to trim.
        if tok.is_empty() {
            continue;
        }
        let digits = tok.trim_matches(|c: char| !c.is_ascii_digit());
        if digits.is_empty() {
            continue;
        }
        let shown = tok.trim_end_matches(['.', ',']);
        if tok.contains(['$', '\u{20ac}', '\u{a3}']) {
            push(DIGITS, Evidence::Text(shown));
        }
        if tok.contains('%') {
            push(DIGITS + 1, Evidence::Text(shown));
        }
        let year = digits.len() == 4
            && digits.bytes().all(|c| c.is_ascii_digit())
            && (digits.starts_with("19") || digits.starts_with("20"));
        if year && digits.len() == shown.len() {
            push(DIGITS + 2, Evidence::Text(shown));
        } else {
            numbers += 1;
            push(DIGITS + 3, Evidence::Text(shown));
        }
    }
    if numbers >= 2 {
        push(DIGITS + 4, Evidence::Count(numbers));
    }
}

/// The part of `t` from the start of the piece (of `t.split(|c| !is_part(c))`) that holds its
/// first ASCII digit to the end of the piece that holds its last, or none without a digit: it
/// starts and ends where pieces do, so it splits into the same pieces, and those outside it
/// hold no digit.
fn digit_pieces(t: &str, is_part: impl Fn(char) -> bool) -> Option<&str> {
    let b = t.as_bytes();
    let first = b.iter().position(u8::is_ascii_digit)?;
    let last = b.iter().rposition(u8::is_ascii_digit)?;
    let start = t[..first]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_part(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = t[last + 1..]
        .char_indices()
        .find(|&(_, c)| !is_part(c))
        .map_or(t.len(), |(i, _)| last + 1 + i);
    Some(&t[start..end])
}

/// The quantities stage's finds inside the claim (`Features::quantities`): a quantity of each
/// kind (`<quantity:money>`, `<quantity:percent>`, `<quantity:count>`, `<quantity:measure>`,
/// `<quantity:range>`, `<quantity:ordinal>`), `<quantity:several>` for two amounts or more,
/// dates and durations (`<time:date>`, `<time:relative-date>`, `<time:duration>`) and
/// comparisons by direction (`<comparison:up>`, `<comparison:most>` …).
fn quantities<'t>(f: &Features<'t>, push: &mut impl FnMut(u32, Evidence<'t>)) {
    use QuantityKind as K;
    let mut amounts = 0;
    for q in &f.quantities {
        let feature = match q.kind {
            K::Money => KINDS,
            K::Percent => KINDS + 1,
            K::Count => KINDS + 2,
            K::Measure => KINDS + 3,
            K::Range => KINDS + 4,
            K::Ordinal => KINDS + 5,
            K::Date if q.relative => KINDS + 7,
            K::Date => KINDS + 6,
            K::Duration => KINDS + 8,
            K::Comparison => match q.direction {
                Some(d) => {
                    DIRECTIONS + Direction::ALL.iter().position(|x| *x == d).unwrap_or(7) as u32
                }
                None => DIRECTIONS + 7,
            },
        };
        if matches!(
            q.kind,
            K::Money | K::Percent | K::Count | K::Measure | K::Range
        ) {
            amounts += 1;
        }
        push(feature, Evidence::Text(q.text));
    }
    if amounts >= 2 {
        push(SEVERAL, Evidence::Count(amounts));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchored_whole_words_come_in_the_unanchored_order() {
        let patterns = [
            "a", "ta", "data", "at", "per", "per cent", "cent", "the", "he", "she", "i", "in",
            "in the", "the end", "end", "e", "s", "us", "u.s.", "re-", "$", "%",
        ];
        let anchored = Trie::new(patterns.map(str::as_bytes), true);
        let unanchored = aho_corasick::AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(patterns)
            .unwrap();
        for text in [
            "",
            "a",
            "The data at the end, she said: 5 per cent in the U.S. (us) -- re-run $5 at 3%.",
            "In the end THE END in thE eNd data-data",
            "naïve café e s a i i a",
        ] {
            for from in 0..text.len() {
                if !text.is_char_boundary(from) {
                    continue;
                }
                let scan = Span::new(from, text.len());
                let b = text.as_bytes();
                let expected: Vec<(usize, usize, usize)> = unanchored
                    .find_overlapping_iter(scan.of(text))
                    .map(|m| {
                        (
                            scan.start + m.end(),
                            scan.start + m.start(),
                            m.pattern().as_usize(),
                        )
                    })
                    .filter(|&(e, s, _)| whole_word(b, s, e))
                    .collect();
                assert_eq!(
                    whole_words(&anchored, text, scan),
                    expected,
                    "{text} from {from}"
                );
            }
        }
    }

    #[test]
    fn words_and_letter_runs_are_read_as_the_standard_splits_read_them() {
        let texts = [
            "",
            " ",
            "One two  Three\tfour\nFive",
            "  Lead and trail  ",
            "a\u{a0}B\u{2003}C\u{3000}d\u{85}E\u{1680}F\u{2028}G\u{202f}H\u{205f}I",
            "\u{1c}X\u{1d}Y\u{1f}Z\u{b}W\u{c}V\rU",
            "naïve Café ÉCOLE über-Zoo 'quoted' “Curly” 5kg US$ 3.5% it's",
            "日本語 テキスト Ünïcödé ﬁne ǅemal",
        ];
        for t in texts {
            let (mut n, mut caps) = (0, 0);
            count_words(t, &mut n, &mut caps);
            let words: Vec<&str> = t.split_whitespace().collect();
            let expected = words
                .iter()
                .skip(1)
                .filter(|w| w.as_bytes()[0].is_ascii_uppercase())
                .count();
            assert_eq!((n, caps), (words.len(), expected), "{t:?}");
            // Counting goes on from words counted before.
            let (mut n2, mut caps2) = (1, 0);
            count_words(t, &mut n2, &mut caps2);
            let all = words
                .iter()
                .filter(|w| w.as_bytes()[0].is_ascii_uppercase())
                .count();
            assert_eq!((n2, caps2), (words.len() + 1, all), "{t:?}");
            let runs: Vec<&str> = letter_runs(t).collect();
            let split: Vec<&str> = t
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(runs, split, "{t:?}");
        }
    }

    #[test]
    fn the_digit_pieces_are_the_split_pieces_that_hold_digits() {
        let is_part = |c: char| {
            c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '$' | '\u{20ac}' | '\u{a3}')
        };
        let digit = |p: &&str| p.bytes().any(|c| c.is_ascii_digit());
        for t in [
            "",
            "no figures here.",
            "5",
            "$5",
            "up 3.5% to \u{20ac}1,200, then \u{a3}7 and 2026.",
            "a.b 1, .2. x3 4x \u{20ac}\u{a3}9\u{a3}\u{20ac}",
            "na\u{ef}ve 12 caf\u{e9} 9,",
            "1 2 3",
        ] {
            let expected: Vec<&str> = t.split(|c: char| !is_part(c)).filter(digit).collect();
            let got: Vec<&str> = digit_pieces(t, is_part)
                .into_iter()
                .flat_map(|r| r.split(|c: char| !is_part(c)))
                .filter(digit)
                .collect();
            assert_eq!(got, expected, "{t:?}");
            // No piece with a digit is cut short.
            let all: Vec<&str> = digit_pieces(t, is_part)
                .into_iter()
                .flat_map(|r| r.split(|c: char| !is_part(c)))
                .collect();
            assert!(expected.iter().all(|e| all.contains(e)), "{t:?}");
        }
    }

    #[test]
    fn the_trie_patterns_differ_in_more_than_case() {
        // `whole_words` reports one pattern per place, so no two may spell alike ignoring case.
        let mut texts: Vec<String> = lexicon::CHECKWORTHY_QUESTIONS
            .keys()
            .chain(
                lexicon::CHECKWORTHY
                    .keys()
                    .filter(|k| !k.starts_with(['^', '<', '~'])),
            )
            .map(str::to_string)
            .collect();
        texts.sort();
        texts.dedup();
        let mut folded: Vec<String> = texts.iter().map(|t| t.to_ascii_lowercase()).collect();
        folded.sort();
        folded.dedup();
        assert_eq!(folded.len(), texts.len());
    }

    #[test]
    fn the_computed_keys_are_where_their_constants_say() {
        assert_eq!(COMPUTED[ENTITIES as usize], "<named:entities:1>");
        assert_eq!(COMPUTED[CAPITALIZED as usize], "<named:capitalized:1>");
        assert_eq!(COMPUTED[FUTURE as usize], "<prediction:future-tense>");
        assert_eq!(COMPUTED[HEDGE as usize], "<hedged:hedge>");
        assert_eq!(COMPUTED[QUESTION as usize], "<speech:question>");
        assert_eq!(COMPUTED[NAMED as usize], "<source:named>");
        assert_eq!(COMPUTED[VAGUE as usize], "<source:vague>");
        assert_eq!(COMPUTED[THE_WRITER as usize], "<source:the-writer>");
        assert_eq!(COMPUTED[DESCRIBED as usize], "<source:described>");
        assert_eq!(COMPUTED[LENGTH as usize], "<length:1-3>");
        assert_eq!(COMPUTED[LENGTH as usize + 6], "<length:41+>");
        assert_eq!(COMPUTED[EST as usize], "<comparison:-est>");
        assert_eq!(COMPUTED[ENDINGS as usize + 3], "<wording:-s>");
        assert_eq!(COMPUTED[DIGITS as usize], "<quantity:digits-money>");
        assert_eq!(COMPUTED[DIGITS as usize + 4], "<quantity:digits-several>");
        assert_eq!(COMPUTED[KINDS as usize], "<quantity:money>");
        assert_eq!(COMPUTED[KINDS as usize + 8], "<time:duration>");
        for (i, d) in Direction::ALL.iter().enumerate() {
            assert_eq!(
                COMPUTED[DIRECTIONS as usize + i],
                format!("<comparison:{}>", d.as_str())
            );
        }
        assert_eq!(COMPUTED[SEVERAL as usize], "<quantity:several>");
        assert_eq!(SEVERAL as usize + 1, COMPUTED.len());
    }
}
