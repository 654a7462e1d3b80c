"""The member's copy of all data about them (AVG article 15 and 20), as one JSON document.

Each section is a list of rows as stored, minus secrets (password hash, token and key
hashes) and without other people's personal data: only ids of others, names of groups.
Case text the member brought in is decrypted: they are its author."""

import uuid
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, col, or_, select

from intervisiewijzer.apikeys.models import ApiKey
from intervisiewijzer.cases.crypto import case_cipher
from intervisiewijzer.cases.models import Case, CaseAccessLog, CaseFollowUp
from intervisiewijzer.cases.topics import topics_of_cases
from intervisiewijzer.common import utcnow
from intervisiewijzer.config import Settings
from intervisiewijzer.contracts.models import ContractAgreement, GroupContract
from intervisiewijzer.evaluations.models import GroupEvaluation, SessionEvaluation
from intervisiewijzer.events.models import Event, EventCoach, EventRegistration, EventRoom
from intervisiewijzer.evidence.service import evidence_overview
from intervisiewijzer.groups.models import Group, Membership
from intervisiewijzer.mail.models import OutboxEmail
from intervisiewijzer.members.models import Member
from intervisiewijzer.memberships.models import JoinRequest
from intervisiewijzer.notifications.models import Notification, NotificationPreference
from intervisiewijzer.organisations.models import Organisation, OrganisationMember
from intervisiewijzer.privacy.models import AuditEvent
from intervisiewijzer.runner.models import SessionRun
from intervisiewijzer.sessions.models import (
    Attendance,
    AttendanceAudit,
    CalendarFeed,
    GroupSession,
    SessionRsvp,
)
from intervisiewijzer.webhooks.models import WebhookSubscription

M = TypeVar("M", bound=SQLModel)

FORMAT = "intervisiewijzer-gegevensexport"
VERSION = 1

# Columns that never leave the server, not even to their owner.
SECRET_COLUMNS = {
    "hashed_password",
    "token_version",
    "token_hash",
    "key_hash",
    "secret_encrypted",
    "content_encrypted",
    "text_encrypted",
    "notes_encrypted",
}

EXPLANATION = (
    "Dit zijn alle gegevens die Intervisiewijzer over jou bewaart, op het moment van "
    "downloaden. Van andere mensen staan alleen kenmerken (id's) in dit bestand, geen namen "
    "of teksten. Gedeelde notities van een groep (bij het draaien van een bijeenkomst) zijn van "
    "de hele groep en niet aan één persoon toe te schrijven; daarvan staan alleen de tijdstippen "
    "hier. Inlogsessies worden niet opgeslagen: je inlogtoken staat alleen in je browser."
)


def _row(row: SQLModel, **extra: Any) -> dict[str, Any]:
    data = row.model_dump(mode="json", exclude=SECRET_COLUMNS)
    data.update(extra)
    return data


def _rows(rows: Iterable[SQLModel]) -> list[dict[str, Any]]:
    return [_row(row) for row in rows]


def _names(
    session: Session, model: type[Group] | type[Organisation], ids: set[uuid.UUID]
) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    return dict(session.exec(select(model.id, model.name).where(col(model.id).in_(ids))).all())


def _with_group_names(
    session: Session, rows: Sequence[Any], group_of: str = "group_id"
) -> list[dict[str, Any]]:
    names = _names(session, Group, {getattr(row, group_of) for row in rows})
    return [_row(row, group_name=names.get(getattr(row, group_of))) for row in rows]


