//! The JSONL reader of `claimscan extract --input jsonl`: one `{"id", "text"}` object per line.
//!
//! [`Reader`] streams lines from any [`BufRead`], one line in memory at a time, so a file of any
//! size is read in bounded memory (bounded by its longest line). Blank lines are skipped; a line
//! that is not a document is an `Err` in its place, with a message that says why.

use std::io::{self, BufRead};

/// One document: the optional id and the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doc {
    pub id: Option<String>,
    pub text: String,
}

/// One non-blank line of input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the input.
    pub number: usize,
    /// Bytes consumed since the previous [`Line`], blank lines before it included.
    pub bytes: u64,
    /// The document, or what is wrong with the line.
    pub doc: Result<Doc, String>,
}

/// The non-blank lines of a JSONL input, in order. After a read error it yields that error
/// once and then ends.
pub struct Reader<R> {
    inner: R,
    number: usize,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> Reader<R> {
    pub fn new(inner: R) -> Reader<R> {
        Reader {
            inner,
            number: 0,
            buf: Vec::new(),
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = io::Result<Line>;

    fn next(&mut self) -> Option<io::Result<Line>> {
        let mut bytes = 0u64;
        while !self.done {
            self.buf.clear();
            match self.inner.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(n) => {
                    bytes += n as u64;
                    self.number += 1;
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let doc = parse_object(&self.buf).map(|(id, text)| Doc { id, text });
                    // A long line's buffer is not kept for the next, short ones.
                    if self.buf.capacity() > 1 << 20 {
                        self.buf = Vec::new();
                    }
                    return Some(Ok(Line {
                        number: self.number,
                        bytes,
                        doc,
                    }));
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

/// `{"id": string|number|null (optional), "text": string}`; other fields are ignored. A trailing
/// `\n` or `\r\n` is allowed.
pub fn parse_object(raw: &[u8]) -> Result<(Option<String>, String), String> {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    let line = std::str::from_utf8(raw)
        .map_err(|e| format!("not valid UTF-8 at byte {} of the line", e.valid_up_to()))?;
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let serde_json::Value::Object(mut object) = value else {
        return Err(format!(
            "expected an object with a string \"text\", got {}",
            json_kind(&value)
        ));
    };
    let id = match object.remove("id") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        Some(other) => {
            return Err(format!(
                "\"id\" must be a string, a number or null, got {}",
                json_kind(&other)
            ))
        }
    };
    match object.remove("text") {
        Some(serde_json::Value::String(text)) => Ok((id, text)),
        None => Err("missing \"text\"".to_string()),
        Some(other) => Err(format!(
            "\"text\" must be a string, got {}",
            json_kind(&other)
        )),
    }
}

fn json_kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_object_accepts_and_rejects() {
        assert_eq!(
            parse_object(br#"{"id":"a","text":"Hi."}"#),
            Ok((Some("a".into()), "Hi.".into()))
        );
        assert_eq!(
            parse_object(b"{\"id\":7,\"text\":\"\"}\r\n"),
            Ok((Some("7".into()), String::new()))
        );
        assert_eq!(parse_object(br#"{"text":"x"}"#), Ok((None, "x".into())));
        assert!(parse_object(br#"{"id":"a"}"#)
            .unwrap_err()
            .contains("missing"));
        assert!(parse_object(br#"{"text":3}"#)
            .unwrap_err()
            .contains("must be a string"));
        assert!(parse_object(br#"{"id":[],"text":""}"#).is_err());
        assert!(parse_object(b"[1]").unwrap_err().contains("an array"));
        assert!(parse_object(b"{nope")
            .unwrap_err()
            .starts_with("invalid JSON"));
        assert!(parse_object(b"{\"text\":\"\xff\"}")
            .unwrap_err()
            .contains("byte 9"));
    }

    #[test]
    fn reader_numbers_lines_skips_blanks_and_counts_bytes() {
        let input =
            b"{\"text\":\"a\"}\n\n  \r\n{\"id\":1,\"text\":\"b\"}\r\nnope\n{\"text\":\"c\"}";
        let lines: Vec<Line> = Reader::new(&input[..]).map(Result::unwrap).collect();
        let numbers: Vec<usize> = lines.iter().map(|l| l.number).collect();
        assert_eq!(numbers, [1, 4, 5, 6]);
        assert_eq!(
            lines.iter().map(|l| l.bytes).sum::<u64>(),
            input.len() as u64
        );
        assert_eq!(
            lines[1].doc,
            Ok(Doc {
                id: Some("1".into()),
                text: "b".into()
            })
        );
        assert!(lines[2].doc.is_err());
        assert_eq!(lines[3].doc.as_ref().unwrap().text, "c");
    }

    #[test]
    fn reader_stops_after_a_read_error() {
        struct Failing;
        impl io::Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("disk on fire"))
            }
        }
        let mut r = Reader::new(io::BufReader::new(Failing));
        assert!(r.next().unwrap().is_err());
        assert!(r.next().is_none());
    }
}
