"""Regenerates claims/extraction/data/first_name_genders.tsv, the first names whose gender the
speaker resolution may take as evidence when an article gives none, from the name data of
nomquamgender (Ian Van Buskirk, MIT licence; https://github.com/ianvanbuskirk/nomquamgender).

    python -m bench.first_names [PATH/TO/name_data.json]

Without a path it reads name_data.json from an installed nomquamgender (found, not imported:
the package loads pandas). The wheel can be fetched with
`pip download nomquamgender==0.1.4 --no-deps`. Not on the engine's run path: the engine reads
only the committed TSV file.

Kept: ASCII first names of two letters or more seen at least MIN_COUNT times whose
p(female) is at most MAX_P or at least 1 - MAX_P ("m", "f": clear-cut, common names), and as
"m?" the men's names of p(female) up to MAX_P_MOSTLY_MALE: no evidence of gender, but a
"she" does not land on them ("George Ruiz … she said" is not him; the data puts George,
Bernie and Chris at p(female) 0.07-0.15, and news leaves a man's gender unsaid far more often
than a woman's). As "f?" the women's names of p(female) at least MIN_P_MOSTLY_FEMALE, which
only bar a "he": Hillary (0.92) is one, and a "he" with no man named near it had gone to the
one woman whose gender an article never spells out; Marion and Lindsey (0.90-0.91, names
well-known men bear) are not.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

SOURCE_VERSION = "0.1.4"
MIN_COUNT = 1000
MAX_P = 0.05
MAX_P_MOSTLY_MALE = 0.2
MIN_P_MOSTLY_FEMALE = 0.92
OUT = Path(__file__).resolve().parent.parent / "claims/extraction/data/first_name_genders.tsv"
_NAME = re.compile(r"[a-z]{2,}")

HEADER = f"""\
# First names and the gender they almost always belong to: m or f, one per line.
# Source: nomquamgender {SOURCE_VERSION} (name_data.json), https://github.com/ianvanbuskirk/nomquamgender
# Licence: MIT (the notice below, as the package ships it).
#   Copyright (c) 2022 Ian Van Buskirk
#
#   Permission is hereby granted, free of charge, to any person obtaining a copy
#   of this software and associated documentation files (the "Software"), to deal
#   in the Software without restriction, including without limitation the rights
#   to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
#   copies of the Software, and to permit persons to whom the Software is
#   furnished to do so, subject to the following conditions:
#
#   The above copyright notice and this permission notice shall be included in all
#   copies or substantial portions of the Software.
#
#   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
#   IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
#   FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
#   AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
#   LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
#   OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
#   SOFTWARE.
# Kept: lower-case ASCII names of 2+ letters, count >= {MIN_COUNT}, p(female) <= {MAX_P} (m)
#   or >= {1 - MAX_P:.2f} (f); "m?" for p(female) <= {MAX_P_MOSTLY_MALE} (mostly men: not evidence,
#   only a bar to "she"), "f?" for p(female) >= {MIN_P_MOSTLY_FEMALE} (mostly women: only a bar
#   to "he"). Regenerate with: python -m bench.first_names [name_data.json]
"""


def find_name_data() -> Path:
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("nomquamgender is not installed: give the path of its name_data.json")
    return Path(next(iter(spec.submodule_search_locations))) / "name_data.json"


def clear_cut(data: dict) -> list[tuple[str, str]]:
    """(name, "m"/"f") for the common names whose gender is clear-cut, (name, "m?") for those
    mostly men's and (name, "f?") for those mostly women's, sorted by name."""
    kept = []
    for name, row in data.items():
        count, p_female = row[1], row[2]
        if not _NAME.fullmatch(name) or count < MIN_COUNT:
            continue
        if p_female <= MAX_P:
            kept.append((name, "m"))
        elif p_female >= 1 - MAX_P:
            kept.append((name, "f"))
        elif p_female <= MAX_P_MOSTLY_MALE:
            kept.append((name, "m?"))
        elif p_female >= MIN_P_MOSTLY_FEMALE:
            kept.append((name, "f?"))
    return sorted(kept)


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else find_name_data()
    with path.open(encoding="utf-8") as f:
        rows = clear_cut(json.load(f))
    OUT.write_text(HEADER + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
