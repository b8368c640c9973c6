"""One chart alone, for an iframe on another site: `?panel=<id>&embed=true`.

Streamlit's embed mode (`embed=true`) drops the site's header and menu but still shows the
whole page: title, controls, every other chart. With `panel=<id>` a page draws only that
chart's panel: its figure (title inside), the illustrative mark, the source line and a link
back to the full view. The page script still runs top to bottom, because its controls read
the view from the same URL; everything it writes outside the panel goes to a sink that is
emptied before the run ends, so neither the browser nor AppTest ever keeps it.
"""

from contextvars import ContextVar
from dataclasses import dataclass

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from prevention.i18n import Lang, t
from prevention.web import url_values

PARAM = "panel"
# The panels each page can show alone (chart_panel keys); the first is shown for an unknown id.
PANELS: dict[str, tuple[str, ...]] = {
    "trends": ("trend",),
    "map": ("map_bars",),
    "municipality": ("profile", "groups"),
    "compare": ("compare",),
    "measures": ("coverage", "institutions", "types", "budget", "timeline", "need", "effort"),
    "duplicates": ("matrix",),
}


@dataclass(frozen=True)
class Alone:
    """This run draws one panel: its id, where it goes, and the sink for everything else."""

    panel: str
    slot: DeltaGenerator
    sink: DeltaGenerator


# Per script run (set by every page_setup): None when the whole page is drawn.
_ALONE: ContextVar[Alone | None] = ContextVar("chart_alone", default=None)


def requested(page: str) -> bool:
    """Whether the link asks this page for one chart alone (a page without charts: never)."""
    return page in PANELS and st.query_params.get(PARAM) is not None


def start(page: str, lang: Lang) -> None:
    """Reserve the panel's place, then send the rest of the page's output to the sink.

    An unknown id gets the polite notice and the page's first chart, as every bad link value
    does. The sink is an `st.empty()`: each element written to it replaces the one before,
    and `finish()` empties it. Entering it here (not in a `with` block) keeps it the target
    of every later `st.*` call of this run; a `with` block inside the page nests as usual.
    """
    panels = PANELS[page]
    panel = url_values.choice(st.query_params.get(PARAM), panels)
    if panel is None:
        st.info(t("common.bad_param", lang, name=PARAM), icon=":material/link_off:")
        panel = panels[0]
    slot = st.container()
    sink = st.empty()
    sink.__enter__()
    _ALONE.set(Alone(panel=panel, slot=slot, sink=sink))


def reset() -> None:
    """A run that draws the whole page (every page_setup calls this or start())."""
    _ALONE.set(None)


def alone() -> Alone | None:
    """The panel this run draws alone, if any."""
    return _ALONE.get()


def finish() -> None:
    """Drop everything the page wrote besides the panel, and end the run."""
    state = _ALONE.get()
    if state is not None:
        state.sink.empty()
    st.stop()
