"""Outage run: stop PostgreSQL in the middle of steady traffic and start it again.

    cd backend && .venv/bin/python -m reliability.outage      (or `make outage`)

By default it makes a throwaway PostgreSQL cluster (initdb into a temp directory, its own
port, run as the `postgres` OS user when started as root) and never touches another server.
The app runs under uvicorn against it. Writers create groups (with an Idempotency-Key, retried
with the same key) and plan sessions, readers search the finder, and /health is polled. Then
`pg_ctl stop -m fast`, a pause, `pg_ctl start`. It checks that

* during the outage every answer is 503 application/problem+json with Retry-After
  (no 500, no request without an answer within OUTAGE_REQUEST_TIMEOUT);
* the same app process answers 2xx again within OUTAGE_RECOVERY_SECONDS after the start,
  and keeps doing so;
* every write the API acknowledged (2xx with an id) is there at the end.

Settings (environment): OUTAGE_WRITERS (6), OUTAGE_READERS (2), OUTAGE_BEFORE_SECONDS (5),
OUTAGE_DOWN_SECONDS (8), OUTAGE_AFTER_SECONDS (10), OUTAGE_RECOVERY_SECONDS (10),
OUTAGE_REQUEST_TIMEOUT (10), OUTAGE_PORT (PostgreSQL port, 5439), OUTAGE_PG_BIN (directory
with initdb/pg_ctl; default the newest /usr/lib/postgresql/*/bin), OUTAGE_STOP_MODE (fast, or
immediate: a crash without checkpoint), OUTAGE_WORKERS (uvicorn processes, 1).

A real deployment: set OUTAGE_STOP_CMD and OUTAGE_START_CMD (shell commands that stop and
start its database, e.g. `systemctl stop postgresql`), and either OUTAGE_BASE_URL (an app
that is already running; checked through its API only) or OUTAGE_DATABASE_URL (this run
migrates it and starts the app against it). The run registers test members and creates
groups and sessions, so use a staging environment.
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psycopg

from reliability.harness import (
    API,
    RATE_LIMIT_OVERRIDES,
    AppServer,
    app_environment,
    env_float,
    env_int,
    free_port,
    percentile,
    prepare_database,
    psycopg_dsn,
    register_and_login,
    run_id,
    stop_on_sigterm,
    table,
)

PROBLEM = "application/problem+json"


# --- The database that goes away ----------------------------------------------------------


class ThrowawayCluster:
    """A PostgreSQL cluster of its own in a temp directory: initdb, pg_ctl start/stop."""

    def __init__(self, port: int, bin_dir: Path, stop_mode: str) -> None:
        self.port = port
        self.stop_mode = stop_mode
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="iw-outage-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "postgresql.log"
        self.url = f"postgresql://postgres@127.0.0.1:{port}/iw_outage"
        # initdb and postgres refuse to run as root: use the postgres OS user then.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.root, "postgres", "postgres")

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.as_user, *args], capture_output=True, text=True, check=check, timeout=120
        )

    def _pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), *args, check=check)

    def create(self) -> None:
        ensure_port_free(self.port)
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-instructions",
        )
        self.start()
        with psycopg.connect(psycopg_dsn(self.url, "postgres"), autocommit=True) as connection:
            connection.execute("CREATE DATABASE iw_outage")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        self._pg_ctl("-o", options, "-l", str(self.log), "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._pg_ctl("-m", self.stop_mode, "-w", "-t", "60", "stop")

    def destroy(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._pg_ctl("-m", "immediate", "-w", "-t", "30", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def describe(self) -> str:
        return (
            f"tijdelijk PostgreSQL-cluster in {self.data} op poort {self.port}, "
            f"stoppen met pg_ctl stop -m {self.stop_mode}"
        )


def ensure_port_free(port: int) -> None:
    """Never start a cluster where another server (perhaps a shared one) already listens."""
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise SystemExit(f"Poort {port} is al in gebruik; kies een andere met OUTAGE_PORT")


class ExternalDatabase:
    """A deployment's own database, stopped and started by the given shell commands."""

    def __init__(self, stop_command: str, start_command: str) -> None:
        self.stop_command = stop_command
        self.start_command = start_command

    def stop(self) -> None:
        subprocess.run(self.stop_command, shell=True, check=True, timeout=120)

    def start(self) -> None:
        subprocess.run(self.start_command, shell=True, check=True, timeout=120)

    def describe(self) -> str:
        return f"externe database (stop: {self.stop_command!r}, start: {self.start_command!r})"


