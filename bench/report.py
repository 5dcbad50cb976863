"""Turns the JSON lines of `make bench` into a table: prints it and writes bench/results.md with
the machine (nproc, CPU model) and the date. Ratios are to claimscan's native pipeline on one
thread ("ours"); for the other tools a ratio above 1 means claimscan is that many times faster."""

import datetime
import json
import os
import pathlib
import platform
import subprocess
import sys


def cpu_model() -> str:
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    rows = [json.loads(l) for l in pathlib.Path(sys.argv[1]).read_text().splitlines() if l.strip()]
    out = pathlib.Path(sys.argv[2])
    by = {r["name"]: r for r in rows}
    native = by["native"]["mb_s"]
    wasm = by.get("wasm", {}).get("mb_s")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    lines = [
        "# Benchmarks",
        "",
        f"`make bench` on {datetime.date.today().isoformat()}, commit `{commit}`; machine: "
        f"{os.cpu_count()} CPUs (`nproc`), {cpu_model()}; {by['native']['docs']} documents, "
        f"{by['native']['bytes'] / 1e6:.2f} MB of JSONL generated from `tests/corpus` "
        "(bench/make_inputs.py). Best of 3 rounds after a warm-up; the CLI rows are the best wall "
        "clock of 3 interleaved rounds, JSON output included.",
        "",
        "| tool | what it does | MB/s | ours ÷ it | wasm ÷ it |",
        "|---|---|---:|---:|---:|",
    ]
    for r in rows:
        ours = native / r["mb_s"]
        vs_wasm = f"{wasm / r['mb_s']:.2f}×" if wasm else ""
        lines.append(f"| {r['name']} | {r['what']} | {r['mb_s']:.3f} | {ours:.2f}× | {vs_wasm} |")
    jobs = [by.get(f"cli-jobs-{n}", {}).get("mb_s") for n in (1, 2)]
    lines.append("")
    if all(jobs):
        lines.append(f"- `--jobs 2` over `--jobs 1`: {jobs[1] / jobs[0]:.2f}× in wall-clock time (target ≥ 1.7 on two cores)")
        cpu = [by[f"cli-jobs-{n}"].get("cpu_seconds") for n in (1, 2)]
        if all(cpu):
            load = by["cli-jobs-1"].get("load")
            lines.append(
                f"- CPU time (user + system), least of the rounds: `--jobs 1` {cpu[0]:.2f} s, "
                f"`--jobs 2` {cpu[1]:.2f} s ({cpu[1] / cpu[0]:.2f}×: the work two threads add), so "
                f"{2 * cpu[0] / cpu[1]:.2f}× in wall-clock time when both cores are free"
                + (f" (load average {load[0]} before the CLI rows, {load[1]} after)" if load else "")
            )
    if wasm:
        lines.append(f"- WebAssembly time over native time: {native / wasm:.2f}× (target ≤ 1.5)")
        if "wink-nlp" in by:
            lines.append(f"- WebAssembly over wink-nlp: {wasm / by['wink-nlp']['mb_s']:.2f}× (target ≥ 10)")
    lines += [
        "",
        "\"wasm ÷ it\": the WebAssembly module's throughput over that tool's, in the same Node "
        "process for the JavaScript peers.",
        "\"ours ÷ it\": how many times the native pipeline's throughput is that tool's (below 1: "
        "the tool is faster). Machines with other loads give other numbers; compare rows of one "
        "run, not runs.",
        "",
    ]
    if os.environ.get("BENCH_NOTE"):
        lines += [f"Note: {os.environ['BENCH_NOTE']}", ""]
    text = "\n".join(lines)
    out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
