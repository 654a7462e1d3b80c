"""Synthetic data at scale for the benchmarks: groups, members, five years of sessions.

Not a test and not demo data. Run from backend/:

    .venv/bin/python benchmarks/synthetic.py [--scale 1.0] [--database-url URL] [--force]

At scale 1 it writes about 20,000 groups spread over Dutch places (weighted by how many
postcodes a place has, from the same GeoNames table the finder geocodes with), 150,000
members, memberships of 5-8 per group, five years of sessions (about 6 a year per group,
with attendance lists and confirmations), join requests, 50 past thematic events with
registrations and attendance, and one upcoming event with 2,000 registrants and 250 coaches
for the room assignment benchmark.

It writes only into a dedicated PostgreSQL database (default `iw_bench`), which it creates
and migrates with Alembic, and refuses the `test` database. Rows go in with COPY. A marker
table `bench_dataset` remembers the scale, seed and generator version: when they match, the
data is kept and only the migrations run. The same seed always gives the same data, except
for the argon2 salt of the one shared password and the timestamps relative to today.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from alembic import command
from alembic.config import Config
from psycopg import sql

from intervisiewijzer.demo import names
from intervisiewijzer.groups import geo
from intervisiewijzer.members.models import EmploymentForm
from intervisiewijzer.security import hash_password
from intervisiewijzer.text import slugify

BACKEND = Path(__file__).resolve().parents[1]
DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/iw_bench"
GENERATOR_VERSION = 1
SEED = 20261125

GROUPS_AT_SCALE_1 = 20_000
MEMBERS_AT_SCALE_1 = 150_000
YEARS_OF_SESSIONS = 5
PAST_EVENTS = 50
ROOM_EVENT_REGISTRANTS = 2_000
ROOM_EVENT_COACHES = 250

PASSWORD = "Bench-Wachtwoord-2026"
ADMIN_EMAIL = "beheer@bench.intervisiewijzer.nl"
EMAIL_DOMAIN = "bench.intervisiewijzer.nl"

# Tables this script fills, children first (for TRUNCATE on regeneration).
FILLED_TABLES = (
    "attendance",
    "event_registration",
    "event_room",
    "event_coach",
    "event",
    "group_session",
    "join_request",
    "group_audience",
    "group_method",
    "membership",
    "intervision_group",
    "organisation_member",
    "member",
    "organisation",
)

MARKER_DDL = """
CREATE TABLE IF NOT EXISTS bench_dataset (
    id integer PRIMARY KEY CHECK (id = 1),
    scale double precision NOT NULL,
    seed integer NOT NULL,
    generator_version integer NOT NULL,
    created_at timestamptz NOT NULL,
    counts jsonb NOT NULL,
    targets jsonb NOT NULL
)
"""

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
WEEKDAY_WEIGHTS = (12, 20, 22, 20, 10, 6)
DAYPART_HOURS = {"morning": 9, "afternoon": 13, "evening": 19}
AUDIENCES = [form.value for form in EmploymentForm] + ["jeugdzorgwerker"]
IDENTITIES = ("christelijk", "reformatorisch", "islamitisch", "humanistisch")
EVENT_THEMES = (
    ("hechting", "Hechting en vertrouwen in het gezinshuis"),
    ("trauma", "Traumasensitief opvoeden in de praktijk"),
    ("ouders", "Samenwerken met ouders van geplaatste kinderen"),
    ("zelfzorg", "Zelfzorg en veerkracht als gezinshuisouder"),
    ("afscheid", "Afscheid nemen als een kind uitstroomt"),
)


# --- Helpers ---------------------------------------------------------------------------------


def libpq_url(url: str) -> str:
    """psycopg wants a plain postgresql:// URL."""
    for prefix in ("postgresql+psycopg://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix) :]
    return url


def database_name(url: str) -> str:
    return str(psycopg.conninfo.conninfo_to_dict(libpq_url(url)).get("dbname") or "")


def ensure_database(url: str) -> None:
    """Create the benchmark database if it does not exist yet."""
    params = psycopg.conninfo.conninfo_to_dict(libpq_url(url))
    name = str(params["dbname"])
    params["dbname"] = "postgres"
    with psycopg.connect(**params, autocommit=True) as conn:  # type: ignore[arg-type]
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"Database {name} created.")


