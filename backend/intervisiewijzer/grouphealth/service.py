"""Group health: the core criteria of a well-functioning intervision group (research report
and handbook in the seeds), each computed from the group's own data of the last 12 months and
shown to the group with a tip. No HTTP here.

Criteria: a fixed group of 5-8, about 6 meetings a year (4-10 is fine), a trained facilitator,
a method in (nearly) every meeting, a group contract everyone agreed to, the case prepared in
advance, a complete group (attendance), and a regular check on safety through evaluations."""

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from intervisiewijzer.cases.models import Case
from intervisiewijzer.common import utcnow
from intervisiewijzer.config import Settings
from intervisiewijzer.contracts.service import AgreementCounts, agreement_counts
from intervisiewijzer.evaluations.models import SessionEvaluation
from intervisiewijzer.evaluations.stats import Tally, tally
from intervisiewijzer.grouphealth.schemas import GroupHealth, HealthCriterion, HealthStatus
from intervisiewijzer.groups.models import FacilitatorType, Group, Membership
from intervisiewijzer.sessions.models import Attendance, GroupSession, SessionStatus

YEAR = timedelta(days=365)
SIZE_RANGE = (5, 8)
FREQUENCY_RANGE = (4, 10)
MIN_SHARE = 0.8  # methods, prepared cases and attendance: at least 8 in 10
MIN_SAFETY = 4.0  # on the 1-5 scale: "agree" or better


@dataclass(frozen=True)
class HealthData:
    group: Group
    now: datetime
    period_start: datetime
    min_cell_size: int
    member_count: int
    yearly_sessions: int  # held or planned in the frequency window
    planned_sessions: int  # of which still to come
    past_sessions: Sequence[GroupSession]  # took place in the last 12 months
    case_sessions: Sequence[GroupSession]  # of those, the ones whose cases are still kept
    case_days: int  # how far back cases are kept
    prepared: set[uuid.UUID]  # of those, the ones with a case submitted before they began
    attendance_rate: float | None
    agreements: AgreementCounts
    safety: Tally


Check = Callable[[HealthData], HealthCriterion]


def group_health(
    session: Session, settings: Settings, group: Group, now: datetime | None = None
) -> GroupHealth:
    data = gather(session, settings, group, now or utcnow())
    criteria = [check(data) for check in CHECKS]
    return GroupHealth(
        group_id=group.id,
        generated_at=data.now,
        period_start=data.period_start,
        criteria=criteria,
        ok_count=_count(criteria, HealthStatus.ok),
        attention_count=_count(criteria, HealthStatus.attention),
        unknown_count=_count(criteria, HealthStatus.unknown),
    )


# --- Gathering the data (a fixed number of queries) ----------------------------------------


def gather(session: Session, settings: Settings, group: Group, now: datetime) -> HealthData:
    period_start = now - YEAR
    memberships = session.exec(
        select(Membership.member_id, Membership.joined_at).where(Membership.group_id == group.id)
    ).all()
    sessions = session.exec(
        select(GroupSession).where(
            GroupSession.group_id == group.id,
            GroupSession.status != SessionStatus.cancelled,
            GroupSession.starts_at >= period_start,
            GroupSession.starts_at < now + YEAR,
        )
    ).all()
    past = [s for s in sessions if s.ends_at <= now]
    # Cases are deleted `case_retention_days` after their session: older sessions tell nothing.
    kept_after = now - timedelta(days=settings.case_retention_days)
    case_sessions = [s for s in past if s.ends_at >= kept_after]
    yearly, planned = _frequency(session, group, sessions, now)
    return HealthData(
        group=group,
        now=now,
        period_start=period_start,
        min_cell_size=settings.research_min_cell_size,
        member_count=len(memberships),
        yearly_sessions=yearly,
        planned_sessions=planned,
        past_sessions=past,
        case_sessions=case_sessions,
        case_days=settings.case_retention_days,
        prepared=prepared_session_ids(session, case_sessions),
        attendance_rate=_attendance_rate(session, past, memberships),
        agreements=agreement_counts(session, group.id),
        safety=_safety(session, settings, past, now),
    )


def _frequency(
    session: Session, group: Group, sessions: Sequence[GroupSession], now: datetime
) -> tuple[int, int]:
    """Meetings in the last 12 months; a group younger than that counts its first 12 months,
    planned meetings included."""
    first = session.exec(
        select(func.min(GroupSession.starts_at)).where(
            GroupSession.group_id == group.id, GroupSession.status != SessionStatus.cancelled
        )
    ).one()
    started = min(group.created_at, first) if first else group.created_at
    start, end = (now - YEAR, now) if started <= now - YEAR else (started, started + YEAR)
    counted = [s for s in sessions if start <= s.starts_at < end]
    return len(counted), sum(1 for s in counted if s.starts_at > now)


