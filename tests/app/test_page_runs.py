"""Page runs in one process take turns (serving/page_runs.py), fragments' own reruns too."""

import threading
import time

from serving.page_runs import PAGE_RUNS, one_at_a_time
from tests.app.helpers import run_page


def test_a_page_run_waits_while_another_run_holds_the_turn(use_store):
    finished = threading.Event()

    def visitor() -> None:
        run_page("1_trends.py", timeout=60, lang="en")
        finished.set()

    with PAGE_RUNS:
        thread = threading.Thread(target=visitor)
        thread.start()
        assert not finished.wait(timeout=3), "the page ran while another run had the turn"
    assert finished.wait(timeout=60), "the page did not run once the turn was free"
    thread.join()


def test_gated_calls_from_many_threads_never_overlap():
    running, overlaps = [0], [0]

    @one_at_a_time
    def fragment() -> None:
        running[0] += 1
        overlaps[0] += running[0] > 1
        time.sleep(0.005)
        running[0] -= 1

    def visitor() -> None:
        for _ in range(20):
            fragment()

    threads = [threading.Thread(target=visitor) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps[0] == 0 and running[0] == 0


def test_a_run_that_holds_the_turn_can_draw_its_gated_fragment():
    calls = []
    with PAGE_RUNS:
        one_at_a_time(lambda: calls.append("drawn"))()
    assert calls == ["drawn"]


def test_garbage_is_collected_at_most_every_ten_seconds(monkeypatch):
    from serving import page_runs

    clock = [1000.0]
    collections: list[float] = []
    monkeypatch.setattr(page_runs.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(page_runs.gc, "collect", lambda: collections.append(clock[0]))
    monkeypatch.setattr(page_runs, "_last_collection", [clock[0]])
    for step in (1, 2, 7, 0.5, 4, 9, 2):  # page runs at 1001, 1003, 1010, 1010.5, ... 1025.5
        clock[0] += step
        page_runs.collect_garbage_now_and_then()
    assert collections == [1010.0, 1023.5]
