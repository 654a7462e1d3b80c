"""Topics: the curated list, tags on cases, and the national overview of cases per topic per
year. The overview never shows a count below the minimum and has no totals, so a suppressed
count cannot be worked out by subtraction. No HTTP here; callers commit."""

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from intervisiewijzer.cases.models import Case, CaseTopic, Topic, TopicUsage
from intervisiewijzer.cases.schemas import (
    TopicCreate,
    TopicOverview,
    TopicOverviewCell,
    TopicOverviewRow,
    TopicRef,
    TopicUpdate,
)
from intervisiewijzer.errors import ConflictError, InvalidInputError, NotFoundError
from intervisiewijzer.sessions.localtime import to_local
from intervisiewijzer.sessions.models import GroupSession, SessionStatus
from intervisiewijzer.text import slugify


def list_topics(session: Session, include_inactive: bool = False) -> Sequence[Topic]:
    query = select(Topic)
    if not include_inactive:
        query = query.where(col(Topic.active).is_(True))
    return session.exec(query.order_by(col(Topic.position), col(Topic.name))).all()


def require_topic(session: Session, slug: str) -> Topic:
    topic = session.exec(select(Topic).where(Topic.slug == slug)).first()
    if topic is None:
        raise NotFoundError("Dit onderwerp bestaat niet.")
    return topic


def create_topic(session: Session, data: TopicCreate) -> Topic:
    slug = data.slug or slugify(data.name, max_length=60)
    if session.exec(select(Topic.id).where(Topic.slug == slug)).first() is not None:
        raise ConflictError(f"Er is al een onderwerp met de slug '{slug}'.")
    last = session.exec(select(func.max(Topic.position))).one()
    topic = Topic(slug=slug, name=data.name, position=(last or 0) + 1)
    session.add(topic)
    session.flush()
    return topic


def update_topic(session: Session, topic: Topic, data: TopicUpdate) -> Topic:
    if data.name is not None:
        topic.name = data.name
    if data.active is not None:
        topic.active = data.active
    session.add(topic)
    session.flush()
    return topic


def active_topics(
    session: Session, slugs: Iterable[str], keep: Iterable[uuid.UUID] = ()
) -> list[Topic]:
    """The topics to tag a case with: they must exist and be in use (or be in `keep`)."""
    wanted = list(dict.fromkeys(slugs))
    found = {
        topic.slug: topic
        for topic in session.exec(
            select(Topic).where(
                col(Topic.slug).in_(wanted),
                col(Topic.active).is_(True) | col(Topic.id).in_(list(keep)),
            )
        )
    }
    unknown = [slug for slug in wanted if slug not in found]
    if unknown:
        message = f"Onbekend of niet meer gebruikt onderwerp: {', '.join(unknown)}."
        raise InvalidInputError(
            message,
            errors=[
                {"field": "topics", "loc": ["body", "topics"], "message": message, "type": "topic"}
            ],
        )
    return [found[slug] for slug in wanted]


def replace_case_topics(session: Session, case: Case, topics: Sequence[Topic]) -> None:
    for link in session.exec(select(CaseTopic).where(CaseTopic.case_id == case.id)):
        session.delete(link)
    session.flush()
    session.add_all(CaseTopic(case_id=case.id, topic_id=topic.id) for topic in topics)
    session.flush()


def topics_of_cases(
    session: Session, case_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[TopicRef]]:
    topics: dict[uuid.UUID, list[TopicRef]] = defaultdict(list)
    if not case_ids:
        return topics
    rows = session.exec(
        select(CaseTopic.case_id, Topic.slug, Topic.name)
        .join(Topic, col(Topic.id) == CaseTopic.topic_id)
        .where(col(CaseTopic.case_id).in_(case_ids))
        .order_by(col(Topic.position), col(Topic.name))
    ).all()
    for case_id, slug, name in rows:
        topics[case_id].append(TopicRef(slug=slug, name=name))
    return topics


def archive_topics(
    session: Session, cases: Sequence[Case], sessions: dict[uuid.UUID, GroupSession]
) -> int:
    """Keep the tags of cases about to be deleted as anonymous usage: topic, group, year."""
    if not cases:
        return 0
    by_case = {case.id: case for case in cases}
    links = session.exec(select(CaseTopic).where(col(CaseTopic.case_id).in_(list(by_case)))).all()
    usages = [
        TopicUsage(
            topic_id=link.topic_id,
            group_id=by_case[link.case_id].group_id,
            year=session_year(sessions[by_case[link.case_id].session_id]),
        )
        for link in links
    ]
    session.add_all(usages)
    session.flush()
    return len(usages)


def session_year(group_session: GroupSession) -> int:
    return to_local(group_session.starts_at).year


def topic_overview(session: Session, now: datetime, min_cases: int) -> TopicOverview:
    counts = _discussed_counts(session, now) + _archived_counts(session)
    years = sorted({year for _, year in counts})
    used = {topic_id for topic_id, _ in counts}
    topics = session.exec(
        select(Topic)
        .where(col(Topic.active).is_(True) | col(Topic.id).in_(used))
        .order_by(col(Topic.position), col(Topic.name))
    ).all()
    return TopicOverview(
        min_cases=min_cases,
        years=years,
        topics=[
            TopicOverviewRow(
                topic=TopicRef(slug=topic.slug, name=topic.name),
                cells=[_cell(year, counts[(topic.id, year)], min_cases) for year in years],
            )
            for topic in topics
        ],
    )


def _cell(year: int, count: int, min_cases: int) -> TopicOverviewCell:
    if count < min_cases:
        return TopicOverviewCell(year=year, cases=None, suppressed=True)
    return TopicOverviewCell(year=year, cases=count, suppressed=False)


def _discussed_counts(session: Session, now: datetime) -> Counter[tuple[uuid.UUID, int]]:
    """Tags of existing cases whose session has taken place. Only cases within the retention
    period exist, so this stays a small number of rows."""
    rows = session.exec(
        select(CaseTopic.topic_id, GroupSession.starts_at)
        .join(Case, col(Case.id) == CaseTopic.case_id)
        .join(GroupSession, col(GroupSession.id) == Case.session_id)
        .where(
            col(GroupSession.status) != SessionStatus.cancelled,
            col(GroupSession.starts_at) <= now,
        )
    ).all()
    return Counter((topic_id, to_local(starts_at).year) for topic_id, starts_at in rows)


def _archived_counts(session: Session) -> Counter[tuple[uuid.UUID, int]]:
    rows = session.exec(
        select(TopicUsage.topic_id, TopicUsage.year, func.count()).group_by(
            col(TopicUsage.topic_id), col(TopicUsage.year)
        )
    ).all()
    return Counter({(topic_id, year): count for topic_id, year, count in rows})
