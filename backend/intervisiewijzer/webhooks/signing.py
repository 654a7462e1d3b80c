"""Webhook secrets: made once, stored encrypted, used to sign every body with HMAC-SHA256."""

import base64
import hashlib
import hmac
import secrets

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intervisiewijzer.config import Settings

SIGNATURE_HEADER = "X-Intervisiewijzer-Signature"
EVENT_HEADER = "X-Intervisiewijzer-Event"
DELIVERY_HEADER = "X-Intervisiewijzer-Delivery"


def new_webhook_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def _fernet(settings: Settings) -> Fernet:
    # A key of its own, derived from the data-at-rest key, so the two are never the same.
    key = HKDF(
        algorithm=SHA256(), length=32, salt=None, info=b"intervisiewijzer webhook secrets"
    ).derive(settings.case_encryption_key.encode())
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt_secret(settings: Settings, secret: str) -> str:
    return _fernet(settings).encrypt(secret.encode()).decode()


def decrypt_secret(settings: Settings, token: str) -> str:
    """Raises cryptography.fernet.InvalidToken when the key has changed."""
    return _fernet(settings).decrypt(token.encode()).decode()


def signature(secret: str, body: bytes) -> str:
    """The value of the signature header: `sha256=<hex HMAC of the raw body>`."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header_value: str) -> bool:
    """How a receiver checks a delivery (constant-time compare)."""
    return hmac.compare_digest(signature(secret, body), header_value)
