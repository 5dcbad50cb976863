//! `claimscan extract`: read documents, run the extractor, write one report per document.
//!
//! # Steps
//! 1. Inputs: the files named, or standard input when there are none or a file is `-`.
//! 2. Documents: with `--input text` each input is one document whose id is its path (`null`
//!    for standard input); with `--input jsonl` each non-blank line is one `{"id","text"}`
//!    document, and a line that is not one becomes an error in its place.
//! 3. Extraction: documents go through one shared [`Extractor`] on `--jobs` threads, each
//!    rendering its reports in the output format ([`ordered::map`]). At most `4 × jobs`
//!    documents and 8 MB of text are in flight, so a JSONL input of any size streams in bounded
//!    memory.
//! 4. Output: one [`Writer`] per `--format`, fed in input order. A long batch run shows a
//!    progress bar on standard error when it is a terminal (and standard output is not).
//!
//! Exit status: 0 when every input was read, 1 when some input or line was bad (the rest is still
//! processed) or output failed, 2 for a usage error (handled in `main`). A closed output pipe
//! ends the run quietly.

mod output;
mod progress;

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;

use claimscan::{Extractor, OffsetUnit, Options, OptionsError, Report};
use claimscan_cli::jsonl;
use claimscan_cli::ordered::{self, Budget};

use output::{Render, Writer};
use progress::Progress;

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

    /// Leave every claim's `reasons` empty (faster, smaller output).
    #[arg(long)]
    pub no_reasons: bool,

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
    if args.no_reasons {
        options.reasons = false;
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
    let terminal = io::stdout().is_terminal();
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
    let stderr_terminal = io::stderr().is_terminal();
    if inputs.contains(&Input::Stdin) && io::stdin().is_terminal() && stderr_terminal {
        warn("reading standard input (end it with Ctrl-D)");
    }
    let jobs = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    );
    // A batch run shows its progress, unless the bar would cross the output on the terminal.
    let batch = args.input == InputMode::Jsonl || inputs.len() > 1;
    let total = inputs
        .iter()
        .map(|i| match i {
            Input::Stdin => None,
            Input::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
        })
        .sum::<Option<u64>>();
    let mut progress = Progress::new(batch && stderr_terminal && !terminal, total);

    let single = args.input == InputMode::Text && inputs.len() == 1;
    let render = Render::new(format, color, single);
    let mut writer = Writer::new(render);
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout());
    let mut status = 0;
    let budget = Budget {
        items: 4 * jobs,
        bytes: MAX_BYTES_IN_FLIGHT,
    };
    let buffers = Buffers::default();
    let result = (|| {
        writer.begin(&mut out)?;
        ordered::map(
            jobs,
            budget,
            Items::new(&inputs, args.input),
            Item::size,
            |item| done(&extractor, render, &buffers, item),
            |done| {
                let bytes = match done {
                    Done::Rendered { bytes, output } => {
                        writer.separator(&mut out)?;
                        // Past the buffer, after what it holds: copied into it first, every
                        // byte of the output was read and written once more.
                        out.flush()?;
                        out.get_mut().write_all(&output)?;
                        buffers.put(output);
                        bytes
                    }
                    Done::Stream { id, text, bytes } => {
                        writer.separator(&mut out)?;
                        render.json(&mut out, &extractor.streamed(&text, id.as_deref()))?;
                        bytes
                    }
                    Done::Outcome { bytes, outcome } => {
                        if let Outcome::LineError { label, line, error } = &outcome {
                            progress.suspend(|| warn(&format!("{label}:{line}: {error}")));
                            status = 1;
                        }
                        writer.separator(&mut out)?;
                        render.body(&mut out, &outcome)?;
                        bytes
                    }
                    Done::ReadError { label, message } => {
                        progress.suspend(|| warn(&format!("{label}: {message}")));
                        status = 1;
                        return Ok(());
                    }
                };
                // Output appears as it is made, for readers down a pipe.
                out.flush()?;
                progress.done(bytes);
                Ok(())
            },
        )?;
        writer.end(&mut out)?;
        out.flush()
    })();
    progress.finish();
    match result {
        Ok(()) => status,
        // The reader went away (`claimscan extract … | head`): nothing more to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => status,
        Err(e) => {
            warn(&format!("cannot write output: {}", io_message(&e)));
            1
        }
    }
}

/// Input bytes read but not yet written out, at most (one document is always let through).
const MAX_BYTES_IN_FLIGHT: usize = 8 << 20;
/// Reports of documents up to this size are rendered by the worker that made them; bigger ones
/// are streamed straight to the output, so their rendering is never held in memory whole (in
/// JSON, neither is the report: its claims are written one by one as they are made).
const RENDER_IN_WORKER: usize = 256 << 10;

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

/// One thing read: a document, a JSONL line that could not be one, or an input that could not
/// be read. `bytes` is how much of the input it took, for the progress bar.
enum Item {
    Doc {
        id: Option<String>,
        /// How text and Markdown headings name it.
        label: String,
        text: String,
        bytes: u64,
    },
    LineError {
        label: String,
        line: usize,
        error: String,
        bytes: u64,
    },
    ReadError {
        label: String,
        message: String,
    },
}

impl Item {
    fn size(&self) -> usize {
        match self {
            Item::Doc { text, .. } => text.len(),
            Item::LineError { .. } | Item::ReadError { .. } => 0,
        }
    }
}

