"""The curated topic list and the public national overview with k >= 5 suppression."""

from datetime import datetime, timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.cases.models import TopicUsage
from intervisiewijzer.common import utcnow
from intervisiewijzer.groups.models import Group
from intervisiewijzer.members.models import Member
from intervisiewijzer.sessions.localtime import to_local
from intervisiewijzer.sessions.models import SessionStatus
from tests.cases.helpers import make_admin, make_case, topic
from tests.sessions.helpers import Caller, make_cast, make_session, past_session

SEEDED = {
    "afstand-en-nabijheid",
    "hoe-lang-doorgaan",
    "rouw-en-verlies",
    "wat-deel-je-met-kinderen",
    "hechting",
    "kindermishandeling",
    "contact-biologische-ouders",
    "vitaliteit-en-zelfzorg",
    "het-brein-van-het-kind",
    "partner-en-eigen-gezin",
}


def overview(client: TestClient) -> dict:  # type: ignore[type-arg]
    response = client.get("/api/v1/topics/overview")
    assert response.status_code == 200
    assert response.headers["cache-control"].startswith("public")
    return response.json()  # type: ignore[no-any-return]


def cell(body: dict, slug: str, year: int) -> dict:  # type: ignore[type-arg]
    row = next(r for r in body["topics"] if r["topic"]["slug"] == slug)
    return next(c for c in row["cells"] if c["year"] == year)  # type: ignore[no-any-return]


def discuss(session: Session, group: Group, bringer: Member, slug: str, count: int) -> None:
    for days_ago in range(count):
        group_session = past_session(session, group, days_ago=2 + days_ago)
        make_case(session, group_session, bringer, topics=[slug])


def test_the_curated_list_is_seeded(client: TestClient) -> None:
    topics = client.get("/api/v1/topics").json()
    assert {t["slug"] for t in topics} >= SEEDED
    assert all(t["active"] for t in topics)


def test_admins_add_and_switch_off_topics(client: TestClient, session: Session) -> None:
    headers = Caller(client)(make_admin(session))
    created = client.post(
        "/api/v1/admin/topics", json={"name": "Pubertijd en seksualiteit"}, headers=headers
    )
    assert created.status_code == 201
    assert created.json() == {
        "slug": "pubertijd-en-seksualiteit",
        "name": "Pubertijd en seksualiteit",
        "active": True,
    }
    again = client.post(
        "/api/v1/admin/topics",
        json={"name": "Iets", "slug": "pubertijd-en-seksualiteit"},
        headers=headers,
    )
    assert again.status_code == 409
    off = client.patch(
        "/api/v1/admin/topics/pubertijd-en-seksualiteit", json={"active": False}, headers=headers
    )
    assert off.json()["active"] is False
    assert "pubertijd-en-seksualiteit" not in {
        t["slug"] for t in client.get("/api/v1/topics").json()
    }
    everything = client.get("/api/v1/topics", params={"include_inactive": True}).json()
    assert "pubertijd-en-seksualiteit" in {t["slug"] for t in everything}
    assert (
        client.patch("/api/v1/admin/topics/bestaat-niet", json={"active": False}, headers=headers)
    ).status_code == 404


def test_cells_below_five_cases_are_suppressed(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    discuss(session, cast.group, cast.member, "hechting", 5)
    discuss(session, cast.group, cast.member, "rouw-en-verlies", 4)
    year = to_local(utcnow() - timedelta(days=3)).year
    body = overview(client)
    assert body["min_cases"] == 5
    assert year in body["years"]
    assert cell(body, "hechting", year) == {"year": year, "cases": 5, "suppressed": False}
    assert cell(body, "rouw-en-verlies", year) == {"year": year, "cases": None, "suppressed": True}
    # A topic without cases is indistinguishable from one with a few.
    assert cell(body, "kindermishandeling", year) == cell(body, "rouw-en-verlies", year)
    # No totals anywhere to subtract a suppressed cell from.
    assert set(body) == {"min_cases", "years", "topics"}
    assert all(set(row) == {"topic", "cells"} for row in body["topics"])


def test_only_sessions_that_took_place_count(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    for _ in range(5):
        make_case(session, make_session(session, cast.group), cast.member, topics=["trauma"])
    cancelled = past_session(session, cast.group)
    for _ in range(5):
        make_case(session, cancelled, cast.member, topics=["trauma"])
    cancelled.status = SessionStatus.cancelled
    session.add(cancelled)
    session.flush()
    body = overview(client)
    assert all(
        c["suppressed"]
        for c in next(r for r in body["topics"] if r["topic"]["slug"] == "trauma")["cells"]
    )


def test_archived_usage_and_live_cases_add_up(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    discuss(session, cast.group, cast.member, "hechting", 3)
    year = to_local(utcnow() - timedelta(days=3)).year
    hechting = topic(session, "hechting")
    session.add_all(TopicUsage(topic_id=hechting.id, group_id=None, year=year) for _ in range(2))
    session.add_all(TopicUsage(topic_id=hechting.id, group_id=None, year=2021) for _ in range(7))
    session.flush()
    body = overview(client)
    assert cell(body, "hechting", year)["cases"] == 5
    assert cell(body, "hechting", 2021)["cases"] == 7


def test_switched_off_topics_keep_their_counts(client: TestClient, session: Session) -> None:
    old = topic(session, "geweldloos-verzet")
    session.add_all(TopicUsage(topic_id=old.id, year=2022) for _ in range(6))
    old.active = False
    session.add(old)
    session.flush()
    assert cell(overview(client), "geweldloos-verzet", 2022)["cases"] == 6


def test_the_year_is_the_dutch_year_of_the_session(session: Session) -> None:
    from intervisiewijzer.cases.topics import session_year
    from intervisiewijzer.sessions.localtime import AMSTERDAM
    from intervisiewijzer.sessions.models import GroupSession

    new_year = datetime(2027, 1, 1, 0, 30, tzinfo=AMSTERDAM)
    group_session = GroupSession(
        group_id=make_cast(session).group.id, starts_at=new_year, ends_at=new_year
    )
    assert session_year(group_session) == 2027
