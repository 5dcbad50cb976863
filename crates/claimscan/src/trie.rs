//! A byte trie over a word list: the one matcher of the three lexicon searches (the quantity
//! words, the hedge phrases, the check-worthiness questions' words and phrases).
//!
//! They were aho-corasick automata, whose builders, three search loops and `Debug` code were
//! about 65 KB of the page's wasm (81 KB of the npm module's) before wasm-opt. Every search
//! here is a walk from one place: [`Trie::walk`] reports each pattern spelled from there, so
//!
//! - an overlapping search ("every match") is a walk from every place that may start one, and
//! - a leftmost-longest search ([`Trie::leftmost_longest`]) is a walk from each place in turn
//!   until one spells a pattern, keeping the longest, then on from that match's end,
//!
//! which are the two searches' definitions, so the matches are the same as aho-corasick's
//! (the tests compare them). A walk stops at the first byte with no edge, so its length is at
//! most the longest pattern's: linear in the text for a fixed lexicon.
//!
//! Empty patterns are never found (the lexicons have none).

/// No edge.
const NONE: u32 = u32::MAX;

/// A trie over byte strings, optionally ASCII case-insensitive.
///
/// The nodes are numbered breadth first (the root is 0), and their edges laid out in that
/// order, so that the edge at index `e` leads to node `e + 1` and node `n`'s edges are
/// `labels[first[n]..first[n + 1]]` (sorted by byte): a step reads two adjacent numbers and a
/// few bytes, and the nodes near the root, which every walk reads, are together in memory
/// (the words' trie has tens of thousands of nodes: a step was a cache miss or two).
pub struct Trie {
    /// The root's child for each byte (`NONE` if none): a walk's first step is one look-up.
    root: Box<[u32; 256]>,
    /// Per node, its first edge and its first pattern (`ids`), and one more pair after the
    /// last node: node `n`'s are `first[n]..first[n + 1]`.
    first: Vec<(u32, u32)>,
    /// Each edge's byte.
    labels: Vec<u8>,
    /// The patterns each node spells, node after node, each node's in the order given.
    ids: Vec<u32>,
    /// Each byte as the edges are labelled: ASCII lower-cased when folding, else itself (one
    /// load per step where the case test was a few instructions).
    label: Box<[u8; 256]>,
}

