//! The metrics: pure functions on spans, counts and scores. No I/O, no extractor.
//!
//! Every offset here is a Unicode code point index (Python `str` index, Rust `chars()` index),
//! end exclusive: the unit of the data files and of a report made with `OffsetUnit::Char`.
//!
//! Definitions (the issue "Evaluation harness"):
//! - **Content characters** are the alphanumeric characters of a span. Whitespace and
//!   punctuation do not count, so a content span with or without its quotation marks or final
//!   period covers the same content.
//! - **Coverage match** (the Gender Gap Tracker's method): each gold item, in gold order, takes the
//!   unmatched prediction with the largest coverage |gold ∩ pred| / |gold| in content characters,
//!   if that coverage is greater than the threshold.
//! - **Jaccard match**: pairs with |gold ∩ pred| / |gold ∪ pred| ≥ the threshold (content
//!   characters), one-to-one, largest Jaccard first.
//! - **Overlap match**: pairs that share at least one character, one-to-one, largest overlap
//!   (in characters) first.
//! - Ratios with a zero denominator are 0.

use std::cmp::Ordering;

/// A half-open character interval `[start, end)`.
pub type Interval = (usize, usize);

/// A set of characters given as sorted, disjoint, non-empty intervals: a discontinuous span.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SpanSet(Vec<Interval>);

impl SpanSet {
    /// The union of `intervals`; empty and reversed ones are dropped.
    pub fn new(intervals: impl IntoIterator<Item = Interval>) -> SpanSet {
        let mut v: Vec<Interval> = intervals.into_iter().filter(|&(s, e)| s < e).collect();
        v.sort_unstable();
        let mut out: Vec<Interval> = Vec::with_capacity(v.len());
        for (s, e) in v {
            match out.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
        SpanSet(out)
    }

    /// One interval.
    pub fn single(start: usize, end: usize) -> SpanSet {
        SpanSet::new([(start, end)])
    }

    /// The intervals, sorted and disjoint.
    pub fn intervals(&self) -> &[Interval] {
        &self.0
    }

    /// True when it holds no character.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The number of characters.
    pub fn len(&self) -> usize {
        self.0.iter().map(|&(s, e)| e - s).sum()
    }

    /// From the first start to the last end.
    pub fn hull(&self) -> Option<Interval> {
        Some((self.0.first()?.0, self.0.last()?.1))
    }

    /// The characters in both.
    pub fn intersection(&self, other: &SpanSet) -> SpanSet {
        let (mut i, mut j) = (0, 0);
        let mut out = Vec::new();
        while i < self.0.len() && j < other.0.len() {
            let (a, b) = (self.0[i], other.0[j]);
            let (s, e) = (a.0.max(b.0), a.1.min(b.1));
            if s < e {
                out.push((s, e));
            }
            if a.1 < b.1 {
                i += 1;
            } else {
                j += 1;
            }
        }
        SpanSet(out)
    }

    /// The characters in either.
    pub fn union(&self, other: &SpanSet) -> SpanSet {
        SpanSet::new(self.0.iter().chain(other.0.iter()).copied())
    }

    /// The number of characters in both.
    pub fn overlap(&self, other: &SpanSet) -> usize {
        self.intersection(other).len()
    }

    /// The number of content characters, counted with `w`.
    pub fn weight(&self, w: &Weights) -> usize {
        self.0.iter().map(|&(s, e)| w.count(s, e)).sum()
    }
}

/// Counts content characters in any interval of one text in O(1).
#[derive(Clone, Debug)]
pub struct Weights {
    prefix: Vec<usize>,
}

impl Weights {
    /// Content characters of `text`: the alphanumeric ones.
    pub fn content(text: &str) -> Weights {
        let mut prefix = Vec::with_capacity(text.len() + 1);
        let mut n = 0;
        prefix.push(0);
        for c in text.chars() {
            if c.is_alphanumeric() {
                n += 1;
            }
            prefix.push(n);
        }
        Weights { prefix }
    }

