"""An event as an iCalendar (.ics) file, personal: with the attendee's own room and link."""

from collections.abc import Sequence

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from intervisiewijzer.common import utcnow
from intervisiewijzer.events.models import Event, EventRoom, EventStatus

PRODUCT_ID = "-//Intervisiewijzer//Themabijeenkomsten//NL"


def event_calendar(event: Event, rooms: Sequence[EventRoom], *, as_coach: bool) -> bytes:
    entry = CalendarEvent.new(
        uid=f"themabijeenkomst-{event.id}@intervisiewijzer.nl",
        summary=f"{event.theme}: {event.title}",
        start=event.starts_at,
        end=event.ends_at,
        stamp=utcnow(),
        description=_description(event, rooms, as_coach=as_coach),
        location=rooms[0].video_url if rooms else event.plenary_url or "Online",
        url=event.plenary_url,
    )
    entry.add("status", "CANCELLED" if event.status == EventStatus.cancelled else "CONFIRMED")
    calendar = Calendar.new(prodid=PRODUCT_ID, subcomponents=[entry])
    calendar.add("method", "PUBLISH")
    return calendar.to_ical()


def _description(event: Event, rooms: Sequence[EventRoom], *, as_coach: bool) -> str:
    lines = []
    if event.status == EventStatus.cancelled:
        lines += ["Deze bijeenkomst gaat niet door.", ""]
    lines.append(f"Plenair deel met {event.expert_name}.")
    lines.append(
        f"Link plenair deel: {event.plenary_url}"
        if event.plenary_url
        else "De link voor het plenaire deel volgt."
    )
    lines.append("")
    if as_coach:
        lines += [f"Jij bent coach van kamer {room.number}: {room.video_url}" for room in rooms]
        if not rooms:
            lines.append("Je bent coach; de kamers zijn nog niet ingedeeld.")
    elif rooms:
        lines.append(f"Jouw breakoutkamer: kamer {rooms[0].number}: {rooms[0].video_url}")
    else:
        lines.append("Je breakoutkamer volgt; kijk later op de pagina van de bijeenkomst.")
    if event.description:
        lines += ["", event.description]
    return "\n".join(lines)
