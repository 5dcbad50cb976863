"""The CLI rows of `make bench`: `claimscan extract --input jsonl --jobs N` for N = 1 and 2,
interleaved, ROUNDS rounds each, JSONL output to /dev/null. For each N it keeps the best wall
time (the MB/s of the row) and the least CPU time (user + system, from the child's rusage), so
that a machine shared with other work shows whether `--jobs 2` spreads the same work over two
cores (CPU time about equal, wall time about half) even when the second core is busy.
Prints one JSON line per N, with the load average before and after."""

import json
import os
import resource
import subprocess
import sys
import time


def run(binary: str, jobs: int, path: str) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [binary, "extract", "--input", "jsonl", "--format", "jsonl", "--jobs", str(jobs), path],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    binary, path, docs, nbytes = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rounds = int(os.environ.get("BENCH_CLI_ROUNDS", "3"))
    load_before = os.getloadavg()[0]
    best = {1: (float("inf"), float("inf")), 2: (float("inf"), float("inf"))}
    for _ in range(rounds):
        for n in (1, 2):
            wall, cpu = run(binary, n, path)
            best[n] = (min(best[n][0], wall), min(best[n][1], cpu))
    load_after = os.getloadavg()[0]
    for n in (1, 2):
        wall, cpu = best[n]
        print(json.dumps({
            "name": f"cli-jobs-{n}",
            "what": f"claimscan extract --input jsonl --jobs {n} (JSONL out)",
            "docs": docs,
            "bytes": nbytes,
            "seconds": wall,
            "mb_s": nbytes / 1e6 / wall,
            "cpu_seconds": cpu,
            "rounds": rounds,
            "load": [round(load_before, 2), round(load_after, 2)],
        }))


if __name__ == "__main__":
    main()
