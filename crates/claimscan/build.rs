//! Copies the lexicons (`src/lexicons/*.txt`) into `OUT_DIR` without their comment lines, for
//! the non-test builds to embed: the headers say how each list was chosen and are for people
//! reading the files, not for the extractor (every reader skips them), and they are about 7 KB
//! of the web page's gzipped wasm. Test builds embed the files as written, so the tests can
//! check that every file has its header.

use std::fs;
use std::path::Path;

fn main() {
    let src = Path::new("src/lexicons");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicons");
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
