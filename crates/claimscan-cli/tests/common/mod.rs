//! Shared by the CLI tests: run the real binary, fixture texts, span checks.

#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The built `claimscan` binary.
pub fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimscan"));
    cmd.env_remove("NO_COLOR");
    cmd
}

/// Runs `claimscan ARGS` with `stdin` fed from another thread and waits for it.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn claimscan");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        // The child may stop reading early (a usage error); that is not a test failure.
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for claimscan");
    feeder.join().expect("stdin thread");
    out
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts exit status `code` and that nothing panicked.
pub fn assert_status(out: &Output, code: i32) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "panic: {err}");
    assert_eq!(
        out.status.code(),
        Some(code),
        "exit status; stderr: {err}\nstdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
}

pub fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s:.300}"))
}

pub fn json_lines(s: &str) -> Vec<Value> {
    s.lines().map(json).collect()
}

/// A temporary directory removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "claimscan-cli-{name}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    /// Writes `bytes` to `name` in the directory; returns the path as a string.
    pub fn file(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("write fixture");
        path.to_str().expect("UTF-8 temp path").to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A short news item with a headline, reported speech, curly quotes and a number.
pub const NEWS: &str = "Harbour Council Votes to Rebuild the Old Pier\n\n\
The council voted 7–2 on Tuesday to rebuild the pier, Mayor Ilse Brandt said. \
“We cannot let it rot any longer,” she told reporters outside the town hall.\n\n\
Engineers warned that the cost could double if the work is delayed past spring. \
According to a local fisherman, the pier has been unsafe since 2019.\n";

/// Emoji (astral, ZWJ sequences, flags), right-to-left scripts, combining marks and CRLF.
pub const EMOJI_RTL: &str = "Fans cheered 🎉🎉 as the home side won 3–1 on Sunday. \
The coach said, “It’s a new era for this club 🚀.”\r\n\
Officials in 🇪🇺 Brussels claimed that prices rose 5 % in 𝔸pril. \
הקבוצה ניצחה אתמול בערב. الفريق فاز أمس في المباراة النهائية.\r\n\
The café owner, José, said 👩‍👩‍👧 families were welcome again.";

/// Every common kind of quotation mark, apostrophes and nested quotes.
pub const QUOTES: &str = "'Single quotes are rarer,' the editor said. \
\"Straight double quotes are common,\" she added. \
«Les guillemets» appear in French copy, and „German quotes“ as well. \
The report's authors wrote that “the ‘core’ figures were sound.” \
It isn't clear whether the minister's ‘plan’ will survive.";

/// The fixtures above, with names.
pub const TEXTS: [(&str, &str); 3] = [("news", NEWS), ("emoji_rtl", EMOJI_RTL), ("quotes", QUOTES)];

/// Maps offsets in one unit to byte offsets of `text`: `table[i]` is the byte offset of
/// position `i`; positions inside a character (the second UTF-16 unit of a pair) are `None`.
pub fn offset_table(text: &str, unit: &str) -> Vec<Option<usize>> {
    let mut table = Vec::new();
    for (b, ch) in text.char_indices() {
        match unit {
            "char" => table.push(Some(b)),
            "utf16" => {
                table.push(Some(b));
                if ch.len_utf16() == 2 {
                    table.push(None);
                }
            }
            "byte" => {
                table.push(Some(b));
                table.extend(std::iter::repeat_n(None, ch.len_utf8() - 1));
            }
            other => panic!("unknown unit {other}"),
        }
    }
    table.push(Some(text.len()));
    table
}

/// `text` sliced at `start..end` in `table`'s unit, or an error naming what is wrong.
pub fn slice<'a>(
    text: &'a str,
    table: &[Option<usize>],
    start: u64,
    end: u64,
) -> Result<&'a str, String> {
    let at = |i: u64| -> Result<usize, String> {
        let i = usize::try_from(i).map_err(|e| e.to_string())?;
        match table.get(i) {
            Some(Some(b)) => Ok(*b),
            Some(None) => Err(format!("offset {i} is inside a character")),
            None => Err(format!("offset {i} is past the end ({})", table.len() - 1)),
        }
    };
    let (s, e) = (at(start)?, at(end)?);
    if s > e {
        return Err(format!("start {start} > end {end}"));
    }
    Ok(&text[s..e])
}

/// Checks every span in `report` against `input`: each `start`/`end` lies on a character boundary
/// inside the text, and each object with `start`, `end` and `text` has `text` equal to the input
/// slice. Returns the number of spans checked.
pub fn check_spans(report: &Value, input: &str) -> usize {
    let unit = report["offsets"].as_str().expect("offsets");
    let table = offset_table(input, unit);
    let mut errors = Vec::new();
    let mut count = 0;
    walk(report, "$", &mut |path, obj| {
        let (Some(start), Some(end)) = (
            obj.get("start").and_then(Value::as_u64),
            obj.get("end").and_then(Value::as_u64),
        ) else {
            return;
        };
        count += 1;
        match slice(input, &table, start, end) {
            Err(e) => errors.push(format!("{path}: {e}")),
            Ok(cut) => {
                if let Some(text) = obj.get("text").and_then(Value::as_str) {
                    if text != cut {
                        errors.push(format!(
                            "{path}: text {text:?} but input[{start}..{end}] ({unit}) is {cut:?}"
                        ));
                    }
                }
            }
        }
    });
    assert!(errors.is_empty(), "span errors:\n{}", errors.join("\n"));
    count
}

fn walk(v: &Value, path: &str, f: &mut dyn FnMut(&str, &serde_json::Map<String, Value>)) {
    match v {
        Value::Object(map) => {
            f(path, map);
            for (k, child) in map {
                walk(child, &format!("{path}.{k}"), f);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(child, &format!("{path}[{i}]"), f);
            }
        }
        _ => {}
    }
}

/// A minimal RFC 4180 reader for checking the CSV output.
pub fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
        } else {
            match c {
                '"' => quoted = true,
                ',' => row.push(std::mem::take(&mut field)),
                '\n' => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                _ => field.push(c),
            }
        }
    }
    assert!(!quoted, "unterminated quoted CSV field");
    assert!(
        field.is_empty() && row.is_empty(),
        "CSV does not end with a newline"
    );
    rows
}
