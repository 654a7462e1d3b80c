"""The evidence overview: confirmed sessions in the rolling window, against the norm."""

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.config import get_settings
from intervisiewijzer.evidence.service import evidence_window
from intervisiewijzer.members.models import RegistrationBody
from intervisiewijzer.sessions.localtime import local_today, years_before
from tests.factories import make_member
from tests.sessions.helpers import Caller, count_queries, held_session, local, make_cast


def days_ago(days: int, at: str = "19:30"):  # type: ignore[no-untyped-def]
    return local(local_today() - timedelta(days=days), at)


def overview(client: TestClient, headers: dict[str, str]) -> dict:  # type: ignore[type-arg]
    response = client.get("/api/v1/me/evidence", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_counts_confirmed_sessions_with_hours(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    cast.member.registration_body = RegistrationBody.skj
    cast.member.registration_number = "123456789"
    first = held_session(
        session,
        cast.group,
        [cast.member, cast.facilitator],
        starts_at=days_ago(60),
        facilitator_id=cast.facilitator.id,
    )
    second = held_session(session, cast.group, [cast.member], starts_at=days_ago(5), minutes=90)
    held_session(session, cast.group, [cast.facilitator], starts_at=days_ago(20))  # not there
    unconfirmed = held_session(
        session, cast.group, [cast.member], starts_at=days_ago(2), confirmed=False
    )

    body = overview(client, Caller(client)(cast.member))
    assert body["member_name"] == "Zoë Brontë"
    assert (body["registration_body"], body["registration_number"]) == ("skj", "123456789")
    assert (body["norm_meetings"], body["window_years"]) == (20, 5)
    assert body["window_end"] == local_today().isoformat()
    assert body["window_start"] == years_before(local_today(), 5).isoformat()
    assert (body["confirmed_count"], body["total_minutes"], body["total_hours"]) == (2, 210, 3.5)
    assert (body["progress_percent"], body["norm_met"], body["remaining_meetings"]) == (
        10,
        False,
        18,
    )
    assert [a["source_id"] for a in body["activities"]] == [str(first.id), str(second.id)]
    activity = body["activities"][0]
    assert activity["source"] == "session"
    assert activity["title"] == cast.group.name
    assert activity["facilitator"] == "Frank Facilitator"
    assert activity["minutes"] == 120 and activity["confirmed_at"] is not None
    assert [p["session_id"] for p in body["awaiting_confirmation"]] == [str(unconfirmed.id)]


def test_five_year_window_boundary(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    boundary = years_before(local_today(), 5)
    on_the_first_day = held_session(
        session, cast.group, [cast.member], starts_at=local(boundary, "00:30")
    )
    held_session(  # five years and one day ago
        session, cast.group, [cast.member], starts_at=local(boundary - timedelta(days=1), "23:00")
    )
    body = overview(client, Caller(client)(cast.member))
    assert body["window_start"] == boundary.isoformat()
    assert [a["source_id"] for a in body["activities"]] == [str(on_the_first_day.id)]


def test_window_of_a_leap_day() -> None:
    window = evidence_window(date(2028, 2, 29), 5)
    assert (window.start, window.end) == (date(2023, 2, 28), date(2028, 2, 29))
    assert window.starts_at.isoformat() == "2023-02-27T23:00:00+00:00"


@pytest.fixture
def stricter_norm(app: FastAPI) -> Iterator[None]:
    settings = get_settings().model_copy(
        update={"evidence_norm_meetings": 4, "evidence_window_years": 2}
    )
    app.dependency_overrides[get_settings] = lambda: settings
    yield
    app.dependency_overrides.pop(get_settings)


@pytest.mark.usefixtures("stricter_norm")
def test_norm_and_window_come_from_settings(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    for days in (10, 100):
        held_session(session, cast.group, [cast.member], starts_at=days_ago(days))
    held_session(session, cast.group, [cast.member], starts_at=days_ago(3 * 366))
    body = overview(client, Caller(client)(cast.member))
    assert (body["norm_meetings"], body["window_years"]) == (4, 2)
    assert body["window_start"] == years_before(local_today(), 2).isoformat()
    assert (body["confirmed_count"], body["progress_percent"], body["remaining_meetings"]) == (
        2,
        50,
        2,
    )


@pytest.mark.usefixtures("stricter_norm")
def test_progress_stops_at_one_hundred(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    for days in range(1, 7):
        held_session(session, cast.group, [cast.member], starts_at=days_ago(days * 7))
    body = overview(client, Caller(client)(cast.member))
    assert (body["confirmed_count"], body["progress_percent"], body["norm_met"]) == (6, 100, True)
    assert body["remaining_meetings"] == 0


def test_sessions_of_a_group_left_since_still_count(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    held_session(session, cast.group, [cast.member], starts_at=days_ago(30))
    as_ = Caller(client)
    client.delete(
        f"/api/v1/groups/{cast.group.id}/members/{cast.member.id}", headers=as_(cast.member)
    )
    assert overview(client, as_(cast.member))["confirmed_count"] == 1


def test_a_new_member_starts_at_zero(client: TestClient, session: Session) -> None:
    body = overview(client, Caller(client)(make_member(session)))
    assert (body["confirmed_count"], body["progress_percent"], body["activities"]) == (0, 0, [])
    assert body["registration_body"] is None


def test_one_query_for_the_sessions_however_many(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    headers = Caller(client)(cast.member)
    held_session(session, cast.group, [cast.member], starts_at=days_ago(10))
    few = count_queries(session, lambda: overview(client, headers))
    for days in range(20, 200, 20):
        held_session(
            session,
            cast.group,
            [cast.member],
            starts_at=days_ago(days),
            facilitator_id=cast.facilitator.id,
        )
    many = count_queries(session, lambda: overview(client, headers))
    assert 0 < few == many
