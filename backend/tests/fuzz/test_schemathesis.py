"""Schemathesis (v4) fuzzing of every API operation, in process, as a group coordinator and as a
platform admin.

The app runs on the suite's test database with the demo data loaded in the test's transaction.
Every generated request runs inside a SAVEPOINT of its own that is rolled back afterwards, so
each case sees the same world (a fuzzed DELETE or password change never spoils the next case)
and nothing is left behind. Path parameters are partly filled with ids that exist (the
member's group, a session, a case, an event, ...) so the happy paths get fuzzed, not only 404s.

Checks on every response: no 5xx, the status code and content type are documented, the body
matches the documented schema, and every error is an RFC 9457 application/problem+json document
with `title` and `status`. An error response must also leave the database as it was: no row
added or removed.

Bounded for CI (a handful of examples per operation, deterministic, no shrinking). Set
IW_FUZZ_EXAMPLES for a deeper local run and IW_FUZZ_COVERAGE=1 to add schemathesis' boundary-value
phase, e.g. `IW_FUZZ_EXAMPLES=50 IW_FUZZ_COVERAGE=1 pytest tests/fuzz`.
"""

import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.generation.value import GeneratedValue
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import Connection, text
from sqlmodel import Session, SQLModel, col, select

from intervisiewijzer.cases.models import CaseFollowUp, Topic
from intervisiewijzer.common import utcnow
from intervisiewijzer.config import get_settings
from intervisiewijzer.db import get_engine, get_session
from intervisiewijzer.demo.seed import DEMO_ADMIN, DEMO_MEMBER, seed_demo_data
from intervisiewijzer.evaluations import links
from intervisiewijzer.events.models import Event, EventCoach
from intervisiewijzer.groups.models import Group, GroupRole, Membership
from intervisiewijzer.main import API_PREFIX, create_app
from intervisiewijzer.members.models import Member
from intervisiewijzer.notifications.models import Notification
from intervisiewijzer.sessions.localtime import local_today
from intervisiewijzer.sessions.models import GroupSession, SessionStatus
from intervisiewijzer.webhooks.router import get_resolver
from tests.cases.helpers import make_case, record_outcome
from tests.factories import make_member

PROBLEM_MEDIA_TYPE = "application/problem+json"
EXAMPLES = int(os.environ.get("IW_FUZZ_EXAMPLES", "6"))
PUBLIC_ADDRESS = "93.184.216.34"  # what every webhook host "resolves" to: no DNS in tests

# Tables an error response may still write to: audit trails that record refused attempts.
AUDIT_TABLES = {"case_access_log", "audit_event", "api_key_use"}

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": 2026,
        "generation": {
            "mode": "all",  # valid and invalid input
            "max-examples": EXAMPLES,
            "deterministic": True,
            "no-shrink": True,
            "database": "none",
            # We send our own bearer token; random X-API-Key values would only test refusal.
            "with-security-parameters": False,
        },
        "phases": {
            "examples": {"enabled": True},
            # Boundary values for every parameter: thorough but slow, so opt-in.
            "coverage": {"enabled": os.environ.get("IW_FUZZ_COVERAGE") == "1"},
            "fuzzing": {"enabled": True},
            "stateful": {"enabled": False},
        },
    }
)


