// A small app as a user writes it, bundled by tests/pkg/bundle.mjs with esbuild. The one line
// esbuild needs: import the .wasm with the file loader and pass its URL to init().
import init, { Extractor, version } from "claimscan";
import wasmUrl from "claimscan/claimscan_bg.wasm";

const status = document.getElementById("status");
try {
  await init({ module_or_path: wasmUrl });
  const text =
    'Mayor Ana Ruiz said the new bridge "will reopen in May" 🌉. ' +
    "Officials in 東京 said 3 people were hurt.";
  const report = new Extractor().extract(text);
  const list = document.getElementById("claims");
  let badOffsets = 0;
  for (const claim of report.claims) {
    const li = document.createElement("li");
    li.className = "claim";
    li.textContent = `${claim.source?.text ?? "(author)"}: ${text.slice(claim.start, claim.end)}`;
    if (text.slice(claim.start, claim.end) !== claim.text) badOffsets++;
    list.append(li);
  }
  status.textContent = `claimscan ${version()}: ${report.claims.length} claims, ${badOffsets} bad offsets`;
  status.dataset.state = report.claims.length > 0 && badOffsets === 0 ? "ok" : "fail";
} catch (e) {
  status.textContent = String(e);
  status.dataset.state = "error";
}
