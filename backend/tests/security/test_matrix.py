"""Authorization matrix (issue #9): every route of the app, walked from the app itself, called
by every caller with the objects of group A, against the outcome documented in matrix.py.

A route without an entry fails (add it to tests/security/matrix.py and regenerate
docs/authorization.md); so does an entry whose route is gone."""

import uuid
from typing import Any

import pytest

from intervisiewijzer.main import create_app
from tests.security.matrix import OK, Entry, Outcome, entries
from tests.security.rig import MatrixRig, record_cells
from tests.security.routes import app_routes, fill_path, path_params
from tests.security.world import (
    ANONYMOUS,
    CALLERS,
    COORDINATOR_B,
    MEMBER_A,
    MEMBER_B,
    ORG_ADMIN,
    ORG_KEY,
    PARTNER_KEY,
    PLATFORM_ADMIN,
    World,
)

ROUTE_KEYS = [f"{method} {path}" for method, path in app_routes(create_app())]
ENTRIES = entries()
MATRIX_FILE = "backend/tests/security/matrix.py"


WRITES = ("POST", "PUT", "PATCH", "DELETE")
INVALID_BODY = ["not", "an", "object"]


def _mismatch(caller: str, expected: Outcome, response: Any, what: str = "") -> str:
    return (
        f"  {caller:<15} expected {expected!s:<4} got {response.status_code}{what}: "
        f"{response.text[:160]}"
    )


def matches(outcome: Outcome, status: int, business: str = "") -> bool:
    if outcome == OK:
        if business:
            return status < 500 and status not in (401, 403, 404)
        return 200 <= status < 300
    return status == outcome


def request_kwargs(entry: Entry, world: World, caller: str) -> dict[str, Any]:
    headers = dict(world.headers[caller])
    kwargs: dict[str, Any] = {}
    if entry.json is not None:
        kwargs["json"] = entry.json(world) if callable(entry.json) else entry.json
    if entry.form is not None:
        kwargs["data"] = entry.form(world) if callable(entry.form) else entry.form
    if entry.query is not None:
        kwargs["params"] = entry.query
    if entry.refresh_cookie and caller in world.refresh_tokens:
        headers["Cookie"] = f"iw_refresh={world.refresh_tokens[caller]}"
    kwargs["headers"] = headers
    return kwargs


@pytest.mark.parametrize("route", ROUTE_KEYS)
def test_route(rig: MatrixRig, route: str) -> None:
    entry = ENTRIES.get(route)
    if entry is None:
        pytest.fail(
            f"{route} has no entry in the authorization matrix: add it to {MATRIX_FILE} with "
            "the documented policy, then run `cd backend && .venv/bin/python -m "
            "tests.security.render_matrix`."
        )
    method, path = route.split(" ", 1)
    url = fill_path(path, rig.world.params)
    wrong: list[str] = []
    probes = 0
    for caller in CALLERS:
        kwargs = request_kwargs(entry, rig.world, caller)
        response = rig.call(method, url, **kwargs)
        expected = entry.policy.outcomes[caller]
        if not matches(expected, response.status_code, entry.business):
            wrong.append(_mismatch(caller, expected, response))
        if expected != OK and method in WRITES:
            # Denied before the body is looked at: an invalid body gets the same answer.
            kwargs.pop("data", None)
            response = rig.call(method, url, **{**kwargs, "json": INVALID_BODY})
            probes += 1
            if not matches(expected, response.status_code):
                wrong.append(_mismatch(caller, expected, response, " (invalid body)"))
    record_cells(len(CALLERS), probes)
    assert not wrong, f"{route} [{entry.policy.name}]\n" + "\n".join(wrong)


def test_every_entry_names_an_existing_route() -> None:
    stale = sorted(set(ENTRIES) - set(ROUTE_KEYS))
    assert not stale, f"Entries in {MATRIX_FILE} for routes that no longer exist: {stale}"


def test_every_path_parameter_has_a_world_object() -> None:
    names = {name for key in ROUTE_KEYS for name in path_params(key.split(" ", 1)[1])}
    known = {
        "group_ref",
        "member_id",
        "request_id",
        "slug",
        "event_id",
        "session_id",
        "case_id",
        "follow_up_id",
        "token",
        "notification_id",
        "webhook_id",
        "key_id",
        "year",
    }
    assert names <= known, f"New path parameters need a world object: {sorted(names - known)}"


