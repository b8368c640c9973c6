"""Sources of the local files: one per URL, an id, a publisher and a tier, by written rules.

A URL already in the figures' sources.csv keeps that source's id. Others get LOCAL_S01,
LOCAL_S02, ... in order of first appearance (measures file first, then figures file).

Tier by host (README tiers): official sites (legal register, ministries, municipalities,
statistics) 1; press 3; an NGO archive page that reprints a press item (its title or URL
names the outlet, e.g. "(www.silale.lt, 2016-07-05)", or its publisher says "reprint") 3, as press reprints; the NGO's own
items, schools, libraries, church sites and unofficial pages 4, as is any row the figures
file flags as secondary, leaked or ambiguous (FLAGGED_HOSTS).
"""

import re
from urllib.parse import urlparse

import pandas as pd

OFFICIAL_HOSTS = ("e-seimas.lrs.lt", "vrm.lrv.lt", "vilnius.lt", "prienai.lt", "kaunas.lt",
                  "vrsa.lt", "osp.stat.gov.lt")  # fmt: skip
PRESS_HOSTS = ("etaplius.lt", "15min.lt", "silokarcema.lt", "alytausnaujienos.lt", "darbs.lt",
               "lzinios.lt", "lrytas.lt", "vilnijosnaujienos.lt")  # fmt: skip
NGO_ARCHIVES = ("kopzi.pavyzdys.site", "anti-trafficking.lt")
# Unofficial compilations, leaked cables, mirrors: lowest tier, never preferred.
FLAGGED_HOSTS = ("github.com", "wikileaks", "clateway.com", "baltnews.com", "emmaus-europe.org")
_REPRINT = re.compile(r"\((?:www\.)?[\w-]+\.lt\b|-(?:www-)?[a-z]+-lt-", re.IGNORECASE)


def host(url: str) -> str:
    """The URL's host without "www."."""
    return urlparse(url).netloc.removeprefix("www.")


def tier(url: str, title: str, publisher: str = "") -> int:
    """The README tier of a local source, by the rules above."""
    name = host(url)
    if any(flagged in name for flagged in FLAGGED_HOSTS):
        return 4
    if any(name == h or name.endswith("." + h) for h in OFFICIAL_HOSTS):
        return 1
    if any(name == h or name.endswith("." + h) for h in PRESS_HOSTS):
        return 3
    if any(name.endswith(archive) for archive in NGO_ARCHIVES):
        reprint = _REPRINT.search(title) or _REPRINT.search(url) or "reprint" in publisher
        return 3 if reprint else 4
    return 4


def local_sources(
    measures: pd.DataFrame, figures: pd.DataFrame, known: pd.DataFrame
) -> tuple[pd.DataFrame, dict[str, str]]:
    """(new source rows, URL -> source id for every local URL)."""
    ids = dict(zip(known["url"], known["source_id"], strict=False))
    rows = []
    publishers = dict(zip(figures["url"], figures["publisher"], strict=False))
    titled = pd.concat([measures[["url", "source_title"]], figures[["url", "source_title"]]])
    for url, title in titled.drop_duplicates("url").itertuples(index=False):
        if url in ids:
            continue
        ids[url] = f"LOCAL_S{len(rows) + 1:02d}"
        publisher = publishers.get(url) or host(url)
        rows.append(
            {"source_id": ids[url], "title": title, "publisher": publisher,
             "year": _year(title, url), "url": url, "licence": "",
             "tier": tier(url, title, publisher), "accessed": ""}
        )  # fmt: skip
    return pd.DataFrame(rows), ids


def _year(title: str, url: str) -> str:
    """A publication year printed in the title or URL ("2016-07-05", "/2021/"), else ""."""
    match = re.search(r"\b(20\d\d)-\d\d-\d\d\b|/(20\d\d)/", f"{title} {url}")
    return (match.group(1) or match.group(2)) if match else ""
