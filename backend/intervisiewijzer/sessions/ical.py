"""iCalendar (RFC 5545) for sessions, in Europe/Amsterdam time with its VTIMEZONE.

A calendar carries the logistics of a session (when, where, method, roles), never the
group's notes: calendars get synced to outside services."""

from collections.abc import Sequence
from datetime import timedelta

from icalendar import Calendar, Event, Timezone
from icalendar.enums import STATUS

from intervisiewijzer.common import utcnow
from intervisiewijzer.sessions.localtime import AMSTERDAM, local_today, to_local
from intervisiewijzer.sessions.models import SessionStatus
from intervisiewijzer.sessions.schemas import SessionPublic

PRODUCT_ID = "-//Intervisiewijzer//Intervisiewijzer//NL"
UID_DOMAIN = "intervisiewijzer.nl"
MEDIA_TYPE = "text/calendar; charset=utf-8"


def sessions_calendar(sessions: Sequence[SessionPublic], name: str) -> bytes:
    calendar = Calendar.new(
        prodid=PRODUCT_ID,
        method="PUBLISH",
        calscale="GREGORIAN",
        name=name,
        refresh_interval=timedelta(hours=1),
    )
    calendar.add("x-wr-timezone", AMSTERDAM.key)
    calendar.add("x-published-ttl", timedelta(hours=1))
    calendar.add_component(_amsterdam_timezone(sessions))
    for group_session in sessions:
        calendar.add_component(_event(group_session))
    return calendar.to_ical()


def _event(group_session: SessionPublic) -> Event:
    cancelled = group_session.status == SessionStatus.cancelled
    title = f"Intervisie {group_session.group.name}"
    event = Event.new(
        uid=f"{group_session.id}@{UID_DOMAIN}",
        summary=f"Gaat niet door: {title}" if cancelled else title,
        start=to_local(group_session.starts_at),
        end=to_local(group_session.ends_at),
        stamp=utcnow(),
        created=group_session.created_at,
        last_modified=group_session.updated_at,
        sequence=group_session.version,
        status=STATUS.CANCELLED if cancelled else STATUS.CONFIRMED,
        location=group_session.location_text or group_session.online_url,
        url=group_session.online_url,
        description=_description(group_session),
    )
    return event


def _description(group_session: SessionPublic) -> str:
    lines = []
    if group_session.status == SessionStatus.cancelled:
        reason = f": {group_session.cancel_reason}" if group_session.cancel_reason else ""
        lines.append(f"Deze bijeenkomst gaat niet door{reason}.")
    if group_session.method:
        lines.append(f"Methode: {group_session.method.name}")
    if group_session.facilitator:
        lines.append(f"Facilitator: {group_session.facilitator.full_name}")
    if group_session.case_bringer:
        lines.append(f"Casusinbrenger: {group_session.case_bringer.full_name}")
    if group_session.online_url:
        lines.append(f"Online: {group_session.online_url}")
    lines.append("Aanmelden, afmelden en aftekenen doe je in Intervisiewijzer.")
    return "\n".join(lines)


def _amsterdam_timezone(sessions: Sequence[SessionPublic]) -> Timezone:
    """Only the years the calendar needs, so the VTIMEZONE stays small."""
    days = [to_local(s.starts_at).date() for s in sessions] or [local_today()]
    first, last = min(days), max(days)
    return Timezone.from_tzid(
        AMSTERDAM.key,
        first_date=first.replace(month=1, day=1),
        last_date=last.replace(year=last.year + 1, month=1, day=1),
    )
