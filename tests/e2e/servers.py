"""Start the app (one or several processes) and nginx in front of it, on loopback ports."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]
NGINX_TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
# What `make run` serves: app.py behind the server rules (serve.py).
APP = ROOT / "serve.py"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_log() -> IO[bytes]:
    """Where a server writes its log: a file, never a pipe. A pipe nobody reads is full after
    64 KB of log, and the server then blocks on its next line (seen in the middle of a bench)."""
    return tempfile.NamedTemporaryFile(prefix="server-", suffix=".log")


def wait_healthy(url: str, process: subprocess.Popen, log: IO[bytes], timeout: float = 60) -> None:
    """Until `url` answers 200, or fail with what the process wrote to `log`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"server exited: {log.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer")


@contextmanager
def streamlit_process(
    script: Path,
    store: Path,
    *,
    port: int | None = None,
    timeout: float = 90,
    env: dict[str, str] | None = None,
) -> Iterator[tuple[str, int]]:
    """`streamlit run script` on a loopback port, reading `store`; yields (base URL, pid).

    Started from the repository root, so every script reads the project's
    .streamlit/config.toml (the reference pages of the benchmarks too).
    """
    port = port or free_port()
    env = {**os.environ, "PREVENTION_DATABASE_URL": f"sqlite:///{store}", **(env or {})}
    # The project's own settings (.streamlit/config.toml) apply as they would for `make run`;
    # only the port is the test's.
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port)]
    log = server_log()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=log)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(f"{url}/_stcore/health", process, log, timeout=timeout)
        yield url, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        log.close()


@contextmanager
def app_processes(store: Path, count: int) -> Iterator[list[str]]:
    """`count` app processes reading one store; yields their base URLs."""
    with ExitStack() as stack:
        yield [stack.enter_context(streamlit_process(APP, store))[0] for _ in range(count)]


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx",) if Path(path).exists()), None
    )


@contextmanager
def nginx_proxy(backends: list[str], folder: Path, balance: str | None = None) -> Iterator[str]:
    """nginx on a loopback port with the project's configuration, in front of `backends`.

    `balance` replaces the template's sticky `ip_hash;` (say "least_conn" for a load test,
    where every client is 127.0.0.1 and ip_hash would send them all to one backend); it also
    leaves out the per-visitor limits, which would count the whole load as one visitor.
    """
    binary = nginx_binary()
    if binary is None:
        raise RuntimeError("nginx is not installed: run `make test`, which installs it")
    from serving.nginx_conf import write

    port = free_port()
    hosts = [url.removeprefix("http://") for url in backends]
    options: dict[str, object] = {"balance": balance}
    if balance is not None:  # a load test: every client is 127.0.0.1, one "visitor"
        options["limits"] = False
    conf = write(folder, f"127.0.0.1:{port}", hosts, **options)
    log = server_log()
    process = subprocess.Popen(
        [binary, "-p", str(folder), "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(f"{url}/_stcore/health", process, log)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
