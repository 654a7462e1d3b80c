"""Shared parts of the reliability runs: settings from the environment, a PostgreSQL database
made from scratch, the real app under uvicorn in a child process, test accounts, and timing
statistics. Nothing here is imported by the app."""

from __future__ import annotations

import asyncio
import math
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import httpx
import psycopg
from sqlalchemy.engine import make_url

BACKEND_DIR = Path(__file__).resolve().parents[1]
API = "/api/v1"
PASSWORD = "Betrouwbaarheid-2026!"
# The runs log in many members from one address and search far more often than a person
# would: lift the per-IP limits for the app they start (never in production).
RATE_LIMIT_OVERRIDES = {
    "IW_PUBLIC_RATE_LIMIT": "1000000/minute",
    "IW_LOGIN_RATE_LIMIT": "1000000/minute",
}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def env_float(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    return float(value) if value else default


def env_str(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


def stop_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit so `finally:` blocks clean up (servers, temp clusters)."""

    def handler(_signum: int, _frame: FrameType | None) -> None:
        raise SystemExit(143)

    signal.signal(signal.SIGTERM, handler)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def psycopg_dsn(url: str, database: str | None = None) -> str:
    """A libpq connection string for a SQLAlchemy-style PostgreSQL URL."""
    parsed = make_url(url).set(drivername="postgresql")
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.render_as_string(hide_password=False)


def recreate_database(url: str) -> None:
    """Drop and create the database named in `url` (its server must allow it). Only a name
    starting with `iw_load`, so a mistyped URL never drops a real database."""
    name = make_url(url).database
    if not name or not name.startswith("iw_load") or not name.replace("_", "").isalnum():
        raise SystemExit(
            f"De databasenaam moet met iw_load beginnen (nu {name!r}); die wordt gewist"
        )
    with psycopg.connect(psycopg_dsn(url, "postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def app_environment(database_url: str, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    environment = dict(os.environ)
    environment.update(
        {
            "IW_DATABASE_URL": database_url,
            "IW_ENVIRONMENT": "development",
            "IW_LOG_LEVEL": "WARNING",
            "IW_MAP_TILE_URL": "",
            **RATE_LIMIT_OVERRIDES,
        }
    )
    environment.update(extra or {})
    return environment


def prepare_database(environment: Mapping[str, str]) -> float:
    """Migrate and load the demo data through the CLI, as an operator would. Returns seconds."""
    started = time.perf_counter()
    for command in ("migrate", "seed-demo"):
        result = subprocess.run(
            [sys.executable, "-m", "intervisiewijzer.cli", command],
            cwd=BACKEND_DIR,
            env=dict(environment),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit(f"`intervisiewijzer {command}` mislukte")
    return time.perf_counter() - started


class AppServer:
    """The real app under uvicorn, in a child process with its output in a log file."""

    def __init__(
        self, environment: Mapping[str, str], port: int, workers: int, log_path: Path
    ) -> None:
        self.environment = dict(environment)
        self.port = port
        self.workers = workers
        self.log_path = log_path
        self.base_url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "intervisiewijzer.main:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
        if self.workers > 1:
            command += ["--workers", str(self.workers)]
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            command, cwd=BACKEND_DIR, env=self.environment, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def processes(self) -> list[int]:
        """The server process and its children (uvicorn's workers when there are several)."""
        result = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(self.pid)], capture_output=True, text=True
        )
        return [self.pid, *sorted(int(p) for p in result.stdout.split())]

    async def wait_healthy(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(base_url=self.base_url, timeout=5) as client:
            while time.monotonic() < deadline:
                if not self.running():
                    raise SystemExit(f"De app stopte bij het starten; zie {self.log_path}")
                try:
                    if (await client.get(f"{API}/health")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.2)
        raise SystemExit(f"De app werd niet gezond binnen {timeout:.0f} s; zie {self.log_path}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

    def crashes(self) -> int:
        """Errors in the log that are no problem answer: an exception that escaped the app
        (the answer was broken off) or the catch-all 500 handler."""
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return 0
        return text.count("Exception in ASGI application") + text.count("Unhandled error on")

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


async def register_and_login(
    client: httpx.AsyncClient, email: str, full_name: str
) -> dict[str, str]:
    """A fresh member account; returns the Authorization header of its access token."""
    created = await client.post(
        f"{API}/auth/register",
        json={
            "email": email,
            "password": PASSWORD,
            "full_name": full_name,
            "kind": "gezinshuisouder",
        },
    )
    if created.status_code != 201:
        raise SystemExit(f"Registreren mislukte ({created.status_code}): {created.text[:300]}")
    return await login(client, email)


async def login(client: httpx.AsyncClient, email: str) -> dict[str, str]:
    token = await client.post(f"{API}/auth/token", data={"username": email, "password": PASSWORD})
    if token.status_code != 200:
        raise SystemExit(f"Inloggen mislukte ({token.status_code}): {token.text[:300]}")
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def provision_members(database_url: str, emails: list[str]) -> None:
    """Member accounts straight into the database with one shared password hash, as the demo
    seed does for its personas: registering many members through the API would spend most of
    the setup on password hashing."""
    from sqlmodel import Session

    from intervisiewijzer.db import build_engine
    from intervisiewijzer.members.models import Member, MemberKind
    from intervisiewijzer.security import hash_password

    hashed = hash_password(PASSWORD)
    engine = build_engine(database_url)
    try:
        with Session(engine) as session:
            for number, email in enumerate(emails):
                session.add(
                    Member(
                        email=email,
                        full_name=f"Testlid {number}",
                        kind=MemberKind.gezinshuisouder,
                        hashed_password=hashed,
                    )
                )
            session.commit()
    finally:
        engine.dispose()


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time used so far by these processes (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def run_id() -> str:
    return uuid.uuid4().hex[:8]


def percentile(ordered: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Recorder:
    """Latency and status per operation. A status of 0 means no HTTP answer (timeout, refused
    connection, broken connection)."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    transport_errors: Counter[tuple[str, str]] = field(default_factory=Counter)

    def record(self, operation: str, status: int, seconds: float) -> None:
        self.latencies[operation].append(seconds)
        self.statuses[(operation, status)] += 1

    def record_transport_error(self, operation: str, error: Exception, seconds: float) -> None:
        self.record(operation, 0, seconds)
        self.transport_errors[(operation, type(error).__name__)] += 1

    @property
    def total(self) -> int:
        return sum(self.statuses.values())

    def count(self, predicate: Any) -> int:
        return sum(n for (_op, status), n in self.statuses.items() if predicate(status))

    def latency_table(self, elapsed: float) -> str:
        rows: list[tuple[str, ...]] = [
            ("bewerking", "aantal", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms")
        ]
        for operation in sorted(self.latencies):
            ordered = sorted(self.latencies[operation])
            rows.append(
                (
                    operation,
                    str(len(ordered)),
                    f"{len(ordered) / elapsed:.1f}",
                    *(f"{percentile(ordered, p) * 1000:.0f}" for p in (0.5, 0.95, 0.99)),
                    f"{ordered[-1] * 1000:.0f}",
                )
            )
        everything = sorted(value for values in self.latencies.values() for value in values)
        rows.append(
            (
                "alles",
                str(len(everything)),
                f"{len(everything) / elapsed:.1f}",
                *(f"{percentile(everything, p) * 1000:.0f}" for p in (0.5, 0.95, 0.99)),
                f"{everything[-1] * 1000:.0f}" if everything else "-",
            )
        )
        return table(rows)

    def status_table(self) -> str:
        by_status: Counter[int] = Counter()
        for (_operation, status), n in self.statuses.items():
            by_status[status] += n
        rows = [("status", "aantal", "bewerkingen")]
        for status in sorted(by_status):
            operations = sorted(op for (op, s) in self.statuses if s == status)
            label = str(status) if status else "geen antwoord"
            rows.append((label, str(by_status[status]), ", ".join(operations)))
        return table(rows)


def table(rows: Iterable[tuple[str, ...]]) -> str:
    rows = list(rows)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            cell.rjust(width) if index and _numeric(cell) else cell.ljust(width)
            for cell, width in zip(row, widths, strict=True)
        ]
        lines.append("  " + "  ".join(cells).rstrip())
        if index == 0:
            lines.append("  " + "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _numeric(cell: str) -> bool:
    return cell.replace(".", "", 1).replace("-", "", 1).isdigit() or cell == "-"
