//! Copies the lexicons (`src/lexicons/*.txt`) into `OUT_DIR` without their comment lines, for
//! the non-test builds to embed: the headers say how each list was chosen and are for people
//! reading the files, not for the extractor (every reader skips them), and they are about 7 KB
//! of the web page's gzipped wasm. Test builds embed the files as written, so the tests can
//! check that every file has its header.
//!
//! It also compiles the quantity recogniser's digit shapes (`src/quantities/shapes.regex`) into
//! anchored dense DFAs with regex-automata (the regex crate's engine) and writes them to
//! `OUT_DIR/shapes/NAME.dfa`: the page then carries only the DFA search code and the tables,
//! not a regex parser and compiler (about 60 KB gzipped with the `regex` crate).

use std::fs;
use std::path::Path;

use regex_automata::dfa::{dense, StartKind};
use regex_automata::nfa::thompson;
use regex_automata::util::syntax;

fn shapes(out: &Path) {
    let src = Path::new("src/quantities/shapes.regex");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = fs::read_to_string(src).expect("read shapes.regex");
    let dir = out.join("shapes");
    fs::create_dir_all(&dir).expect("create OUT_DIR/shapes");
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, pattern) = line.split_once(" = ").expect("name = pattern");
        let dfa = dense::Builder::new()
            .configure(
                dense::Config::new()
                    .start_kind(StartKind::Anchored)
                    .minimize(true),
            )
            .syntax(syntax::Config::new().unicode(true).utf8(true))
            .thompson(thompson::Config::new().utf8(true))
            .build(pattern)
            .unwrap_or_else(|e| panic!("shape {name}: {e}"));
        let (bytes, pad) = dfa.to_bytes_little_endian();
        fs::write(dir.join(format!("{name}.dfa")), &bytes[pad..]).expect("write a shape");
    }
}

fn main() {
    let src = Path::new("src/lexicons");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    shapes(Path::new(&out_dir));
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
