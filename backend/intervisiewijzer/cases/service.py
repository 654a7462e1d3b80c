"""Cases: bringing a case in for a session, changing and deleting it, and the case bringer's
outcome (insights and an action plan whose items are followed up at later sessions).

Text is checked for identifying data and encrypted before it reaches the database; every read
and change is logged without text (cases/audit.py). No HTTP here; callers commit."""

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from intervisiewijzer.cases.access import may_edit, roles_in_groups
from intervisiewijzer.cases.audit import log_access
from intervisiewijzer.cases.crypto import CaseCipher, case_cipher
from intervisiewijzer.cases.identifiers import describe, find_identifiers
from intervisiewijzer.cases.models import (
    Case,
    CaseAccessAction,
    CaseFollowUp,
    CaseTopic,
    FollowUpStatus,
)
from intervisiewijzer.cases.schemas import (
    CASE_TEXT_FIELDS,
    FIELD_LABELS,
    CaseCreate,
    CaseOutcome,
    CasePublic,
    CaseSessionRef,
    CaseUpdate,
    FollowUpPublic,
)
from intervisiewijzer.cases.topics import (
    active_topics,
    archive_topics,
    replace_case_topics,
    topics_of_cases,
)
from intervisiewijzer.common import Pagination, utcnow
from intervisiewijzer.config import get_settings
from intervisiewijzer.errors import ConflictError, InvalidInputError, NotFoundError
from intervisiewijzer.groups.models import Group, Membership
from intervisiewijzer.members.models import Member
from intervisiewijzer.sessions.models import GroupSession, SessionStatus
from intervisiewijzer.sessions.schemas import SessionGroup
from intervisiewijzer.sessions.service import people_by_id


class IdentifyingDataError(InvalidInputError):
    slug = "niet-anoniem"
    title = "Niet anoniem genoeg"


def reject_identifiers(fields: Mapping[str, str]) -> None:
    """422 listing, per field, what kind of identifier seems to be in it (never the value)."""
    findings = find_identifiers(fields)
    if not findings:
        return
    messages = [describe(finding, _field_label(finding.field)) for finding in findings]
    raise IdentifyingDataError(
        "Haal gegevens weg die naar een persoon leiden, en sla dan opnieuw op. "
        + " ".join(messages),
        errors=[
            {
                "field": finding.field,
                "loc": ["body", *(int(p) if p.isdigit() else p for p in finding.field.split("."))],
                "message": message,
                "type": f"identifier.{finding.kind}",
            }
            for finding, message in zip(findings, messages, strict=True)
        ],
    )


def _field_label(field: str) -> str:
    parts = field.split(".")
    if parts[0] == "action_plan" and len(parts) > 1:
        return f"Actiepunt {int(parts[1]) + 1}"
    return FIELD_LABELS.get(parts[0], parts[0])


# --- Bringing in and changing a case -----------------------------------------------------------


def delete_after(group_session: GroupSession, retention_days: int | None = None) -> datetime:
    days = retention_days if retention_days is not None else get_settings().case_retention_days
    return group_session.ends_at + timedelta(days=days)


def was_discussed(group_session: GroupSession, now: datetime) -> bool:
    """The session took place: its cases count in the topic overview."""
    return group_session.status != SessionStatus.cancelled and group_session.starts_at <= now


