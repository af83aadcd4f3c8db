"""Building ``data/europe-map.json``: SVG paths of Europe's countries for the members map.

The source is Natural Earth's 1:50m admin-0 countries (public domain) as redistributed in
TopoJSON by the npm package ``world-atlas`` (ISC licence), fetched once by a developer:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m leadocs.web.mapdata package/countries-50m.json

The shapes are projected (Lambert azimuthal equal-area centred on Europe, as EPSG:3035),
simplified (Douglas-Peucker, under a pixel) and written as SVG path data keyed by ISO 3166-1
alpha-2 code. The web desk draws its map from that file; nothing is fetched at run time, and
this module is run by a developer only (it is not imported by the site).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import pycountry

__all__ = ["build_map", "project"]

OUT = Path(__file__).resolve().parent / "data" / "europe-map.json"
Point = tuple[float, float]
WIDTH, HEIGHT = 760, 700
LON0, LAT0 = math.radians(10), math.radians(52)
SCALE = 900.0
X_OFFSET, Y_OFFSET = 350.0, 390.0
TOLERANCE = 0.9
MARGIN = 40.0
SMALL = 8.0


def project(lon: float, lat: float) -> Point:
    """Longitude and latitude (degrees) → SVG coordinates of the map."""
    lam, phi = math.radians(lon), math.radians(lat)
    cos_c = math.sin(LAT0) * math.sin(phi) + math.cos(LAT0) * math.cos(phi) * math.cos(lam - LON0)
    k = math.sqrt(2 / (1 + cos_c)) if cos_c > -0.99 else 0.0
    x = k * math.cos(phi) * math.sin(lam - LON0)
    y = k * (math.cos(LAT0) * math.sin(phi) - math.sin(LAT0) * math.cos(phi) * math.cos(lam - LON0))
    return X_OFFSET + SCALE * x, Y_OFFSET - SCALE * y


def _decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[Point]], indices: list[int]) -> list[Point]:
    points: list[Point] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _simplify(points: list[Point], tolerance: float) -> list[Point]:
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    length = math.hypot(x2 - x1, y2 - y1) or 1e-9
    worst, worst_at = 0.0, 0
    for i, (x, y) in enumerate(points[1:-1], start=1):
        distance = abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / length
        if distance > worst:
            worst, worst_at = distance, i
    if worst <= tolerance:
        return [points[0], points[-1]]
    left = _simplify(points[: worst_at + 1], tolerance)
    return left[:-1] + _simplify(points[worst_at:], tolerance)


def _simplify_ring(points: list[Point], tolerance: float) -> list[Point]:
    """Simplify a closed ring: split it at the point farthest from its start, then each half."""
    if len(points) < 4:
        return points
    x0, y0 = points[0]
    far = max(range(len(points)), key=lambda i: math.hypot(points[i][0] - x0, points[i][1] - y0))
    return _simplify(points[: far + 1], tolerance)[:-1] + _simplify(points[far:], tolerance)


def _in_view(points: list[Point]) -> bool:
    return any(
        -MARGIN <= x <= WIDTH + MARGIN and -MARGIN <= y <= HEIGHT + MARGIN for x, y in points
    )


def _clamp(point: Point) -> Point:
    x, y = point
    return (min(max(x, -MARGIN), WIDTH + MARGIN), min(max(y, -MARGIN), HEIGHT + MARGIN))


def _path_data(rings: list[list[Point]]) -> str:
    parts = []
    for points in rings:
        raw = [project(lon, lat) for lon, lat in points]
        if not _in_view(raw):
            continue
        projected = [_clamp(point) for point in raw]
        closed = _simplify_ring(projected, TOLERANCE)
        if len(closed) < 4:
            if len(rings) > 1:  # an islet of a larger country: invisible at this scale
                continue
            closed = projected  # a small country (Malta): keep its outline as it is
        coords = [f"{x:.1f} {y:.1f}" for x, y in closed]
        parts.append("M" + "L".join(coords) + "Z")
    return "".join(parts)


def _small_country_dot(rings: list[list[Point]]) -> list[float] | None:
    """The centre of a country too small to see on the map (Malta, Luxembourg), else None."""
    points = [project(lon, lat) for points in rings for lon, lat in points]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    if max(xs) - min(xs) > SMALL or max(ys) - min(ys) > SMALL:
        return None
    return [round((max(xs) + min(xs)) / 2, 1), round((max(ys) + min(ys)) / 2, 1)]


def _alpha2(numeric: str | None, name: str) -> str | None:
    if numeric is None:
        return {"Kosovo": "XK"}.get(name)
    country = pycountry.countries.get(numeric=numeric)
    return country.alpha_2 if country else None


def build_map(source: Path, target: Path = OUT) -> dict[str, Any]:
    """Write the map of ``source`` (world-atlas countries TopoJSON) to ``target``; return it."""
    topology = json.loads(source.read_text("utf-8"))
    arcs = _decode_arcs(topology)
    countries: dict[str, str] = {}
    dots: dict[str, list[float]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = _alpha2(geometry.get("id"), geometry["properties"]["name"])
        if code is None or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [_ring(arcs, indices) for polygon in polygons for indices in polygon]
        data = _path_data(rings)
        if data:
            countries[code] = data
            dot = _small_country_dot(rings)
            if dot is not None:
                dots[code] = dot
    document = {
        "source": "Natural Earth 1:50m admin-0 countries v4.1.0 (public domain), "
        "via the world-atlas 2.0.2 TopoJSON (ISC); projected and simplified by "
        "python -m leadocs.web.mapdata",
        "width": WIDTH,
        "height": HEIGHT,
        "countries": dict(sorted(countries.items())),
        "dots": dict(sorted(dots.items())),
    }
    target.write_text(json.dumps(document, indent=0) + "\n", encoding="utf-8")
    return document


if __name__ == "__main__":
    built = build_map(Path(sys.argv[1]))
    sys.stdout.write(f"{OUT}: {len(built['countries'])} countries\n")
