//! Conversion of byte offsets in the original text to the caller's [`OffsetUnit`].
//!
//! A checkpoint every 64 bytes keeps memory at 1/16 of the text and each lookup at most 64
//! byte steps, whatever the text's size.

use crate::report::OffsetUnit;

const STEP: usize = 64;

/// Converts original byte offsets to `unit`.
pub struct OffsetMap<'a> {
    text: &'a [u8],
    unit: OffsetUnit,
    ascii: bool,
    checkpoints: Vec<usize>,
}

fn units(b: u8, unit: OffsetUnit) -> usize {
    if b & 0xC0 == 0x80 {
        0
    } else if unit == OffsetUnit::Utf16 && b >= 0xF0 {
        2
    } else {
        1
    }
}

impl<'a> OffsetMap<'a> {
    pub fn new(text: &'a str, unit: OffsetUnit) -> OffsetMap<'a> {
        let bytes = text.as_bytes();
        let ascii = unit == OffsetUnit::Byte || text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            let mut count = 0;
            for chunk in bytes.chunks(STEP) {
                checkpoints.push(count);
                count += chunk.iter().map(|&b| units(b, unit)).sum::<usize>();
            }
            checkpoints.push(count);
        }
        OffsetMap {
            text: bytes,
            unit,
            ascii,
            checkpoints,
        }
    }

    /// The offset of original byte `b` in the target unit.
    pub fn convert(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let k = b / STEP;
        let base = self.checkpoints[k];
        base + self.text[k * STEP..b]
            .iter()
            .map(|&x| units(x, self.unit))
            .sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_emoji_and_cjk() {
        let text = "a😀b中c".repeat(40);
        for unit in [OffsetUnit::Char, OffsetUnit::Utf16, OffsetUnit::Byte] {
            let map = OffsetMap::new(&text, unit);
            for (i, _) in text.char_indices() {
                let want = match unit {
                    OffsetUnit::Char => text[..i].chars().count(),
                    OffsetUnit::Utf16 => text[..i].encode_utf16().count(),
                    OffsetUnit::Byte => i,
                };
                assert_eq!(map.convert(i), want);
            }
        }
    }
}
