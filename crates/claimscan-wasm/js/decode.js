// The objects of a report's tape (crates/claimscan-wasm/src/tape.rs has the format): one call
// from the module per report, instead of one per value and field.
const tapeUtf8 = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });

export function decodeTape(b) {
  const f64 = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const names = [undefined];
  let p = 0;
  function leb() {
    let x = 0;
    let m = 1;
    let c;
    do {
      c = b[p++];
      x += (c & 127) * m;
      m *= 128;
    } while (c & 128);
    return x;
  }
  // a short ASCII string is read byte by byte (a third faster than a TextDecoder call each)
  const codes = [];
  function str() {
    const n = leb();
    const e = p + n;
    if (n < 16) {
      codes.length = 0;
      for (let i = p; i < e && b[i] < 128; i++) codes.push(b[i]);
      if (codes.length === n) {
        p = e;
        return String.fromCharCode(...codes);
      }
    }
    const s = tapeUtf8.decode(b.subarray(p, e));
    p = e;
    return s;
  }
  // a name's number; the next number brings its text (0 ends an object)
  function name() {
    const i = leb();
    if (i === names.length) names.push(str());
    return names[i];
  }
  function value() {
    switch (b[p++]) {
      case 0:
        return null;
      case 1:
        return false;
      case 2:
        return true;
      case 3:
        return leb();
      case 4: {
        const x = f64.getFloat64(p, true);
        p += 8;
        return x;
      }
      case 5:
        return str();
      case 6:
        return name();
      case 7: {
        const a = [];
        while (b[p] !== 9) a.push(value());
        p++;
        return a;
      }
      case 8: {
        const o = {};
        for (let k = name(); k !== undefined; k = name()) o[k] = value();
        return o;
      }
      case 10: {
        const o = {};
        while (b[p] !== 9) {
          const k = value();
          o[k] = value();
        }
        p++;
        return o;
      }
      default:
        throw new Error("claimscan: bad report tape at byte " + (p - 1));
    }
  }
  return value();
}
