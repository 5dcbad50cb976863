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

impl<'a> OffsetMap<'a> {
    pub fn new(text: &'a str, unit: OffsetUnit) -> OffsetMap<'a> {
        let bytes = text.as_bytes();
        let ascii = unit == OffsetUnit::Byte || text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            let mut count = 0;
            for chunk in bytes.chunks(STEP) {
                checkpoints.push(count);
                count += count_units(chunk, unit);
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
        base + count_units(&self.text[k * STEP..b], self.unit)
    }
}

/// How many units `bytes` (whole characters) are: a byte counts one unless it continues a
/// character, and a four-byte character's first byte one more in UTF-16. Summed without a
/// branch per byte, a loop the compiler vectorises (`bytes` is at most `STEP` long).
fn count_units(bytes: &[u8], unit: OffsetUnit) -> usize {
    let starts = bytes
        .iter()
        .map(|&x| u32::from(x & 0xC0 != 0x80))
        .sum::<u32>() as usize;
    if unit == OffsetUnit::Utf16 {
        starts + bytes.iter().map(|&x| u32::from(x >= 0xF0)).sum::<u32>() as usize
    } else {
        starts
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
