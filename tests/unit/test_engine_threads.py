"""The app's one shared engine serves many sessions at once: Streamlit runs each in a thread."""

import threading

import pandas as pd
from sqlalchemy import text

from prevention.store.db import read_only_engine

THREADS = 12  # more than the 5 threads SQLAlchemy's per-thread SQLite pool keeps
READS = 25
COUNT = text("SELECT count(*) AS n FROM observations")


def test_many_threads_read_through_one_engine_at_once(official_copy):
    engine = read_only_engine(official_copy)
    expected = pd.read_sql_query(COUNT, engine)
    start = threading.Barrier(THREADS)
    problems: list[BaseException] = []
    counts: list[int] = []

    def visitor() -> None:
        start.wait()
        try:
            for _ in range(READS):
                with engine.connect() as connection:
                    frame = pd.read_sql_query(
                        text("SELECT count(*) AS n FROM observations"), connection
                    )
                counts.append(int(frame["n"].iloc[0]))
        except BaseException as error:  # noqa: BLE001 - every failure is the finding
            problems.append(error)

    threads = [threading.Thread(target=visitor) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    engine.dispose()

    assert not problems, f"{len(problems)} reads failed, e.g. {problems[0]!r}"
    assert counts == [int(expected["n"].iloc[0])] * (THREADS * READS)
