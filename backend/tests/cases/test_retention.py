"""Retention: case content goes N days after its session, topic tags stay as counts."""

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session, select
from typer.testing import CliRunner

from intervisiewijzer.cases.models import (
    Case,
    CaseAccessAction,
    CaseAccessLog,
    CaseFollowUp,
    CaseTopic,
    TopicUsage,
)
from intervisiewijzer.cases.retention import purge_expired_cases
from intervisiewijzer.common import utcnow
from intervisiewijzer.runner.models import SessionRun
from intervisiewijzer.sessions.localtime import to_local
from tests.cases.helpers import make_case, record_outcome
from tests.sessions.helpers import make_cast, past_session


def test_expired_cases_are_purged_and_their_topics_keep_counting(
    client: TestClient, session: Session
) -> None:
    cast = make_cast(session)
    expired = []
    for days_ago in range(91, 96):
        group_session = past_session(session, cast.group, days_ago=days_ago)
        written = group_session.starts_at - timedelta(days=1)
        expired.append(
            make_case(session, group_session, cast.member, topics=["hechting"], now=written)
        )
    record_outcome(session, expired[0], cast.member, "Actie die mee verdwijnt")
    kept = make_case(session, past_session(session, cast.group, days_ago=30), cast.member)
    session.add(
        SessionRun(
            session_id=expired[0].session_id,
            method_slug="incidentmethode",
            phase_started_at=utcnow(),
            notes_encrypted="gAAAA-versleuteld",
        )
    )
    session.flush()
    year = to_local(utcnow() - timedelta(days=93)).year
    before = client.get("/api/v1/topics/overview").json()

    run = purge_expired_cases(session, utcnow())

    assert (run.cases_purged, run.notes_cleared) == (5, 1)
    expired_ids = [case.id for case in expired]
    session.expire_all()
    remaining = session.exec(select(Case.id)).all()
    assert kept.id in remaining and not set(expired_ids) & set(remaining)
    assert session.exec(select(CaseTopic).where(CaseTopic.case_id.in_(expired_ids))).all() == []  # type: ignore[attr-defined]
    assert session.exec(select(CaseFollowUp)).all() == []
    usages = session.exec(select(TopicUsage).where(TopicUsage.group_id == cast.group.id)).all()
    assert len(usages) == 5 and {u.year for u in usages} == {year}
    purges = session.exec(
        select(CaseAccessLog).where(CaseAccessLog.action == CaseAccessAction.purge)
    ).all()
    assert {p.case_id for p in purges} == set(expired_ids) and {p.member_id for p in purges} == {
        None
    }
    notes = session.exec(select(SessionRun)).one()
    assert notes.notes_encrypted is None and notes.notes_version == 1

    after = client.get("/api/v1/topics/overview").json()
    assert after == before
    assert purge_expired_cases(session, utcnow()).cases_purged == 0


def test_retention_days_are_configurable(session: Session) -> None:
    cast = make_cast(session)
    make_case(session, past_session(session, cast.group, days_ago=10), cast.member)
    assert purge_expired_cases(session, utcnow(), retention_days=30).cases_purged == 0
    assert purge_expired_cases(session, utcnow(), retention_days=7).cases_purged == 1


def test_deleting_a_discussed_case_keeps_its_tags_but_not_a_future_one(
    client: TestClient, session: Session
) -> None:
    from intervisiewijzer.cases.service import delete_case
    from tests.sessions.helpers import make_session

    cast = make_cast(session)
    discussed = make_case(session, past_session(session, cast.group), cast.member)
    upcoming = make_case(session, make_session(session, cast.group), cast.member)
    delete_case(session, discussed, cast.member)
    delete_case(session, upcoming, cast.member)
    usages = session.exec(select(TopicUsage).where(TopicUsage.group_id == cast.group.id)).all()
    assert len(usages) == 2  # the two tags of the discussed case only


def test_purge_cases_command() -> None:
    from intervisiewijzer.cli import app

    result = CliRunner().invoke(app, ["purge-cases"])
    assert result.exit_code == 0, result.output
    assert "verwijderd" in result.output
