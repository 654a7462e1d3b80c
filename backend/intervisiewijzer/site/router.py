from fastapi import APIRouter
from pydantic import BaseModel

from intervisiewijzer.auth.dependencies import SettingsDep

router = APIRouter(tags=["site"])


class SiteConfig(BaseModel):
    map_tile_url: str | None
    map_attribution: str
    data_attribution: str


@router.get("/site-config")
def read_site_config(settings: SettingsDep) -> SiteConfig:
    """Public settings the web app and the partner widget need (map tiles, attributions)."""
    return SiteConfig(
        map_tile_url=settings.map_tile_url or None,
        map_attribution="Kaartgegevens © Kadaster",
        data_attribution="Postcodegegevens: GeoNames (CC BY 4.0)",
    )
