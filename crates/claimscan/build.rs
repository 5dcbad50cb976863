//! Copies the lexicons (`src/lexicons/*.txt`) into `OUT_DIR` without their comment lines, for
//! the non-test builds to embed: the headers say how each list was chosen and are for people
//! reading the files, not for the extractor (every reader skips them), and they are about 7 KB
//! of the web page's gzipped wasm. Test builds embed the files as written, so the tests can
//! check that every file has its header.
//!
//! It also compiles the quantity recogniser's digit shapes (`src/quantities/shapes.regex`) into
//! anchored dense DFAs with regex-automata (the regex crate's engine) and writes each as a plain
//! transition table to `OUT_DIR/shapes.rs` (its states, its byte classes, which states end a
//! match): the page then carries a ten-line search loop and the tables, not a regex parser and
//! compiler (about 60 KB gzipped with the `regex` crate) nor regex-automata's DFA search and
//! validation code (about 13 KB before wasm-opt).
//!
//! And it writes the standard library's uppercase mapping (`char::to_uppercase`, of this same
//! toolchain) as runs of characters with one offset, to `OUT_DIR/upper.rs` for `src/case.rs`:
//! about 1,500 mappings in a few hundred runs, where the standard table holds every pair; and
//! the lowercase mapping (`char::to_lowercase`) the same way, with what `str::to_lowercase`'s
//! final-sigma rule reads: the case-ignorable characters, as ranges, and the cased characters
//! that are neither lowercase nor uppercase (the titlecase letters), both read off
//! `str::to_lowercase` itself.

// The build script reads the standard library's case mappings to write `case.rs`'s tables;
// `clippy.toml` keeps them out of the crate's own code only.
#![allow(clippy::disallowed_methods)]

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use regex_automata::dfa::{dense, Automaton, StartKind};
use regex_automata::nfa::thompson;
use regex_automata::util::primitives::StateID;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};

include!("src/quantities/shape_dfa.rs");

/// The DFA as a `Shape` (`src/quantities/shapes.rs`): its states from the anchored start, in
/// the order first reached, after state 0, the dead state; for each state its next state for
/// each byte class (bytes whose next states agree in every state share a class); its flags:
/// 1 when it is a match state (a match ended before the byte that led to it), 2 when its
/// end-of-input transition reaches a match state (a match ends at the end of the text).
fn shape_table(name: &str, dfa: &dense::DFA<Vec<u32>>) -> String {
    let start = dfa
        .start_state_forward(&Input::new("").anchored(Anchored::Yes))
        .expect("an anchored start state");
    let mut states: Vec<StateID> = vec![start];
    let mut index: HashMap<StateID, usize> = HashMap::from([(start, 1)]);
    let mut rows: Vec<[usize; 256]> = Vec::new();
    let mut flags: Vec<u8> = vec![0];
    let mut i = 0;
    while i < states.len() {
        let sid = states[i];
        let mut row = [0usize; 256];
        for (b, next) in row.iter_mut().enumerate() {
            let to = dfa.next_state(sid, b as u8);
            assert!(!dfa.is_quit_state(to), "shape {name}: a quit state");
            if dfa.is_dead_state(to) {
                continue;
            }
            *next = *index.entry(to).or_insert_with(|| {
                states.push(to);
                states.len()
            });
        }
        rows.push(row);
        let eoi = dfa.next_eoi_state(sid);
        flags.push(u8::from(dfa.is_match_state(sid)) | u8::from(dfa.is_match_state(eoi)) << 1);
        i += 1;
    }
    assert!(states.len() < 256, "shape {name}: more than 255 states");
    // The byte classes: bytes with the same next state from every state.
    let mut columns: Vec<Vec<usize>> = Vec::new();
    let mut first_bytes: Vec<usize> = Vec::new();
    let mut classes = [0u8; 256];
    for (b, class) in classes.iter_mut().enumerate() {
        let column: Vec<usize> = rows.iter().map(|r| r[b]).collect();
        let c = match columns.iter().position(|c| *c == column) {
            Some(c) => c,
            None => {
                columns.push(column);
                first_bytes.push(b);
                columns.len() - 1
            }
        };
        *class = c as u8;
    }
    let width = columns.len();
    // State 0 (dead) goes nowhere; then each state's row by class.
    let mut next = vec![0usize; width];
    for row in &rows {
        next.extend(first_bytes.iter().map(|&b| row[b]));
    }
    format!(
        "static {}: Shape = Shape {{\n    width: {width},\n    classes: {classes:?},\n    next: &{next:?},\n    flags: &{flags:?},\n}};\n",
        name.to_uppercase()
    )
}

fn shapes(out: &Path) {
    let src = Path::new("src/quantities/shapes.regex");
    println!("cargo:rerun-if-changed={}", src.display());
    println!("cargo:rerun-if-changed=src/quantities/shape_dfa.rs");
    let text = fs::read_to_string(src).expect("read shapes.regex");
    let mut rs = String::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, pattern) = line.split_once(" = ").expect("name = pattern");
        rs.push_str(&shape_table(name, &shape_dfa(name, pattern)));
    }
    fs::write(out.join("shapes.rs"), rs).expect("write shapes.rs");
}

