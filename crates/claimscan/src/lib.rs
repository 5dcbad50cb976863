//! claimscan finds the claims in a news text: who makes each one, how it is reported, how sure
//! it is and how much it is worth checking, with the reasons for every decision.
//!
//! ```
//! use claimscan::{Extractor, Options};
//! let ex = Extractor::new(Options::default()).unwrap();
//! let report = ex.extract("Analysts said the plan may fail.");
//! assert_eq!(report.claims[0].source.as_ref().unwrap().text, "Analysts");
//! ```
//!
//! # Steps
//! [`Extractor::extract`] runs the stages in order (`pipeline.rs`); each is a module with its
//! own input and output types, and none reaches into a later one.
//! 1. [`normalize`]: `&str` → [`normalize::Normalized`] — quotes, dashes, spaces and Markdown
//!    emphasis, with a map back to the input.
//! 2. [`segment`]: text → [`segment::Segments`] — paragraphs, headlines and sentences.
//! 3. [`quotes`] and [`document`]: segments → [`document::Document`] — quotation marks paired by
//!    direction, each sentence's tokens and quotations.
//! 4. [`attribution`]: `Document` → [`attribution::Found`]s — source + cue + content, one file
//!    per construction.
//! 5. [`claims`]: `Found`s → [`claims::Draft`]s — the attributions and the writer's own claims.
//! 6. [`modality`]: the document's hedges ([`modality::HedgeHit`]), and per claim its hedges,
//!    condition, future and negation ([`modality::ClaimModality`]).
//! 7. [`entities`]: `Document` + `Found`s → [`entities::EntityDraft`]s — people, organisations
//!    and places with their mentions and roles.
//! 8. [`resolve`]: a source → [`resolve::Resolution`] — the entity it refers to.
//! 9. [`score`]: a claim's [`score::Features`] → [`score::Score`] — check-worthiness and category.
//! 10. [`statement`]: a standalone sentence for each claim.
//! 11. `assemble.rs`: every span converted to the caller's unit; the [`Report`].
//!
//! Every reason on a claim is a typed [`rules::Rule`]; every word list is a data file compiled
//! once into [`lexicon::Lexicons`].

mod assemble;
pub mod attribution;
pub mod case;
pub mod claims;
pub mod decimal;
pub mod document;
pub mod entities;
pub mod explain;
pub mod lexicon;
pub mod modality;
pub mod normalize;
mod offsets;
mod pipeline;
pub mod quantities;
pub mod quotes;
pub mod report;
pub mod resolve;
pub mod rules;
pub mod score;
pub mod segment;
pub mod sort;
pub mod span;
pub mod statement;
mod tokens;
mod trie;
mod words;

pub use pipeline::StreamedReport;
pub use report::{
    Attribution, Category, Certainty, Claim, Cue, Entity, EntityKind, Hedge, HedgeType, OffsetUnit,
    QuantitySpan, Report, SentenceOut, Source, SourceKind, TextSpan, SCHEMA,
};
pub use span::Span;

use serde::{Deserialize, Serialize};

/// What the caller can set. Every field has a default; unknown fields are rejected.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Options {
    /// The unit of every `start`/`end` in the report.
    pub offsets: OffsetUnit,
    /// Claims scoring at least this are flagged `checkworthy`. In [0, 1].
    pub checkworthy_threshold: f64,
    /// Report claims in the writer's own voice, not only attributed ones.
    pub author_claims: bool,
    /// Author claims with fewer words than this are left out (headline fragments, credits).
    pub min_claim_words: usize,
    /// Give each claim its `reasons`. Off, every `reasons` is empty and extraction is faster:
    /// the reasons are made into strings only when asked for.
    pub reasons: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            offsets: OffsetUnit::Char,
            checkworthy_threshold: 0.5,
            author_claims: true,
            min_claim_words: 3,
            reasons: true,
        }
    }
}

/// A bad option: names the option and says what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionsError {
    pub option: &'static str,
    pub message: String,
}

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid option `{}`: {}", self.option, self.message)
    }
}

impl std::error::Error for OptionsError {}

impl Options {
    /// Check every field.
    pub fn validate(&self) -> Result<(), OptionsError> {
        let t = self.checkworthy_threshold;
        if !(0.0..=1.0).contains(&t) || t.is_nan() {
            return Err(OptionsError {
                option: "checkworthyThreshold",
                message: format!("must be a number in [0, 1], got {t}"),
            });
        }
        if self.min_claim_words > 1000 {
            return Err(OptionsError {
                option: "minClaimWords",
                message: format!("must be at most 1000, got {}", self.min_claim_words),
            });
        }
        Ok(())
    }
}

/// The compiled extractor: build once with [`Extractor::new`], call [`Extractor::extract`] many
/// times. It is `Send + Sync`, so one extractor can serve many threads.
pub struct Extractor {
    options: Options,
    pub(crate) lex: lexicon::Lexicons,
    pub(crate) hedges: modality::Hedges,
    pub(crate) stance_levels: modality::StanceLevels,
    pub(crate) scorer: score::Scorer,
    quantities: quantities::Quantities,
}

impl Extractor {
    /// Compile the lexicons and patterns for `options`.
    pub fn new(options: Options) -> Result<Extractor, OptionsError> {
        options.validate()?;
        Ok(Extractor {
            options,
            lex: lexicon::Lexicons::new(),
            hedges: modality::Hedges::new(),
            stance_levels: modality::StanceLevels::new(),
            scorer: score::Scorer::new(),
            quantities: quantities::Quantities::new(),
        })
    }

    /// The quantities, dates and comparisons of `text`.
    pub(crate) fn quantities(&self, text: &str) -> Vec<quantities::Quantity> {
        self.quantities.find(text)
    }

    /// The options this extractor was built with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The stance class of `word` when it is a form of a reporting cue of the lexicon
    /// ("said" → "neutral"), for error analysis and tools built on the lexicon.
    pub fn cue_class(&self, word: &str) -> Option<&'static str> {
        self.lex
            .cue_entries(&case::lower_str(word))
            .and_then(|e| e.first())
            .map(|e| e.class.as_str())
    }

    /// Find every claim in `text`.
    pub fn extract(&self, text: &str) -> Report {
        pipeline::run(self, text)
    }

    /// The report of `text` with `id`, to serialize: the pipeline runs as it is serialized and
    /// each claim is written as soon as it is made, so the claims are never all in memory.
    /// The output is exactly that of serializing [`Extractor::extract`]'s report with its `id`
    /// set (`serde_json::to_writer(out, &ex.streamed(text, id))`).
    pub fn streamed<'a>(&'a self, text: &'a str, id: Option<&'a str>) -> StreamedReport<'a> {
        StreamedReport { ex: self, text, id }
    }
}

/// The crate version, as in Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_off_leaves_reasons_empty_and_the_rest_alone() {
        let text = "Analysts said the plan may fail. “We will rebuild,” the mayor told reporters.";
        let on = Extractor::new(Options::default()).unwrap().extract(text);
        let off = Extractor::new(Options {
            reasons: false,
            ..Options::default()
        })
        .unwrap()
        .extract(text);
        assert!(on.claims.iter().all(|c| !c.reasons.is_empty()));
        assert!(off.claims.iter().all(|c| c.reasons.is_empty()));
        let mut stripped = on.clone();
        for c in &mut stripped.claims {
            c.reasons.clear();
        }
        assert_eq!(stripped, off);
    }
}
