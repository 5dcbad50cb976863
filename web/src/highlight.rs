//! Highlight layout: cut the analysed text into runs that tile it, each plain or owned by one
//! claim.
//!
//! Claims may overlap or nest (a quote inside a reported sentence, say). The text is cut at every
//! span boundary and each piece goes to the *outermost* claim that covers it (the longest; on a
//! tie the earliest, then the lowest index). `depth` records how many claims cover a piece, so
//! the page can mark nested parts. The runs always tile the whole text, so nothing is lost, and
//! spans that are out of range or not on character boundaries are clamped and snapped, never
//! trusted.
//!
//! [`blocks`] then groups the runs into blocks of about a screenful that end at a line break, so
//! the page can render only the blocks on screen (the text view is virtualised).

/// One piece of the text: `start..end` in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
    /// The claim shown for this piece, by index in the report.
    pub claim: Option<usize>,
    /// How many claims cover this piece (0 for plain text).
    pub depth: usize,
}

/// A claim's byte span, as given to [`layout`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimSpan {
    pub start: usize,
    pub end: usize,
    pub claim: usize,
}

/// Cut `text` into runs for `spans`. The runs are in order, non-empty and tile `text`.
pub fn layout(text: &str, spans: &[ClaimSpan]) -> Vec<Run> {
    let spans: Vec<ClaimSpan> = spans.iter().filter_map(|s| sanitize(text, *s)).collect();
    let mut cuts: Vec<usize> = Vec::with_capacity(spans.len() * 2 + 2);
    cuts.push(0);
    cuts.push(text.len());
    for s in &spans {
        cuts.push(s.start);
        cuts.push(s.end);
    }
    cuts.sort_unstable();
    cuts.dedup();

    // Sweep the cuts in order, keeping the spans that cover the current piece: every span starts
    // and ends at a cut, so a span covers a piece exactly while it is active.
    let mut by_start = spans.clone();
    by_start.sort_unstable_by_key(|s| s.start);
    let mut next = 0;
    let mut active: Vec<ClaimSpan> = Vec::new();
    let mut runs: Vec<Run> = Vec::new();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        active.retain(|s| s.end > start);
        while next < by_start.len() && by_start[next].start <= start {
            if by_start[next].end > start {
                active.push(by_start[next]);
            }
            next += 1;
        }
        let depth = active.len();
        let claim = active
            .iter()
            .min_by_key(|s| (std::cmp::Reverse(s.end - s.start), s.start, s.claim))
            .map(|s| s.claim);
        match runs.last_mut() {
            Some(last) if last.claim == claim && last.depth == depth => last.end = end,
            _ => runs.push(Run {
                start,
                end,
                claim,
                depth,
            }),
        }
    }
    runs
}

