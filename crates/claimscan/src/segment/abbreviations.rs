//! The abbreviation and sentence-starter lexicons (`abbreviations.txt`, `sentence_starters.txt`),
//! compiled for fast lookup.

use crate::lexicon::{WordMap, WordSet};

use crate::lexicon;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum AbbrevKind {
    Title,
    Month,
    Number,
    Inside,
    General,
}

/// The abbreviation and sentence-starter lexicons, compiled for fast lookup.
#[derive(Clone, Debug)]
pub struct Abbreviations {
    exact: WordMap<String, AbbrevKind>,
    /// Lower-cased general and inside abbreviations ("etc", "e.g").
    folded: WordMap<String, AbbrevKind>,
    /// Lower-cased abbreviations of the kind `capital` ("Ill", "Mass"): they match a
    /// capitalised word in any case ("ILL."), never a lower-case one ("was ill.").
    folded_cap: WordMap<String, AbbrevKind>,
    /// Upper-cased titles, months and number words, for text in capitals ("GEN.", "JAN.").
    upper: WordMap<String, AbbrevKind>,
    starters: WordSet<String>,
    /// Lower-cased starters, for informal text written without capitals ("the", "i").
    starters_lower: WordSet<String>,
}

impl Abbreviations {
    pub fn new() -> Abbreviations {
        let mut exact = WordMap::default();
        let mut folded = WordMap::default();
        let mut folded_cap = WordMap::default();
        let mut upper = WordMap::default();
        for e in lexicon::ABBREVIATIONS.entries() {
            let capital = e[1] == "capital";
            let kind = match e[1] {
                "title" => AbbrevKind::Title,
                "month" => AbbrevKind::Month,
                "number" => AbbrevKind::Number,
                "inside" => AbbrevKind::Inside,
                _ => AbbrevKind::General,
            };
            exact.insert(e[0].to_string(), kind);
            if capital {
                folded_cap.insert(crate::case::lower_str(e[0]), kind);
            } else if matches!(kind, AbbrevKind::General | AbbrevKind::Inside) {
                folded.insert(crate::case::lower_str(e[0]), kind);
            } else if e[0].chars().count() >= 2 {
                upper.insert(crate::case::upper_str(e[0]), kind);
            }
        }
        let starters: WordSet<String> = lexicon::SENTENCE_STARTERS
            .keys()
            .map(|k| k.to_string())
            .collect();
        let starters_lower = starters.iter().map(|k| crate::case::lower_str(k)).collect();
        Abbreviations {
            exact,
            folded,
            folded_cap,
            upper,
            starters,
            starters_lower,
        }
    }

    pub(super) fn kind(&self, word: &str) -> Option<AbbrevKind> {
        if word.is_empty() || word.len() > 16 {
            return None;
        }
        if let Some(k) = self.exact.get(word) {
            return Some(*k);
        }
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        let mut buf = [0u8; 16];
        if let Some(lower) = ascii_lower(word, &mut buf) {
            if let Some(k) = self
                .folded
                .get(lower)
                .or_else(|| capitalised.then(|| self.folded_cap.get(lower)).flatten())
            {
                return Some(*k);
            }
        } else {
            let lower = crate::case::lower_str(word);
            if let Some(k) = self
                .folded
                .get(&lower)
                .or_else(|| capitalised.then(|| self.folded_cap.get(&lower)).flatten())
            {
                return Some(*k);
            }
        }
        if word.bytes().all(|b| !b.is_ascii_lowercase()) {
            return self.upper.get(word).copied();
        }
        None
    }

    /// True when `word` is written exactly so in the abbreviation lexicon ("Gov", "U.S").
    pub fn is_listed(&self, word: &str) -> bool {
        self.exact.contains_key(word)
    }

    /// True when `word` commonly opens a sentence ("The", "He", "However").
    pub fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    /// True when `word` is a sentence starter written in lower case ("the", "i").
    pub(super) fn is_lower_starter(&self, word: &str) -> bool {
        word.starts_with(|c: char| c.is_lowercase()) && self.starters_lower.contains(word)
    }
}

impl Default for Abbreviations {
    fn default() -> Self {
        Abbreviations::new()
    }
}

/// Lower-case an ASCII word into `buf` without allocating; `None` for other words.
fn ascii_lower<'a>(word: &str, buf: &'a mut [u8; 16]) -> Option<&'a str> {
    let b = word.as_bytes();
    if b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}