def migrate(url: str, revision: str = "head") -> None:
    config = Config(str(BACKEND / "alembic.ini"))
    config.attributes["database_url"] = url
    config.attributes["configure_logging"] = False
    command.upgrade(config, revision)


class Ids:
    """Deterministic random UUIDs (version 4 layout) from the seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> uuid.UUID:
        value = self.rng.getrandbits(128)
        value &= ~(0xF000 << 64)
        value |= 0x4000 << 64
        value &= ~(0xC000 << 48)
        value |= 0x8000 << 48
        return uuid.UUID(int=value)


@dataclass
class MemberRow:
    id: uuid.UUID
    full_name: str
    kind: str
    years_experience: int | None
    province: str


@dataclass
class GroupRow:
    id: uuid.UUID
    slug: str
    name: str
    mode: str
    lifecycle: str
    size_max: int
    weekday: str
    daypart: str
    minutes: int
    created_at: datetime
    members: list[int] = field(default_factory=list)  # indexes into the member list


@dataclass
class Dataset:
    """What the generator made and what the benchmarks need to find it again."""

    counts: dict[str, int] = field(default_factory=dict)
    targets: dict[str, Any] = field(default_factory=dict)


# --- Generation ------------------------------------------------------------------------------


class Generator:
    def __init__(self, conn: psycopg.Connection[Any], scale: float, seed: int) -> None:
        self.conn = conn
        self.scale = scale
        self.rng = random.Random(seed)
        self.new_id = Ids(random.Random(seed + 1))
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.dataset = Dataset()
        self.member_count = max(3_000, round(MEMBERS_AT_SCALE_1 * scale))
        self.group_count = max(200, round(GROUPS_AT_SCALE_1 * scale))
        self.methods: list[uuid.UUID] = [
            row[0] for row in conn.execute("SELECT id FROM method ORDER BY position")
        ]
        self.places = geo.all_places()
        # Places with more postcodes have more people, so more groups.
        counts = geo._gazetteer().postcode_counts
        self.place_weights = [counts[place] for place in self.places]
        self.members: list[MemberRow] = []
        self.groups: list[GroupRow] = []
        self.organisations: list[uuid.UUID] = []

    # COPY one table; rows are tuples in column order.
    def copy(self, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> int:
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
        )
        count = 0
        with self.conn.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        self.dataset.counts[table] = self.dataset.counts.get(table, 0) + count
        return count

    def run(self) -> Dataset:
        steps = (
            ("organisations", self.make_organisations),
            ("members", self.make_members),
            ("groups", self.make_groups),
            ("memberships", self.make_memberships),
            ("join requests", self.make_join_requests),
            ("sessions and attendance", self.make_sessions),
            ("events", self.make_events),
        )
        for label, step in steps:
            started = time.perf_counter()
            step()
            print(f"  {label:<26} {time.perf_counter() - started:6.1f} s", flush=True)
        return self.dataset

    def make_organisations(self) -> None:
        count = max(10, round(120 * self.scale))
        rows = []
        for number in range(count):
            kind = "zorgaanbieder" if number % 3 else "franchiseorganisatie"
            org_id = self.new_id()
            self.organisations.append(org_id)
            name = (
                f"Benchmark {'Zorg' if kind == 'zorgaanbieder' else 'Franchise'} {number + 1:03d}"
            )
            rows.append((org_id, name, kind, None, self.now - timedelta(days=2_500)))
        self.copy("organisation", ("id", "name", "kind", "website", "created_at"), rows)

    def make_members(self) -> None:
        rng = self.rng
        hashed = hash_password(PASSWORD)  # one argon2 hash for everyone: hashing 150k is slow
        provinces = list(names.PROVINCE_WEIGHTS)
        province_weights = list(names.PROVINCE_WEIGHTS.values())
        forms = [form.value for form in names.EMPLOYMENT_WEIGHTS]
        form_weights = list(names.EMPLOYMENT_WEIGHTS.values())

        def rows() -> Iterator[tuple[Any, ...]]:
            admin_id = self.new_id()
            self.dataset.targets["admin_email"] = ADMIN_EMAIL
            yield (
                admin_id, ADMIN_EMAIL, hashed, "Beheer Benchmark", "other", None, None, None,
                None, None, True, True, 0, self.now - timedelta(days=2_000), self.now,
            )  # fmt: skip
            for number in range(self.member_count):
                female = rng.random() < 0.7
                first = rng.choice(names.FEMALE_FIRST_NAMES if female else names.MALE_FIRST_NAMES)
                infix, surname = rng.choice(names.SURNAMES)
                full_name = " ".join(part for part in (first, infix, surname) if part)
                roll = rng.random()
                kind = (
                    "gezinshuisouder"
                    if roll < 0.72
                    else "jeugdzorgwerker"
                    if roll < 0.95
                    else "intervisor"
                    if roll < 0.98
                    else "other"
                )
                form = rng.choices(forms, form_weights)[0] if kind == "gezinshuisouder" else None
                years = rng.choice((None, *range(0, 26))) if rng.random() < 0.9 else None
                body_roll = rng.random()
                body = "skj" if body_roll < 0.6 else "registerplein" if body_roll < 0.7 else None
                registration = f"{rng.randint(100000, 999999)}" if body else None
                province = rng.choices(provinces, province_weights)[0]
                member_id = self.new_id()
                self.members.append(MemberRow(member_id, full_name, kind, years, province))
                created = self.now - timedelta(days=rng.randint(30, 2_300))
                yield (
                    member_id, f"lid{number:06d}@{EMAIL_DOMAIN}", hashed, full_name, kind, form,
                    years, body, registration, province, False, True, 0, created, created,
                )  # fmt: skip

        self.copy(
            "member",
            (
                "id", "email", "hashed_password", "full_name", "kind", "employment_form",
                "years_experience", "registration_body", "registration_number", "province",
                "is_admin", "is_active", "token_version", "created_at", "updated_at",
            ),
            rows(),
        )  # fmt: skip
        self.dataset.targets["password"] = PASSWORD

    def make_groups(self) -> None:
        rng = self.rng
        group_rows = []
        method_rows = []
        audience_rows = []
        for number in range(self.group_count):
            place = rng.choices(self.places, self.place_weights)[0]
            mode_roll = rng.random()
            mode = "in_person" if mode_roll < 0.72 else "hybrid" if mode_roll < 0.9 else "online"
            lifecycle_roll = rng.random()
            lifecycle = (
                "open"
                if lifecycle_roll < 0.78
                else "forming"
                if lifecycle_roll < 0.88
                else "closed"
            )
            display = names.PLACE_DISPLAY_NAMES.get(place.name, place.name)
            if mode == "online":
                name = f"Online intervisiegroep {geo.PROVINCES[place.province]} {number + 1}"
            else:
                name = f"Intervisiegroep {display} {number + 1}"
            slug = slugify(name)
            weekday = rng.choices(WEEKDAYS, WEEKDAY_WEIGHTS)[0]
            daypart = rng.choice(tuple(DAYPART_HOURS))
            minutes = rng.choice((90, 105, 120, 120, 120))
            size_max = rng.choice((6, 7, 8, 8, 8, 8, 9, 10))
            # Most groups have met for years; some are new.
            age_days = (
                rng.randint(365 * YEARS_OF_SESSIONS, 365 * (YEARS_OF_SESSIONS + 4))
                if rng.random() < 0.6
                else rng.randint(30, 365 * YEARS_OF_SESSIONS)
            )
            created = self.now - timedelta(days=age_days)
            identity = rng.choice(IDENTITIES) if rng.random() < 0.08 else None
            organisation = rng.choice(self.organisations) if rng.random() < 0.4 else None
            facilitator = rng.choices(("peer", "trained", "none"), (55, 35, 10))[0]
            area = display
            description = " ".join(
                (
                    rng.choice(names.OPENINGS).format(area=area),
                    rng.choice(names.SAFETY_SENTENCES),
                    rng.choice(names.TOPIC_SENTENCES).format(
                        topics=", ".join(rng.sample(names.TOPICS, 2))
                    ),
                )
            )
            group_id = self.new_id()
            self.groups.append(
                GroupRow(
                    group_id, slug, name, mode, lifecycle, size_max, weekday, daypart, minutes,
                    created,
                )
            )  # fmt: skip
            online = mode == "online"
            group_rows.append(
                (
                    group_id, slug, name, description, mode, place.province,
                    None if online else place.name, None if online else place.lat,
                    None if online else place.lon, 6, weekday, daypart, minutes,
                    min(5, size_max), size_max, facilitator, identity, "nl", True,
                    rng.random() < 0.3, organisation, lifecycle, None, 1, created, created,
                )
            )  # fmt: skip
            for method in rng.sample(self.methods, rng.randint(1, 3)):
                method_rows.append((group_id, method))
            for audience in rng.sample(AUDIENCES, rng.randint(1, 3)):
                audience_rows.append((group_id, audience))
        self.copy(
            "intervision_group",
            (
                "id", "slug", "name", "description", "mode", "province", "place", "lat", "lon",
                "meetings_per_year", "weekday", "daypart", "session_minutes", "size_min",
                "size_max", "facilitator_type", "identity", "language", "accepts_skj",
                "accepts_registerplein", "organisation_id", "lifecycle", "external_id",
                "version", "created_at", "updated_at",
            ),
            group_rows,
        )  # fmt: skip
        self.copy("group_method", ("group_id", "method_id"), method_rows)
        self.copy("group_audience", ("group_id", "audience"), audience_rows)
        # For the group page benchmark: a spread of slugs of in-person groups.
        public = [g.slug for g in self.groups if g.lifecycle != "closed"]
        self.dataset.targets["group_slugs"] = rng.sample(public, min(200, len(public)))

    def make_memberships(self) -> None:
        """5-8 per group (within its maximum); about 10% of members are in two groups, and
        the rest without a group are people still looking."""
        rng = self.rng
        order = list(range(len(self.members)))
        rng.shuffle(order)
        position = 0
        rows = []
        for group in self.groups:
            wanted = min(group.size_max, rng.randint(5, 8))
            if group.lifecycle == "forming":
                wanted = rng.randint(2, 4)
            chosen: list[int] = []
            while len(chosen) < wanted:
                if rng.random() < 0.1 and position > 0:
                    candidate = order[rng.randrange(position)]  # someone in another group too
                else:
                    candidate = order[position % len(order)]
                    position += 1
                if candidate not in chosen:
                    chosen.append(candidate)
            group.members = chosen
            for rank, member_index in enumerate(chosen):
                role = "coordinator" if rank == 0 else "facilitator" if rank == 1 else "member"
                rows.append(
                    (self.new_id(), group.id, self.members[member_index].id, role, group.created_at)
                )
        self.copy("membership", ("id", "group_id", "member_id", "role", "joined_at"), rows)
        self.without_group = order[position:]

    def make_join_requests(self) -> None:
        rng = self.rng
        rows = []
        seekers = self.without_group or list(range(len(self.members)))
        for group in self.groups:
            if group.lifecycle == "closed" or rng.random() > 0.15:
                continue
            full = len(group.members) >= group.size_max
            for member_index in rng.sample(seekers, min(len(seekers), rng.randint(1, 3))):
                status = rng.choice(("waitlisted", "waitlisted", "offered")) if full else "pending"
                created = self.now - timedelta(days=rng.randint(1, 60))
                rows.append(
                    (
                        self.new_id(), group.id, self.members[member_index].id,
                        "Ik zoek een intervisiegroep bij mij in de buurt.", status, created,
                        created + timedelta(days=2) if status == "offered" else None,
                    )
                )  # fmt: skip
        self.copy(
            "join_request",
            ("id", "group_id", "member_id", "motivation", "status", "created_at", "offered_at"),
            rows,
        )

    def make_sessions(self) -> None:
        """About six meetings a year per group, from its start (at most five years back) to
        two planned ones ahead. Past meetings have an attendance list (85% present) which
        most members confirmed; a few were cancelled or never recorded."""
        rng = self.rng
        window_start = self.now - timedelta(days=365 * YEARS_OF_SESSIONS)
        session_rows: list[tuple[Any, ...]] = []
        attendance_rows: list[tuple[Any, ...]] = []
        session_columns = (
            "id", "group_id", "starts_at", "ends_at", "location_text", "online_url",
            "method_id", "facilitator_id", "case_bringer_id", "series_id", "status", "notes",
            "attendance_recorded_at", "attendance_recorded_by_id", "version", "created_at",
            "updated_at",
        )  # fmt: skip
        attendance_columns = ("id", "session_id", "member_id", "recorded_at", "confirmed_at")
        veteran: tuple[int, uuid.UUID] | None = None
        sessions = attendance = 0
        for group in self.groups:
            if not group.members or group.lifecycle == "forming":
                continue
            member_ids = [self.members[i].id for i in group.members]
            coordinator = member_ids[0]
            start = max(group.created_at, window_start) + timedelta(days=rng.randint(7, 40))
            hour = DAYPART_HOURS[group.daypart]
            moment = datetime.combine(start.date(), datetime.min.time(), UTC).replace(hour=hour)
            end_of_plan = self.now + timedelta(days=130)
            if group.lifecycle == "closed":
                end_of_plan = self.now - timedelta(days=rng.randint(30, 400))
            confirmed_by_coordinator = 0
            while moment < end_of_plan:
                session_id = self.new_id()
                ends = moment + timedelta(minutes=group.minutes)
                past = ends < self.now
                roll = rng.random()
                if not past:
                    status, recorded = "planned", None
                elif roll < 0.05:
                    status, recorded = "cancelled", None
                elif roll < 0.08:
                    status, recorded = "planned", None  # the list was never filled in
                else:
                    status, recorded = "held", ends + timedelta(hours=rng.randint(1, 48))
                session_rows.append(
                    (
                        session_id, group.id, moment, ends,
                        "Bij een van de leden thuis" if group.mode != "online" else None,
                        "https://meet.jit.si/bench" if group.mode != "in_person" else None,
                        rng.choice(self.methods), member_ids[1 % len(member_ids)],
                        rng.choice(member_ids), None, status,
                        "", recorded, coordinator if recorded else None, 1,
                        moment - timedelta(days=60), recorded or moment - timedelta(days=60),
                    )
                )  # fmt: skip
                if recorded is not None:
                    for member_id in member_ids:
                        if rng.random() >= 0.85:
                            continue
                        confirmed = (
                            recorded + timedelta(hours=rng.randint(1, 240))
                            if rng.random() < 0.93
                            else None
                        )
                        if member_id == coordinator and confirmed:
                            confirmed_by_coordinator += 1
                        attendance_rows.append(
                            (self.new_id(), session_id, member_id, recorded, confirmed)
                        )
                # Every two months, on the group's weekday.
                moment += timedelta(days=rng.randint(52, 70))
                moment += timedelta(days=(WEEKDAYS.index(group.weekday) - moment.weekday()) % 7)
            if veteran is None or confirmed_by_coordinator > veteran[0]:
                veteran = (confirmed_by_coordinator, coordinator)
            if len(attendance_rows) > 200_000:
                sessions += self.copy("group_session", session_columns, session_rows)
                attendance += self.copy("attendance", attendance_columns, attendance_rows)
                session_rows, attendance_rows = [], []
        self.copy("group_session", session_columns, session_rows)
        self.copy("attendance", attendance_columns, attendance_rows)
        assert veteran is not None
        email = self.conn.execute("SELECT email FROM member WHERE id = %s", (veteran[1],))
        self.dataset.targets["veteran_email"] = email.fetchone()[0]  # type: ignore[index]
        self.dataset.targets["veteran_confirmed"] = veteran[0]

    def make_events(self) -> None:
        """Past thematic events with registrations and recorded attendance, and one upcoming
        event with 2,000 registrants (mostly whole intervision groups, couples with a
        household code) and 250 coaches, not yet divided over rooms."""
        rng = self.rng
        event_rows = []
        coach_rows = []
        registration_rows: list[tuple[Any, ...]] = []
        for number in range(PAST_EVENTS):
            theme, title = EVENT_THEMES[number % len(EVENT_THEMES)]
            starts = self.now - timedelta(days=round((number + 0.5) * 365 * 5 / PAST_EVENTS))
            starts = starts.replace(hour=19, minute=30, second=0)
            event_id = self.new_id()
            event_rows.append(self._event_row(event_id, theme, title, starts, 300, "published"))
            for member_index in rng.sample(range(len(self.members)), rng.randint(80, 300)):
                registered = starts - timedelta(days=rng.randint(2, 40))
                attended = rng.random() < 0.8
                registration_rows.append(
                    (
                        self.new_id(), event_id, self.members[member_index].id, "registered",
                        None, registered, attended, starts + timedelta(hours=3),
                    )
                )  # fmt: skip
        # The upcoming event for the room assignment benchmark.
        room_event = self.new_id()
        starts = (self.now + timedelta(days=30)).replace(hour=19, minute=30, second=0)
        event_rows.append(
            self._event_row(
                room_event, "hechting", "Landelijke themadag hechting", starts, 2_500, "published"
            )
        )
        taken: set[int] = set()
        households: dict[int, str] = {}
        grouped = [g for g in self.groups if g.members]
        rng.shuffle(grouped)
        for group in grouped:
            if len(taken) >= ROOM_EVENT_REGISTRANTS:
                break
            if rng.random() < 0.3:
                continue
            partner_of: int | None = None
            for member_index in group.members:
                if len(taken) >= ROOM_EVENT_REGISTRANTS or member_index in taken:
                    continue
                taken.add(member_index)
                if self.members[member_index].kind != "gezinshuisouder":
                    continue
                # Couples who run a gezinshuis together come with one household code.
                if partner_of is not None:
                    households[member_index] = households[partner_of]
                    partner_of = None
                elif rng.random() < 0.35:
                    households[member_index] = f"GEZIN{len(households):05d}"
                    partner_of = member_index
        loose = [i for i in range(len(self.members)) if i not in taken]
        rng.shuffle(loose)
        while len(taken) < ROOM_EVENT_REGISTRANTS:
            taken.add(loose.pop())
        registrants = sorted(taken)
        for member_index in registrants:
            registration_rows.append(
                (
                    self.new_id(), room_event, self.members[member_index].id, "registered",
                    households.get(member_index), self.now - timedelta(days=rng.randint(1, 20)),
                    None, None,
                )
            )  # fmt: skip
        coaches = rng.sample(
            [i for i in range(len(self.members)) if i not in taken], ROOM_EVENT_COACHES
        )
        for member_index in coaches:
            coach_rows.append((room_event, self.members[member_index].id, self.now))
        self.copy(
            "event",
            (
                "id", "theme", "title", "description", "expert_name", "starts_at", "ends_at",
                "plenary_url", "capacity", "room_size_max", "registration_closes_at", "status",
                "created_at", "updated_at",
            ),
            event_rows,
        )  # fmt: skip
        self.copy("event_coach", ("event_id", "member_id", "added_at"), coach_rows)
        self.copy(
            "event_registration",
            (
                "id", "event_id", "member_id", "status", "household_code", "registered_at",
                "attended", "attendance_recorded_at",
            ),
            registration_rows,
        )  # fmt: skip
        self.dataset.targets["room_event_id"] = str(room_event)
        self.dataset.targets["room_event_registrants"] = len(registrants)
        self.dataset.targets["room_event_coaches"] = len(coaches)

    def _event_row(
        self, event_id: uuid.UUID, theme: str, title: str, starts: datetime, capacity: int,
        status: str,
    ) -> tuple[Any, ...]:  # fmt: skip
        return (
            event_id, theme, title, "Een avond met een korte lezing en daarna gesprekken in kleine "
            "groepen onder leiding van een coach.", "Dr. Benchmark", starts,
            starts + timedelta(hours=2, minutes=30), "https://meet.jit.si/plenair-bench",
            capacity, 8, starts - timedelta(days=1), status, starts - timedelta(days=60),
            starts - timedelta(days=60),
        )  # fmt: skip


# --- Driver ----------------------------------------------------------------------------------


def existing_dataset(conn: psycopg.Connection[Any]) -> dict[str, Any] | None:
    conn.execute(MARKER_DDL)
    row = conn.execute(
        "SELECT scale, seed, generator_version, created_at, counts, targets FROM bench_dataset"
    ).fetchone()
    if row is None:
        return None
    scale, seed, version, created_at, counts, targets = row
    return {
        "scale": scale,
        "seed": seed,
        "generator_version": version,
        "created_at": created_at.isoformat(),
        "counts": counts,
        "targets": targets,
    }


def load_dataset(url: str) -> dict[str, Any] | None:
    with psycopg.connect(libpq_url(url)) as conn:
        return existing_dataset(conn)


def generate(url: str, scale: float, seed: int, force: bool) -> dict[str, Any]:
    if database_name(url) in {"test", "postgres", "template0", "template1"}:
        sys.exit(f"Refusing to write benchmark data into the database '{database_name(url)}'.")
    ensure_database(url)
    migrate(url)
    with psycopg.connect(libpq_url(url)) as conn:
        current = existing_dataset(conn)
        conn.commit()
        if (
            current
            and not force
            and current["scale"] == scale
            and current["seed"] == seed
            and current["generator_version"] == GENERATOR_VERSION
        ):
            print(f"Data at scale {scale} already present (made {current['created_at']}).")
            return current
        started = time.perf_counter()
        print(f"Generating synthetic data at scale {scale} into {database_name(url)} ...")
        conn.execute(
            sql.SQL("TRUNCATE {} CASCADE").format(
                sql.SQL(", ").join(map(sql.Identifier, FILLED_TABLES))
            )
        )
        conn.execute("DELETE FROM bench_dataset")
        dataset = Generator(conn, scale, seed).run()
        conn.execute(
            "INSERT INTO bench_dataset VALUES (1, %s, %s, %s, now(), %s, %s)",
            (
                scale,
                seed,
                GENERATOR_VERSION,
                json.dumps(dataset.counts),
                json.dumps(dataset.targets),
            ),
        )
        conn.commit()
        print(f"  {'loaded':<26} {time.perf_counter() - started:6.1f} s", flush=True)
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        vacuum_started = time.perf_counter()
        conn.execute("VACUUM (ANALYZE)")
        print(f"  {'vacuum analyze':<26} {time.perf_counter() - vacuum_started:6.1f} s")
        print(f"Done in {time.perf_counter() - started:.1f} s.")
        result = existing_dataset(conn)
    assert result is not None
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 20,000 groups")
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--force", action="store_true", help="regenerate even if present")
    args = parser.parse_args()
    if args.scale <= 0:
        parser.error("--scale must be positive")
    dataset = generate(args.database_url, args.scale, args.seed, args.force)
    counts = dataset["counts"]
    print("Rows: " + ", ".join(f"{table} {count:,}" for table, count in sorted(counts.items())))


if __name__ == "__main__":
    main()
