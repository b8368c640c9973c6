"""`check` passes a clean store and names every planted violation, with its row and rule."""

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, SQLModel

from prevention.release.audit import audit_store, format_report, run
from prevention.store import models
from prevention.store.db import PostgresStore, Store, read_only_engine, writable_engine
from tests import stores

# A tiny country: two counties of two municipalities. 2020 victims by municipality, with M11
# small (primary) and M12 hidden beside it (secondary), so C1 = M11 + M12 shows only their sum.
VICTIMS_2020 = {"LT": 29, "C1": 12, "C2": 17, "M11": 2, "M12": 10, "M21": 8, "M22": 9}
HIDDEN = {"M11": "primary", "M12": "secondary"}


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """A clean store built through the models, as the build writes one (on each backend)."""
    if backend == "sqlite":
        yield _tiny_store(tmp_path / "store.db")
        return
    server = PostgresStore(request.getfixturevalue("pg_cluster").url(), f"tiny_{next(TINY)}")
    stores.execute(server, f"CREATE SCHEMA {server.schema}")
    yield _tiny_store(server)
    stores.drop(server)


TINY = itertools.count(1)


def _tiny_store(path: Store) -> Store:
    engine = writable_engine(path)
    SQLModel.metadata.create_all(engine)
    counties = {"C1": ["M11", "M12"], "C2": ["M21", "M22"]}
    waves: list[list[SQLModel]] = [
        [
            models.Source(source_id="OFFICIAL", title="Police", publisher="IRD", tier=1),
            models.Source(source_id="OTHER", title="Press report", publisher="News", tier=3),
            models.Source(source_id="DEMO", title="Illustrative", publisher="us", tier=9),
            models.Release(id=1, created_at=datetime(2025, 1, 1, tzinfo=UTC), kind="build",
                           description="test"),
            models.Indicator(code="victims", topic="victims", name_lt="Aukos", name_en="Victims",
                             definition_lt="-", definition_en="-", unit="persons",
                             value_kind="count", disclosure_class="personal"),
            models.Institution(short_name="VRM", name_lt="VRM", name_en="Interior",
                               kind="ministry"),
            models.Meta(key="schema_version", value=str(models.SCHEMA_VERSION)),
            models.Area(code="LT", level="country", name_lt="Lietuva", name_en="Lithuania"),
        ],
        [
            models.Area(code=county, level="county", name_lt=county, name_en=county,
                        parent_code="LT")
            for county in counties
        ],
        [
            models.Area(code=kid, level="municipality", name_lt=kid, name_en=kid,
                        parent_code=county, kind="municipality")
            for county, kids in counties.items()
            for kid in kids
        ],
        [models.Measure(measure_id="m1", measure_type="training", target_group="youth",
                        lead_institution="VRM", source_id="OFFICIAL", release_id=1)],
        [
            models.MeasureInstitution(measure_id="m1", institution="VRM", role="lead"),
            models.MeasureArea(measure_id="m1", area_code="M21"),
            *[
                models.Observation(
                    indicator_code="victims", area_code=area, year=2020, period_label="2020",
                    value=None if area in HIDDEN else value, unit="persons",
                    status="suppressed" if area in HIDDEN else "published",
                    suppression=HIDDEN.get(area), source_id="OFFICIAL", release_id=1,
                )
                for area, value in VICTIMS_2020.items()
            ],
        ],
    ]  # fmt: skip
    with Session(engine) as session:
        for wave in waves:  # parents before children: the store enforces foreign keys
            session.add_all(wave)
            session.flush()
        session.commit()
    engine.dispose()
    return path


def _plant(path: Store, *statements: str) -> None:
    """Write a violation past the schema's guards, as a broken tool might."""
    stores.execute(path, *statements, checks=False)


def _row(path: Store, area: str) -> int:
    sql = "SELECT id FROM observations WHERE area_code = :area AND source_id = 'OFFICIAL'"
    return int(stores.scalar(path, sql, area=area))


def test_a_clean_store_passes(store, capsys):
    report = audit_store(read_only_engine(store))
    assert report.ok, report.violations
    assert report.summary == {"suppressed": 2, "primary": 1, "secondary": 1}
    assert report.rows["observations"] == 7
    assert run(store) == 0
    output = capsys.readouterr().out
    assert "observations 7" in output and "1 primary, 1 secondary" in output
    assert "check passed" in output


