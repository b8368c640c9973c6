"""Bidirectional controls never reach the store or the page: "\u202eevil\u202c x" is not "live x".

Dropped at ingest, when the seed is loaded, in every read query and in drawn Markdown.
"""

from components.notes import escape_markdown
from prevention.i18n.bidi import BIDI_CONTROLS, strip_bidi
from prevention.ingest.validate import parse
from tests.unit.test_ingest_measures import HEADER, ROW

HOSTILE = "\u202eevil\u202c title \u2067x\u2069\u200f"


def test_every_control_is_stripped_and_other_text_kept() -> None:
    assert strip_bidi(HOSTILE) == "evil title x"
    assert strip_bidi("Vilniaus m. sav. · ąčęėįšųūž") == "Vilniaus m. sav. · ąčęėįšųūž"
    assert not set(strip_bidi("".join(BIDI_CONTROLS)))


def test_an_ingested_text_cell_loses_its_controls() -> None:
    raw = (HEADER + ROW).encode()
    submission = parse(raw.replace(b"Lecture", HOSTILE.encode()))
    text = "".join(str(value) for value in submission.rows.to_numpy().ravel())
    assert not set(BIDI_CONTROLS) & set(text), text


def test_drawn_data_text_loses_its_controls() -> None:
    assert not set(BIDI_CONTROLS) & set(escape_markdown(HOSTILE))
