//! The derived view of one text: the report and the highlight runs cut from it.

use std::rc::Rc;

use claimscan::{Extractor, Report};

use crate::highlight::{layout, ClaimSpan, Run};

/// Everything the page shows for one analysed text. A pure function of the text, so two
/// analyses are equal when their texts are.
pub struct Analysis {
    pub text: Rc<str>,
    pub report: Report,
    pub runs: Vec<Run>,
}

impl Analysis {
    /// Run `extractor` (built with byte offsets) over `text` and lay out the highlights.
    pub fn new(extractor: &Extractor, text: Rc<str>) -> Analysis {
        let report = extractor.extract(&text);
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
        let runs = layout(&text, &spans);
        Analysis { text, report, runs }
    }

    /// How many claims are flagged check-worthy.
    pub fn checkworthy(&self) -> usize {
        self.report.claims.iter().filter(|c| c.checkworthy).count()
    }
}

impl PartialEq for Analysis {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text) || self.text == other.text
    }
}
