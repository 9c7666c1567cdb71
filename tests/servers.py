"""Real PostgreSQL and Redis servers for the tests: started on 127.0.0.1 on free ports with their data in a
temporary folder, stopped by PID. scripts/setup.sh installs the Debian packages when they are missing."""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import redis

from tests.conftest import free_port, wait_until

# PostgreSQL refuses to run as root: as root, the server runs as the postgres user the Debian package creates.
SERVER_USER = "postgres" if os.geteuid() == 0 else None


def postgres_bin(program: str) -> str:
    """A PostgreSQL server program: on PATH, or where Debian keeps it (/usr/lib/postgresql/<version>/bin)."""
    found = shutil.which(program) or next(iter(sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{program}"))), None)
    if found is None:
        raise RuntimeError(f"no {program}: install PostgreSQL (bash scripts/setup.sh does, as root)")
    return str(found)


def stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    """Stop a server by its PID: `sig` first, SIGKILL when it has not gone after 30 s."""
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Postgres:
    """A running PostgreSQL server; each test that wants an empty store asks for a database of its own."""

    port: int
    names: Iterator[int] = field(default_factory=itertools.count)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://gongkai@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        name = f"store_{next(self.names)}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        return self.url(name)


@contextmanager
def postgres_server() -> Iterator[Postgres]:
    folder = Path(tempfile.mkdtemp(prefix="gongkai-postgres-"))
    if SERVER_USER:
        shutil.chown(folder, SERVER_USER)
    data = folder / "data"
    user = {"user": SERVER_USER} if SERVER_USER else {}
    subprocess.run(
        [postgres_bin("initdb"), "-D", str(data), "-U", "gongkai", "--auth=trust", "-E", "UTF8", "--locale=C"],
        check=True,
        capture_output=True,
        **user,
    )
    port = free_port()
    # fsync off: a test server's data may be lost in a machine crash; the tests only need it while they run.
    options = ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=200"]
    server = subprocess.Popen(
        [postgres_bin("postgres"), "-D", str(data), "-p", str(port), "-k", str(folder), *options],
        stdout=subprocess.DEVNULL,
        stderr=(folder / "server.log").open("wb"),
        **user,
    )
    try:
        running = Postgres(port)
        wait_until(lambda: server.poll() is not None or _connects(running.url()), 60, "PostgreSQL to answer")
        assert server.poll() is None, (folder / "server.log").read_text(errors="replace")
        yield running
    finally:
        stop(server, signal.SIGINT)  # SIGINT: PostgreSQL's fast shutdown (rolls back open transactions)
        shutil.rmtree(folder, ignore_errors=True)


def _connects(url: str) -> bool:
    try:
        psycopg.connect(url, connect_timeout=2).close()
    except psycopg.OperationalError:
        return False
    return True


@contextmanager
def redis_server() -> Iterator[str]:
    """A Redis server without persistence; yields its redis:// URL."""
    redis_bin = shutil.which("redis-server")
    if redis_bin is None:
        raise RuntimeError("no redis-server: install it (bash scripts/setup.sh does, as root)")
    folder = Path(tempfile.mkdtemp(prefix="gongkai-redis-"))
    port = free_port()
    no_persistence = ["--save", "", "--appendonly", "no"]
    server = subprocess.Popen(
        [redis_bin, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder), *no_persistence],
        stdout=(folder / "server.log").open("wb"),
        stderr=subprocess.STDOUT,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        wait_until(lambda: server.poll() is not None or _pings(url), 30, "Redis to answer")
        assert server.poll() is None, (folder / "server.log").read_text(errors="replace")
        yield url
    finally:
        stop(server)
        shutil.rmtree(folder, ignore_errors=True)


def _pings(url: str) -> bool:
    try:
        return redis.Redis.from_url(url, socket_timeout=2).ping()
    except redis.ConnectionError:
        return False
