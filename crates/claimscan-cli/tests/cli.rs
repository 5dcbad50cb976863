//! `claimscan extract` end to end: every test runs the real binary.

mod common;

use std::io::{Read, Write};
use std::process::Stdio;

use common::*;
use serde_json::Value;

#[test]
fn default_format_is_json_when_piped() {
    let out = run(&["extract"], NEWS.as_bytes());
    assert_status(&out, 0);
    let report = json(&stdout(&out));
    assert_eq!(report["schema"], "claimscan/1.1");
    assert_eq!(report["id"], Value::Null);
    assert_eq!(report["offsets"], "char");
    assert!(!report["sentences"].as_array().unwrap().is_empty());
    assert!(!report["claims"].as_array().unwrap().is_empty());
    check_spans(&report, NEWS);
}

#[test]
fn json_for_one_file_is_an_object_for_several_an_array() {
    let dir = TempDir::new("json");
    let a = dir.file("a.txt", NEWS.as_bytes());
    let b = dir.file("b.txt", QUOTES.as_bytes());

    let out = run(&["extract", "--format", "json", &a], b"");
    assert_status(&out, 0);
    let report = json(&stdout(&out));
    assert_eq!(report["id"], a.as_str());
    check_spans(&report, NEWS);

    let out = run(
        &["extract", "--format", "json", &a, &b, "-"],
        EMOJI_RTL.as_bytes(),
    );
    assert_status(&out, 0);
    let reports = json(&stdout(&out));
    let reports = reports.as_array().expect("array");
    let ids: Vec<&Value> = reports.iter().map(|r| &r["id"]).collect();
    assert_eq!(
        ids,
        [
            &Value::from(a.as_str()),
            &Value::from(b.as_str()),
            &Value::Null
        ]
    );
    check_spans(&reports[0], NEWS);
    check_spans(&reports[1], QUOTES);
    check_spans(&reports[2], EMOJI_RTL);
}

#[test]
fn stdin_when_no_file_or_dash() {
    for args in [
        &["extract", "-f", "jsonl"][..],
        &["extract", "-f", "jsonl", "-"][..],
    ] {
        let out = run(args, QUOTES.as_bytes());
        assert_status(&out, 0);
        let reports = json_lines(&stdout(&out));
        assert_eq!(reports.len(), 1, "{args:?}");
        assert_eq!(reports[0]["id"], Value::Null);
        check_spans(&reports[0], QUOTES);
    }
}

#[test]
fn jsonl_output_is_one_report_per_input_in_order() {
    let dir = TempDir::new("jsonl-out");
    let files: Vec<String> = TEXTS
        .iter()
        .map(|(name, text)| dir.file(&format!("{name}.txt"), text.as_bytes()))
        .collect();
    let mut args = vec!["extract", "--format", "jsonl", "--jobs", "2"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args, b"");
    assert_status(&out, 0);
    let reports = json_lines(&stdout(&out));
    assert_eq!(reports.len(), 3);
    for ((report, path), (_, text)) in reports.iter().zip(&files).zip(TEXTS) {
        assert_eq!(report["id"], path.as_str());
        check_spans(report, text);
    }
}

#[test]
fn every_offset_unit_slices_the_input() {
    for unit in ["char", "utf16", "byte"] {
        for (name, text) in TEXTS {
            let out = run(
                &["extract", "--format", "json", "--offsets", unit],
                text.as_bytes(),
            );
            assert_status(&out, 0);
            let report = json(&stdout(&out));
            assert_eq!(report["offsets"], unit);
            let spans = check_spans(&report, text);
            assert!(spans > 0, "{name} {unit}: no spans");
        }
    }
}

#[test]
fn offsets_differ_by_unit_after_an_emoji() {
    // "🎉" is 1 char, 2 UTF-16 units, 4 bytes: a sentence after it starts at different offsets.
    let text = "Fans cheered 🎉 loudly. The match ended late.";
    let start_of_second = |unit: &str| {
        let out = run(&["extract", "--offsets", unit], text.as_bytes());
        assert_status(&out, 0);
        let report = json(&stdout(&out));
        check_spans(&report, text);
        report["sentences"][1]["start"]
            .as_u64()
            .expect("two sentences")
    };
    let c = start_of_second("char");
    assert_eq!(start_of_second("utf16"), c + 1);
    assert_eq!(start_of_second("byte"), c + 3);
}

