//! Lexicons are plain data files under `src/lexicons/`, compiled into the binary.
//!
//! Format: one entry per line, fields separated by `|`, surrounding spaces trimmed. Lines that
//! start with `#` are the header and comments. Each file's header says what it holds and how
//! its entries were chosen. `tests::lexicons_are_sorted_and_unique` keeps every file sorted by
//! its first field and free of duplicates.

/// A lexicon file: its name (for reasons) and its text.
pub struct LexiconFile {
    pub name: &'static str,
    pub text: &'static str,
    /// How many `|`-separated fields each entry has.
    pub fields: usize,
}

macro_rules! lexicon {
    ($name:literal, $fields:expr) => {
        LexiconFile {
            name: $name,
            text: include_str!(concat!("lexicons/", $name, ".txt")),
            fields: $fields,
        }
    };
}

pub const ABBREVIATIONS: LexiconFile = lexicon!("abbreviations", 2);
pub const CUES: LexiconFile = lexicon!("cues", 4);
pub const HEDGES: LexiconFile = lexicon!("hedges", 2);
pub const TITLES: LexiconFile = lexicon!("titles", 1);
pub const SOURCE_NOUNS: LexiconFile = lexicon!("source_nouns", 2);
pub const PLACES: LexiconFile = lexicon!("places", 1);
pub const ORGANIZATIONS: LexiconFile = lexicon!("organizations", 1);
pub const SENTENCE_STARTERS: LexiconFile = lexicon!("sentence_starters", 1);
pub const CHECKWORTHY: LexiconFile = lexicon!("checkworthy", 3);

/// Every lexicon, for the tests and for documentation.
pub const ALL: &[LexiconFile] = &[
    ABBREVIATIONS,
    CUES,
    HEDGES,
    TITLES,
    SOURCE_NOUNS,
    PLACES,
    ORGANIZATIONS,
    SENTENCE_STARTERS,
    CHECKWORTHY,
];

impl LexiconFile {
    /// The entries, each split into its fields.
    pub fn entries(&self) -> impl Iterator<Item = Vec<&'static str>> + '_ {
        self.text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split('|').map(str::trim).collect())
    }

    /// The first field of every entry.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries().map(|e| e[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_are_sorted_and_unique() {
        for lex in ALL {
            assert!(
                lex.text.lines().next().is_some_and(|l| l.starts_with('#')),
                "{}: needs a header",
                lex.name
            );
            let mut prev: Option<String> = None;
            for entry in lex.entries() {
                assert_eq!(
                    entry.len(),
                    lex.fields,
                    "{}: entry {:?} has the wrong number of fields",
                    lex.name,
                    entry
                );
                assert!(
                    entry.iter().all(|f| !f.is_empty()),
                    "{}: empty field in {entry:?}",
                    lex.name
                );
                let key = entry[0].to_lowercase();
                if let Some(p) = &prev {
                    assert!(
                        p < &key,
                        "{}: {key:?} is out of order or repeated (after {p:?})",
                        lex.name
                    );
                }
                prev = Some(key);
            }
        }
    }
}
