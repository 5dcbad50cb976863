//! The digit shapes, the only part of the recogniser written as regular expressions.
//!
//! Every pattern is anchored (`^`) and runs on the lowercased text from a position the caller
//! found (a digit with an ASCII word boundary before it, see `scan`), so a search reads only
//! the shape's own bytes: the whole stage stays linear however long the text is. Words
//! (number words, units, months …) never appear here; they come from the lexicons (`scan`).
//!
//! The engine is the `regex` crate with its default features off (no Unicode tables, no
//! literal or DFA accelerators: the searches are a few bytes long and anchored), ASCII classes
//! and ASCII word boundaries `(?-u:\b)`.

use regex::Regex;

/// One space between words: a plain, no-break or narrow no-break space.
pub const SP: &str = "[ \u{a0}\u{202f}]";
/// An ASCII word boundary.
const B: &str = "(?-u:\\b)";
/// The vulgar fractions a number may end with ("2½") or be ("½").
const VULGAR: &str = "(?:½|¼|¾|⅓|⅔)";

/// The compiled shapes.
pub struct Shapes {
    /// Digits with thousands commas, decimals and a vulgar fraction: "560,000", "1.8", "2½",
    /// ".5", "½". No sign, no scale (the number parser reads those).
    pub number: Regex,
    /// A day of the month: "5", "05", "5th" (`d`).
    pub day: Regex,
    /// A year after a month or season, with its comma and space: ", 2024", " 2024" (`y`).
    pub year_tail: Regex,
    /// A year on its own: "1998", "1990s" (`y`, `s`).
    pub year: Regex,
    /// An ISO date: "2024-03-05" (`y`, `mo`, `d`).
    pub iso: Regex,
    /// A clock time: "3 p.m.", "10:30am", "10:30" (`h`, `mi`, `ap`).
    pub time: Regex,
    /// An ordinal in digits: "1st", "22nd" (`d`).
    pub ordinal: Regex,
}

impl Default for Shapes {
    fn default() -> Self {
        Shapes::new()
    }
}

impl Shapes {
    pub fn new() -> Shapes {
        let re = |s: String| Regex::new(&s).expect("a digit shape compiles");
        Shapes {
            number: re(format!(
                "^(?:(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\\.[0-9]+)?{VULGAR}?|\\.[0-9]+|{VULGAR})"
            )),
            day: re(format!("^(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?{B}")),
            year_tail: re(format!("^,?{SP}(?P<y>[0-9]{{4}}){B}")),
            year: re(format!("^(?P<y>1[89][0-9]{{2}}|20[0-9]{{2}})(?P<s>s)?{B}")),
            iso: re(format!(
                "^(?P<y>[0-9]{{4}})-(?P<mo>[0-9]{{2}})-(?P<d>[0-9]{{2}}){B}"
            )),
            time: re(format!(
                "^(?P<h>[0-9]{{1,2}})(?::(?P<mi>[0-9]{{2}}))?(?:{SP}?(?P<ap>a\\.m\\.|p\\.m\\.|am{B}|pm{B})|{B})"
            )),
            ordinal: re(format!("^(?P<d>[0-9]+)(?:st|nd|rd|th){B}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_match_from_the_start_only() {
        let s = Shapes::new();
        let m = |re: &Regex, t: &str| re.find(t).map(|m| m.as_str().to_string());
        assert_eq!(m(&s.number, "560,000 boxes"), Some("560,000".into()));
        assert_eq!(m(&s.number, "12,34"), Some("12".into()));
        assert_eq!(m(&s.number, "2½ miles"), Some("2½".into()));
        assert_eq!(m(&s.number, "x 5"), None);
        assert_eq!(m(&s.day, "5th of"), Some("5th".into()));
        assert_eq!(m(&s.day, "2024"), None);
        assert_eq!(m(&s.year, "1990s"), Some("1990s".into()));
        assert_eq!(m(&s.year, "19900"), None);
        assert_eq!(m(&s.iso, "2024-03-05."), Some("2024-03-05".into()));
        assert_eq!(m(&s.time, "3 p.m."), Some("3 p.m.".into()));
        assert_eq!(m(&s.time, "10:30,"), Some("10:30".into()));
        assert_eq!(m(&s.ordinal, "22nd"), Some("22nd".into()));
        assert_eq!(m(&s.year_tail, ", 2024"), Some(", 2024".into()));
    }
}