    /// Content characters in `[start, end)`, clamped to the text.
    pub fn count(&self, start: usize, end: usize) -> usize {
        let last = self.prefix.len() - 1;
        let (s, e) = (start.min(last), end.min(last));
        if s >= e {
            0
        } else {
            self.prefix[e] - self.prefix[s]
        }
    }
}

/// True positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    /// Counts from a one-to-one matching of `gold.len()` gold items and `n_pred` predictions.
    pub fn from_matching(gold_to_pred: &[Option<usize>], n_pred: usize) -> Counts {
        let tp = gold_to_pred.iter().filter(|m| m.is_some()).count();
        Counts {
            tp,
            fp: n_pred - tp,
            fn_: gold_to_pred.len() - tp,
        }
    }

    /// Precision: tp / (tp + fp).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall: tp / (tp + fn).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// `num / den`, or 0 when `den` is 0.
pub fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// Rounded to 4 decimal places, for reports.
pub fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Coverage |gold ∩ pred| / |gold| in content characters (0 when the gold span has none).
pub fn coverage(gold: &SpanSet, pred: &SpanSet, w: &Weights) -> f64 {
    ratio(gold.intersection(pred).weight(w), gold.weight(w))
}

/// Jaccard |gold ∩ pred| / |gold ∪ pred| in content characters.
pub fn jaccard(gold: &SpanSet, pred: &SpanSet, w: &Weights) -> f64 {
    ratio(
        gold.intersection(pred).weight(w),
        gold.union(pred).weight(w),
    )
}

/// Coverage matching: for each gold item in order, the unmatched prediction with the largest
/// coverage (the first on ties), if that coverage is `> threshold`. Returns gold → prediction.
pub fn coverage_match(
    gold: &[SpanSet],
    pred: &[SpanSet],
    w: &Weights,
    threshold: f64,
) -> Vec<Option<usize>> {
    let mut used = vec![false; pred.len()];
    gold.iter()
        .map(|g| {
            let mut best: Option<(usize, f64)> = None;
            for (j, p) in pred.iter().enumerate() {
                if used[j] {
                    continue;
                }
                let c = coverage(g, p, w);
                if best.is_none_or(|(_, b)| c > b) {
                    best = Some((j, c));
                }
            }
            match best {
                Some((j, c)) if c > threshold => {
                    used[j] = true;
                    Some(j)
                }
                _ => None,
            }
        })
        .collect()
}

/// One-to-one matching of scored pairs, best score first (ties: gold order, then prediction order).
fn greedy(n_gold: usize, n_pred: usize, mut pairs: Vec<(usize, usize, f64)>) -> Vec<Option<usize>> {
    pairs.sort_by(|a, b| {
        b.2.partial_cmp(&a.2)
            .unwrap_or(Ordering::Equal)
            .then(a.0.cmp(&b.0))
            .then(a.1.cmp(&b.1))
    });
    let mut g2p = vec![None; n_gold];
    let mut used = vec![false; n_pred];
    for (g, p, _) in pairs {
        if g2p[g].is_none() && !used[p] {
            g2p[g] = Some(p);
            used[p] = true;
        }
    }
    g2p
}

/// Jaccard matching: pairs with Jaccard `>= threshold`, one-to-one, largest first.
pub fn jaccard_match(
    gold: &[SpanSet],
    pred: &[SpanSet],
    w: &Weights,
    threshold: f64,
) -> Vec<Option<usize>> {
    let mut pairs = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let jac = jaccard(g, p, w);
            if jac > 0.0 && jac >= threshold {
                pairs.push((i, j, jac));
            }
        }
    }
    greedy(gold.len(), pred.len(), pairs)
}

/// Overlap matching: pairs sharing at least one character, one-to-one, largest overlap first.
pub fn overlap_match(gold: &[SpanSet], pred: &[SpanSet]) -> Vec<Option<usize>> {
    let mut pairs = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let o = g.overlap(p);
            if o > 0 {
                pairs.push((i, j, o as f64));
            }
        }
    }
    greedy(gold.len(), pred.len(), pairs)
}

/// Exact matching: identical intervals, one-to-one.
pub fn exact_match(gold: &[Interval], pred: &[Interval]) -> Vec<Option<usize>> {
    let mut used = vec![false; pred.len()];
    gold.iter()
        .map(|g| {
            let j = (0..pred.len()).find(|&j| !used[j] && pred[j] == *g)?;
            used[j] = true;
            Some(j)
        })
        .collect()
}

