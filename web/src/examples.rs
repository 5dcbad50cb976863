//! The example articles the page offers. Written for this project (`web/examples/*.txt`); every
//! name in them is made up.

/// One example: a stable key (used by the picker and the tests), a title and the text.
pub struct Example {
    pub key: &'static str,
    pub title: &'static str,
    pub text: &'static str,
}

/// The examples, the first one opening the page. Between them they cover direct, indirect and
/// mixed quotes, quote-only paragraphs, named, described, vague and anonymous sources, hedges,
/// conditions, predictions, negation and numbers.
pub const EXAMPLES: [Example; 4] = [
    Example {
        key: "harbour",
        title: "Harbour expansion (named sources, according to, conditions)",
        text: include_str!("../examples/harbour.txt"),
    },
    Example {
        key: "heatwave",
        title: "Heatwave and hospitals (quote-only paragraph, hedges, numbers)",
        text: include_str!("../examples/heatwave.txt"),
    },
    Example {
        key: "factory",
        title: "Battery plant (mixed quotes, vague sources, predictions)",
        text: include_str!("../examples/factory.txt"),
    },
    Example {
        key: "election",
        title: "Municipal election (anonymous sources, pronouns, negation)",
        text: include_str!("../examples/election.txt"),
    },
];

/// The article the page opens with.
pub const FIRST: &str = EXAMPLES[0].text;

/// The example with `key`.
pub fn by_key(key: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.key == key)
}
