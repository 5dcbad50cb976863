//! A claim's certainty: `certain`, lowered by each of its own cues to the cue's level, by its
//! reporting cue's stance (lexicon `cue_certainty`: "alleged", "believes" say probable), by a
//! negated probable cue ("does not expect": possible) and by a condition (conditional). The
//! claim takes the lowest level any step gave; every step that lowers it is a reason.

use super::cues::{parse_level, HedgeHit};
use crate::lexicon::{self, WordMap};
use crate::report::Certainty;
use crate::rules::{Reason, Rule};

/// The stance levels of reporting cues (`cue_certainty.txt`), keyed `class:NAME`/`lemma:LEMMA`.
pub struct StanceLevels(WordMap<&'static str, Certainty>);

impl StanceLevels {
    pub fn new() -> StanceLevels {
        StanceLevels(
            lexicon::CUE_CERTAINTY
                .entries()
                .map(|e| (e[0], parse_level(e[1])))
                .collect(),
        )
    }

    /// The level the cue `lemma` of stance `class` gives its content, with the entry that said so.
    fn of(&self, lemma: &str, class: &str) -> Option<(&'static str, Certainty)> {
        self.get("lemma:", lemma)
            .or_else(|| self.get("class:", class))
    }

    /// The entry `prefix` + `word`, its key written on the stack when it is short (every key
    /// is): no string allocated per claim.
    fn get(&self, prefix: &str, word: &str) -> Option<(&'static str, Certainty)> {
        let mut buf = [0u8; 64];
        let n = prefix.len() + word.len();
        let owned;
        let key = if n <= buf.len() {
            buf[..prefix.len()].copy_from_slice(prefix.as_bytes());
            buf[prefix.len()..n].copy_from_slice(word.as_bytes());
            // Two strings one after the other are a string.
            std::str::from_utf8(&buf[..n]).unwrap_or_default()
        } else {
            owned = format!("{prefix}{word}");
            owned.as_str()
        };
        self.0.get_key_value(key).map(|(k, l)| (*k, *l))
    }
}

impl Default for StanceLevels {
    fn default() -> Self {
        StanceLevels::new()
    }
}

/// What a claim's certainty is derived from.
pub struct Inputs<'a> {
    pub hedges: &'a [(&'a HedgeHit, bool)],
    /// The reporting cue's lemma and stance class.
    pub cue: Option<(&'a str, &'a str)>,
    /// The condition's marker, when the claim has one.
    pub condition: Option<&'static str>,
}

/// The claim's certainty and the reasons of every step that lowered it, then the result.
pub fn derive(levels: &StanceLevels, inp: &Inputs) -> (Certainty, Vec<Reason>) {
    let mut level = Certainty::Certain;
    let mut reasons = Vec::new();
    // Each step names what lowered the claim and to which level: `what=level`.
    let mut lower = |to: Certainty, rule: Rule, what: &'static str, reasons: &mut Vec<Reason>| {
        if to > Certainty::Certain {
            reasons.push(Reason::phrase_is(rule, what, to));
            level = level.max(to);
        }
    };
    for (h, negated) in inp.hedges {
        if *negated && h.level == Certainty::Probable {
            lower(
                Certainty::Possible,
                Rule::CertaintyNegatedCue,
                h.phrase,
                &mut reasons,
            );
        } else {
            lower(h.level, Rule::CertaintyCue, h.phrase, &mut reasons);
        }
    }
    if let Some((key, l)) = inp.cue.and_then(|(lemma, class)| levels.of(lemma, class)) {
        lower(l, Rule::CertaintyStance, key, &mut reasons);
    }
    if let Some(marker) = inp.condition {
        lower(
            Certainty::Conditional,
            Rule::CertaintyCondition,
            marker,
            &mut reasons,
        );
    }
    reasons.push(Reason::with(Rule::CertaintyLevel, level.as_str()));
    (level, reasons)
}
