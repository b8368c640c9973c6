"""The server's own error pages (a link too long, an unreadable request, too many requests).

nginx and the app server answer these before any page script runs, so the visitor's ?lang=
is unknown: each page says it in Lithuanian, then in English, from the string catalogue
(strings/server.toml). Plain HTML with no script and no outside resource, so it draws under
the site's Content Security Policy.
"""

from html import escape

from prevention.i18n import LANGS, t

# Page name -> (HTTP status, catalogue key prefix). The names are nginx's error_page files.
PAGES = {
    "too-long": (414, "server.too_long"),
    "bad-request": (400, "server.bad_request"),
    "too-many": (429, "server.too_many"),
    # A mistyped or outdated page address: our page, not Streamlit's English dialog.
    "not-found": (404, "wording.not_found"),
}


def html(name: str) -> str:
    """The whole page, both languages, every catalogue text escaped."""
    _status, prefix = PAGES[name]
    sections = []
    for lang in LANGS:
        sections.append(
            f'<section lang="{lang}"><h1>{escape(t(f"{prefix}.title", lang))}</h1>'
            f"<p>{escape(t(f'{prefix}.body', lang))}</p>"
            f'<p><a href="/?lang={lang}">{escape(t("server.back_home", lang))}</a></p></section>'
        )
    title = " · ".join(escape(t(f"{prefix}.title", lang)) for lang in LANGS)
    return (
        '<!DOCTYPE html><html lang="lt"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title} · {escape(t('app.name', 'lt'))}</title>"
        "<style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;"
        "color:#1d2a35}a{color:#1b6f80}section+section{border-top:1px solid #ccd;margin-top:2rem}"
        "</style></head><body>" + "".join(sections) + "</body></html>\n"
    )


def html_bytes(name: str) -> bytes:
    return html(name).encode("utf-8")
