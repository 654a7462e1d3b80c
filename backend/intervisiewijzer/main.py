"""The app factory: routers under /api/v1, problem+json errors, CORS and the SPA."""

import logging
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from intervisiewijzer.apikeys.middleware import ApiKeyUseLog, PartnerCORSMiddleware
from intervisiewijzer.apikeys.router import router as apikeys_router
from intervisiewijzer.auth.router import router as auth_router
from intervisiewijzer.cases.router import router as cases_router
from intervisiewijzer.cases.router import topics_router
from intervisiewijzer.config import Settings, get_settings
from intervisiewijzer.contracts.router import router as contracts_router
from intervisiewijzer.errors import PROBLEM_MEDIA_TYPE, install_problem_handlers
from intervisiewijzer.evaluations.router import router as evaluations_router
from intervisiewijzer.events.router import router as events_router
from intervisiewijzer.evidence.router import router as evidence_router
from intervisiewijzer.grouphealth.router import router as grouphealth_router
from intervisiewijzer.groups.router import router as groups_router
from intervisiewijzer.health.router import router as health_router
from intervisiewijzer.integrations.router import router as integrations_router
from intervisiewijzer.members.router import router as members_router
from intervisiewijzer.memberships.router import router as memberships_router
from intervisiewijzer.methods.router import router as methods_router
from intervisiewijzer.notifications.router import router as notifications_router
from intervisiewijzer.privacy.router import router as privacy_router
from intervisiewijzer.ratelimit import RateLimiter
from intervisiewijzer.research.router import router as research_router
from intervisiewijzer.runner.router import router as runner_router
from intervisiewijzer.sessions.router import attendance_router, calendar_router
from intervisiewijzer.sessions.router import router as sessions_router
from intervisiewijzer.site.router import router as site_router
from intervisiewijzer.webhooks.router import router as webhooks_router

API_PREFIX = "/api/v1"


def operation_id(route: APIRoute) -> str:
    """`tag-name` ids give the generated client clean method names."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def api_router() -> APIRouter:
    router = APIRouter(prefix=API_PREFIX)
    for domain_router in (
        health_router,
        site_router,
        auth_router,
        members_router,
        groups_router,
        memberships_router,
        methods_router,
        events_router,
        sessions_router,
        attendance_router,
        calendar_router,
        evidence_router,
        notifications_router,
        webhooks_router,
        apikeys_router,
        integrations_router,
        evaluations_router,
        contracts_router,
        grouphealth_router,
        research_router,
        cases_router,
        topics_router,
        runner_router,
        privacy_router,
    ):
        router.include_router(domain_router)
    return router


class SinglePageApp(StaticFiles):
    """Serves the built SPA; unknown paths get index.html so client-side routes work."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        try:
            return await super().get_response(path, scope)
        except StarletteHTTPException as exc:
            if exc.status_code != 404 or path.startswith("api/"):
                raise
            return await super().get_response("index.html", scope)


def _problem_validation_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """FastAPI documents 422 with its own shape; ours is a problem+json document."""
    problem_schema = {"$ref": "#/components/schemas/Problem"}
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            # `problem_responses()` entries: FastAPI files their model under application/json,
            # but errors are sent as application/problem+json; the schema belongs there.
            for documented in operation.get("responses", {}).values():
                content = documented.get("content", {})
                if PROBLEM_MEDIA_TYPE in content and not content[PROBLEM_MEDIA_TYPE]:
                    content.pop("application/json", None)
                    content[PROBLEM_MEDIA_TYPE] = {"schema": problem_schema}
            response = operation.get("responses", {}).get("422")
            if response is not None:
                response["description"] = "Ongeldige invoer"
                response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": problem_schema}}
    components = schema.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    return schema


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    logging.basicConfig(level=settings.log_level)
    app = FastAPI(
        title="Intervisiewijzer API",
        version="1.0.0",
        description=(
            "Vind, start en draai intervisiegroepen voor gezinshuisouders. "
            "Fouten zijn RFC 9457 problem+json-documenten."
        ),
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        generate_unique_id_function=operation_id,
    )
    install_problem_handlers(app)
    app.state.rate_limiter = RateLimiter(settings)
    app.add_middleware(ApiKeyUseLog)
    # Added last, so it wraps the use log and error answers carry CORS headers too.
    app.add_middleware(
        PartnerCORSMiddleware,
        static_origins=settings.cors_origins,
        cache_seconds=settings.partner_origin_cache_seconds,
    )
    app.include_router(api_router())
    _install_openapi(app)
    _mount_spa(app, settings.static_dir)
    return app


def _install_openapi(app: FastAPI) -> None:
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _problem_validation_schema(original())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _mount_spa(app: FastAPI, static_dir: Path | None) -> None:
    if static_dir is not None and (static_dir / "index.html").is_file():
        app.mount("/", SinglePageApp(directory=static_dir, html=True), name="spa")


app = create_app()
