//! The n-gram block of the wording residual: a second linear model over hashed word and
//! character n-grams of the sentence a claim stands in, added to the questions' log-odds and
//! shown inside the one wording line.
//!
//! The sentence is read as bytes, ASCII lower-cased. Its words (runs of ASCII letters, digits
//! and non-ASCII bytes, two bytes or more) give word 1-grams and 2-grams; its pieces between
//! spaces, padded with a space on each side, give character 2- to 5-grams (figures included,
//! unlike `chars.rs`). Each gram is hashed (32-bit FNV-1a; a 2-gram is its first word, a space
//! and its second word) into one of [`BUCKETS`] buckets of its block (words, characters). In
//! each block a bucket counted `n` times is worth `(1 + ln n) × idf`, the block scaled to
//! length 1 (sublinear TF-IDF); the margin is the sum of the buckets' weights times their
//! worth. The weights and idfs are `ngrams.bin` (its header says how), fitted by
//! `eval/train/checkworthy.py`, which computes the same features in Python and checks them
//! against this file's (`examples/checkworthy_features.rs`).

/// How many buckets each block has (a power of two).
pub const BUCKETS: usize = 4096;
const BLOCKS: usize = 2;
/// A bucket counted more often than this counts this often.
const MAX_COUNT: usize = 16;
/// `1 + ln n` for n = 0..=MAX_COUNT, as literals so that native and WASM builds read the same
/// bits (Python's `1 + math.log(n)`, printed with `repr`).
const SUBLINEAR: [f64; MAX_COUNT + 1] = [
    0.0,
    1.0,
    1.6931471805599454,
    2.09861228866811,
    2.386294361119891,
    2.6094379124341005,
    2.791759469228055,
    2.9459101490553135,
    3.0794415416798357,
    3.1972245773362196,
    3.302585092994046,
    3.3978952727983707,
    3.4849066497880004,
    3.5649493574615367,
    3.6390573296152584,
    3.70805020110221,
    3.772588722239781,
];

const DATA: &[u8] = include_bytes!("ngrams.bin");

const FNV_START: u32 = 0x811c_9dc5;

