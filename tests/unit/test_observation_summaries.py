"""The observation summaries match their observations after a build and after an ingest.

Also: a store from an older schema still hands its release history to the next build.
"""

from pathlib import Path

import pytest

from prevention.__main__ import main
from prevention.build import build
from prevention.store.db import Store
from tests import stores
from tests.unit.test_ingest import GOOD

STATUS_DIRECT = (
    "SELECT status, coalesce(suppression, ''), count(*) FROM observations "
    "GROUP BY 1, 2 ORDER BY 1, 2"
)
STATUS_SUMMARY = "SELECT status, suppression, cells FROM status_counts ORDER BY 1, 2"
COVERAGE_DIRECT = (
    "SELECT indicator_code, min(year), max(year), count(*) FROM observations "
    "GROUP BY indicator_code ORDER BY 1"
)
COVERAGE_SUMMARY = "SELECT code, first_year, last_year, rows FROM indicator_coverage ORDER BY code"


def assert_summaries_match(store: Store) -> None:
    assert stores.rows(store, STATUS_SUMMARY) == stores.rows(store, STATUS_DIRECT)
    assert stores.rows(store, COVERAGE_SUMMARY) == stores.rows(store, COVERAGE_DIRECT)
    assert stores.rows(store, STATUS_SUMMARY), "every release has observations"


def test_summaries_match_after_a_build_and_after_an_ingest(
    official_copy: Store, tmp_path: Path
) -> None:
    assert_summaries_match(official_copy)
    before = dict((row[0], row[3]) for row in stores.rows(official_copy, COVERAGE_SUMMARY))
    submission = tmp_path / "submission.csv"
    submission.write_text(GOOD, encoding="utf-8")
    database = stores.argument(official_copy)
    assert main(["ingest", str(submission), "--database", database, "--institution", "PD"]) == 0
    assert_summaries_match(official_copy)
    after = dict((row[0], row[3]) for row in stores.rows(official_copy, COVERAGE_SUMMARY))
    assert after["victims_officially_identified"] == before["victims_officially_identified"] + 3


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_build_over_an_older_schema_keeps_numbering_releases(official_copy: Store) -> None:
    assert isinstance(official_copy, Path)
    previous = int(stores.scalar(official_copy, "SELECT max(id) FROM releases"))
    # The store as an older release of the code wrote it: an older version, no summaries.
    stores.execute(
        official_copy,
        "UPDATE meta SET value = '1' WHERE key = 'schema_version'",
        "DROP TABLE status_counts",
        "DROP TABLE indicator_coverage",
    )
    result = build(official_copy, illustrative=False)
    assert result.release_id == previous + 1
    assert_summaries_match(official_copy)
