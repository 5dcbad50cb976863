//! A report crosses into JavaScript as one byte string, the *tape*, that a small JS function
//! (`decode.js`, an inline snippet) turns into plain objects in one call.
//!
//! serde-wasm-bindgen makes the same objects with a call out of the module for every value and
//! another for every field it sets (a report of a news article has thousands of each); here the
//! module calls JS once. Measured on 280 KB of the bench corpus in Node (instructions per pass,
//! cachegrind, TurboFan only): pipeline 0.79 G; objects by serde-wasm-bindgen +0.46 G; one JSON
//! string (serde_json) +0.37 G, and `JSON.parse` of it +0.22 G more; see the README for the tape.
//!
//! The objects are those serde-wasm-bindgen made with [`crate::SERIALIZER`]'s settings: `null`
//! for `None` and unit values, plain objects for structs and maps (fields in serialization
//! order), arrays for sequences and tuples, `{variant: value}` for data-carrying enum variants,
//! numbers for integers and floats (an integer beyond ±2^53 is an error, as it was).
//!
//! The format (integers as unsigned LEB128):
//! - a value is a tag byte: [`NULL`], [`FALSE`], [`TRUE`]; [`UINT`] and an integer; [`F64`]
//!   and 8 bytes little-endian; [`STR`], a byte length and UTF-8; [`NAME`] and a name;
//!   [`ARRAY`], values, [`END`]; [`OBJECT`], (name, value) pairs, the name 0; [`MAP`],
//!   (key value, value) pairs, [`END`].
//! - a *name* (a field name or a unit variant: `&'static str`s) is an index into the names the
//!   tape has given so far, counted from 1; the next index is followed by the name's byte length
//!   and UTF-8, so each name is decoded once per report.

use serde::ser::{self, Serialize};
use std::fmt;

pub const NULL: u8 = 0;
pub const FALSE: u8 = 1;
pub const TRUE: u8 = 2;
pub const UINT: u8 = 3;
pub const F64: u8 = 4;
pub const STR: u8 = 5;
pub const NAME: u8 = 6;
pub const ARRAY: u8 = 7;
pub const OBJECT: u8 = 8;
pub const END: u8 = 9;
pub const MAP: u8 = 10;

/// The largest integer a JS number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE: u64 = (1 << 53) - 1;

/// Slots of the name cache (2^8: the hash below keeps 8 bits).
const SLOTS: usize = 256;

/// The tape of `value`.
pub fn write<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    let mut tape = Tape {
        out: Vec::with_capacity(4096),
        names: Vec::new(),
        cache: [(0, 0, 0); SLOTS],
    };
    value.serialize(&mut tape)?;
    Ok(tape.out)
}

/// A value the tape cannot hold.
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

struct Tape {
    out: Vec<u8>,
    /// The names given so far (index + 1 is a name's number), by address and length.
    names: Vec<(usize, usize)>,
    /// Recently used names, by a hash of their address: (address, length, number).
    cache: [(usize, usize, u32); SLOTS],
}

impl Tape {
    fn leb(&mut self, mut x: u64) {
        while x >= 0x80 {
            self.out.push((x as u8) | 0x80);
            x >>= 7;
        }
        self.out.push(x as u8);
    }

    fn bytes(&mut self, s: &str) {
        self.leb(s.len() as u64);
        self.out.extend_from_slice(s.as_bytes());
    }

    /// A `&'static str` by its number, given in full the first time. Two names with the same
    /// text at different addresses are given twice: the decoder gets the same string.
    fn name(&mut self, s: &'static str) {
        let key = (s.as_ptr() as usize, s.len());
        let slot = ((key.0 ^ key.1) as u32).wrapping_mul(0x9E37_79B9) as usize >> 24;
        let (a, l, n) = self.cache[slot];
        if (a, l) == key && n != 0 {
            self.leb(u64::from(n));
            return;
        }
        let n = match self.names.iter().position(|&k| k == key) {
            Some(i) => {
                let n = i as u32 + 1;
                self.leb(u64::from(n));
                n
            }
            None => {
                self.names.push(key);
                let n = self.names.len() as u32;
                self.leb(u64::from(n));
                self.bytes(s);
                n
            }
        };
        self.cache[slot] = (key.0, key.1, n);
    }

    fn int(&mut self, negative: bool, magnitude: u64) -> Result<(), Error> {
        if magnitude > MAX_SAFE {
            return Err(Error(format!(
                "{}{magnitude} is beyond a JavaScript number's exact integers",
                if negative { "-" } else { "" }
            )));
        }
        if negative && magnitude != 0 {
            self.float(-(magnitude as f64));
        } else {
            self.out.push(UINT);
            self.leb(magnitude);
        }
        Ok(())
    }

    fn float(&mut self, v: f64) {
        self.out.push(F64);
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn string(&mut self, s: &str) {
        self.out.push(STR);
        self.bytes(s);
    }
}

type Result<T = (), E = Error> = std::result::Result<T, E>;

impl<'a> ser::Serializer for &'a mut Tape {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = Seq<'a>;
    type SerializeStruct = Seq<'a>;
    type SerializeStructVariant = Seq<'a>;

