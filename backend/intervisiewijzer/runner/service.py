"""The session runner: the chosen method's phases in order with a timer per phase, reflection
cards drawn without repeats, shared notes with optimistic concurrency, and the open
follow-ups of earlier cases. The screen polls `run_state`. No HTTP here; callers commit."""

import random
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from intervisiewijzer.cases.access import may_edit
from intervisiewijzer.cases.audit import log_access
from intervisiewijzer.cases.crypto import case_cipher
from intervisiewijzer.cases.models import Case, CaseAccessAction
from intervisiewijzer.cases.service import (
    OpenFollowUp,
    case_texts,
    cases_of_session,
    open_follow_ups,
    reject_identifiers,
)
from intervisiewijzer.common import utcnow
from intervisiewijzer.errors import ConflictError, InvalidInputError
from intervisiewijzer.groups.schemas import MethodRef
from intervisiewijzer.members.models import Member
from intervisiewijzer.methods.library import MethodContent, get_library
from intervisiewijzer.methods.models import Method
from intervisiewijzer.methods.schemas import ReflectionCardPublic
from intervisiewijzer.methods.service import method_phases, reflection_card
from intervisiewijzer.runner.access import can_lead
from intervisiewijzer.runner.models import SessionRun
from intervisiewijzer.runner.schemas import (
    PhaseTimer,
    RunCase,
    RunFollowUp,
    RunNotes,
    RunState,
    RunStatus,
)
from intervisiewijzer.sessions.access import SessionAccess
from intervisiewijzer.sessions.models import GroupSession, SessionStatus
from intervisiewijzer.sessions.schemas import PersonRef
from intervisiewijzer.sessions.service import people_by_id


def run_of(session: Session, session_id: uuid.UUID) -> SessionRun | None:
    return session.exec(select(SessionRun).where(SessionRun.session_id == session_id)).first()


def require_run(session: Session, session_id: uuid.UUID) -> SessionRun:
    run = run_of(session, session_id)
    if run is None:
        raise ConflictError("Deze bijeenkomst is nog niet gestart.")
    return run


# --- Leading -----------------------------------------------------------------------------------


def start_run(
    session: Session,
    group_session: GroupSession,
    leader: Member,
    method_slug: str | None,
    now: datetime | None = None,
) -> SessionRun:
    """Start with the given method, or else the one planned for the session."""
    now = now or utcnow()
    if group_session.status == SessionStatus.cancelled:
        raise ConflictError("Deze bijeenkomst is afgelast.")
    if run_of(session, group_session.id) is not None:
        raise ConflictError("Deze bijeenkomst is al gestart.")
    slug = method_slug or _planned_method_slug(session, group_session)
    if slug is None:
        raise _method_problem("Kies een methode: voor deze bijeenkomst is er nog geen gekozen.")
    if get_library().method(slug) is None:
        raise _method_problem(f"Onbekende methode: {slug}.")
    run = SessionRun(
        session_id=group_session.id,
        method_slug=slug,
        phase_index=0,
        phase_started_at=now,
        started_at=now,
        started_by_id=leader.id,
    )
    session.add(run)
    session.flush()
    return run


def move_phase(
    session: Session,
    run: SessionRun,
    step: int,
    from_phase: int | None = None,
    now: datetime | None = None,
) -> SessionRun:
    """One phase on (step 1) or back (step -1), in the method's order; the timer restarts."""
    _require_running(run)
    if from_phase is not None and from_phase != run.phase_index:
        raise ConflictError("De fase is intussen al gewijzigd. Kijk opnieuw op het scherm.")
    target = run.phase_index + step
    if target >= len(_content(run).phases):
        raise ConflictError("Dit is de laatste fase. Rond de bijeenkomst af met 'Afronden'.")
    if target < 0:
        raise ConflictError("Dit is al de eerste fase.")
    run.phase_index = target
    run.phase_started_at = now or utcnow()
    session.add(run)
    session.flush()
    return run