#[test]
fn text_format_is_readable_and_plain_when_piped() {
    let out = run(&["extract", "--format", "text"], NEWS.as_bytes());
    assert_status(&out, 0);
    let text = stdout(&out);
    assert!(text.starts_with("== <stdin> =="), "{text}");
    assert!(text.contains("c1 "), "{text}");
    assert!(text.contains("content"), "{text}");
    assert!(text.contains("reasons"), "{text}");
    // The reasons in words come before their codes.
    let why = text.find("    why\n").expect("a why block");
    assert!(why < text.find("    reasons\n").unwrap(), "{text}");
    assert!(text.contains("      - Check-worthiness: "), "{text}");
    assert!(!text.contains('\x1b'), "no colours when piped");

    let out = run(
        &["extract", "--format", "text", "--color", "always"],
        NEWS.as_bytes(),
    );
    assert_status(&out, 0);
    assert!(
        stdout(&out).contains("\x1b["),
        "colours with --color always"
    );
}

#[test]
fn csv_has_a_header_and_one_row_per_claim() {
    let dir = TempDir::new("csv");
    let a = dir.file("a,b.txt", QUOTES.as_bytes());
    let out = run(&["extract", "--format", "csv", &a, "-"], NEWS.as_bytes());
    assert_status(&out, 0);
    let rows = parse_csv(&stdout(&out));
    assert_eq!(
        rows[0],
        [
            "doc_id",
            "claim_id",
            "attribution",
            "source",
            "source_name",
            "role",
            "cue",
            "text",
            "start",
            "end",
            "checkworthiness",
            "checkworthy",
            "category",
            "hedges",
            "condition",
            "certainty",
            "quantities"
        ]
    );
    // The rows agree with the JSON reports, claim by claim.
    let reports = json(&stdout(&run(
        &["extract", "--format", "json", &a, "-"],
        NEWS.as_bytes(),
    )));
    let claims: Vec<(&Value, &Value)> = reports
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| {
            r["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |c| (&r["id"], c))
        })
        .collect();
    assert_eq!(rows.len() - 1, claims.len());
    for (row, (doc_id, claim)) in rows[1..].iter().zip(&claims) {
        assert_eq!(row.len(), 17);
        assert_eq!(row[0], doc_id.as_str().unwrap_or(""));
        assert_eq!(row[1], claim["id"].as_str().unwrap());
        assert_eq!(row[2], claim["attribution"].as_str().unwrap());
        assert_eq!(row[7], claim["text"].as_str().unwrap());
        assert_eq!(row[8], claim["start"].to_string());
        assert_eq!(row[9], claim["end"].to_string());
        assert_eq!(row[11], claim["checkworthy"].to_string());
        assert_eq!(row[12], claim["category"].as_str().unwrap());
        assert_eq!(row[15], claim["certainty"].as_str().unwrap());
    }
}

#[test]
fn csv_and_markdown_show_each_claims_quantities() {
    let text = "The port moved 560,000 containers last year, the harbour master said. \
                She said the new quay will cost $412 million over three years.";
    let out = run(&["extract", "--format", "csv"], text.as_bytes());
    assert_status(&out, 0);
    let rows = parse_csv(&stdout(&out));
    let col = rows[0].iter().position(|h| h == "quantities").unwrap();
    let cells: Vec<&str> = rows[1..].iter().map(|r| r[col].as_str()).collect();
    let all = cells.join(" | ");
    for want in [
        "560,000 containers=560000 containers",
        "last year=-1 years",
        "$412 million=412000000 USD",
        "over three years=3 years",
    ] {
        assert!(all.contains(want), "{want:?} not in {all:?}");
    }
    let out = run(&["extract", "--format", "markdown"], text.as_bytes());
    assert_status(&out, 0);
    let md = stdout(&out);
    assert!(md.contains("\\$412 million=412000000 USD"), "{md}");
}

