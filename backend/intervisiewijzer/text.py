"""Text helpers shared by domains."""

import re
import unicodedata


def fold(text: str) -> str:
    """Lowercase without accents, for comparisons: 'Fryslân' -> 'fryslan'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def slugify(text: str, max_length: int = 80) -> str:
    """'Gezinshuizen Zuid-Limburg (2)' -> 'gezinshuizen-zuid-limburg-2'."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug[:max_length].rstrip("-") or "groep"
