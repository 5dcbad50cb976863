//! The output formats of `claimscan extract`: each gets the outcomes in input order.

use std::io::{self, Write};

use claimscan::{Attribution, Certainty, Claim, Hedge, QuantitySpan, Report};

use super::{Format, Outcome};

/// How each outcome is written: the format and its settings. Copied into every worker thread,
/// so outcomes are rendered in parallel; [`Writer`] puts them in order.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Render {
    format: Format,
    /// ANSI colours in the text format.
    color: bool,
    /// `json`: one bare object (exactly one document expected) instead of an array.
    single: bool,
}

impl Render {
    pub(crate) fn new(format: Format, color: bool, single: bool) -> Render {
        Render {
            format,
            color,
            single,
        }
    }

    /// Writes one outcome, without what separates it from the one before.
    pub(crate) fn body(&self, out: &mut impl Write, outcome: &Outcome) -> io::Result<()> {
        #[derive(serde::Serialize)]
        struct LineError<'a> {
            line: usize,
            error: &'a str,
        }
        match (self.format, outcome) {
            (Format::Json | Format::Jsonl, Outcome::Report { report, .. }) => {
                self.json(out, report)
            }
            (Format::Json | Format::Jsonl, Outcome::LineError { line, error, .. }) => {
                self.json(out, &LineError { line: *line, error })
            }
            (Format::Csv, Outcome::Report { report, .. }) => write_csv(out, report),
            (Format::Csv, Outcome::LineError { .. }) => Ok(()),
            (Format::Markdown, _) => write_markdown(out, outcome),
            (Format::Text, _) => write_text(out, outcome, &Paint(self.color)),
        }
    }

    /// The formats that write a report as JSON, which [`Render::json`] can write as the
    /// extractor makes it ([`claimscan::Extractor::streamed`]).
    pub(crate) fn is_json(&self) -> bool {
        matches!(self.format, Format::Json | Format::Jsonl)
    }

    /// Writes one JSON outcome (a report, streamed or whole, or a line error), pretty or compact
    /// as the format asks, serialised straight into `out`.
    pub(crate) fn json(&self, out: &mut impl Write, v: &impl serde::Serialize) -> io::Result<()> {
        match self.format {
            Format::Json if self.single => {
                serde_json::to_writer_pretty(&mut *out, v)?;
                out.write_all(b"\n")
            }
            // Strings in JSON hold no raw newline, so indenting after every newline is safe.
            Format::Json => Ok(serde_json::to_writer_pretty(Indent::new(out), v)?),
            _ => {
                serde_json::to_writer(&mut *out, v)?;
                out.write_all(b"\n")
            }
        }
    }
}

/// Writes outcomes in one format; [`Writer::begin`] and [`Writer::end`] frame them.
pub(crate) struct Writer {
    pub(crate) render: Render,
    /// How many outcomes were written so far.
    count: usize,
}

impl Writer {
    pub(crate) fn new(render: Render) -> Writer {
        Writer { render, count: 0 }
    }

    pub(crate) fn begin(&mut self, out: &mut impl Write) -> io::Result<()> {
        match self.render.format {
            Format::Json if !self.render.single => out.write_all(b"["),
            Format::Csv => write_csv_row(out, CSV_HEADER.iter().copied()),
            _ => Ok(()),
        }
    }

    /// Writes what goes before the next outcome: a comma in a JSON array, a blank line between
    /// Markdown or text documents.
    pub(crate) fn separator(&mut self, out: &mut impl Write) -> io::Result<()> {
        let first = self.count == 0;
        self.count += 1;
        match self.render.format {
            Format::Json if !self.render.single => {
                out.write_all(if first { b"\n" } else { b",\n" })
            }
            Format::Markdown | Format::Text if !first => out.write_all(b"\n"),
            _ => Ok(()),
        }
    }