/// An item after the extractor: rendered output, or an outcome to render on the way out.
enum Done {
    Rendered {
        output: Vec<u8>,
        bytes: u64,
    },
    Outcome {
        outcome: Outcome,
        bytes: u64,
    },
    /// A big document for a JSON format: extracted as it is written out, claim by claim.
    Stream {
        id: Option<String>,
        text: String,
        bytes: u64,
    },
    ReadError {
        label: String,
        message: String,
    },
}

/// The work of one worker thread: extract, and render unless the report is big. JSON is
/// written as the extractor makes it, so no report is held whole.
fn done(extractor: &Extractor, render: Render, buffers: &Buffers, item: Item) -> Done {
    let (outcome, bytes, big) = match item {
        Item::Doc {
            id, text, bytes, ..
        } if render.is_json() => {
            if text.len() > RENDER_IN_WORKER {
                return Done::Stream { id, text, bytes };
            }
            let mut output = buffers.take();
            // Writing into memory does not fail.
            let _ = render.json(&mut output, &extractor.streamed(&text, id.as_deref()));
            return Done::Rendered { output, bytes };
        }
        Item::Doc {
            id,
            label,
            text,
            bytes,
        } => {
            let mut report = extractor.extract(&text);
            report.id = id;
            let big = text.len() > RENDER_IN_WORKER;
            (Outcome::Report { label, report }, bytes, big)
        }
        Item::LineError {
            label,
            line,
            error,
            bytes,
        } => (Outcome::LineError { label, line, error }, bytes, false),
        Item::ReadError { label, message } => return Done::ReadError { label, message },
    };
    if big || matches!(outcome, Outcome::LineError { .. }) {
        return Done::Outcome { outcome, bytes };
    }
    let mut output = buffers.take();
    match render.body(&mut output, &outcome) {
        Ok(()) => Done::Rendered { output, bytes },
        // Rendering into memory does not fail; if it did, the writer reports it.
        Err(_) => Done::Outcome { outcome, bytes },
    }
}

/// Output buffers written out and kept for the next documents' reports: a report's JSON grown
/// from empty was copied as its buffer doubled, and reallocated a dozen times.
#[derive(Default)]
struct Buffers(std::sync::Mutex<Vec<Vec<u8>>>);

impl Buffers {
    /// At most this many are kept (more are in flight only with many jobs)…
    const KEPT: usize = 16;
    /// …each of at most this capacity (a big document's output is let go).
    const CAPACITY: usize = 1 << 20;

    /// An empty buffer, one kept if there is one.
    fn take(&self) -> Vec<u8> {
        let kept = self.0.lock().ok().and_then(|mut v| v.pop());
        kept.unwrap_or_default()
    }

    /// Keep `buf` for a later document (emptied), unless enough are kept or it is big.
    fn put(&self, mut buf: Vec<u8>) {
        if buf.capacity() > Self::CAPACITY {
            return;
        }
        buf.clear();
        if let Ok(mut kept) = self.0.lock() {
            if kept.len() < Self::KEPT {
                kept.push(buf);
            }
        }
    }
}

/// The items of every input in order: each whole input, or each non-blank JSONL line.
struct Items<'a> {
    inputs: std::slice::Iter<'a, Input>,
    mode: InputMode,
    /// The JSONL input being read, with its label.
    current: Option<(String, jsonl::Reader<Box<dyn BufRead>>)>,
}

impl<'a> Items<'a> {
    fn new(inputs: &'a [Input], mode: InputMode) -> Items<'a> {
        Items {
            inputs: inputs.iter(),
            mode,
            current: None,
        }
    }
}

impl Iterator for Items<'_> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some((label, reader)) = &mut self.current {
                match reader.next() {
                    Some(Ok(line)) => {
                        return Some(match line.doc {
                            Ok(doc) => Item::Doc {
                                label: doc
                                    .id
                                    .clone()
                                    .unwrap_or_else(|| format!("{label} line {}", line.number)),
                                id: doc.id,
                                text: doc.text,
                                bytes: line.bytes,
                            },
                            Err(error) => Item::LineError {
                                label: label.clone(),
                                line: line.number,
                                error,
                                bytes: line.bytes,
                            },
                        })
                    }
                    Some(Err(e)) => {
                        let label = label.clone();
                        self.current = None;
                        return Some(Item::ReadError {
                            label,
                            message: io_message(&e),
                        });
                    }
                    None => self.current = None,
                }
            }
            let input = self.inputs.next()?;
            match self.mode {
                InputMode::Text => {
                    return Some(match read_document(input) {
                        Ok(text) => Item::Doc {
                            id: input.id(),
                            label: input.label(),
                            bytes: text.len() as u64,
                            text,
                        },
                        Err(message) => Item::ReadError {
                            label: input.label(),
                            message,
                        },
                    })
                }
                InputMode::Jsonl => match input.open() {
                    Ok(r) => self.current = Some((input.label(), jsonl::Reader::new(r))),
                    Err(e) => {
                        return Some(Item::ReadError {
                            label: input.label(),
                            message: io_message(&e),
                        })
                    }
                },
            }
        }
    }
}

/// Reads a whole input as one UTF-8 document; the error says what went wrong and where.
fn read_document(input: &Input) -> Result<String, String> {
    let mut bytes = Vec::new();
    input
        .open()
        .and_then(|mut r| r.read_to_end(&mut bytes))
        .map_err(|e| io_message(&e))?;
    String::from_utf8(bytes)
        .map_err(|e| format!("not valid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
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
    fn io_message_drops_os_error() {
        let e = io::Error::from_raw_os_error(2);
        assert!(!io_message(&e).contains("os error"));
    }
}
