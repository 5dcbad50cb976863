//! Report format v1.1: the JSON shape that the CLI, the WASM module and the page all speak.
//!
//! Every span carries `start`, `end` (in the unit named by [`Report::offsets`]) and the `text`
//! they cut from the input. See `docs/report-format.md` and `docs/report.schema.json`.

use serde::{Deserialize, Serialize};

pub use crate::quantities::{Direction, QuantityKind};

/// The schema tag written into every report.
/// `claimscan/1.1` adds the hedge `type`, the claim `certainty`, the cue `phrase` and the
/// `quantities` lists to `claimscan/1`.
pub const SCHEMA: &str = "claimscan/1.1";

/// The unit that every `start`/`end` in a report counts in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// Unicode scalar values (Python `str` indices, Rust `chars()`).
    #[default]
    Char,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
    /// UTF-8 bytes (Rust `str` indices).
    Byte,
}

impl std::str::FromStr for OffsetUnit {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "char" | "codepoint" => Ok(OffsetUnit::Char),
            "utf16" => Ok(OffsetUnit::Utf16),
            "byte" | "utf8" => Ok(OffsetUnit::Byte),
            other => Err(format!(
                "unknown offset unit {other:?}: expected char, utf16 or byte"
            )),
        }
    }
}

/// A piece of the input: `text` is the input sliced at `start..end`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A sentence of the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceOut {
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph (0-based) that holds the sentence.
    pub paragraph: usize,
    /// True for a headline or heading: a line that stands alone with no final punctuation.
    pub headline: bool,
}

/// How a claim is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Attribution {
    /// Wholly inside quotation marks.
    Direct,
    /// Reported speech or thought, no quotation marks.
    Indirect,
    /// Reported speech that quotes some of its words.
    Mixed,
    /// The writer's own voice.
    Author,
}

/// What kind of words name the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A proper name, with or without a title ("NATO Secretary General Mark Rutte").
    Named,
    /// A pronoun ("he", "they").
    Pronoun,
    /// A definite description ("the secretary-general", "the ministry").
    Description,
    /// A collective, unnamed group ("analysts", "officials", "critics").
    Vague,
    /// A deliberately unnamed source ("a source familiar with the talks").
    Anonymous,
}

/// Who makes a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The resolved name of the person or organisation, when known.
    pub name: Option<String>,
    /// The role or title given for the source ("NATO Secretary General").
    pub role: Option<String>,
    /// The id of the entity the source resolves to.
    pub entity: Option<String>,
    pub kind: SourceKind,
    /// True when the source is unnamed or collective.
    pub vague: bool,
}

/// The reporting word(s): "said", "according to", "warned".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The lexicon lemma ("warn").
    pub lemma: String,
    /// The stance class from the cue lexicon ("neutral", "warning", ...).
    pub class: String,
    /// The whole reporting phrase around the cue, with its auxiliaries, negation and adverbs
    /// and a channel or colon that follows: "has previously warned", "did not say", "said in a
    /// statement:". The cue itself when there is nothing around it (format 1.1).
    pub phrase: TextSpan,
}

/// What kind of uncertainty a hedge cue marks (format 1.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HedgeType {
    /// A possibility or evidential hedge: "may", "reportedly", "appears to".
    Epistemic,
    /// A belief rather than a fact: "believe", "expect", "fear".
    Doxastic,
    /// A condition: "if", "unless", an inverted "should".
    Condition,
    /// An open question: "whether", "investigate".
    Investigation,
    /// A prediction: "will", "is expected to", "forecast".
    Prediction,
    /// A vague attribution: "some say", "it is believed", "critics argue".
    Weasel,
    /// An estimate before a quantity: "about", "nearly".
    Approximator,
}

/// One uncertainty cue: a [`TextSpan`] with its [`HedgeType`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hedge {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: HedgeType,
}

/// How sure a claim is worded (format 1.1), from most to least sure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// Stated as a fact.
    Certain,
    /// Believed, predicted, alleged or "likely".
    Probable,
    /// Only possible: "may", "could", "whether".
    Possible,
    /// Holds only under a condition.
    Conditional,
}

/// The claim category used by check-worthiness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Quantity,
    Prediction,
    Causation,
    Rule,
    Personal,
    Opinion,
    Other,
}