/// `{NAME}_RUNS`: one `u64` per run of characters `first, first + step, …` (`count` of them)
/// that `map` sends to themselves plus `delta`: `first | count << 21 | (step - 1) << 31 |
/// delta << 32` (delta as i32). `{NAME}_MULTI`: a character and the two or three it maps to
/// (then 0s).
fn case_runs(name: &str, map: impl Fn(char) -> Vec<char>) -> String {
    let mut singles: Vec<(u32, i64)> = Vec::new();
    let mut multi: Vec<[u32; 4]> = Vec::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let u = map(c);
        if u.len() == 1 && u[0] != c {
            singles.push((c as u32, i64::from(u[0] as u32) - i64::from(c as u32)));
        } else if u.len() > 1 {
            assert!(u.len() <= 3, "{c:?} maps to {} characters", u.len());
            let mut row = [c as u32, 0, 0, 0];
            for (i, x) in u.iter().enumerate() {
                row[i + 1] = *x as u32;
            }
            multi.push(row);
        }
    }
    let mut runs: Vec<u64> = Vec::new();
    let mut i = 0;
    while i < singles.len() {
        let (first, delta) = singles[i];
        let step = match singles.get(i + 1) {
            Some(&(c, d)) if d == delta && c - first <= 2 => c - first,
            _ => 1,
        };
        let mut count = 1;
        while let Some(&(c, d)) = singles.get(i + count) {
            if d != delta || c != first + step * count as u32 || count == 1023 {
                break;
            }
            count += 1;
        }
        assert!(i32::try_from(delta).is_ok());
        runs.push(
            u64::from(first)
                | (count as u64) << 21
                | u64::from(step - 1) << 31
                | u64::from(delta as i32 as u32) << 32,
        );
        i += count;
    }
    let mut src = format!("static {name}_RUNS: [u64; {}] = [\n", runs.len());
    for r in &runs {
        src.push_str(&format!("    {r:#x},\n"));
    }
    src.push_str(&format!(
        "];\nstatic {name}_MULTI: [[u32; 4]; {}] = [\n",
        multi.len()
    ));
    for m in &multi {
        src.push_str(&format!("    {m:?},\n"));
    }
    src.push_str("];\n");
    src
}

/// What `str::to_lowercase`'s final-sigma rule reads of a character, read off its output: a
/// capital sigma is final after a cased character, skipping case-ignorable ones, so after
/// "A" + c it is final when c is case-ignorable or cased, and after "1" + c when c is cased
/// and not case-ignorable. `CASE_IGNORABLE`: ranges, `first | (count - 1) << 21`.
/// `TITLECASE`: the cased characters (not case-ignorable) that are neither
/// `char::is_lowercase` nor `char::is_uppercase`.
fn sigma_context() -> String {
    let final_after = |before: &str, c: char| {
        format!("{before}{c}\u{3a3}")
            .to_lowercase()
            .ends_with('\u{3c2}')
    };
    let mut ignorable: Vec<u32> = Vec::new();
    let mut title: Vec<u32> = Vec::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let ignorable_or_cased = final_after("A", c);
        let cased_not_ignorable = final_after("1", c);
        if ignorable_or_cased && !cased_not_ignorable {
            ignorable.push(c as u32);
        } else if cased_not_ignorable && !c.is_lowercase() && !c.is_uppercase() {
            title.push(c as u32);
        } else if !cased_not_ignorable {
            assert!(
                !c.is_lowercase() && !c.is_uppercase(),
                "{c:?}: lowercase but not cased"
            );
        }
    }
    let mut ranges: Vec<u32> = Vec::new();
    let mut i = 0;
    while i < ignorable.len() {
        let first = ignorable[i];
        let mut count = 1;
        while i + count < ignorable.len()
            && ignorable[i + count] == first + count as u32
            && count < 2048
        {
            count += 1;
        }
        ranges.push(first | ((count as u32 - 1) << 21));
        i += count;
    }
    format!(
        "static CASE_IGNORABLE: [u32; {}] = {ranges:?};\nstatic TITLECASE: [u32; {}] = {title:?};\n",
        ranges.len(),
        title.len()
    )
}

fn upper(out: &Path) {
    let mut src = case_runs("UPPER", |c| c.to_uppercase().collect());
    src.push_str(&case_runs("LOWER", |c| c.to_lowercase().collect()));
    src.push_str(&sigma_context());
    fs::write(out.join("upper.rs"), src).expect("write upper.rs");
}

fn main() {
    let src = Path::new("src/lexicons");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    shapes(Path::new(&out_dir));
    upper(Path::new(&out_dir));
    let out = Path::new(&out_dir).join("lexicons");
    fs::create_dir_all(&out).expect("create OUT_DIR/lexicons");
    println!("cargo:rerun-if-changed=src/lexicons");
    let mut names: Vec<_> = fs::read_dir(src)
        .expect("read src/lexicons")
        .map(|e| e.expect("lexicon entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for path in names {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("read a lexicon");
        let mut kept = String::with_capacity(text.len());
        for line in text.lines() {
            if !line.trim_start().starts_with('#') {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        let name = path.file_name().expect("a file name");
        fs::write(out.join(name), kept).expect("write a lexicon");
    }
}
