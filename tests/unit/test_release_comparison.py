"""Two releases read side by side must not reveal what either hides (differencing attacks)."""

import pytest

from prevention.__main__ import main
from prevention.build import build
from prevention.release.audit import compare_releases
from prevention.store.db import Store, read_only_engine
from tests import stores
from tests.unit.test_ingest import HEADER, V, ingest

KAUNAS = "19"


def submission(total: int, female: int, male: int) -> str:
    return HEADER + (
        f"{V},{KAUNAS},2024,none,,{total},persons\n"
        f"{V},{KAUNAS},2024,sex,female,{female},persons\n"
        f"{V},{KAUNAS},2024,sex,male,{male},persons\n"
    )


def statuses(store: Store) -> dict[str, tuple]:
    rows = stores.rows(
        store,
        "SELECT breakdown_category, value, status FROM observations "
        "WHERE source_id LIKE 'SUBMISSION-%' AND area_code = :area AND preferred",
        area=KAUNAS,
    )
    return {category: (value, status) for category, value, status in rows}


@pytest.fixture
def store(official_copy: Store) -> Store:
    return official_copy


def test_a_revised_cell_stays_hidden_so_the_old_one_cannot_be_recovered(store, tmp_path):
    # Release 2 hides 3 women and, to protect them, 6 men; the total 9 is published.
    assert ingest(store, tmp_path, submission(9, 3, 6)) == 0
    previous = stores.copy(store, tmp_path, "release_2")
    # Release 3 revises women to 5: published, it would give 9 - 6 = 3 for release 2.
    assert ingest(store, tmp_path, submission(11, 5, 6), "--replace") == 0
    assert statuses(store) == {
        "": (11.0, "published"),
        "female": (None, "suppressed"),
        "male": (None, "suppressed"),
    }
    assert compare_releases(read_only_engine(previous), read_only_engine(store)) == []
    assert main(["check", "--database", stores.argument(store)]) == 0
    stores.drop(previous)


def test_comparison_catches_a_previously_hidden_cell_published(store, tmp_path):
    assert ingest(store, tmp_path, submission(9, 3, 6)) == 0
    previous = stores.copy(store, tmp_path, "release_2")
    planted = stores.copy(store, tmp_path, "planted")
    stores.execute(
        planted,
        "UPDATE observations SET value = 6, status = 'published', suppression = NULL "
        "WHERE source_id LIKE 'SUBMISSION-%' AND breakdown_category = 'male'",
    )
    problems = compare_releases(read_only_engine(previous), read_only_engine(planted))
    stores.drop(previous)
    stores.drop(planted)
    assert any("was suppressed in the previous release" in p for p in problems), problems


def test_a_revision_that_old_values_would_solve_is_protected(store, tmp_path):
    # Release 2 publishes everything; release 3 hides women (3). Men's unchanged 6, published
    # in release 2, would give the women away beside the new total 9, so hiding the men
    # protects nothing: the ingest hides the total instead, and the check passes.
    assert ingest(store, tmp_path, submission(12, 6, 6)) == 0
    assert ingest(store, tmp_path, submission(9, 3, 6), "--replace") == 0
    after = statuses(store)
    assert after["female"][1] == "suppressed" and after[""][1] == "suppressed"
    assert main(["check", "--database", stores.argument(store)]) == 0


def test_rebuilding_keeps_the_suppression_pattern(store, tmp_path):
    assert ingest(store, tmp_path, submission(9, 3, 6)) == 0
    hidden = statuses(store)
    build(store, illustrative=False)  # replays the archived submission into a new release
    assert statuses(store) == hidden
