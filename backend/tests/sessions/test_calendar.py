"""iCalendar downloads and the personal feed, parsed back with the icalendar library."""

import hashlib
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from fastapi.testclient import TestClient
from icalendar import Calendar
from sqlmodel import Session, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.sessions.localtime import AMSTERDAM
from intervisiewijzer.sessions.models import CalendarFeed
from tests.factories import add_membership, make_group
from tests.sessions.helpers import Caller, local, make_cast, make_session


def parse(body: bytes) -> Calendar:
    calendar = Calendar.from_ical(body)
    assert isinstance(calendar, Calendar)
    return calendar


def feed_path(url: str) -> str:
    return urlsplit(url).path


def test_download_one_session(client: TestClient, session: Session) -> None:
    cast = make_cast(session, name="Groep Zoë & co")
    group_session = make_session(
        session,
        cast.group,
        starts_at=local(date(2026, 12, 1), "19:30"),
        location_text="Bij Ans thuis",
        facilitator_id=cast.facilitator.id,
    )
    response = client.get(
        f"/api/v1/sessions/{group_session.id}.ics", headers=Caller(client)(cast.member)
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert response.headers["content-disposition"] == (
        f'attachment; filename="intervisie-{cast.group.slug}-2026-12-01.ics"'
    )
    calendar = parse(response.content)
    assert calendar["VERSION"] == "2.0" and "PRODID" in calendar
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert event["SUMMARY"] == "Intervisie Groep Zoë & co"
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute, start.utcoffset()) == (19, 30, timedelta(hours=1))
    assert start == group_session.starts_at
    assert event.decoded("DTEND") == group_session.ends_at
    assert event["LOCATION"] == "Bij Ans thuis"
    assert event["UID"] == f"{group_session.id}@intervisiewijzer.nl"
    assert event["STATUS"] == "CONFIRMED"
    assert "Facilitator: Frank Facilitator" in event["DESCRIPTION"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]


def test_wall_clock_times_survive_summer_time(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    summer = make_session(session, cast.group, starts_at=local(date(2027, 6, 8), "19:30"))
    winter = make_session(session, cast.group, starts_at=local(date(2027, 1, 12), "19:30"))
    as_ = Caller(client)
    for group_session, offset in ((summer, 2), (winter, 1)):
        body = client.get(f"/api/v1/sessions/{group_session.id}.ics", headers=as_(cast.member))
        event = parse(body.content).walk("VEVENT")[0]
        start = event.decoded("DTSTART")
        assert start.strftime("%H:%M") == "19:30"
        assert start.utcoffset() == timedelta(hours=offset)
        assert start == group_session.starts_at
        assert body.text.count("DTSTART;TZID=Europe/Amsterdam:") == 1


def test_personal_feed_has_all_my_groups(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    second = make_group(session, name="Tweede groep")
    add_membership(session, second, cast.member)
    mine = make_session(session, cast.group, location_text="Bij Ans thuis")
    other_mine = make_session(session, second, starts_at=utcnow() + timedelta(days=40))
    cancelled = make_session(session, cast.group, starts_at=utcnow() + timedelta(days=14))
    make_session(session, cast.other_group, location_text="Geheim adres")
    as_ = Caller(client)
    client.post(
        f"/api/v1/sessions/{cancelled.id}/cancel",
        json={"reason": "Ziekte"},
        headers=as_(cast.coordinator),
    )

    created = client.post("/api/v1/me/calendar-feed", headers=as_(cast.member))
    assert created.status_code == 201, created.text
    url = created.json()["url"]
    assert url.startswith("http://127.0.0.1:8000/api/v1/calendar/") and url.endswith(".ics")
    assert created.json()["webcal_url"] == "webcal://" + url.split("://", 1)[1]

    feed = client.get(feed_path(url))  # no login: the secret link is the key
    assert feed.status_code == 200, feed.text
    assert feed.headers["content-type"] == "text/calendar; charset=utf-8"
    events = {str(e["UID"]).split("@")[0]: e for e in parse(feed.content).walk("VEVENT")}
    assert set(events) == {str(mine.id), str(other_mine.id), str(cancelled.id)}
    assert events[str(mine.id)]["LOCATION"] == "Bij Ans thuis"
    assert events[str(cancelled.id)]["STATUS"] == "CANCELLED"
    assert events[str(cancelled.id)]["SUMMARY"].startswith("Gaat niet door:")
    assert "Ziekte" in events[str(cancelled.id)]["DESCRIPTION"]
    assert "Geheim adres" not in feed.text
    for event in events.values():
        assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
        assert isinstance(event.decoded("DTSTART"), datetime)
        assert event.decoded("DTSTART").tzinfo is not None


def test_feed_token_is_stored_only_as_a_hash(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    url = client.post("/api/v1/me/calendar-feed", headers=Caller(client)(cast.member)).json()["url"]
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    stored = session.exec(
        select(CalendarFeed).where(CalendarFeed.member_id == cast.member.id)
    ).one()
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in stored.token_hash


def test_rotate_and_revoke_the_feed(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    make_session(session, cast.group)
    headers = Caller(client)(cast.member)
    assert client.get("/api/v1/me/calendar-feed", headers=headers).json() == {
        "active": False,
        "created_at": None,
    }
    first = client.post("/api/v1/me/calendar-feed", headers=headers).json()["url"]
    second = client.post("/api/v1/me/calendar-feed", headers=headers).json()["url"]
    assert first != second
    assert client.get(feed_path(first)).status_code == 404  # rotating switches the old link off
    assert client.get(feed_path(second)).status_code == 200
    assert client.get("/api/v1/me/calendar-feed", headers=headers).json()["active"] is True

    assert client.delete("/api/v1/me/calendar-feed", headers=headers).status_code == 204
    gone = client.get(feed_path(second))
    assert gone.status_code == 404
    assert gone.headers["content-type"].startswith("application/problem+json")
    assert client.delete("/api/v1/me/calendar-feed", headers=headers).status_code == 204
    assert client.get("/api/v1/me/calendar-feed", headers=headers).json()["active"] is False


def test_unknown_tokens_and_inactive_members_get_nothing(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    assert client.get("/api/v1/calendar/onzin.ics").status_code == 404
    assert client.get(f"/api/v1/calendar/{'x' * 43}.ics").status_code == 404
    url = client.post("/api/v1/me/calendar-feed", headers=Caller(client)(cast.member)).json()["url"]
    cast.member.is_active = False
    session.add(cast.member)
    session.flush()
    assert client.get(feed_path(url)).status_code == 404


def test_empty_feed_is_still_a_valid_calendar(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    url = client.post("/api/v1/me/calendar-feed", headers=Caller(client)(cast.member)).json()["url"]
    calendar = parse(client.get(feed_path(url)).content)
    assert calendar.walk("VEVENT") == []
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == [AMSTERDAM.key]
