//! Shared helpers for the workspace tests: a checker that holds a report against expectations
//! written the way a careful reader states them (the seed gold format).

mod gold;
mod quoted;

pub use gold::{
    check, checks, find_claim, load_article, ClaimExpect, DocExpect, EntityExpect, LowExpect,
    Outcome,
};
pub use quoted::{quotations, quoted_author_checks};

/// The team's own sample articles (`tests/corpus/*.txt`), as (file stem, text), sorted by name.
pub fn corpus() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/corpus exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let name = p
                .file_stem()
                .expect("a file name")
                .to_string_lossy()
                .to_string();
            (name, std::fs::read_to_string(p).expect("UTF-8 corpus file"))
        })
        .collect()
}

/// The team's own articles (`tests/corpus`) joined into one text of at least `bytes`, for
/// size benches and hostile-input tests.
pub fn news(bytes: usize) -> String {
    let joined = corpus()
        .into_iter()
        .map(|(_, t)| t)
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut out = String::with_capacity(bytes + joined.len());
    while out.len() < bytes {
        out.push_str(&joined);
        out.push_str("\n\n");
    }
    out
}
