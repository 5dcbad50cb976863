//! The CLI's JSONL reader on any bytes: no panic; the lines it yields are numbered in order,
//! account for every byte read, and each document's text is exactly what a JSON parser finds.
#![no_main]

use claimscan_cli::jsonl::{parse_object, Reader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut last = 0;
    let mut bytes = 0;
    for line in Reader::new(data) {
        let line = line.expect("reading a slice does not fail");
        assert!(line.number > last);
        last = line.number;
        bytes += line.bytes;
        if let Ok(doc) = &line.doc {
            let raw = data
                .split(|&b| b == b'\n')
                .nth(line.number - 1)
                .expect("the line");
            assert_eq!(
                parse_object(raw).map(|(_, text)| text).as_ref(),
                Ok(&doc.text)
            );
        }
    }
    // Blank lines at the end are read but belong to no line.
    let trailing = data
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    assert!(bytes as usize <= data.len() && bytes as usize + trailing >= data.len());
});
