//! The offset conversions, through the public API: the same text in byte, char and UTF-16
//! offsets gives the same report, each span's offsets convert into one another exactly (counted
//! independently here), and each slices the text to the span's `text`.
#![no_main]

use claimscan::{Extractor, OffsetUnit, Options, Report};
use libfuzzer_sys::fuzz_target;

fn extractor(offsets: OffsetUnit) -> Extractor {
    Extractor::new(Options {
        offsets,
        ..Options::default()
    })
    .expect("valid options")
}

/// Every (start, end, text) of a report, in a fixed order.
fn spans(r: &Report) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for s in &r.sentences {
        out.push((s.start, s.end, String::new()));
    }
    for c in &r.claims {
        out.push((c.start, c.end, c.text.clone()));
        for f in &c.fragments {
            out.push((f.start, f.end, f.text.clone()));
        }
        for h in &c.hedges {
            out.push((h.start, h.end, h.text.clone()));
        }
        for s in c.source.iter() {
            out.push((s.start, s.end, s.text.clone()));
        }
        for q in c.cue.iter() {
            out.push((q.start, q.end, q.text.clone()));
        }
        for s in c.condition.iter().chain(&c.channel) {
            out.push((s.start, s.end, s.text.clone()));
        }
    }
    for e in &r.entities {
        for m in &e.mentions {
            out.push((m.start, m.end, m.text.clone()));
        }
    }
    out
}

fuzz_target!(|text: &str| {
    thread_local! {
        static EX: [Extractor; 3] = [
            extractor(OffsetUnit::Byte),
            extractor(OffsetUnit::Char),
            extractor(OffsetUnit::Utf16),
        ];
    }
    let [byte, char, utf16] =
        EX.with(|[b, c, u]| [b.extract(text), c.extract(text), u.extract(text)]);
    let (byte, char, utf16) = (spans(&byte), spans(&char), spans(&utf16));
    assert_eq!(byte.len(), char.len());
    assert_eq!(byte.len(), utf16.len());
    // Byte offset -> char and UTF-16 offsets, counted here from the text itself.
    let to_char = |b: usize| text[..b].chars().count();
    let to_utf16 = |b: usize| text[..b].encode_utf16().count();
    for ((b, c), u) in byte.iter().zip(&char).zip(&utf16) {
        let (start, end, want) = b;
        assert!(start <= end && *end <= text.len());
        let got = text
            .get(*start..*end)
            .expect("byte offsets on char boundaries");
        if !want.is_empty() {
            assert_eq!(got, want);
        }
        assert_eq!((c.0, c.1), (to_char(*start), to_char(*end)));
        assert_eq!((u.0, u.1), (to_utf16(*start), to_utf16(*end)));
        assert_eq!((&b.2, &b.2), (&c.2, &u.2));
    }
});
