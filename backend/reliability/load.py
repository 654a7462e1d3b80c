"""Load run: the real app under uvicorn on PostgreSQL, many concurrent clients for a while.

    cd backend && .venv/bin/python -m reliability.load      (or `make load`)

Every client is a logged-in member with an intervision group of its own. In a closed loop
(no think time) it searches the finder (by distance with filters, by filters alone), opens
group pages, reads its notifications and writes: RSVPs, planning sessions, join requests to
another client's group (withdrawn at once) and marking notifications read. Afterwards the
rows the clients were told were created are counted in the database.

Settings (environment): LOAD_CLIENTS (50), LOAD_SECONDS (60), LOAD_WORKERS (uvicorn
processes, 2), LOAD_DATABASE_URL (postgresql://postgres@127.0.0.1:5432/iw_load; dropped and
created afresh), LOAD_TIMEOUT (seconds per request, 30), LOAD_SEED (random seed).
Exit status 1 on any 5xx, request without an answer, unexpected status or missing row.
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg

from reliability.harness import (
    API,
    RATE_LIMIT_OVERRIDES,
    AppServer,
    Recorder,
    app_environment,
    cpu_seconds,
    env_float,
    env_int,
    env_str,
    free_port,
    login,
    prepare_database,
    provision_members,
    psycopg_dsn,
    recreate_database,
    run_id,
    stop_on_sigterm,
)

NEAR = [
    "3811",
    "Amersfoort",
    "Utrecht",
    "Zwolle",
    "1012",
    "Groningen",
    "Leeuwarden",
    "Assen",
    "Arnhem",
    "Nijmegen",
    "5611",
    "Eindhoven",
    "Maastricht",
    "Middelburg",
    "Den Haag",
    "Rotterdam",
    "Haarlem",
    "Lelystad",
    "Enschede",
    "Tilburg",
]
PROVINCES = [
    "groningen",
    "friesland",
    "drenthe",
    "overijssel",
    "flevoland",
    "gelderland",
    "utrecht",
    "noord-holland",
    "zuid-holland",
    "zeeland",
    "noord-brabant",
    "limburg",
]
METHODS = ["incidentmethode", "vijf-stappenmethode", "oplossingsgerichte-intervisie"]
AUDIENCES = ["loondienst", "franchise_met_zorgaanbieder", "vrijgevestigd", "jeugdzorgwerker"]
WORDS = ["gezinshuis", "pleeg", "hechting", "trauma", "samen", "avond"]

EXPECTED = {
    "zoeken-afstand": {200},
    "zoeken-filters": {200},
    "groepspagina": {200},
    "meldingen-lijst": {200},
    "rsvp": {200},
    "bijeenkomst-plannen": {201},
    "aanvraag-indienen": {201},
    "aanvraag-intrekken": {200},
    "meldingen-gelezen": {200},
}
WEIGHTS = {
    "zoeken-afstand": 30,
    "zoeken-filters": 20,
    "groepspagina": 10,
    "meldingen-lijst": 6,
    "rsvp": 14,
    "bijeenkomst-plannen": 6,
    "aanvraag-indienen": 7,
    "meldingen-gelezen": 7,
}


@dataclass
class Member:
    number: int
    headers: dict[str, str]
    group_slug: str = ""
    group_id: str = ""
    session_ids: list[str] = field(default_factory=list)


@dataclass
class Created:
    """Ids the API acknowledged (2xx with an id), to be found in the database afterwards."""

    sessions: list[str] = field(default_factory=list)
    join_requests: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)


def future_slot(rng: random.Random) -> tuple[str, str]:
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(
        days=rng.randint(7, 300), hours=rng.randint(0, 23)
    )
    return start.isoformat(), (start + timedelta(hours=2)).isoformat()


def member_email(run: str, number: int) -> str:
    return f"belasting-{run}-{number}@example.org"


async def set_up_member(client: httpx.AsyncClient, run: str, number: int) -> Member:
    headers = await login(client, member_email(run, number))
    member = Member(number, headers)
    group = await client.post(
        f"{API}/groups",
        headers={**headers, "Idempotency-Key": f"belasting-{run}-{number}"},
        json={
            "name": f"Belastingtest {run} groep {number}",
            "description": "Groep van de belastingtest.",
            "mode": "online",
            "facilitator_type": "peer",
            "size_min": 3,
            "size_max": 12,
        },
    )
    if group.status_code != 201:
        raise SystemExit(f"Groep maken mislukte ({group.status_code}): {group.text[:300]}")
    member.group_slug = group.json()["slug"]
    member.group_id = group.json()["id"]
    rng = random.Random(number)
    for _ in range(3):
        starts_at, ends_at = future_slot(rng)
        planned = await client.post(
            f"{API}/groups/{member.group_slug}/sessions",
            headers=headers,
            json={"starts_at": starts_at, "ends_at": ends_at},
        )
        if planned.status_code != 201:
            raise SystemExit(f"Plannen mislukte ({planned.status_code}): {planned.text[:300]}")
        member.session_ids.append(planned.json()["id"])
    return member


class LoadClient:
    def __init__(
        self,
        member: Member,
        everyone: list[Member],
        group_slugs: list[str],
        recorder: Recorder,
        created: Created,
        client: httpx.AsyncClient,
        seed: int,
    ) -> None:
        self.member = member
        self.everyone = everyone
        self.group_slugs = group_slugs
        self.recorder = recorder
        self.created = created
        self.client = client
        self.rng = random.Random(seed)
        self.operations: dict[str, Callable[[], Awaitable[None]]] = {
            "zoeken-afstand": self.search_near,
            "zoeken-filters": self.search_filters,
            "groepspagina": self.group_page,
            "meldingen-lijst": self.list_notifications,
            "rsvp": self.rsvp,
            "bijeenkomst-plannen": self.plan_session,
            "aanvraag-indienen": self.join_and_withdraw,
            "meldingen-gelezen": self.read_all,
        }

    async def call(
        self, operation: str, method: str, path: str, **kwargs: object
    ) -> httpx.Response | None:
        started = time.perf_counter()
        try:
            response = await self.client.request(method, path, **kwargs)  # type: ignore[arg-type]
        except httpx.HTTPError as error:
            self.recorder.record_transport_error(operation, error, time.perf_counter() - started)
            return None
        self.recorder.record(operation, response.status_code, time.perf_counter() - started)
        return response

    async def run_until(self, deadline: float) -> None:
        names = list(WEIGHTS)
        weights = list(WEIGHTS.values())
        while time.monotonic() < deadline:
            await self.operations[self.rng.choices(names, weights)[0]]()

    async def search_near(self) -> None:
        params: dict[str, str | int | float] = {
            "near": self.rng.choice(NEAR),
            "radius_km": self.rng.choice([10, 25, 50, 100]),
            "limit": 20,
        }
        if self.rng.random() < 0.5:
            params["has_vacancy"] = "true"
        if self.rng.random() < 0.3:
            params["method"] = self.rng.choice(METHODS)
        if self.rng.random() < 0.2:
            params["include_online"] = "true"
        await self.call("zoeken-afstand", "GET", f"{API}/groups", params=params)

    async def search_filters(self) -> None:
        params: dict[str, str | int] = {"limit": 20, "offset": self.rng.choice([0, 0, 20])}
        choice = self.rng.random()
        if choice < 0.4:
            params["province"] = self.rng.choice(PROVINCES)
        elif choice < 0.6:
            params["mode"] = self.rng.choice(["online", "hybrid", "in_person"])
        elif choice < 0.8:
            params["audience"] = self.rng.choice(AUDIENCES)
        else:
            params["q"] = self.rng.choice(WORDS)
        if self.rng.random() < 0.4:
            params["facilitator"] = self.rng.choice(["trained", "peer"])
        await self.call("zoeken-filters", "GET", f"{API}/groups", params=params)

    async def group_page(self) -> None:
        slug = self.rng.choice(self.group_slugs)
        await self.call("groepspagina", "GET", f"{API}/groups/{slug}")

    async def list_notifications(self) -> None:
        await self.call(
            "meldingen-lijst", "GET", f"{API}/me/notifications", headers=self.member.headers
        )

    async def rsvp(self) -> None:
        session_id = self.rng.choice(self.member.session_ids)
        answer = self.rng.choice(["present", "absent"])
        body: dict[str, str] = {"answer": answer}
        if answer == "absent":
            body["reason"] = "Andere afspraak."
        await self.call(
            "rsvp",
            "PUT",
            f"{API}/sessions/{session_id}/response",
            headers=self.member.headers,
            json=body,
        )

    async def plan_session(self) -> None:
        starts_at, ends_at = future_slot(self.rng)
        response = await self.call(
            "bijeenkomst-plannen",
            "POST",
            f"{API}/groups/{self.member.group_slug}/sessions",
            headers=self.member.headers,
            json={"starts_at": starts_at, "ends_at": ends_at},
        )
        if response is not None and response.status_code == 201:
            self.created.sessions.append(response.json()["id"])
            self.member.session_ids.append(response.json()["id"])

    async def join_and_withdraw(self) -> None:
        others = [m for m in self.everyone if m is not self.member]
        if not others:
            return
        target = self.rng.choice(others)
        response = await self.call(
            "aanvraag-indienen",
            "POST",
            f"{API}/groups/{target.group_slug}/join-requests",
            headers=self.member.headers,
            json={"motivation": "Ik zoek een groep om samen te leren; graag kennismaken."},
        )
        if response is None or response.status_code != 201:
            return
        request_id = response.json()["id"]
        self.created.join_requests.append(request_id)
        withdrawn = await self.call(
            "aanvraag-intrekken",
            "POST",
            f"{API}/join-requests/{request_id}/withdraw",
            headers=self.member.headers,
        )
        if withdrawn is not None and withdrawn.status_code == 200:
            self.created.withdrawn.append(request_id)

    async def read_all(self) -> None:
        await self.call(
            "meldingen-gelezen",
            "POST",
            f"{API}/me/notifications/read-all",
            headers=self.member.headers,
        )


def verify_rows(database_url: str, members: list[Member], created: Created) -> list[str]:
    """Every acknowledged row is in the database, and nothing else was created."""
    problems = []
    group_ids = [uuid.UUID(m.group_id) for m in members]
    member_sessions = sum(3 for _ in members) + len(created.sessions)
    with psycopg.connect(psycopg_dsn(database_url)) as connection:
        found = connection.execute(
            "SELECT count(*) FROM group_session WHERE id = ANY(%s)",
            ([uuid.UUID(i) for i in created.sessions],),
        ).fetchone()
        total = connection.execute(
            "SELECT count(*) FROM group_session WHERE group_id = ANY(%s)", (group_ids,)
        ).fetchone()
        requests = connection.execute(
            "SELECT status, count(*) FROM join_request WHERE id = ANY(%s) GROUP BY status",
            ([uuid.UUID(i) for i in created.join_requests],),
        ).fetchall()
    assert found is not None and total is not None
    if found[0] != len(created.sessions):
        problems.append(
            f"{len(created.sessions) - found[0]} bevestigde bijeenkomsten ontbreken in de database"
        )
    if total[0] != member_sessions:
        problems.append(f"{total[0]} bijeenkomsten in de database, verwacht {member_sessions}")
    by_status: dict[str, int] = dict(requests)
    if sum(by_status.values()) != len(created.join_requests):
        problems.append("bevestigde aanvragen ontbreken in de database")
    if by_status.get("withdrawn", 0) != len(created.withdrawn):
        problems.append(
            f"{by_status.get('withdrawn', 0)} aanvragen ingetrokken, "
            f"verwacht {len(created.withdrawn)}"
        )
    return problems


async def run() -> int:
    clients = env_int("LOAD_CLIENTS", 50)
    seconds = env_float("LOAD_SECONDS", 60)
    workers = env_int("LOAD_WORKERS", 2)
    timeout = env_float("LOAD_TIMEOUT", 30)
    seed = env_int("LOAD_SEED", 2026)
    database_url = env_str("LOAD_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/iw_load")
    run = run_id()
    workdir = Path(tempfile.mkdtemp(prefix="iw-load-"))

    print(f"Belastingrun {run}: {clients} clients, {seconds:.0f} s, {workers} uvicorn-processen")
    print(f"Database {database_url}: opnieuw aanmaken, migreren, demodata laden ...")
    recreate_database(database_url)
    environment = app_environment(database_url)
    print(f"  klaar in {prepare_database(environment):.1f} s")
    limits = ", ".join(f"{k}={v}" for k, v in RATE_LIMIT_OVERRIDES.items())
    print(f"Snelheidslimieten per IP opgehoogd voor deze run: {limits}")

    server = AppServer(environment, free_port(), workers, workdir / "uvicorn.log")
    server.start()
    try:
        await server.wait_healthy()
        print(f"App draait op {server.base_url} (log: {server.log_path})")
        return await drive(server, database_url, run, clients, seconds, timeout, seed)
    finally:
        server.stop()


async def drive(
    server: AppServer,
    database_url: str,
    run: str,
    clients: int,
    seconds: float,
    timeout: float,
    seed: int,
) -> int:
    limits = httpx.Limits(max_connections=2, max_keepalive_connections=2)
    connections = [
        httpx.AsyncClient(base_url=server.base_url, timeout=timeout, limits=limits)
        for _ in range(clients)
    ]
    try:
        started = time.perf_counter()
        setup = asyncio.Semaphore(8)

        async def one(number: int) -> Member:
            async with setup:
                return await set_up_member(connections[number], run, number)

        provision_members(database_url, [member_email(run, n) for n in range(clients)])
        members = list(await asyncio.gather(*(one(n) for n in range(clients))))
        finder = await connections[0].get(f"{API}/groups", params={"limit": 100})
        group_slugs = [item["slug"] for item in finder.json()["items"]]
        print(
            f"{clients} leden met elk een groep en 3 bijeenkomsten aangemaakt in "
            f"{time.perf_counter() - started:.1f} s; de run begint"
        )

        recorder = Recorder()
        created = Created()
        loops = [
            LoadClient(member, members, group_slugs, recorder, created, connections[n], seed + n)
            for n, member in enumerate(members)
        ]
        server_processes = server.processes()
        server_cpu = cpu_seconds(server_processes)
        own_cpu = time.process_time()
        began = time.perf_counter()
        deadline = time.monotonic() + seconds
        await asyncio.gather(*(loop.run_until(deadline) for loop in loops))
        elapsed = time.perf_counter() - began
        server_cpu = cpu_seconds(server_processes) - server_cpu
        own_cpu = time.process_time() - own_cpu
    finally:
        await asyncio.gather(*(c.aclose() for c in connections))

    print()
    print(
        f"Resultaat: {recorder.total} verzoeken in {elapsed:.1f} s = "
        f"{recorder.total / elapsed:.1f} verzoeken/s"
    )
    print(recorder.latency_table(elapsed))
    print(
        f"CPU-tijd in de run: app {server_cpu:.0f} s ({server_cpu / elapsed:.2f} kernen), "
        f"deze belastingclient {own_cpu:.0f} s ({own_cpu / elapsed:.2f} kernen); "
        f"belasting van de machine: {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    print()
    print("Antwoorden per status:")
    print(recorder.status_table())
    for (operation, error), n in sorted(recorder.transport_errors.items()):
        print(f"  geen antwoord: {operation}: {error} x{n}")

    failures = []
    server_errors = recorder.count(lambda s: s >= 500)
    if server_errors:
        failures.append(f"{server_errors} antwoorden met 5xx")
    if recorder.count(lambda s: s == 0):
        failures.append(f"{recorder.count(lambda s: s == 0)} verzoeken zonder antwoord")
    unexpected: Counter[str] = Counter()
    for (operation, status), n in recorder.statuses.items():
        if status and status < 500 and status not in EXPECTED[operation]:
            unexpected[f"{operation} {status}"] += n
    if unexpected:
        failures.append(f"onverwachte antwoorden: {dict(unexpected)}")
    if server.crashes():
        failures.append(f"{server.crashes()} afgebroken antwoorden of 500's in {server.log_path}")
    problems = verify_rows(database_url, members, created)
    failures += problems
    print()
    print(
        f"Geschreven en teruggevonden: {len(created.sessions)} bijeenkomsten, "
        f"{len(created.join_requests)} aanvragen ({len(created.withdrawn)} ingetrokken)"
        + ("" if problems else "; alles staat in de database")
    )
    if failures:
        print("MISLUKT: " + "; ".join(failures))
        return 1
    print("GESLAAGD: geen 5xx, elk verzoek beantwoord, elke bevestigde schrijfactie bewaard")
    return 0


def main() -> None:
    stop_on_sigterm()
    sys.exit(asyncio.run(run()))


if __name__ == "__main__":
    main()
