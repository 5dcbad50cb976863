//! `claimscan extract`: read documents, run the extractor, write one report per document.
//!
//! # Steps
//! 1. Inputs: the files named, or standard input when there are none or a file is `-`.
//! 2. Documents: with `--input text` each input is one document whose id is its path (`null`
//!    for standard input); with `--input jsonl` each non-blank line is one `{"id","text"}`
//!    document, and a line that is not one becomes an error in its place.
//! 3. Extraction: documents go through one shared [`Extractor`] in parallel (`--jobs`), in
//!    chunks of bounded size, so a huge JSONL input streams in bounded memory.
//! 4. Output: one [`Writer`] per `--format`, fed in input order.
//!
//! Exit status: 0 when every input was read, 1 when some input or line was bad (the rest is still
//! processed) or output failed, 2 for a usage error (handled in `main`). A closed output pipe
//! ends the run quietly.

mod output;

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;

use claimscan::{Extractor, OffsetUnit, Options, OptionsError, Report};
use rayon::prelude::*;

use output::Writer;

/// Lines of JSONL handled per parallel chunk.
const CHUNK_LINES: usize = 256;
/// Bytes of input held per chunk at most (a chunk always takes at least one document).
const CHUNK_BYTES: usize = 16 << 20;

#[derive(clap::Args)]
pub struct ExtractArgs {
    /// Input files; standard input when none or `-`.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format [default: text on a terminal; otherwise json, or jsonl with --input jsonl].
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Unit of every `start`/`end` offset in the output.
    #[arg(long, value_enum, default_value_t = Offsets::Char, value_name = "UNIT")]
    pub offsets: Offsets,

    /// How to read each input: as one document, or as one `{"id","text"}` object per line.
    #[arg(long, value_enum, default_value_t = InputMode::Text, value_name = "MODE")]
    pub input: InputMode,

    /// Documents to process in parallel [default: the number of CPUs].
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,

    /// Flag claims whose check-worthiness is at least F, in [0, 1] [default: 0.5].
    #[arg(long, value_name = "F")]
    pub threshold: Option<f64>,

    /// Leave out claims in the writer's own voice; report attributed claims only.
    #[arg(long)]
    pub attributed_only: bool,

    /// When to colour the text format (NO_COLOR turns `auto` off).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Human-readable claims with their source, cue, score and reasons.
    Text,
    /// One pretty report object for a single document; an array for several or for JSONL input.
    Json,
    /// One compact report per line.
    Jsonl,
    /// One row per claim, with a header row.
    Csv,
    /// A table of claims per document.
    Markdown,
}

/// The unit of offsets, as the command line spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Offsets {
    /// Unicode scalar values (Python `str` indices).
    Char,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
    /// UTF-8 bytes (Rust `str` indices).
    Byte,
}

impl From<Offsets> for OffsetUnit {
    fn from(o: Offsets) -> OffsetUnit {
        match o {
            Offsets::Char => OffsetUnit::Char,
            Offsets::Utf16 => OffsetUnit::Utf16,
            Offsets::Byte => OffsetUnit::Byte,
        }
    }
}

/// How each input is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum InputMode {
    /// The whole input is one document.
    Text,
    /// One `{"id": …, "text": …}` object per line.
    Jsonl,
}

/// When to colour text output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// When standard output is a terminal and NO_COLOR is unset.
    Auto,
    Always,
    Never,
}

/// The extractor options that the arguments ask for, checked by [`Options::validate`].
/// An error here is a usage error: `main` reports it with the usage line and exits 2.
pub fn options(args: &ExtractArgs) -> Result<Options, OptionsError> {
    let mut options = Options {
        offsets: args.offsets.into(),
        ..Options::default()
    };
    if let Some(t) = args.threshold {
        options.checkworthy_threshold = t;
    }
    if args.attributed_only {
        options.author_claims = false;
    }
    options.validate()?;
    Ok(options)
}