#[test]
fn csv_quotes_fields_with_commas_quotes_and_newlines() {
    let text = "He said \"yes, maybe\" to the plan, twice.";
    let out = run(&["extract", "--format", "csv"], text.as_bytes());
    assert_status(&out, 0);
    let rows = parse_csv(&stdout(&out));
    assert!(rows.len() >= 2, "{rows:?}");
    let texts: String = rows[1..]
        .iter()
        .map(|r| r[7].as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(texts.contains("\"yes, maybe\""), "{texts}");
}

#[test]
fn markdown_is_a_table_per_document() {
    let dir = TempDir::new("md");
    let a = dir.file("a.txt", NEWS.as_bytes());
    let b = dir.file("b.txt", b"");
    let out = run(&["extract", "--format", "markdown", &a, &b], b"");
    assert_status(&out, 0);
    let md = stdout(&out);
    assert_eq!(
        md.matches("\n## ").count() + usize::from(md.starts_with("## ")),
        2,
        "{md}"
    );
    assert!(md.contains("| Claim | Attribution | Source |"), "{md}");
    assert!(md.contains("_No claims._"), "{md}");
    // Every table row has the header's number of cells: no text broke out of its cell.
    for line in md.lines().filter(|l| l.starts_with("| ")) {
        let cells = line.replace("\\|", "").matches('|').count();
        assert_eq!(cells, 13, "{line}");
    }
}

#[test]
fn jsonl_input_echoes_ids_in_order_with_jobs() {
    let sentences = [
        "The bridge reopened on Monday.",
        "Officials said traffic would ease by June.",
        "“It was worth the wait,” a commuter said.",
        "Nobody knows 🤷 what the repairs cost.",
        "שלום and السلام both mean peace.",
    ];
    let mut input = String::new();
    let n = 700; // more than one chunk of lines
    for i in 0..n {
        let text = sentences[i % sentences.len()].repeat(1 + i % 3);
        let line = serde_json::json!({ "id": format!("doc-{i:04}"), "text": text, "extra": i });
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let out = run(
        &["extract", "--input", "jsonl", "--jobs", "4"],
        input.as_bytes(),
    );
    assert_status(&out, 0);
    let reports = json_lines(&stdout(&out));
    assert_eq!(reports.len(), n);
    for (i, (report, line)) in reports.iter().zip(input.lines()).enumerate() {
        assert_eq!(report["id"], format!("doc-{i:04}"));
        check_spans(report, json(line)["text"].as_str().unwrap());
    }
    // Same output with one job: parallelism changes nothing.
    let one = run(
        &["extract", "--input", "jsonl", "--jobs", "1"],
        input.as_bytes(),
    );
    assert_eq!(one.stdout, out.stdout);
}

#[test]
fn jsonl_input_numeric_and_missing_ids() {
    let input = "{\"id\": 7, \"text\": \"Seven is a number.\"}\r\n{\"text\": \"No id.\"}\n\n";
    let out = run(&["extract", "--input", "jsonl"], input.as_bytes());
    assert_status(&out, 0);
    let reports = json_lines(&stdout(&out));
    assert_eq!(reports.len(), 2, "blank lines are skipped");
    assert_eq!(reports[0]["id"], "7");
    assert_eq!(reports[1]["id"], Value::Null);
}

#[test]
fn invalid_jsonl_lines_become_errors_in_place() {
    let input = [
        r#"{"id": "a", "text": "The first line is fine."}"#,
        r#"{"id": "b", "text": "So is the second."}"#,
        r#"{"id": "c", "text": "unterminated"#,
        r#"{"id": "d", "text": "The fourth is fine."}"#,
        r#"{"id": "e"}"#,
        r#"{"id": "f", "text": 42}"#,
        r#"["not", "an", "object"]"#,
        r#"{"id": "h", "text": "The last is fine."}"#,
    ]
    .join("\n");
    let out = run(
        &["extract", "--input", "jsonl", "--jobs", "4"],
        input.as_bytes(),
    );
    assert_status(&out, 1);
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 8, "one output line per input line");
    for (i, id) in [(0, "a"), (1, "b"), (3, "d"), (7, "h")] {
        assert_eq!(lines[i]["id"], id);
        assert_eq!(lines[i]["schema"], "claimscan/1.1");
    }
    for i in [2, 4, 5, 6] {
        let obj = lines[i].as_object().expect("error object");
        assert_eq!(obj.len(), 2, "{obj:?}");
        assert_eq!(obj["line"], i + 1);
        assert!(obj["error"].as_str().is_some_and(|e| !e.is_empty()));
    }
    assert!(lines[4]["error"].as_str().unwrap().contains("text"));
    assert!(lines[5]["error"].as_str().unwrap().contains("string"));
    let err = stderr(&out);
    assert!(err.contains(":3:") && err.contains(":5:"), "{err}");
}

#[test]
fn invalid_jsonl_line_in_json_array_and_text() {
    let input = "{\"text\": \"Fine.\"}\nnot json\n";
    let out = run(
        &["extract", "--input", "jsonl", "--format", "json"],
        input.as_bytes(),
    );
    assert_status(&out, 1);
    let all = json(&stdout(&out));
    let all = all.as_array().expect("array");
    assert_eq!(all.len(), 2);
    assert_eq!(all[1]["line"], 2);

    let out = run(
        &["extract", "--input", "jsonl", "--format", "text"],
        input.as_bytes(),
    );
    assert_status(&out, 1);
    assert!(stdout(&out).contains("line 2: error:"), "{}", stdout(&out));
}

#[test]
fn non_utf8_file_is_named_with_its_byte_offset() {
    let dir = TempDir::new("utf8");
    let bad = dir.file("bad.txt", b"Good start. \xff then bad.");
    let good = dir.file("good.txt", NEWS.as_bytes());
    let out = run(&["extract", "--format", "jsonl", &bad, &good], b"");
    assert_status(&out, 1);
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{bad}: not valid UTF-8 at byte 12")),
        "{err}"
    );
    let reports = json_lines(&stdout(&out));
    assert_eq!(reports.len(), 1, "the good file is still processed");
    assert_eq!(reports[0]["id"], good.as_str());
}