/// ROC AUC: the chance that a random positive scores above a random negative, ties counting
/// half. 0.5 when there are no positives or no negatives.
pub fn roc_auc(items: &[(f64, bool)]) -> f64 {
    let mut v: Vec<(f64, bool)> = items.to_vec();
    v.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(Ordering::Equal));
    let pos = v.iter().filter(|x| x.1).count();
    let neg = v.len() - pos;
    if pos == 0 || neg == 0 {
        return 0.5;
    }
    let (mut wins, mut neg_below) = (0.0, 0usize);
    let mut i = 0;
    while i < v.len() {
        let mut j = i;
        while j < v.len() && v[j].0 == v[i].0 {
            j += 1;
        }
        let p = v[i..j].iter().filter(|x| x.1).count();
        let n = (j - i) - p;
        wins += p as f64 * (neg_below as f64 + 0.5 * n as f64);
        neg_below += n;
        i = j;
    }
    wins / (pos as f64 * neg as f64)
}

/// Average precision of a ranking by descending score, equal scores ranked pessimistically
/// (negatives before positives). `None` when there is no positive.
pub fn average_precision(items: &[(f64, bool)]) -> Option<f64> {
    let mut v: Vec<(f64, bool)> = items.to_vec();
    v.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap_or(Ordering::Equal)
            .then(a.1.cmp(&b.1))
    });
    let pos = v.iter().filter(|x| x.1).count();
    if pos == 0 {
        return None;
    }
    let mut hits = 0;
    let mut sum = 0.0;
    for (rank, &(_, y)) in v.iter().enumerate() {
        if y {
            hits += 1;
            sum += hits as f64 / (rank + 1) as f64;
        }
    }
    Some(sum / pos as f64)
}

/// Sentence boundaries with whitespace ignored: after each sentence but the last, the number of
/// non-whitespace characters before the boundary.
pub fn boundaries_of_sentences<S: AsRef<str>>(sentences: &[S]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut n = 0;
    for s in sentences {
        n += s.as_ref().chars().filter(|c| !c.is_whitespace()).count();
        out.push(n);
    }
    out.pop();
    out.dedup();
    out
}