def draw_card(
    session: Session, run: SessionRun, rng: random.Random, category: str | None = None
) -> ReflectionCardPublic:
    """A card not drawn before in this run, at random."""
    _require_running(run)
    library = get_library()
    if category is not None and category not in {
        c.slug for c in library.reflection_card_categories
    }:
        raise InvalidInputError(f"Onbekende categorie reflectiekaarten: {category}.")
    drawn = set(run.drawn_card_ids)
    left = [
        card.id
        for cat in library.reflection_card_categories
        if category is None or cat.slug == category
        for card in cat.cards
        if card.id not in drawn
    ]
    if not left:
        raise ConflictError("Alle kaarten zijn al getrokken.")
    card_id = rng.choice(left)
    run.drawn_card_ids = [*run.drawn_card_ids, card_id]
    session.add(run)
    session.flush()
    card = reflection_card(card_id)
    assert card is not None
    return card


def finish_run(session: Session, run: SessionRun, now: datetime | None = None) -> SessionRun:
    _require_running(run)
    run.finished_at = now or utcnow()
    session.add(run)
    session.flush()
    return run


def _require_running(run: SessionRun) -> None:
    if run.finished_at is not None:
        raise ConflictError("Deze bijeenkomst is al afgerond.")


def _planned_method_slug(session: Session, group_session: GroupSession) -> str | None:
    if group_session.method_id is None:
        return None
    method = session.get(Method, group_session.method_id)
    return method.slug if method else None


def _content(run: SessionRun) -> MethodContent:
    content = get_library().method(run.method_slug)
    assert content is not None  # checked when the run started; the library only grows
    return content


def _method_problem(message: str) -> InvalidInputError:
    return InvalidInputError(
        message,
        errors=[
            {"field": "method", "loc": ["body", "method"], "message": message, "type": "method"}
        ],
    )


# --- Notes -------------------------------------------------------------------------------------


def save_notes(
    session: Session,
    run: SessionRun,
    author: Member,
    text: str,
    version: int,
    now: datetime | None = None,
) -> SessionRun:
    """Replace the notes if nobody saved a newer version in the meantime (else 409)."""
    if version != run.notes_version:
        raise ConflictError(
            "Iemand anders heeft de aantekeningen intussen aangepast. Haal de nieuwste versie "
            "op en voeg je wijziging daaraan toe.",
            current_version=run.notes_version,
        )
    reject_identifiers({"notes": text})
    run.notes_encrypted = case_cipher().seal(text)
    run.notes_version += 1
    run.notes_updated_at = now or utcnow()
    run.notes_updated_by_id = author.id
    session.add(run)
    session.flush()
    return run


def clear_notes_of_sessions_before(session: Session, cutoff: datetime) -> int:
    """Retention: notes of sessions that ended before `cutoff` are deleted."""
    expired = select(GroupSession.id).where(col(GroupSession.ends_at) < cutoff)
    result = session.exec(
        update(SessionRun)
        .where(
            col(SessionRun.session_id).in_(expired), col(SessionRun.notes_encrypted).is_not(None)
        )
        .values(notes_encrypted=None, notes_version=col(SessionRun.notes_version) + 1)
    )
    return int(result.rowcount)


# --- The screen --------------------------------------------------------------------------------


