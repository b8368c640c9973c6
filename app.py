"""The entry point: the site's pages, each run one at a time per process (serving/page_runs).

The pages live in app_pages/, not pages/: beside a pages/ folder Streamlit serves that folder
itself and never runs this file's navigation. A page's URL is its file name without the
number: /trends for app_pages/1_trends.py.
"""

import streamlit as st

from components.shell import PAGES
from serving.page_runs import PAGE_RUNS, collect_garbage_now_and_then

with PAGE_RUNS:
    page = st.navigation(
        [st.Page(script, default=index == 0) for index, (script, _key) in enumerate(PAGES)],
        position="hidden",
    )
    try:
        page.run()
    finally:
        collect_garbage_now_and_then()
