"""A throwaway PostgreSQL cluster of the test's own, to stop and start while the app runs.

Never the shared server: the cluster lives in a fresh temporary directory, listens on a free
port of 127.0.0.1 with its socket in that directory, and is stopped and removed afterwards.
Run as root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
"""

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.live_server import free_port


def postgres_bindir() -> Path | None:
    """The newest installed server binaries (Debian: /usr/lib/postgresql/<major>/bin)."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


@dataclass
class ThrowawayCluster:
    bindir: Path
    directory: Path
    port: int

    @property
    def data(self) -> Path:
        return self.directory / "data"

    @property
    def log(self) -> Path:
        return self.directory / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, timeout: float = 60) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=timeout)  # noqa: S603

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        """`fast` ends every open connection, as a restart for maintenance does."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def is_running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def read_log(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@contextmanager
def throwaway_cluster() -> Iterator[ThrowawayCluster]:
    bindir = postgres_bindir()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb) on this machine")
    directory = Path(tempfile.mkdtemp(prefix="vpm-faults-pg-"))
    if os.geteuid() == 0:
        postgres = pwd.getpwnam("postgres")
        os.chown(directory, postgres.pw_uid, postgres.pw_gid)
    cluster = ThrowawayCluster(bindir, directory, free_port())
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        if cluster.is_running():
            cluster.stop("immediate")
        shutil.rmtree(directory, ignore_errors=True)