/// Boundaries with whitespace ignored for sentences given as character `ends` in `text`: the
/// non-whitespace characters before each end, leaving out the start and the end of the text.
pub fn boundaries_of_ends(text: &str, ends: &[usize]) -> Vec<usize> {
    let mut prefix = Vec::with_capacity(text.len() + 1);
    let mut n = 0;
    prefix.push(0);
    for c in text.chars() {
        if !c.is_whitespace() {
            n += 1;
        }
        prefix.push(n);
    }
    let total = n;
    let mut out: Vec<usize> = ends
        .iter()
        .map(|&e| prefix[e.min(prefix.len() - 1)])
        .filter(|&b| b > 0 && b < total)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Counts for two sets of boundaries.
pub fn boundary_counts(gold: &[usize], pred: &[usize]) -> Counts {
    let tp = gold.iter().filter(|b| pred.contains(b)).count();
    Counts {
        tp,
        fp: pred.len() - tp,
        fn_: gold.len() - tp,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prf(c: Counts) -> (f64, f64, f64) {
        (c.precision(), c.recall(), c.f1())
    }

    // "Ann said the dam will hold. Bo said it won't." (char offsets worked out by hand)
    //  0         1         2         3         4
    //  0123456789012345678901234567890123456789012345
    const TEXT: &str = "Ann said the dam will hold. Bo said it won't.";

    fn gold() -> Vec<SpanSet> {
        // "the dam will hold" = 9..26, "it won't" = 36..44
        vec![SpanSet::single(9, 26), SpanSet::single(36, 44)]
    }

    #[test]
    fn span_set_merges_and_intersects() {
        let a = SpanSet::new([(5, 8), (0, 3), (2, 4), (8, 9), (7, 7)]);
        assert_eq!(a.intervals(), &[(0, 4), (5, 9)]);
        assert_eq!(a.len(), 8);
        assert_eq!(a.hull(), Some((0, 9)));
        let b = SpanSet::new([(3, 6)]);
        assert_eq!(a.intersection(&b).intervals(), &[(3, 4), (5, 6)]);
        assert_eq!(a.overlap(&b), 2);
        assert_eq!(a.union(&b).intervals(), &[(0, 9)]);
    }

    #[test]
    fn content_characters_skip_spaces_and_punctuation() {
        let w = Weights::content(TEXT);
        // "the dam will hold" has 14 letters; "it won't" has 6 ("itwont").
        assert_eq!(SpanSet::single(9, 26).weight(&w), 14);
        assert_eq!(SpanSet::single(36, 44).weight(&w), 6);
        // The final period adds nothing.
        assert_eq!(SpanSet::single(9, 27).weight(&w), 14);
        // Code points, not bytes: "é" is one character.
        let w = Weights::content("né à");
        assert_eq!(w.count(0, 4), 3);
        assert_eq!(w.count(3, 99), 1);
    }

    #[test]
    fn perfect_prediction_scores_one_everywhere() {
        let w = Weights::content(TEXT);
        let g = gold();
        for t in [0.3, 0.8] {
            let m = coverage_match(&g, &g, &w, t);
            assert_eq!(m, vec![Some(0), Some(1)]);
            assert_eq!(prf(Counts::from_matching(&m, 2)), (1.0, 1.0, 1.0));
        }
        let m = jaccard_match(&g, &g, &w, 0.5);
        assert_eq!(prf(Counts::from_matching(&m, 2)), (1.0, 1.0, 1.0));
        let m = overlap_match(&g, &g);
        assert_eq!(prf(Counts::from_matching(&m, 2)), (1.0, 1.0, 1.0));
        let iv = [(0, 3), (28, 30)];
        let m = exact_match(&iv, &iv);
        assert_eq!(prf(Counts::from_matching(&m, 2)), (1.0, 1.0, 1.0));
    }

    #[test]
    fn empty_prediction_scores_zero() {
        let w = Weights::content(TEXT);
        let g = gold();
        let m = coverage_match(&g, &[], &w, 0.3);
        let c = Counts::from_matching(&m, 0);
        assert_eq!(
            c,
            Counts {
                tp: 0,
                fp: 0,
                fn_: 2
            }
        );
        assert_eq!(prf(c), (0.0, 0.0, 0.0));
        let m = jaccard_match(&g, &[], &w, 0.5);
        assert_eq!(prf(Counts::from_matching(&m, 0)), (0.0, 0.0, 0.0));
        assert_eq!(overlap_match(&g, &[]), vec![None, None]);
        assert_eq!(exact_match(&[(0, 3)], &[]), vec![None]);
    }

    #[test]
    fn off_by_one_span() {
        let w = Weights::content(TEXT);
        // Gold "the dam will hold" 9..26; predicted "he dam will hold" 10..26 loses one letter.
        let g = vec![SpanSet::single(9, 26)];
        let p = vec![SpanSet::single(10, 26)];
        // coverage 13/14 = 0.929 > 0.8; Jaccard 13/14 >= 0.5.
        assert!((coverage(&g[0], &p[0], &w) - 13.0 / 14.0).abs() < 1e-12);
        assert_eq!(coverage_match(&g, &p, &w, 0.8), vec![Some(0)]);
        assert_eq!(jaccard_match(&g, &p, &w, 0.5), vec![Some(0)]);
        assert_eq!(overlap_match(&g, &p), vec![Some(0)]);
        // Exact matching counts it as one miss and one false alarm.
        let c = Counts::from_matching(&exact_match(&[(9, 26)], &[(10, 26)]), 1);
        assert_eq!(
            c,
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        // Spaces and punctuation are not content: one more trailing char still covers it all.
        let p = SpanSet::single(9, 27);
        assert_eq!(coverage(&g[0], &p, &w), 1.0);
        assert_eq!(jaccard(&g[0], &p, &w), 1.0);
    }

    #[test]
    fn coverage_is_greedy_in_gold_order_and_one_to_one() {
        let w = Weights::content(TEXT);
        // One prediction over both clauses, "the dam will hold. Bo said it won't" 9..44:
        // it covers both gold items fully, but only the first one gets it.
        let p = vec![SpanSet::single(9, 44)];
        let m = coverage_match(&gold(), &p, &w, 0.3);
        assert_eq!(m, vec![Some(0), None]);
        assert_eq!(
            Counts::from_matching(&m, 1),
            Counts {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        // Jaccard of gold 1 (14 letters) with it (14+6+6 = 26 letters): 14/26 = 0.54 >= 0.5.
        let m = jaccard_match(&gold(), &p, &w, 0.5);
        assert_eq!(m, vec![Some(0), None]);
        // A prediction of half the content: "the dam" 9..16 = 6/14 = 0.43, above 0.3, below 0.8.
        let p = vec![SpanSet::single(9, 16)];
        let g = vec![SpanSet::single(9, 26)];
        assert_eq!(coverage_match(&g, &p, &w, 0.3), vec![Some(0)]);
        assert_eq!(coverage_match(&g, &p, &w, 0.8), vec![None]);
        assert_eq!(jaccard_match(&g, &p, &w, 0.5), vec![None]);
    }

    #[test]
    fn discontinuous_content() {
        // "A," he said, "B." : gold content in two fragments, prediction covering the hull.
        let text = "\"Prices rise,\" she said, \"fast.\"";
        let w = Weights::content(text);
        let g = SpanSet::new([(1, 12), (26, 30)]); // "Prices rise" + "fast"
        assert_eq!(g.weight(&w), 14);
        let hull = SpanSet::single(1, 30); // adds "she said" = 7 letters
        assert_eq!(coverage(&g, &hull, &w), 1.0);
        assert!((jaccard(&g, &hull, &w) - 14.0 / 21.0).abs() < 1e-12);
    }

    #[test]
    fn overlap_match_takes_largest_overlap_first() {
        let g = vec![SpanSet::single(0, 10), SpanSet::single(8, 12)];
        let p = vec![SpanSet::single(8, 11)];
        // g0 ∩ p = 2, g1 ∩ p = 3: g1 wins although g0 comes first.
        assert_eq!(overlap_match(&g, &p), vec![None, Some(0)]);
    }

    #[test]
    fn auc_counts_ties_half() {
        let perfect = [(0.9, true), (0.8, true), (0.1, false)];
        assert_eq!(roc_auc(&perfect), 1.0);
        let inverted = [(0.1, true), (0.9, false)];
        assert_eq!(roc_auc(&inverted), 0.0);
        let tied = [(0.5, true), (0.5, false), (0.5, false)];
        assert_eq!(roc_auc(&tied), 0.5);
        // pos 0.7 beats neg 0.2, ties neg 0.7: (1 + 0.5) / 2.
        assert_eq!(roc_auc(&[(0.7, true), (0.7, false), (0.2, false)]), 0.75);
        assert_eq!(roc_auc(&[(0.3, false)]), 0.5);
    }

    #[test]
    fn average_precision_ranks_ties_pessimistically() {
        assert_eq!(average_precision(&[(0.9, true), (0.1, false)]), Some(1.0));
        // All tied: negatives first, the positive lands at rank 3 → 1/3.
        let tied = [(0.0, true), (0.0, false), (0.0, false)];
        assert_eq!(average_precision(&tied), Some(1.0 / 3.0));
        // Ranks: + (1/1), -, + (2/3): (1 + 2/3) / 2.
        let r = [(0.9, true), (0.5, false), (0.4, true)];
        assert!((average_precision(&r).unwrap() - (1.0 + 2.0 / 3.0) / 2.0).abs() < 1e-12);
        assert_eq!(average_precision(&[(0.2, false)]), None);
    }

    #[test]
    fn boundaries_ignore_whitespace() {
        let text = "Hi there.  Bye now.\nOk.";
        // Non-whitespace counts: "Hithere." = 8, "Byenow." = 7, "Ok." = 3.
        let gold = boundaries_of_sentences(&["Hi there.", "Bye now.", "Ok."]);
        assert_eq!(gold, vec![8, 15]);
        // Perfect, with the ends placed after the trailing spaces: same boundaries.
        let pred = boundaries_of_ends(text, &[11, 20, 23]);
        assert_eq!(pred, vec![8, 15]);
        assert_eq!(prf(boundary_counts(&gold, &pred)), (1.0, 1.0, 1.0));
        // Empty prediction (one sentence for the whole text): no boundary.
        let pred = boundaries_of_ends(text, &[23]);
        assert!(pred.is_empty());
        assert_eq!(prf(boundary_counts(&gold, &pred)), (0.0, 0.0, 0.0));
        // Off by one: the first split after "Hi there" without its period.
        let pred = boundaries_of_ends(text, &[8, 19, 23]);
        assert_eq!(pred, vec![7, 15]);
        assert_eq!(
            boundary_counts(&gold, &pred),
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
    }

    #[test]
    fn rounding() {
        assert_eq!(round4(2.0 / 3.0), 0.6667);
        assert_eq!(round4(1.0), 1.0);
    }
}
