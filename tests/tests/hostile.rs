//! Hostile inputs through the whole pipeline: each must finish (in bounded time, in release),
//! not panic, and give a sane report: every span slices the input to its `text` in the declared
//! unit, and sentences are ordered, disjoint and inside the text. Speed is measured in the
//! benches (`tests/benches`), never asserted here.
//!
//! The sizes are the issue's (100,000 marks, 1 MB, 10 MB) in release (`make test-hostile`:
//! `cargo test --release -p claimscan-tests --test hostile`); a debug build (`cargo test
//! --workspace`) runs the same inputs at a tenth of the size.

use claimscan::{Extractor, OffsetUnit, Options, Report};

/// `n` in release, a tenth of it in a debug build (ten times slower).
const fn size(n: usize) -> usize {
    if cfg!(debug_assertions) {
        n / 10
    } else {
        n
    }
}

fn extractor(unit: OffsetUnit) -> Extractor {
    Extractor::new(Options {
        offsets: unit,
        ..Options::default()
    })
    .expect("valid options")
}

/// `text` cut at `start..end` counted in `unit`, or `None` when that is not a valid cut.
fn slice(text: &str, unit: OffsetUnit, start: usize, end: usize) -> Option<String> {
    if start > end {
        return None;
    }
    match unit {
        OffsetUnit::Byte => text.get(start..end).map(str::to_string),
        OffsetUnit::Char => {
            let mut it = text.char_indices().map(|(i, _)| i).chain([text.len()]);
            let from = it.nth(start)?;
            let to = if end == start {
                from
            } else {
                it.nth(end - start - 1)?
            };
            Some(text[from..to].to_string())
        }
        OffsetUnit::Utf16 => {
            // Walk once, mapping UTF-16 positions to byte positions; a cut inside a surrogate
            // pair is invalid.
            let (mut from, mut to, mut pos) = (None, None, 0);
            for (i, ch) in text.char_indices().chain([(text.len(), '\0')]) {
                if pos == start {
                    from = Some(i);
                }
                if pos == end {
                    to = Some(i);
                    break;
                }
                pos += ch.len_utf16();
            }
            Some(text[from?..to?].to_string())
        }
    }
}

/// Every span of the report, with its claimed text.
fn spans(r: &Report) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    for c in &r.claims {
        out.push((c.start, c.end, c.text.as_str()));
        for f in &c.fragments {
            out.push((f.start, f.end, f.text.as_str()));
        }
        for h in &c.hedges {
            out.push((h.start, h.end, h.text.as_str()));
        }
        if let Some(s) = &c.source {
            out.push((s.start, s.end, s.text.as_str()));
        }
        if let Some(s) = &c.cue {
            out.push((s.start, s.end, s.text.as_str()));
        }
        for s in c.condition.iter().chain(&c.channel) {
            out.push((s.start, s.end, s.text.as_str()));
        }
    }
    for e in &r.entities {
        for m in &e.mentions {
            out.push((m.start, m.end, m.text.as_str()));
        }
    }
    for h in &r.hedges {
        out.push((h.start, h.end, h.text.as_str()));
    }
    out
}

/// Runs the pipeline on `text` in every offset unit and checks the report is sane.
/// Returns the report in UTF-16 offsets.
fn sane(text: &str) -> Report {
    sane_in(
        text,
        &[OffsetUnit::Char, OffsetUnit::Byte, OffsetUnit::Utf16],
    )
}

fn sane_in(text: &str, units: &[OffsetUnit]) -> Report {
    let mut last = None;
    for &unit in units {
        let r = extractor(unit).extract(text);
        check(text, unit, &r);
        last = Some(r);
    }
    last.expect("at least one unit")
}

fn check(text: &str, unit: OffsetUnit, r: &Report) {
    let len = match unit {
        OffsetUnit::Byte => text.len(),
        OffsetUnit::Char => text.chars().count(),
        OffsetUnit::Utf16 => text.encode_utf16().count(),
    };
    let mut end = 0;
    for s in &r.sentences {
        assert!(
            s.start >= end && s.start < s.end && s.end <= len,
            "{unit:?}: sentence {}..{} after {end}, text length {len}",
            s.start,
            s.end
        );
        end = s.end;
    }
    for c in &r.claims {
        assert!(
            c.sentence < r.sentences.len().max(1),
            "claim {} sentence",
            c.id
        );
        assert!(
            c.checkworthiness.is_finite() && (0.0..=1.0).contains(&c.checkworthiness),
            "claim {} score {}",
            c.id,
            c.checkworthiness
        );
    }
    // Checking every span of a huge report one by one would be quadratic in the test itself:
    // a sample of at most 2,000 spans, spread over the report, is enough.
    let all = spans(r);
    let step = (all.len() / 2_000).max(1);
    for &(start, end, want) in all.iter().step_by(step) {
        let got = slice(text, unit, start, end);
        assert_eq!(
            got.as_deref(),
            Some(want),
            "{unit:?}: span {start}..{end} does not slice to its text"
        );
    }
}

