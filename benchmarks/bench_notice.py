"""Validation speed of eForms notices: XSD (lxml) and the static schematron (saxonche).

    python benchmarks/bench_notice.py [--sdk ../shared/eforms-sdk-1.15.1] [--seconds 5]

Measured on the notices of the example procurements (prior information, contract
and contract award notices: subtypes 4, 16, 29, E1, E3, E4) and on the SDK's own
example notices of the same subtypes:

1. building a notice from a loaded procurement (eForms XML, no validation);
2. XSD validation of a parsed notice (lxml, schemas loaded once);
3. the schematron stages of the notice's subtype (Saxon-HE through saxonche,
   the phase compiled once, then run on each notice), parsing included;
4. the one-off cost of compiling the schematron: the stages shared by every
   subtype, then each subtype's own stages.

Each rate is the best of ``--rounds`` runs of at least ``--seconds`` seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from leadocs.tender.input import load_procurement
from leadocs.tender.notice import EformsSdk, NoticeKind, locate_sdk, make_notice
from leadocs.tender.notice.validation import NoticeValidator, notice_subtype

ROOT = Path(__file__).resolve().parents[1]
SUBTYPES = {"4", "16", "29", "E1", "E3", "E4"}


def rate(work: Callable[[], int], seconds: float, rounds: int) -> float:
    """Items per second of ``work`` (which returns how many items it did), best of rounds."""
    best = 0.0
    for _ in range(rounds):
        done, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            done += work()
        best = max(best, done / (time.perf_counter() - start))
    return best


def _subtype(document: bytes) -> str:
    return notice_subtype(etree.ElementTree(etree.fromstring(document)))


def _notices(sdk: EformsSdk) -> tuple[Callable[[], int], list[bytes], list[bytes]]:
    """A builder of every example's notices, those notices, and the SDK's examples."""
    loaded = [load_procurement(p) for p in sorted((ROOT / "examples/procurements").glob("*.yaml"))]
    day = dt.date(2026, 9, 1)

    def build() -> int:
        for procurement in loaded:
            for kind in NoticeKind:
                make_notice(procurement, kind, sdk, today=day)
        return len(loaded) * len(NoticeKind)

    ours = [make_notice(p, k, sdk, today=day).data for p in loaded for k in NoticeKind]
    examples = sorted((sdk.root / "examples/notices").glob("*.xml"))
    theirs = [p.read_bytes() for p in examples if not p.name.startswith("INVALID")]
    return build, ours, [d for d in theirs if _subtype(d) in SUBTYPES]


def _xsd(validator: NoticeValidator, documents: list[bytes]) -> Callable[[], int]:
    trees = [etree.ElementTree(etree.fromstring(d)) for d in documents]

    def run() -> int:
        for tree in trees:
            validator.check_xsd(tree)
        return len(trees)

    return run


def _schematron(validator: NoticeValidator, documents: list[bytes]) -> Callable[[], int]:
    pairs = [(d, _subtype(d)) for d in documents]

    def run() -> int:
        for document, subtype in pairs:
            validator.check_schematron(document, subtype)
        return len(pairs)

    return run


def _compile_times(validator: NoticeValidator, documents: list[bytes]) -> dict[str, float]:
    times: dict[str, float] = {}
    for document in documents:
        subtype = _subtype(document)
        if subtype not in times:
            start = time.perf_counter()
            validator.check(document)
            times[subtype] = time.perf_counter() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdk", type=Path, default=ROOT.parent / "shared" / "eforms-sdk-1.15.1")
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sdk = locate_sdk(args.sdk)
    build, ours, theirs = _notices(sdk)
    validator = NoticeValidator(sdk)
    compiled = _compile_times(validator, ours)
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f}; best of {args.rounds} rounds")
    print(
        f"notices: {len(ours)} of the examples, {len(theirs)} SDK examples (4, 16, 29, E1, E3, E4)"
    )
    print(f"build (eForms XML):           {rate(build, args.seconds, args.rounds):8.1f} notices/s")
    for label, documents in (("examples", ours), ("SDK examples", theirs)):
        xsd = rate(_xsd(validator, documents), args.seconds, args.rounds)
        rules = rate(_schematron(validator, documents), args.seconds, args.rounds)
        print(f"XSD, {label + ':':<25}{xsd:8.1f} notices/s")
        print(f"schematron, {label + ':':<18}{rules:8.1f} notices/s")
    (first, seconds), *others = compiled.items()
    print(f"schematron compile + first check, subtype {first} (all stages): {seconds:.1f} s")
    for subtype, seconds in others:
        print(f"schematron compile + first check, subtype {subtype} (own stages): {seconds:.1f} s")


if __name__ == "__main__":
    main()