def default_pg_bin() -> Path:
    configured = os.environ.get("OUTAGE_PG_BIN")
    if configured:
        return Path(configured)
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )
    if not candidates:
        raise SystemExit("Geen PostgreSQL-programma's gevonden; zet OUTAGE_PG_BIN")
    return Path(candidates[-1])


class BackgroundWorker:
    """`intervisiewijzer worker` (outbox emails, webhooks, reminders) next to the app, one
    round a second. A failing step is logged and tried again the next round."""

    FAILED_STEP = "failed; trying again next round"

    def __init__(self, environment: dict[str, str], log_path: Path) -> None:
        self.environment = {**environment, "IW_WORKER_INTERVAL_SECONDS": "1"}
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "intervisiewijzer.cli", "worker"],
                cwd=Path(__file__).resolve().parents[1],
                env=self.environment,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def failed_steps(self) -> int:
        try:
            return self.log_path.read_text(errors="replace").count(self.FAILED_STEP)
        except OSError:
            return 0

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


# --- Traffic -------------------------------------------------------------------------------


@dataclass
class Answer:
    started: float  # seconds since the start of the traffic
    finished: float
    kind: str
    status: int  # 0: no answer (timeout or connection error)
    problem_ok: bool  # a 503 with problem+json, status 503 in the body and Retry-After
    error: str = ""


@dataclass
class Traffic:
    origin: float
    timeout: float
    answers: list[Answer] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # acknowledged group ids
    sessions: list[str] = field(default_factory=list)  # acknowledged session ids
    replays: int = 0
    stop: asyncio.Event = field(default_factory=asyncio.Event)

    def now(self) -> float:
        return time.monotonic() - self.origin

    async def call(
        self, client: httpx.AsyncClient, kind: str, method: str, path: str, **kwargs: object
    ) -> httpx.Response | None:
        started = self.now()
        try:
            response = await client.request(method, path, **kwargs)  # type: ignore[arg-type]
        except httpx.HTTPError as error:
            self.answers.append(Answer(started, self.now(), kind, 0, False, type(error).__name__))
            return None
        problem_ok = False
        if response.status_code == 503:
            problem_ok = (
                response.headers.get("content-type", "").startswith(PROBLEM)
                and _body_status(response) == 503
                and "retry-after" in response.headers
            )
        self.answers.append(Answer(started, self.now(), kind, response.status_code, problem_ok))
        return response


def _body_status(response: httpx.Response) -> int | None:
    try:
        status = response.json().get("status")
    except ValueError:
        return None
    return status if isinstance(status, int) else None


