//! Property tests over generated text: no panic, every span slices the input to its `text`
//! in every offset unit, sentences are ordered and disjoint and cover every non-space
//! character, a prefix shifts every sentence, and the output is deterministic.

use claimscan::{Extractor, OffsetUnit, Options, Report};
use proptest::prelude::*;

fn ex(unit: OffsetUnit) -> Extractor {
    Extractor::new(Options {
        offsets: unit,
        ..Options::default()
    })
    .expect("valid options")
}

/// Pieces that stress the pipeline: quotes of every kind, abbreviations, emoji, RTL, CJK,
/// control characters, Markdown, HTML and line breaks.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("The mayor said".to_string()),
        Just(" that the plan may fail".to_string()),
        Just(", officials said. ".to_string()),
        Just("“We are ready,” she told reporters. ".to_string()),
        Just("‘fatal’ ".to_string()),
        Just("Russia’s ".to_string()),
        Just("'".to_string()),
        Just("\"".to_string()),
        Just("”".to_string()),
        Just("“".to_string()),
        Just("U.S. ".to_string()),
        Just("Dr. ".to_string()),
        Just("according to analysts, ".to_string()),
        Just("Jane Roe, a spokeswoman, said ".to_string()),
        Just(" if it rains".to_string()),
        Just("😀👍🏽 ".to_string()),
        Just("שלום עולם. ".to_string()),
        Just("مرحبا بالعالم، ".to_string()),
        Just("中文句子。".to_string()),
        Just("\u{0}\u{7}\u{1b}".to_string()),
        Just("\u{200b}\u{ad}\u{feff}".to_string()),
        Just("*Bild* ".to_string()),
        Just("<p>html</p> ".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("... ".to_string()),
        Just("?! ".to_string()),
        Just("--".to_string()),
        Just(":".to_string()),
        Just("— ".to_string()),
        "[a-zA-Z ,.]{0,12}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..25).prop_map(|v| v.concat())
}

fn slice(text: &str, unit: OffsetUnit, start: usize, end: usize) -> Option<String> {
    match unit {
        OffsetUnit::Byte => text.get(start..end).map(str::to_string),
        OffsetUnit::Char => {
            let chars: Vec<char> = text.chars().collect();
            chars.get(start..end).map(|c| c.iter().collect())
        }
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            units.get(start..end).map(String::from_utf16_lossy)
        }
    }
}

fn check_spans(text: &str, unit: OffsetUnit, r: &Report) -> Result<(), TestCaseError> {
    let mut spans: Vec<(usize, usize, &str)> = Vec::new();
    for c in &r.claims {
        spans.push((c.start, c.end, &c.text));
        for f in &c.fragments {
            spans.push((f.start, f.end, &f.text));
        }
        for h in &c.hedges {
            spans.push((h.start, h.end, &h.text));
        }
        if let Some(s) = &c.source {
            spans.push((s.start, s.end, &s.text));
        }
        if let Some(s) = &c.cue {
            spans.push((s.start, s.end, &s.text));
        }
        if let Some(s) = &c.condition {
            spans.push((s.start, s.end, &s.text));
        }
        if let Some(s) = &c.channel {
            spans.push((s.start, s.end, &s.text));
        }
    }
    for e in &r.entities {
        for m in &e.mentions {
            spans.push((m.start, m.end, &m.text));
        }
    }
    for h in &r.hedges {
        spans.push((h.start, h.end, &h.text));
    }
    for (s, e, t) in spans {
        prop_assert!(s <= e, "span {s}..{e} reversed");
        let got = slice(text, unit, s, e);
        prop_assert_eq!(got.as_deref(), Some(t));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spans_slice_the_input_in_every_unit(t in text()) {
        for unit in [OffsetUnit::Char, OffsetUnit::Utf16, OffsetUnit::Byte] {
            let r = ex(unit).extract(&t);
            check_spans(&t, unit, &r)?;
        }
    }

    #[test]
    fn sentences_tile_the_text(t in text()) {
        let r = ex(OffsetUnit::Byte).extract(&t);
        let mut last = 0;
        for s in &r.sentences {
            prop_assert!(s.start >= last && s.end > s.start, "sentence {}..{} after {last}", s.start, s.end);
            // Nothing but whitespace (or dropped invisible characters) between sentences.
            let gap = &t[last..s.start];
            prop_assert!(gap.chars().all(|c| c.is_whitespace() || c.is_control() || matches!(c, '\u{200b}' | '\u{ad}' | '\u{feff}' | '*' | '_')), "text lost between sentences: {gap:?}");
            last = s.end;
        }
        let tail = &t[last..];
        prop_assert!(tail.chars().all(|c| c.is_whitespace() || c.is_control() || matches!(c, '\u{200b}' | '\u{ad}' | '\u{feff}' | '*' | '_')), "text lost at the end: {tail:?}");
    }

    #[test]
    fn a_prefix_shifts_every_sentence(t in text()) {
        let e = ex(OffsetUnit::Char);
        let prefix = "Prefix paragraph.\n\n";
        let a = e.extract(&t);
        let b = e.extract(&format!("{prefix}{t}"));
        let n = prefix.chars().count();
        prop_assert_eq!(b.sentences.len(), a.sentences.len() + 1);
        for (x, y) in a.sentences.iter().zip(b.sentences.iter().skip(1)) {
            prop_assert_eq!((x.start + n, x.end + n), (y.start, y.end));
        }
    }

    #[test]
    fn output_is_deterministic(t in text()) {
        let e = ex(OffsetUnit::Utf16);
        prop_assert_eq!(e.extract(&t), e.extract(&t));
    }
}

#[test]
fn large_and_degenerate_inputs_do_not_panic() {
    let e = ex(OffsetUnit::Utf16);
    for t in [
        String::new(),
        " \n\t ".to_string(),
        "“".repeat(10_000),
        "’".repeat(10_000),
        ".".repeat(100_000),
        "a".repeat(200_000),
        "The mayor said the plan may fail. ".repeat(3_000),
        "<html><body><p>Officials said &amp; more</p></body></html>".repeat(500),
    ] {
        let r = e.extract(&t);
        assert!(r.claims.iter().all(|c| c.start <= c.end));
    }
}