def build_export(session: Session, member: Member, settings: Settings) -> dict[str, Any]:
    me = member.id

    def all_of(model: type[M], column: Any) -> Sequence[M]:
        return session.exec(select(model).where(column == me)).all()

    organisation_links = all_of(OrganisationMember, OrganisationMember.member_id)
    organisation_names = _names(
        session, Organisation, {link.organisation_id for link in organisation_links}
    )

    group_sessions = session.exec(
        select(GroupSession).where(
            or_(
                col(GroupSession.facilitator_id) == me,
                col(GroupSession.case_bringer_id) == me,
                col(GroupSession.attendance_recorded_by_id) == me,
            )
        )
    ).all()
    session_roles = [
        {
            "session_id": str(row.id),
            "group_id": str(row.group_id),
            "starts_at": row.starts_at.isoformat(),
            "status": row.status.value,
            "roles": [
                role
                for role, holder in (
                    ("facilitator", row.facilitator_id),
                    ("case_bringer", row.case_bringer_id),
                    ("attendance_recorded_by", row.attendance_recorded_by_id),
                )
                if holder == me
            ],
        }
        for row in group_sessions
    ]

    runs = session.exec(
        select(SessionRun).where(
            or_(col(SessionRun.started_by_id) == me, col(SessionRun.notes_updated_by_id) == me)
        )
    ).all()

    registrations = all_of(EventRegistration, EventRegistration.member_id)
    coached = all_of(EventCoach, EventCoach.member_id)
    rooms = all_of(EventRoom, EventRoom.coach_id)
    event_titles = dict(
        session.exec(
            select(Event.id, Event.title).where(
                col(Event.id).in_(
                    {r.event_id for r in registrations}
                    | {c.event_id for c in coached}
                    | {r.event_id for r in rooms}
                )
            )
        ).all()
    )

    feed = session.exec(select(CalendarFeed).where(CalendarFeed.member_id == me)).first()

    return {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": utcnow().isoformat(),
        "explanation": EXPLANATION,
        "profile": _row(member),
        "organisations": [
            _row(link, organisation_name=organisation_names.get(link.organisation_id))
            for link in organisation_links
        ],
        "memberships": _with_group_names(session, all_of(Membership, Membership.member_id)),
        "join_requests": _with_group_names(session, all_of(JoinRequest, JoinRequest.member_id)),
        "session_roles": session_roles,
        "rsvps": _rows(all_of(SessionRsvp, SessionRsvp.member_id)),
        "attendance": _rows(all_of(Attendance, Attendance.member_id)),
        "attendance_audit": _rows(
            session.exec(
                select(AttendanceAudit)
                .where(
                    or_(col(AttendanceAudit.member_id) == me, col(AttendanceAudit.actor_id) == me)
                )
                .order_by(col(AttendanceAudit.at))
            ).all()
        ),
        "evidence": evidence_overview(session, member, settings).model_dump(mode="json"),
        "session_evaluations": _rows(all_of(SessionEvaluation, SessionEvaluation.member_id)),
        "group_evaluations": _with_group_names(
            session, all_of(GroupEvaluation, GroupEvaluation.member_id)
        ),
        "cases": _cases(session, all_of(Case, Case.case_bringer_id)),
        "case_access_log": _rows(
            session.exec(
                select(CaseAccessLog)
                .where(CaseAccessLog.member_id == me)
                .order_by(col(CaseAccessLog.at))
            ).all()
        ),
        "session_runs": [
            {
                "session_id": str(run.session_id),
                "started_at": run.started_at.isoformat(),
                "started_by_me": run.started_by_id == me,
                "notes_last_changed_by_me": run.notes_updated_by_id == me,
                "notes_updated_at": run.notes_updated_at.isoformat()
                if run.notes_updated_at
                else None,
            }
            for run in runs
        ],
        "event_registrations": [
            _row(row, event_title=event_titles.get(row.event_id)) for row in registrations
        ],
        "event_attendance_recorded": [
            {"registration_id": str(reg_id), "event_id": str(event_id)}
            for reg_id, event_id in session.exec(
                select(EventRegistration.id, EventRegistration.event_id).where(
                    EventRegistration.attendance_recorded_by == me
                )
            ).all()
        ],
        "event_coaching": [_row(row, event_title=event_titles.get(row.event_id)) for row in coached]
        + [
            _row(room, event_title=event_titles.get(room.event_id), role="room_coach")
            for room in rooms
        ],
        "notifications": _rows(all_of(Notification, Notification.member_id)),
        "notification_preferences": _rows(
            all_of(NotificationPreference, NotificationPreference.member_id)
        ),
        "calendar_feed": {
            "active": feed is not None,
            "created_at": feed.created_at.isoformat() if feed else None,
        },
        "contract_agreements": _rows(all_of(ContractAgreement, ContractAgreement.member_id)),
        "contracts_created": [
            {
                "contract_id": str(row.id),
                "group_id": str(row.group_id),
                "version": row.version,
                "created_at": row.created_at.isoformat(),
            }
            for row in all_of(GroupContract, GroupContract.created_by_id)
        ],
        "api_keys_created": _rows(all_of(ApiKey, ApiKey.created_by_id)),
        "webhook_subscriptions_created": _rows(
            all_of(WebhookSubscription, WebhookSubscription.created_by_id)
        ),
        "audit_events": _rows(
            session.exec(
                select(AuditEvent)
                .where(AuditEvent.actor_id == me)
                .order_by(col(AuditEvent.created_at))
            ).all()
        ),
        "emails": _rows(
            session.exec(
                select(OutboxEmail)
                .where(OutboxEmail.to_address == member.email)
                .order_by(col(OutboxEmail.created_at))
            ).all()
        ),
    }


def _cases(session: Session, cases: Sequence[Case]) -> list[dict[str, Any]]:
    if not cases:
        return []
    cipher = case_cipher()
    ids = [case.id for case in cases]
    topics = topics_of_cases(session, ids)
    follow_ups: dict[uuid.UUID, list[dict[str, Any]]] = {case_id: [] for case_id in ids}
    for item in session.exec(
        select(CaseFollowUp)
        .where(col(CaseFollowUp.case_id).in_(ids))
        .order_by(col(CaseFollowUp.position))
    ).all():
        follow_ups[item.case_id].append(_row(item, text=cipher.open(item.text_encrypted)))
    return [
        _row(
            case,
            topics=[topic.name for topic in topics.get(case.id, [])],
            texts=cipher.open_fields(case.content_encrypted),
            action_plan=follow_ups[case.id],
        )
        for case in cases
    ]
