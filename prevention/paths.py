"""Where the project's own files are: the checkout's root and the seed folder.

A module of its own, outside the rooms, so that the store, a release and the catalogue's
case forms can all find the seed without importing one another.
"""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = REPO_ROOT / "data" / "seed"
