//! The word lists of the quantity recogniser.
//!
//! Every open or closed word class lives in a data file `src/lexicons/quantity_*.txt` (format of
//! [`crate::lexicon`]: `#` header, `|`-separated fields, sorted and unique – checked by
//! `tests::lexicons_are_sorted_and_unique` below). Every form of every file goes into the one
//! automaton of `scan` ([`Lexicons::all_forms`]); the constructions look the forms it finds
//! up in these maps.

use crate::decimal::parse_f64;
use crate::lexicon::LexiconFile;

/// A map keyed by lexicon forms (short, from the files): FxHash, not SipHash.
pub type Map<K, V> = crate::lexicon::WordMap<K, V>;

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
    pub numbers: Map<&'static str, (NumClass, f64)>,
    pub fractions: Map<&'static str, f64>,
    /// form → (ISO code, factor, type)
    pub currencies: Map<&'static str, (&'static str, f64, CurrencyType)>,
    /// form → (canonical unit, kind)
    pub units: Map<&'static str, (&'static str, UnitKind)>,
    /// word → (class, value as written in the file)
    pub calendar: Map<&'static str, (CalClass, &'static str)>,
    /// phrase → (direction, type)
    pub comparisons: Map<&'static str, (super::Direction, CompType)>,
    pub count_words: Map<&'static str, CountClass>,
}

fn bad(lex: &LexiconFile, e: &[&str]) -> ! {
    panic!("{}: malformed entry {e:?}", lex.name)
}

impl Lexicons {
    pub fn load() -> Lexicons {
        let mut numbers = Map::default();
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
            let v = parse_f64(e[2]).unwrap_or_else(|| bad(&NUMBER_WORDS, &e));
            numbers.insert(e[0], (class, v));
        }
        let fractions = FRACTIONS
            .entries()
            .map(|e| (e[0], parse_f64(e[1]).unwrap_or_else(|| bad(&FRACTIONS, &e))))
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
                let f = parse_f64(e[2]).unwrap_or_else(|| bad(&CURRENCIES, &e));
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

    /// Every form of every quantity lexicon (with repeats: a form may be in several).
    pub fn all_forms(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        out.extend(self.numbers.keys());
        out.extend(self.fractions.keys());
        out.extend(self.currencies.keys());
        out.extend(self.units.keys());
        out.extend(self.calendar.keys());
        out.extend(self.comparisons.keys());
        out.extend(self.count_words.keys());
        out
    }
}

#[cfg(test)]
// Test code compares with, or reads as, the standard library's case mapping.
#[allow(clippy::disallowed_methods)]
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
        assert_eq!(l.numbers.get("twenty"), Some(&(NumClass::Tens, 20.0)));
        assert_eq!(l.currencies.get("€").map(|c| c.0), Some("EUR"));
        assert_eq!(l.units.get("km").map(|u| u.0), Some("kilometres"));
    }
}
