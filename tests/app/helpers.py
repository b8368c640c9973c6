"""Run a page script with AppTest the way a visitor's URL would."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


def run_page(page: str | None = None, timeout: float = 30, **params: str) -> AppTest:
    """Run app.py (or switch to app_pages/<page>) with the given query parameters."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    if page:
        app.switch_page(f"app_pages/{page}")
    for name, value in params.items():
        app.query_params[name] = value
    return app.run()


def page_text(app: AppTest) -> str:
    """Everything a visitor reads on the page, as one string, for simple assertions."""
    parts = [element.value for element in app.markdown]
    parts += [element.value for element in app.caption]
    parts += [element.value for element in app.title]
    parts += [element.value for element in app.info]
    parts += [element.value for element in app.error]
    parts += [str(element.label) for element in app.metric]
    return "\n".join(str(part) for part in parts)


def chart_specs(app: AppTest) -> list[dict]:
    """Every Plotly figure on the page as its JSON spec."""
    import json

    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def notices(app: AppTest) -> list[str]:
    """The st.info notices on the page (bad parameters, no data)."""
    return [str(element.value) for element in app.info]


# The notice a page shows for a link parameter it cannot read, word for word.
NOT_RECOGNISED = {
    "en": "The link parameter “{name}” was not recognised, so the default view is shown.",
    "lt": "Nuorodos parametras „{name}“ neatpažintas, todėl rodomas numatytasis vaizdas.",
}

BAD_VALUES = ["nope", "<script>alert(1)</script>", "x" * 5000, "' OR 1=1 --", "%00", "1900"]