#[test]
fn non_utf8_jsonl_line_is_an_error_in_place() {
    let input = b"{\"text\": \"ok\"}\n{\"text\": \"caf\xe9\"}\n{\"text\": \"ok again\"}\n";
    let out = run(&["extract", "--input", "jsonl"], input);
    assert_status(&out, 1);
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("UTF-8"));
}

#[test]
fn missing_file_is_reported_and_others_go_on() {
    let dir = TempDir::new("missing");
    let good = dir.file("good.txt", QUOTES.as_bytes());
    let missing = dir.0.join("nope.txt");
    let missing = missing.to_str().unwrap();
    let out = run(&["extract", "--format", "jsonl", missing, &good], b"");
    assert_status(&out, 1);
    assert!(stderr(&out).contains(missing), "{}", stderr(&out));
    assert_eq!(json_lines(&stdout(&out)).len(), 1);
}

#[test]
fn usage_errors_exit_2_with_help() {
    for args in [
        &["extract", "--format", "xml"][..],
        &["extract", "--offsets", "furlong"],
        &["extract", "--input", "csv"],
        &["extract", "--jobs", "0"],
        &["extract", "--jobs", "many"],
        &["extract", "--threshold", "1.5"],
        &["extract", "--threshold", "-0.1"],
        &["extract", "--threshold", "NaN"],
        &["extract", "--no-such-flag"],
        &["no-such-command"],
        &[],
    ] {
        let out = run(args, b"");
        assert_status(&out, 2);
        assert!(out.stdout.is_empty(), "{args:?}: nothing on stdout");
        let err = stderr(&out);
        assert!(
            err.contains("Usage:") && err.contains("--help"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn threshold_decides_checkworthy() {
    for t in ["0", "0.5", "1"] {
        let out = run(&["extract", "--threshold", t], NEWS.as_bytes());
        assert_status(&out, 0);
        let report = json(&stdout(&out));
        let claims = report["claims"].as_array().unwrap();
        assert!(!claims.is_empty());
        let t: f64 = t.parse().unwrap();
        for c in claims {
            let score = c["checkworthiness"].as_f64().unwrap();
            assert_eq!(c["checkworthy"], score >= t, "threshold {t}: {c}");
        }
    }
}

#[test]
fn empty_input_gives_an_empty_report() {
    for input in [&b""[..], b"   \n\n  "] {
        let out = run(&["extract"], input);
        assert_status(&out, 0);
        let report = json(&stdout(&out));
        assert_eq!(report["claims"], serde_json::json!([]));
        assert_eq!(report["schema"], "claimscan/1.1");
    }
    for format in ["text", "jsonl", "csv", "markdown"] {
        let out = run(&["extract", "--format", format], b"");
        assert_status(&out, 0);
    }
    let out = run(&["extract", "--format", "csv"], b"");
    assert_eq!(stdout(&out).lines().count(), 1, "header only");
    let out = run(&["extract", "--input", "jsonl"], b"");
    assert_status(&out, 0);
    assert!(out.stdout.is_empty());
    let out = run(&["extract", "--input", "jsonl", "--format", "json"], b"");
    assert_status(&out, 0);
    assert_eq!(json(&stdout(&out)), serde_json::json!([]));
}

/// Runs with a large input and closes stdout after reading `keep` bytes, like `| head -c keep`.
fn broken_pipe(args: &[&str], input: Vec<u8>, keep: usize) {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut head = vec![0; keep];
    stdout.read_exact(&mut head).expect("some output first");
    drop(stdout);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    feeder.join().unwrap();
    assert!(!err.contains("panicked"), "{args:?}: {err}");
    assert!(
        err.is_empty(),
        "{args:?}: quiet on a closed pipe, got {err}"
    );
    assert_ne!(status.code(), Some(101), "{args:?}: panic exit");
}

#[test]
fn broken_pipe_is_quiet() {
    let line = serde_json::json!({ "id": "x", "text": NEWS }).to_string() + "\n";
    broken_pipe(
        &["extract", "--input", "jsonl"],
        line.repeat(3000).into_bytes(),
        100,
    );
    broken_pipe(
        &["extract", "--format", "text"],
        NEWS.repeat(200).into_bytes(),
        100,
    );
}

/// About 2 MB of varied text.
fn big_text() -> String {
    let mut text = String::with_capacity(2_100_000);
    let mut i = 0;
    while text.len() < 2_000_000 {
        let (_, t) = TEXTS[i % TEXTS.len()];
        text.push_str(t);
        text.push_str(&format!("\n\nParagraph {i} ends here.\n\n"));
        i += 1;
    }
    text
}

#[test]
fn two_megabyte_input() {
    let text = big_text();
    let out = run(
        &["extract", "--format", "jsonl", "--offsets", "utf16"],
        text.as_bytes(),
    );
    assert_status(&out, 0);
    let reports = json_lines(&stdout(&out));
    assert_eq!(reports.len(), 1);
    assert!(reports[0]["claims"].as_array().unwrap().len() > 1000);
    check_spans(&reports[0], &text);
}

#[test]
fn two_megabyte_jsonl_line() {
    // One 2 MB line streams through the line reader; few sentence ends keep extraction cheap.
    let text = "word, 🚀 and שלום; ".repeat(2_000_000 / 25 + 1) + "end.";
    let line = serde_json::json!({ "id": "big", "text": text }).to_string();
    assert!(line.len() > 2_000_000);
    let out = run(
        &["extract", "--input", "jsonl", "--offsets", "byte"],
        line.as_bytes(),
    );
    assert_status(&out, 0);
    let reports = json_lines(&stdout(&out));
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["id"], "big");
    check_spans(&reports[0], &text);
}

#[test]
fn help_lists_the_options() {
    let out = run(&["extract", "--help"], b"");
    assert_status(&out, 0);
    let help = stdout(&out);
    for flag in [
        "--format",
        "--offsets",
        "--input",
        "--jobs",
        "--threshold",
        "[FILE]...",
    ] {
        assert!(help.contains(flag), "{flag} in {help}");
    }
}

/// Sentences whose claims, sources or cues start with what a spreadsheet reads as a formula.
const FORMULAS: &str = "=SUM(A1:A9) rose sharply, the mayor said.\n\n\
    +40 percent of the budget went to roads, according to @CityWatch.\n\n\
    -3 degrees is the coldest night on record, the weather service said.\n\n\
    \"=HYPERLINK(\"\"http://x\"\")\" was the reply, the spokesman said.";

#[test]
fn csv_cells_that_look_like_formulas_are_text() {
    let out = run(&["extract", "--format", "csv"], FORMULAS.as_bytes());
    assert_status(&out, 0);
    let rows = parse_csv(&stdout(&out));
    assert!(rows.len() > 2, "{rows:?}");
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula cell {cell:?} in {row:?}"
            );
        }
    }
    let texts: Vec<&str> = rows[1..].iter().map(|r| r[7].as_str()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("'=SUM(A1:A9) rose sharply")),
        "{texts:?}"
    );
    // JSON keeps the text as it is: only the CSV cell is made safe.
    let out = run(&["extract", "--format", "json"], FORMULAS.as_bytes());
    let report = json(&stdout(&out));
    check_spans(&report, FORMULAS);
    assert!(report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["text"].as_str().unwrap().starts_with("=SUM(A1:A9)")));
}

