"""`make bench`: every benchmark in this folder, one after another; results in bench/results/.

Each `bench_*.py` has a `main()` that prints its figures and writes bench/results/<name>.json.
Benchmarks run in a fixed order, cheapest first, so a slow one never hides the others' figures.
"""

import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def benchmarks() -> list[Path]:
    """The benchmark scripts, in name order."""
    return sorted(HERE.glob("bench_*.py"))


def run(path: Path) -> float:
    """Import one benchmark script and run its main(); return the seconds it took."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    started = time.perf_counter()
    module.main()
    return time.perf_counter() - started


def main() -> None:
    chosen = set(sys.argv[1:])
    for path in benchmarks():
        name = path.stem.removeprefix("bench_")
        if chosen and name not in chosen:
            continue
        print(f"\n== {name} ==", flush=True)
        seconds = run(path)
        print(f"({name}: {seconds:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
