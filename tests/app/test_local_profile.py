"""The municipality page lists what public sources say about it, in both languages."""

import pytest

from prevention.i18n import t
from tests.app.helpers import run_page

PAGE = "3_municipality.py"


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "lt",
            [
                "Patvirtintas koordinavimo tvarkos aprašas (2020)",
                "Socialinės rizikos šeimos, 2016: 298 šeimos",
            ],
        ),
        (
            "en",
            [
                "Coordination procedure adopted (2020)",
                "Social-risk families, 2016: 298 families",
            ],
        ),
    ],
)
def test_radviliskis_coordination_and_need_facts(use_store, lang, lines):
    app = run_page(PAGE, lang=lang, area="71")
    assert not app.exception
    text = "\n".join(m.value for m in app.markdown).replace("\\", "")
    assert all(line in text for line in lines), text[:2000]


def test_a_municipality_without_local_facts_says_so(use_store):
    app = run_page(PAGE, lang="en", area="30")  # Visaginas: none found
    assert t("localmap.profile_none", "en") in [c.value for c in app.caption]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("lt", "Vietos priemonių žinoma iš 2016 m., tačiau VRM 2023 m. apžvalga"),
        ("en", "Local measures are known from 2016, yet the VRM 2023 review names it"),
    ],
)
def test_pasvalys_lapsed_effort_is_said(use_store, lang, line):
    app = run_page(PAGE, lang=lang, area="67")  # a 2016 school programme; on the 2023 list
    text = "\n".join(m.value for m in app.markdown).replace("\\", "")
    assert line in text
