"""Downloads, citations and sharing (issue 18): what every CSV and citation says about itself."""

from pathlib import Path

import pandas as pd

from prevention.public_urls import is_non_public, public_url

SEED = Path(__file__).resolve().parents[2] / "data" / "seed"


def test_staging_and_preview_addresses_become_public():
    assert (
        public_url(
            "https://staging-next.liberties.eu/en/stories/lithuania-human-trafficking/9385"
            "?cookie_settings=1"
        )
        == "https://www.liberties.eu/en/stories/lithuania-human-trafficking/9385"
    )
    assert (
        public_url(
            "https://preview.state.gov/reports/2020-trafficking-in-persons-report/lithuania/"
        )
        == "https://www.state.gov/reports/2020-trafficking-in-persons-report/lithuania/"
    )
    kept = "https://www.vrm.lt/index.php?id=1&lang=lt"
    assert public_url(kept) == kept


def test_seed_source_addresses_have_no_staging_or_preview_host():
    sources = pd.read_csv(SEED / "sources.csv", dtype=str, keep_default_na=False)
    bad = [url for url in sources["url"] if url and is_non_public(url)]
    assert bad == []
    assert not sources["url"].str.contains("cookie_settings").any()
