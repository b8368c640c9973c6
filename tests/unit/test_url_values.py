"""The URL value parser takes ASCII digits only: other digit classes are refused, not converted."""

import pytest

from prevention.web import url_values


@pytest.mark.parametrize(
    "raw", ["²⁰¹¹-²⁰²⁴", "٢٠١١-٢٠٢٤", "２０１１-２０２４", "2011–2024", "+2011-2024", " 2011-2024",
            "2011-2024 ", "2011 - 2024", "2024-2011", "2011-2024-2030", "", "-", "२०११-२०२४"],
)  # fmt: skip
def test_a_year_range_in_any_other_spelling_is_refused(raw: str) -> None:
    assert url_values.year_range(raw) is None


def test_a_year_range_as_the_site_writes_it() -> None:
    assert url_values.year_range("2011-2024") == (2011, 2024)
    assert url_values.year_range("2020-2020") == (2020, 2020)


@pytest.mark.parametrize("raw", ["²", "١٣", "１３", "+13", "-13", " 13", "13 ", "1_3", "", None])
def test_ascii_int_refuses_what_int_would_take_or_choke_on(raw: str | None) -> None:
    assert url_values.ascii_int(raw) is None


def test_ascii_int_and_year() -> None:
    assert url_values.ascii_int("0013") == 13
    assert url_values.year("2020") == 2020
    assert url_values.year("20201") is None


def test_choice_is_exact_and_a_list_is_capped() -> None:
    assert url_values.choice("13", ["13", "19"]) == "13"
    assert url_values.choice("١٣", ["13", "19"]) is None
    assert url_values.code_list(" 13,,19 ,") == ["13", "19"]
    assert len(url_values.code_list(",".join(["1"] * 10_000))) == url_values.MAX_LIST_ITEMS