def prepared_session_ids(session: Session, sessions: Sequence[GroupSession]) -> set[uuid.UUID]:
    """Sessions with a case (casusinbrengformulier) submitted before the session began."""
    if not sessions:
        return set()
    rows = session.exec(
        select(Case.session_id)
        .join(GroupSession, col(GroupSession.id) == Case.session_id)
        .where(
            col(Case.session_id).in_([s.id for s in sessions]),
            col(Case.created_at) < GroupSession.starts_at,
        )
        .distinct()
    ).all()
    return set(rows)


def _attendance_rate(
    session: Session,
    sessions: Sequence[GroupSession],
    memberships: Sequence[tuple[uuid.UUID, datetime]],
) -> float | None:
    """Present / expected over sessions with a recorded attendance list. Expected: the current
    members who had joined by then, plus whoever was present and has left since."""
    recorded = [s for s in sessions if s.attendance_recorded_at is not None]
    if not recorded:
        return None
    present: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for session_id, member_id in session.exec(
        select(Attendance.session_id, Attendance.member_id).where(
            col(Attendance.session_id).in_([s.id for s in recorded])
        )
    ).all():
        present[session_id].add(member_id)
    attended = expected = 0
    for group_session in recorded:
        members = {m for m, joined in memberships if joined <= group_session.starts_at}
        attended += len(present[group_session.id])
        expected += len(members | present[group_session.id])
    return attended / expected if expected else None


def _safety(
    session: Session, settings: Settings, sessions: Sequence[GroupSession], now: datetime
) -> Tally:
    """Safety answers of closed evaluations, only from sessions with at least k answers: the
    figure then only changes by a whole session that the group summary shows anyway, and
    never reveals one person's answer."""
    closed_before = now - timedelta(days=settings.evaluation_open_days)
    ids = [s.id for s in sessions if s.ends_at <= closed_before]
    if not ids:
        return Tally()
    by_session: dict[uuid.UUID, list[int]] = defaultdict(list)
    for session_id, safety in session.exec(
        select(SessionEvaluation.session_id, SessionEvaluation.safety).where(
            col(SessionEvaluation.session_id).in_(ids)
        )
    ).all():
        by_session[session_id].append(safety)
    k = settings.research_min_cell_size
    return tally(v for values in by_session.values() if len(values) >= k for v in values)


# --- The criteria --------------------------------------------------------------------------


_SIZE_TIPS = {
    "low": (
        "Met minder dan vijf leden wordt de groep kwetsbaar als er iemand ontbreekt. Zet de "
        "groep open in de groepenzoeker, zodat nieuwe leden jullie kunnen vinden."
    ),
    "high": (
        "Met meer dan acht leden komt niet iedereen goed aan bod. Overweeg de groep te "
        "splitsen, of houd nieuwe aanmeldingen op de wachtlijst."
    ),
    "ok": (
        "Een goede omvang: klein genoeg voor vertrouwen, groot genoeg als er eens iemand ontbreekt."
    ),
}
_FREQUENCY_TIPS = {
    "low": (
        "Plan een reeks, bijvoorbeeld elke acht weken. Dan staat het jaar vast, bouwt de groep "
        "vertrouwen op en telt elke bijeenkomst mee voor je registratie."
    ),
    "high": (
        "Vaak samenkomen kan, maar let erop dat iedereen het volhoudt en dat er tijd blijft om "
        "een casus goed voor te bereiden."
    ),
    "ok": (
        "Een regelmaat die past bij wat onderzoek en registers aanraden: ongeveer eens in de "
        "acht weken."
    ),
}


def group_size(data: HealthData) -> HealthCriterion:
    n = data.member_count
    band = _band(n, SIZE_RANGE)
    return HealthCriterion(
        key="group_size",
        label="Vaste groep van 5 tot 8 leden",
        status=HealthStatus.ok if band == "ok" else HealthStatus.attention,
        value=f"{n} {'lid' if n == 1 else 'leden'}",
        measure=n,
        target="5 tot 8 leden",
        tip=_SIZE_TIPS[band],
    )