def run_state(session: Session, access: SessionAccess, now: datetime | None = None) -> RunState:
    """What the runner shows to a member; reading the case text in it is logged."""
    now = now or utcnow()
    group_session = access.group_session
    run = run_of(session, group_session.id)
    slug = run.method_slug if run else _planned_method_slug(session, group_session)
    library = get_library()
    content = library.method(slug) if slug else None
    phases = method_phases(content, library) if content else []
    current = phases[run.phase_index] if run is not None and run.finished_at is None else None
    cases = cases_of_session(session, group_session.id)
    follow_ups = open_follow_ups(session, group_session.group_id, group_session.starts_at)
    texts = case_texts([*cases, *(item.case for item in follow_ups)])
    people = people_by_id(session, _people_in(run, cases, follow_ups))
    log_access(session, texts.keys(), access.caller.id, CaseAccessAction.read, now)
    drawn = _drawn_cards(run)
    return RunState(
        session_id=group_session.id,
        status=_status(run),
        method=_method_ref(session, slug),
        phases=phases,
        planned_minutes=content.total_minutes if content else None,
        phase_index=run.phase_index if run else None,
        current_phase=current,
        timer=_timer(run, current.minutes, now) if run is not None and current else None,
        started_at=run.started_at if run else None,
        finished_at=run.finished_at if run else None,
        drawn_cards=drawn,
        cards_left=len(library.card_ids) - len(drawn),
        notes=_notes(run, people),
        open_follow_ups=_open_follow_ups(follow_ups, texts, people, access),
        cases=_cases(cases, texts, people),
        can_lead=can_lead(access),
        server_time=now,
    )


def _people_in(
    run: SessionRun | None, cases: Sequence[Case], follow_ups: Sequence[OpenFollowUp]
) -> list[uuid.UUID]:
    people = [case.case_bringer_id for case in cases]
    people += [item.case.case_bringer_id for item in follow_ups]
    if run is not None and run.notes_updated_by_id is not None:
        people.append(run.notes_updated_by_id)
    return people


def _drawn_cards(run: SessionRun | None) -> list[ReflectionCardPublic]:
    ids = run.drawn_card_ids if run else []
    return [card for card_id in ids if (card := reflection_card(card_id)) is not None]


def _notes(run: SessionRun | None, people: Mapping[uuid.UUID, PersonRef]) -> RunNotes:
    if run is None:
        return RunNotes(text="", version=0, updated_at=None, updated_by=None)
    return RunNotes(
        text=case_cipher().open(run.notes_encrypted) if run.notes_encrypted else "",
        version=run.notes_version,
        updated_at=run.notes_updated_at,
        updated_by=people.get(run.notes_updated_by_id) if run.notes_updated_by_id else None,
    )


def _open_follow_ups(
    follow_ups: Sequence[OpenFollowUp],
    texts: Mapping[uuid.UUID, dict[str, str]],
    people: Mapping[uuid.UUID, PersonRef],
    access: SessionAccess,
) -> list[RunFollowUp]:
    cipher = case_cipher()
    role = access.membership.role if access.membership else None
    return [
        RunFollowUp(
            id=item.follow_up.id,
            case_id=item.case.id,
            case_title=texts[item.case.id].get("title", ""),
            case_bringer=people.get(item.case.case_bringer_id),
            session_starts_at=item.group_session.starts_at,
            text=cipher.open(item.follow_up.text_encrypted),
            can_mark_done=may_edit(item.case, access.caller.id, role),
        )
        for item in follow_ups
    ]


def _cases(
    cases: Sequence[Case],
    texts: Mapping[uuid.UUID, dict[str, str]],
    people: Mapping[uuid.UUID, PersonRef],
) -> list[RunCase]:
    return [
        RunCase(
            id=case.id,
            title=texts[case.id].get("title", ""),
            core_question=texts[case.id].get("core_question", ""),
            case_bringer=people.get(case.case_bringer_id),
        )
        for case in cases
    ]


def _status(run: SessionRun | None) -> RunStatus:
    if run is None:
        return RunStatus.not_started
    return RunStatus.finished if run.finished_at else RunStatus.running


def _timer(run: SessionRun, minutes: int, now: datetime) -> PhaseTimer:
    planned = minutes * 60
    elapsed = max(0, int((now - run.phase_started_at).total_seconds()))
    return PhaseTimer(
        started_at=run.phase_started_at,
        planned_seconds=planned,
        elapsed_seconds=elapsed,
        remaining_seconds=planned - elapsed,
        overtime=elapsed > planned,
    )


def _method_ref(session: Session, slug: str | None) -> MethodRef | None:
    if slug is None:
        return None
    method = session.exec(select(Method).where(Method.slug == slug)).first()
    return MethodRef(slug=method.slug, name=method.name) if method else None
