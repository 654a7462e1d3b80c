"""Benchmarks of the finder, group page, SKJ overview and room assignment over real HTTP.

Not a test. Run from backend/ after `benchmarks/synthetic.py` filled the database:

    .venv/bin/python benchmarks/run.py [--database-url URL] [--iterations N] [--label after]

It starts the app in a separate uvicorn process (one worker, no access log) against the
benchmark database and calls it over a keep-alive HTTP connection, one request at a time.
Real HTTP is more honest than calling the ASGI app in-process: the timings include the
server's request parsing, JSON encoding and the socket, as a user would see them. Every
scenario gets a warm-up, then N timed requests; the table shows p50/p95 in milliseconds and
p50 as a multiple of the health endpoint's p50 measured in the same run, which keeps the
figures comparable on a busy machine. Results also go to benchmarks/results/latest.json
(or --output).

`--app-dir DIR` serves another checkout of the backend (the directory that holds the
`intervisiewijzer` package), e.g. the code before an optimisation, against the same data.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_room_assignment
import synthetic

BACKEND = Path(__file__).resolve().parents[1]
RESULTS = BACKEND / "benchmarks" / "results"
API = "/api/v1"

# Postcodes (PC4) all over the country: cities, towns and countryside.
POSTCODES = (
    "1011", "1531", "1811", "2011", "2311", "2511", "2611", "3011", "3311", "3511", "3705",
    "3811", "3901", "4201", "4331", "4811", "5038", "5211", "5611", "5914", "6211", "6511",
    "6811", "7001", "7411", "7511", "7941", "8011", "8224", "8911", "9001", "9401", "9711",
)  # fmt: skip
PROVINCES = ("utrecht", "noord-brabant", "gelderland", "zuid-holland", "friesland", "limburg")
MODES = ("in_person", "hybrid")
# A common topic word, a rarer one, and place names.
SEARCH_WORDS = ("hechting", "zwolle", "rouw", "amersfoort", "leeuwarden", "trauma")
AUDIENCES = ("loondienst", "jeugdzorgwerker")


@dataclass
class Scenario:
    name: str
    description: str
    iterations: int
    call: Callable[[int], httpx.Response]
    warmup: int = 3


@dataclass
class Result:
    name: str
    description: str
    iterations: int
    p50_ms: float
    p95_ms: float
    mean_ms: float
    max_ms: float
    ratio_to_health: float = 0.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(database_url: str, port: int, app_dir: Path | None) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "IW_DATABASE_URL": database_url,
        "IW_ENVIRONMENT": "development",
        "IW_LOG_LEVEL": "WARNING",
        # The benchmark is one client making thousands of calls: lift the per-IP limits.
        "IW_PUBLIC_RATE_LIMIT": "1000000/minute",
        "IW_LOGIN_RATE_LIMIT": "1000/minute",
        "IW_STATIC_DIR": str(BACKEND / "benchmarks" / "no-static"),
    }
    command = [
        sys.executable, "-m", "uvicorn", "intervisiewijzer.main:app",
        "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
        "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    if app_dir is not None:
        command += ["--app-dir", str(app_dir)]
    process = subprocess.Popen(command, cwd=app_dir or BACKEND, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"The server stopped (exit code {process.returncode}).")
        try:
            if httpx.get(f"http://127.0.0.1:{port}{API}/health", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    process.terminate()
    raise SystemExit("The server did not start within 60 seconds.")


def login(client: httpx.Client, email: str, password: str) -> dict[str, str]:
    response = client.post(f"{API}/auth/token", data={"username": email, "password": password})
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def scenarios(client: httpx.Client, targets: dict[str, Any], iterations: int) -> list[Scenario]:
    member = login(client, targets["veteran_email"], targets["password"])
    admin = login(client, targets["admin_email"], targets["password"])
    slugs: list[str] = targets["group_slugs"]
    room_event = targets["room_event_id"]

    def get(path: str, **kwargs: Any) -> httpx.Response:
        response = client.get(path, **kwargs)
        response.raise_for_status()
        return response

    def finder(params: dict[str, Any]) -> httpx.Response:
        return get(f"{API}/groups", params=params)

    def assign(_: int) -> httpx.Response:
        response = client.post(f"{API}/events/{room_event}/rooms/assign", headers=admin)
        response.raise_for_status()
        return response

    n = iterations
    return [
        Scenario("health", "GET /health (SELECT 1)", n * 4, lambda i: get(f"{API}/health")),
        Scenario(
            "finder_near",
            "finder: near a postcode, 25 km, first page",
            n,
            lambda i: finder({"near": POSTCODES[i % len(POSTCODES)]}),
        ),
        Scenario(
            "finder_near_filters",
            "finder: near + mode + free spots + facilitator, 40 km",
            n,
            lambda i: finder(
                {
                    "near": POSTCODES[i % len(POSTCODES)],
                    "radius_km": 40,
                    "mode": MODES[i % len(MODES)],
                    "has_vacancy": "true",
                    "facilitator": "peer",
                }
            ),
        ),
        Scenario(
            "finder_near_wide",
            "finder: near, 100 km, with online groups, page 3",
            n,
            lambda i: finder(
                {
                    "near": POSTCODES[i % len(POSTCODES)],
                    "radius_km": 100,
                    "include_online": "true",
                    "offset": 40,
                }
            ),
        ),
        Scenario(
            "finder_province",
            "finder: province + free spots, by name (no distance)",
            n,
            lambda i: finder({"province": PROVINCES[i % len(PROVINCES)], "has_vacancy": "true"}),
        ),
        Scenario(
            "finder_text",
            "finder: text search (topic or place) + audience",
            n,
            lambda i: finder(
                {"q": SEARCH_WORDS[i % len(SEARCH_WORDS)], "audience": AUDIENCES[i % 2]}
            ),
        ),
        Scenario(
            "group_page",
            "public group page by slug",
            n * 2,
            lambda i: get(f"{API}/groups/{slugs[i % len(slugs)]}"),
        ),
        Scenario(
            "skj_overview",
            "GET /me/evidence, member with 5 years of attendance",
            n,
            lambda i: get(f"{API}/me/evidence", headers=member),
        ),
        Scenario(
            "skj_overview_pdf",
            "GET /me/evidence.pdf, same member",
            max(5, n // 2),
            lambda i: get(f"{API}/me/evidence.pdf", headers=member),
        ),
        Scenario(
            "room_assignment",
            f"POST rooms/assign: {targets['room_event_registrants']} registrants, "
            f"{targets['room_event_coaches']} coaches",
            max(5, n // 4),
            assign,
            warmup=2,
        ),
    ]


def measure(scenario: Scenario) -> Result:
    for i in range(scenario.warmup):
        scenario.call(i)
    timings = []
    for i in range(scenario.iterations):
        started = time.perf_counter()
        scenario.call(i)
        timings.append((time.perf_counter() - started) * 1000)
    return Result(
        scenario.name,
        scenario.description,
        scenario.iterations,
        round(statistics.median(timings), 2),
        round(percentile(timings, 0.95), 2),
        round(statistics.fmean(timings), 2),
        round(max(timings), 2),
    )


def algorithm_only(iterations: int) -> Result:
    """The room assignment algorithm in this process, without database or HTTP."""
    timings, _ = bench_room_assignment.run(8, iterations)
    ms = [t * 1000 for t in timings]
    return Result(
        "room_algorithm",
        "room algorithm only (in-process, 2,000 made-up registrants)",
        iterations,
        round(statistics.median(ms), 2),
        round(percentile(ms, 0.95), 2),
        round(statistics.fmean(ms), 2),
        round(max(ms), 2),
    )


def machine() -> dict[str, Any]:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cpu": model or platform.processor(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }


def postgres_version(database_url: str) -> str:
    import psycopg

    with psycopg.connect(synthetic.libpq_url(database_url)) as conn:
        row = conn.execute("SHOW server_version").fetchone()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return f"{row[0] if row else '?'} (alembic {', '.join(r[0] for r in revision)})"


def print_table(results: list[Result]) -> None:
    print(f"\n{'scenario':<22}{'n':>5}{'p50 ms':>10}{'p95 ms':>10}{'x health':>10}  description")
    for result in results:
        print(
            f"{result.name:<22}{result.iterations:>5}{result.p50_ms:>10.1f}{result.p95_ms:>10.1f}"
            f"{result.ratio_to_health:>10.1f}  {result.description}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=synthetic.DEFAULT_DATABASE_URL)
    parser.add_argument("--iterations", type=int, default=40, help="base number of requests")
    parser.add_argument("--label", default="current", help="name of this run in the JSON")
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json")
    parser.add_argument("--app-dir", type=Path, help="serve the backend code from this dir")
    parser.add_argument("--only", nargs="*", help="run only these scenarios (health always)")
    args = parser.parse_args()

    dataset = synthetic.load_dataset(args.database_url)
    if dataset is None:
        raise SystemExit("No benchmark data; run benchmarks/synthetic.py first.")
    info = machine()
    info["postgres"] = postgres_version(args.database_url)
    port = free_port()
    server = start_server(args.database_url, port, args.app_dir)
    results: list[Result] = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            for scenario in scenarios(client, dataset["targets"], args.iterations):
                if args.only and scenario.name != "health" and scenario.name not in args.only:
                    continue
                results.append(measure(scenario))
                print(f"  {scenario.name:<22} done", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    if not args.only or "room_algorithm" in args.only:
        results.append(algorithm_only(max(5, args.iterations // 4)))
    health = next(result for result in results if result.name == "health")
    for result in results:
        result.ratio_to_health = round(result.p50_ms / health.p50_ms, 1)
    info["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print_table(results)
    print(
        f"\nData: scale {dataset['scale']}, "
        + ", ".join(
            f"{dataset['counts'].get(t, 0):,} {t}"
            for t in ("intervision_group", "member", "membership", "group_session", "attendance")
        )
    )
    print(f"Load average: {info['load_average_start']} -> {info['load_average_end']}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "label": args.label,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": info,
        "dataset": {k: dataset[k] for k in ("scale", "seed", "counts", "created_at")},
        "app_dir": str(args.app_dir) if args.app_dir else None,
        "results": [asdict(result) for result in results],
    }
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    print(f"Written to {args.output}")


if __name__ == "__main__":
    main()