#[test]
fn a_hundred_thousand_curly_quote_marks() {
    let n = size(100_000);
    for mark in ["“", "”", "’", "«", "»"] {
        sane(&mark.repeat(n));
    }
    sane(&"“”".repeat(n / 2));
    sane(&"‘".repeat(n));
}

#[test]
fn a_hundred_thousand_straight_quote_marks() {
    let n = size(100_000);
    for mark in ["\"", "'"] {
        sane(&mark.repeat(n));
    }
    sane(&format!(
        "The mayor said {} the plan may fail.",
        "\" ".repeat(n)
    ));
}

#[test]
fn a_hundred_thousand_nested_parentheses() {
    let n = size(100_000);
    sane(&format!("{}x{}", "(".repeat(n), ")".repeat(n)));
    sane(&format!(
        "The mayor said {} the plan may fail {}.",
        "(".repeat(n),
        ")".repeat(n)
    ));
    sane(&"([{".repeat(n / 3));
    sane(&")".repeat(n));
}

#[test]
fn only_whitespace_nul_and_control_characters() {
    let controls: String = (0u32..0x20)
        .chain(0x7f..0xa0)
        .filter_map(char::from_u32)
        .collect();
    let n = size(100_000);
    for text in [
        " ".repeat(n),
        "\n".repeat(n),
        "\0".repeat(n),
        controls.repeat(n / 100),
        "\u{200b}\u{feff}\u{ad}\u{2028}\u{2029}\u{85}\u{a0}\u{3000}".repeat(n / 10),
        "\0The mayor\0 said\u{7} the plan\u{1b}[2J may fail.\0".to_string(),
    ] {
        let r = sane(&text);
        if !text.contains("mayor") {
            assert!(r.claims.is_empty(), "claims from {:?}", &text[..10]);
        }
    }
}

#[test]
fn bidi_text_combining_marks_and_emoji_sequences() {
    let text = "The minister said that \u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{5e2}\u{5d5}\u{5dc}\u{5dd} \
        means peace. \u{627}\u{644}\u{648}\u{632}\u{64a}\u{631} \u{642}\u{627}\u{644} \
        \u{202b}the port will reopen\u{202c}, officials said.\n\n\
        “Cafe\u{301} owners 👩‍👩‍👧‍👦 and 🏳️‍🌈 fans 👍🏽 are worried,” said Zoe\u{308} \
        Ma\u{301}rquez, a spokeswoman. \u{202e}dias rayor eht\u{202c} 🇺🇦🇪🇺 \
        Z\u{336}a\u{336}\u{301}\u{302}\u{303}\u{304}l\u{337}g\u{338}o said the data may \
        be wrong.\n\n中文句子。The council said 40 million euros were spent.";
    let r = sane(text);
    assert!(!r.claims.is_empty());
    // Thousands of combining marks on one letter.
    sane(&format!(
        "The mayor said e{} rose.",
        "\u{301}\u{302}".repeat(size(20_000))
    ));
    sane(&"👩‍👩‍👧‍👦".repeat(size(20_000)));
}

#[test]
fn crlf_and_cr_line_ends() {
    let lf = claimscan_tests::news(4_000);
    let base = extractor(OffsetUnit::Char).extract(&lf);
    for ending in ["\r\n", "\r"] {
        let text = lf.replace('\n', ending);
        let r = sane(&text);
        assert_eq!(
            r.claims.len(),
            base.claims.len(),
            "{ending:?}: line ends change the claims"
        );
        assert_eq!(r.sentences.len(), base.sentences.len(), "{ending:?}");
    }
    sane(&"\r\n".repeat(size(50_000)));
    sane(&"\r".repeat(size(100_000)));
    sane(&"a\r\r\n\n\r".repeat(size(20_000)));
}

