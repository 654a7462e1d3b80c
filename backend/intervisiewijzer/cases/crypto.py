"""Encryption of case text at rest: Fernet (AES-128-CBC + HMAC-SHA256) with the key from
IW_CASE_ENCRYPTION_KEY. During a key rotation the old keys (IW_CASE_ENCRYPTION_OLD_KEYS) are
still read; new text is always written with the current key."""

import json
import logging
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from intervisiewijzer.config import Settings, get_settings
from intervisiewijzer.errors import AppError

logger = logging.getLogger(__name__)


class CaseDecryptionError(AppError):
    status = 500
    slug = "onleesbare-casus"
    title = "Casus onleesbaar"


class CaseCipher:
    def __init__(self, key: str, old_keys: str = "") -> None:
        keys = [key, *(k for k in old_keys.split(",") if k)]
        self._fernet = MultiFernet([Fernet(k.encode("ascii")) for k in keys])

    def seal(self, text: str) -> str:
        return self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def open(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as error:
            # Never log the token or any text: only that the keys do not fit.
            logger.error("Case text could not be decrypted: check IW_CASE_ENCRYPTION_(OLD_)KEYS")
            raise CaseDecryptionError(
                "Deze tekst kan niet worden ontsleuteld. Meld dit bij de beheerder."
            ) from error

    def seal_fields(self, fields: dict[str, str]) -> str:
        return self.seal(json.dumps(fields, ensure_ascii=False, sort_keys=True))

    def open_fields(self, token: str) -> dict[str, str]:
        data = json.loads(self.open(token))
        return {str(key): str(value) for key, value in data.items()}

    def rotate(self, token: str) -> str:
        """The same text, encrypted with the current key."""
        return self._fernet.rotate(token.encode("ascii")).decode("ascii")


@lru_cache(maxsize=4)
def _cipher(key: str, old_keys: str) -> CaseCipher:
    return CaseCipher(key, old_keys)


def case_cipher(settings: Settings | None = None) -> CaseCipher:
    settings = settings or get_settings()
    return _cipher(settings.case_encryption_key, settings.case_encryption_old_keys)