async def pause(traffic: Traffic, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(traffic.stop.wait(), seconds)


async def writer(
    traffic: Traffic, client: httpx.AsyncClient, headers: dict[str, str], n: int
) -> None:
    """Alternately start a group and plan a session in it; remember what was acknowledged."""
    run = uuid.uuid4().hex[:6]
    group_slug: str | None = None
    count = 0
    while not traffic.stop.is_set():
        count += 1
        if group_slug is None or count % 2:
            key = f"storing-{run}-{n}-{count}"
            body = {
                "name": f"Storingstest {run} {n} {count}",
                "mode": "online",
                "facilitator_type": "peer",
            }
            # A retry with the same key can never create the group twice.
            while not traffic.stop.is_set():
                response = await traffic.call(
                    client,
                    "POST /groups",
                    "POST",
                    f"{API}/groups",
                    headers={**headers, "Idempotency-Key": key},
                    json=body,
                )
                if response is not None and response.status_code in (200, 201):
                    traffic.groups.append(response.json()["id"])
                    traffic.replays += response.headers.get("idempotent-replayed") == "true"
                    group_slug = response.json()["slug"]
                    break
                await pause(traffic, 0.2)
        else:
            response = await traffic.call(
                client,
                "POST /sessions",
                "POST",
                f"{API}/groups/{group_slug}/sessions",
                headers=headers,
                json={
                    "starts_at": f"2027-0{1 + n % 9}-1{count % 10}T19:00:00Z",
                    "ends_at": f"2027-0{1 + n % 9}-1{count % 10}T21:00:00Z",
                },
            )
            if response is not None and response.status_code == 201:
                traffic.sessions.append(response.json()["id"])
            await pause(traffic, 0.05)


async def reader(traffic: Traffic, client: httpx.AsyncClient, n: int) -> None:
    places = ["Amersfoort", "Zwolle", "3811", "Groningen", "Utrecht", "Eindhoven"]
    count = 0
    while not traffic.stop.is_set():
        count += 1
        params = {"near": places[(n + count) % len(places)], "radius_km": 50}
        await traffic.call(client, "GET /groups", "GET", f"{API}/groups", params=params)
        await pause(traffic, 0.05)


async def health_poller(traffic: Traffic, client: httpx.AsyncClient) -> None:
    while not traffic.stop.is_set():
        await traffic.call(client, "GET /health", "GET", f"{API}/health")
        await pause(traffic, 0.2)


# --- The run -------------------------------------------------------------------------------


@dataclass
class Timeline:
    stop_begin: float = 0
    stop_done: float = 0
    start_begin: float = 0
    start_done: float = 0
    end: float = 0
    # Failed worker steps logged by then: 2 s after recovery, and at the end.
    worker_failures_settled: int = 0
    worker_failures_end: int = 0
    events: list[tuple[float, str]] = field(default_factory=list)

    def note(self, at: float, text: str) -> None:
        self.events.append((at, text))


async def run() -> int:
    writers = env_int("OUTAGE_WRITERS", 6)
    readers = env_int("OUTAGE_READERS", 2)
    before = env_float("OUTAGE_BEFORE_SECONDS", 5)
    down = env_float("OUTAGE_DOWN_SECONDS", 8)
    after = env_float("OUTAGE_AFTER_SECONDS", 10)
    recovery_limit = env_float("OUTAGE_RECOVERY_SECONDS", 10)
    timeout = env_float("OUTAGE_REQUEST_TIMEOUT", 10)
    workers = env_int("OUTAGE_WORKERS", 1)
    stop_command = os.environ.get("OUTAGE_STOP_CMD", "").strip()
    start_command = os.environ.get("OUTAGE_START_CMD", "").strip()
    base_url = os.environ.get("OUTAGE_BASE_URL", "").strip()
    database_url = os.environ.get("OUTAGE_DATABASE_URL", "").strip()

    cluster: ThrowawayCluster | None = None
    server: AppServer | None = None
    background: BackgroundWorker | None = None
    workdir = Path(tempfile.mkdtemp(prefix="iw-outage-"))
    try:
        database: ThrowawayCluster | ExternalDatabase
        if stop_command or start_command:
            if not (stop_command and start_command):
                raise SystemExit("Zet zowel OUTAGE_STOP_CMD als OUTAGE_START_CMD")
            if not (base_url or database_url):
                raise SystemExit("Zet OUTAGE_BASE_URL of OUTAGE_DATABASE_URL")
            database = ExternalDatabase(stop_command, start_command)
        else:
            stop_mode = os.environ.get("OUTAGE_STOP_MODE", "fast").strip()
            if stop_mode not in ("fast", "immediate"):
                raise SystemExit("OUTAGE_STOP_MODE is fast of immediate")
            cluster = ThrowawayCluster(env_int("OUTAGE_PORT", 5439), default_pg_bin(), stop_mode)
            database = cluster
            print(f"Maak een {cluster.describe()} ...")
            cluster.create()
            database_url = cluster.url
        print(f"Database: {database.describe()}")

        if not base_url:
            environment = app_environment(database_url)
            if cluster is not None:
                print(f"Migreren en demodata laden ... {prepare_database(environment):.1f} s")
            else:
                subprocess.run(
                    [sys.executable, "-m", "intervisiewijzer.cli", "migrate"],
                    cwd=Path(__file__).resolve().parents[1],
                    env=environment,
                    check=True,
                )
            server = AppServer(environment, free_port(), workers, workdir / "uvicorn.log")
            server.start()
            await server.wait_healthy()
            base_url = server.base_url
            limits = ", ".join(f"{k}={v}" for k, v in RATE_LIMIT_OVERRIDES.items())
            print(f"App (pid {server.pid}, {workers} proces) op {base_url}; {limits}")
            background = BackgroundWorker(environment, workdir / "worker.log")
            background.start()
            print(f"  log: {server.log_path}; achtergrondwerker: {background.log_path}")
        return await exercise(
            database,
            server,
            background,
            base_url,
            database_url if cluster is not None else "",
            writers=writers,
            readers=readers,
            before=before,
            down=down,
            after=after,
            recovery_limit=recovery_limit,
            timeout=timeout,
        )
    finally:
        if server is not None:
            server.stop()
        if background is not None:
            background.stop()
        if cluster is not None:
            cluster.destroy()
            print(f"Tijdelijk cluster opgeruimd ({cluster.root})")


async def exercise(
    database: ThrowawayCluster | ExternalDatabase,
    server: AppServer | None,
    background: BackgroundWorker | None,
    base_url: str,
    database_url: str,
    *,
    writers: int,
    readers: int,
    before: float,
    down: float,
    after: float,
    recovery_limit: float,
    timeout: float,
) -> int:
    run = run_id()
    pids = server.processes() if server else None
    clients = [
        httpx.AsyncClient(base_url=base_url, timeout=timeout) for _ in range(writers + readers + 1)
    ]
    try:
        logins = [
            await register_and_login(
                clients[n], f"storing-{run}-{n}@example.org", f"Storingstest Lid {n}"
            )
            for n in range(writers)
        ]
        traffic = Traffic(origin=time.monotonic(), timeout=timeout)
        tasks: list[Awaitable[None]] = [
            writer(traffic, clients[n], logins[n], n) for n in range(writers)
        ]
        tasks += [reader(traffic, clients[writers + n], n) for n in range(readers)]
        tasks.append(health_poller(traffic, clients[-1]))
        timeline = Timeline()
        timeline.note(0, f"verkeer begint: {writers} schrijvers, {readers} zoekers, /health")

        async def conduct() -> None:
            await asyncio.sleep(before)
            timeline.stop_begin = traffic.now()
            await asyncio.to_thread(database.stop)
            timeline.stop_done = traffic.now()
            timeline.note(timeline.stop_begin, "database stoppen")
            timeline.note(timeline.stop_done, "database gestopt")
            await asyncio.sleep(down)
            timeline.start_begin = traffic.now()
            await asyncio.to_thread(database.start)
            timeline.start_done = traffic.now()
            timeline.note(timeline.start_begin, "database starten")
            timeline.note(timeline.start_done, "database draait weer")
            await wait_for_recovery(
                traffic, timeline.start_done, timeline.start_done + recovery_limit
            )
            await asyncio.sleep(min(2, after))
            if background is not None:
                timeline.worker_failures_settled = background.failed_steps()
            await asyncio.sleep(max(0, after - 2))
            if background is not None:
                timeline.worker_failures_end = background.failed_steps()
            timeline.end = traffic.now()
            timeline.note(timeline.end, "verkeer stopt")
            traffic.stop.set()

        conductor = asyncio.create_task(conduct())
        await asyncio.gather(*tasks, conductor)
        missing = await verify_writes(clients[0], logins, traffic, database_url)
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))
    return report(traffic, timeline, recovery_limit, missing, server, pids, background)


