//! The derived view of one text: the report, the highlight runs cut from it and the sources.
//!
//! The worker ([`crate::worker`]) runs the extractor and lays out the highlights ([`compute`]);
//! the page turns its answer back into an [`Analysis`] ([`Analysis::from_payload`]). Both halves
//! use the core's own [`Report`] type, so the page shows exactly what the core reports.

use std::rc::Rc;

use crate::highlight::{blocks, layout, ClaimSpan, Run};
use crate::triage::{sources, SourceSummary};
use claimscan::{Extractor, Report};

/// About how many bytes of text one rendered block of the text view holds.
const BLOCK_BYTES: usize = 1500;

/// What the worker sends back for one text (as bytes: [`crate::wire`]).
pub struct Payload {
    pub report: Report,
    pub runs: Vec<Run>,
}

/// Run `extractor` (built with byte offsets) over `text` and lay out the highlights.
pub fn compute(extractor: &Extractor, text: &str) -> Payload {
    let report = extractor.extract(text);
    let spans: Vec<ClaimSpan> = report
        .claims
        .iter()
        .enumerate()
        .flat_map(|(claim, c)| {
            let hull = [(c.start, c.end)];
            let parts: Vec<(usize, usize)> = if c.fragments.is_empty() {
                hull.to_vec()
            } else {
                c.fragments.iter().map(|f| (f.start, f.end)).collect()
            };
            parts
                .into_iter()
                .map(move |(start, end)| ClaimSpan { start, end, claim })
        })
        .collect();
    let runs = layout(text, &spans);
    Payload { report, runs }
}

/// Everything the page shows for one analysed text. A pure function of the text, so two
/// analyses are equal when their texts are.
pub struct Analysis {
    pub text: Rc<str>,
    pub report: Report,
    /// The highlight runs, grouped into blocks for the virtualised text view.
    pub blocks: Vec<Vec<Run>>,
    /// Who says what: one entry per source, most claims first.
    pub sources: Vec<SourceSummary>,
    /// Per claim, where its first highlighted piece is: (block, start byte).
    pub first_piece: Vec<Option<(usize, usize)>>,
    /// Milliseconds: extraction in the worker, and reading its answer on the page.
    pub timing: (f64, f64),
}

impl Analysis {
    /// The analysis of `text`, from the worker's answer for it.
    pub fn from_payload(text: Rc<str>, payload: Payload) -> Analysis {
        let blocks = blocks(&text, &payload.runs, BLOCK_BYTES);
        let sources = sources(&payload.report);
        let mut first_piece = vec![None; payload.report.claims.len()];
        for (b, block) in blocks.iter().enumerate() {
            for run in block {
                if let Some(slot) = run.claim.and_then(|c| first_piece.get_mut(c)) {
                    slot.get_or_insert((b, run.start));
                }
            }
        }
        Analysis {
            text,
            report: payload.report,
            blocks,
            sources,
            first_piece,
            timing: (0.0, 0.0),
        }
    }

    /// How many claims are flagged check-worthy.
    pub fn checkworthy(&self) -> usize {
        self.report.claims.iter().filter(|c| c.checkworthy).count()
    }

    /// The block that holds the first piece of claim `index`.
    pub fn block_of(&self, index: usize) -> Option<usize> {
        self.first_piece
            .get(index)
            .copied()
            .flatten()
            .map(|(b, _)| b)
    }

    /// Whether `run_start` starts the first highlighted piece of claim `index`.
    pub fn is_first_piece(&self, index: usize, run_start: usize) -> bool {
        self.first_piece
            .get(index)
            .copied()
            .flatten()
            .is_some_and(|(_, start)| start == run_start)
    }
}

impl PartialEq for Analysis {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text) || self.text == other.text
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use claimscan::{OffsetUnit, Options};

    use super::*;

    pub fn extractor() -> Extractor {
        Extractor::new(Options {
            offsets: OffsetUnit::Byte,
            ..Options::default()
        })
        .unwrap()
    }

    #[test]
    fn payload_round_trips_through_the_wire() {
        let text = crate::examples::FIRST;
        let payload = compute(&extractor(), text);
        let back: Payload = crate::wire::from_bytes(&crate::wire::to_bytes(&payload)).unwrap();
        assert_eq!(back.report, payload.report);
        let analysis = Analysis::from_payload(Rc::from(text), back);
        assert!(!analysis.report.claims.is_empty());
        let joined: String = analysis
            .blocks
            .iter()
            .flatten()
            .map(|r| &text[r.start..r.end])
            .collect();
        assert_eq!(joined, text);
        assert!(analysis.block_of(0).is_some());
    }
}