def meeting_frequency(data: HealthData) -> HealthCriterion:
    n = data.yearly_sessions
    band = _band(n, FREQUENCY_RANGE)
    planned = f" (waarvan {data.planned_sessions} gepland)" if data.planned_sessions else ""
    return HealthCriterion(
        key="meeting_frequency",
        label="Ongeveer zes bijeenkomsten per jaar",
        status=HealthStatus.ok if band == "ok" else HealthStatus.attention,
        value=f"{_meetings(n)} in 12 maanden{planned}",
        measure=n,
        target="4 tot 10 per jaar, het liefst rond de 6",
        tip=_FREQUENCY_TIPS[band],
    )


_FACILITATOR_VALUES = {
    FacilitatorType.trained: "Geschoolde intervisor of supervisor",
    FacilitatorType.peer: "Roulerend uit de groep",
    FacilitatorType.none: "Geen begeleider",
}
_FACILITATOR_TIPS = {
    FacilitatorType.trained: (
        "Een geschoolde begeleider zorgt voor veiligheid, structuur en diepgang. Houd dat vast."
    ),
    FacilitatorType.peer: (
        "Begeleiden jullie elkaar? Dat werkt het best met een vaste methode en duidelijke "
        "rollen. Een geschoolde intervisor brengt volgens het onderzoek meer diepgang; "
        "overweeg er een voor een paar bijeenkomsten per jaar."
    ),
    FacilitatorType.none: (
        "Zonder begeleider raakt een gesprek makkelijk zijn structuur kwijt. Spreek per "
        "bijeenkomst af wie het proces en de tijd bewaakt, of zoek een geschoolde intervisor."
    ),
}


def trained_facilitator(data: HealthData) -> HealthCriterion:
    kind = FacilitatorType(data.group.facilitator_type)
    return HealthCriterion(
        key="trained_facilitator",
        label="Geschoolde begeleider",
        status=HealthStatus.ok if kind == FacilitatorType.trained else HealthStatus.attention,
        value=_FACILITATOR_VALUES[kind],
        measure=None,
        target="Een geschoolde intervisor of supervisor",
        tip=_FACILITATOR_TIPS[kind],
    )


def method_used(data: HealthData) -> HealthCriterion:
    with_method = sum(1 for s in data.past_sessions if s.method_id is not None)
    return _share_criterion(
        key="method_used",
        label="Werken met een methode",
        part=with_method,
        whole=len(data.past_sessions),
        period="de afgelopen 12 maanden",
        ok_tip="Wissel af en toe van methode; dat houdt het gesprek scherp.",
        attention_tip=(
            "Kies per bijeenkomst een methode, bijvoorbeeld de incidentmethode of de "
            "roddelmethode, en zet die bij de bijeenkomst. Een vaste opbouw voorkomt dat het "
            "een koffiemoment wordt."
        ),
    )


def case_prepared(data: HealthData) -> HealthCriterion:
    return _share_criterion(
        key="case_prepared",
        label="Casus vooraf voorbereid",
        part=len(data.prepared),
        whole=len(data.case_sessions),
        period=f"de afgelopen {data.case_days} dagen",
        ok_tip="Goede voorbereiding maakt de bijeenkomst rijker. Ga zo door.",
        attention_tip=(
            "Spreek af wie de casus inbrengt en laat die de casus en de hulpvraag een week van "
            "tevoren rondsturen. Dan kan iedereen zich voorbereiden en kiest de facilitator een "
            "passende methode."
        ),
    )


def contract_agreed(data: HealthData) -> HealthCriterion:
    counts = data.agreements
    target = "Alle leden akkoord met de huidige versie"
    if not counts.has_contract:
        return HealthCriterion(
            key="contract_agreed",
            label="Groepscontract afgesproken",
            status=HealthStatus.attention,
            value="Nog geen groepscontract",
            measure=0,
            target=target,
            tip=(
                "Leg samen afspraken vast over aanwezigheid, vertrouwelijkheid, feedback en "
                "welke casussen jullie inbrengen. Het voorbeeldcontract is een goed begin."
            ),
        )
    everyone = counts.members > 0 and counts.agreed == counts.members
    return HealthCriterion(
        key="contract_agreed",
        label="Groepscontract afgesproken",
        status=HealthStatus.ok if everyone else HealthStatus.attention,
        value=f"{counts.agreed} van {counts.members} leden akkoord",
        measure=counts.agreed / counts.members if counts.members else None,
        target=target,
        tip=(
            "Bespreek het contract eens per jaar: klopt het nog met hoe jullie werken?"
            if everyone
            else "Nog niet iedereen gaf akkoord op de huidige versie. Vraag het na in de "
            "volgende bijeenkomst; nieuwe leden zien het contract direct na aansluiten."
        ),
    )