/// Runs `claimscan extract` with options from [`options`]; returns the exit status.
pub fn run(args: ExtractArgs, options: Options) -> u8 {
    let extractor = match Extractor::new(options) {
        Ok(ex) => ex,
        Err(e) => {
            warn(&e.to_string());
            return 2;
        }
    };
    let stdout = io::stdout();
    let terminal = stdout.is_terminal();
    let format = args.format.unwrap_or(match (terminal, args.input) {
        (true, _) => Format::Text,
        (false, InputMode::Text) => Format::Json,
        (false, InputMode::Jsonl) => Format::Jsonl,
    });
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let inputs: Vec<Input> = if args.files.is_empty() {
        vec![Input::Stdin]
    } else {
        args.files
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Input::Stdin
                } else {
                    Input::File(p.clone())
                }
            })
            .collect()
    };
    if inputs.contains(&Input::Stdin) && io::stdin().is_terminal() && io::stderr().is_terminal() {
        warn("reading standard input (end it with Ctrl-D)");
    }
    let jobs = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    );
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .ok();

    let single = args.input == InputMode::Text && inputs.len() == 1;
    let mut run = Run {
        extractor: &extractor,
        pool: pool.as_ref(),
        out: io::BufWriter::with_capacity(1 << 16, stdout.lock()),
        writer: Writer::new(format, color, single),
        status: 0,
    };
    let result = (|| {
        run.writer.begin(&mut run.out)?;
        match args.input {
            InputMode::Text => run.text_inputs(&inputs)?,
            InputMode::Jsonl => {
                for input in &inputs {
                    run.jsonl_input(input)?;
                }
            }
        }
        run.writer.end(&mut run.out)?;
        run.out.flush()
    })();
    match result {
        Ok(()) => run.status,
        // The reader went away (`claimscan extract … | head`): nothing more to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => run.status,
        Err(e) => {
            warn(&format!("cannot write output: {}", io_message(&e)));
            1
        }
    }
}

/// One input: a file or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// How messages and headings name the input.
    fn label(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    /// The report id of the document that is the whole input.
    fn id(&self) -> Option<String> {
        match self {
            Input::Stdin => None,
            Input::File(p) => Some(p.to_string_lossy().into_owned()),
        }
    }

    fn open(&self) -> io::Result<Box<dyn BufRead>> {
        Ok(match self {
            Input::Stdin => Box::new(io::stdin().lock()),
            Input::File(p) => Box::new(io::BufReader::new(std::fs::File::open(p)?)),
        })
    }
}

/// One document, ready for the extractor.
struct Doc {
    /// The report id.
    id: Option<String>,
    /// How text and Markdown headings name it.
    label: String,
    text: String,
}

/// What became of one document or line, in input order.
pub(crate) enum Outcome {
    Report {
        label: String,
        report: Report,
    },
    /// A JSONL line that is not a document (1-based line number).
    LineError {
        label: String,
        line: usize,
        error: String,
    },
}

/// A document, or a JSONL line that could not be one.
enum Item {
    Doc(Doc),
    LineError {
        label: String,
        line: usize,
        error: String,
    },
}

impl Item {
    fn size(&self) -> usize {
        match self {
            Item::Doc(d) => d.text.len(),
            Item::LineError { .. } => 0,
        }
    }
}

struct Run<'a, W: Write> {
    extractor: &'a Extractor,
    pool: Option<&'a rayon::ThreadPool>,
    out: W,
    writer: Writer,
    status: u8,
}

