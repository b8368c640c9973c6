"""An intruder that attacks the public downloads, independent of the product's own audit.

It reads only what anybody can download: the whole-dataset CSV of the data page and the files
of `python -m prevention export`, of every release it has kept. From area codes, parent codes
and category names it rebuilds the sums the tables imply (municipalities to their county,
counties and municipalities to the country, breakdown categories to their total), then asks
scipy's HiGHS for the smallest and largest whole number each hidden cell can hold. It never
imports prevention.release.disclosure: an audit that shares the product's relation model would share
its blind spots.

    python -m tests.intruder STORE [--earlier DOWNLOADS ...] [--save FOLDER] [--zeros-published]

STORE is a SQLite store (its downloads are written to a temporary folder, or to --save) or a
folder of downloads saved before; --earlier names the saved downloads of earlier releases.
"""

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tests.intruder_public import Release, publish, read_release
from tests.intruder_relations import Key, Relation, Var, relations, small_totals, versioned
from tests.intruder_solve import solve

# The rule the site publishes, restated here rather than imported: a hidden count's interval
# must reach MIN_TOP at its top and be MIN_WIDTH wide, so nobody can pin it or tell it is
# small; under a published total below MIN_TOP it must run from 0 to that total.
MIN_TOP = 5
MIN_WIDTH = 4


@dataclass(frozen=True)
class Interval:
    """What the intruder deduced about one hidden cell of the latest release."""

    key: Key
    low: float
    high: float  # inf when nothing bounds it from above
    small_total: float | None  # the smallest published total below MIN_TOP it is part of

    @property
    def protected(self) -> bool:
        """The published protection rule, for this one cell."""
        if self.small_total is not None:
            return self.low == 0 and self.high == self.small_total
        return self.high >= MIN_TOP and self.high - self.low >= MIN_WIDTH

    def __str__(self) -> str:
        indicator, _, period, unit, area, dimension, category = self.key
        where = f"{indicator} {period} {area}" + (
            f" {dimension}={category}" if dimension != "none" else ""
        )
        return f"{where} ({unit}): {self.low:g}..{self.high:g}"


def attack(releases: list[Release], *, zeros_hidden: bool) -> list[Interval]:
    """Every hidden cell of the last release with the interval the intruder can deduce."""
    known: dict[Var, float] = {}
    unknown_low: dict[Var, float] = {}
    unknown_high: dict[Var, float] = {}
    implied: list[Relation] = []
    for release in releases:
        cells = versioned(release.observations)
        for var, value, status, reason in zip(
            cells["var"], cells["number"], cells["status"], cells["suppression"], strict=True
        ):
            if not np.isnan(value):
                known[var] = float(value)
                continue
            # A 0 is always published unless the methodology says otherwise.
            hidden = status == "suppressed" and not zeros_hidden
            unknown_low[var] = max(unknown_low.get(var, 0.0), 1.0 if hidden else 0.0)
            if reason == "primary":  # the old legend: "1-4: hidden to protect identities"
                unknown_high[var] = MIN_TOP - 1
        implied += relations(cells, release.areas)
    latest = versioned(releases[-1].observations)
    targets = [v for v, s in zip(latest["var"], latest["status"], strict=True) if s == "suppressed"]
    bounds = solve(implied, known, (unknown_low, unknown_high), targets)
    small = small_totals(relations(latest, releases[-1].areas), known, MIN_TOP)
    return [Interval(v[0], *bounds[v], small.get(v)) for v in targets]


def notes_on_hidden(release: Release) -> list[str]:
    """Hidden cells that a download still describes in words (a note is read word for word)."""
    rows = release.observations
    noted = rows[(rows["status"] == "suppressed") & (rows["note"].fillna("") != "")]
    return [
        f"{row.indicator_code} {row.period_label} {row.area_code}: {row.note!r}"
        for row in noted.itertuples(index=False)
    ]


def revealed_groups(release: Release) -> list[str]:
    """Breakdowns whose published categories are all 0 beside hidden ones: the few people
    hidden there are known to share the hidden categories (a published 0 men: all women)."""
    rows = release.observations[release.observations["preferred"]]
    rows = rows[rows["breakdown_dimension"] != "none"]
    found = []
    group = ["indicator_code", "period_type", "period_label", "unit", "area_code"]
    for key, cells in rows.groupby([*group, "breakdown_dimension"], sort=True):
        hidden = cells["status"] == "suppressed"
        shown = cells.loc[~hidden, "number"].dropna()
        if hidden.any() and len(shown) and (shown == 0).all():
            categories = ", ".join(sorted(cells.loc[hidden, "breakdown_category"]))
            found.append(f"{key[0]} {key[2]} {key[4]}: everyone counted is {key[5]} {categories}")
    return found


@dataclass(frozen=True)
class Summary:
    """What the intruder found in one run."""

    hidden: int
    exact: int
    unprotected: list[Interval]
    notes: list[str]
    groups: list[str]
    seconds: float

    def __str__(self) -> str:
        lines = [
            f"hidden cells attacked: {self.hidden}; worked out exactly: {self.exact}; "
            f"narrower than the rule allows: {len(self.unprotected)}; "
            f"with a published note: {len(self.notes)}; "
            f"groups revealed by published zeros: {len(self.groups)} ({self.seconds:.1f} s)"
        ]
        lines += [f"  {cell}" for cell in self.unprotected[:20]]
        if len(self.unprotected) > 20:
            lines.append(f"  … and {len(self.unprotected) - 20} more")
        lines += [f"  note: {note}" for note in self.notes[:20]]
        lines += [f"  group: {group}" for group in self.groups[:20]]
        return "\n".join(lines)


def summarise(releases: list[Release], *, zeros_hidden: bool) -> Summary:
    """Attack, time it, and keep the cells that break the rule."""
    start = time.perf_counter()
    cells = attack(releases, zeros_hidden=zeros_hidden)
    return Summary(
        len(cells),
        sum(cell.low == cell.high for cell in cells),
        [cell for cell in cells if not cell.protected],
        notes_on_hidden(releases[-1]),
        revealed_groups(releases[-1]),
        time.perf_counter() - start,
    )


def main(argv: list[str] | None = None) -> int:
    """Publish a store's downloads (or read saved ones), attack them, print the summary."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.intruder",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("store", type=Path, help="a SQLite store, or a folder of its downloads")
    parser.add_argument(
        "--earlier", type=Path, nargs="*", default=[], help="saved downloads of earlier releases"
    )
    parser.add_argument("--save", type=Path, help="keep the store's downloads in this folder")
    parser.add_argument(
        "--zeros-published",
        action="store_true",
        help="attack a release whose methodology said every 0 is published (a hidden cell >= 1);"
        " by default a hidden cell may be 0, as the methodology page now says",
    )
    args = parser.parse_args(argv)
    earlier = [read_release(folder) for folder in args.earlier]
    with tempfile.TemporaryDirectory() as temporary:
        if args.store.is_dir():
            latest = read_release(args.store)
        else:
            latest = read_release(publish(args.store, args.save or Path(temporary)))
        summary = summarise([*earlier, latest], zeros_hidden=not args.zeros_published)
    sys.stdout.write(f"{summary}\n")
    return 1 if summary.unprotected or summary.notes or summary.groups else 0


if __name__ == "__main__":
    sys.exit(main())
