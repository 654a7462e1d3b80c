"""The documented authorization outcome of every route for every caller.

Each route names a policy: who gets through (OK) and what everyone else gets (401, 403, 404).
OK means a 2xx answer. Where an entry names a `business` reason, an allowed caller may instead
get a business refusal (4xx such as 400, 409, 422), but never 401, 403, 404 or a 5xx. Denied
callers must be denied before the body is validated: every denied write is sent a second time
with an invalid body and must get the same answer.

Callers and world: tests/security/world.py. The routes themselves are walked from the app by
tests/security/test_matrix.py; a route without an entry here (or an entry without a route)
fails that test. docs/authorization.md is rendered from this file:
    cd backend && .venv/bin/python -m tests.security.render_matrix
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from tests.security.world import (
    ANONYMOUS,
    CALLERS,
    COORDINATOR_A,
    COORDINATOR_B,
    FACILITATOR_A,
    MEMBER_A,
    MEMBER_B,
    ORG_ADMIN,
    ORG_KEY,
    PARTNER_KEY,
    PLATFORM_ADMIN,
    World,
)

OK = "OK"
Outcome = str | int  # OK, 401, 403 or 404

_PEOPLE = (
    MEMBER_A,
    COORDINATOR_A,
    FACILITATOR_A,
    MEMBER_B,
    COORDINATOR_B,
    ORG_ADMIN,
    PLATFORM_ADMIN,
)
_GROUP_A = (MEMBER_A, COORDINATOR_A, FACILITATOR_A)


@dataclass(frozen=True)
class Policy:
    name: str
    rule: str
    outcomes: Mapping[str, Outcome]


def policy(
    name: str,
    rule: str,
    *,
    allowed: tuple[str, ...],
    others: Outcome,
    anonymous: Outcome = 401,
    partner_key: Outcome = 401,
    org_key: Outcome | None = None,
    **exceptions: Outcome,
) -> Policy:
    """`allowed` callers get OK; the other people get `others` unless named in `exceptions`.
    An organisation key gets what a partner key gets unless `org_key` says otherwise."""
    outcomes: dict[str, Outcome] = {
        ANONYMOUS: anonymous,
        PARTNER_KEY: partner_key,
        ORG_KEY: partner_key if org_key is None else org_key,
    }
    for person in _PEOPLE:
        outcomes[person] = OK if person in allowed else exceptions.get(person, others)
    for caller in allowed:
        outcomes[caller] = OK
    assert set(outcomes) == set(CALLERS), name
    return Policy(name, rule, outcomes)


# --- Policies -------------------------------------------------------------------------------

PUBLIC = policy(
    "PUBLIC",
    "anyone, without logging in",
    allowed=CALLERS,
    others=OK,
    anonymous=OK,
    partner_key=OK,
)
CAPABILITY_URL = policy(
    "CAPABILITY_URL",
    "whoever holds the secret token in the URL (calendar feed, evaluation link); no login",
    allowed=CALLERS,
    others=OK,
    anonymous=OK,
    partner_key=OK,
)
LOGGED_IN = policy(
    "LOGGED_IN",
    "any logged-in member, acting for themselves; API keys are no login",
    allowed=_PEOPLE,
    others=OK,
)
GROUP_CREATOR = policy(
    "GROUP_CREATOR",
    "any logged-in member, or an organisation key (organisation:groups); a partner key is refused",
    allowed=_PEOPLE,
    others=OK,
    partner_key=403,
    org_key=OK,
)
ADMIN_ONLY = policy(
    "ADMIN_ONLY",
    "platform admins only",
    allowed=(PLATFORM_ADMIN,),
    others=403,
)
ADMIN_OR_ORG_KEY = policy(
    "ADMIN_OR_ORG_KEY",
    "platform admins, or an organisation key for its own groups; a partner key is refused",
    allowed=(PLATFORM_ADMIN,),
    others=403,
    partner_key=403,
    org_key=OK,
)
MEMBER_OF_A = policy(
    "MEMBER_OF_A",
    "members of the group (any role) and platform admins; other members 403",
    allowed=(*_GROUP_A, PLATFORM_ADMIN),
    others=403,
)
MEMBER_OF_A_ONLY = policy(
    "MEMBER_OF_A_ONLY",
    "members of the group, for themselves; platform admins and other members 403",
    allowed=_GROUP_A,
    others=403,
)
COORDINATOR_OF_A = policy(
    "COORDINATOR_OF_A",
    "coordinators of the group and platform admins; everyone else 403",
    allowed=(COORDINATOR_A, PLATFORM_ADMIN),
    others=403,
)
GROUP_MANAGER = policy(
    "GROUP_MANAGER",
    "coordinators of the group, platform admins, or the key of the owning organisation; a "
    "partner key 403",
    allowed=(COORDINATOR_A, PLATFORM_ADMIN),
    others=403,
    partner_key=403,
    org_key=OK,
)
SELF_OR_COORDINATOR_OF_A = policy(
    "SELF_OR_COORDINATOR_OF_A",
    "the member themselves (leaving; here member A), coordinators of the group and platform "
    "admins; everyone else 403",
    allowed=(MEMBER_A, COORDINATOR_A, PLATFORM_ADMIN),
    others=403,
)
FACILITATOR_ROLE_OF_A = policy(
    "FACILITATOR_ROLE_OF_A",
    "members with the group role facilitator only; admins and everyone else 403",
    allowed=(FACILITATOR_A,),
    others=403,
)
SESSION_MEMBER = policy(
    "SESSION_MEMBER",
    "members of the session's group and platform admins; anyone else 404",
    allowed=(*_GROUP_A, PLATFORM_ADMIN),
    others=404,
)
SESSION_MEMBER_SELF = policy(
    "SESSION_MEMBER_SELF",
    "members of the session's group, for themselves; a platform admin 403 (not a member), "
    "anyone else 404",
    allowed=_GROUP_A,
    others=404,
    platform_admin=403,
)
SESSION_OWN_ANSWERS = policy(
    "SESSION_OWN_ANSWERS",
    "members of the session's group read back their own answers; anyone else 404 (there is "
    "nothing of theirs), platform admins included",
    allowed=_GROUP_A,
    others=404,
)
SESSION_COORDINATOR = policy(
    "SESSION_COORDINATOR",
    "coordinators of the session's group and platform admins; other members of the group 403, "
    "anyone else 404",
    allowed=(COORDINATOR_A, PLATFORM_ADMIN),
    others=404,
    member_a=403,
    facilitator_a=403,
)
ATTENDANCE_RECORDER = policy(
    "ATTENDANCE_RECORDER",
    "the session's facilitator, coordinators of the group and platform admins; other members "
    "403, anyone else 404",
    allowed=(COORDINATOR_A, FACILITATOR_A, PLATFORM_ADMIN),
    others=404,
    member_a=403,
)
SESSION_FACILITATOR = policy(
    "SESSION_FACILITATOR",
    "the session's facilitator only; other members and platform admins 403, anyone else 404",
    allowed=(FACILITATOR_A,),
    others=404,
    member_a=403,
    coordinator_a=403,
    platform_admin=403,
)
CASE_READER = policy(
    "CASE_READER",
    "members of the group only; anyone else 404, platform admins included (no case content "
    "for admins)",
    allowed=_GROUP_A,
    others=404,
)
CASE_EDITOR = policy(
    "CASE_EDITOR",
    "the case bringer (member A) and coordinators of the group; other members 403, anyone "
    "else 404, platform admins included",
    allowed=(MEMBER_A, COORDINATOR_A),
    others=404,
    facilitator_a=403,
)
CASE_BRINGER = policy(
    "CASE_BRINGER",
    "the case bringer (member A) only; other members 403, anyone else 404, platform admins "
    "included",
    allowed=(MEMBER_A,),
    others=404,
    coordinator_a=403,
    facilitator_a=403,
)
RUN_LEADER = policy(
    "RUN_LEADER",
    "the session's facilitator and coordinators of the group; other members 403, anyone else "
    "404, platform admins included (the runner shows case text)",
    allowed=(COORDINATOR_A, FACILITATOR_A),
    others=404,
    member_a=403,
)
JOIN_REQUEST_REVIEWER = policy(
    "JOIN_REQUEST_REVIEWER",
    "coordinators of the request's group and platform admins; anyone else 404",
    allowed=(COORDINATOR_A, PLATFORM_ADMIN),
    others=404,
)
JOIN_REQUESTER = policy(
    "JOIN_REQUESTER",
    "only the requester (an applicant who is none of these callers); anyone else 404",
    allowed=(),
    others=404,
)
OWNER_MEMBER_A = policy(
    "OWNER_MEMBER_A",
    "only its owner (member A: their notification, their event registration); anyone else "
    "404, platform admins included",
    allowed=(MEMBER_A,),
    others=404,
)
EVENT_REGISTRANT = policy(
    "EVENT_REGISTRANT",
    "any logged-in member registers themselves",
    allowed=_PEOPLE,
    others=OK,
)

# --- Routes ---------------------------------------------------------------------------------

BodyFactory = Callable[[World], Any]


@dataclass(frozen=True)
class Entry:
    policy: Policy
    json: Any = None  # a value, or a function of the world
    form: Mapping[str, str] | BodyFactory | None = None
    query: Mapping[str, str] | None = None
    refresh_cookie: bool = False  # send the caller's refresh cookie
    note: str = ""
    business: str = ""  # why an allowed caller may get a business 4xx instead of a 2xx


def e(policy: Policy, json: Any = None, **kwargs: Any) -> Entry:
    return Entry(policy, json=json, **kwargs)


def _ids(*names: str) -> BodyFactory:
    return lambda world: [str(world.member_ids[name]) for name in names]


_SESSION_ANSWERS = {
    "safety": 4,
    "structure": 4,
    "preparation": 3,
    "facilitator": 5,
    "everyone_heard": 4,
    "depth_level": 2,
    "learned": 4,
    "will_do_differently": 3,
}
_YEARLY_ANSWERS = {
    "functioning": 4,
    "balance": 4,
    "methods": 3,
    "agreements_kept": 5,
    "frequency": 4,
    "organisation": 4,
}
_GROUP = {"name": "Nieuwe matrixgroep", "mode": "online", "facilitator_type": "peer"}
_CASE = {
    "title": "Een nieuwe casus",
    "description": "Een kind dat moeilijk tot rust komt na het bezoek.",
    "core_question": "Hoe geef ik rust?",
    "topics": ["hechting"],
    "anonymised_confirmed": True,
}
_CONTRACT = {
    "attendance": "We zijn er elke keer.",
    "confidentiality": "Wat hier gezegd wordt, blijft hier.",
    "feedback": "We geven feedback met respect.",
    "which_cases": "Casussen uit ons eigen werk.",
}

SECTIONS: dict[str, dict[str, Entry]] = {
    "Platform and documentation": {
        "GET /api/v1/health": e(PUBLIC),
        "GET /api/v1/site-config": e(PUBLIC),
        "GET /api/v1/openapi.json": e(PUBLIC),
        "GET /api/v1/docs": e(PUBLIC),
        "GET /docs/oauth2-redirect": e(PUBLIC),
    },
    "Auth and own account": {
        "POST /api/v1/auth/token": e(
            PUBLIC,
            form=lambda world: {"username": world.login_email, "password": world.login_password},
        ),
        "POST /api/v1/auth/refresh": e(
            LOGGED_IN, refresh_cookie=True, note="with the caller's own refresh cookie"
        ),
        "POST /api/v1/auth/logout": e(PUBLIC),
        "POST /api/v1/auth/register": e(
            PUBLIC,
            {
                "full_name": "Nieuw Lid",
                "kind": "gezinshuisouder",
                "email": "nieuw-lid-matrix@example.nl",
                "password": "een-lang-wachtwoord-2026",
            },
        ),
        "GET /api/v1/me": e(LOGGED_IN),
        "PATCH /api/v1/me": e(LOGGED_IN, {}),
        "POST /api/v1/me/password": e(
            LOGGED_IN,
            {"current_password": "fout-wachtwoord", "new_password": "x" * 16},
            business="sent with a wrong current password: 400",
        ),
        "GET /api/v1/me/data-export": e(LOGGED_IN),
        "POST /api/v1/me/delete": e(
            LOGGED_IN,
            {"password": "correct-horse-battery"},
            business="the last coordinator of a group must hand over first: 409",
        ),
        "GET /api/v1/me/groups": e(LOGGED_IN),
        "GET /api/v1/me/join-requests": e(LOGGED_IN),
    },
    "Groups and the public finder": {
        "GET /api/v1/groups": e(PUBLIC, note="a partner key needs finder:read"),
        "GET /api/v1/groups/export.json": e(PUBLIC, note="open groups only"),
        "GET /api/v1/places": e(PUBLIC, query={"q": "Amersfoort"}),
        "POST /api/v1/groups": e(GROUP_CREATOR, _GROUP),
        "GET /api/v1/groups/{group_ref}": e(PUBLIC, note="the public group page"),
        "PATCH /api/v1/groups/{group_ref}": e(GROUP_MANAGER, {"description": "Bijgewerkt."}),
        "GET /api/v1/groups/{group_ref}/members": e(MEMBER_OF_A),
        "PATCH /api/v1/groups/{group_ref}/members/{member_id}": e(
            COORDINATOR_OF_A, {"role": "facilitator"}, note="member_id: member A"
        ),
        "DELETE /api/v1/groups/{group_ref}/members/{member_id}": e(
            SELF_OR_COORDINATOR_OF_A, note="member_id: member A"
        ),
        "GET /api/v1/groups/{group_ref}/health": e(MEMBER_OF_A),
    },
    "Joining": {
        "POST /api/v1/groups/{group_ref}/join-requests": e(
            LOGGED_IN,
            {"motivation": "Ik wil graag meedoen."},
            business="members of A already are: 409",
        ),
        "GET /api/v1/groups/{group_ref}/join-requests": e(COORDINATOR_OF_A),
        "POST /api/v1/join-requests/{request_id}/accept": e(JOIN_REQUEST_REVIEWER, {}),
        "POST /api/v1/join-requests/{request_id}/decline": e(JOIN_REQUEST_REVIEWER, {}),
        "POST /api/v1/join-requests/{request_id}/withdraw": e(JOIN_REQUESTER),
        "POST /api/v1/join-requests/{request_id}/accept-offer": e(JOIN_REQUESTER),
    },
    "Method library and topics": {
        "GET /api/v1/methods": e(PUBLIC),
        "POST /api/v1/methods/suggest": e(PUBLIC, {"situations": ["recent_incident"]}),
        "GET /api/v1/methods/{slug}": e(PUBLIC),
        "GET /api/v1/helping-questions": e(PUBLIC),
        "GET /api/v1/reflection-cards": e(PUBLIC),
        "GET /api/v1/session-phases": e(PUBLIC),
        "GET /api/v1/reflection-model": e(PUBLIC),
        "GET /api/v1/topics": e(PUBLIC),
        "GET /api/v1/topics/overview": e(PUBLIC, note="aggregates over all groups, no text"),
        "POST /api/v1/admin/topics": e(ADMIN_ONLY, {"name": "Matrixonderwerp"}),
        "PATCH /api/v1/admin/topics/{slug}": e(ADMIN_ONLY, {}),
    },
    "Sessions and attendance": {
        "POST /api/v1/groups/{group_ref}/sessions": e(
            COORDINATOR_OF_A,
            {"starts_at": "2030-03-01T18:30:00Z", "ends_at": "2030-03-01T20:30:00Z"},
        ),
        "POST /api/v1/groups/{group_ref}/sessions/series": e(
            COORDINATOR_OF_A,
            {
                "first_date": "2030-03-01",
                "start_time": "19:30",
                "end_time": "21:30",
                "interval_weeks": 6,
                "count": 2,
            },
        ),
        "GET /api/v1/groups/{group_ref}/sessions": e(MEMBER_OF_A),
        "GET /api/v1/me/sessions": e(LOGGED_IN),
        "GET /api/v1/sessions/{session_id}": e(SESSION_MEMBER),
        "GET /api/v1/sessions/{session_id}.ics": e(SESSION_MEMBER),
        "PATCH /api/v1/sessions/{session_id}": e(SESSION_COORDINATOR, {"location": "Zaal 2"}),
        "POST /api/v1/sessions/{session_id}/cancel": e(
            SESSION_COORDINATOR, {}, business="the session was held: 409"
        ),
        "PUT /api/v1/sessions/{session_id}/response": e(
            SESSION_MEMBER_SELF, {"answer": "present"}, business="the session has begun: 409"
        ),
        "GET /api/v1/sessions/{session_id}/responses": e(SESSION_MEMBER),
        "GET /api/v1/sessions/{session_id}/attendance": e(SESSION_MEMBER),
        "PUT /api/v1/sessions/{session_id}/attendance": e(
            ATTENDANCE_RECORDER,
            lambda world: {
                "present_member_ids": _ids(MEMBER_A, COORDINATOR_A, FACILITATOR_A)(world)
            },
        ),
        "POST /api/v1/sessions/{session_id}/attendance/confirm": e(
            SESSION_MEMBER, business="a platform admin is not on the list: 409"
        ),
        "GET /api/v1/sessions/{session_id}/attendance/audit": e(SESSION_COORDINATOR),
        "GET /api/v1/sessions/{session_id}/attendance.pdf": e(SESSION_MEMBER),
        "GET /api/v1/me/calendar-feed": e(LOGGED_IN),
        "POST /api/v1/me/calendar-feed": e(LOGGED_IN),
        "DELETE /api/v1/me/calendar-feed": e(LOGGED_IN),
        "GET /api/v1/calendar/{token}.ics": e(CAPABILITY_URL, note="member A's feed token"),
    },
    "SKJ evidence": {
        "GET /api/v1/me/evidence": e(LOGGED_IN),
        "GET /api/v1/me/evidence.pdf": e(LOGGED_IN),
        "GET /api/v1/me/evidence.csv": e(LOGGED_IN),
    },
    "Cases": {
        "POST /api/v1/sessions/{session_id}/cases": e(CASE_READER, _CASE),
        "GET /api/v1/sessions/{session_id}/cases": e(CASE_READER),
        "GET /api/v1/me/cases": e(LOGGED_IN, note="own cases only"),
        "GET /api/v1/cases/{case_id}": e(CASE_READER),
        "PATCH /api/v1/cases/{case_id}": e(
            CASE_EDITOR, {"title": "Nieuwe titel", "anonymised_confirmed": True}
        ),
        "DELETE /api/v1/cases/{case_id}": e(CASE_EDITOR),
        "PUT /api/v1/cases/{case_id}/outcome": e(
            CASE_BRINGER, {"insights": "Meer rust", "action_plan": []}
        ),
        "POST /api/v1/cases/{case_id}/follow-ups/{follow_up_id}/done": e(CASE_EDITOR),
        "GET /api/v1/admin/case-access-log": e(ADMIN_ONLY, note="ids only, no case content"),
    },
    "Session runner": {
        "GET /api/v1/sessions/{session_id}/run": e(CASE_READER),
        "POST /api/v1/sessions/{session_id}/run": e(
            RUN_LEADER, {"method": "incidentmethode"}, business="the run has started: 409"
        ),
        "POST /api/v1/sessions/{session_id}/run/next": e(RUN_LEADER),
        "POST /api/v1/sessions/{session_id}/run/previous": e(
            RUN_LEADER, business="the run is at its first phase: 409"
        ),
        "POST /api/v1/sessions/{session_id}/run/draw-card": e(RUN_LEADER),
        "PUT /api/v1/sessions/{session_id}/run/notes": e(
            CASE_READER, {"text": "Aantekening", "version": 0}
        ),
        "POST /api/v1/sessions/{session_id}/run/finish": e(RUN_LEADER),
    },
    "Evaluations": {
        "GET /api/v1/evaluations/questions": e(PUBLIC),
        "GET /api/v1/me/evaluations/pending": e(LOGGED_IN),
        "GET /api/v1/sessions/{session_id}/evaluation": e(
            SESSION_OWN_ANSWERS, note="own answers only"
        ),
        "PUT /api/v1/sessions/{session_id}/evaluation": e(SESSION_MEMBER_SELF, _SESSION_ANSWERS),
        "GET /api/v1/sessions/{session_id}/evaluations/summary": e(SESSION_MEMBER),
        "GET /api/v1/sessions/{session_id}/evaluations/shared-comments": e(SESSION_FACILITATOR),
        "GET /api/v1/evaluations/by-token/{token}": e(
            CAPABILITY_URL, note="member A's personal link"
        ),
        "POST /api/v1/evaluations/by-token/{token}": e(
            CAPABILITY_URL, _SESSION_ANSWERS, business="member A answered already: 409"
        ),
        "GET /api/v1/groups/{group_ref}/yearly-evaluation/{year}": e(
            MEMBER_OF_A_ONLY, note="own answers only"
        ),
        "PUT /api/v1/groups/{group_ref}/yearly-evaluation/{year}": e(
            MEMBER_OF_A_ONLY, _YEARLY_ANSWERS
        ),
        "GET /api/v1/groups/{group_ref}/yearly-evaluations/{year}/summary": e(MEMBER_OF_A),
        "GET /api/v1/groups/{group_ref}/yearly-evaluations/{year}/shared-comments": e(
            FACILITATOR_ROLE_OF_A
        ),
    },
    "Group contract": {
        "GET /api/v1/contract-template": e(PUBLIC),
        "GET /api/v1/groups/{group_ref}/contract": e(MEMBER_OF_A),
        "GET /api/v1/groups/{group_ref}/contract/versions": e(MEMBER_OF_A),
        "PUT /api/v1/groups/{group_ref}/contract/draft": e(COORDINATOR_OF_A, _CONTRACT),
        "DELETE /api/v1/groups/{group_ref}/contract/draft": e(COORDINATOR_OF_A),
        "POST /api/v1/groups/{group_ref}/contract/publish": e(COORDINATOR_OF_A),
        "POST /api/v1/groups/{group_ref}/contract/agree": e(MEMBER_OF_A_ONLY, {"version": 1}),
    },
    "Thematic events": {
        "GET /api/v1/events": e(PUBLIC),
        "GET /api/v1/events/manage": e(ADMIN_ONLY),
        "GET /api/v1/events/coach-candidates": e(ADMIN_ONLY, query={"q": "Chris"}),
        "POST /api/v1/events": e(
            ADMIN_ONLY,
            {
                "starts_at": "2030-04-01T18:00:00Z",
                "ends_at": "2030-04-01T20:30:00Z",
                "theme": "Hechting",
                "title": "Hechting in het gezinshuis",
                "expert_name": "Dr. Jan Jansen",
                "capacity": 30,
            },
        ),
        "GET /api/v1/me/events": e(LOGGED_IN),
        "GET /api/v1/events/{event_id}": e(PUBLIC, note="published; drafts 404 except admins"),
        "GET /api/v1/events/{event_id}.ics": e(
            OWNER_MEMBER_A, note="registered participants and coaches"
        ),
        "GET /api/v1/events/{event_id}/manage": e(ADMIN_ONLY),
        "PATCH /api/v1/events/{event_id}": e(ADMIN_ONLY, {}),
        "POST /api/v1/events/{event_id}/coaches": e(
            ADMIN_ONLY, lambda world: {"member_id": str(world.member_ids[FACILITATOR_A])}
        ),
        "DELETE /api/v1/events/{event_id}/coaches/{member_id}": e(
            ADMIN_ONLY, business="the coach leads room 1 and there is no reserve coach: 409"
        ),
        "GET /api/v1/events/{event_id}/registrations": e(ADMIN_ONLY),
        "POST /api/v1/events/{event_id}/registrations": e(
            EVENT_REGISTRANT, {}, business="member A is registered already: 409"
        ),
        "GET /api/v1/events/{event_id}/my-registration": e(OWNER_MEMBER_A),
        "DELETE /api/v1/events/{event_id}/registrations/me": e(OWNER_MEMBER_A),
        "POST /api/v1/events/{event_id}/rooms/assign": e(ADMIN_ONLY),
        "GET /api/v1/events/{event_id}/rooms": e(
            ADMIN_ONLY, note="and the event's coaches, for their rooms"
        ),
        "POST /api/v1/events/{event_id}/rooms/move": e(
            ADMIN_ONLY,
            lambda world: {"registration_id": world.params["registration_id"], "room_number": 1},
        ),
        "PUT /api/v1/events/{event_id}/attendance": e(
            ADMIN_ONLY,
            lambda world: {
                "records": [{"registration_id": world.params["registration_id"], "attended": True}]
            },
            note="and coaches, for their rooms",
            business="the event has not taken place yet",
        ),
    },
    "Notifications": {
        "GET /api/v1/me/notifications": e(LOGGED_IN),
        "POST /api/v1/me/notifications/read-all": e(LOGGED_IN),
        "POST /api/v1/me/notifications/{notification_id}/read": e(OWNER_MEMBER_A),
        "GET /api/v1/me/notification-preferences": e(LOGGED_IN),
        "PUT /api/v1/me/notification-preferences": e(LOGGED_IN, {"items": []}),
    },
    "Webhooks and API keys": {
        "POST /api/v1/admin/webhooks": e(
            ADMIN_ONLY,
            {"url": "https://hooks.partner.example/nieuw", "events": ["group.changed"]},
        ),
        "GET /api/v1/admin/webhooks": e(ADMIN_ONLY),
        "PATCH /api/v1/admin/webhooks/{webhook_id}": e(ADMIN_ONLY, {}),
        "DELETE /api/v1/admin/webhooks/{webhook_id}": e(ADMIN_ONLY),
        "GET /api/v1/admin/webhooks/{webhook_id}/deliveries": e(ADMIN_ONLY),
        "POST /api/v1/admin/webhooks/{webhook_id}/test": e(ADMIN_ONLY),
        "POST /api/v1/admin/api-keys": e(ADMIN_ONLY, {"name": "Nieuwe sleutel", "kind": "partner"}),
        "GET /api/v1/admin/api-keys": e(ADMIN_ONLY),
        "GET /api/v1/admin/api-keys/{key_id}/uses": e(ADMIN_ONLY),
        "DELETE /api/v1/admin/api-keys/{key_id}": e(ADMIN_ONLY),
    },
    "Bulk exchange, research and audit": {
        "GET /api/v1/integrations/groups.csv": e(ADMIN_OR_ORG_KEY),
        "GET /api/v1/integrations/groups.json": e(ADMIN_OR_ORG_KEY),
        "POST /api/v1/integrations/groups/import": e(
            ADMIN_OR_ORG_KEY, {"items": []}, business="an empty file is refused: 422"
        ),
        "GET /api/v1/admin/research/dashboard": e(ADMIN_ONLY),
        "GET /api/v1/admin/research/export.csv": e(ADMIN_ONLY),
        "GET /api/v1/research/summary": e(PUBLIC, note="aggregates with minimum cell sizes"),
        "GET /api/v1/admin/audit-log": e(ADMIN_ONLY),
    },
}


def entries() -> dict[str, Entry]:
    """Every route key ("METHOD /path") with its entry; a key in two sections is an error."""
    merged: dict[str, Entry] = {}
    for section in SECTIONS.values():
        for key, entry in section.items():
            assert key not in merged, f"{key} is listed twice"
            merged[key] = entry
    return merged


def policies() -> list[Policy]:
    seen: dict[str, Policy] = {}
    for entry in entries().values():
        seen.setdefault(entry.policy.name, entry.policy)
    return list(seen.values())