/// Group `runs` (which tile `text`) into blocks of at least `target` bytes where the text allows:
/// a block ends only right after a line break in plain text, so rendering the blocks one after
/// another as `pre-wrap` boxes looks like rendering the runs in one box. The blocks' runs, joined,
/// are the input runs with some plain runs cut in two at a line break.
pub fn blocks(text: &str, runs: &[Run], target: usize) -> Vec<Vec<Run>> {
    let mut out: Vec<Vec<Run>> = Vec::new();
    let mut current: Vec<Run> = Vec::new();
    let mut size = 0;
    for run in runs {
        let piece = &text[run.start..run.end];
        let cut = match run.claim {
            None if size + piece.len() >= target => piece.rfind('\n').map(|i| run.start + i + 1),
            _ => None,
        };
        match cut {
            Some(cut) => {
                current.push(Run { end: cut, ..*run });
                out.push(std::mem::take(&mut current));
                size = 0;
                if cut < run.end {
                    current.push(Run { start: cut, ..*run });
                    size = run.end - cut;
                }
            }
            None => {
                current.push(*run);
                size += piece.len();
            }
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Clamp a span into `text` and widen it to character boundaries; `None` when nothing is left.
fn sanitize(text: &str, span: ClaimSpan) -> Option<ClaimSpan> {
    if span.start >= span.end {
        return None;
    }
    let mut start = span.start.min(text.len());
    let mut end = span.end.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    (start < end).then_some(ClaimSpan {
        start,
        end,
        claim: span.claim,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, claim: usize) -> ClaimSpan {
        ClaimSpan { start, end, claim }
    }

    /// The runs tile the text: joined, they give it back.
    fn assert_tiles(text: &str, runs: &[Run]) {
        let mut at = 0;
        for r in runs {
            assert_eq!(r.start, at, "gap or overlap in {runs:?}");
            assert!(r.start < r.end, "empty run in {runs:?}");
            at = r.end;
        }
        assert_eq!(at, text.len());
        let joined: String = runs.iter().map(|r| &text[r.start..r.end]).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn empty_text_has_no_runs() {
        assert!(layout("", &[span(0, 3, 0)]).is_empty());
    }

    #[test]
    fn no_claims_is_one_plain_run() {
        let runs = layout("Hello.", &[]);
        assert_eq!(
            runs,
            vec![Run {
                start: 0,
                end: 6,
                claim: None,
                depth: 0
            }]
        );
    }

    #[test]
    fn disjoint_claims_keep_the_gaps() {
        let text = "One two. Three four.";
        let runs = layout(text, &[span(0, 8, 0), span(9, 20, 1)]);
        assert_tiles(text, &runs);
        let claims: Vec<_> = runs.iter().map(|r| r.claim).collect();
        assert_eq!(claims, vec![Some(0), None, Some(1)]);
    }

    #[test]
    fn outermost_claim_wins_and_nesting_is_marked() {
        let text = "She said the plan works today.";
        let runs = layout(text, &[span(9, 24, 1), span(0, 30, 0)]);
        assert_tiles(text, &runs);
        assert!(runs.iter().all(|r| r.claim == Some(0)));
        let depths: Vec<_> = runs.iter().map(|r| r.depth).collect();
        assert_eq!(depths, vec![1, 2, 1]);
    }

    #[test]
    fn crossing_claims_split_into_segments() {
        let text = "abcdefghij";
        let runs = layout(text, &[span(0, 6, 0), span(4, 10, 1)]);
        assert_tiles(text, &runs);
        // Equal lengths: the earlier one owns the shared part.
        let owners: Vec<_> = runs.iter().map(|r| (r.start, r.claim, r.depth)).collect();
        assert_eq!(
            owners,
            vec![(0, Some(0), 1), (4, Some(0), 2), (6, Some(1), 1)]
        );
    }

    #[test]
    fn bad_spans_are_clamped_and_snapped() {
        let text = "“Hi,” é said.";
        // 1 is inside the opening quote; 100 is past the end; 7..7 is empty.
        let runs = layout(text, &[span(1, 100, 0), span(7, 7, 1), span(50, 60, 2)]);
        assert_tiles(text, &runs);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].claim, Some(0));
    }

    #[test]
    fn blocks_end_after_line_breaks_and_keep_every_run() {
        let text = "One two.\n\nThree four.\nFive.";
        let runs = layout(text, &[span(0, 8, 0), span(10, 21, 1)]);
        let blocks = blocks(text, &runs, 5);
        assert!(blocks.len() >= 2, "{blocks:?}");
        let flat: Vec<Run> = blocks.iter().flatten().copied().collect();
        assert_tiles(text, &flat);
        for b in &blocks[..blocks.len() - 1] {
            let last = b.last().unwrap();
            assert!(text[..last.end].ends_with('\n'), "{blocks:?}");
        }
        // Claims are never cut.
        assert_eq!(flat.iter().filter(|r| r.claim.is_some()).count(), 2);
    }

    #[test]
    fn blocks_of_text_without_breaks_are_one_block() {
        let text = "a".repeat(100);
        let runs = layout(&text, &[]);
        assert_eq!(blocks(&text, &runs, 10).len(), 1);
        assert!(blocks("", &[], 10).is_empty());
    }

    #[test]
    fn identical_spans_pick_the_lower_index() {
        let text = "Same span.";
        let runs = layout(text, &[span(0, 10, 3), span(0, 10, 1)]);
        assert_eq!(runs.len(), 1);
        assert_eq!((runs[0].claim, runs[0].depth), (Some(1), 2));
    }
}
