// The npm package's API, hand-written so that it type-checks under `tsc --strict` with any `lib`:
// ES types only (no DOM `Response`/`RequestInfo`, no `WebAssembly` namespace, no
// `Symbol.dispose`). scripts/pkg.sh writes it, followed by src/types.d.ts (the report types),
// as both `claimscan.d.ts` (ESM) and `claimscan.node.d.cts` (CommonJS): one API in both.
// tests/pkg/smoke.* check that the runtime exports exactly these names.

/**
 * Where `init` finds the WebAssembly module: its URL (a string or a `URL`), its bytes, a
 * `fetch()` `Response` (or a promise of one) or a compiled `WebAssembly.Module`.
 */
export type InitInput =
  | string
  | { readonly href: string }
  | ArrayBuffer
  | ArrayBufferView
  | PromiseLike<unknown>
  | object;

/** Options of `init`. */
export interface InitOptions {
  /**
   * The module or where to find it. Default: `new URL("claimscan_bg.wasm", import.meta.url)`,
   * next to `claimscan.js`, which Vite and webpack follow. With esbuild, import the `.wasm` with
   * a file loader and pass its URL here (see the README).
   */
  module_or_path?: InitInput;
}

/** Options of `initSync`. */
export interface InitSyncOptions {
  /** The module's bytes or a compiled `WebAssembly.Module`. */
  module: ArrayBuffer | ArrayBufferView | object;
}

/**
 * Load the WebAssembly module; call (and await) it once before `new Extractor()`. In browsers
 * and bundles it fetches and instantiates the module; on Node (ESM and CommonJS) the module is
 * ready when the package loads and `init` does nothing. Calling it again does nothing.
 */
declare function init(options?: InitOptions): Promise<unknown>;
export default init;
/** The same function by name too (handy from CommonJS: `require("claimscan").init`). */
export { init };
/** `init` without a promise, from the module's bytes. Does nothing on Node. */
export function initSync(options: InitSyncOptions): unknown;

/** The claim extractor: build once, call `extract` many times. */
export class Extractor {
  /** Compile the extractor. Throws an `Error` naming the option (`err.option`) when one is bad. */
  constructor(options?: Options);
  /**
   * Every claim in `text` (report format v1). Offsets are UTF-16 code units by default, so
   * `text.slice(claim.start, claim.end) === claim.text`. Anything but a string throws a
   * `TypeError`; each lone surrogate is read as U+FFFD (one code unit for one, so offsets still
   * index `text`).
   */
  extract(text: string): Report;
  /** The options in use, every one filled in. */
  options(): Required<Options>;
  /** Release the extractor's WebAssembly memory now rather than at garbage collection. */
  free(): void;
}

/** The version of claimscan (the package's version). */
export function version(): string;

/** Every option with its default value. */
export function defaultOptions(): Required<Options>;

