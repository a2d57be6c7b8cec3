"""A throwaway PostgreSQL server in a temporary folder, for the tests and `make bench`.

It uses the server binaries of Debian's ``postgresql`` package (found under
/usr/lib/postgresql/*/bin, or on PATH): ``initdb`` a cluster in a new temporary
folder, ``pg_ctl`` start it on a free port of 127.0.0.1 with trust
authentication (only local, only for this run), and stop it and delete the folder
at the end. PostgreSQL refuses to run as root, so under root the server runs as
the ``postgres`` user the package creates (or ``nobody``), owning the folder.
Durability is switched off: nothing here outlives the process.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from glob import glob
from pathlib import Path

#: where Debian's postgresql-NN packages put the server binaries
DEBIAN_BINARIES = "/usr/lib/postgresql/*/bin"
SERVER_USERS = ("postgres", "nobody")
SUPERUSER = "sitrep"
#: settings for a server whose data may be lost: no fsync, small, local only
SETTINGS = (
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    "max_connections=40",
    "listen_addresses=127.0.0.1",
)


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server binaries here (a reason to skip, not a failure)."""


def find_binaries() -> Path:
    """The folder holding initdb, pg_ctl and postgres (the newest Debian version first)."""
    found = [Path(p) for p in glob(DEBIAN_BINARIES) if (Path(p) / "initdb").is_file()]
    if found:
        return max(found, key=lambda p: _major(p.parent.name))
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    raise ServerUnavailable(
        f"no PostgreSQL server binaries (initdb, pg_ctl) under {DEBIAN_BINARIES} or on PATH:"
        " install Debian's postgresql package (`make system-deps` does, as root)"
    )


def _major(name: str) -> int:
    return int(name) if name.isdigit() else -1


@dataclass
class TempServer:
    """A running throwaway server; use as a context manager, or call stop()."""

    binaries: Path = field(default_factory=find_binaries)
    folder: Path = field(init=False)
    port: int = field(init=False, default=0)
    _user: pwd.struct_passwd | None = field(init=False, default=None)
    _count: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self._user = _server_user()
        self.folder = Path(tempfile.mkdtemp(prefix="sitrep-pg-", dir=_temp_root(self._user)))
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        atexit.register(self.stop)  # a run that ends without stop() leaves no server behind

    def __enter__(self) -> TempServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self, prefix: str = "sitrep") -> str:
        """A new empty database; its URL."""
        import psycopg

        self._count += 1
        name = f"{prefix}_{self._count}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """Stop the server (at once: its data is thrown away) and delete its folder."""
        if (self.folder / "data" / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", "data", "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _start(self) -> None:
        if self._user is not None:
            os.chown(self.folder, self._user.pw_uid, self._user.pw_gid)
        self.folder.chmod(0o700)
        self._run("initdb", "-D", "data", "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--no-locale", "--no-sync")  # fmt: skip
        # a free port can be taken between our probe and the server's bind: try a few
        for attempt in range(3):
            self.port = _free_port()
            options = " ".join(
                [f"-p {self.port}", f"-k {self.folder}", *(f"-c {s}" for s in SETTINGS)]
            )
            started = self._run(
                "pg_ctl", "-D", "data", "-l", "server.log", "-o", options, "-w", "-t", "60",
                "start", check=False,
            )  # fmt: skip
            if started.returncode == 0:
                return
            if attempt == 2:
                raise RuntimeError(f"PostgreSQL did not start: {self._log_tail()}")

    def _run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run a server program as the server's user, in the server's folder."""
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "TZ": "UTC"}
        user = None
        if self._user is not None:
            user, env["HOME"] = self._user.pw_uid, str(self.folder)
        result = subprocess.run(
            [str(self.binaries / program), *args],
            cwd=self.folder,
            env=env,
            user=user,
            group=self._user.pw_gid if self._user is not None else None,
            extra_groups=[] if self._user is not None else None,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"{program} failed: {result.stderr.strip() or result.stdout}")
        return result

    def _log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "server.log").read_text(errors="replace")[-2000:]
        return "(no server log)"


def _server_user() -> pwd.struct_passwd | None:
    """The unprivileged user to run the server as, when we are root (None otherwise)."""
    if os.geteuid() != 0:
        return None
    for name in SERVER_USERS:
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise ServerUnavailable(
        f"running as root and none of the users {', '.join(SERVER_USERS)} exists to run"
        " PostgreSQL as (it refuses root)"
    )


def _temp_root(user: pwd.struct_passwd | None) -> str:
    """The temporary folder's parent: the usual one, unless another user could not reach it."""
    usual = Path(tempfile.gettempdir())
    if user is None or all(os.stat(p).st_mode & 0o001 for p in (usual, *usual.parents)):
        return str(usual)
    return "/tmp"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
