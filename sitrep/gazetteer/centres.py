"""Where to put an event known only to its country: the country's geographic centre.

A country's gazetteer point is GeoNames' representative point (Russia at 60N 100E), right for
a toponym. An incident the text places only in a country has no point of its own; event data
such as ACLED's and our annotations put it at the country's centre, from Google's table of
country centroids, which the ``pygeolocate`` package ships (MIT).
"""

from __future__ import annotations

import functools


@functools.cache
def _centres() -> dict[str, tuple[float, float]]:
    from pygeolocate.countries_csv import DATA

    centres = {}
    for line in DATA.strip().splitlines():
        code, lat, lon, _name = line.split(",", 3)
        centres[code] = (float(lat), float(lon))
    return centres


def country_centre(country_code: str | None) -> tuple[float, float] | None:
    """The geographic centre of a country by its ISO 3166-1 alpha-2 code, or None."""
    if country_code is None:
        return None
    return _centres().get(country_code.upper())
