//! The word lists of the quantity recogniser, and the regex pieces built from them.
//!
//! Every open or closed word class lives in a data file `src/lexicons/quantity_*.txt` (format of
//! [`crate::lexicon`]: `#` header, `|`-separated fields, sorted and unique – checked by
//! `tests::lexicons_are_sorted_and_unique` below). The regexes only describe the shapes of
//! numbers and dates; the words are spliced in as alternations when [`super::Quantities::new`]
//! compiles them.

use crate::lexicon::LexiconFile;
use std::collections::HashMap;

// The files live with the core's lexicons (`src/lexicons/quantity_*.txt`), registered in
// `crate::lexicon`; this module only names them.
pub use crate::lexicon::{
    QUANTITY_CALENDAR as CALENDAR, QUANTITY_COMPARISONS as COMPARISONS,
    QUANTITY_COUNT_WORDS as COUNT_WORDS, QUANTITY_CURRENCIES as CURRENCIES,
    QUANTITY_FRACTIONS as FRACTIONS, QUANTITY_NUMBER_WORDS as NUMBER_WORDS,
    QUANTITY_UNITS as UNITS,
};

/// Every lexicon of this module, for the tests.
#[cfg(test)]
pub const ALL: &[LexiconFile] = &[
    NUMBER_WORDS,
    FRACTIONS,
    CURRENCIES,
    UNITS,
    CALENDAR,
    COMPARISONS,
    COUNT_WORDS,
];

/// One space between words: a plain, no-break or narrow no-break space.
pub const SP: &str = "[ \u{a0}\u{202f}]";
/// An ASCII word boundary (the Unicode one needs tables the page does not carry).
pub const B: &str = "(?-u:\\b)";

/// A regex alternation of `forms`, longest first, each escaped, with an ASCII word boundary on
/// every side that is a letter or digit (`lead` = false leaves the front open, for forms written
/// straight after digits: "5km", "$3bn"). Spaces inside a form match any [`SP`].
pub fn alternation<'a>(forms: impl IntoIterator<Item = &'a str>, lead: bool) -> String {
    let mut forms: Vec<&str> = forms.into_iter().collect();
    forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    forms.dedup();
    let parts: Vec<String> = forms
        .iter()
        .map(|f| {
            let mut s = String::new();
            if lead && f.starts_with(|c: char| c.is_ascii_alphanumeric()) {
                s.push_str(B);
            }
            s.push_str(&regex_lite::escape(f).replace(' ', SP));
            if f.ends_with(|c: char| c.is_ascii_alphanumeric()) {
                s.push_str(B);
            }
            s
        })
        .collect();
    format!("(?:{})", parts.join("|"))
}

/// The class of a number word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumClass {
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
    Abbr,
    Ordinal,
}

/// A currency form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurrencyType {
    Symbol,
    Word,
    Code,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Measure,
    Duration,
    Percent,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalClass {
    Month,
    Weekday,
    Season,
    Day,
    Modifier,
    Period,
    Time,
    Prep,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompType {
    Phrase,
    Number,
    Change,
    ChangeNumber,
    Superlative,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountClass {
    Plural,
    Label,
    Adjective,
    Stop,
}

/// The lexicons, parsed into maps keyed by the lowercase form.
pub struct Lexicons {
    pub numbers: HashMap<&'static str, (NumClass, f64)>,
    pub fractions: HashMap<&'static str, f64>,
    /// form → (ISO code, factor, type)
    pub currencies: HashMap<&'static str, (&'static str, f64, CurrencyType)>,
    /// form → (canonical unit, kind)
    pub units: HashMap<&'static str, (&'static str, UnitKind)>,
    /// word → (class, value as written in the file)
    pub calendar: HashMap<&'static str, (CalClass, &'static str)>,
    /// phrase → (direction, type)
    pub comparisons: HashMap<&'static str, (super::Direction, CompType)>,
    pub count_words: HashMap<&'static str, CountClass>,
}

fn bad(lex: &LexiconFile, e: &[&str]) -> ! {
    panic!("{}: malformed entry {e:?}", lex.name)
}

