"""Source addresses as a reader can open them: no staging or preview hosts, no cookie flags.

Some addresses were collected from a publisher's staging or preview site (the page a search
engine or a cookie dialog happened to return). Those hosts may vanish or ask for a login, so
a citation must carry the public address of the same page. The seed importer applies this to
every source it writes, so a re-import keeps the fix; the seed check rejects any left over.
"""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Staging or preview host -> the public host serving the same paths.
PUBLIC_HOSTS = {
    "staging-next.liberties.eu": "www.liberties.eu",
    "preview.state.gov": "www.state.gov",
}
# Query parameters that only switch a site's cookie dialog; the page is the same without them.
DIALOG_PARAMETERS = {"cookie_settings"}
# Any host whose first label says it is not the public site.
NON_PUBLIC_PREFIXES = ("staging", "preview", "dev.", "test.")


def public_url(url: str) -> str:
    """The public address of a source page; an address that is already public as it was."""
    if not url:
        return url
    parts = urlsplit(url)
    host = PUBLIC_HOSTS.get(parts.netloc.lower(), parts.netloc)
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
             if key not in DIALOG_PARAMETERS]  # fmt: skip
    if host == parts.netloc and len(query) == len(parse_qsl(parts.query, keep_blank_values=True)):
        return url
    return urlunsplit((parts.scheme, host, parts.path, urlencode(query), parts.fragment))


def is_non_public(url: str) -> bool:
    """Whether an address points at a staging or preview host (the seed must have none)."""
    host = urlsplit(url).netloc.lower()
    return host in PUBLIC_HOSTS or host.startswith(NON_PUBLIC_PREFIXES)
