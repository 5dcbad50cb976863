//! Compact JSON into memory, byte for byte as `serde_json::to_writer` writes it (the tests
//! compare the two on every kind of value and on reports), for the JSONL a worker renders.
//!
//! Faster than `serde_json` for our reports, which are mostly short strings and field names
//! (a claim is ~60 of them): a string is checked for bytes to escape eight at a time and copied
//! whole, a field name or string goes into the buffer with one capacity check, and numbers are
//! written without a formatter. Floats are written by `serde_json` itself, so they are its
//! digits.

use std::fmt;

use serde::ser::{self, Serialize};

/// Write `v` as compact JSON at the end of `out`.
pub(crate) fn write(out: &mut Vec<u8>, v: &(impl Serialize + ?Sized)) -> Result<(), Error> {
    v.serialize(&mut Compact(out))
}

/// An error a value's `Serialize` raised (or a map key JSON cannot hold).
#[derive(Debug)]
pub(crate) struct Error(String);

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

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Whether some byte of the eight in `w` may need escaping: under 0x20, `"` or `\`. (Each test
/// is exact as a whole: a borrow starts only at a byte that matches. A false alarm would only
/// cost the byte-by-byte look.)
#[inline]
fn may_escape(w: u64) -> bool {
    let has_zero = |v: u64| v.wrapping_sub(LO) & !v & HI;
    let control = w.wrapping_sub(LO * 0x20) & !w & HI;
    (control | has_zero(w ^ (LO * u64::from(b'"'))) | has_zero(w ^ (LO * u64::from(b'\\')))) != 0
}

/// The escape of byte `c` as `serde_json` writes it, if it needs one.
fn escape_of(c: u8, buf: &mut [u8; 6]) -> Option<&[u8]> {
    let two = |e: u8, buf: &mut [u8; 6]| {
        buf[0] = b'\\';
        buf[1] = e;
    };
    match c {
        b'"' => two(b'"', buf),
        b'\\' => two(b'\\', buf),
        0x08 => two(b'b', buf),
        0x0c => two(b'f', buf),
        b'\n' => two(b'n', buf),
        b'\r' => two(b'r', buf),
        b'\t' => two(b't', buf),
        0..=0x1f => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            *buf = [
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(c >> 4)],
                HEX[usize::from(c & 0xf)],
            ];
            return Some(&buf[..]);
        }
        _ => return None,
    }
    Some(&buf[..2])
}

/// Whether byte `c` needs an escape in a JSON string (as `serde_json`'s table says).
#[inline]
fn needs_escape(c: u8) -> bool {
    c < 0x20 || c == b'"' || c == b'\\'
}

/// Whether no byte of `b` needs an escape: eight bytes at a time, the last ones in one word
/// that ends where `b` does (bytes looked at twice are harmless).
#[inline]
fn clean(b: &[u8]) -> bool {
    let word = |c: &[u8]| {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        u64::from_le_bytes(w)
    };
    if b.len() < 8 {
        return !b.iter().any(|&c| needs_escape(c));
    }
    let mut chunks = b.chunks_exact(8);
    if chunks.by_ref().any(|c| may_escape(word(c))) {
        return false;
    }
    chunks.remainder().is_empty() || !may_escape(word(&b[b.len() - 8..]))
}

/// The contents of a JSON string for `s` (no quotation marks), at the end of `out`.
#[inline]
fn escaped(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    if clean(b) {
        out.extend_from_slice(b);
        return;
    }
    let mut from = 0;
    let mut buf = [0u8; 6];
    for (i, &c) in b.iter().enumerate() {
        if let Some(e) = escape_of(c, &mut buf) {
            out.extend_from_slice(&b[from..i]);
            out.extend_from_slice(e);
            from = i + 1;
        }
    }
    out.extend_from_slice(&b[from..]);
}

/// `s` as a JSON string at the end of `out`.
#[inline]
fn string(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    escaped(out, s);
    out.push(b'"');
}

#[inline]
fn unsigned(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[k..]);
}

#[inline]
fn signed(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    unsigned(out, n.unsigned_abs());
}

/// A float as `serde_json` writes it (`null` when not finite).
fn float(out: &mut Vec<u8>, v: &(impl Serialize + Copy)) -> Result<(), Error> {
    serde_json::to_writer(out, v).map_err(|e| Error(e.to_string()))
}

/// The serializer: the buffer it writes at the end of.
pub(crate) struct Compact<'a>(&'a mut Vec<u8>);

/// A sequence, map or struct being written: whether an element was written yet, and what
/// closes it.
pub(crate) struct Compound<'a, 'b> {
    ser: &'b mut Compact<'a>,
    first: bool,
    close: &'static [u8],
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if !self.first {
            self.ser.0.push(b',');
        }
        self.first = false;
    }
    fn done(self) -> Result<(), Error> {
        self.ser.0.extend_from_slice(self.close);
        Ok(())
    }
}

impl<'a, 'b> ser::Serializer for &'b mut Compact<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'b>;
    type SerializeTuple = Compound<'a, 'b>;
    type SerializeTupleStruct = Compound<'a, 'b>;
    type SerializeTupleVariant = Compound<'a, 'b>;
    type SerializeMap = Compound<'a, 'b>;
    type SerializeStruct = Compound<'a, 'b>;
    type SerializeStructVariant = Compound<'a, 'b>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.0
            .extend_from_slice(if v { b"true".as_slice() } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        signed(self.0, v.into());
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        signed(self.0, v.into());
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        signed(self.0, v.into());
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        signed(self.0, v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.0.extend_from_slice(v.to_string().as_bytes());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        unsigned(self.0, v.into());
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        unsigned(self.0, v.into());
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        unsigned(self.0, v.into());
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        unsigned(self.0, v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.0.extend_from_slice(v.to_string().as_bytes());
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        float(self.0, &v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        float(self.0, &v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        string(self.0, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        string(self.0, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.0.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.0.push(b'{');
        string(self.0, variant);
        self.0.push(b':');
        v.serialize(&mut *self)?;
        self.0.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, 'b>, Error> {
        self.0.push(b'[');
        Ok(Compound {
            ser: self,
            first: true,
            close: b"]",
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'b>, Error> {
        self.0.push(b'{');
        string(self.0, variant);
        self.0.extend_from_slice(b":[");
        Ok(Compound {
            ser: self,
            first: true,
            close: b"]}",
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, 'b>, Error> {
        self.0.push(b'{');
        Ok(Compound {
            ser: self,
            first: true,
            close: b"}",
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'b>, Error> {
        self.0.push(b'{');
        string(self.0, variant);
        self.0.extend_from_slice(b":{");
        Ok(Compound {
            ser: self,
            first: true,
            close: b"}}",
        })
    }
    /// As `serde_json`: the value's `Display` written into the string as it goes.
    fn collect_str<T: fmt::Display + ?Sized>(self, v: &T) -> Result<(), Error> {
        struct Adapter<'v>(&'v mut Vec<u8>);
        impl fmt::Write for Adapter<'_> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                escaped(self.0, s);
                Ok(())
            }
        }
        self.0.push(b'"');
        fmt::write(&mut Adapter(self.0), format_args!("{v}"))
            .map_err(|_| Error("a value's Display failed".to_string()))?;
        self.0.push(b'"');
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.comma();
        v.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.done()
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<(), Error> {
        self.done()
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<(), Error> {
        self.done()
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<(), Error> {
        self.done()
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        key.serialize(Key(&mut *self.ser.0))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.ser.0.push(b':');
        v.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.done()
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.comma();
        string(self.ser.0, key);
        self.ser.0.push(b':');
        v.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.done()
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, v)
    }
    fn end(self) -> Result<(), Error> {
        self.done()
    }
}

/// A map key: a string, or a number or bool written as a string, as `serde_json` writes keys
/// (anything else is an error there too).
struct Key<'a>(&'a mut Vec<u8>);

impl Key<'_> {
    fn quoted(self, f: impl FnOnce(&mut Vec<u8>)) -> Result<(), Error> {
        self.0.push(b'"');
        f(self.0);
        self.0.push(b'"');
        Ok(())
    }
}

fn key_error() -> Error {
    Error("key must be a string".to_string())
}

impl ser::Serializer for Key<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(|o| o.extend_from_slice(if v { b"true".as_slice() } else { b"false" }))
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.quoted(|o| signed(o, v.into()))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.quoted(|o| signed(o, v.into()))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.quoted(|o| signed(o, v.into()))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.quoted(|o| signed(o, v))
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.quoted(|o| o.extend_from_slice(v.to_string().as_bytes()))
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.quoted(|o| unsigned(o, v.into()))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.quoted(|o| unsigned(o, v.into()))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.quoted(|o| unsigned(o, v.into()))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.quoted(|o| unsigned(o, v))
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.quoted(|o| o.extend_from_slice(v.to_string().as_bytes()))
    }
    fn serialize_f32(self, _v: f32) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        string(self.0, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        string(self.0, v);
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _v: &T) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _v: &T,
    ) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_error())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_error())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_error())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_error())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_error())
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(key_error())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_error())
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, v: &T) -> Result<(), Error> {
        self.serialize_str(&v.to_string())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    use super::*;

    fn same(v: &(impl Serialize + ?Sized)) {
        let mut ours = b"prefix".to_vec();
        write(&mut ours, v).expect("writes");
        let theirs = serde_json::to_vec(v).expect("serde_json writes");
        assert_eq!(
            String::from_utf8_lossy(&ours[6..]),
            String::from_utf8_lossy(&theirs)
        );
        assert_eq!(&ours[..6], b"prefix");
    }

    #[derive(Serialize)]
    enum E {
        Unit,
        New(u8),
        Tuple(i32, String),
        Struct { a: Option<f64>, b: Vec<bool> },
    }

    #[derive(Serialize)]
    struct Unit;

    #[derive(Serialize)]
    struct Wrap(String);

    #[derive(Serialize)]
    #[serde(rename_all = "lowercase")]
    enum Lower {
        OneWord,
    }

    #[test]
    fn every_byte_and_string_is_escaped_as_serde_json_escapes_it() {
        let all: String = (0u8..=0x7f).map(char::from).collect();
        same(&all);
        for s in [
            "",
            "a",
            "plain ASCII text longer than eight bytes",
            "quote \" and backslash \\ at 7: 123456\"",
            "\u{7f}\u{80}\u{ff}é 🙌 林美 مرحبا",
            "tab\tnewline\ncr\rff\u{c}bs\u{8}vt\u{b}nul\u{0}\u{1f}",
            "12345678\"",
            "1234567\"",
            "\"\"\"\"\"\"\"\"\"\"",
            "\\\\\\\\\\\\\\\\\\",
        ] {
            same(s);
            // Each length up to the whole, so every place in an eight-byte chunk is tried.
            for k in (0..=s.len()).filter(|&k| s.is_char_boundary(k)) {
                same(&s[..k]);
                same(&s[k..]);
            }
        }
        let mut bytes = [0u8; 8];
        for k in 0..8 {
            for c in [0u8, 0x1f, b'"', b'\\', 0x20, 0x7f, b'a'] {
                bytes = [b'x'; 8];
                bytes[k] = c;
                same(std::str::from_utf8(&bytes).unwrap());
            }
        }
        same(std::str::from_utf8(&bytes).unwrap());
    }

    #[test]
    fn every_kind_of_value_is_written_as_serde_json_writes_it() {
        same(&0u64);
        same(&u64::MAX);
        same(&i64::MIN);
        same(&i64::MAX);
        same(&-1i8);
        same(&(u128::MAX, i128::MIN));
        for f in [
            0.0,
            -0.0,
            1.5,
            0.1,
            1e300,
            -2.5e-300,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            200000.0,
            0.44942,
        ] {
            same(&f);
            same(&(f as f32));
        }
        same(&'x');
        same(&'"');
        same(&true);
        same(&());
        same(&Unit);
        same(&Wrap("w".into()));
        same(&None::<u8>);
        same(&Some("s"));
        same(&Vec::<u8>::new());
        same(&vec![vec![1, 2], vec![], vec![3]]);
        same(&Bytes(&[0, 1, 255]));
        same(&[E::Unit, E::New(3), E::Tuple(-4, "t".into())]);
        same(&E::Struct {
            a: Some(0.5),
            b: vec![true, false],
        });
        same(&E::Struct { a: None, b: vec![] });
        same(&Lower::OneWord);
        let mut m = BTreeMap::new();
        m.insert("k\"ey", vec![1.0, f64::NAN]);
        m.insert("", vec![]);
        same(&m);
        let mut n = BTreeMap::new();
        n.insert(7u32, "seven");
        n.insert(8u32, "eight");
        same(&n);
        let mut b = BTreeMap::new();
        b.insert(true, 1);
        same(&b);
        same(&format_args!("collected {} \"str\"\n", 42));
    }

    /// A value serialized with `serialize_bytes`.
    struct Bytes<'b>(&'b [u8]);

    impl Serialize for Bytes<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(self.0)
        }
    }

    #[test]
    fn reports_are_written_as_serde_json_writes_them() {
        let texts = [
            "Lantern festival draws record crowds\n\nThe city's festival drew more than 200,000 \
             visitors this weekend, organisers said on Sunday. \"This is the biggest year we \
             have had,\" said festival director Mei Lin, who founded it in 2009.",
            "Prices rose 4.5% in May, the bureau said. Officials may raise rates by $2 billion \
             next year, according to analysts.\tA \u{1}control and a \"quote\" \\ here.",
            "",
            "\u{0}\u{1f}\"\\",
        ];
        for options in [
            claimscan::Options::default(),
            claimscan::Options {
                reasons: false,
                ..claimscan::Options::default()
            },
        ] {
            let ex = claimscan::Extractor::new(options).expect("options");
            for t in texts {
                same(&ex.streamed(t, Some("id\"1")));
                same(&ex.streamed(t, None));
                same(&ex.extract(t));
            }
        }
    }
}
