"""What each kind of notification says, in Dutch. Texts name the group and the time, never
case content or who asked to join: the details are behind the link, for those allowed to see."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from intervisiewijzer.notifications.models import NotificationKind

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

Context = Mapping[str, str]


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    link: str | None


def dutch_datetime(value: str | datetime) -> str:
    """'dinsdag 3 maart om 19:30', in Dutch time."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    local = moment.astimezone(AMSTERDAM)
    weekday, month = _WEEKDAYS[local.weekday()], _MONTHS[local.month - 1]
    return f"{weekday} {local.day} {month} om {local:%H:%M}"


# --- Paths in the web app -------------------------------------------------------------------
# These must match routes of the SPA (frontend/src/App.tsx).


def group_path(slug: str) -> str:
    return f"/groepen/{slug}"


def join_requests_path(slug: str) -> str:
    """The coordinator's view of a group's join requests."""
    return f"/groepen/{slug}/aanmeldingen"


def my_requests_path() -> str:
    """'Mijn groepen' lists the member's groups and open join requests (with offered spots)."""
    return "/mijn-groepen"


def session_path(slug: str, session_id: str) -> str:
    """Sessions have their own page by id; the group slug is not part of the path."""
    return f"/bijeenkomsten/{session_id}"


def evaluation_path(slug: str, session_id: str) -> str:
    """The evaluation form of a session for a logged-in member (the personal link without
    login is /evaluatie/{token}, made by evaluations.links)."""
    return f"{session_path(slug, session_id)}/evaluatie"


def contract_path(slug: str) -> str:
    return f"{group_path(slug)}/groepsafspraken"


PREFERENCES_PATH = "/mijn-profiel/meldingen"


# --- One renderer per kind -------------------------------------------------------------------


def _join_request_received(c: Context) -> Message:
    group = c["group_name"]
    if c.get("status") == "waitlisted":
        body = f"Iemand wil graag bij {group}. De groep is vol: de aanvraag staat op de wachtlijst."
    else:
        body = f"Iemand wil graag aansluiten bij {group}. Kijk of het past en geef antwoord."
    return Message(f"Nieuwe aanvraag voor {group}", body, join_requests_path(c["group_slug"]))


def _join_request_answered(c: Context) -> Message:
    group = c["group_name"]
    if c["decision"] == "accepted":
        return Message(
            f"Welkom bij {group}!",
            f"Je aanvraag is goedgekeurd: je bent nu lid van {group}.",
            group_path(c["group_slug"]),
        )
    return Message(
        f"Antwoord op je aanvraag voor {group}",
        f"Je kunt deze keer niet aansluiten bij {group}. Lees het antwoord van de coördinator "
        "en zoek gerust verder naar een groep die bij je past.",
        my_requests_path(),
    )


def _waitlist_spot_offered(c: Context) -> Message:
    group = c["group_name"]
    return Message(
        f"Er is plek voor je in {group}",
        f"Je stond op de wachtlijst van {group} en er is nu een plek vrij. "
        "Bevestig dat je meedoet, dan word je lid.",
        my_requests_path(),
    )


def _session_planned(c: Context) -> Message:
    group = c["group_name"]
    return Message(
        f"Nieuwe bijeenkomst van {group}",
        f"{group} komt bij elkaar op {dutch_datetime(c['starts_at'])}. "
        "Laat je weten of je erbij bent?",
        session_path(c["group_slug"], c["session_id"]),
    )


def _session_changed(c: Context) -> Message:
    group, when = c["group_name"], dutch_datetime(c["starts_at"])
    if c.get("change") == "cancelled":
        title, body = (
            f"Bijeenkomst gaat niet door: {group}",
            (f"De bijeenkomst van {group} op {when} gaat niet door."),
        )
    else:
        title, body = (
            f"Bijeenkomst gewijzigd: {group}",
            (f"Er is iets veranderd aan de bijeenkomst van {group}. Die staat nu op {when}."),
        )
    return Message(title, body, session_path(c["group_slug"], c["session_id"]))


def _session_reminder(c: Context) -> Message:
    group = c["group_name"]
    return Message(
        f"Binnenkort: {group}",
        f"Even een herinnering: {group} komt op {dutch_datetime(c['starts_at'])} bij elkaar. "
        "Tot dan!",
        session_path(c["group_slug"], c["session_id"]),
    )


def _evaluation_waiting(c: Context) -> Message:
    group = c["group_name"]
    return Message(
        "Hoe was de bijeenkomst?",
        f"Vul de korte evaluatie in van de bijeenkomst van {group} op "
        f"{dutch_datetime(c['starts_at'])}. Zo ziet de groep wat goed werkt.",
        evaluation_path(c["group_slug"], c["session_id"]),
    )


def _contract_published(c: Context) -> Message:
    group = c["group_name"]
    return Message(
        f"Nieuwe groepsafspraken: {group}",
        f"De groepsafspraken van {group} zijn aangepast. Lees de nieuwe versie en laat weten "
        "dat je ermee instemt.",
        contract_path(c["group_slug"]),
    )


_RENDERERS: dict[NotificationKind, Callable[[Context], Message]] = {
    NotificationKind.join_request_received: _join_request_received,
    NotificationKind.join_request_answered: _join_request_answered,
    NotificationKind.waitlist_spot_offered: _waitlist_spot_offered,
    NotificationKind.session_planned: _session_planned,
    NotificationKind.session_changed: _session_changed,
    NotificationKind.session_reminder: _session_reminder,
    NotificationKind.evaluation_waiting: _evaluation_waiting,
    NotificationKind.contract_published: _contract_published,
}


def render(kind: NotificationKind, context: Context) -> Message:
    return _RENDERERS[kind](context)


def email_body(
    full_name: str, message: Message, base_url: str, personal_link: str | None = None
) -> str:
    names = full_name.split()
    greeting = f"Hoi {names[0]}," if names else "Hoi,"
    lines = [greeting, "", message.body, ""]
    if personal_link:
        lines += ["Je persoonlijke link (inloggen is niet nodig):", personal_link, ""]
    elif message.link:
        lines += ["Bekijk het in Intervisiewijzer:", base_url.rstrip("/") + message.link, ""]
    lines += [
        "Groet,",
        "Intervisiewijzer",
        "",
        "--",
        "Je krijgt deze e-mail omdat je deze meldingen per e-mail ontvangt. Dat pas je aan op "
        + base_url.rstrip("/")
        + PREFERENCES_PATH,
    ]
    return "\n".join(lines) + "\n"
