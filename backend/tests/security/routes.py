"""Walk the app's routes (never listed by hand) and fill their path parameters from world A."""

import re
from collections.abc import Mapping

from fastapi import FastAPI
from fastapi.routing import iter_route_contexts

_PARAM = re.compile(r"{([^}:]+)(?::[^}]+)?}")

# Parameter names that mean different objects on different routes: (path prefix, name) -> key
# in World.params. Everything else is looked up by its own name.
_BY_PREFIX: tuple[tuple[str, str, str], ...] = (
    ("/api/v1/groups/{group_ref}/members/", "member_id", "group_member_id"),
    ("/api/v1/events/{event_id}/coaches/", "member_id", "coach_member_id"),
    ("/api/v1/methods/", "slug", "method_slug"),
    ("/api/v1/admin/topics/", "slug", "topic_slug"),
    ("/api/v1/calendar/", "token", "calendar_token"),
    ("/api/v1/evaluations/by-token/", "token", "evaluation_token"),
)


def app_routes(app: FastAPI) -> list[tuple[str, str]]:
    """Every (method, path template) the app answers, HEAD left out (it mirrors GET)."""
    found: set[tuple[str, str]] = set()
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        path = getattr(context, "path", None) or getattr(route, "path", None)
        methods = getattr(route, "methods", None)
        if not path or not methods:
            continue  # mounts (the SPA) and websockets carry no method list
        for method in methods:
            if method != "HEAD":
                found.add((method, path))
    return sorted(found, key=lambda item: (item[1], item[0]))


def path_params(path: str) -> list[str]:
    return _PARAM.findall(path)


def fill_path(path: str, params: Mapping[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        for prefix, param, key in _BY_PREFIX:
            if param == name and path.startswith(prefix):
                return params[key]
        if name not in params:
            raise KeyError(f"No world object for path parameter {name!r} in {path}")
        return params[name]

    return _PARAM.sub(value, path)
