//! Reading the common JSONL formats of `../shared/data` (see its README).
//!
//! A record is kept as a `serde_json::Value`; the task runners read the fields they need with the
//! helpers here, which accept a field serialised as a JSON string as well as the value itself
//! (some converted sets store lists as strings).

use serde_json::Value;
use std::path::Path;

/// One line of a JSONL file.
#[derive(Clone, Debug)]
pub struct Record {
    /// 1-based line number in the file.
    pub line: usize,
    pub value: Value,
}

/// Which records to evaluate.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    /// Keep records whose `split` equals this.
    pub split: Option<String>,
    /// Keep records where every `key` has `value` (compared as text: `true`, `3`, `name`).
    pub filters: Vec<(String, String)>,
    /// Keep at most this many (after the other filters).
    pub limit: Option<usize>,
}

impl Selection {
    /// Parse a `KEY=VALUE` filter.
    pub fn parse_filter(s: &str) -> Result<(String, String), String> {
        match s.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_string(), v.to_string())),
            _ => Err(format!("bad filter {s:?}: expected KEY=VALUE")),
        }
    }

    /// True when `v` passes the split and the filters.
    pub fn keeps(&self, v: &Value) -> bool {
        if let Some(split) = &self.split {
            if v.get("split").and_then(Value::as_str) != Some(split.as_str()) {
                return false;
            }
        }
        self.filters
            .iter()
            .all(|(k, want)| v.get(k).is_some_and(|got| value_as_text(got) == *want))
    }
}

/// A JSON scalar as the text a user would type: strings unquoted, `true`, `3`, `null`.
pub fn value_as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Read a JSONL file and keep the selected records. Blank lines are skipped; a line that is not
/// JSON is an error naming the line.
pub fn read_jsonl(path: &Path, sel: &Selection) -> Result<Vec<Record>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse_jsonl(&text, sel).map_err(|e| format!("{}: {e}", path.display()))
}

/// [`read_jsonl`] on text.
pub fn parse_jsonl(text: &str, sel: &Selection) -> Result<Vec<Record>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if sel.limit.is_some_and(|n| out.len() >= n) {
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        let value: Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: bad JSON: {e}", i + 1))?;
        if sel.keeps(&value) {
            out.push(Record { line: i + 1, value });
        }
    }
    Ok(out)
}

/// The field `key`, with a JSON string holding a list or object parsed into its value.
pub fn field(v: &Value, key: &str) -> Option<Value> {
    let f = v.get(key)?;
    Some(decode(f))
}

/// A value, or the JSON it holds when it is a string that starts like a list or an object.
pub fn decode(f: &Value) -> Value {
    if let Value::String(s) = f {
        let t = s.trim_start();
        if t.starts_with('[') || t.starts_with('{') {
            if let Ok(inner) = serde_json::from_str::<Value>(s) {
                return inner;
            }
        }
    }
    f.clone()
}

/// A `[start, end]` pair of non-negative integers.
pub fn interval(v: &Value) -> Option<(usize, usize)> {
    let a = decode(v);
    let a = a.as_array()?;
    if a.len() != 2 {
        return None;
    }
    let s = as_index(&a[0])?;
    let e = as_index(&a[1])?;
    Some((s, e))
}

fn as_index(v: &Value) -> Option<usize> {
    match v {
        Value::Number(n) => n.as_u64().map(|x| x as usize),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// The intervals of `prefix_fragments`, or else the single `prefix` interval; empty when absent.
pub fn fragments(v: &Value, prefix: &str) -> Vec<(usize, usize)> {
    if let Some(Value::Array(list)) = field(v, &format!("{prefix}_fragments")) {
        let out: Vec<_> = list.iter().filter_map(interval).collect();
        if !out.is_empty() {
            return out;
        }
    }
    v.get(prefix).and_then(interval).into_iter().collect()
}

/// A boolean field, accepting `true`, `"true"`, `1`; `None` when absent or null.
pub fn boolean(v: &Value, key: &str) -> Option<bool> {
    match v.get(key)? {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => Some(n.as_f64() != Some(0.0)),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => Some(true),
            "false" | "no" | "0" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// A string field, numbers rendered as text.
pub fn text(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::Null => None,
        other => Some(value_as_text(other)),
    }
}

/// A list of strings (possibly serialised as a JSON string).
pub fn strings(v: &Value, key: &str) -> Option<Vec<String>> {
    let list = field(v, key)?;
    Some(
        list.as_array()?
            .iter()
            .map(|x| match x {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect(),
    )
}

/// A record's id for error reports: `doc_id`, else `id`, else the line number.
pub fn record_id(r: &Record) -> String {
    text(&r.value, "doc_id")
        .or_else(|| text(&r.value, "id"))
        .unwrap_or_else(|| format!("line {}", r.line))
}

/// True for a file that does not exist (the evaluation data is not part of the repository).
pub fn is_missing(path: &Path) -> bool {
    !path.exists()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_lines_with_filters_split_and_limit() {
        let text = "{\"split\":\"a\",\"k\":true}\n\n{\"split\":\"b\",\"k\":true}\n{\"split\":\"a\",\"k\":false}\n{\"split\":\"a\",\"k\":true}\n";
        let sel = Selection {
            split: Some("a".into()),
            filters: vec![Selection::parse_filter("k=true").unwrap()],
            limit: None,
        };
        let r = parse_jsonl(text, &sel).unwrap();
        assert_eq!(r.iter().map(|r| r.line).collect::<Vec<_>>(), vec![1, 5]);
        let sel = Selection {
            limit: Some(2),
            ..Default::default()
        };
        assert_eq!(parse_jsonl(text, &sel).unwrap().len(), 2);
        assert!(parse_jsonl("{bad\n", &Selection::default())
            .unwrap_err()
            .contains("line 1"));
        assert!(Selection::parse_filter("nokey").is_err());
    }

    #[test]
    fn fields_serialised_as_strings_are_decoded() {
        let v = json!({
            "attributions": "[{\"content\": [1, 4]}]",
            "content_fragments": "[[1, 2], [3, 4]]",
            "content": [1, 4],
            "source": null,
            "flag": "true",
        });
        let atts = field(&v, "attributions").unwrap();
        assert_eq!(interval(&atts[0]["content"]), Some((1, 4)));
        assert_eq!(fragments(&v, "content"), vec![(1, 2), (3, 4)]);
        assert!(fragments(&v, "source").is_empty());
        assert_eq!(boolean(&v, "flag"), Some(true));
        assert_eq!(boolean(&v, "source"), None);
    }
}