    pub(crate) fn end(&mut self, out: &mut impl Write) -> io::Result<()> {
        match self.render.format {
            Format::Json if !self.render.single => {
                out.write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })
            }
            _ => Ok(()),
        }
    }
}

/// Indents every line written through it by two spaces.
struct Indent<W> {
    inner: W,
    at_line_start: bool,
}

impl<W: Write> Indent<W> {
    fn new(inner: W) -> Indent<W> {
        Indent {
            inner,
            at_line_start: true,
        }
    }
}

impl<W: Write> Write for Indent<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, mut buf: &[u8]) -> io::Result<()> {
        while !buf.is_empty() {
            if self.at_line_start {
                self.inner.write_all(b"  ")?;
                self.at_line_start = false;
            }
            match buf.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    self.inner.write_all(&buf[..=i])?;
                    self.at_line_start = true;
                    buf = &buf[i + 1..];
                }
                None => {
                    self.inner.write_all(buf)?;
                    buf = &[];
                }
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

// ---------------------------------------------------------------------------------------------
// CSV

/// The CSV columns, one row per claim.
pub(crate) const CSV_HEADER: [&str; 17] = [
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
    "quantities",
];

fn write_csv(out: &mut impl Write, report: &Report) -> io::Result<()> {
    let doc_id = report.id.as_deref().unwrap_or("");
    for c in &report.claims {
        let source = c.source.as_ref();
        let row: [String; 17] = [
            doc_id.to_string(),
            c.id.clone(),
            attribution_name(c.attribution).to_string(),
            source.map(|s| s.text.clone()).unwrap_or_default(),
            source.and_then(|s| s.name.clone()).unwrap_or_default(),
            source.and_then(|s| s.role.clone()).unwrap_or_default(),
            c.cue.as_ref().map(|q| q.text.clone()).unwrap_or_default(),
            c.text.clone(),
            c.start.to_string(),
            c.end.to_string(),
            c.checkworthiness.to_string(),
            c.checkworthy.to_string(),
            category_name(c),
            join_hedges(&c.hedges, "; "),
            c.condition
                .as_ref()
                .map(|s| s.text.clone())
                .unwrap_or_default(),
            c.certainty.as_str().to_string(),
            join_quantities(&c.quantities, "; "),
        ];
        write_csv_row(out, row.iter().map(String::as_str))?;
    }
    Ok(())
}

/// One RFC 4180 row: a field with a comma, quote, CR or LF is quoted, quotes doubled, and a
/// field that a spreadsheet would read as a formula is made text first ([`csv_field`]).
fn write_csv_row<'a>(
    out: &mut impl Write,
    fields: impl Iterator<Item = &'a str>,
) -> io::Result<()> {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        out.write_all(csv_field(field).as_bytes())?;
    }
    out.write_all(b"\n")
}

/// One CSV cell. A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// prefixed with `'`, so spreadsheets show it as text instead of running it as a formula
/// (OWASP's advice on CSV injection); then it is quoted when it must be.
fn csv_field(s: &str) -> std::borrow::Cow<'_, str> {
    let s: std::borrow::Cow<'_, str> = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\"")).into()
    } else {
        s
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown

fn write_markdown(out: &mut impl Write, outcome: &Outcome) -> io::Result<()> {
    let (label, report) = match outcome {
        Outcome::Report { label, report } => (label, report),
        Outcome::LineError { label, line, error } => {
            return writeln!(
                out,
                "## {} line {line}\n\n**Error:** {}",
                md_cell(label),
                md_cell(error)
            );
        }
    };
    writeln!(out, "## {}\n", md_cell(label))?;
    writeln!(out, "{}.\n", summary(report))?;
    if report.claims.is_empty() {
        return writeln!(out, "_No claims._");
    }
    writeln!(
        out,
        "| Claim | Attribution | Source | Cue | Content | Score | Check-worthy | Category | Hedges | Condition | Certainty | Quantities |"
    )?;
    writeln!(
        out,
        "| --- | --- | --- | --- | --- | ---: | :---: | --- | --- | --- | --- | --- |"
    )?;
    for c in &report.claims {
        let source = match &c.source {
            Some(s) => {
                let mut t = s.text.clone();
                let extra: Vec<&str> = [s.name.as_deref(), s.role.as_deref()]
                    .into_iter()
                    .flatten()
                    .filter(|x| *x != s.text)
                    .collect();
                if !extra.is_empty() {
                    t = format!("{t} ({})", extra.join(", "));
                }
                t
            }
            None => String::new(),
        };
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {:.2} | {} | {} | {} | {} | {} | {} |",
            md_cell(&c.id),
            attribution_name(c.attribution),
            md_cell(&source),
            md_cell(c.cue.as_ref().map_or("", |q| q.text.as_str())),
            md_cell(&content(c)),
            c.checkworthiness,
            if c.checkworthy { "yes" } else { "no" },
            category_name(c),
            md_cell(&join_hedges(&c.hedges, ", ")),
            md_cell(c.condition.as_ref().map_or("", |s| s.text.as_str())),
            c.certainty.as_str(),
            md_cell(&join_quantities(&c.quantities, ", ")),
        )?;
    }
    Ok(())
}