fn fnv(h: u32, b: u8) -> u32 {
    (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
}

/// Python's `bytes.split()` whitespace, like `chars.rs`.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A byte of a word: an ASCII letter or digit (lower-cased already) or any non-ASCII byte.
fn is_word(b: u8) -> bool {
    b >= 0x80 || b.is_ascii_digit() || b.is_ascii_lowercase()
}

/// Call `f(block, bucket)` for every gram of `text`: word grams (block 0), then character
/// grams (block 1), a bucket as often as its grams.
pub fn each_gram(text: &str, mut f: impl FnMut(usize, usize)) {
    let b = text.as_bytes();
    let low = |i: usize| b[i].to_ascii_lowercase();
    let mask = BUCKETS - 1;
    // Words of two bytes or more; a 2-gram joins each to the one before it.
    let mut prev: Option<u32> = None;
    let mut i = 0;
    while i < b.len() {
        if !is_word(low(i)) {
            i += 1;
            continue;
        }
        let start = i;
        let mut h = FNV_START;
        while i < b.len() && is_word(low(i)) {
            h = fnv(h, low(i));
            i += 1;
        }
        if i - start < 2 {
            continue;
        }
        f(0, h as usize & mask);
        if let Some(p) = prev {
            let mut h2 = fnv(p, b' ');
            for k in start..i {
                h2 = fnv(h2, low(k));
            }
            f(0, h2 as usize & mask);
        }
        prev = Some(h);
    }
    // Character grams of each padded piece between spaces; FNV-1a reads a gram byte by byte,
    // so the grams from one position are the prefixes of one hash.
    let mut start = 0;
    while start < b.len() {
        if is_space(b[start]) {
            start += 1;
            continue;
        }
        let end = b[start..]
            .iter()
            .position(|&c| is_space(c))
            .map_or(b.len(), |k| start + k);
        let padded = end - start + 2;
        let at = |k: usize| {
            if k == 0 || k == padded - 1 {
                b' '
            } else {
                low(start + k - 1)
            }
        };
        for from in 0..padded {
            let mut h = FNV_START;
            for k in from..padded.min(from + 5) {
                h = fnv(h, at(k));
                if k > from {
                    f(1, h as usize & mask);
                }
            }
        }
        start = end;
    }
}

/// The block's weights and idfs, read from `ngrams.bin`.
pub struct Ngrams {
    /// Per block, per bucket: its weight (the share the block is added at included).
    weights: Vec<f64>,
    idf: Vec<f64>,
    /// The typical margin (its mean over the training claims), held by the bias.
    pub typical: f64,
}

/// A `key value` line of the header.
fn header_value(header: &str, key: &str) -> Option<f64> {
    header.lines().find_map(|l| {
        let (k, v) = l.split_once(' ')?;
        (k == key).then(|| crate::decimal::parse_f64(v.trim()))?
    })
}

impl Ngrams {
    /// Parse `ngrams.bin`: a text header ending with an empty line (`key value` lines:
    /// `weight_step`, `idf_step`, `typical`), then the weights as signed bytes (words' buckets,
    /// then characters'), then the idfs as unsigned bytes, each times its step.
    pub fn new() -> Ngrams {
        Ngrams::parse(DATA).expect("ngrams.bin is well formed")
    }

    fn parse(data: &[u8]) -> Option<Ngrams> {
        let end = data.windows(2).position(|w| w == b"\n\n")?;
        let header = std::str::from_utf8(&data[..end]).ok()?;
        let body = &data[end + 2..];
        let n = BLOCKS * BUCKETS;
        if body.len() != 2 * n {
            return None;
        }
        let w_step = header_value(header, "weight_step")?;
        let i_step = header_value(header, "idf_step")?;
        let typical = header_value(header, "typical")?;
        let weights = body[..n]
            .iter()
            .map(|&v| f64::from(i8::from_ne_bytes([v])) * w_step)
            .collect();
        let idf = body[n..].iter().map(|&v| f64::from(v) * i_step).collect();
        Some(Ngrams {
            weights,
            idf,
            typical,
        })
    }

    /// The block's margin for a claim in the sentence `text` (its typical margin not taken off).
    pub fn margin(&self, text: &str) -> f64 {
        // Per block, how often each bucket is counted, and the buckets in first-seen order.
        let mut counts = vec![0u8; BLOCKS * BUCKETS];
        let mut seen: Vec<u16> = Vec::new();
        each_gram(text, |block, bucket| {
            let at = block * BUCKETS + bucket;
            if counts[at] == 0 {
                seen.push(at as u16);
            }
            if usize::from(counts[at]) < MAX_COUNT {
                counts[at] += 1;
            }
        });
        let mut dot = [0.0f64; BLOCKS];
        let mut norm = [0.0f64; BLOCKS];
        for &at in &seen {
            let at = usize::from(at);
            let block = at / BUCKETS;
            let v = SUBLINEAR[usize::from(counts[at])] * self.idf[at];
            dot[block] += self.weights[at] * v;
            norm[block] += v * v;
        }
        (0..BLOCKS)
            .filter(|&k| norm[k] > 0.0)
            .map(|k| dot[k] / norm[k].sqrt())
            .sum()
    }
}

impl Default for Ngrams {
    fn default() -> Self {
        Ngrams::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sublinear_table_is_one_plus_the_log() {
        for (n, &v) in SUBLINEAR.iter().enumerate().skip(1) {
            assert!((v - (1.0 + (n as f64).ln())).abs() < 1e-15, "{n}");
        }
    }

    #[test]
    fn grams_are_words_pairs_and_padded_pieces() {
        let mut words = 0;
        let mut chars = 0;
        each_gram("Taxes ROSE 9%", |block, bucket| {
            assert!(bucket < BUCKETS);
            if block == 0 {
                words += 1;
            } else {
                chars += 1;
            }
        });
        // taxes, rose, "taxes rose" (the one-byte "9" is no word).
        assert_eq!(words, 3);
        // " taxes " 7 bytes: 6 + 5 + 4 + 3 pieces; " rose " 6: 5 + 4 + 3 + 2; " 9% " 4: 3 + 2 + 1.
        assert_eq!(chars, 18 + 14 + 6);
        let mut upper = Vec::new();
        let mut lower = Vec::new();
        each_gram("Taxes ROSE 9%", |k, b| upper.push((k, b)));
        each_gram("taxes rose 9%", |k, b| lower.push((k, b)));
        assert_eq!(upper, lower);
    }

    #[test]
    fn the_data_file_parses_and_any_text_has_a_finite_margin() {
        let m = Ngrams::new();
        assert_eq!(m.weights.len(), BLOCKS * BUCKETS);
        for text in [
            "",
            " ",
            "é",
            "a",
            "9",
            &"word ".repeat(500),
            "\u{201c}Nein\u{201d} x",
        ] {
            assert!(m.margin(text).is_finite(), "{text}");
        }
        assert_eq!(m.margin(""), 0.0);
        assert!(Ngrams::parse(b"no header").is_none());
        assert!(Ngrams::parse(b"weight_step 1\n\nxx").is_none());
    }
}
