// The extraction worker: the page's own wasm module, whose `main` sees that it runs in a worker
// and answers requests instead of drawing the page (web/src/worker.rs).
import init from "./claimscan_web.js";

init().catch((error) => postMessage(["error", "the extractor could not start: " + error]));
