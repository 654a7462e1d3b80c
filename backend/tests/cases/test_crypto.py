"""Case encryption: keys are checked at startup, and old keys still read during a rotation."""

import pytest
from cryptography.fernet import Fernet
from pydantic import ValidationError
from sqlmodel import Session

from intervisiewijzer.cases.crypto import CaseCipher, CaseDecryptionError
from intervisiewijzer.config import Settings


@pytest.mark.parametrize(
    "key", ["", "te-kort", "bm90LTMyLWJ5dGVz", "a,b", Fernet.generate_key().decode() + "x"]
)
def test_a_malformed_key_stops_the_app_without_showing_the_key(key: str) -> None:
    with pytest.raises(ValidationError) as error:
        Settings(case_encryption_key=key)
    assert "urlsafe base64 of 32 bytes" in str(error.value) or "exactly one" in str(error.value)
    if key:
        assert key not in str(error.value)


def test_old_keys_are_checked_too() -> None:
    with pytest.raises(ValidationError):
        Settings(case_encryption_old_keys=f"{Fernet.generate_key().decode()},geen-sleutel")


def test_text_sealed_with_an_old_key_still_opens_and_rotates_to_the_new_one() -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    token = CaseCipher(old).seal("Een gevoelige casus")
    rotating = CaseCipher(new, old)
    assert rotating.open(token) == "Een gevoelige casus"
    rotated = rotating.rotate(token)
    assert CaseCipher(new).open(rotated) == "Een gevoelige casus"
    with pytest.raises(CaseDecryptionError):
        CaseCipher(new).open(token)


def test_fields_round_trip() -> None:
    cipher = CaseCipher(Fernet.generate_key().decode())
    fields = {"title": "Titel", "description": "Één zin met accenten"}
    token = cipher.seal_fields(fields)
    assert "Titel" not in token
    assert cipher.open_fields(token) == fields


def test_rotation_re_encrypts_everything_stored(session: Session) -> None:
    from intervisiewijzer.cases.rotation import reencrypt_all
    from tests.cases.helpers import make_case, record_outcome
    from tests.sessions.helpers import make_cast, past_session

    cast = make_cast(session)
    case = make_case(session, past_session(session, cast.group), cast.member)
    record_outcome(session, case, cast.member, "Eerste actie")
    before = case.content_encrypted
    assert reencrypt_all(session) == 2
    assert case.content_encrypted != before  # a fresh token, same text