async def wait_for_recovery(traffic: Traffic, since: float, deadline: float) -> None:
    """Until a request sent after `since` got a 2xx, or the deadline passed."""
    while traffic.now() < deadline:
        if any(a.started >= since and 200 <= a.status < 300 for a in traffic.answers):
            return
        await asyncio.sleep(0.05)


async def verify_writes(
    client: httpx.AsyncClient,
    logins: list[dict[str, str]],
    traffic: Traffic,
    database_url: str,
) -> list[str]:
    """Every acknowledged group and session can be read back (and, for our own cluster,
    is counted in the database)."""
    missing = []
    for group_id in traffic.groups:
        response = await client.get(f"{API}/groups/{group_id}")
        if response.status_code != 200:
            missing.append(f"groep {group_id} ({response.status_code})")
    for session_id in traffic.sessions:
        response = await client.get(f"{API}/sessions/{session_id}", headers=logins[0])
        # Sessions are for members of their group; another writer's session answers 404,
        # so read it as its own writer would: any login that gets 200.
        if response.status_code != 200:
            found = False
            for headers in logins[1:]:
                again = await client.get(f"{API}/sessions/{session_id}", headers=headers)
                if again.status_code == 200:
                    found = True
                    break
            if not found:
                missing.append(f"bijeenkomst {session_id}")
    if database_url:
        with psycopg.connect(psycopg_dsn(database_url)) as connection:
            groups = connection.execute(
                "SELECT count(*) FROM intervision_group WHERE id = ANY(%s)",
                ([uuid.UUID(i) for i in traffic.groups],),
            ).fetchone()
            sessions = connection.execute(
                "SELECT count(*) FROM group_session WHERE id = ANY(%s)",
                ([uuid.UUID(i) for i in traffic.sessions],),
            ).fetchone()
            duplicates = connection.execute(
                "SELECT name FROM intervision_group WHERE name LIKE 'Storingstest %' "
                "GROUP BY name HAVING count(*) > 1"
            ).fetchall()
        assert groups is not None and sessions is not None
        if duplicates:
            missing.append(f"database: {len(duplicates)} groepen dubbel aangemaakt")
        if groups[0] != len(set(traffic.groups)):
            missing.append(f"database: {groups[0]} van {len(set(traffic.groups))} groepen")
        if sessions[0] != len(traffic.sessions):
            missing.append(f"database: {sessions[0]} van {len(traffic.sessions)} bijeenkomsten")
    return missing


