"""Where a store lives: a SQLite file (the default, one crawl process) or a PostgreSQL server that many crawl
processes on many machines write at once. The store's SQL is written once, with `?` placeholders and SQL both
engines run alike; each class here runs it its own way and supplies the few statements that differ."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(location: str | Path) -> bool:
    """True for a PostgreSQL connection URL, False for a SQLite file path."""
    return str(location).startswith(POSTGRES_SCHEMES)


def without_password(url: str) -> str:
    """A connection URL fit for messages and logs: the password replaced by ***."""
    return re.sub(r"(://[^:/@]+:)[^@/]*@", r"\1***@", url)


class StoreUnreachable(ConnectionError):
    """The PostgreSQL server named by a store URL cannot be reached or refuses the login."""


class Database:
    """One connection to a store's database, whichever engine; subclasses say how to connect and what differs."""

    connection: sqlite3.Connection

    def execute(self, sql: str, params: tuple = ()):
        """Run one statement with `?` placeholders; the cursor's rows are tuples."""
        return self.connection.execute(sql, params)

    def records(self, sql: str, params: tuple = ()) -> list[dict]:
        """Every row of a query as a dict keyed by column name, columns in the order the query gives them."""
        cursor = self.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def json_field(self, column: str, key: str) -> str:
        """SQL for the value of top-level `key` in the JSON text held in `column`."""
        raise NotImplementedError

    def columns(self, table: str) -> set[str]:
        """The names of a table's columns."""
        raise NotImplementedError

    @contextmanager
    def transaction(self, lock: str | None = None) -> Iterator[None]:
        """One transaction: committed at the end, rolled back on an error. `lock` names what it changes, so that
        processes sharing the database change one thing one at a time (two writers of one report URL)."""
        raise NotImplementedError

    def script(self, sql: str) -> None:
        """Run several statements separated by semicolons, without parameters (a schema)."""
        raise NotImplementedError

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class SqliteDatabase(Database):
    """A SQLite file, created with its folder on first use; read-only opening needs the file to exist."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only:
            if not self.path.exists():
                raise FileNotFoundError(f"no store at {path}")
            self.connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.connection = sqlite3.connect(self.path, timeout=30)
        # WAL: readers (the sqlite3 shell, the crawl's middleware) never block the writer, and a crash loses at
        # most the transaction in flight.
        self.connection.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL syncs at checkpoints, not at every commit (an fsync per report held the crawl's one
        # thread): a killed process loses no committed report; only a power cut can lose the last few, which the
        # next run fetches again like any report the store lacks.
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.execute("PRAGMA foreign_keys=ON")

    def json_field(self, column: str, key: str) -> str:
        return f"json_extract({column}, '$.{key}')"

    def columns(self, table: str) -> set[str]:
        return {row[1] for row in self.connection.execute(f"PRAGMA table_info({table})")}

    @contextmanager
    def transaction(self, lock: str | None = None) -> Iterator[None]:
        # One process writes a SQLite store: its own transactions are the only lock it needs.
        with self.connection:
            yield

    def script(self, sql: str) -> None:
        self.connection.executescript(sql)


class PostgresDatabase(Database):
    """A PostgreSQL database (psycopg 3), autocommit outside explicit transactions so that an idle crawl holds no
    transaction open; the password may come from the URL, PGPASSWORD or ~/.pgpass as libpq reads them."""

    def __init__(self, url: str, read_only: bool = False) -> None:
        import psycopg  # only a PostgreSQL store needs the driver loaded

        try:
            self.connection = psycopg.connect(url, autocommit=True, connect_timeout=30)
        except psycopg.OperationalError as error:
            raise StoreUnreachable(f"cannot open the store {without_password(url)}: {error}".strip()) from error
        if read_only:
            self.connection.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    def execute(self, sql: str, params: tuple = ()):
        # The shared SQL has no literal ? or %: its placeholders become psycopg's.
        return self.connection.execute(sql.replace("?", "%s"), params)

    def json_field(self, column: str, key: str) -> str:
        return f"({column}::jsonb ->> '{key}')"

    def columns(self, table: str) -> set[str]:
        rows = self.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = ?",
            (table,),
        )
        return {name for (name,) in rows}

    @contextmanager
    def transaction(self, lock: str | None = None) -> Iterator[None]:
        with self.connection.transaction():
            if lock is not None:
                # Held to the end of the transaction: another worker changing the same thing waits, then sees it
                # changed (the same report URL; the tables, which CREATE TABLE IF NOT EXISTS does not guard).
                self.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (lock,))
            yield

    def script(self, sql: str) -> None:
        self.connection.execute(sql)  # psycopg sends a statement list as one when it has no parameters


def open_database(location: str | Path, read_only: bool = False) -> Database:
    """The database a store location names: a postgresql:// URL, or else a SQLite file path."""
    if is_postgres(location):
        return PostgresDatabase(str(location), read_only)
    return SqliteDatabase(location, read_only)