#[test]
fn html_and_markdown_tables() {
    let html = "<table><tr><th>Minister</th><th>Said</th></tr>\
        <tr><td>Ines Vidal</td><td>“The port will reopen,” she said.</td></tr>\
        <tr><td colspan=\"2\">Repairs may cost 40 million euros, the council said.</td></tr>\
        </table>\n<script>alert(1)</script><p>The mayor said &amp; <b>warned</b> it may fail.</p>";
    sane(html);
    sane(&html.repeat(size(500)));
    let markdown = "| Who | What |\n| --- | :---: |\n\
        | Ines Vidal | “The port will reopen,” she said. |\n\
        | the council | Repairs may cost 40 million euros, the council said. |\n\n\
        **Bold** claim: the plan *may* fail, `officials` said. [link](http://x) > quote\n\
        # Heading: Mayor says port will reopen\n- item, he said\n";
    sane(markdown);
    sane(&markdown.repeat(size(500)));
    let n = size(100_000);
    sane(&"|".repeat(n));
    sane(&"| --- ".repeat(n / 5));
    sane(&"<".repeat(n));
    sane(&"<td>".repeat(n / 4));
}

/// One sentence of a million bytes: clauses joined by commas, no full stop.
fn long_sentence() -> String {
    let clause = "the mayor said the plan may fail, officials warned on Monday, ";
    let mut s = String::from("According to the council, ");
    while s.len() < size(1_000_000) {
        s.push_str(clause);
    }
    s
}

#[test]
fn a_one_megabyte_sentence() {
    sane_in(&long_sentence(), &[OffsetUnit::Utf16]);
}

#[test]
fn ten_megabytes_of_news() {
    let text = claimscan_tests::news(size(10 << 20));
    let r = sane_in(&text, &[OffsetUnit::Utf16]);
    assert!(r.claims.len() > 1_000);
}

#[test]
fn a_megabyte_of_news() {
    let text = claimscan_tests::news(size(1 << 20));
    let r = sane_in(&text, &[OffsetUnit::Utf16]);
    assert!(r.claims.len() > 100);
}

/// A text may start and stop anywhere: every construction case of ours
/// (`tests/cases/constructions.json`) cut after each of its words (and with its last character
/// dropped), and cut before each space and comma, gives a sane report. Fuzzing found the first
/// of these (a text ending inside a source's relative clause after a quotation: `“…,” said a
/// budget analyst who has advised tw`; a text opening with a comma before an apposition).
#[test]
fn every_construction_case_cut_at_each_word() {
    let cases: serde_json::Value =
        serde_json::from_str(include_str!("../cases/constructions.json"))
            .expect("constructions.json parses");
    let ex = extractor(OffsetUnit::Char);
    let mut cuts = 0;
    for case in cases.as_array().expect("a list of cases") {
        let text = case["text"].as_str().expect("a case has a text");
        let ends = text
            .char_indices()
            .filter(|&(_, c)| c.is_whitespace())
            .map(|(i, _)| i)
            .chain(text.char_indices().last().map(|(i, _)| i));
        for end in ends {
            let cut = &text[..end];
            check(cut, OffsetUnit::Char, &ex.extract(cut));
            cuts += 1;
        }
        for (start, _) in text
            .char_indices()
            .filter(|&(_, c)| c.is_whitespace() || c == ',')
        {
            let cut = &text[start..];
            check(cut, OffsetUnit::Char, &ex.extract(cut));
            cuts += 1;
        }
    }
    assert!(cuts > 8_000, "only {cuts} cuts");
}

#[test]
fn a_text_that_ends_inside_a_credit_after_a_quotation() {
    sane("“The numbers will not add up by spring,” said a budget analyst who has advised tw");
    sane("“No,” said a clerk who");
}

#[test]
fn a_text_that_opens_with_a_comma_before_an_apposition() {
    sane(", the harbour master, a pilot for a decade, told a radio host it is over, Ruiz said.");
    sane(",, told me it is over, Ruiz said.");
}

#[test]
fn an_opening_adverbial_then_a_description_before_the_cues_comma() {
    // The adverbial's comma, then a description whose comma is the cue's: no name follows it.
    sane("After the vote, the aide, said it rained.");
    sane("In Ohio, her neighbour, Ana Ruiz, said it rained.");
}

#[test]
fn a_text_that_opens_with_a_comma_and_a_cue() {
    sane(", said the harbour master.");
    sane(", she said.");
}