PLANTS = {
    "small count published": (
        "UPDATE observations SET value = 3 WHERE area_code = 'M21'",
        "M21", "[small count]", "publishes the small count 3",
    ),
    "suppressed row with a value": (
        "UPDATE observations SET value = 2 WHERE area_code = 'M11'",
        "M11", "[suppression flags]", "still carries the value 2",
    ),
    "published row without a value": (
        "UPDATE observations SET value = NULL WHERE area_code = 'M22'",
        "M22", "[suppression flags]", "status published but no value",
    ),
    "secondary suppression removed": (
        "UPDATE observations SET value = 10, status = 'published', suppression = NULL "
        "WHERE area_code = 'M12'",
        "M11", "[interval]", "victims M11 2020  can be narrowed to 2-2",
    ),
    "another source shows a hidden cell": (
        "INSERT INTO observations (indicator_code, area_code, period_type, period_label, "
        "breakdown_dimension, breakdown_category, value, unit, status, preferred, source_id, "
        "release_id) VALUES ('victims', 'M12', 'year', '2020', 'none', '', 10, 'persons', "
        "'published', FALSE, 'OTHER', 1)",
        None, "[derivable]", "source OTHER publishes the value of a hidden cell",
    ),
    "hidden count under another unit": (
        "INSERT INTO observations (indicator_code, area_code, period_type, period_label, "
        "breakdown_dimension, breakdown_category, value, unit, status, preferred, source_id, "
        "release_id) VALUES ('victims', 'M11', 'year', '2020', 'none', '', 2, 'victims', "
        "'published', TRUE, 'OTHER', 1)",
        None, "[derivable]", "victims M11 2020 , unit victims",
    ),
    "number in a hidden cell's note": (
        "UPDATE observations SET note = '1 victim: girl, 16' WHERE area_code = 'M11'",
        "M11", "[hidden note]", "publishes a note ('1 victim: girl, 16')",
    ),
    "missing area": (
        "UPDATE observations SET area_code = 'XX' WHERE area_code = 'M22'",
        "M22", "[foreign key]", "area_code 'XX' has no matching areas row",
    ),
    "two preferred rows": (
        "INSERT INTO observations (indicator_code, area_code, period_type, period_label, "
        "breakdown_dimension, breakdown_category, value, unit, status, preferred, source_id, "
        "release_id) VALUES ('victims', 'LT', 'year', '2020', 'none', '', 30, 'persons', "
        "'published', TRUE, 'OTHER', 1)",
        "LT", "[one preferred]", "2 preferred values, expected 1",
    ),
    "unknown status": (
        "UPDATE observations SET status = 'draft' WHERE area_code = 'M21'",
        "M21", "[valid values]", "unknown status 'draft'",
    ),
    "illustrative row from an official source": (
        "UPDATE observations SET status = 'illustrative' WHERE area_code = 'M21'",
        "M21", "[illustrative source]", "illustrative but cites OFFICIAL",
    ),
    "official row from the generated source": (
        "UPDATE observations SET source_id = 'DEMO' WHERE area_code = 'M21'",
        None, "[illustrative source]", "cites the generated source DEMO",
    ),
    "measure of a missing institution": (
        "UPDATE measure_institutions SET institution = 'NOBODY'",
        None, "measure_institutions row m1 [foreign key]", "institution 'NOBODY'",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", PLANTS)
def test_each_planted_violation_is_named(store, name):
    sql, area, rule, message = PLANTS[name]
    row = _row(store, area) if area else None
    _plant(store, sql)
    report = audit_store(read_only_engine(store))
    assert not report.ok
    matching = [v for v in report.violations if rule in v and message in v]
    assert matching, report.violations
    if row is not None:
        assert any(f"row {row} " in v or f"rows {row}," in v for v in matching), matching


def test_a_rate_beside_a_suppressed_count_is_named(store):
    _plant(
        store,
        "INSERT INTO indicators (code, topic, name_lt, name_en, definition_lt, definition_en, "
        "unit, value_kind, per_capita, disclosure_class, sort_order) VALUES ('victims_rate', "
        "'victims', 'r', 'r', '-', '-', 'per 100k', 'rate', FALSE, 'personal', 0)",
        "INSERT INTO observations (indicator_code, area_code, period_type, period_label, "
        "breakdown_dimension, breakdown_category, value, unit, status, preferred, source_id, "
        "release_id) VALUES ('victims_rate', 'M11', 'year', '2020', 'none', '', 4.2, "
        "'per 100k', 'published', TRUE, 'OFFICIAL', 1)",
    )
    report = audit_store(read_only_engine(store))
    assert any("[suppressed rate]" in v and "victims_rate M11" in v for v in report.violations)


def test_the_report_lists_every_violation_and_the_command_fails(store, capsys):
    _plant(store, PLANTS["small count published"][0], PLANTS["missing area"][0])
    report = audit_store(read_only_engine(store))
    text = format_report(report)
    assert "check FAILED" in text
    assert all(f"  {violation}" in text.splitlines() for violation in report.violations)
    assert run(store) == 1
    assert "[small count]" in capsys.readouterr().out


def test_a_broken_file_is_refused_with_the_reason(tmp_path, capsys):
    path = tmp_path / "junk.db"
    path.write_bytes(b"junk" * 100)
    assert run(path) == 1
    assert "not_database" in capsys.readouterr().err


def test_check_reads_the_archived_releases_when_the_steward_has_them(tmp_path, monkeypatch, capsys):
    """An earlier release published M12 (10): beside it, today's C1 = 12 gives M11 = 2 away.
    Without the archive nothing shows it; with it, plain `check` names the cell."""
    import pandas as pd

    from prevention.release import archive as release_archive

    path = _tiny_store(tmp_path / "store.db")
    monkeypatch.setenv(release_archive.RELEASES_ENV, str(tmp_path / "releases"))
    assert run(path) == 0
    earlier = pd.DataFrame(
        [
            {"indicator_code": "victims", "area_code": area, "period_type": "year",
             "period_label": "2020", "breakdown_dimension": "none", "breakdown_category": "",
             "unit": "persons", "value": float(value), "hidden": area == "M11"}
            for area, value in VICTIMS_2020.items()
        ]
    )  # fmt: skip
    release_archive.record(0, earlier)
    capsys.readouterr()
    assert run(path) == 1
    output = capsys.readouterr().out
    assert "[archived releases]: hidden victims M11 2020  can be narrowed to 2-2" in output
    assert "M12" not in output  # published before, so no longer a secret to keep
    # The store's own release in the archive is not an earlier one: it is left out.
    release_archive.record(0, earlier.assign(hidden=earlier["area_code"].isin(HIDDEN)))
    release_archive.record(1, earlier.assign(value=earlier["value"] + 1))
    assert run(path) == 0