@schemathesis.check
def problem_details_on_errors(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every 4xx/5xx is an RFC 9457 document: problem+json with a title and the status."""
    if response.status_code < 400:
        return None
    content_type = (response.headers.get("content-type") or [""])[0]
    assert content_type.split(";")[0].strip() == PROBLEM_MEDIA_TYPE, (
        f"{response.status_code} answered as {content_type!r}, not {PROBLEM_MEDIA_TYPE}"
    )
    body = json.loads(response.content)
    assert isinstance(body, dict), "problem document is not a JSON object"
    assert isinstance(body.get("title"), str) and body["title"], "problem without a title"
    assert body.get("status") == response.status_code, "problem status differs from HTTP status"
    if "detail" in body:
        assert isinstance(body["detail"], str) and body["detail"], "empty problem detail"
    return True


CHECKS: list[Callable[..., Any]] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    problem_details_on_errors,
]


@dataclass
class World:
    """The demo data plus a few things made for the fuzz run, and who may log in."""

    tokens: dict[str, str] = field(default_factory=dict)
    # path parameter name -> ids that exist; keyed by (path pattern, name) where they differ
    known: dict[str, list[str]] = field(default_factory=dict)
    known_by_path: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def values_for(self, path: str, name: str) -> list[str]:
        for (pattern, param), values in self.known_by_path.items():
            if param == name and re.search(pattern, path):
                return values
        return self.known.get(name, [])


class CaseDatabase:
    """Hands the app one test session and wraps each generated case in its own SAVEPOINT."""

    session: Session
    connection: Connection

    def __init__(self) -> None:
        self.tables = [table.name for table in SQLModel.metadata.sorted_tables]

    def attach(self, session: Session, connection: Connection) -> None:
        self.session, self.connection = session, connection

    def detach(self) -> None:
        del self.session, self.connection

    def request_session(self) -> Iterator[Session]:
        # As in tests/conftest.py: a failed request leaves nothing behind.
        savepoint = self.session.begin_nested()
        try:
            yield self.session
        except Exception:
            if savepoint.is_active:
                savepoint.rollback()
            raise

    def isolated(self) -> "_Isolated":
        return _Isolated(self)

    def row_counts(self) -> dict[str, int]:
        counted = [table for table in self.tables if table not in AUDIT_TABLES]
        query = "SELECT " + ", ".join(f'(SELECT count(*) FROM "{table}")' for table in counted)
        row = self.connection.execute(text(query)).one()
        return dict(zip(counted, row, strict=True))


class _Isolated:
    def __init__(self, database: CaseDatabase) -> None:
        self.database = database

    def __enter__(self) -> None:
        # End whatever the session still has open (reads since its last commit), so the
        # transaction it starts for the request nests inside this savepoint; a commit in the
        # request then releases only its own savepoint.
        self.database.session.rollback()
        self.savepoint = self.database.connection.begin_nested()

    def __exit__(self, *_exc: object) -> None:
        self.database.session.rollback()
        self.savepoint.rollback()


def _build_world(session: Session, client: TestClient) -> World:
    """Demo data plus a join request, case, webhook, API key, feed and evaluation link."""
    seed_demo_data(session)
    member = session.exec(select(Member).where(Member.email == DEMO_MEMBER[0])).one()
    group = session.exec(
        select(Group)
        .join(Membership, col(Membership.group_id) == col(Group.id))
        .where(Membership.member_id == member.id, Membership.role == GroupRole.coordinator)
    ).one()
    fellow = session.exec(
        select(Membership.member_id).where(
            Membership.group_id == group.id, Membership.member_id != member.id
        )
    ).first()
    sessions = session.exec(
        select(GroupSession)
        .where(GroupSession.group_id == group.id)
        .order_by(col(GroupSession.starts_at))
    ).all()
    upcoming = next(s for s in sessions if s.status == SessionStatus.planned)
    held = max((s for s in sessions if s.status == SessionStatus.held), key=lambda s: s.starts_at)
    event = session.exec(select(Event).order_by(col(Event.starts_at))).first()
    assert event is not None
    coach = session.exec(
        select(EventCoach.member_id).where(EventCoach.event_id == event.id)
    ).first()
    case = make_case(session, upcoming, member)
    case = record_outcome(session, case, member, "Een afspraak maken met de mentor")
    follow_up_ids = [
        str(value)
        for value in session.exec(
            select(CaseFollowUp.id).where(CaseFollowUp.case_id == case.id)
        ).all()
    ]
    settings = get_settings()
    evaluation_token = links.create_link_token(
        settings, member.id, held.id, utcnow() + timedelta(days=14)
    )
    session.commit()

    world = World()
    for role, (email, password) in (("member", DEMO_MEMBER), ("admin", DEMO_ADMIN)):
        response = client.post(
            f"{API_PREFIX}/auth/token", data={"username": email, "password": password}
        )
        assert response.status_code == 200, response.text
        world.tokens[role] = response.json()["access_token"]
    member_headers = {"Authorization": f"Bearer {world.tokens['member']}"}
    admin_headers = {"Authorization": f"Bearer {world.tokens['admin']}"}

    outsider = make_member(session, full_name="Nieuw Aanmelder")
    session.commit()
    outsider_token = client.post(
        f"{API_PREFIX}/auth/token",
        data={"username": outsider.email, "password": "correct-horse-battery"},
    ).json()["access_token"]
    join = client.post(
        f"{API_PREFIX}/groups/{group.slug}/join-requests",
        json={"motivation": "Ik ben gezinshuisouder in de buurt en zoek een groep."},
        headers={"Authorization": f"Bearer {outsider_token}"},
    )
    assert join.status_code == 201, join.text
    feed = client.post(f"{API_PREFIX}/me/calendar-feed", headers=member_headers)
    assert feed.status_code == 201, feed.text
    webhook = client.post(
        f"{API_PREFIX}/admin/webhooks",
        json={"url": "https://partner.example.nl/hook", "events": ["group.changed"]},
        headers=admin_headers,
    )
    assert webhook.status_code == 201, webhook.text
    api_key = client.post(
        f"{API_PREFIX}/admin/api-keys",
        json={"name": "Partner zoeker", "kind": "partner"},
        headers=admin_headers,
    )
    assert api_key.status_code == 201, api_key.text
    notification_ids = [
        str(value)
        for value in session.exec(
            select(Notification.id).where(Notification.member_id == member.id)
        ).all()
    ]
    topic_slug = session.exec(select(Topic.slug).order_by(col(Topic.slug))).first()
    session.commit()

    year = local_today().year
    world.known = {
        "group_ref": [group.slug, str(group.id)],
        "member_id": [str(value) for value in (fellow, member.id) if value is not None],
        "request_id": [join.json()["id"]],
        "event_id": [str(event.id)],
        "session_id": [str(upcoming.id), str(held.id)],
        "case_id": [str(case.id)],
        "follow_up_id": follow_up_ids,
        "notification_id": notification_ids,
        "webhook_id": [webhook.json()["id"]],
        "key_id": [api_key.json()["id"]],
        "year": [str(year), str(year - 1)],
    }
    feed_url = feed.json().get("url", "")
    feed_token = feed_url.rsplit("/", 1)[-1].removesuffix(".ics") if feed_url else ""
    world.known_by_path = {
        (r"/events/\{event_id\}/coaches/", "member_id"): [str(coach)] if coach else [],
        (r"/methods/", "slug"): ["incidentmethode", "spiegelmethode"],
        (r"/admin/topics/", "slug"): [topic_slug] if topic_slug else [],
        (r"/calendar/", "token"): [feed_token] if feed_token else [],
        (r"/evaluations/by-token/", "token"): [evaluation_token],
    }
    return world


def _fuzz_app() -> FastAPI:
    # Generous limits: the fuzzer sends far more requests a minute than any person would.
    settings = get_settings().model_copy(
        update={"public_rate_limit": "100000/minute", "login_rate_limit": "100000/minute"}
    )
    application = create_app(settings)
    application.dependency_overrides[get_session] = DATABASE.request_session
    application.dependency_overrides[get_resolver] = lambda: lambda _host, _port: [PUBLIC_ADDRESS]
    return application


DATABASE = CaseDatabase()
WORLD = World()
APP = _fuzz_app()
schema = schemathesis.openapi.from_asgi(f"{API_PREFIX}/openapi.json", APP, config=CONFIG)


@schema.hook
def before_generate_path_parameters(context: Any, strategy: Any) -> Any:
    """Besides random values, draw ids that exist (looked up when drawn: the world is built
    after collection)."""
    operation = context.operation
    if operation is None:
        return strategy
    path = operation.path
    names = re.findall(r"\{(\w+)\}", path)
    if not names:
        return strategy

    def existing(_: object) -> Any:
        known = {name: values for name in names if (values := WORLD.values_for(path, name))}
        return st.fixed_dictionaries({name: st.sampled_from(v) for name, v in known.items()})

    def merge(pair: tuple[Any, dict[str, str]]) -> Any:
        generated, known = pair
        if isinstance(generated, GeneratedValue):
            return generated.map_value(lambda value: {**(value or {}), **known})
        return {**(generated or {}), **known}

    filled = st.tuples(strategy, st.just(None).flatmap(existing))
    return st.one_of(strategy, filled.map(merge))


@pytest.fixture(scope="module")
def world(migrated_database: str) -> Iterator[World]:
    """The demo data in one transaction for the whole module, rolled back at the end."""
    connection = get_engine().connect()
    transaction = connection.begin()
    session = Session(bind=connection, join_transaction_mode="create_savepoint")
    DATABASE.attach(session, connection)
    try:
        with TestClient(APP, raise_server_exceptions=False) as client:
            built = _build_world(session, client)
        WORLD.__dict__.update(built.__dict__)
        yield WORLD
    finally:
        DATABASE.detach()
        session.close()
        transaction.rollback()
        connection.close()


@pytest.mark.parametrize("actor", ["member", "admin"])
@schema.parametrize()
def test_api_conforms_to_its_schema(case: Any, actor: str, world: World) -> None:
    with DATABASE.isolated():
        before = DATABASE.row_counts()
        response = case.call(headers={"Authorization": f"Bearer {world.tokens[actor]}"})
        if response.status_code >= 400:
            after = DATABASE.row_counts()
            changed = {t: (before[t], after[t]) for t in before if before[t] != after[t]}
            assert not changed, f"{response.status_code} answer changed rows: {changed}"
    case.validate_response(response, checks=CHECKS)
