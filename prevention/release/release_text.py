"""The release history in the reader's language.

Releases store a short log line in English ("seed build with illustrative data",
"submission file.csv: added 12, replaced 3, suppressed 0"), written by the build and the
ingest step for operators. The data page shows them to readers, so each known shape is
said again from the catalogue; a line of another shape is shown as stored, never dropped.
"""

import re

from prevention.i18n import Lang, has_key, number, t

SUBMISSION = re.compile(r"^submission (?P<file>[^:]+?)(?:: (?P<counts>.*))?$")
COUNT = re.compile(r"^(?P<name>[a-z_]+) (?P<value>\d+)$")


def kind_label(kind: str, lang: Lang) -> str:
    """ "build" -> "sukūrimas iš pradinių duomenų"; an unknown kind shows its code."""
    key = f"wording.release_kind.{kind}"
    return t(key, lang) if has_key(key) else kind


def description(kind: str, text: str, lang: Lang) -> str:
    """What a release changed, in the page's language."""
    if kind == "build" and text.startswith("seed build"):
        illustrative = "illustrative" in text
        return t(f"wording.release.build{'_illustrative' if illustrative else ''}", lang)
    found = SUBMISSION.match(text) if kind == "ingest" else None
    if not found:
        return text
    if not found["counts"]:
        return t("wording.release.submission", lang, file=found["file"])
    parts = []
    for piece in found["counts"].split(", "):
        count = COUNT.match(piece)
        key = f"wording.release.count_{count['name']}" if count else ""
        if not count or not has_key(key):
            return text
        parts.append(t(key, lang, count=number(int(count["value"]), lang)))
    return t("wording.release.submission_counts", lang, file=found["file"], counts=", ".join(parts))
