//! Rule 5: enumerations written inline (`1.) a 2.) b`, `a. x b. y`, `• 9. x • 10. y`).

use super::*;

/// An enumeration marker: `1.`, `1)`, `1.)`, `a.`, `a)`, optionally after a bullet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Marker {
    value: u32,
    letter: bool,
    /// The suffix (".", ")" or ".)") and the bullet, for comparing styles.
    suffix: &'static str,
    bullet: Option<char>,
    /// The byte after the marker and its space.
    pub end: usize,
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '◦' | '▪' | '·')
}

pub(super) fn marker_at(text: &str, at: usize, limit: usize) -> Option<Marker> {
    let mut i = at;
    let mut bullet = None;
    if let Some(c) = char_at(text, i).filter(|&c| is_bullet(c)) {
        bullet = Some(c);
        i += c.len_utf8();
        if text.as_bytes().get(i) == Some(&b' ') {
            i += 1;
        }
    }
    let b = text.as_bytes();
    let (value, letter) = if b.get(i).is_some_and(u8::is_ascii_digit) {
        let n = b[i..limit.min(i + 3)]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if n > 2 {
            return None;
        }
        let v: u32 = text[i..i + n].parse().ok()?;
        i += n;
        (v, false)
    } else if b.get(i).is_some_and(u8::is_ascii_lowercase) {
        let v = u32::from(b[i] - b'a') + 1;
        i += 1;
        (v, true)
    } else {
        return None;
    };
    let rest = &b[i..limit];
    let suffix = if rest.starts_with(b".) ") {
        ".)"
    } else if rest.starts_with(b". ") {
        "."
    } else if rest.starts_with(b") ") {
        ")"
    } else {
        return None;
    };
    Some(Marker {
        value,
        letter,
        suffix,
        bullet,
        end: i + suffix.len() + 1,
    })
}

/// The markers of an inline enumeration that opens the run: each one after the first, in a
/// consecutive series of the same style. Empty when the run does not open with a marker.
pub(super) fn inline_list(text: &str, run: Span, first: &Marker) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let b = text.as_bytes();
    let mut expected = first.value + 1;
    let mut i = first.end;
    while i < run.end {
        if b[i] == b' ' {
            let at = i + 1;
            if let Some(m) = marker_at(text, at, run.end) {
                if m.value == expected
                    && m.letter == first.letter
                    && m.suffix == first.suffix
                    && m.bullet == first.bullet
                {
                    found.push((at, m.end));
                    expected += 1;
                    i = m.end;
                    continue;
                }
            }
        }
        i += 1;
    }
    found
}
