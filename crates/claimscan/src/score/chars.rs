//! The spelling part of the wording residual: hashed character n-grams of the sentence a claim
//! stands in.
//!
//! Each word of the sentence (split at ASCII whitespace), ASCII lower-cased and padded with a
//! space on each side, gives its 2- to 5-byte pieces (`"cent"`, `"ion "`), those with a digit
//! left out: figures are the quantity question's, with a reason of their own. Each piece is hashed (32-bit FNV-1a) into one of [`BUCKETS`] buckets. A sentence's
//! feature is the set of its buckets, each worth `1 / sqrt(how many)`, so that a long sentence
//! weighs no more than a short one. The buckets' weights are learned with the rest of the model
//! (`lexicons/checkworthy.txt`, keys `~bucket`) and are shown summed in the one wording line.
//! They catch what whole words miss: endings, spellings, words the vocabulary does not list.

/// How many buckets the pieces are hashed into (a power of two).
pub const BUCKETS: usize = 4096;

const MIN_N: usize = 2;
const MAX_N: usize = 5;

/// Python's `bytes.split()` whitespace, which the training script's check also uses.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

#[cfg(test)]
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5_u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Call `f` with each word of `text` (a piece between spaces) and the bucket of every piece of
/// it (a bucket as often as its pieces). The padded, lower-cased word is read in place: no copy.
fn each_bucket<'t>(text: &'t str, mut f: impl FnMut(&'t str, usize)) {
    let mut start = 0;
    let b = text.as_bytes();
    while start < b.len() {
        if is_space(b[start]) {
            start += 1;
            continue;
        }
        let end = b[start..]
            .iter()
            .position(|&c| is_space(c))
            .map_or(b.len(), |i| start + i);
        let word = &b[start..end];
        // The padded word: a space, the word lower-cased, a space.
        let at = |i: usize| {
            if i == 0 || i == word.len() + 1 {
                b' '
            } else {
                word[i - 1].to_ascii_lowercase()
            }
        };
        let padded = word.len() + 2;
        // A word's text is whole characters: it is split at ASCII spaces only.
        let shown = &text[start..end];
        // FNV-1a reads a piece byte by byte, so the pieces from one position are the prefixes of
        // one hash; a digit ends them (pieces with a digit are left out).
        for from in 0..padded {
            let mut h = 0x811c_9dc5_u32;
            for i in from..padded.min(from + MAX_N) {
                let c = at(i);
                if c.is_ascii_digit() {
                    break;
                }
                h = (h ^ u32::from(c)).wrapping_mul(0x0100_0193);
                if i + 1 - from >= MIN_N {
                    f(shown, h as usize & (BUCKETS - 1));
                }
            }
        }
        start = end;
    }
}

/// The distinct buckets of `text`'s pieces, sorted.
pub fn buckets(text: &str) -> Vec<u16> {
    // A bit per bucket: the set comes out sorted and without repeats, in linear time.
    let mut seen = [0u64; BUCKETS / 64];
    each_bucket(text, |_, b| seen[b / 64] |= 1 << (b % 64));
    let mut out: Vec<u16> = Vec::new();
    for (w, &bits) in seen.iter().enumerate() {
        let mut bits = bits;
        while bits != 0 {
            out.push((w * 64) as u16 + bits.trailing_zeros() as u16);
            bits &= bits - 1;
        }
    }
    out
}

/// The spelling weight of a text, and the words whose pieces weigh most either way.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Spelling<'t> {
    /// The sum of the weights of its distinct buckets, by the square root of how many.
    pub weight: f64,
    /// The word whose (first-seen) buckets add the most, and the one that adds the least.
    pub most: Option<&'t str>,
    pub least: Option<&'t str>,
}