/// Text that stays plain text inside a Markdown table cell or heading: on one line, with every
/// character that could start markup backslash-escaped (CommonMark escapes any ASCII
/// punctuation): cell borders `|`, emphasis `*` `_` `~`, code `` ` ``, links and images `[` `]`,
/// HTML and autolinks `<` `>`, entities `&`, math `$`, the backslash itself, and at the start
/// `#` (heading), `+` `-` `=` (list, rule, setext underline) and `1.` `1)` (numbered list).
fn md_cell(s: &str) -> String {
    let line = one_line(s);
    let mut out = String::with_capacity(line.len() + 8);
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    for (i, ch) in line.char_indices() {
        let at_start = i == 0 && matches!(ch, '#' | '+' | '-' | '=');
        let list_number = digits > 0 && i == digits && matches!(ch, '.' | ')');
        if at_start
            || list_number
            || matches!(
                ch,
                '|' | '\\' | '*' | '_' | '~' | '`' | '<' | '>' | '[' | ']' | '&' | '$'
            )
        {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Text

/// ANSI styling, or none.
struct Paint(bool);

impl Paint {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
}

/// Width of the field names in the text format.
const LABEL: usize = 10;

fn write_text(out: &mut impl Write, outcome: &Outcome, p: &Paint) -> io::Result<()> {
    let (label, report) = match outcome {
        Outcome::Report { label, report } => (label, report),
        Outcome::LineError { label, line, error } => {
            return writeln!(
                out,
                "{} {}",
                p.paint("1;31", &format!("{} line {line}: error:", one_line(label))),
                one_line(error)
            );
        }
    };
    writeln!(
        out,
        "{} {}",
        p.bold(&format!("== {} ==", one_line(label))),
        p.dim(&summary(report))
    )?;
    if report.claims.is_empty() {
        return writeln!(out, "  {}", p.dim("(no claims)"));
    }
    let unit = report.offsets.as_str();
    for c in &report.claims {
        let kind = attribution_name(c.attribution);
        let kind_painted = p.paint(
            match c.attribution {
                Attribution::Direct => "1;36",
                Attribution::Indirect => "1;34",
                Attribution::Mixed => "1;35",
                Attribution::Author => "1",
            },
            &kind.to_uppercase(),
        );
        let score = format!("{:.2}", c.checkworthiness);
        let score = if c.checkworthy {
            p.paint("1;32", &format!("{score} check-worthy"))
        } else {
            format!("{score} {}", p.dim("not check-worthy"))
        };
        writeln!(
            out,
            "\n{} {kind_painted}  {score}  {}  {}",
            p.bold(&c.id),
            category_name(c),
            p.dim(&format!("[{}..{} {unit}]", c.start, c.end)),
        )?;
        let field = |name: &str, value: &str| -> String {
            format!("    {} {}", p.dim(&format!("{name:<LABEL$}")), value)
        };
        let source = match &c.source {
            Some(s) => {
                let mut t = format!("{} ({})", one_line(&s.text), source_kind_name(s));
                if let Some(name) = s.name.as_ref().filter(|n| **n != s.text) {
                    t.push_str(&format!("  name: {}", one_line(name)));
                }
                if let Some(role) = &s.role {
                    t.push_str(&format!("  role: {}", one_line(role)));
                }
                if let Some(entity) = &s.entity {
                    t.push_str(&format!("  entity: {entity}"));
                }
                t
            }
            None if c.attribution == Attribution::Author => p.dim("(the writer)"),
            None => p.dim("(unknown)"),
        };
        writeln!(out, "{}", field("source", &source))?;
        if let Some(cue) = &c.cue {
            let cue = format!(
                "{}  ({}, {})",
                one_line(&cue.phrase.text),
                cue.lemma,
                cue.class
            );
            writeln!(out, "{}", field("cue", &cue))?;
        }
        if let Some(channel) = &c.channel {
            writeln!(out, "{}", field("channel", &one_line(&channel.text)))?;
        }
        writeln!(out, "{}", field("content", &content(c)))?;
        if !c.hedges.is_empty() {
            writeln!(out, "{}", field("hedges", &join_hedges(&c.hedges, ", ")))?;
        }
        if let Some(cond) = &c.condition {
            writeln!(out, "{}", field("condition", &one_line(&cond.text)))?;
        }
        if !c.quantities.is_empty() {
            let qs = join_quantities(&c.quantities, ", ");
            writeln!(out, "{}", field("quantities", &qs))?;
        }
        let flags: Vec<&str> = [(c.future, "future"), (c.negated, "negated")]
            .into_iter()
            .filter_map(|(on, name)| on.then_some(name))
            .collect();
        if !flags.is_empty() {
            writeln!(out, "{}", field("modality", &flags.join(", ")))?;
        }
        if c.certainty != Certainty::Certain {
            writeln!(out, "{}", field("certainty", c.certainty.as_str()))?;
        }
        if c.statement != c.text {
            writeln!(out, "{}", field("statement", &one_line(&c.statement)))?;
        }
        if !c.reasons.is_empty() {
            // In words first ("why"), then the rule codes behind them ("reasons").
            writeln!(out, "    {}", p.dim("why"))?;
            for line in claimscan::explain::readable(&c.reasons) {
                writeln!(out, "      - {}", one_line(&line))?;
            }
            writeln!(out, "    {}", p.dim("reasons"))?;
            for r in &c.reasons {
                writeln!(out, "      {}", p.dim(&format!("- {}", one_line(r))))?;
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Shared

/// "3 sentences, 2 claims, 1 check-worthy"
fn summary(report: &Report) -> String {
    let worthy = report.claims.iter().filter(|c| c.checkworthy).count();
    format!(
        "{}, {}, {worthy} check-worthy",
        plural(report.sentences.len(), "sentence"),
        plural(report.claims.len(), "claim"),
    )
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The claim's words on one line; discontinuous fragments joined with " … ".
fn content(c: &Claim) -> String {
    if c.fragments.len() > 1 {
        c.fragments
            .iter()
            .map(|f| one_line(&f.text))
            .collect::<Vec<_>>()
            .join(" … ")
    } else {
        one_line(&c.text)
    }
}

/// Hedges as `may (epistemic)`, joined by `sep`.
/// Each quantity as `text=normal form`: `$412 million=412000000 USD`, `between 3 and 5
/// metres=3..5 metres`, `Jan. 5=XXXX-01-05`, `last year=-1 years`, a comparison with its
/// direction (`more than (more)`, `fell 42 cents to (down)=0.42 USD`); the text alone when
/// there is nothing more to say.
fn join_quantities(qs: &[QuantitySpan], sep: &str) -> String {
    qs.iter()
        .map(|q| {
            let mut text = one_line(&q.text);
            if let Some(d) = q.direction {
                text = format!("{text} ({})", d.as_str());
            }
            let unit = q.unit.as_deref().map_or(String::new(), |u| format!(" {u}"));
            let normal = match (q.low, q.high, &q.date, q.value) {
                (Some(lo), Some(hi), _, _) => Some(format!("{lo}..{hi}{unit}")),
                (_, _, Some(d), _) => Some(d.clone()),
                (_, _, None, Some(v)) => Some(format!("{v}{unit}")),
                _ => None,
            };
            match normal {
                Some(n) => format!("{text}={n}"),
                None => text,
            }
        })
        .collect::<Vec<_>>()
        .join(sep)
}

fn join_hedges(hedges: &[Hedge], sep: &str) -> String {
    hedges
        .iter()
        .map(|h| format!("{} ({})", one_line(&h.text), h.kind.as_str()))
        .collect::<Vec<_>>()
        .join(sep)
}

/// Whitespace runs (newlines included) and control characters become one space.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for ch in s.trim().chars() {
        if ch.is_whitespace() || ch.is_control() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(ch);
            space = false;
        }
    }
    out
}

/// The serde name of a value whose serialisation is a plain string.
fn serde_name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn attribution_name(a: Attribution) -> &'static str {
    match a {
        Attribution::Direct => "direct",
        Attribution::Indirect => "indirect",
        Attribution::Mixed => "mixed",
        Attribution::Author => "author",
    }
}

fn category_name(c: &Claim) -> String {
    serde_name(&c.category)
}

fn source_kind_name(s: &claimscan::Source) -> String {
    let kind = serde_name(&s.kind);
    if s.vague && kind != "vague" {
        format!("{kind}, vague")
    } else {
        kind
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn csv_cells_never_start_a_formula() {
        assert_eq!(csv_field("=SUM(A1:A9) rose"), "'=SUM(A1:A9) rose");
        assert_eq!(csv_field("+1 555"), "'+1 555");
        assert_eq!(csv_field("-2 points"), "'-2 points");
        assert_eq!(csv_field("@mayor"), "'@mayor");
        assert_eq!(csv_field("\tx"), "'\tx");
        assert_eq!(csv_field("\rx"), "\"'\rx\"");
        assert_eq!(
            csv_field("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(csv_field("a=b"), "a=b");
        assert_eq!(csv_field(""), "");
    }

    #[test]
    fn markdown_cells_stay_plain_text() {
        assert_eq!(md_cell("# 1 *big* _deal_"), "\\# 1 \\*big\\* \\_deal\\_");
        assert_eq!(
            md_cell("<b>x</b> & [a](b)"),
            "\\<b\\>x\\</b\\> \\& \\[a\\](b)"
        );
        assert_eq!(
            md_cell("`code` ~~no~~ $5 a\\b"),
            "\\`code\\` \\~\\~no\\~\\~ \\$5 a\\\\b"
        );
        assert_eq!(md_cell("- item"), "\\- item");
        assert_eq!(md_cell("> quoted"), "\\> quoted");
        assert_eq!(md_cell("12. point"), "12\\. point");
        assert_eq!(md_cell("U.S. up 3.5% - or 4"), "U.S. up 3.5% - or 4");
    }

    #[test]
    fn indent_prefixes_every_line() {
        let mut out = Vec::new();
        let mut w = Indent::new(&mut out);
        w.write_all(b"{\n\"a\": 1").unwrap();
        w.write_all(b"\n}").unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "  {\n  \"a\": 1\n  }");
    }

    #[test]
    fn markdown_cells_stay_in_their_column() {
        assert_eq!(md_cell("a | b\nc"), "a \\| b c");
    }

    #[test]
    fn one_line_collapses_whitespace() {
        assert_eq!(one_line("  a\n\n b\tc "), "a b c");
    }
}
