"""The worker's webhook step, against httpx.MockTransport: signed bodies, retries, backoff."""

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta

import httpx
from sqlmodel import Session

from intervisiewijzer.webhooks import delivery, service
from intervisiewijzer.webhooks.models import DeliveryStatus, WebhookDelivery
from intervisiewijzer.webhooks.signing import verify
from tests.webhooks.helpers import FakeResolver, subscribe

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


class Receiver:
    """A partner endpoint: records requests and answers with the given statuses in turn."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses) or [200]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return httpx.Response(status, headers={"Location": "https://elsewhere.example/"})

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def ping(session: Session, **subscription: object) -> tuple[WebhookDelivery, str]:
    created, secret = subscribe(session, ["group.changed"], **subscription)  # type: ignore[arg-type]
    queued = service.queue_ping(session, created)
    queued.next_attempt_at = NOW
    session.flush()
    return queued, secret


def run(session: Session, receiver: Receiver, at: datetime = NOW, **kwargs: object):  # type: ignore[no-untyped-def]
    options = {"transport": receiver.transport, "resolve": FakeResolver(), **kwargs}
    return delivery.run_once(session, at, **options)  # type: ignore[arg-type]


def test_signed_delivery(session: Session) -> None:
    queued, secret = ping(session)
    receiver = Receiver(204)
    assert run(session, receiver) == delivery.DeliveryRun(delivered=1)

    [request] = receiver.requests
    assert (request.method, str(request.url)) == (
        "POST",
        "https://hooks.partner.example/intervisie",
    )
    body = request.content
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert request.headers["X-Intervisiewijzer-Signature"] == expected
    assert verify(secret, body, request.headers["X-Intervisiewijzer-Signature"])
    assert request.headers["X-Intervisiewijzer-Event"] == "ping"
    assert request.headers["X-Intervisiewijzer-Delivery"] == str(queued.id)
    assert request.headers["Content-Type"] == "application/json"
    envelope = json.loads(body)
    assert set(envelope) == {"id", "type", "created_at", "data"}
    assert envelope == queued.payload
    assert (queued.status, queued.response_status, queued.delivered_at, queued.attempts) == (
        DeliveryStatus.delivered,
        204,
        NOW,
        1,
    )


def test_failures_back_off_then_give_up(session: Session) -> None:
    queued, _ = ping(session)
    receiver = Receiver(500)
    moment = NOW
    for attempt, wait in enumerate(delivery.RETRY_DELAYS, start=1):
        assert run(session, receiver, moment) == delivery.DeliveryRun(retrying=1)
        assert (queued.attempts, queued.status) == (attempt, DeliveryStatus.pending)
        assert (queued.response_status, queued.last_error) == (500, "HTTP 500")
        assert queued.next_attempt_at == moment + wait
        # a moment before it is due, nothing happens
        assert (
            run(session, receiver, moment + wait - timedelta(seconds=1)) == delivery.DeliveryRun()
        )
        moment += wait
    assert run(session, receiver, moment) == delivery.DeliveryRun(failed=1)
    assert (queued.status, queued.attempts) == (DeliveryStatus.failed, delivery.MAX_ATTEMPTS)
    assert len(receiver.requests) == 6
    assert [d.total_seconds() / 60 for d in delivery.RETRY_DELAYS] == [1, 5, 30, 120, 720]


def test_a_retry_can_succeed(session: Session) -> None:
    queued, _ = ping(session)
    receiver = Receiver(503, 200)
    run(session, receiver)
    run(session, receiver, NOW + timedelta(minutes=1))
    assert (queued.status, queued.attempts, queued.last_error) == (
        DeliveryStatus.delivered,
        2,
        None,
    )


def test_network_errors_and_redirects_are_failures_without_the_url(session: Session) -> None:
    queued, _ = ping(session, url="https://hooks.partner.example/hook?token=geheim")

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out connecting to hooks.partner.example", request=request)

    delivery.run_once(
        session, NOW, transport=httpx.MockTransport(unreachable), resolve=FakeResolver()
    )
    assert (queued.last_error, queued.response_status) == ("ConnectTimeout", None)

    redirecting = Receiver(302)
    run(session, redirecting, NOW + timedelta(minutes=1))
    assert (queued.last_error, queued.response_status) == ("HTTP 302", 302)
    assert len(redirecting.requests) == 1  # the redirect was not followed


def test_address_is_checked_again_before_sending(session: Session) -> None:
    queued, _ = ping(session)
    receiver = Receiver(200)
    rebound = FakeResolver({"hooks.partner.example": ["10.0.0.7"]})
    run(session, receiver, resolve=rebound)
    assert receiver.requests == []
    assert (queued.status, queued.last_error) == (
        DeliveryStatus.pending,
        "unsafe_or_unknown_address",
    )


def test_switched_off_subscription_is_not_called(session: Session) -> None:
    queued, _ = ping(session, active=False)
    receiver = Receiver(200)
    assert run(session, receiver) == delivery.DeliveryRun(failed=1)
    assert receiver.requests == []
    assert (queued.status, queued.last_error) == (DeliveryStatus.failed, "subscription_inactive")
