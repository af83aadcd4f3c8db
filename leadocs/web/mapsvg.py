"""The members map: an SVG choropleth of Europe from the outlines shipped with leadocs.

The outlines (``data/europe-map.json``, Natural Earth, public domain; see
``data/NOTICE-map.txt``) are SVG path data already projected; a country's shade
says how many members it has. Countries too small to see get a dot when they
have members. Nothing is fetched at run time.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

from leadocs.web.kpi import Kpi

__all__ = ["SHADES", "members_map", "shade"]

SHADES = ((0, "none"), (1, "one"), (2, "few"), (5, "many"), (10, "most"))
"""Lower bound of members → CSS class of the country's shade."""


@functools.cache
def _outlines() -> dict[str, Any]:
    text = (resources.files("leadocs.web") / "data" / "europe-map.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def shade(members: int) -> str:
    """The CSS class of a country with ``members`` members."""
    found = SHADES[0][1]
    for lower, name in SHADES:
        if members >= lower:
            found = name
    return found


def members_map(kpi: Kpi, country_name: Callable[[str], str], caption: str) -> Markup:
    """The map as inline SVG markup; every country has a title with its name and count.

    Args:
        kpi: the network's indicators (members per country).
        country_name: the country's name in the page's language.
        caption: the accessible name of the map.
    """
    outlines = _outlines()
    recruiting = {row.country for row in kpi.countries if row.partners}
    parts = [
        f'<svg class="members-map" viewBox="0 0 {outlines["width"]} {outlines["height"]}" '
        f'role="img" aria-label="{escape(caption)}" xmlns="http://www.w3.org/2000/svg">',
        '<rect class="sea" width="100%" height="100%"/>',
    ]
    for code, path in outlines["countries"].items():
        count = kpi.members_in(code)
        classes = f"country {shade(count)}" + (" area" if code in recruiting else "")
        title = f"{country_name(code)}: {count}"
        parts.append(
            f'<path class="{classes}" data-country="{code}" data-members="{count}" d="{path}">'
            f"<title>{escape(title)}</title></path>"
        )
    for code, (x, y) in outlines["dots"].items():
        count = kpi.members_in(code)
        if count:
            parts.append(
                f'<circle class="dot {shade(count)}" cx="{x}" cy="{y}" r="5">'
                f"<title>{escape(country_name(code))}: {count}</title></circle>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))  # our own path data; every text escaped above