/// One claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    /// The content; the hull of `fragments` when it is discontinuous.
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub fragments: Vec<TextSpan>,
    /// Index of the sentence where the claim starts.
    pub sentence: usize,
    pub attribution: Attribution,
    pub source: Option<Source>,
    pub cue: Option<Cue>,
    /// Where it was said ("in an interview with the German newspaper Bild").
    pub channel: Option<TextSpan>,
    /// The uncertainty cues that modify the claim's clauses, typed.
    pub hedges: Vec<Hedge>,
    pub condition: Option<TextSpan>,
    pub future: bool,
    pub negated: bool,
    /// How sure the claim is worded; the `certainty:` reasons say why.
    pub certainty: Certainty,
    pub checkworthiness: f64,
    pub checkworthy: bool,
    pub category: Category,
    /// A standalone sentence that states the claim with its source.
    pub statement: String,
    /// Every rule and lexicon entry that shaped this claim, in pipeline order.
    pub reasons: Vec<String>,
    /// The quantities, dates and comparisons inside the claim's fragments (format 1.1).
    pub quantities: Vec<QuantitySpan>,
}

/// A quantity, date or comparison with its normalised value (format 1.1); see
/// [`crate::quantities`] for the values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuantitySpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: QuantityKind,
    /// The number, scaled ("1.8 million" → 1800000); a date's year; a relative date's offset.
    pub value: Option<f64>,
    /// An ISO 4217 code, "percent", a canonical unit, or the counted noun.
    pub unit: Option<String>,
    /// A range's ends.
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// A date's TIMEX-like normal form ("2024-03-05", "XXXX-01-05").
    pub date: Option<String>,
    /// A date with no year written ("last year", "Jan. 5").
    pub relative: bool,
    /// Which way a comparison points.
    pub direction: Option<Direction>,
}

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

/// A person, organisation or place with every mention of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub role: Option<String>,
    pub mentions: Vec<TextSpan>,
}

/// The whole result for one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The caller's document id, echoed.
    pub id: Option<String>,
    pub offsets: OffsetUnit,
    pub sentences: Vec<SentenceOut>,
    pub claims: Vec<Claim>,
    pub entities: Vec<Entity>,
    /// Every hedge cue in the document, inside claims or not, typed.
    pub hedges: Vec<Hedge>,
    /// Every quantity, date and comparison in the document, inside claims or not (format 1.1).
    pub quantities: Vec<QuantitySpan>,
}

/// `as_str` for a report enum: its serde name, the one string every face (CLI, page, tests)
/// uses. `tests::names_match_serde` keeps the two in step.
macro_rules! serde_names {
    ($($ty:ident { $($variant:ident = $name:literal),* $(,)? })*) => {
        $(impl $ty {
            /// The serde name of this value (as in the JSON report).
            pub const fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),* }
            }
            /// Every value.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];
        })*
    };
}

serde_names! {
    OffsetUnit { Char = "char", Utf16 = "utf16", Byte = "byte" }
    Attribution { Direct = "direct", Indirect = "indirect", Mixed = "mixed", Author = "author" }
    SourceKind {
        Named = "named",
        Pronoun = "pronoun",
        Description = "description",
        Vague = "vague",
        Anonymous = "anonymous",
    }
    Category {
        Quantity = "quantity",
        Prediction = "prediction",
        Causation = "causation",
        Rule = "rule",
        Personal = "personal",
        Opinion = "opinion",
        Other = "other",
    }
    EntityKind { Person = "person", Organization = "organization", Place = "place", Other = "other" }
    HedgeType {
        Epistemic = "epistemic",
        Doxastic = "doxastic",
        Condition = "condition",
        Investigation = "investigation",
        Prediction = "prediction",
        Weasel = "weasel",
        Approximator = "approximator",
    }
    Certainty { Certain = "certain", Probable = "probable", Possible = "possible", Conditional = "conditional" }
}

#[cfg(test)]
mod names {
    use super::*;

    fn check<T: Serialize + Copy>(all: &[T], name: impl Fn(T) -> &'static str) {
        for v in all {
            assert_eq!(serde_json::to_value(v).unwrap(), name(*v));
        }
    }

    #[test]
    fn names_match_serde() {
        check(OffsetUnit::ALL, OffsetUnit::as_str);
        check(Attribution::ALL, Attribution::as_str);
        check(SourceKind::ALL, SourceKind::as_str);
        check(Category::ALL, Category::as_str);
        check(EntityKind::ALL, EntityKind::as_str);
        check(HedgeType::ALL, HedgeType::as_str);
        check(Certainty::ALL, Certainty::as_str);
    }
}