def create_case(
    session: Session,
    group_session: GroupSession,
    bringer: Member,
    data: CaseCreate,
    now: datetime | None = None,
) -> Case:
    now = now or utcnow()
    _check_open_for_cases(group_session, now)
    texts = data.model_dump(include=set(CASE_TEXT_FIELDS))
    reject_identifiers(texts)
    topics = active_topics(session, data.topics)
    case = Case(
        session_id=group_session.id,
        group_id=group_session.group_id,
        case_bringer_id=bringer.id,
        content_encrypted=case_cipher().seal_fields({**texts, "insights": ""}),
        anonymised_confirmed_at=now,
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    session.flush()
    replace_case_topics(session, case, topics)
    log_access(session, [case.id], bringer.id, CaseAccessAction.create, now)
    return case


def update_case(
    session: Session, case: Case, actor: Member, data: CaseUpdate, now: datetime | None = None
) -> Case:
    """Fields sent as null stay as they are."""
    now = now or utcnow()
    changes = {
        field: value
        for field, value in data.model_dump(include=set(CASE_TEXT_FIELDS)).items()
        if value is not None
    }
    reject_identifiers(changes)
    if data.topics is not None:
        # Tags already on the case may stay, even if the topic has since been switched off.
        current = session.exec(select(CaseTopic.topic_id).where(CaseTopic.case_id == case.id))
        replace_case_topics(session, case, active_topics(session, data.topics, keep=current))
    cipher = case_cipher()
    case.content_encrypted = cipher.seal_fields(
        {**cipher.open_fields(case.content_encrypted), **changes}
    )
    case.anonymised_confirmed_at = now
    case.updated_at = now
    session.add(case)
    session.flush()
    log_access(session, [case.id], actor.id, CaseAccessAction.update, now)
    return case


def delete_case(session: Session, case: Case, actor: Member, now: datetime | None = None) -> None:
    """Gone for good; if the session already took place, its topics still count anonymously."""
    group_session = session.get(GroupSession, case.session_id)
    assert group_session is not None  # the case goes with its session (ON DELETE CASCADE)
    remove_cases(
        session, [case], {group_session.id: group_session}, actor.id, CaseAccessAction.delete, now
    )


def remove_cases(
    session: Session,
    cases: Sequence[Case],
    sessions: Mapping[uuid.UUID, GroupSession],
    actor_id: uuid.UUID | None,
    action: CaseAccessAction,
    now: datetime | None = None,
) -> None:
    """Delete cases with their action plans and tags, keeping the tags of cases that were
    discussed as anonymous topic usage."""
    if not cases:
        return
    now = now or utcnow()
    discussed = [case for case in cases if was_discussed(sessions[case.session_id], now)]
    archive_topics(session, discussed, dict(sessions))
    ids = [case.id for case in cases]
    log_access(session, ids, actor_id, action, now)
    session.exec(delete(CaseFollowUp).where(col(CaseFollowUp.case_id).in_(ids)))
    session.exec(delete(CaseTopic).where(col(CaseTopic.case_id).in_(ids)))
    session.exec(delete(Case).where(col(Case.id).in_(ids)))
    session.flush()


def _check_open_for_cases(group_session: GroupSession, now: datetime) -> None:
    if group_session.status == SessionStatus.cancelled:
        raise ConflictError("Deze bijeenkomst is afgelast; er kan geen casus meer bij.")
    if now >= delete_after(group_session):
        raise ConflictError(
            "Deze bijeenkomst is te lang geleden: casussen worden "
            f"{get_settings().case_retention_days} dagen na de bijeenkomst verwijderd."
        )


# --- Outcome and follow-up ---------------------------------------------------------------------


def record_outcome(
    session: Session, case: Case, actor: Member, data: CaseOutcome, now: datetime | None = None
) -> Case:
    now = now or utcnow()
    reject_identifiers(
        {
            "insights": data.insights,
            **{f"action_plan.{i}.text": item.text for i, item in enumerate(data.action_plan)},
        }
    )
    cipher = case_cipher()
    existing = {item.id: item for item in _follow_ups(session, [case.id])[case.id]}
    unknown = [item.id for item in data.action_plan if item.id and item.id not in existing]
    if unknown:
        raise InvalidInputError("Een of meer actiepunten horen niet (meer) bij deze casus.")
    for position, item in enumerate(data.action_plan):
        row = existing.pop(item.id, None) if item.id else None
        row = row or CaseFollowUp(case_id=case.id, text_encrypted="", created_at=now)
        row.position = position
        row.text_encrypted = cipher.seal(item.text)
        _set_status(row, item.status, now)
        session.add(row)
    for leftover in existing.values():
        session.delete(leftover)
    case.content_encrypted = cipher.seal_fields(
        {**cipher.open_fields(case.content_encrypted), "insights": data.insights}
    )
    case.outcome_recorded_at = now
    case.updated_at = now
    session.add(case)
    session.flush()
    log_access(session, [case.id], actor.id, CaseAccessAction.update, now)
    return case


def mark_follow_up_done(
    session: Session,
    case: Case,
    follow_up_id: uuid.UUID,
    actor: Member,
    now: datetime | None = None,
) -> CaseFollowUp:
    """Done is done: marking it again changes nothing."""
    now = now or utcnow()
    row = session.get(CaseFollowUp, follow_up_id)
    if row is None or row.case_id != case.id:
        raise NotFoundError("Dit actiepunt bestaat niet (meer).")
    if row.status != FollowUpStatus.done:
        _set_status(row, FollowUpStatus.done, now)
        case.updated_at = now
        session.add_all([row, case])
        session.flush()
        log_access(session, [case.id], actor.id, CaseAccessAction.update, now)
    return row


def _set_status(row: CaseFollowUp, status: FollowUpStatus, now: datetime) -> None:
    if status == FollowUpStatus.done and row.status != FollowUpStatus.done:
        row.done_at = now
    elif status == FollowUpStatus.open:
        row.done_at = None
    row.status = status


@dataclass(frozen=True)
class OpenFollowUp:
    follow_up: CaseFollowUp
    case: Case
    group_session: GroupSession


def open_follow_ups(session: Session, group_id: uuid.UUID, before: datetime) -> list[OpenFollowUp]:
    """Open action items of the group's cases from sessions before `before`, oldest first."""
    rows = session.exec(
        select(CaseFollowUp, Case, GroupSession)
        .join(Case, col(Case.id) == CaseFollowUp.case_id)
        .join(GroupSession, col(GroupSession.id) == Case.session_id)
        .where(
            Case.group_id == group_id,
            col(GroupSession.starts_at) < before,
            CaseFollowUp.status == FollowUpStatus.open,
        )
        .order_by(col(GroupSession.starts_at), col(Case.created_at), col(CaseFollowUp.position))
    ).all()
    return [OpenFollowUp(follow_up, case, group_session) for follow_up, case, group_session in rows]


# --- Listing and presenting --------------------------------------------------------------------


def cases_of_session(session: Session, session_id: uuid.UUID) -> list[Case]:
    return list(
        session.exec(
            select(Case)
            .where(Case.session_id == session_id)
            .order_by(col(Case.created_at), col(Case.id))
        ).all()
    )


def my_cases(session: Session, member: Member, pagination: Pagination) -> tuple[list[Case], int]:
    """The member's own cases in groups they still belong to, newest session first."""
    query = (
        select(Case)
        .join(GroupSession, col(GroupSession.id) == Case.session_id)
        .join(
            Membership,
            (col(Membership.group_id) == Case.group_id) & (col(Membership.member_id) == member.id),
        )
        .where(Case.case_bringer_id == member.id)
    )
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    cases = session.exec(
        query.order_by(col(GroupSession.starts_at).desc(), col(Case.created_at).desc())
        .limit(pagination.limit)
        .offset(pagination.offset)
    ).all()
    return list(cases), total


def case_texts(
    cases: Sequence[Case], cipher: CaseCipher | None = None
) -> dict[uuid.UUID, dict[str, str]]:
    cipher = cipher or case_cipher()
    return {case.id: cipher.open_fields(case.content_encrypted) for case in cases}


def present_cases(session: Session, cases: Sequence[Case], viewer: Member) -> list[CasePublic]:
    """Member views of many cases with a fixed number of queries (no N+1)."""
    if not cases:
        return []
    cipher = case_cipher()
    ids = [case.id for case in cases]
    sessions = {
        s.id: s
        for s in session.exec(
            select(GroupSession).where(col(GroupSession.id).in_({c.session_id for c in cases}))
        ).all()
    }
    group_ids = {case.group_id for case in cases}
    groups = {
        g.id: SessionGroup(id=g.id, slug=g.slug, name=g.name)
        for g in session.exec(select(Group).where(col(Group.id).in_(group_ids))).all()
    }
    people = people_by_id(session, [case.case_bringer_id for case in cases])
    topics = topics_of_cases(session, ids)
    follow_ups = _follow_ups(session, ids)
    roles = roles_in_groups(session, viewer.id, group_ids)
    retention_days = get_settings().case_retention_days
    result = []
    for case in cases:
        group_session = sessions[case.session_id]
        texts = cipher.open_fields(case.content_encrypted)
        result.append(
            CasePublic(
                id=case.id,
                session=CaseSessionRef(
                    id=group_session.id,
                    starts_at=group_session.starts_at,
                    ends_at=group_session.ends_at,
                    group=groups[case.group_id],
                ),
                case_bringer=people.get(case.case_bringer_id),
                topics=topics.get(case.id, []),
                title=texts.get("title", ""),
                description=texts.get("description", ""),
                background=texts.get("background", ""),
                core_question=texts.get("core_question", ""),
                earlier_actions=texts.get("earlier_actions", ""),
                expectations=texts.get("expectations", ""),
                insights=texts.get("insights", ""),
                action_plan=[_present_follow_up(row, cipher) for row in follow_ups[case.id]],
                anonymised_confirmed_at=case.anonymised_confirmed_at,
                outcome_recorded_at=case.outcome_recorded_at,
                created_at=case.created_at,
                updated_at=case.updated_at,
                is_mine=case.case_bringer_id == viewer.id,
                can_edit=may_edit(case, viewer.id, roles.get(case.group_id)),
                delete_after=delete_after(group_session, retention_days),
            )
        )
    return result


def present_case(session: Session, case: Case, viewer: Member) -> CasePublic:
    return present_cases(session, [case], viewer)[0]


def _present_follow_up(row: CaseFollowUp, cipher: CaseCipher) -> FollowUpPublic:
    return FollowUpPublic(
        id=row.id,
        position=row.position,
        text=cipher.open(row.text_encrypted),
        status=row.status,
        done_at=row.done_at,
    )


def _follow_ups(
    session: Session, case_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[CaseFollowUp]]:
    rows: dict[uuid.UUID, list[CaseFollowUp]] = defaultdict(list)
    for row in session.exec(
        select(CaseFollowUp)
        .where(col(CaseFollowUp.case_id).in_(case_ids))
        .order_by(col(CaseFollowUp.position))
    ).all():
        rows[row.case_id].append(row)
    return rows
