"""Application settings, read from the environment (prefix IW_) and an optional .env file."""

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationInfo, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SECRET = "dev-only-change-me-intervisiewijzer-secret-key"
DEFAULT_CASE_KEY = "ZGV2LW9ubHktY2FzZS1rZXktY2hhbmdlLW1lLTMyYnk="
_CASE_KEY_HELP = (
    "case encryption keys must be urlsafe base64 of 32 bytes; make one with: python -c "
    "'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"
)


class Settings(BaseSettings):
    # hide_input_in_errors: a malformed secret (e.g. the case key) is never echoed in a log.
    model_config = SettingsConfigDict(
        env_prefix="IW_", env_file=".env", extra="ignore", hide_input_in_errors=True
    )

    environment: Literal["development", "test", "production"] = "development"
    database_url: str = f"sqlite:///{PROJECT_ROOT / 'backend' / 'intervisiewijzer.db'}"
    secret_key: str = DEFAULT_SECRET
    case_encryption_key: str = DEFAULT_CASE_KEY
    # Key rotation: earlier keys, comma-separated, still read (never written) until
    # `intervisiewijzer rotate-case-key` has re-encrypted everything with the new key.
    case_encryption_old_keys: str = ""
    # Case content is deleted this many days after its session; topic tags stay.
    case_retention_days: int = Field(default=90, ge=1, le=3650)
    # The public topic overview never shows a count of fewer cases than this.
    topic_overview_min_cases: int = Field(default=5, ge=5, le=1000)
    access_token_minutes: int = Field(default=30, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=14, ge=1, le=90)
    cors_origins: list[str] = []
    static_dir: Path | None = PROJECT_ROOT / "frontend" / "dist"
    public_base_url: str = "http://127.0.0.1:8000"
    map_tile_url: str = (
        "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
    )
    log_level: str = "INFO"
    # Breakout rooms of thematic events get a link on this video server (e.g. your own Jitsi).
    video_base_url: str = "https://meet.jit.si"
    # Rate limits ("N/second|minute|hour|day", see the `limits` library). Counters live in
    # memory per process; with several processes use Redis: IW_RATE_LIMIT_STORAGE=redis://host:6379
    rate_limit_storage: str = "memory://"
    public_rate_limit: str = "120/minute"  # anonymous public finder calls, per client IP
    login_rate_limit: str = "10/minute"  # failed logins, per client IP and username
    public_cache_max_age: int = Field(default=60, ge=0, le=86_400)
    partner_origin_cache_seconds: float = Field(default=30, ge=0, le=3600)
    idempotency_hours: int = Field(default=24, ge=1, le=24 * 30)
    # Email: without smtp_host, outbox emails stay pending until a host is configured.
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = True
    smtp_timeout_seconds: float = Field(default=10, gt=0, le=120)
    mail_from: str = "Intervisiewijzer <noreply@intervisiewijzer.nl>"
    mail_max_attempts: int = Field(default=8, ge=1, le=20)
    worker_interval_seconds: float = Field(default=10, gt=0, le=3600)
    # SKJ re-registration: at least 20 reflection meetings in 5 years. The seeds give no
    # separate Registerplein norm, so this one norm serves both registers.
    evidence_norm_meetings: int = Field(default=20, ge=1, le=500)
    evidence_window_years: int = Field(default=5, ge=1, le=20)
    # Evaluations: answerable (in the app and by link) this many days after a session ends;
    # group results and research use an evaluation only once that window has closed.
    evaluation_open_days: int = Field(default=14, ge=1, le=90)
    # No aggregate of evaluations is shown or exported for fewer responses than this (k >= 5).
    research_min_cell_size: int = Field(default=5, ge=5, le=100)

    @model_validator(mode="after")
    def refuse_default_secrets_outside_development(self) -> "Settings":
        if self.environment == "production":
            if self.secret_key == DEFAULT_SECRET or len(self.secret_key) < 32:
                raise ValueError("IW_SECRET_KEY must be set to a random value of 32+ characters")
            if self.case_encryption_key == DEFAULT_CASE_KEY:
                raise ValueError("IW_CASE_ENCRYPTION_KEY must be set outside development")
        return self

    @field_validator("case_encryption_key", "case_encryption_old_keys")
    @classmethod
    def check_case_encryption_keys(cls, value: str, info: ValidationInfo) -> str:
        """Fernet keys: urlsafe base64 of 32 bytes. A bad key stops the app at startup."""
        keys = [key.strip() for key in value.split(",") if key.strip()]
        if info.field_name == "case_encryption_key" and len(keys) != 1:
            raise ValueError("IW_CASE_ENCRYPTION_KEY must be exactly one key")
        for key in keys:
            # 32 bytes are always 43 urlsafe-base64 characters and one '='.
            if not re.fullmatch(r"[A-Za-z0-9_-]{43}=", key):
                raise ValueError(_CASE_KEY_HELP)
        return ",".join(keys)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def secure_cookies(self) -> bool:
        return self.environment == "production"


@lru_cache
def get_settings() -> Settings:
    return Settings()
