"""The demo member's next sessions and two published thematic events with coaches, so the
planning pages have something to show (past sessions and evaluations come from
research/demo.py). Times are relative to today."""

from datetime import time, timedelta

from sqlmodel import Session, col, select

from intervisiewijzer.events.models import Event, EventCoach, EventStatus
from intervisiewijzer.groups.models import GroupRole, Membership
from intervisiewijzer.members.models import Member, MemberKind
from intervisiewijzer.methods.models import Method
from intervisiewijzer.sessions.localtime import local_to_utc, local_today
from intervisiewijzer.sessions.models import GroupSession, SessionStatus

SESSION_START, SESSION_END = time(19, 30), time(21, 30)
WEEKS_BETWEEN_SESSIONS = 8

EVENTS = [
    (
        "Traumasensitief werken",
        "Traumasensitief werken in het gezinshuis",
        "Wat gebeurt er in het brein van een kind dat veel heeft meegemaakt, en wat vraagt "
        "dat van jou als gezinshuisouder? Na de inleiding werk je in kleine kamers met een "
        "coach aan een casus uit de praktijk.",
        "dr. M. de Boer, orthopedagoog",
        3,
    ),
    (
        "GGZ in het gezinshuis",
        "Als een kind psychische hulp nodig heeft",
        "Over samenwerken met de ggz, signalen herkennen en goed voor jezelf blijven zorgen. "
        "Jeugdzorgwerkers en gezinshuisouders bespreken samen een casus in kleine groepen.",
        "L. Visser, kinder- en jeugdpsychiater",
        7,
    ),
]


def seed_demo_activity(session: Session, demo: Member) -> None:
    membership = session.exec(
        select(Membership).where(
            Membership.member_id == demo.id, Membership.role == GroupRole.coordinator
        )
    ).one()
    method_id = session.exec(select(Method.id).where(Method.slug == "incidentmethode")).one()
    today = local_today()
    for offset in (1, 2, 3):
        day = today + timedelta(weeks=WEEKS_BETWEEN_SESSIONS * offset)
        session.add(
            GroupSession(
                group_id=membership.group_id,
                starts_at=local_to_utc(day, SESSION_START),
                ends_at=local_to_utc(day, SESSION_END),
                location_text="Bij een van de leden thuis; het adres staat in de groepsapp",
                method_id=method_id,
                status=SessionStatus.planned,
            )
        )
    _seed_events(session)
    session.flush()


def _seed_events(session: Session) -> None:
    coaches = session.exec(
        select(Member.id)
        .where(Member.kind == MemberKind.intervisor)
        .order_by(col(Member.email))
        .limit(6)
    ).all()
    today = local_today()
    for index, (theme, title, description, expert, weeks) in enumerate(EVENTS):
        day = today + timedelta(weeks=weeks)
        event = Event(
            theme=theme,
            title=title,
            description=description,
            expert_name=expert,
            starts_at=local_to_utc(day, time(19, 30)),
            ends_at=local_to_utc(day, time(22, 0)),
            plenary_url="https://meet.jit.si/intervisiewijzer-plenair-demo",
            capacity=48,
            room_size_max=8,
            registration_closes_at=local_to_utc(day - timedelta(days=2), time(23, 59)),
            status=EventStatus.published,
        )
        session.add(event)
        session.flush()
        for coach_id in coaches[index * 3 : index * 3 + 3]:
            session.add(EventCoach(event_id=event.id, member_id=coach_id))