_ATTENDANCE_TIPS = {
    HealthStatus.unknown: (
        "Vul na elke bijeenkomst de presentielijst in. Dan ziet de groep hoe de opkomst is, en "
        "telt de bijeenkomst mee voor ieders registratie."
    ),
    HealthStatus.ok: "Mooi: de groep is meestal compleet.",
    HealthStatus.attention: (
        "Een onvolledige groep wordt als storend ervaren. Bespreek samen wat helpt om erbij te "
        "zijn: een vaste dag, ruim vooruit plannen, of online aansluiten."
    ),
}


def attendance_rate(data: HealthData) -> HealthCriterion:
    rate = data.attendance_rate
    if rate is None:
        status = HealthStatus.unknown
    else:
        status = HealthStatus.ok if rate >= MIN_SHARE else HealthStatus.attention
    return HealthCriterion(
        key="attendance_rate",
        label="Iedereen aanwezig",
        status=status,
        value=f"{_percent(rate)} aanwezig" if rate is not None else None,
        measure=round(rate, 3) if rate is not None else None,
        target="Minstens 80% aanwezig",
        tip=_ATTENDANCE_TIPS[status],
    )


def safety_check(data: HealthData) -> HealthCriterion:
    k = data.min_cell_size
    mean = data.safety.mean
    target = f"Gemiddeld 4 of hoger op 5, uit bijeenkomsten met minstens {k} evaluaties"
    if data.safety.n < k or mean is None:
        return HealthCriterion(
            key="safety_check",
            label="Veiligheid regelmatig getoetst",
            status=HealthStatus.unknown,
            value=None,
            measure=None,
            target=target,
            tip=(
                f"Vul na elke bijeenkomst de korte evaluatie in. Zodra bij een bijeenkomst "
                f"{k} of meer mensen dat deden, ziet de groep hier hoe veilig het voelt, "
                "zonder dat iemand herleidbaar is."
            ),
        )
    ok = mean >= MIN_SAFETY
    return HealthCriterion(
        key="safety_check",
        label="Veiligheid regelmatig getoetst",
        status=HealthStatus.ok if ok else HealthStatus.attention,
        value=f"Gemiddeld {_decimal(mean)} op 5 ({data.safety.n} evaluaties)",
        measure=mean,
        target=target,
        tip=(
            "Blijf af en toe samen nagaan hoe veilig het voelt; veiligheid is nooit af."
            if ok
            else "Niet iedereen voelt zich even veilig. Neem de afspraken over "
            "vertrouwelijkheid en feedback nog eens door, bijvoorbeeld bij de opening van de "
            "volgende bijeenkomst."
        ),
    )


CHECKS: tuple[Check, ...] = (
    group_size,
    meeting_frequency,
    trained_facilitator,
    method_used,
    contract_agreed,
    case_prepared,
    attendance_rate,
    safety_check,
)


# --- Helpers -------------------------------------------------------------------------------


def _share_criterion(
    *,
    key: str,
    label: str,
    part: int,
    whole: int,
    period: str,
    ok_tip: str,
    attention_tip: str,
) -> HealthCriterion:
    target = "Bij minstens 8 van de 10 bijeenkomsten"
    if whole == 0:
        return HealthCriterion(
            key=key,
            label=label,
            status=HealthStatus.unknown,
            value=None,
            measure=None,
            target=target,
            tip=f"Er zijn {period} nog geen bijeenkomsten geweest om iets over te zeggen. "
            + attention_tip,
        )
    share = part / whole
    return HealthCriterion(
        key=key,
        label=label,
        status=HealthStatus.ok if share >= MIN_SHARE else HealthStatus.attention,
        value=f"{part} van {_meetings(whole)} ({period})",
        measure=round(share, 3),
        target=target,
        tip=ok_tip if share >= MIN_SHARE else attention_tip,
    )


def _band(value: int, bounds: tuple[int, int]) -> str:
    low, high = bounds
    if value < low:
        return "low"
    return "high" if value > high else "ok"


def _meetings(count: int) -> str:
    return f"{count} bijeenkomst" if count == 1 else f"{count} bijeenkomsten"


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _count(criteria: Sequence[HealthCriterion], status: HealthStatus) -> int:
    return sum(1 for criterion in criteria if criterion.status == status)
