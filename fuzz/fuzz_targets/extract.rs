//! Any UTF-8 text through the whole pipeline: no panic, and every span of the report (in byte
//! offsets) slices the input to its `text`; sentences are ordered and inside the text.
#![no_main]

use claimscan::{Extractor, OffsetUnit, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    thread_local! {
        static EX: Extractor = Extractor::new(Options {
            offsets: OffsetUnit::Byte,
            ..Options::default()
        })
        .expect("valid options");
    }
    let report = EX.with(|ex| ex.extract(text));
    let mut last = 0;
    for s in &report.sentences {
        assert!(last <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last = s.end;
    }
    for c in &report.claims {
        assert_eq!(text.get(c.start..c.end), Some(c.text.as_str()));
        for f in &c.fragments {
            assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
        }
        for h in &c.hedges {
            assert_eq!(text.get(h.start..h.end), Some(h.text.as_str()));
        }
        if let Some(s) = &c.source {
            assert_eq!(text.get(s.start..s.end), Some(s.text.as_str()));
        }
        if let Some(q) = &c.cue {
            assert_eq!(text.get(q.start..q.end), Some(q.text.as_str()));
        }
        for s in c.condition.iter().chain(&c.channel) {
            assert_eq!(text.get(s.start..s.end), Some(s.text.as_str()));
        }
        assert!((0.0..=1.0).contains(&c.checkworthiness));
    }
    for e in &report.entities {
        for m in &e.mentions {
            assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
        }
    }
});