/// The spelling weight of `text` with the buckets' `weights` (`BUCKETS` of them): their sum
/// over its distinct buckets, divided by the square root of how many; 0 for no pieces.
///
/// The pieces are those of `each_bucket`, in its order (so the sums add up in the same
/// order), read from one padded, lower-cased copy of each word in a buffer kept for the
/// whole text: each piece costs a hash step and a bit test, not a call per byte.
pub fn weigh<'t>(text: &'t str, weights: &[f64]) -> Spelling<'t> {
    // As an array, so that a bucket (masked below `BUCKETS`) needs no bounds check; fewer
    // weights than buckets are the missing ones at 0.
    let all: [f64; BUCKETS];
    let weights: &[f64; BUCKETS] = match weights.try_into() {
        Ok(w) => w,
        Err(_) => {
            all = std::array::from_fn(|i| weights.get(i).copied().unwrap_or(0.0));
            &all
        }
    };
    // One bit per bucket: the distinct buckets without sorting.
    let mut seen = [0u64; BUCKETS / 64];
    let (mut n, mut sum) = (0usize, 0.0);
    let mut out = Spelling::default();
    let (mut most, mut least) = (f64::NEG_INFINITY, f64::INFINITY);
    let b = text.as_bytes();
    let mut padded: Vec<u8> = Vec::with_capacity(32);
    let mut start = 0;
    while start < b.len() {
        if is_space(b[start]) {
            start += 1;
            continue;
        }
        let end = b[start..]
            .iter()
            .position(|&c| is_space(c))
            .map_or(b.len(), |i| start + i);
        padded.clear();
        padded.push(b' ');
        padded.extend(b[start..end].iter().map(u8::to_ascii_lowercase));
        padded.push(b' ');
        // What the word's new buckets add; a word whose pieces all hold a digit has none
        // and is not a candidate (as in `each_bucket`, which never names it).
        let mut added = 0.0;
        let mut any = false;
        for from in 0..padded.len() {
            let mut h = 0x811c_9dc5_u32;
            for (len, &c) in padded[from..].iter().take(MAX_N).enumerate() {
                if c.is_ascii_digit() {
                    break;
                }
                h = (h ^ u32::from(c)).wrapping_mul(0x0100_0193);
                if len + 1 >= MIN_N {
                    any = true;
                    let bucket = h as usize & (BUCKETS - 1);
                    let (i, bit) = (bucket / 64, 1u64 << (bucket % 64));
                    if seen[i] & bit == 0 {
                        seen[i] |= bit;
                        n += 1;
                        sum += weights[bucket];
                        added += weights[bucket];
                    }
                }
            }
        }
        if any {
            // A word's text is whole characters: it is split at ASCII spaces only.
            let w = &text[start..end];
            if added > most {
                most = added;
                out.most = Some(w);
            }
            if added < least {
                least = added;
                out.least = Some(w);
            }
        }
        start = end;
    }
    if n > 0 {
        out.weight = sum / (n as f64).sqrt();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_its_published_values() {
        assert_eq!(fnv1a(b""), 0x811c_9dc5);
        assert_eq!(fnv1a(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a(b"foobar"), 0xbf9c_f968);
    }

    #[test]
    fn case_figures_and_spacing_do_not_change_the_pieces() {
        assert_eq!(buckets("Rose 42 PERCENT"), buckets("  rose\t17 percent\n"));
        assert_eq!(buckets("Rose 42 PERCENT"), buckets("rose percent"));
        assert!(buckets("1,250 2019").is_empty());
        assert_ne!(buckets("rose 42 percent"), buckets("rose 42 per cent"));
        assert!(buckets("").is_empty() && buckets(" \n ").is_empty());
    }

    #[test]
    fn a_word_gives_its_padded_pieces() {
        // " ab " has the pieces " a", "ab", "b ", " ab", "ab ", " ab ": at most six buckets.
        let b = buckets("ab");
        assert!(!b.is_empty() && b.len() <= 6, "{b:?}");
        assert!(b.windows(2).all(|w| w[0] < w[1]));
        let mut expected: Vec<u16> = [&b" a"[..], b"ab", b"b ", b" ab", b"ab ", b" ab "]
            .iter()
            .map(|g| (fnv1a(g) as usize & (BUCKETS - 1)) as u16)
            .collect();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(b, expected);
    }

    /// `weigh` as it was written over `each_bucket` (a call per piece): the fast one must
    /// give exactly its weight and words.
    fn weigh_by_pieces<'t>(text: &'t str, weights: &[f64]) -> Spelling<'t> {
        let mut seen = [0u64; BUCKETS / 64];
        let (mut n, mut sum) = (0usize, 0.0);
        let mut out = Spelling::default();
        let mut word: Option<&str> = None;
        let mut added = 0.0;
        let (mut most, mut least) = (f64::NEG_INFINITY, f64::INFINITY);
        let mut close = |w: Option<&'t str>, added: f64, out: &mut Spelling<'t>| {
            if let Some(w) = w {
                if added > most {
                    most = added;
                    out.most = Some(w);
                }
                if added < least {
                    least = added;
                    out.least = Some(w);
                }
            }
        };
        each_bucket(text, |w, b| {
            if word.is_none_or(|x| !std::ptr::eq(x, w)) {
                close(word, added, &mut out);
                word = Some(w);
                added = 0.0;
            }
            let (i, bit) = (b / 64, 1u64 << (b % 64));
            if seen[i] & bit == 0 {
                seen[i] |= bit;
                n += 1;
                sum += weights[b];
                added += weights[b];
            }
        });
        close(word, added, &mut out);
        if n > 0 {
            out.weight = sum / (n as f64).sqrt();
        }
        out
    }

    #[test]
    fn weigh_gives_what_a_call_per_piece_gives() {
        let weights: Vec<f64> = (0..BUCKETS)
            .map(|i| ((i * 7919) % 201) as f64 / 37.0 - 2.7)
            .collect();
        for text in [
            "",
            "   ",
            "a",
            "5 7 2019",
            "Prices rose 3.5% in 2019, officials said.",
            "THE Mayor’s plan — “bold,” she said — costs €40m (est.)\tin\ntotal",
            "x1y2z3 ab12cd co-operation re-election naïve café ÉCOLE",
            "supercalifragilisticexpialidocious the the the same same",
        ] {
            let (a, b) = (weigh(text, &weights), weigh_by_pieces(text, &weights));
            assert_eq!(a.weight.to_bits(), b.weight.to_bits(), "{text}");
            assert_eq!(a.most.map(str::as_ptr), b.most.map(str::as_ptr), "{text}");
            assert_eq!(a.least.map(str::as_ptr), b.least.map(str::as_ptr), "{text}");
            assert_eq!(a, b, "{text}");
        }
    }

    #[test]
    fn the_weight_is_the_sum_over_distinct_buckets_by_root_count() {
        let weights: Vec<f64> = (0..BUCKETS).map(|i| (i % 7) as f64 - 3.0).collect();
        for text in [
            "",
            "ab",
            "the the the",
            "Prices rose 3.5% in 2019, officials said.",
        ] {
            let b = buckets(text);
            let expected = if b.is_empty() {
                0.0
            } else {
                b.iter().map(|&i| weights[usize::from(i)]).sum::<f64>() / (b.len() as f64).sqrt()
            };
            assert!(
                (weigh(text, &weights).weight - expected).abs() < 1e-9,
                "{text}"
            );
        }
    }
}