/// The characters outside backslash escapes, one line of Markdown.
fn unescaped(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn markdown_claims_stay_plain_text() {
    let text = "# The *new* plan | costs [far](http://x) more than <b>expected</b> & `rising` \
        ~~fast~~, the mayor said.\n\n\
        > 12. Voters_were_told $5 a month, the council's_adviser said.";
    let out = run(&["extract", "--format", "markdown"], text.as_bytes());
    assert_status(&out, 0);
    let md = stdout(&out);
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| c")).collect();
    assert!(!rows.is_empty(), "{md}");
    for row in rows {
        let plain = unescaped(row);
        assert_eq!(plain.matches('|').count(), 13, "{row}");
        for markup in ['*', '_', '`', '[', ']', '<', '>', '&', '~', '$'] {
            assert!(!plain.contains(markup), "unescaped {markup:?} in {row}");
        }
    }
}

#[test]
fn text_format_strips_control_characters_from_ids() {
    let line = "{\"id\":\"evil\\u001b[2J\",\"text\":\"The mayor said the plan may fail.\"}\n";
    let out = run(
        &["extract", "--input", "jsonl", "--format", "text"],
        line.as_bytes(),
    );
    assert_status(&out, 0);
    let text = stdout(&out);
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(text.contains("evil"), "{text}");
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let input: String = (0..200)
        .map(|i| format!("{{\"id\":{i},\"text\":\"The mayor said the plan may fail.\"}}\n"))
        .collect();
    let out = run(
        &["extract", "--input", "jsonl", "--jobs", "2"],
        input.as_bytes(),
    );
    assert_status(&out, 0);
    assert_eq!(json_lines(&stdout(&out)).len(), 200);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

/// With stderr on a terminal (`script` gives the command one), a JSONL batch shows a bar with
/// the documents per second; skipped where `script` is missing.
#[test]
fn progress_bar_on_a_terminal() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` command");
        return;
    }
    let dir = TempDir::new("progress");
    let input: String = (0..300)
        .map(|i| format!("{{\"id\":{i},\"text\":\"{NEWS_LINE}\"}}\n"))
        .collect();
    let file = dir.file("in.jsonl", input.as_bytes());
    let out_file = format!("{file}.out");
    let command = format!(
        "'{}' extract --input jsonl --jobs 2 '{file}' > '{out_file}'",
        env!("CARGO_BIN_EXE_claimscan")
    );
    let out = std::process::Command::new("script")
        .args(["-qefc", &command, "/dev/null"])
        .env("TERM", "xterm")
        .stdin(Stdio::null())
        .output()
        .expect("script runs");
    assert!(
        out.status.success(),
        "{:?}: {}{}",
        out.status,
        stdout(&out),
        stderr(&out)
    );
    let lines = std::fs::read_to_string(&out_file).expect("output written");
    assert_eq!(lines.lines().count(), 300);
    // The terminal got the bar (it may be cleared at the end, but was drawn at least once).
    let terminal = String::from_utf8_lossy(&out.stdout);
    assert!(terminal.contains("docs"), "{terminal:?}");
}

const NEWS_LINE: &str =
    "The port has been closed since the storm, and repairs may cost 40 million \
    euros, according to the city council. \\u201cWe expect the first ships by March,\\u201d Vidal \
    told reporters on Monday.";
