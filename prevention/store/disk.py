"""Telling a full disk from other write errors, so the steward is told what to do about it."""

import errno
import sqlite3

from prevention.store.db import Store, backend

# errno values that mean "no room": no space, over quota, over the file size limit.
NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
# PostgreSQL's SQLSTATE for a full disk on the server (disk_full).
DISK_FULL_STATE = "53100"


def place(store: Store) -> str:
    """Where the space ran out: the store's folder, or its database server."""
    return backend(store).place()


def _causes(error: BaseException) -> list[BaseException]:
    """The error and what it wraps: pandas wraps SQLAlchemy, which wraps the driver's error."""
    chain: list[BaseException] = []
    cause: BaseException | None = error
    while cause is not None and all(cause is not seen for seen in chain):
        chain.append(cause)
        cause = getattr(cause, "orig", None) or cause.__cause__ or cause.__context__
    return chain


def full(error: BaseException) -> bool:
    """Whether a write failed for want of disk space (an OS error, SQLite's or PostgreSQL's)."""
    return any(_no_room(cause) for cause in _causes(error))


def reason(error: BaseException) -> str:
    """The innermost one-line reason ("database or disk is full"), without SQL or parameters."""
    for cause in reversed(_causes(error)):
        if _no_room(cause):
            return str(cause).splitlines()[0]
    return str(error).splitlines()[0]


def _no_room(cause: BaseException) -> bool:
    if isinstance(cause, OSError) and cause.errno in NO_ROOM:
        return True
    if getattr(cause, "sqlstate", None) == DISK_FULL_STATE:
        return True
    return isinstance(cause, sqlite3.Error) and "disk is full" in str(cause)
