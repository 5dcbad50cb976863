//! The worker's answer as compact bytes: how the report crosses from the worker to the page.
//!
//! The page needs the core's [`Report`] back as Rust values. Reading it from JSON took serde's
//! derived `Deserialize` code for every report type plus serde_json's reader, about 100 KB of
//! the page's wasm before compression, and JSON is slow to write and to read. Here each type
//! writes its fields in declaration order, with no names: LEB128 integers, `f64` as its eight
//! bytes (exact), strings as a length and UTF-8, `Option` and `bool` as one byte, an enum as its
//! index in its `ALL` list. Both ends are this one module, in the same wasm module, so the
//! format needs no version. A struct's fields are listed once ([`wire_struct!`]) and read back
//! with a struct expression, so a field added to a report type is a compile error here until it
//! is listed. Bad bytes give `None`, never a panic. The JSON export still uses serde (export.rs).

use claimscan::quantities::{Direction, QuantityKind};
use claimscan::{
    Attribution, Category, Certainty, Claim, Cue, Entity, EntityKind, Hedge, HedgeType, OffsetUnit,
    QuantitySpan, Report, SentenceOut, Source, SourceKind, TextSpan,
};

use crate::analysis::Payload;
use crate::highlight::Run;

/// A value that can be written to bytes and read back.
pub trait Wire: Sized {
    fn put(&self, out: &mut Vec<u8>);
    fn get(r: &mut Reader<'_>) -> Option<Self>;
}

/// Reads values from bytes written by [`Wire::put`].
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes }
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn uint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(value);
            }
        }
        None
    }
}

/// `value` written as bytes.
pub fn to_bytes<T: Wire>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value.put(&mut out);
    out
}

/// The value written in `bytes`, or `None` when they are not one whole value.
pub fn from_bytes<T: Wire>(bytes: &[u8]) -> Option<T> {
    let mut r = Reader::new(bytes);
    let value = T::get(&mut r)?;
    r.bytes.is_empty().then_some(value)
}

fn put_uint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

impl Wire for usize {
    fn put(&self, out: &mut Vec<u8>) {
        put_uint(out, *self as u64);
    }
    fn get(r: &mut Reader<'_>) -> Option<Self> {
        usize::try_from(r.uint()?).ok()
    }
}

impl Wire for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn get(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Wire for f64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn get(r: &mut Reader<'_>) -> Option<Self> {
        Some(f64::from_le_bytes(r.take(8)?.try_into().ok()?))
    }
}

impl Wire for String {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        out.extend_from_slice(self.as_bytes());
    }
    fn get(r: &mut Reader<'_>) -> Option<Self> {
        let n = usize::get(r)?;
        std::str::from_utf8(r.take(n)?).ok().map(str::to_owned)
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.put(out);
            }
        }
    }
    fn get(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => Some(Some(T::get(r)?)),
            _ => None,
        }
    }
}

/// `items` written as bytes, as a `Vec<T>` of them would be.
pub fn slice_to_bytes<T: Wire>(items: &[T]) -> Vec<u8> {
    let mut out = Vec::new();
    put_slice(items, &mut out);
    out
}

fn put_slice<T: Wire>(items: &[T], out: &mut Vec<u8>) {
    items.len().put(out);
    for v in items {
        v.put(out);
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        put_slice(self, out);
    }
    fn get(r: &mut Reader<'_>) -> Option<Self> {
        let n = usize::get(r)?;
        // Every value takes at least one byte: a longer count is bad input, not a reason to
        // reserve memory for it.
        if n > r.bytes.len() {
            return None;
        }
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(T::get(r)?);
        }
        Some(v)
    }
}

/// A fieldless enum as its index in its `ALL` list.
macro_rules! wire_enum {
    ($($ty:ident)*) => {$(
        impl Wire for $ty {
            fn put(&self, out: &mut Vec<u8>) {
                let i = $ty::ALL.iter().position(|v| v == self).unwrap_or(0);
                out.push(i as u8);
            }
            fn get(r: &mut Reader<'_>) -> Option<Self> {
                $ty::ALL.get(usize::from(r.byte()?)).copied()
            }
        }
    )*};
}

/// A struct as its fields in the order listed. Every field must be listed: the pattern in
/// `put` and the struct expression in `get` have no `..`.
macro_rules! wire_struct {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl Wire for $ty {
            fn put(&self, out: &mut Vec<u8>) {
                let $ty { $($field),* } = self;
                $($field.put(out);)*
            }
            fn get(r: &mut Reader<'_>) -> Option<Self> {
                // Struct expression fields are evaluated in the order written: the order of `put`.
                Some($ty { $($field: Wire::get(r)?),* })
            }
        }
    )*};
}

wire_enum! {
    OffsetUnit Attribution SourceKind HedgeType Certainty Category EntityKind QuantityKind Direction
}

wire_struct! {
    TextSpan { start, end, text }
    SentenceOut { start, end, paragraph, headline }
    Source { text, start, end, name, role, entity, kind, vague }
    Cue { text, start, end, lemma, class, phrase }
    Hedge { start, end, text, kind }
    QuantitySpan { text, start, end, kind, value, unit, low, high, date, relative, direction }
    Entity { id, name, kind, role, mentions }
    Claim {
        id, text, start, end, fragments, sentence, attribution, source, cue, channel, hedges,
        condition, future, negated, certainty, checkworthiness, checkworthy, category, statement,
        reasons, quantities,
    }
    Report { schema, id, offsets, sentences, claims, entities, hedges, quantities }
    Run { start, end, claim, depth }
    Payload { report, runs }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{compute, tests::extractor};

    #[test]
    fn a_payload_reads_back_equal() {
        let text = "The mayor said the bridge will reopen in May. Officials said it may cost \
                    3.5 million euros, about 12% more than planned. “We are ready,” she said. \
                    If the council agrees, work could start next week, according to Anna Berg.";
        let payload = compute(&extractor(), text);
        assert!(payload.report.claims.len() >= 3);
        let back: Payload = from_bytes(&to_bytes(&payload)).unwrap();
        assert_eq!(back.report, payload.report);
        assert_eq!(back.runs, payload.runs);
        let claims: Vec<Claim> = from_bytes(&slice_to_bytes(&payload.report.claims[1..])).unwrap();
        assert_eq!(claims, payload.report.claims[1..]);
    }

    #[test]
    fn bad_bytes_give_none() {
        let payload = compute(&extractor(), "Analysts said the plan may fail.");
        let bytes = to_bytes(&payload);
        // Every cut short answer, and one with a byte too many.
        for n in 0..bytes.len() {
            assert!(from_bytes::<Payload>(&bytes[..n]).is_none(), "{n} bytes");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(from_bytes::<Payload>(&longer).is_none());
        // A huge count, a bad enum index, a bad bool.
        assert!(from_bytes::<Vec<String>>(&[0xff, 0xff, 0xff, 0xff, 0x0f]).is_none());
        assert!(from_bytes::<Attribution>(&[200]).is_none());
        assert!(from_bytes::<bool>(&[2]).is_none());
        assert!(
            from_bytes::<String>(&[2, 0xc3, 0x28]).is_none(),
            "bad UTF-8"
        );
        assert!(
            from_bytes::<usize>(&[0x80; 11]).is_none(),
            "an endless integer"
        );
    }
}
