//! Uppercase characters from a compact table: the standard library's `char::to_uppercase`
//! mapping, written by `build.rs` from the same toolchain as runs of characters with one offset
//! (a few KB less in the page and the npm module than the standard table of every pair). The
//! tests compare every character with `char::to_uppercase`.

include!(concat!(env!("OUT_DIR"), "/upper.rs"));

/// The uppercase of `c`: one, two or three characters (`ß` is `SS`), as `c.to_uppercase()`.
pub fn upper(c: char) -> Upper {
    let u = c as u32;
    let mut out = Upper {
        chars: [c, '\0', '\0'],
        len: 1,
        pos: 0,
    };
    if let Ok(i) = UPPER_MULTI.binary_search_by_key(&u, |m| m[0]) {
        let m = &UPPER_MULTI[i];
        out.len = 0;
        for &x in &m[1..] {
            if let Some(x) = char::from_u32(x).filter(|&x| x != '\0') {
                out.chars[usize::from(out.len)] = x;
                out.len += 1;
            }
        }
        return out;
    }
    let i = UPPER_RUNS.partition_point(|&r| (r & 0x1F_FFFF) as u32 <= u);
    if let Some(&r) = i.checked_sub(1).and_then(|i| UPPER_RUNS.get(i)) {
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

/// The characters of [`upper`].
#[derive(Clone, Debug)]
pub struct Upper {
    chars: [char; 3],
    len: u8,
    pos: u8,
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
}
