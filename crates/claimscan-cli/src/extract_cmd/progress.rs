//! The progress bar of long batch runs: on standard error, only when it is a terminal.

use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar over the bytes of the input (a spinner when the size is unknown), with the
/// documents done and their rate; or nothing.
pub(crate) struct Progress {
    bar: Option<ProgressBar>,
    docs: u64,
    start: Instant,
}

impl Progress {
    /// A bar when `show`; `total` is the input size in bytes, when known.
    pub(crate) fn new(show: bool, total: Option<u64>) -> Progress {
        let bar = show.then(|| {
            let bar = match total {
                Some(total) => {
                    ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
                        .with_style(
                        ProgressStyle::with_template(
                            "{elapsed_precise} {wide_bar} {bytes}/{total_bytes} {msg}, ETA {eta}",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    )
                }
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
                    .with_style(
                        ProgressStyle::with_template("{spinner} {elapsed_precise} {bytes} {msg}")
                            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                    ),
            };
            bar.set_message("0 docs");
            bar
        });
        Progress {
            bar,
            docs: 0,
            start: Instant::now(),
        }
    }

    /// One more document done, after `bytes` more of the input.
    pub(crate) fn done(&mut self, bytes: u64) {
        self.docs += 1;
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
            let secs = self.start.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!(
                "{} docs, {:.0} docs/s",
                self.docs,
                self.docs as f64 / secs
            ));
        }
    }

    /// Runs `f` (a message on standard error) with the bar out of the way.
    pub(crate) fn suspend(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
