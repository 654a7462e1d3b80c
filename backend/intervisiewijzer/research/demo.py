"""Demo evaluations, so the research dashboard and the group health page have something to
show: for every group with members, a year of past sessions with attendance lists, the
members' evaluations (drawn so that groups with a trained facilitator score a little higher),
yearly evaluations of last year, and a group contract for about half of the groups.

The demo member (if given) also gets a session of two days ago in their first group, present
and not yet evaluated, to answer in the app. Deterministic (`random.Random`), flushes, never
commits; does nothing when evaluations exist. Meant to run after `demo.seed.seed_demo_data`."""

import random
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.contracts.models import ContractAgreement, ContractStatus, GroupContract
from intervisiewijzer.contracts.template import DEFAULT_TEMPLATE
from intervisiewijzer.evaluations.models import GroupEvaluation, SessionEvaluation
from intervisiewijzer.evaluations.questions import SESSION_QUESTIONS, YEARLY_QUESTIONS
from intervisiewijzer.groups.models import FacilitatorType, Group, Membership
from intervisiewijzer.members.models import Member
from intervisiewijzer.sessions.localtime import local_today, to_local
from intervisiewijzer.sessions.models import Attendance, GroupSession, SessionStatus

SEED = 2034
SESSIONS_PER_GROUP = 5
PRESENT_SHARE = 0.85
ANSWER_SHARE = 0.8
LIFT = {FacilitatorType.trained: 0.6, FacilitatorType.peer: 0.2, FacilitatorType.none: -0.3}


def seed_demo_evaluations(
    session: Session, demo_member: Member | None = None, now: datetime | None = None
) -> int:
    """Add the demo evaluations; returns how many session evaluations were made."""
    if session.exec(select(SessionEvaluation.id)).first() is not None:
        return 0
    rng, now = random.Random(SEED), now or utcnow()
    members = _members_by_group(session)
    groups = session.exec(select(Group).where(col(Group.id).in_(members)).order_by(col(Group.slug)))
    made = 0
    for group in groups.all():
        made += _seed_group(session, rng, group, members[group.id], now)
        _seed_yearly(session, rng, group, members[group.id], local_today(now).year - 1)
        if rng.random() < 0.5:
            _seed_contract(session, rng, group, members[group.id])
    if demo_member is not None:
        _pending_for(session, demo_member, now)
    session.flush()
    return made


def _members_by_group(session: Session) -> dict[uuid.UUID, list[uuid.UUID]]:
    result: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for group_id, member_id in session.exec(
        select(Membership.group_id, Membership.member_id).order_by(col(Membership.member_id))
    ):
        result[group_id].append(member_id)
    return result


def _seed_group(
    session: Session, rng: random.Random, group: Group, members: Sequence[uuid.UUID], now: datetime
) -> int:
    made = 0
    interval = 365 // SESSIONS_PER_GROUP
    for index in range(SESSIONS_PER_GROUP):
        starts = now - timedelta(days=30 + index * interval + rng.randint(0, 10), hours=2)
        held = GroupSession(
            group_id=group.id,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=group.session_minutes),
            status=SessionStatus.held,
            attendance_recorded_at=starts + timedelta(hours=3),
        )
        session.add(held)
        session.flush()
        present = [m for m in members if rng.random() < PRESENT_SHARE]
        session.add_all(
            Attendance(session_id=held.id, member_id=m, confirmed_at=held.ends_at) for m in present
        )
        for member_id in present:
            if rng.random() < ANSWER_SHARE:
                session.add(_session_answer(rng, group, held, member_id))
                made += 1
    return made


def _score(rng: random.Random, group: Group, top: int = 5) -> int:
    lift = LIFT[FacilitatorType(group.facilitator_type)]
    return max(1, min(top, round(rng.gauss(3.6 + lift, 0.8) * top / 5)))


def _session_answer(
    rng: random.Random, group: Group, held: GroupSession, member_id: uuid.UUID
) -> SessionEvaluation:
    answers: dict[str, Any] = {q.key: _score(rng, group, q.scale_max) for q in SESSION_QUESTIONS}
    if group.facilitator_type == FacilitatorType.none:
        answers["facilitator"] = None
    return SessionEvaluation(
        session_id=held.id,
        member_id=member_id,
        facilitator_type=group.facilitator_type,
        mode=group.mode,
        meetings_per_year=group.meetings_per_year,
        held_on=to_local(held.starts_at).date(),
        submitted_at=held.ends_at + timedelta(days=1),
        updated_at=held.ends_at + timedelta(days=1),
        **answers,
    )


def _seed_yearly(
    session: Session, rng: random.Random, group: Group, members: Sequence[uuid.UUID], year: int
) -> None:
    for member_id in members:
        if rng.random() < ANSWER_SHARE:
            session.add(
                GroupEvaluation(
                    group_id=group.id,
                    member_id=member_id,
                    year=year,
                    facilitator_type=group.facilitator_type,
                    mode=group.mode,
                    meetings_per_year=group.meetings_per_year,
                    **_yearly_scores(rng, group),
                )
            )


def _yearly_scores(rng: random.Random, group: Group) -> dict[str, Any]:
    return {q.key: _score(rng, group) for q in YEARLY_QUESTIONS}


def _seed_contract(
    session: Session, rng: random.Random, group: Group, members: Sequence[uuid.UUID]
) -> None:
    contract = GroupContract(
        group_id=group.id,
        version=1,
        status=ContractStatus.published,
        published_at=group.created_at,
        **DEFAULT_TEMPLATE.model_dump(),
    )
    session.add(contract)
    session.flush()
    session.add_all(
        ContractAgreement(contract_id=contract.id, member_id=m)
        for m in members
        if rng.random() < 0.9
    )


def _pending_for(session: Session, member: Member, now: datetime) -> None:
    group_id = session.exec(
        select(Membership.group_id)
        .where(Membership.member_id == member.id)
        .order_by(col(Membership.joined_at))
    ).first()
    if group_id is None:
        return
    starts = now - timedelta(days=2, hours=2)
    held = GroupSession(
        group_id=group_id,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        status=SessionStatus.held,
        attendance_recorded_at=starts + timedelta(hours=3),
    )
    session.add(held)
    session.flush()
    session.add(Attendance(session_id=held.id, member_id=member.id))
