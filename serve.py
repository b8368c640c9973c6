"""The server `make run` starts: app.py's pages behind prevention.web.server_rules' HTTP rules.

`streamlit run serve.py` finds the `app` below and serves app.py with the middleware in
front of Streamlit's own routes; AppTest and the page code keep using app.py itself.
"""

import streamlit as st
from starlette.middleware import Middleware

from components.shell import page_addresses
from prevention.web.html_lang import DocumentLanguage
from prevention.web.server_rules import RefuseRoutes, translate_bad_requests

translate_bad_requests()
app = st.App(
    "app.py",
    middleware=[
        Middleware(RefuseRoutes, pages=page_addresses()),
        # The first HTML already names the page's language (`?lang=en` or Lithuanian).
        Middleware(DocumentLanguage),
    ],
)
