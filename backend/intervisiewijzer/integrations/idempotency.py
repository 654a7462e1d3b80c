"""Idempotency-Key for writes: a repeat of the same request (same caller, key and body)
gets the stored answer instead of being carried out again; the same key with another body
is refused (422). Use it in any write endpoint:

    def create_thing(..., caller: MemberOrKeyCaller, idempotency: IdempotencyDep, data: X):
        if (replay := idempotency.replay(caller.ref, data)) is not None:
            return replay
        ...write...
        idempotency.remember(201, body)
        session.commit()

The record is written in the same transaction as the write, so either both are stored or
neither. Only successful answers are stored: after an error the client may fix the request
and send it again with the same key. Two identical requests at the same moment: one wins,
the other gets a 409 from the unique (caller, key) constraint.
"""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import delete
from sqlmodel import Session, col, select

from intervisiewijzer.auth.dependencies import SettingsDep
from intervisiewijzer.common import utcnow
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import InvalidInputError
from intervisiewijzer.integrations.models import IdempotencyRecord

IDEMPOTENCY_HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"


class IdempotencyKeyReusedError(InvalidInputError):
    slug = "idempotency-key-hergebruikt"
    title = "Idempotency-Key al gebruikt"


@dataclass
class IdempotentWrite:
    session: Session
    key: str | None
    target: str  # method and path: a key used on another endpoint is a different request
    ttl: timedelta
    _caller: str = field(default="", init=False)
    _request_hash: str = field(default="", init=False)

    def replay(self, caller: str, payload: BaseModel | bytes) -> Response | None:
        """The stored answer when this exact request was handled before, else None."""
        if self.key is None:
            return None
        self._caller = caller
        self._request_hash = self._hash(payload)
        record = self.session.exec(
            select(IdempotencyRecord).where(
                IdempotencyRecord.caller == caller, IdempotencyRecord.key == self.key
            )
        ).first()
        if record is None:
            return None
        if record.expires_at <= utcnow():
            self.session.delete(record)
            self.session.flush()
            return None
        if record.request_hash != self._request_hash:
            raise IdempotencyKeyReusedError(
                "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor "
                "elk nieuw verzoek een nieuwe sleutel."
            )
        headers = {**json.loads(record.response_headers), REPLAYED_HEADER: "true"}
        return Response(
            content=record.response_body,
            status_code=record.status_code,
            media_type="application/json",
            headers=headers,
        )

    def remember(
        self, status_code: int, body: BaseModel, headers: dict[str, str] | None = None
    ) -> None:
        """Store the answer; call before the commit that stores the write itself."""
        if self.key is None:
            return
        assert self._caller, "call replay() first"
        now = utcnow()
        self.session.execute(
            delete(IdempotencyRecord).where(col(IdempotencyRecord.expires_at) <= now)
        )
        self.session.add(
            IdempotencyRecord(
                caller=self._caller,
                key=self.key,
                request_hash=self._request_hash,
                status_code=status_code,
                response_body=body.model_dump_json(),
                response_headers=json.dumps(headers or {}),
                created_at=now,
                expires_at=now + self.ttl,
            )
        )
        self.session.flush()

    def _hash(self, payload: BaseModel | bytes) -> str:
        content = payload.model_dump_json().encode() if isinstance(payload, BaseModel) else payload
        digest = hashlib.sha256(self.target.encode())
        digest.update(b"\0")
        digest.update(content)
        return digest.hexdigest()


def idempotent_write(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    key: Annotated[
        str | None,
        Header(
            alias=IDEMPOTENCY_HEADER,
            min_length=1,
            max_length=255,
            description="Eigen unieke sleutel per verzoek; een herhaling krijgt hetzelfde "
            "antwoord zonder dat het verzoek opnieuw wordt uitgevoerd (24 uur)",
        ),
    ] = None,
) -> IdempotentWrite:
    return IdempotentWrite(
        session=session,
        key=key,
        target=f"{request.method} {request.url.path}",
        ttl=timedelta(hours=settings.idempotency_hours),
    )


IdempotencyDep = Annotated[IdempotentWrite, Depends(idempotent_write)]
