"""Planning a series: count, interval, until, and wall-clock times that stay put when the
clocks change (summer time ends 2026-10-25 and starts 2027-03-28)."""

from datetime import UTC, date, datetime, time

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.sessions.localtime import AMSTERDAM, NonexistentLocalTimeError
from intervisiewijzer.sessions.series import series_dates, series_length, series_slots
from tests.sessions.helpers import Caller, make_cast


def plan(client: TestClient, headers: dict[str, str], group_id: object, **body: object):  # type: ignore[no-untyped-def]
    payload = {"start_time": "19:30", "end_time": "21:30", "interval_weeks": 8, **body}
    return client.post(f"/api/v1/groups/{group_id}/sessions/series", json=payload, headers=headers)


def local_times(sessions: list[dict]) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [
        (
            datetime.fromisoformat(s["starts_at"]).astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M"),
            datetime.fromisoformat(s["ends_at"]).astimezone(AMSTERDAM).strftime("%H:%M"),
        )
        for s in sessions
    ]


def test_series_dates_by_count_and_interval() -> None:
    dates = series_dates(date(2026, 9, 1), 8, count=7)
    assert dates == [
        date(2026, 9, 1),
        date(2026, 10, 27),
        date(2026, 12, 22),
        date(2027, 2, 16),
        date(2027, 4, 13),
        date(2027, 6, 8),
        date(2027, 8, 3),
    ]


def test_series_dates_until_is_inclusive() -> None:
    assert series_dates(date(2026, 1, 6), 2, until=date(2026, 2, 3)) == [
        date(2026, 1, 6),
        date(2026, 1, 20),
        date(2026, 2, 3),
    ]
    assert series_length(date(2026, 1, 6), 2, date(2026, 2, 3)) == 3
    assert series_length(date(2026, 1, 6), 2, date(2026, 1, 5)) == 0


def test_slots_keep_wall_clock_time_across_both_dst_changes() -> None:
    days = [date(2026, 10, 20), date(2026, 10, 27), date(2027, 3, 23), date(2027, 3, 30)]
    slots = series_slots(days, time(19, 30), time(21, 30))
    assert [s.starts_at.astimezone(AMSTERDAM).strftime("%H:%M") for s in slots] == ["19:30"] * 4
    # summer time is UTC+2, winter time UTC+1
    assert [s.starts_at.astimezone(UTC).strftime("%H:%M") for s in slots] == [
        "17:30",
        "18:30",
        "18:30",
        "17:30",
    ]
    assert all(s.starts_at.tzinfo is not None for s in slots)


def test_a_time_skipped_by_summer_time_is_refused() -> None:
    with pytest.raises(NonexistentLocalTimeError):
        series_slots([date(2027, 3, 28)], time(2, 30), time(4, 0))


def test_plan_a_year_every_eight_weeks(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    as_ = Caller(client)
    response = plan(client, as_(cast.coordinator), cast.group.id, first_date="2026-09-01", count=7)
    assert response.status_code == 201, response.text
    body = response.json()
    sessions = body["sessions"]
    assert len(sessions) == 7
    assert {s["series_id"] for s in sessions} == {body["series_id"]}
    assert local_times(sessions) == [
        ("2026-09-01 19:30", "21:30"),
        ("2026-10-27 19:30", "21:30"),  # first session after summer time ended
        ("2026-12-22 19:30", "21:30"),
        ("2027-02-16 19:30", "21:30"),
        ("2027-04-13 19:30", "21:30"),  # first session after summer time started
        ("2027-06-08 19:30", "21:30"),
        ("2027-08-03 19:30", "21:30"),
    ]
    assert sessions[0]["starts_at"] == "2026-09-01T17:30:00Z"
    assert sessions[1]["starts_at"] == "2026-10-27T18:30:00Z"
    assert all(s["duration_minutes"] == 120 and s["status"] == "planned" for s in sessions)


def test_weekly_series_over_the_autumn_and_spring_changes(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    headers = Caller(client)(cast.coordinator)
    autumn = plan(
        client, headers, cast.group.id, first_date="2026-10-18", interval_weeks=1, count=2
    ).json()["sessions"]
    assert [s["starts_at"] for s in autumn] == ["2026-10-18T17:30:00Z", "2026-10-25T18:30:00Z"]
    spring = plan(
        client, headers, cast.group.id, first_date="2027-03-21", interval_weeks=1, count=2
    ).json()["sessions"]
    assert [s["starts_at"] for s in spring] == ["2027-03-21T18:30:00Z", "2027-03-28T17:30:00Z"]
    assert local_times(autumn + spring) == [
        ("2026-10-18 19:30", "21:30"),
        ("2026-10-25 19:30", "21:30"),
        ("2027-03-21 19:30", "21:30"),
        ("2027-03-28 19:30", "21:30"),
    ]


def test_plan_until_a_date_with_shared_details(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    response = plan(
        client,
        Caller(client)(cast.coordinator),
        cast.group.slug,
        first_date="2027-01-05",
        interval_weeks=6,
        until="2027-12-31",
        location_text="Bij Ans thuis",
        method="incidentmethode",
        facilitator_id=str(cast.facilitator.id),
    )
    assert response.status_code == 201, response.text
    sessions = response.json()["sessions"]
    assert len(sessions) == 9  # 5 January + 8 × 6 weeks = 7 December
    assert local_times(sessions)[-1] == ("2027-12-07 19:30", "21:30")
    assert {s["location_text"] for s in sessions} == {"Bij Ans thuis"}
    assert {s["method"]["slug"] for s in sessions} == {"incidentmethode"}
    assert {s["facilitator"]["full_name"] for s in sessions} == {"Frank Facilitator"}


@pytest.mark.parametrize(
    "body",
    [
        {"first_date": "2026-09-01", "count": 3, "until": "2026-12-01"},  # both
        {"first_date": "2026-09-01"},  # neither
        {"first_date": "2026-09-01", "count": 53},
        {"first_date": "2026-09-01", "count": 0},
        {"first_date": "2026-09-01", "count": 3, "interval_weeks": 27},
        {"first_date": "2026-09-01", "count": 3, "interval_weeks": 0},
        {"first_date": "2026-09-01", "until": "2028-01-01", "interval_weeks": 1},  # > 52
        {"first_date": "2026-09-01", "until": "2026-08-01"},
        {"first_date": "2026-09-01", "count": 3, "end_time": "19:00"},
        {"first_date": "2026-09-01", "count": 3, "start_time": "19:30+01:00"},
    ],
)
def test_invalid_series_are_refused(client: TestClient, session: Session, body: dict) -> None:  # type: ignore[type-arg]
    cast = make_cast(session)
    response = plan(client, Caller(client)(cast.coordinator), cast.group.id, **body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


def test_series_at_a_skipped_hour_gets_a_dutch_explanation(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    response = plan(
        client,
        Caller(client)(cast.coordinator),
        cast.group.id,
        first_date="2027-03-14",
        interval_weeks=1,
        count=3,
        start_time="02:15",
        end_time="03:45",
    )
    assert response.status_code == 422
    assert "28 maart 2027" in response.json()["detail"]


def test_series_facilitator_must_be_a_member(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    response = plan(
        client,
        Caller(client)(cast.coordinator),
        cast.group.id,
        first_date="2026-09-01",
        count=2,
        facilitator_id=str(cast.outsider.id),
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "facilitator_id"


def test_only_coordinators_plan_series(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    as_ = Caller(client)
    for caller in (cast.member, cast.facilitator):
        response = plan(client, as_(caller), cast.group.id, first_date="2026-09-01", count=2)
        assert response.status_code == 403