impl Trie {
    /// The trie of `patterns`, numbered in order from 0. With `fold`, ASCII letters match
    /// either case (aho-corasick's `ascii_case_insensitive`).
    pub fn new<'p>(patterns: impl IntoIterator<Item = &'p [u8]>, fold: bool) -> Trie {
        // Build with a list of edges per node, then number the nodes breadth first.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut spelled: Vec<Vec<u32>> = vec![Vec::new()];
        for (id, p) in patterns.into_iter().enumerate() {
            if p.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for &b in p {
                let b = if fold { b.to_ascii_lowercase() } else { b };
                node = match children[node].iter().find(|e| e.0 == b) {
                    Some(e) => e.1 as usize,
                    None => {
                        let next = children.len();
                        children[node].push((b, next as u32));
                        children.push(Vec::new());
                        spelled.push(Vec::new());
                        next
                    }
                };
            }
            spelled[node].push(id as u32);
        }
        // Breadth first: `order[k]` is the node numbered `k`, each node's children sorted by
        // byte and numbered one after another.
        let mut order = vec![0u32];
        let mut k = 0;
        while k < order.len() {
            let c = &mut children[order[k] as usize];
            c.sort_unstable();
            order.extend(c.iter().map(|e| e.1));
            k += 1;
        }
        let mut first = Vec::with_capacity(order.len() + 1);
        let mut labels = Vec::with_capacity(order.len());
        let mut ids = Vec::new();
        for &n in &order {
            first.push((labels.len() as u32, ids.len() as u32));
            labels.extend(children[n as usize].iter().map(|e| e.0));
            ids.extend(&spelled[n as usize]);
        }
        first.push((labels.len() as u32, ids.len() as u32));
        let mut label = Box::new([0u8; 256]);
        for (b, l) in (0..=255u8).zip(label.iter_mut()) {
            *l = if fold { b.to_ascii_lowercase() } else { b };
        }
        let mut root = Box::new([NONE; 256]);
        for (e, &b) in labels[..first[1].0 as usize].iter().enumerate() {
            root[b as usize] = e as u32 + 1;
        }
        // The root read by the byte as it is: an uppercase letter leads where its lowercase
        // does when folding.
        for b in 0..=255u8 {
            root[usize::from(b)] = root[usize::from(label[usize::from(b)])];
        }
        Trie {
            root,
            first,
            labels,
            ids,
            label,
        }
    }

    /// A byte as the edges are labelled (ASCII lower-cased when folding).
    #[inline]
    fn label(&self, byte: u8) -> u8 {
        self.label[usize::from(byte)]
    }

    /// The root's child on `byte`, if any.
    #[inline]
    fn first_step(&self, byte: u8) -> Option<u32> {
        let n = self.root[usize::from(byte)];
        (n != NONE).then_some(n)
    }

    /// The child of `node` (not the root) on `byte`, if any: the edge at index `e` leads to
    /// node `e + 1`.
    #[inline]
    fn step(&self, node: u32, byte: u8) -> Option<u32> {
        let b = self.label(byte);
        let from = self.first[node as usize].0 as usize;
        let to = self.first[node as usize + 1].0 as usize;
        let labels = self.labels.get(from..to).unwrap_or_default();
        let k = labels.iter().position(|&l| l == b)?;
        Some((from + k) as u32 + 1)
    }

    /// The patterns `node` spells.
    #[inline]
    fn spelled(&self, node: u32) -> &[u32] {
        let from = self.first[node as usize].1 as usize;
        let to = self.first[node as usize + 1].1 as usize;
        self.ids.get(from..to).unwrap_or_default()
    }

    /// Walk `hay` from its first byte and call `found(len, ids)` for each prefix of `len` bytes
    /// that spells patterns (`ids`, in the order given to [`Trie::new`]), shortest first.
    #[inline]
    pub fn walk(&self, hay: &[u8], mut found: impl FnMut(usize, &[u32])) {
        let Some(mut node) = hay.first().and_then(|&b| self.first_step(b)) else {
            return;
        };
        let mut k = 1;
        loop {
            let ids = self.spelled(node);
            if !ids.is_empty() {
                found(k, ids);
            }
            match hay.get(k).and_then(|&b| self.step(node, b)) {
                Some(n) => {
                    node = n;
                    k += 1;
                }
                None => return,
            }
        }
    }

    /// The leftmost-longest match in `hay` at or after `at`: `(start, end, pattern)`, the
    /// longest pattern that starts at the first place where any does (of two spelled alike,
    /// the first given). Searching on from each match's end gives aho-corasick's
    /// `MatchKind::LeftmostLongest` matches.
    pub fn leftmost_longest(&self, hay: &[u8], at: usize) -> Option<(usize, usize, usize)> {
        for start in at..hay.len() {
            // Most places start no pattern: one look-up of the root's edges skips them.
            let Some(mut node) = self.first_step(hay[start]) else {
                continue;
            };
            // The walk of [`Trie::walk`], keeping the last (longest) prefix that spells one.
            let mut longest = None;
            let mut end = start + 1;
            loop {
                if let Some(&id) = self.spelled(node).first() {
                    longest = Some((end, id));
                }
                match hay.get(end).and_then(|&b| self.step(node, b)) {
                    Some(n) => {
                        node = n;
                        end += 1;
                    }
                    None => break,
                }
            }
            if let Some((end, id)) = longest {
                return Some((start, end, id as usize));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, MatchKind};
    use proptest::prelude::*;

    /// Every `(start, end, pattern)` the trie finds from every place, sorted.
    fn overlapping(t: &Trie, hay: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for s in 0..hay.len() {
            t.walk(&hay[s..], |len, ids| {
                out.extend(ids.iter().map(|&id| (s, s + len, id as usize)));
            });
        }
        out.sort_unstable();
        out
    }

    fn leftmost_longest(t: &Trie, hay: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut at = 0;
        while let Some(m) = t.leftmost_longest(hay, at) {
            at = m.1;
            out.push(m);
        }
        out
    }

    fn check(patterns: &[String], hay: &str, fold: bool) {
        let t = Trie::new(patterns.iter().map(|p| p.as_bytes()), fold);
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(fold)
            .match_kind(MatchKind::Standard)
            .build(patterns)
            .unwrap();
        let mut expected: Vec<_> = ac
            .find_overlapping_iter(hay)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        expected.sort_unstable();
        assert_eq!(
            overlapping(&t, hay.as_bytes()),
            expected,
            "{patterns:?} in {hay:?}"
        );
        // aho-corasick's leftmost searches take distinct patterns.
        let mut folded: Vec<String> = patterns
            .iter()
            .map(|p| {
                if fold {
                    p.to_ascii_lowercase()
                } else {
                    p.clone()
                }
            })
            .collect();
        folded.sort();
        folded.dedup();
        if folded.len() == patterns.len() {
            let ac = AhoCorasickBuilder::new()
                .ascii_case_insensitive(fold)
                .match_kind(MatchKind::LeftmostLongest)
                .build(patterns)
                .unwrap();
            let expected: Vec<_> = ac
                .find_iter(hay)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert_eq!(
                leftmost_longest(&t, hay.as_bytes()),
                expected,
                "{patterns:?} in {hay:?}"
            );
        }
    }

    #[test]
    fn the_searches_are_aho_corasicks() {
        let words = [
            "a",
            "ta",
            "data",
            "at",
            "per",
            "per cent",
            "cent",
            "the",
            "he",
            "she",
            "i",
            "in",
            "in the",
            "the end",
            "end",
            "e",
            "s",
            "us",
            "U.S.",
            "re-",
            "$",
            "%",
            "é",
            "café",
            "per\u{a0}cent",
        ]
        .map(String::from);
        for hay in [
            "",
            "a",
            "The data at the end, she said: 5 per cent in the U.S. (us) -- re-run $5 at 3%.",
            "In the end THE END in thE eNd data-data per\u{a0}cent",
            "naïve café e s a i i a CAFÉ",
        ] {
            check(&words, hay, true);
            check(&words, hay, false);
        }
    }

    #[test]
    fn an_empty_pattern_is_never_found() {
        let t = Trie::new([&b""[..], b"ab"], false);
        assert_eq!(overlapping(&t, b"xab"), vec![(1, 3, 1)]);
    }

    proptest! {
        #[test]
        fn random_patterns_match_as_aho_corasicks(
            patterns in proptest::collection::vec("[abAB ]{1,4}", 1..8),
            hay in "[abAB é]{0,24}",
            fold in any::<bool>(),
        ) {
            check(&patterns, &hay, fold);
        }
    }
}