def test_cell_count() -> None:
    """routes × callers; printed in the terminal summary as well."""
    cells = len(ROUTE_KEYS) * len(CALLERS)
    assert len(CALLERS) == 10
    assert all(set(entry.policy.outcomes) == set(CALLERS) for entry in ENTRIES.values())
    assert cells == len(ENTRIES) * len(CALLERS), "routes and entries differ; see the other tests"
    print(f"authorization matrix: {len(ROUTE_KEYS)} routes x {len(CALLERS)} callers = {cells}")


ORG_KEY_POLICIES = (
    "PUBLIC",
    "CAPABILITY_URL",
    "GROUP_CREATOR",
    "GROUP_MANAGER",
    "ADMIN_OR_ORG_KEY",
)


def test_no_anonymous_or_key_access_to_private_data() -> None:
    """A guard on the table itself: only public routes and capability URLs are open to
    anonymous callers and partner keys; an organisation key adds only its own groups."""
    for route, entry in ENTRIES.items():
        if any(entry.policy.outcomes[c] == OK for c in (ANONYMOUS, PARTNER_KEY)):
            assert entry.policy.name in ("PUBLIC", "CAPABILITY_URL"), route
        if entry.policy.outcomes[ORG_KEY] == OK:
            assert entry.policy.name in ORG_KEY_POLICIES, route


# Routes on objects of group A that a member of group B may use: the public group page, and
# asking to join.
OPEN_TO_OTHER_GROUPS = {
    "GET /api/v1/groups/{group_ref}",
    "POST /api/v1/groups/{group_ref}/join-requests",
}
GROUP_OBJECT_PARAMS = {"group_ref", "session_id", "case_id", "request_id", "notification_id"}


def test_members_of_other_groups_are_denied_every_object_of_group_a() -> None:
    for route, entry in ENTRIES.items():
        params = set(path_params(route.split(" ", 1)[1]))
        if params & GROUP_OBJECT_PARAMS and route not in OPEN_TO_OTHER_GROUPS:
            assert entry.policy.outcomes[MEMBER_B] in (403, 404), route
            assert entry.policy.outcomes[COORDINATOR_B] in (403, 404), route
            assert entry.policy.outcomes[ORG_ADMIN] in (403, 404), route


def test_platform_admins_never_reach_case_content() -> None:
    for route, entry in ENTRIES.items():
        path = route.split(" ", 1)[1]
        if "/cases/" in path or path.endswith("/cases") or "/run" in path:
            if path in ("/api/v1/me/cases",):
                continue
            assert entry.policy.outcomes[PLATFORM_ADMIN] == 404, route


def _unknown_params(world: World) -> dict[str, str]:
    unknown = {name: str(uuid.uuid4()) for name in world.params}
    unknown.update(
        {
            "year": world.params["year"],
            "group_ref": "een-groep-die-niet-bestaat",
            "method_slug": "een-methode-die-niet-bestaat",
            "topic_slug": "een-onderwerp-dat-niet-bestaat",
            "calendar_token": "een-token-dat-niet-bestaat-" + "x" * 20,
            "evaluation_token": "een-token-dat-niet-bestaat-" + "x" * 20,
        }
    )
    return unknown


@pytest.mark.parametrize("caller", [MEMBER_A, PLATFORM_ADMIN])
def test_unknown_objects_are_never_found(rig: MatrixRig, caller: str) -> None:
    """Every route with a path parameter, called with ids and slugs that do not exist: 404
    (or a denial that comes first), never a 2xx and never a 5xx."""
    unknown = _unknown_params(rig.world)
    wrong = []
    for key in ROUTE_KEYS:
        method, path = key.split(" ", 1)
        if not path_params(path) or key not in ENTRIES:
            continue
        kwargs = request_kwargs(ENTRIES[key], rig.world, caller)
        response = rig.call(method, fill_path(path, unknown), **kwargs)
        if response.status_code not in (403, 404):
            wrong.append(f"{key}: {response.status_code} {response.text[:160]}")
    assert not wrong, "\n".join(wrong)


def test_organisation_key_cannot_manage_another_organisations_group(rig: MatrixRig) -> None:
    """Group B belongs to another organisation: O's key gets 403, before the body is read."""
    url = f"/api/v1/groups/{rig.world.params['group_b_ref']}"
    headers = rig.world.headers[ORG_KEY]
    assert rig.call("PATCH", url, json={"description": "Van O"}, headers=headers).status_code == 403
    assert rig.call("PATCH", url, json=INVALID_BODY, headers=headers).status_code == 403
