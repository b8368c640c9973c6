"""Bidirectional-text controls: removed from every text the site stores or draws.

A right-to-left override (U+202E) in a measure title reorders what follows when it is drawn:
"\u202eevil\u202c title" shows as "live title". Lithuanian and English text never needs
these invisible controls, so they are dropped at ingest, when the seed is loaded, and again
when data text is drawn (a release written before this rule may still hold them).
"""

import re

import pandas as pd

# Embeddings and overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI), the implicit
# marks (LRM RLM ALM).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def strip_bidi(text: str) -> str:
    """The text without bidirectional controls."""
    return _BIDI.sub("", text)


def strip_bidi_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Every text cell of a frame without bidirectional controls (other cells untouched)."""
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(
                lambda value: strip_bidi(value) if isinstance(value, str) else value
            )
    return frame
