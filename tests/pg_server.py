"""A throwaway PostgreSQL cluster: Debian's server binaries, a temporary folder, a free port.

initdb and postgres refuse to run as root, so as root (CI) they run as the `postgres` user
that Debian's package creates, in a folder handed over to it.
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "prevention"


def server_bin() -> Path | None:
    """Debian's newest installed server (`/usr/lib/postgresql/<version>/bin`), if any."""
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if not found:
        return None
    newest = max(found, key=lambda path: int(Path(path).parent.parent.name.split(".")[0]))
    return Path(newest).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """initdb, start on 127.0.0.1:<free port>, and stop and delete everything at the end."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self._as_postgres = os.geteuid() == 0
        # The postgres user must reach the folder: as root, not under a private TMPDIR.
        parent = "/tmp" if self._as_postgres else None
        self.folder = Path(tempfile.mkdtemp(prefix="prevention-pg-", dir=parent))
        self.data = self.folder / "data"
        self.port = _free_port()
        if self._as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.binaries / program), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, cwd=self.folder)

    def start(self) -> "Cluster":
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        # Durability is not under test here; speed is welcome on a small machine.
        settings = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories={self.folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-o", settings, "-w", "start")  # fmt: skip
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
