"""One writer per SQLite store: another thread or process is refused, on any operating system."""

import subprocess
import sys
import threading
from pathlib import Path

from prevention.store.lock import store_lock

ROOT = Path(__file__).resolve().parents[2]

# Holds the lock of the store named in argv[1] until its standard input closes.
HOLDER = """
import sys
from pathlib import Path
from prevention.store.lock import store_lock
with store_lock(Path(sys.argv[1])) as locked:
    print("held" if locked else "refused", flush=True)
    sys.stdin.read()
"""


def test_a_second_thread_is_refused_until_the_first_is_done(tmp_path):
    store = tmp_path / "store.db"
    answers: list[bool] = []

    def second_writer() -> None:
        with store_lock(store) as locked:
            answers.append(locked)

    with store_lock(store) as locked:
        assert locked
        other = threading.Thread(target=second_writer)
        other.start()
        other.join()
    assert answers == [False]
    with store_lock(store) as locked:
        assert locked, "the lock is free again once its holder is done"


def test_a_second_process_is_refused_and_a_dead_holder_frees_the_lock(tmp_path):
    store = tmp_path / "store.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == b"held"
        with store_lock(store) as locked:
            assert not locked
    finally:
        holder.kill()  # no clean release: the operating system frees the lock
        holder.wait()
    with store_lock(store) as locked:
        assert locked


def test_without_fcntl_the_lock_still_refuses_a_second_writer(tmp_path):
    # Before filelock, a system without fcntl (Windows) let every writer through.
    code = (
        "import sys; sys.modules['fcntl'] = None\n"
        "from pathlib import Path\n"
        "from prevention.store.lock import store_lock\n"
        "store = Path(sys.argv[1])\n"
        "with store_lock(store) as first, store_lock(store) as second:\n"
        "    print(first, second)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "store.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["True", "False"]
