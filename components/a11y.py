"""What every page needs for assistive technology and keyboards, drawn by page_setup().

The script (prevention/web/a11y.js) sets <html lang> to the page's language and names each chart;
the styles make the focused menu link look different from the current page (a focus ring
versus a bar), keep the script's empty element from taking a line of the page, and draw links
in captions in the caption's own colour, underlined: Streamlit fades a whole caption, and a
faded teal link falls to 2.6:1 on white.
"""

import streamlit as st

from prevention.i18n import Lang, t
from prevention.web import a11y

# The teal of the theme (primaryColor): 5.1:1 on the sidebar's grey, also as a 3:1 UI outline.
MARK = "#1b6f80"
STYLES = f"""
<style>
.st-key-a11y_script {{ display: none; }}
[data-testid="stSidebar"] [data-testid="stPageLink-NavLink"][aria-current="page"] {{
  box-shadow: inset 4px 0 0 {MARK};
}}
[data-testid="stCaptionContainer"] a, [data-testid="stCaptionContainer"] a:visited {{
  color: inherit;
  text-decoration: underline;
}}
[data-testid="stPageLink-NavLink"]:focus-visible {{
  outline: 3px solid {MARK};
  outline-offset: 2px;
}}
</style>
"""


def page_accessibility(lang: Lang) -> None:
    """The page's language and chart names (script), and the focus and current-page marks."""
    st.html(STYLES)
    with st.container(key="a11y_script"):
        tag = a11y.script_tag(lang, t("a11y.chart", lang), t("a11y.sparkline", lang))
        st.html(tag, unsafe_allow_javascript=True)
