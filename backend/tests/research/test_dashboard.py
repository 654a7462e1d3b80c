"""The research dashboard, its CSV export and the public summary: k >= 5 on every cell,
tested on both sides of the line, and never an individual answer."""

import csv
import io
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intervisiewijzer.config import get_settings
from intervisiewijzer.groups.models import FacilitatorType
from intervisiewijzer.members.models import Member
from intervisiewijzer.research import service
from intervisiewijzer.sessions.localtime import local_today
from tests.evaluations.helpers import ONLINE, TRAINED, add_yearly, evaluated_session
from tests.factories import make_group, make_member
from tests.sessions.helpers import Caller, count_queries

DASHBOARD = "/api/v1/admin/research/dashboard"
EXPORT = "/api/v1/admin/research/export.csv"
SUMMARY = "/api/v1/research/summary"


def previous_quarter_days() -> int:
    """Days ago that fall in the previous quarter and well past the answering window."""
    today = local_today()
    quarter_start = today.replace(month=3 * ((today.month - 1) // 3) + 1, day=1)
    return (today - quarter_start).days + 20


def admin_headers(client: TestClient, session: Session) -> dict[str, str]:
    return Caller(client)(make_member(session, is_admin=True))


def criterion(report: dict, key: str, kind: str = "session") -> dict:  # type: ignore[type-arg]
    section = next(s for s in report["sections"] if s["kind"] == kind)
    return next(c for c in section["criteria"] if c["key"] == key)


def cells_of(item: dict, dimension: str) -> dict[str, dict]:  # type: ignore[type-arg]
    series = next(b for b in item["breakdowns"] if b["key"] == dimension)
    return {cell["key"]: cell for cell in series["cells"]}


def test_five_answers_per_cell_are_shown(client: TestClient, session: Session) -> None:
    evaluated_session(session, respondents=5, answers={"safety": 5}, **TRAINED)
    evaluated_session(session, respondents=5, answers={"safety": 3})
    response = client.get(DASHBOARD, headers=admin_headers(client, session))
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["min_cell_size"] == 5
    safety = criterion(report, "safety")
    assert (safety["overall"]["count"], safety["overall"]["mean"]) == (10, 4.0)
    by_type = cells_of(safety, "facilitator_type")
    assert (by_type["trained"]["count"], by_type["trained"]["mean"]) == (5, 5.0)
    assert (by_type["peer"]["count"], by_type["peer"]["mean"]) == (5, 3.0)
    assert (by_type["none"]["count"], by_type["none"]["suppressed"]) == (0, False)
    assert [b["count"] for b in by_type["trained"]["distribution"]] == [0, 0, 0, 0, 5]
    assert by_type["trained"]["label"] == "Geschoolde begeleider"
    assert cells_of(safety, "frequency")["5_to_7"]["count"] == 10
    assert cells_of(safety, "mode")["in_person"]["count"] == 10
    periods = list(cells_of(safety, "period").values())
    assert len(periods) == 1 and periods[0]["count"] == 10
    assert periods[0]["label"].startswith("K")


def test_four_answers_in_a_cell_are_hidden_with_its_complement(
    client: TestClient, session: Session
) -> None:
    evaluated_session(session, respondents=5, answers={"safety": 5}, **TRAINED)
    evaluated_session(session, respondents=4, answers={"safety": 1})
    report = client.get(DASHBOARD, headers=admin_headers(client, session)).json()
    safety = criterion(report, "safety")
    assert safety["overall"]["count"] == 9
    by_type = cells_of(safety, "facilitator_type")
    assert by_type["peer"]["suppressed"] is True
    assert (by_type["peer"]["count"], by_type["peer"]["mean"]) == (None, None)
    # trained (5) is hidden too: total 9 minus trained 5 would reveal the 4 peers' answers.
    assert by_type["trained"]["suppressed"] is True
    # The overall distribution has bars of 4 and 5: the 4 is below k, so no bars at all.
    assert safety["overall"]["distribution"] is None


def test_a_total_below_k_shows_nothing_at_all(client: TestClient, session: Session) -> None:
    evaluated_session(session, respondents=4, **TRAINED)
    report = client.get(DASHBOARD, headers=admin_headers(client, session)).json()
    session_section = report["sections"][0]
    assert session_section["response_count"] is None
    for item in session_section["criteria"]:
        assert item["overall"]["suppressed"] is True
        for series in item["breakdowns"]:
            for cell in series["cells"]:
                assert cell["count"] in (None, 0)
                assert cell["mean"] is None


def test_only_closed_evaluations_count(client: TestClient, session: Session) -> None:
    evaluated_session(session, respondents=6, days=2)  # answering still open
    report = client.get(DASHBOARD, headers=admin_headers(client, session)).json()
    assert report["sections"][0]["response_count"] == 0


def test_the_export_has_the_same_cells_and_the_same_suppression(
    client: TestClient, session: Session
) -> None:
    evaluated_session(session, respondents=5, answers={"safety": 5}, **TRAINED)
    peers = evaluated_session(session, respondents=4, answers={"safety": 1})
    evaluated_session(
        session,
        respondents=5,
        answers={"learned": 2},
        facilitator_type=FacilitatorType.none,
        **ONLINE,
    )
    headers = admin_headers(client, session)
    response = client.get(EXPORT, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["cache-control"] == "private, no-store"
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))

    dashboard = client.get(DASHBOARD, headers=headers).json()
    dashboard_cells = sum(
        1 + sum(len(b["cells"]) for b in c["breakdowns"])
        for s in dashboard["sections"]
        for c in s["criteria"]
    )
    assert len(rows) == dashboard_cells

    for row in rows:
        count = row["count"]
        assert count == "" or int(count) == 0 or int(count) >= 5, row
        for value in range(1, 6):
            bar = row[f"answer_{value}"]
            assert bar == "" or int(bar) == 0 or int(bar) >= 5, row
        if row["suppressed"] == "1":
            assert (row["count"], row["mean"], row["answer_1"]) == ("", "", "")
    peer_safety = next(
        r
        for r in rows
        if (r["section"], r["criterion"], r["dimension"], r["category"])
        == ("session", "safety", "facilitator_type", "peer")
    )
    assert peer_safety["suppressed"] == "1"
    online_mode = next(
        r
        for r in rows
        if (r["criterion"], r["dimension"], r["category"]) == ("learned", "mode", "online")
    )
    assert (online_mode["count"], online_mode["mean"], online_mode["answer_2"]) == (
        "5",
        "2,00",
        "5",
    )

    # Anonymised: nobody's id, name or email, and no session or group either.
    for person in session.exec(select(Member)).all():
        assert str(person.id) not in text and person.email not in text
        assert person.full_name not in text
    assert str(peers.id) not in text and str(peers.group_id) not in text


def test_the_dashboard_and_export_are_for_platform_admins(
    client: TestClient, session: Session
) -> None:
    coordinator = make_member(session)
    make_group(session, coordinator=coordinator)
    for path in (DASHBOARD, EXPORT):
        assert client.get(path).status_code == 401
        assert client.get(path, headers=Caller(client)(coordinator)).status_code == 403


def test_the_public_summary_is_coarser_and_open_to_all(
    client: TestClient, session: Session
) -> None:
    days = previous_quarter_days()
    evaluated_session(session, respondents=5, days=days, answers={"safety": 5}, **TRAINED)
    evaluated_session(session, respondents=5, days=days, answers={"safety": 3})
    response = client.get(SUMMARY)
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"].startswith("public")
    report = response.json()
    assert report["data_until"] is not None
    safety = criterion(report, "safety")
    assert [b["key"] for b in safety["breakdowns"]] == ["facilitator_type"]
    assert cells_of(safety, "facilitator_type")["trained"]["mean"] == 5.0
    assert "minstens 5 antwoorden" in report["suppression_rule"]


def test_the_public_summary_counts_complete_quarters_only(session: Session) -> None:
    may = datetime(2025, 5, 5, 17, 30, tzinfo=UTC)
    from tests.evaluations.helpers import attended_session, evaluate
    from tests.factories import add_membership

    group = make_group(session, facilitator_type=FacilitatorType.trained)
    people = [make_member(session) for _ in range(5)]
    for person in people:
        add_membership(session, group, person)
    held = attended_session(session, group, people, days=0)
    held.starts_at, held.ends_at = may, may + timedelta(hours=2)
    session.add(held)
    session.flush()
    evaluate(session, held, people)
    settings = get_settings()

    def public_count(now: datetime) -> int | None:
        return service.public_summary(session, settings, now).sections[0].response_count

    assert public_count(datetime(2025, 6, 10, tzinfo=UTC)) == 0  # same quarter: not yet
    assert public_count(datetime(2025, 7, 2, tzinfo=UTC)) == 5
    dashboard = service.research_dashboard(session, settings, datetime(2025, 6, 10, tzinfo=UTC))
    assert dashboard.sections[0].response_count == 5


def test_yearly_evaluations_count_once_their_year_has_closed(
    client: TestClient, session: Session
) -> None:
    group = make_group(session, facilitator_type=FacilitatorType.trained)
    this_year = local_today().year
    for year in (this_year - 2, this_year):
        for _ in range(5):
            add_yearly(session, group, make_member(session), year, methods=2)
    report = client.get(DASHBOARD, headers=admin_headers(client, session)).json()
    methods = criterion(report, "methods", "yearly")
    assert methods["overall"]["count"] == 5  # this year's are still open
    assert list(cells_of(methods, "period")) == [str(this_year - 2)]


def test_the_dashboard_needs_the_same_number_of_queries_for_more_data(
    session: Session,
) -> None:
    settings = get_settings()
    evaluated_session(session, respondents=5, **TRAINED)
    few = count_queries(session, lambda: service.research_dashboard(session, settings))
    for _ in range(3):
        evaluated_session(session, respondents=6, **ONLINE)
    many = count_queries(session, lambda: service.research_dashboard(session, settings))
    assert few == many
