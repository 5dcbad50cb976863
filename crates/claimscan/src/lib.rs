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
//! Each stage is a module with its own output type; [`Extractor::extract`] runs them in order.
//! 1. [`normalize`]: quotes, dashes, spaces and Markdown emphasis, with a map back to the input.
//! 2. [`segment`]: paragraphs, headlines and sentences.
//! 3. [`quotes`]: quotation marks paired by direction, apostrophes told apart.
//! 4. [`attribution`]: source + cue + content, in every common construction.
//! 5. [`claims`]: the writer's own claims, split at clause level around reported ones.
//! 6. [`modality`]: hedges, conditions, future, negation.
//! 7. [`entities`]: people, organisations and places with their mentions and roles; sources
//!    resolved to them.
//! 8. [`score`]: check-worthiness and category, with reasons.
//! 9. [`statement`]: a standalone sentence for each claim.
//!
//! The report ([`report`]) converts every internal byte span to the caller's offset unit.
//! Lexicons are data files listed in [`lexicon`].

pub mod attribution;
pub mod claims;
pub mod entities;
pub mod lexicon;
pub mod modality;
pub mod normalize;
mod offsets;
mod pipeline;
pub mod quotes;
pub mod report;
pub mod score;
pub mod segment;
pub mod span;
pub mod statement;
mod tokens;
mod words;

pub use report::{
    Attribution, Category, Claim, Cue, Entity, EntityKind, OffsetUnit, Report, SentenceOut, Source,
    SourceKind, TextSpan, SCHEMA,
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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            offsets: OffsetUnit::Char,
            checkworthy_threshold: 0.5,
            author_claims: true,
            min_claim_words: 3,
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
    pub(crate) res: pipeline::Resources,
}

impl Extractor {
    /// Compile the lexicons and patterns for `options`.
    pub fn new(options: Options) -> Result<Extractor, OptionsError> {
        options.validate()?;
        Ok(Extractor {
            options,
            res: pipeline::Resources::new(),
        })
    }

    /// The options this extractor was built with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Find every claim in `text`.
    pub fn extract(&self, text: &str) -> Report {
        pipeline::run(self, text)
    }
}

/// The crate version, as in Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