impl Lexicons {
    pub fn load() -> Lexicons {
        let mut numbers = HashMap::new();
        for e in NUMBER_WORDS.entries() {
            let class = match e[1] {
                "unit" => NumClass::Unit,
                "teen" => NumClass::Teen,
                "tens" => NumClass::Tens,
                "hundred" => NumClass::Hundred,
                "scale" => NumClass::Scale,
                "dozen" => NumClass::Dozen,
                "abbr" => NumClass::Abbr,
                "ordinal" => NumClass::Ordinal,
                _ => bad(&NUMBER_WORDS, &e),
            };
            let v: f64 = e[2].parse().unwrap_or_else(|_| bad(&NUMBER_WORDS, &e));
            numbers.insert(e[0], (class, v));
        }
        let fractions = FRACTIONS
            .entries()
            .map(|e| (e[0], e[1].parse().unwrap_or_else(|_| bad(&FRACTIONS, &e))))
            .collect();
        let currencies = CURRENCIES
            .entries()
            .map(|e| {
                let t = match e[3] {
                    "symbol" => CurrencyType::Symbol,
                    "word" => CurrencyType::Word,
                    "code" => CurrencyType::Code,
                    _ => bad(&CURRENCIES, &e),
                };
                let f: f64 = e[2].parse().unwrap_or_else(|_| bad(&CURRENCIES, &e));
                (e[0], (e[1], f, t))
            })
            .collect();
        let units = UNITS
            .entries()
            .map(|e| {
                let k = match e[2] {
                    "measure" => UnitKind::Measure,
                    "duration" => UnitKind::Duration,
                    "percent" => UnitKind::Percent,
                    _ => bad(&UNITS, &e),
                };
                (e[0], (e[1], k))
            })
            .collect();
        let calendar = CALENDAR
            .entries()
            .map(|e| {
                let c = match e[1] {
                    "month" => CalClass::Month,
                    "weekday" => CalClass::Weekday,
                    "season" => CalClass::Season,
                    "day" => CalClass::Day,
                    "modifier" => CalClass::Modifier,
                    "period" => CalClass::Period,
                    "time" => CalClass::Time,
                    "prep" => CalClass::Prep,
                    _ => bad(&CALENDAR, &e),
                };
                (e[0], (c, e[2]))
            })
            .collect();
        let comparisons = COMPARISONS
            .entries()
            .map(|e| {
                use super::Direction as D;
                let d = match e[1] {
                    "more" => D::More,
                    "less" => D::Less,
                    "up" => D::Up,
                    "down" => D::Down,
                    "most" => D::Most,
                    "least" => D::Least,
                    "same" => D::Same,
                    _ => bad(&COMPARISONS, &e),
                };
                let t = match e[2] {
                    "phrase" => CompType::Phrase,
                    "number" => CompType::Number,
                    "change" => CompType::Change,
                    "change-number" => CompType::ChangeNumber,
                    "superlative" => CompType::Superlative,
                    _ => bad(&COMPARISONS, &e),
                };
                (e[0], (d, t))
            })
            .collect();
        let count_words = COUNT_WORDS
            .entries()
            .map(|e| {
                let c = match e[1] {
                    "plural" => CountClass::Plural,
                    "label" => CountClass::Label,
                    "adjective" => CountClass::Adjective,
                    "stop" => CountClass::Stop,
                    _ => bad(&COUNT_WORDS, &e),
                };
                (e[0], c)
            })
            .collect();
        Lexicons {
            numbers,
            fractions,
            currencies,
            units,
            calendar,
            comparisons,
            count_words,
        }
    }

    /// The number words of the given classes.
    pub fn number_words(&self, classes: &[NumClass]) -> Vec<&'static str> {
        self.numbers
            .iter()
            .filter(|(_, (c, _))| classes.contains(c))
            .map(|(w, _)| *w)
            .collect()
    }

    pub fn currency_forms(&self, t: CurrencyType) -> Vec<&'static str> {
        self.currencies
            .iter()
            .filter(|(_, (_, _, ct))| *ct == t)
            .map(|(w, _)| *w)
            .collect()
    }

    pub fn unit_forms(&self, k: UnitKind) -> Vec<&'static str> {
        self.units
            .iter()
            .filter(|(_, (_, uk))| *uk == k)
            .map(|(w, _)| *w)
            .collect()
    }

    pub fn calendar_words(&self, c: CalClass) -> Vec<&'static str> {
        self.calendar
            .iter()
            .filter(|(_, (cc, _))| *cc == c)
            .map(|(w, _)| *w)
            .collect()
    }

    /// Prepositions that may introduce `what` ("date" or "duration").
    pub fn preps(&self, what: &str) -> Vec<&'static str> {
        self.calendar
            .iter()
            .filter(|(_, (c, v))| *c == CalClass::Prep && v.split(' ').any(|x| x == what))
            .map(|(w, _)| *w)
            .collect()
    }

    pub fn comparison_phrases(&self, types: &[CompType]) -> Vec<&'static str> {
        self.comparisons
            .iter()
            .filter(|(_, (_, t))| types.contains(t))
            .map(|(w, _)| *w)
            .collect()
    }

    pub fn count_words(&self, c: CountClass) -> Vec<&'static str> {
        self.count_words
            .iter()
            .filter(|(_, cc)| **cc == c)
            .map(|(w, _)| *w)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_are_sorted_and_unique() {
        for lex in ALL {
            lex.assert_well_formed();
            for entry in lex.entries() {
                assert_eq!(
                    entry[0],
                    entry[0].to_lowercase(),
                    "{}: forms are lowercase",
                    lex.name
                );
            }
        }
    }

    #[test]
    fn every_lexicon_loads() {
        let l = Lexicons::load();
        assert_eq!(l.numbers["twenty"], (NumClass::Tens, 20.0));
        assert_eq!(l.currencies["€"].0, "EUR");
        assert_eq!(l.units["km"].0, "kilometres");
    }

    #[test]
    fn alternation_is_longest_first_with_boundaries() {
        let re = regex_lite::Regex::new(&alternation(["m", "million", "mn"], true)).unwrap();
        assert_eq!(re.find("5 million").unwrap().as_str(), "million");
        assert!(re.find("aim").is_none());
    }
}
