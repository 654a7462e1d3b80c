import random
from typing import Annotated

from fastapi import APIRouter, Body, Depends, status
from sqlmodel import Session

from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses
from intervisiewijzer.runner import service
from intervisiewijzer.runner.access import RunLeaderAccess, RunMemberAccess
from intervisiewijzer.runner.schemas import (
    CardDraw,
    NotesUpdate,
    RunMove,
    RunNotes,
    RunStart,
    RunState,
)
from intervisiewijzer.sessions.access import SessionAccess
from intervisiewijzer.sessions.service import people_by_id

router = APIRouter(
    prefix="/sessions/{session_id}/run", tags=["runner"], responses=problem_responses(401, 404)
)

_SYSTEM_RANDOM = random.SystemRandom()


def card_random() -> random.Random:
    """The source for drawing cards; tests replace it with a seeded one."""
    return _SYSTEM_RANDOM


CardRandom = Annotated[random.Random, Depends(card_random)]


@router.get("")
def read_run(session: SessionDep, access: RunMemberAccess) -> RunState:
    """The runner screen (members of the group): the current phase with its timer and helping
    questions, drawn cards, the notes, this session's cases and the open follow-ups of earlier
    cases. Poll it every few seconds."""
    state = service.run_state(session, access)
    session.commit()  # the reads of case text are logged
    return state


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(403, 409, 422))
def start_run(
    session: SessionDep,
    access: RunLeaderAccess,
    data: Annotated[RunStart | None, Body()] = None,
) -> RunState:
    """Open the session on screen and start the first phase (the session's facilitator or a
    coordinator). Without a method, the one planned for the session is used."""
    service.start_run(session, access.group_session, access.caller, data.method if data else None)
    return _state_after_change(session, access)


@router.post("/next", responses=problem_responses(403, 409, 422))
def next_phase(
    session: SessionDep, access: RunLeaderAccess, data: Annotated[RunMove | None, Body()] = None
) -> RunState:
    """Go to the next phase of the method; its timer starts (facilitator or coordinator)."""
    run = service.require_run(session, access.group_session.id)
    service.move_phase(session, run, 1, data.from_phase if data else None)
    return _state_after_change(session, access)


@router.post("/previous", responses=problem_responses(403, 409, 422))
def previous_phase(
    session: SessionDep, access: RunLeaderAccess, data: Annotated[RunMove | None, Body()] = None
) -> RunState:
    """Go back one phase; its timer starts again (facilitator or coordinator)."""
    run = service.require_run(session, access.group_session.id)
    service.move_phase(session, run, -1, data.from_phase if data else None)
    return _state_after_change(session, access)


@router.post("/draw-card", responses=problem_responses(403, 409, 422))
def draw_card(
    session: SessionDep,
    access: RunLeaderAccess,
    rng: CardRandom,
    data: Annotated[CardDraw | None, Body()] = None,
) -> RunState:
    """Draw a reflection card not drawn before in this session (facilitator or coordinator).
    The new card is the last of `drawn_cards`."""
    run = service.require_run(session, access.group_session.id)
    service.draw_card(session, run, rng, data.category if data else None)
    return _state_after_change(session, access)


@router.put("/notes", responses=problem_responses(409, 422))
def save_notes(session: SessionDep, access: RunMemberAccess, data: NotesUpdate) -> RunNotes:
    """Save the shared notes (any member, e.g. the notulist). Send the `version` you edited:
    if someone saved in the meantime, the answer is 409 with `current_version`."""
    run = service.require_run(session, access.group_session.id)
    service.save_notes(session, run, access.caller, data.text, data.version)
    session.commit()
    author = people_by_id(session, [access.caller.id]).get(access.caller.id)
    return RunNotes(
        text=data.text,
        version=run.notes_version,
        updated_at=run.notes_updated_at,
        updated_by=author,
    )


@router.post("/finish", responses=problem_responses(403, 409))
def finish_run(session: SessionDep, access: RunLeaderAccess) -> RunState:
    """Close the session (facilitator or coordinator). The case bringer then records
    insights and the action plan on the case."""
    run = service.require_run(session, access.group_session.id)
    service.finish_run(session, run)
    return _state_after_change(session, access)


def _state_after_change(session: Session, access: SessionAccess) -> RunState:
    session.commit()
    state = service.run_state(session, access)
    session.commit()
    return state
