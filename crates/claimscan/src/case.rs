//! Upper- and lowercase characters from compact tables: the standard library's
//! `char::to_uppercase` and `char::to_lowercase` mappings, written by `build.rs` from the same
//! toolchain as runs of characters with one offset (a few KB less in the page and the npm
//! module than the standard tables of every pair), and [`lower_str`] with `str::to_lowercase`'s
//! final-sigma rule. The tests compare every character with the standard library, and
//! strings with capital sigmas in every context the rule reads.

include!(concat!(env!("OUT_DIR"), "/upper.rs"));

/// The uppercase of `c`: one, two or three characters (`ß` is `SS`), as `c.to_uppercase()`.
pub fn upper(c: char) -> Upper {
    if c.is_ascii() {
        // Most text is ASCII: no table to search.
        return Upper::one(c.to_ascii_uppercase());
    }
    mapped(c, &UPPER_RUNS, &UPPER_MULTI)
}

/// The lowercase of `c`: one or two characters (`İ` is `i̇`), as `c.to_lowercase()`.
pub fn lower(c: char) -> Upper {
    if c.is_ascii() {
        return Upper::one(c.to_ascii_lowercase());
    }
    mapped(c, &LOWER_RUNS, &LOWER_MULTI)
}

/// `s` in lowercase, as `s.to_lowercase()`: a capital sigma is `ς` at the end of a word (after
/// a cased character and not before one, case-ignorable characters skipped both ways), else
/// `σ`.
pub fn lower_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == '\u{3a3}' {
            let after = &s[i + c.len_utf8()..];
            let word_final =
                ignorable_then_cased(s[..i].chars().rev()) && !ignorable_then_cased(after.chars());
            out.push(if word_final { '\u{3c2}' } else { '\u{3c3}' });
        } else {
            out.extend(lower(c));
        }
    }
    out
}

/// Whether the first character of `chars` that is not case-ignorable is cased.
fn ignorable_then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !case_ignorable(c)).is_some_and(|c| {
        c.is_lowercase() || c.is_uppercase() || TITLECASE.binary_search(&(c as u32)).is_ok()
    })
}

/// Unicode's Case_Ignorable property (`CASE_IGNORABLE`: ranges `first | (count - 1) << 21`).
fn case_ignorable(c: char) -> bool {
    let u = c as u32;
    let i = CASE_IGNORABLE.partition_point(|&r| r & 0x1F_FFFF <= u);
    i.checked_sub(1)
        .and_then(|i| CASE_IGNORABLE.get(i))
        .is_some_and(|&r| u - (r & 0x1F_FFFF) <= r >> 21)
}

/// One character's mapping from its runs and multi-character rows.
fn mapped(c: char, runs: &[u64], multi: &[[u32; 4]]) -> Upper {
    let u = c as u32;
    let mut out = Upper::one(c);
    if let Ok(i) = multi.binary_search_by_key(&u, |m| m[0]) {
        let m = &multi[i];
        out.len = 0;
        for &x in &m[1..] {
            if let Some(x) = char::from_u32(x).filter(|&x| x != '\0') {
                out.chars[usize::from(out.len)] = x;
                out.len += 1;
            }
        }
        return out;
    }
    let i = runs.partition_point(|&r| (r & 0x1F_FFFF) as u32 <= u);
    if let Some(&r) = i.checked_sub(1).and_then(|i| runs.get(i)) {
        let first = (r & 0x1F_FFFF) as u32;
        let count = ((r >> 21) & 0x3FF) as u32;
        let step = ((r >> 31) & 1) as u32 + 1;
        let delta = (r >> 32) as u32 as i32;
        let k = u - first;
        if k % step == 0 && k / step < count {
            if let Some(x) = char::from_u32(u.wrapping_add_signed(delta)) {
                out.chars[0] = x;
            }
        }
    }
    out
}

/// `s` in uppercase, as `s.to_uppercase()`.
pub fn upper_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_uppercase());
        } else {
            out.extend(upper(c));
        }
    }
    out
}

/// The characters of [`upper`] or [`lower`].
#[derive(Clone, Debug)]
pub struct Upper {
    chars: [char; 3],
    len: u8,
    pos: u8,
}

impl Upper {
    /// One character, mapped already.
    fn one(c: char) -> Upper {
        Upper {
            chars: [c, '\0', '\0'],
            len: 1,
            pos: 0,
        }
    }
}

impl Iterator for Upper {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let c = self
            .chars
            .get(usize::from(self.pos))
            .filter(|_| self.pos < self.len)?;
        self.pos += 1;
        Some(*c)
    }
}

#[cfg(test)]
// Test code compares with, or reads as, the standard library's case mapping.
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn every_character_as_the_standard_library() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want: String = c.to_uppercase().collect();
            let got: String = upper(c).collect();
            assert_eq!(got, want, "{c:?} U+{:04X}", c as u32);
        }
        let s = "straße ǆ ﬃ ŉ ΐ i ı é ǅ 𐐨 abc";
        assert_eq!(upper_str(s), s.to_uppercase());
    }

    #[test]
    fn every_character_in_lowercase_as_the_standard_library() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want: String = c.to_lowercase().collect();
            let got: String = lower(c).collect();
            assert_eq!(got, want, "{c:?} U+{:04X}", c as u32);
            // The final-sigma rule's reading of `c`, before and after a sigma.
            for s in [
                format!("A{c}\u{3a3}"),
                format!("1{c}\u{3a3}"),
                format!("A\u{3a3}{c}"),
                format!("{c}\u{3a3}"),
                format!("\u{3a3}{c}x"),
            ] {
                assert_eq!(lower_str(&s), s.to_lowercase(), "{s:?}");
            }
        }
        let s = "ΟΔΟΣ ΟΔΟΣ. Σ ΑΣ'Σ ΑΣ\u{301} ΑΣ\u{301}Β İSTANBUL ǅ 𐐀 ABC";
        assert_eq!(lower_str(s), s.to_lowercase());
    }

    proptest::proptest! {
        #[test]
        fn strings_in_lowercase_as_the_standard_library(
            s in "[aAΣσ1 .'\u{301}\u{345}ǅİ\u{2019}\u{200d}-]{0,12}"
        ) {
            proptest::prop_assert_eq!(lower_str(&s), s.to_lowercase());
        }
    }
}
