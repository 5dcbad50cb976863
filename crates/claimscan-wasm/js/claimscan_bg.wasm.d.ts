// `import wasmUrl from "claimscan/claimscan_bg.wasm"`: what a bundler's file or asset loader
// (esbuild `--loader:.wasm=file`, Vite `?url`, webpack `asset/resource`) gives for the module,
// to pass as `init({ module_or_path: wasmUrl })`. Not importable in plain Node.
declare const url: string;
export default url;
