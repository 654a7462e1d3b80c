"""Application settings, read from the environment (prefix IW_) and an optional .env file."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SECRET = "dev-only-change-me-intervisiewijzer-secret-key"
DEFAULT_CASE_KEY = "ZGV2LW9ubHktY2FzZS1rZXktY2hhbmdlLW1lLTMyYnk="


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="IW_", env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    database_url: str = f"sqlite:///{PROJECT_ROOT / 'backend' / 'intervisiewijzer.db'}"
    secret_key: str = DEFAULT_SECRET
    case_encryption_key: str = DEFAULT_CASE_KEY
    access_token_minutes: int = Field(default=30, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=14, ge=1, le=90)
    cors_origins: list[str] = []
    static_dir: Path | None = PROJECT_ROOT / "frontend" / "dist"
    public_base_url: str = "http://127.0.0.1:8000"
    map_tile_url: str = (
        "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
    )
    log_level: str = "INFO"

    @model_validator(mode="after")
    def refuse_default_secrets_outside_development(self) -> "Settings":
        if self.environment == "production":
            if self.secret_key == DEFAULT_SECRET or len(self.secret_key) < 32:
                raise ValueError("IW_SECRET_KEY must be set to a random value of 32+ characters")
            if self.case_encryption_key == DEFAULT_CASE_KEY:
                raise ValueError("IW_CASE_ENCRYPTION_KEY must be set outside development")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def secure_cookies(self) -> bool:
        return self.environment == "production"


@lru_cache
def get_settings() -> Settings:
    return Settings()
