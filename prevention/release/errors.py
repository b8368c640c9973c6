"""The error a failed release raises, shared by build and ingest.

Its own module so that ingest (whose replay errors are build errors: a rebuilt store an
archived submission no longer fits is not published) need not import the build itself.
"""


class BuildError(RuntimeError):
    """The new store failed its audit or could not be written; the old store was left untouched."""