    fn serialize_bool(self, v: bool) -> Result {
        self.out.push(if v { TRUE } else { FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result {
        self.int(v < 0, v.unsigned_abs())
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.int(false, v)
    }
    fn serialize_f32(self, v: f32) -> Result {
        self.float(v.into());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result {
        self.float(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Error("byte arrays are not part of a report".into()))
    }
    fn serialize_none(self) -> Result {
        self.out.push(NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.out.push(NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.out.push(NAME);
        self.name(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Result {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result {
        self.out.push(OBJECT);
        self.name(variant);
        v.serialize(&mut *self)?;
        self.out.push(0);
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>> {
        self.out.push(ARRAY);
        Ok(Seq {
            tape: self,
            close: END,
            wrapped: false,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>> {
        self.out.push(OBJECT);
        self.name(variant);
        self.out.push(ARRAY);
        Ok(Seq {
            tape: self,
            close: END,
            wrapped: true,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Seq<'a>> {
        self.out.push(MAP);
        Ok(Seq {
            tape: self,
            close: END,
            wrapped: false,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Seq<'a>> {
        self.out.push(OBJECT);
        Ok(Seq {
            tape: self,
            close: 0,
            wrapped: false,
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>> {
        self.out.push(OBJECT);
        self.name(variant);
        self.out.push(OBJECT);
        Ok(Seq {
            tape: self,
            close: 0,
            wrapped: true,
        })
    }
}

/// An array, object or map being written; `close` ends it, and `wrapped` also the one-field
/// object of its enum variant.
pub struct Seq<'a> {
    tape: &'a mut Tape,
    close: u8,
    wrapped: bool,
}

impl Seq<'_> {
    fn end(self) -> Result {
        self.tape.out.push(self.close);
        if self.wrapped {
            self.tape.out.push(0);
        }
        Ok(())
    }
    fn value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result {
        v.serialize(&mut *self.tape)
    }
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Result {
        self.tape.name(key);
        v.serialize(&mut *self.tape)
    }
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result {
        self.value(v)
    }
    fn end(self) -> Result {
        Seq::end(self)
    }
}

impl ser::SerializeTuple for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result {
        self.value(v)
    }
    fn end(self) -> Result {
        Seq::end(self)
    }
}

impl ser::SerializeTupleStruct for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result {
        self.value(v)
    }
    fn end(self) -> Result {
        Seq::end(self)
    }
}

impl ser::SerializeTupleVariant for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result {
        self.value(v)
    }
    fn end(self) -> Result {
        Seq::end(self)
    }
}

impl ser::SerializeMap for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result {
        self.value(k)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result {
        self.value(v)
    }
    fn end(self) -> Result {
        Seq::end(self)
    }
}

impl ser::SerializeStruct for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Result {
        self.field(key, v)
    }
    fn end(self) -> Result {
        Seq::end(self)
    }
}

impl ser::SerializeStructVariant for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Result {
        self.field(key, v)
    }
    fn end(self) -> Result {
        Seq::end(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Money,
        Ratio(f64),
    }

    #[derive(Serialize)]
    struct Span {
        start: usize,
        text: &'static str,
        kind: Kind,
        low: Option<i32>,
        flag: bool,
    }

    #[test]
    fn names_are_given_once_and_values_tagged() {
        let spans = [
            Span {
                start: 3,
                text: "é",
                kind: Kind::Money,
                low: None,
                flag: true,
            },
            Span {
                start: 200,
                text: "",
                kind: Kind::Ratio(0.5),
                low: Some(-2),
                flag: false,
            },
        ];
        let tape = write(&spans[..]).unwrap();
        let mut want = vec![ARRAY, OBJECT];
        want.extend([1, 5, b's', b't', b'a', b'r', b't', UINT, 3]);
        want.extend([2, 4, b't', b'e', b'x', b't', STR, 2, 0xC3, 0xA9]);
        want.extend([
            3, 4, b'k', b'i', b'n', b'd', NAME, 4, 5, b'm', b'o', b'n', b'e', b'y',
        ]);
        want.extend([
            5, 3, b'l', b'o', b'w', NULL, 6, 4, b'f', b'l', b'a', b'g', TRUE, 0,
        ]);
        want.extend([OBJECT, 1, UINT, 0xC8, 0x01, 2, STR, 0, 3, OBJECT, 7, 5]);
        want.extend(*b"ratio");
        want.push(F64);
        want.extend(0.5f64.to_le_bytes());
        want.extend([0, 5, F64]);
        want.extend((-2.0f64).to_le_bytes());
        want.extend([6, FALSE, 0, END]);
        assert_eq!(tape, want);
    }

    #[test]
    fn integers_beyond_javascript_numbers_are_errors() {
        assert!(write(&(1u64 << 53)).is_err());
        assert!(write(&i64::MIN).is_err());
        assert_eq!(write(&((1u64 << 53) - 1)).unwrap()[0], UINT);
        assert_eq!(write(&0i64).unwrap(), [UINT, 0]);
    }
}
