"""The nginx configuration from deploy/nginx.conf.template, with what must be computed.

The template's placeholders: {prefix} (nginx's own folder), {listen}, {backends} (one
"server host:port;" line per app process) and {script_hashes}: the sha256 of each inline
script in Streamlit's page (its bootstrap), so the Content Security Policy allows exactly
those and no 'unsafe-inline' script. They are read from the installed Streamlit, so an
upgrade that changes the bootstrap changes the policy with it. {error_pages} becomes one
internal location per translated error page (prevention/web/error_pages.py), its HTML inside
the configuration: nginx's workers need not be able to read any file of ours.

    python -m prevention nginx-conf FOLDER --listen 127.0.0.1:8080 --backend 127.0.0.1:8501
"""

import base64
import hashlib
import re
from pathlib import Path

import streamlit

from prevention.store.db import REPO_ROOT
from prevention.web import a11y, error_pages

TEMPLATE = REPO_ROOT / "deploy" / "nginx.conf.template"
INDEX = Path(streamlit.__file__).parent / "static" / "index.html"
# An inline script: a <script> element without src=, its text exactly as the browser hashes it.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)[^>]*>(.*?)</script>", re.S | re.I)
# Lines of the per-visitor limits, which a load benchmark (every client 127.0.0.1) leaves out.
LIMIT_MARK = "# per-visitor limit"
# With a certificate: TLS 1.2 and 1.3 only (Debian's nginx otherwise offers what OpenSSL
# allows), and Streamlit's XSRF cookie marked Secure, which Streamlit does only when it
# terminates TLS itself.
TLS = """        ssl_certificate {cert};
        ssl_certificate_key {key};
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_session_cache shared:tls:10m;
        proxy_cookie_flags _streamlit_xsrf secure;"""


def script_hashes(index_html: str | None = None) -> list[str]:
    """CSP sources ('sha256-...') for every inline script of Streamlit's index.html."""
    page = INDEX.read_text(encoding="utf-8") if index_html is None else index_html
    hashes = []
    for body in INLINE_SCRIPT.findall(page):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    # Our own inline script on every page (document language, chart names): prevention/web/a11y.js.
    if index_html is None:
        hashes.append(a11y.script_hash())
    return sorted(set(hashes))


def error_locations() -> str:
    """`location = /_errors/<name>.html { internal; return <status> "<html>"; }` for each page."""
    blocks = []
    for name, (status, _prefix) in error_pages.PAGES.items():
        page = error_pages.html(name).strip()
        if "$" in page:  # nginx would read it as a variable
            raise ValueError(f"error page {name} contains '$'")
        quoted = page.replace("\\", "\\\\").replace('"', '\\"')
        blocks.append(
            f"        location = /_errors/{name}.html {{\n"
            "            internal;\n"
            '            default_type "text/html; charset=utf-8";\n'
            f'            return {status} "{quoted}";\n'
            "        }"
        )
    return "\n".join(blocks)


def render(
    prefix: Path,
    listen: str,
    backends: list[str],
    *,
    balance: str | None = None,
    limits: bool = True,
    tls: tuple[Path, Path] | None = None,
    template: str | None = None,
) -> str:
    """The configuration text; `balance` replaces the sticky ip_hash (a load test's clients
    all share 127.0.0.1), `limits=False` drops the per-visitor limits for the same reason,
    `tls=(certificate, key)` serves HTTPS on `listen`."""
    text = TEMPLATE.read_text(encoding="utf-8") if template is None else template
    if balance is not None:
        if "ip_hash;" not in text:
            raise ValueError("the template has no ip_hash; line to replace")
        text = text.replace("ip_hash;", f"{balance};")
    if not limits:
        text = "\n".join(line for line in text.splitlines() if LIMIT_MARK not in line) + "\n"
    servers = "\n".join(f"        server {backend};" for backend in backends)
    secure = TLS.replace("{cert}", str(tls[0])).replace("{key}", str(tls[1])) if tls else ""
    return (
        text.replace("{prefix}", str(prefix))
        .replace("{listen}", f"{listen} ssl" if tls else listen)
        .replace("{tls}\n", f"{secure}\n" if secure else "")
        .replace("{backends}", servers)
        .replace("{script_hashes}", " ".join(script_hashes()))
        .replace("{error_pages}", error_locations())
    )


def write(folder: Path, listen: str, backends: list[str], **options: object) -> Path:
    """nginx.conf into `folder` (nginx's prefix); returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "nginx.conf"
    conf.write_text(render(folder, listen, backends, **options), encoding="utf-8")  # type: ignore[arg-type]
    return conf
