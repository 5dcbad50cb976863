//! Stable sorting through one shared instance of the standard library's sort.
//!
//! `slice::sort_by` is compiled anew for every element type and every comparison closure: in
//! the page's wasm the 45 sorts of the core and the page were 273 functions and about 130 KB of
//! code. [`sort_by`] sorts the positions `0..n` (`u32`) with the caller's comparison behind a
//! `dyn` reference, so the standard sort is compiled once, and then moves the elements into the
//! sorted order. A stable sort's result is fully determined by the comparison (equal elements
//! keep their order), so the output is exactly that of `slice::sort_by`, on every target.
//! Linear extra memory (one `u32` per element) and O(n log n) comparisons, like the standard
//! sort. Natively, where no code size is saved, [`sort_by`] is the standard sort itself (the
//! same result; −1.2 % of the CLI's instructions on the bench JSONL).
//!
//! An unstable sort of values whose equal elements are indistinguishable (integers, tuples and
//! spans with a derived order) has only one possible result too, so [`sort`] replaces those
//! `sort_unstable` calls as well; the hot ones on `usize` keep the standard unstable sort.

use std::cmp::Ordering;

/// Sort `v` stably by `cmp`: the same result as `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    // Natively the standard sort is compiled per caller (no code size to save): the same
    // result, without the positions, the `dyn` comparison and the moves.
    // More than u32::MAX elements cannot be sorted this way; the standard sort can.
    if cfg!(not(target_arch = "wasm32")) || u32::try_from(v.len()).is_err() {
        v.sort_by(cmp);
        return;
    }
    by_positions(v, cmp);
}

/// [`sort_by`] through the one shared instance: the positions `0..n` sorted, then the elements
/// moved into their order (`v` has at least two and at most `u32::MAX` elements).
fn by_positions<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    {
        let v: &[T] = v;
        sort_positions(&mut order, &mut |a, b| cmp(&v[a as usize], &v[b as usize]));
    }
    permute(v, &mut order);
}

/// Sort `v` stably by `key`: the same result as `v.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort `v` stably: the same result as `v.sort()`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The one instance of the standard stable sort.
#[inline(never)]
fn sort_positions(order: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Rearrange `v` so that `v[k]` becomes the old `v[order[k]]`, following each cycle of the
/// permutation with swaps. `order` is used up (each visited entry is set to its own index).
fn permute<T>(v: &mut [T], order: &mut [u32]) {
    for start in 0..order.len() {
        let mut k = start;
        loop {
            let next = order[k] as usize;
            order[k] = k as u32;
            if next == start || next == k {
                break;
            }
            v.swap(k, next);
            k = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift), so the test needs no dependency.
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn the_same_order_as_the_standard_stable_sort() {
        for (seed, n, modulo) in [
            (1, 0, 5),
            (2, 1, 5),
            (3, 2, 2),
            (4, 37, 4),
            (5, 500, 10),
            (6, 3000, 1000),
        ] {
            // Pairs (key, original position): equal keys must keep their order.
            let items: Vec<(u64, usize)> = numbers(seed, n, modulo).into_iter().zip(0..).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std_sorted, "seed {seed}, n {n}");
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| {
                (a.0 % 3).cmp(&(b.0 % 3)).then(b.0.cmp(&a.0))
            });
            let mut std_sorted = items.clone();
            std_sorted.sort_by(|a, b| (a.0 % 3).cmp(&(b.0 % 3)).then(b.0.cmp(&a.0)));
            assert_eq!(ours, std_sorted, "seed {seed}, n {n}, by two keys");
            // The shared instance WebAssembly sorts with, tested natively too.
            if n >= 2 {
                let mut ours = items.clone();
                by_positions(&mut ours, |a, b| a.0.cmp(&b.0));
                let mut std_sorted = items.clone();
                std_sorted.sort_by_key(|&(k, _)| k);
                assert_eq!(ours, std_sorted, "seed {seed}, n {n}, by positions");
                let mut ours = items.clone();
                by_positions(&mut ours, |a, b| {
                    (a.0 % 3).cmp(&(b.0 % 3)).then(b.0.cmp(&a.0))
                });
                assert_eq!(ours, std_sorted_by_two(&items), "seed {seed}, n {n}");
            }
        }
    }

    fn std_sorted_by_two(items: &[(u64, usize)]) -> Vec<(u64, usize)> {
        let mut v = items.to_vec();
        v.sort_by(|a, b| (a.0 % 3).cmp(&(b.0 % 3)).then(b.0.cmp(&a.0)));
        v
    }

    #[test]
    fn sorts_owned_values() {
        let mut words: Vec<String> = ["pear", "apple", "fig", "apple", "kiwi"]
            .map(String::from)
            .to_vec();
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "kiwi", "pear"]);
    }
}
