"""The worker's webhook step: POST due deliveries, signed, with retries and backoff."""

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from cryptography.fernet import InvalidToken
from sqlmodel import Session, col, select

from intervisiewijzer.config import Settings, get_settings
from intervisiewijzer.errors import InvalidInputError
from intervisiewijzer.webhooks.models import DeliveryStatus, WebhookDelivery, WebhookSubscription
from intervisiewijzer.webhooks.signing import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    decrypt_secret,
    signature,
)
from intervisiewijzer.webhooks.urls import Resolver, check_webhook_url, system_resolver

logger = logging.getLogger(__name__)

# Wait after the 1st, 2nd, ... failed attempt; after the last one the delivery has failed.
RETRY_DELAYS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=12),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
TIMEOUT_SECONDS = 5.0
BATCH_SIZE = 50
USER_AGENT = "Intervisiewijzer-Webhooks/1.0"


class DeliveryError(Exception):
    """A failed attempt; the message is safe to store (never the URL, secret or body)."""

    def __init__(
        self, message: str, response_status: int | None = None, *, permanent: bool = False
    ) -> None:
        super().__init__(message)
        self.response_status = response_status
        self.permanent = permanent


@dataclass
class DeliveryRun:
    delivered: int = 0
    retrying: int = 0
    failed: int = 0


def raw_body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def run_once(
    session: Session,
    now: datetime,
    *,
    transport: httpx.BaseTransport | None = None,
    resolve: Resolver = system_resolver,
    settings: Settings | None = None,
) -> DeliveryRun:
    """Try every due delivery once. `transport` and `resolve` are for tests."""
    settings = settings or get_settings()
    run = DeliveryRun()
    due = _due(session, now)
    if not due:
        return run
    with httpx.Client(
        transport=transport, timeout=TIMEOUT_SECONDS, follow_redirects=False
    ) as client:
        for delivery, subscription in due:
            try:
                delivery.response_status = _post(client, delivery, subscription, resolve, settings)
            except DeliveryError as error:
                _record_failure(delivery, error, now)
                if delivery.status == DeliveryStatus.failed:
                    run.failed += 1
                else:
                    run.retrying += 1
            else:
                delivery.attempts += 1
                delivery.status, delivery.delivered_at = DeliveryStatus.delivered, now
                delivery.last_error = None
                run.delivered += 1
            session.add(delivery)
    session.flush()
    return run


def _due(session: Session, now: datetime) -> list[tuple[WebhookDelivery, WebhookSubscription]]:
    rows = session.exec(
        select(WebhookDelivery, WebhookSubscription)
        .join(WebhookSubscription, col(WebhookSubscription.id) == WebhookDelivery.subscription_id)
        .where(
            WebhookDelivery.status == DeliveryStatus.pending,
            WebhookDelivery.next_attempt_at <= now,
        )
        .order_by(col(WebhookDelivery.next_attempt_at), col(WebhookDelivery.id))
        .limit(BATCH_SIZE)
        .with_for_update(skip_locked=True, of=WebhookDelivery)
    ).all()
    return [(delivery, subscription) for delivery, subscription in rows]


def _post(
    client: httpx.Client,
    delivery: WebhookDelivery,
    subscription: WebhookSubscription,
    resolve: Resolver,
    settings: Settings,
) -> int:
    if not subscription.active:
        raise DeliveryError("subscription_inactive", permanent=True)
    try:
        # Checked again now: DNS may point somewhere else than when it was registered.
        check_webhook_url(subscription.url, resolve)
    except InvalidInputError as error:
        raise DeliveryError("unsafe_or_unknown_address") from error
    try:
        secret = decrypt_secret(settings, subscription.secret_encrypted)
    except InvalidToken as error:
        raise DeliveryError("secret_unreadable", permanent=True) from error
    body = raw_body(delivery.payload)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        SIGNATURE_HEADER: signature(secret, body),
        EVENT_HEADER: delivery.event,
        DELIVERY_HEADER: str(delivery.id),
    }
    try:
        response = client.post(subscription.url, content=body, headers=headers)
    except httpx.HTTPError as error:
        raise DeliveryError(type(error).__name__) from error
    if not response.is_success:
        raise DeliveryError(f"HTTP {response.status_code}", response.status_code)
    return response.status_code


def _record_failure(delivery: WebhookDelivery, error: DeliveryError, now: datetime) -> None:
    delivery.attempts += 1
    delivery.last_error = str(error)
    delivery.response_status = error.response_status
    if error.permanent or delivery.attempts >= MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.failed
        logger.warning(
            "Webhook delivery %s failed for good after %d attempt(s): %s",
            delivery.id,
            delivery.attempts,
            delivery.last_error,
        )
        return
    delivery.next_attempt_at = now + RETRY_DELAYS[delivery.attempts - 1]
    logger.info(
        "Webhook delivery %s not delivered (attempt %d): %s",
        delivery.id,
        delivery.attempts,
        delivery.last_error,
    )