impl<W: Write> Run<'_, W> {
    /// Each input is one document; inputs are read a chunk at a time and run in parallel.
    fn text_inputs(&mut self, inputs: &[Input]) -> io::Result<()> {
        let per_chunk = self.pool.map_or(1, |p| p.current_num_threads()).max(1);
        let mut chunk = Vec::new();
        let mut bytes = 0;
        for input in inputs {
            match read_document(input) {
                Ok(doc) => {
                    bytes += doc.text.len();
                    chunk.push(Item::Doc(doc));
                }
                Err(message) => {
                    warn(&format!("{}: {message}", input.label()));
                    self.status = 1;
                }
            }
            if chunk.len() >= per_chunk || bytes >= CHUNK_BYTES {
                self.process(std::mem::take(&mut chunk))?;
                bytes = 0;
            }
        }
        self.process(chunk)
    }

    /// Each non-blank line of `input` is one document, streamed a chunk at a time.
    fn jsonl_input(&mut self, input: &Input) -> io::Result<()> {
        let label = input.label();
        let mut reader = match input.open() {
            Ok(r) => r,
            Err(e) => {
                warn(&format!("{label}: {}", io_message(&e)));
                self.status = 1;
                return Ok(());
            }
        };
        let mut line_no = 0;
        let mut buf = Vec::new();
        loop {
            let mut chunk = Vec::new();
            let mut bytes = 0;
            let mut eof = false;
            while chunk.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
                buf.clear();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) => {
                        eof = true;
                        break;
                    }
                    Ok(_) => {}
                    Err(e) => {
                        warn(&format!("{label}: {}", io_message(&e)));
                        self.status = 1;
                        eof = true;
                        break;
                    }
                }
                line_no += 1;
                if buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let item = parse_line(&buf, &label, line_no);
                bytes += item.size();
                chunk.push(item);
            }
            self.process(chunk)?;
            if eof {
                return Ok(());
            }
        }
    }

    /// Extracts every document of `chunk` (in parallel when there is a pool) and writes the
    /// outcomes in order.
    fn process(&mut self, chunk: Vec<Item>) -> io::Result<()> {
        if chunk.is_empty() {
            return Ok(());
        }
        let ex = self.extractor;
        let work = |item: Item| match item {
            Item::Doc(doc) => {
                let mut report = ex.extract(&doc.text);
                report.id = doc.id;
                Outcome::Report {
                    label: doc.label,
                    report,
                }
            }
            Item::LineError { label, line, error } => Outcome::LineError { label, line, error },
        };
        let outcomes: Vec<Outcome> = match self.pool {
            Some(pool) if chunk.len() > 1 => {
                pool.install(|| chunk.into_par_iter().map(work).collect())
            }
            _ => chunk.into_iter().map(work).collect(),
        };
        for outcome in &outcomes {
            if let Outcome::LineError { label, line, error } = outcome {
                warn(&format!("{label}:{line}: {error}"));
                self.status = 1;
            }
            self.writer.item(&mut self.out, outcome)?;
        }
        self.out.flush()
    }
}

/// Reads a whole input as one UTF-8 document; the error says what went wrong and where.
fn read_document(input: &Input) -> Result<Doc, String> {
    let mut bytes = Vec::new();
    input
        .open()
        .and_then(|mut r| r.read_to_end(&mut bytes))
        .map_err(|e| io_message(&e))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("not valid UTF-8 at byte {}", e.utf8_error().valid_up_to()))?;
    Ok(Doc {
        id: input.id(),
        label: input.label(),
        text,
    })
}

/// Turns one JSONL line into a document, or into the error that stands in its place.
fn parse_line(raw: &[u8], label: &str, line: usize) -> Item {
    match parse_object(raw) {
        Ok((id, text)) => Item::Doc(Doc {
            label: id.clone().unwrap_or_else(|| format!("{label} line {line}")),
            id,
            text,
        }),
        Err(error) => Item::LineError {
            label: label.to_string(),
            line,
            error,
        },
    }
}

/// `{"id": string|number|null (optional), "text": string}`; other fields are ignored.
fn parse_object(raw: &[u8]) -> Result<(Option<String>, String), String> {
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

/// An I/O error without the "(os error N)" tail.
fn io_message(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// A message on standard error, prefixed `claimscan: `; a failing stderr is ignored.
pub(crate) fn warn(message: &str) {
    let _ = writeln!(io::stderr().lock(), "claimscan: {message}");
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
    fn io_message_drops_os_error() {
        let e = io::Error::from_raw_os_error(2);
        assert!(!io_message(&e).contains("os error"));
    }
}
