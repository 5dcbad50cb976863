//! An ordered parallel map over a stream, in bounded memory.
//!
//! [`map`] reads items on the calling thread, runs `work` on `jobs` threads and hands every
//! result to `sink` (on one more thread) in input order. A [`Budget`] caps what is in flight (read
//! but not yet through `sink`), in items and in bytes, so a stream of any length runs in memory
//! bounded by the budget, not by the input; one item is always let through, however big.

use std::collections::BTreeMap;
use std::io;
use std::sync::{mpsc, Condvar, Mutex, PoisonError};

/// How much may be in flight at once.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    pub items: usize,
    pub bytes: usize,
}

/// Runs `work` over `items` and feeds the results to `sink` in input order. With `jobs` ≤ 1
/// everything runs on the calling thread. The first error from `sink` stops the run and is
/// returned; items read but not yet done are dropped.
pub fn map<T, U, I, S, W, K>(
    jobs: usize,
    budget: Budget,
    items: I,
    size: S,
    work: W,
    mut sink: K,
) -> io::Result<()>
where
    T: Send,
    U: Send,
    I: Iterator<Item = T>,
    S: Fn(&T) -> usize,
    W: Fn(T) -> U + Sync,
    K: FnMut(U) -> io::Result<()> + Send,
{
    if jobs <= 1 {
        for item in items {
            sink(work(item))?;
        }
        return Ok(());
    }
    let gate = Gate::new(budget);
    let (work_tx, work_rx) = mpsc::channel::<(usize, usize, T)>();
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, usize, U)>();
    std::thread::scope(|s| {
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let (work_rx, work) = (&work_rx, &work);
            s.spawn(move || loop {
                let next = work_rx
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .recv();
                let Ok((seq, size, item)) = next else { break };
                if done_tx.send((seq, size, work(item))).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        let gate = &gate;
        let writer = s.spawn(move || {
            // Closing the gate on every way out lets the reader stop waiting.
            struct Close<'a>(&'a Gate);
            impl Drop for Close<'_> {
                fn drop(&mut self) {
                    self.0.close();
                }
            }
            let _close = Close(gate);
            let mut pending = BTreeMap::new();
            let mut next = 0;
            for (seq, size, out) in done_rx {
                pending.insert(seq, (size, out));
                while let Some((size, out)) = pending.remove(&next) {
                    next += 1;
                    sink(out)?;
                    gate.release(size);
                }
            }
            Ok(())
        });
        for (seq, item) in items.enumerate() {
            let n = size(&item);
            if !gate.acquire(n) || work_tx.send((seq, n, item)).is_err() {
                break;
            }
        }
        drop(work_tx);
        writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// A counting semaphore over items and bytes.
struct Gate {
    budget: Budget,
    state: Mutex<GateState>,
    changed: Condvar,
}

#[derive(Default)]
struct GateState {
    items: usize,
    bytes: usize,
    closed: bool,
}

impl Gate {
    fn new(budget: Budget) -> Gate {
        Gate {
            budget,
            state: Mutex::new(GateState::default()),
            changed: Condvar::new(),
        }
    }

    /// Waits until an item of `bytes` fits (or nothing is in flight); false once closed.
    fn acquire(&self, bytes: usize) -> bool {
        let mut s = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if s.closed {
                return false;
            }
            let fits = s.items < self.budget.items.max(1)
                && s.bytes.saturating_add(bytes) <= self.budget.bytes;
            if s.items == 0 || fits {
                s.items += 1;
                s.bytes += bytes;
                return true;
            }
            s = self.changed.wait(s).unwrap_or_else(PoisonError::into_inner);
        }
    }

    fn release(&self, bytes: usize) {
        let mut s = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        s.items -= 1;
        s.bytes -= bytes;
        self.changed.notify_all();
    }

    fn close(&self) {
        self.state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .closed = true;
        self.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const BUDGET: Budget = Budget {
        items: 4,
        bytes: 100,
    };

    #[test]
    fn results_come_in_input_order() {
        for jobs in [1, 2, 4] {
            let mut got = Vec::new();
            map(
                jobs,
                BUDGET,
                0..500u64,
                |_| 1,
                |i| {
                    // Uneven work, so results finish out of order.
                    std::thread::sleep(std::time::Duration::from_micros((i * 7919) % 300));
                    i * 2
                },
                |x| {
                    got.push(x);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(got, (0..500).map(|i| i * 2).collect::<Vec<_>>(), "{jobs}");
        }
    }

    #[test]
    fn in_flight_items_and_bytes_stay_within_the_budget() {
        let in_flight = AtomicUsize::new(0);
        let peak = AtomicUsize::new(0);
        let read = (0..300usize).inspect(|_| {
            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(now, Ordering::SeqCst);
        });
        map(
            3,
            BUDGET,
            read,
            |_| 30,
            |i| i,
            |_| {
                in_flight.fetch_sub(1, Ordering::SeqCst);
                Ok(())
            },
        )
        .unwrap();
        // 30 bytes each under a 100-byte budget: at most 3 read and unfinished, plus the one the
        // reader holds while it waits for room.
        assert!(peak.load(Ordering::SeqCst) <= 4, "{peak:?}");
    }

    #[test]
    fn an_item_bigger_than_the_budget_still_runs() {
        let mut n = 0;
        map(
            2,
            BUDGET,
            0..5,
            |_| 1_000,
            |i| i,
            |_| {
                n += 1;
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(n, 5);
    }

    #[test]
    fn a_sink_error_stops_the_run() {
        let mut seen = 0;
        let err = map(
            2,
            BUDGET,
            0..,
            |_| 1,
            |i: u64| i,
            |i| {
                seen += 1;
                if i == 10 {
                    Err(io::Error::other("closed"))
                } else {
                    Ok(())
                }
            },
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "closed");
        assert_eq!(seen, 11);
    }
}