def report(
    traffic: Traffic,
    timeline: Timeline,
    recovery_limit: float,
    missing: list[str],
    server: AppServer | None,
    pids: list[int] | None,
    background: BackgroundWorker | None,
) -> int:
    answers = traffic.answers
    failures: list[str] = []
    outage = [
        a for a in answers if a.started >= timeline.stop_done and a.finished <= timeline.start_begin
    ]
    restarted = [a for a in answers if a.started >= timeline.start_done]
    first_ok = min((a.finished for a in restarted if 200 <= a.status < 300), default=None)
    first_503 = min((a.finished for a in answers if a.status == 503), default=None)
    last_503 = max((a.finished for a in answers if a.status == 503), default=None)
    if first_503 is not None:
        timeline.note(first_503, "eerste 503")
    if last_503 is not None:
        timeline.note(last_503, "laatste 503")
    if first_ok is not None:
        timeline.note(first_ok, "eerste 2xx na de herstart")
    for kind in sorted({a.kind for a in answers}):
        ok = min(
            (a.finished for a in restarted if a.kind == kind and 200 <= a.status < 300),
            default=None,
        )
        if ok is not None:
            timeline.note(ok, f"  eerste 2xx van {kind}")

    print()
    print("Tijdlijn (seconden sinds het begin van het verkeer):")
    for at, text in sorted(timeline.events):
        print(f"  {at:7.2f}  {text}")

    phases = [
        ("voor", lambda a: a.finished < timeline.stop_begin),
        ("stoppen", lambda a: a.finished >= timeline.stop_begin and a.started < timeline.stop_done),
        ("storing", lambda a: a in outage),
        (
            "starten",
            lambda a: a.started < timeline.start_done and a.finished > timeline.start_begin,
        ),
        ("erna", lambda a: a.started >= timeline.start_done),
    ]
    rows = [("fase", "verzoeken", "2xx", "503", "anders", "geen antwoord", "p50 ms", "max ms")]
    for name, belongs in phases:
        subset = [a for a in answers if belongs(a)]
        durations = sorted(a.finished - a.started for a in subset)
        rows.append(
            (
                name,
                str(len(subset)),
                str(sum(200 <= a.status < 300 for a in subset)),
                str(sum(a.status == 503 for a in subset)),
                str(sum(a.status not in (0, 503) and not 200 <= a.status < 300 for a in subset)),
                str(sum(a.status == 0 for a in subset)),
                f"{percentile(durations, 0.5) * 1000:.0f}" if durations else "-",
                f"{durations[-1] * 1000:.0f}" if durations else "-",
            )
        )
    print()
    print(table(rows))

    other_5xx = [a for a in answers if a.status >= 500 and a.status != 503]
    if other_5xx:
        failures.append(f"{len(other_5xx)} antwoorden met {sorted({a.status for a in other_5xx})}")
    bad_problems = [a for a in answers if a.status == 503 and not a.problem_ok]
    if bad_problems:
        failures.append(f"{len(bad_problems)} 503's zonder problem+json/Retry-After")
    unanswered = [a for a in answers if a.status == 0]
    if unanswered:
        errors = sorted({a.error for a in unanswered})
        failures.append(f"{len(unanswered)} verzoeken zonder antwoord ({', '.join(errors)})")
    unexpected = [a for a in answers if 400 <= a.status < 500]
    if unexpected:
        failures.append(
            f"{len(unexpected)} onverwachte 4xx: {sorted({a.status for a in unexpected})}"
        )
    if not any(a.status == 503 for a in outage):
        failures.append("geen 503 gezien tijdens de storing")
    if any(200 <= a.status < 300 for a in outage):
        failures.append("2xx tijdens de storing: kan niet met een gestopte database")
    if first_ok is None:
        failures.append("geen 2xx meer na de herstart")
    else:
        recovered_in = first_ok - timeline.start_done
        print(f"\nHersteld {recovered_in:.2f} s nadat de database weer draaide")
        if recovered_in > recovery_limit:
            failures.append(f"herstel duurde {recovered_in:.1f} s (> {recovery_limit:.0f} s)")
        settled = [a for a in restarted if a.started >= first_ok + 1]
        not_ok = [a for a in settled if not 200 <= a.status < 300]
        if not settled:
            failures.append("te weinig verkeer na het herstel")
        if not_ok:
            failures.append(f"{len(not_ok)} fouten meer dan 1 s na het herstel")
    if server is not None:
        if server.crashes():
            failures.append(
                f"{server.crashes()} afgebroken antwoorden of 500's in {server.log_path}"
            )
        if not server.running() or server.processes() != pids:
            failures.append(f"app-processen gestopt of vervangen: {pids} -> {server.processes()}")
        else:
            print(f"Dezelfde app-processen (pid {pids}) draaiden de hele run door")
    if background is not None:
        failed_early = timeline.worker_failures_settled
        failed_late = timeline.worker_failures_end - failed_early
        print(
            f"Achtergrondwerker: {failed_early} mislukte stappen tot 2 s na het herstel, daarna "
            f"{failed_late}; {'draait nog' if background.running() else 'GESTOPT'}"
        )
        if not background.running():
            failures.append("de achtergrondwerker is gestopt")
        if failed_late:
            failures.append(f"de achtergrondwerker faalde nog {failed_late} keer na het herstel")
    unique_groups = len(set(traffic.groups))
    print(
        f"Bevestigde schrijfacties: {unique_groups} groepen ({traffic.replays} keer een "
        f"herhaald antwoord op dezelfde Idempotency-Key), {len(traffic.sessions)} bijeenkomsten"
    )
    if missing:
        failures.append(f"schrijfacties niet in orde: {', '.join(missing[:10])}")
    else:
        print("Alle bevestigde schrijfacties staan in de database")
    if failures:
        print("MISLUKT: " + "; ".join(failures))
        return 1
    print("GESLAAGD: 503-problemen tijdens de storing, zelf hersteld, niets kwijt")
    return 0


def main() -> None:
    stop_on_sigterm()
    sys.exit(asyncio.run(run()))


if __name__ == "__main__":
    main()
