//! Decimal numbers read into `f64`, to the same value as `str::parse::<f64>` but without the
//! standard library's parser: its Eisel–Lemire table of powers of five alone is 10 KB of
//! incompressible data in the page and the npm module, for numbers that are nearly always a few
//! digits ('1,200', '3.5', the lexicons' weights). Short numbers take the exact fast path (at most
//! 15 digits times an exact power of ten: one rounding); any other takes an exact big-integer
//! division, so every result is the nearest `f64`, ties to even, as the standard parser's is.

use core::cmp::Ordering;

/// More significant digits than any rounding decision needs (767 for `f64`); the rest only tell
/// whether the number is above its first `MAX_DIGITS` digits.
const MAX_DIGITS: usize = 800;

/// 10^0 ..= 10^22: every one exact in an `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// `[+-]digits[.digits][(e|E)[+-]digits]` (a digit before or after the point) as the nearest
/// `f64`, ties to even: bit for bit what `s.parse::<f64>()` gives. Anything else is `None`,
/// including the standard parser's `inf` and `nan`. Linear in the length of `s`.
pub fn parse_f64(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    // The value is `digits × 10^exp`, `digits` without leading zeros.
    let mut digits: Vec<u8> = Vec::new();
    let mut exp: i64 = 0;
    let mut truncated = false;
    let mut seen = false;
    while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
        seen = true;
        let d = c - b'0';
        if digits.len() < MAX_DIGITS {
            if d != 0 || !digits.is_empty() {
                digits.push(d);
            }
        } else {
            truncated |= d != 0;
            exp += 1;
        }
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            seen = true;
            let d = c - b'0';
            if digits.len() < MAX_DIGITS {
                if d != 0 || !digits.is_empty() {
                    digits.push(d);
                }
                exp -= 1;
            } else {
                truncated |= d != 0;
            }
            i += 1;
        }
    }
    if !seen {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            // Far past any finite or non-zero f64 either way; the mantissa's exponent is
            // within ±(input length), so the sum cannot overflow.
            e = (e * 10 + i64::from(c - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp += if eneg { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    let v = magnitude(digits, exp, truncated);
    Some(if neg { -v } else { v })
}

/// `digits × 10^exp` (plus a little when `truncated`) as the nearest `f64`.
fn magnitude(mut digits: Vec<u8>, mut exp: i64, truncated: bool) -> f64 {
    if truncated {
        // Above the kept digits, below their next step: a 1 past the last one says as much.
        digits.push(1);
        exp -= 1;
    }
    while digits.last() == Some(&0) {
        digits.pop();
        exp += 1;
    }
    if digits.is_empty() {
        return 0.0;
    }
    let n = digits.len() as i64;
    // The value is in [10^(n+exp-1), 10^(n+exp)).
    if n + exp > 310 {
        return f64::INFINITY;
    }
    if n + exp < -324 {
        return 0.0;
    }
    if n <= 15 {
        let mut m = digits.iter().fold(0u64, |m, &d| m * 10 + u64::from(d));
        // Exact operands, so one correctly rounded operation (Clinger's fast path).
        if (0..=22).contains(&exp) {
            return m as f64 * POW10[exp as usize];
        }
        if (-22..0).contains(&exp) {
            return m as f64 / POW10[(-exp) as usize];
        }
        if exp > 22 && exp <= 22 + 15 - n {
            for _ in 22..exp {
                m *= 10;
            }
            return m as f64 * POW10[22];
        }
    }
    let mut num = Big::from_digits(&digits);
    let mut den = Big(vec![1]);
    if exp >= 0 {
        num.mul_pow10(exp as u32);
    } else {
        den.mul_pow10((-exp) as u32);
    }
    ratio(&num, &den)
}

/// `num / den` (both non-zero) as the nearest `f64`, ties to even.
fn ratio(num: &Big, den: &Big) -> f64 {
    // q = floor(num × 2^k / den) has 55 or 56 bits.
    let k = 55 - (num.bits() as i64 - den.bits() as i64);
    let (mut a, b) = if k >= 0 {
        (num.shl(k as usize), den.clone())
    } else {
        (num.clone(), den.shl((-k) as usize))
    };
    let mut q: u128 = 0;
    for bit in (0..=56).rev() {
        let d = b.shl(bit);
        if a.cmp(&d) != Ordering::Less {
            a.sub_assign(&d);
            q |= 1 << bit;
        }
    }
    let sticky = !a.0.is_empty();
    let qb = 128 - i64::from(q.leading_zeros());
    // The leading bit's exponent; below -1022 the number is subnormal, with fewer bits.
    let e2 = qb - 1 - k;
    let p = if e2 >= -1022 { 53 } else { 1075 + e2 };
    let drop = qb - p;
    if drop > qb {
        return 0.0; // below half the smallest subnormal
    }
    let drop = drop as u32;
    let mut m = q >> drop;
    let rem = q & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    if rem > half || (rem == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    // m × 2^(drop - k); a subnormal's unit is 2^-1074, so its bits are m itself.
    let mut e = i64::from(drop) - k;
    if p < 53 {
        return f64::from_bits(m as u64);
    }
    if m == 1 << 53 {
        m >>= 1;
        e += 1;
    }
    let biased = e + 1075;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits(((biased as u64) << 52) | (m as u64 & ((1 << 52) - 1)))
}

/// A natural number, 32-bit limbs, least significant first, no high zero limbs.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn from_digits(digits: &[u8]) -> Big {
        let mut b = Big(Vec::new());
        for chunk in digits.chunks(9) {
            let (mul, add) = chunk
                .iter()
                .fold((1u32, 0u32), |(m, a), &d| (m * 10, a * 10 + u32::from(d)));
            b.mul_add(mul, add);
        }
        b
    }

    fn mul_add(&mut self, mul: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let t = u64::from(*limb) * u64::from(mul) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut e: u32) {
        while e >= 9 {
            self.mul_add(1_000_000_000, 0);
            e -= 9;
        }
        self.mul_add(10u32.pow(e), 0);
    }

    fn bits(&self) -> usize {
        match self.0.last() {
            Some(&top) => self.0.len() * 32 - top.leading_zeros() as usize,
            None => 0,
        }
    }

    fn shl(&self, n: usize) -> Big {
        let (words, bits) = (n / 32, n % 32);
        let mut v = vec![0u32; words];
        if bits == 0 {
            v.extend_from_slice(&self.0);
        } else {
            let mut carry = 0u32;
            for &limb in &self.0 {
                v.push((limb << bits) | carry);
                carry = limb >> (32 - bits);
            }
            if carry != 0 {
                v.push(carry);
            }
        }
        Big(v)
    }

    fn cmp(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }

    /// `self -= other`, `other <= self`.
    fn sub_assign(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let t = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            *limb = t as u32;
            borrow = i64::from(t < 0);
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_f64;
    use proptest::prelude::*;

    fn same(s: &str) {
        let want = s.parse::<f64>().ok();
        let got = parse_f64(s);
        assert_eq!(
            got.map(f64::to_bits),
            want.map(f64::to_bits),
            "{s}: {got:?} vs the standard parser's {want:?}"
        );
    }

    #[test]
    fn hard_cases_match_the_standard_parser() {
        for s in [
            "0",
            "-0",
            "+0",
            "0.0",
            "-0.0",
            "1",
            "-1",
            "1.",
            ".5",
            "-.5",
            "00012",
            "1,200",
            "3.5",
            "-0.853",
            "0.1",
            "0.3",
            "1e5",
            "1E+05",
            "1e-5",
            "2.5e3",
            "123456789012345",
            "1234567890123456",
            "12345678901234567890",
            "9007199254740992",
            "9007199254740993",
            "9007199254740995",
            "1e22",
            "1e23",
            "123e20",
            "1e308",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "-1e400",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062328e-324",
            "2.4703282292062327e-324",
            "1e-324",
            "-1e-400",
            "5e-324",
            "0.000000000000000000000000000000000000000001",
            "1e99999999999999999999",
            "1e-99999999999999999999",
            "0e999999",
            "",
            "-",
            "+",
            ".",
            "e5",
            "1e",
            "1e+",
            "1.2.3",
            "1 ",
            " 1",
            "--1",
            "1_000",
            "0x10",
            "1ee5",
            "١",
        ] {
            same(s);
        }
        for s in ["inf", "-inf", "NaN", "infinity"] {
            assert_eq!(parse_f64(s), None, "{s}");
        }
        // Past MAX_DIGITS: a long run of digits, then a tail that decides the rounding.
        let half = "9007199254740993"; // 2^53 + 1: exactly between two f64s
        same(&format!("{half}{}", "0".repeat(1000)));
        same(&format!("{half}{}1", "0".repeat(1000)));
        same(&format!("{half}.{}1", "0".repeat(1000)));
        same(&format!("0.{}{half}", "0".repeat(300)));
        same(&"7".repeat(5000));
        same(&format!("0.{}", "3".repeat(5000)));
        // Halfway between two f64s, written out in full (ties go to the even one), and a hair
        // above: 1 + 2^-53, and (2k + 1) × 2^-1075 between the subnormals k and k + 1.
        same("1.00000000000000011102230246251565404236316680908203125");
        same("1.000000000000000111022302462515654042363166809082031250001");
        for k in [0u32, 1, 2, 7, (1 << 20) + 1] {
            // (2k + 1) × 5^1075, as decimal digits, most significant last.
            let mut d = vec![0u8; 0];
            let mut v = 2 * k + 1;
            while v > 0 {
                d.push((v % 10) as u8);
                v /= 10;
            }
            for _ in 0..1075 {
                let mut carry = 0;
                for x in d.iter_mut() {
                    let t = *x * 5 + carry;
                    *x = t % 10;
                    carry = t / 10;
                }
                if carry > 0 {
                    d.push(carry);
                }
            }
            let digits: String = d.iter().rev().map(|&x| char::from(b'0' + x)).collect();
            let s = format!("{digits}e-1075");
            same(&s);
            same(&format!("{digits}1e-1076"));
            same(&format!("-{s}"));
        }
    }

    #[test]
    fn printed_floats_read_back() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let f = f64::from_bits(x);
            if !f.is_finite() {
                continue;
            }
            same(&format!("{f:e}"));
            same(&format!("{f:.3e}"));
            same(&format!("{:.20e}", f));
            if f.abs() < 1e30 && f.abs() > 1e-30 {
                same(&format!("{f}"));
                same(&format!("{f:.4}"));
            }
        }
    }

    proptest! {
        #[test]
        fn decimals_match_the_standard_parser(
            s in "[+-]?[0-9]{0,25}(\\.[0-9]{0,25})?([eE][+-]?[0-9]{1,3})?"
        ) {
            same(&s);
        }

        #[test]
        fn any_text_matches_or_is_none(s in "\\PC{0,12}") {
            let got = parse_f64(&s);
            match s.parse::<f64>() {
                Ok(v) if v.is_finite() || s.bytes().all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b)) => {
                    prop_assert_eq!(got.map(f64::to_bits), Some(v.to_bits()));
                }
                Ok(_) => prop_assert_eq!(got, None), // inf, nan
                Err(_) => prop_assert_eq!(got, None),
            }
        }
    }
}
