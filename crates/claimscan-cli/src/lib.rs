//! The parts of the `claimscan` command that are tested and fuzzed on their own: the JSONL
//! reader and the ordered parallel map that streams documents through the extractor.

pub mod jsonl;
pub mod ordered;
