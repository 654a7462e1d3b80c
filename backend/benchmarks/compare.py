"""Print two benchmark runs side by side as a Markdown table (for docs/performance.md).

    .venv/bin/python benchmarks/compare.py benchmarks/results/before.json \\
        benchmarks/results/after.json
"""

import argparse
import json
from pathlib import Path
from typing import Any


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    before, after = load(args.before), load(args.after)
    old = {result["name"]: result for result in before["results"]}
    print(
        "| scenario | before p50 | before p95 | before × health "
        "| after p50 | after p95 | after × health |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for result in after["results"]:
        was = old.get(result["name"])
        cells = (
            [f"{was['p50_ms']:.1f}", f"{was['p95_ms']:.1f}", f"{was['ratio_to_health']:.1f}"]
            if was
            else ["–", "–", "–"]
        )
        print(
            f"| {result['name']} | {' | '.join(cells)} | {result['p50_ms']:.1f} "
            f"| {result['p95_ms']:.1f} | {result['ratio_to_health']:.1f} |"
        )
    for label, run in (("before", before), ("after", after)):
        machine = run["machine"]
        print(
            f"\n{label}: {run['at']}, load average {machine['load_average_start']} -> "
            f"{machine['load_average_end']}, PostgreSQL {machine['postgres']}"
        )


if __name__ == "__main__":
    main()
