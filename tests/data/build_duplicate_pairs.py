"""Write tests/data/duplicate_pairs.csv: labelled measure pairs for evaluating the engine.

Labels come from how each pair is composed, by meaning: the same piece of work (one concept
of duplicate_concepts.py) run by two institutions in the same place and time is a duplicate;
the same institution repeating it is continuity; different work for the same people is
complementary; the same work elsewhere, at another time or for another group is unrelated.
Run `python tests/data/build_duplicate_pairs.py` after changing the concepts.
"""

import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from duplicate_concepts import CONCEPTS  # noqa: E402

OUT = Path(__file__).with_name("duplicate_pairs.csv")
PLACES = ["13", "19", "21", "27", "29", "11", "18", "33", "41", "56", "61", "77", "85", "94"]
INSTITUTIONS = ["PD", "Lietuvos Caritas", "KOPŽI", "Užimtumo tarnyba", "VDI", "IOM Vilnius",
                "NAPPŽ", "SADM", "DŽŠPC", "KSPPC"]  # fmt: skip
FIELDS = ["title_lt", "title_en", "description_lt", "description_en", "measure_type",
          "target_group", "institutions", "areas", "start_year", "end_year", "budget_eur"]  # fmt: skip


def measure(concept: str, *, lt: int | None, en: int | None, lead: str, areas: str,
            start: int, end: int, budget: int, group: str | None = None) -> dict:  # fmt: skip
    """A measure describing one concept in the chosen paraphrases (None: no text in it)."""
    kind, target, lt_texts, en_texts = CONCEPTS[concept]
    title_lt, text_lt = lt_texts[lt % len(lt_texts)] if lt is not None else ("", "")
    title_en, text_en = en_texts[en % len(en_texts)] if en is not None else ("", "")
    return {"title_lt": title_lt, "title_en": title_en, "description_lt": text_lt,
            "description_en": text_en, "measure_type": kind, "target_group": group or target,
            "institutions": lead, "areas": areas, "start_year": start, "end_year": end,
            "budget_eur": budget}  # fmt: skip


def pairs(rng: random.Random) -> list[tuple[dict, dict, str, str]]:
    """Every labelled pair, composed by meaning."""
    out = []
    names = list(CONCEPTS)

    def two_leads(place: str) -> tuple[str, str]:
        pool = [*INSTITUTIONS, f"SAV-{place}"]
        first, second = rng.sample(pool, 2)
        return first, second

    def when() -> tuple[int, int]:
        start = rng.randint(2016, 2023)
        return start, start + rng.randint(0, 1)

    for concept in names:  # A: paraphrases in Lithuanian, two institutions, same place and time
        lt_count = len(CONCEPTS[concept][2])
        for k in range(4 if lt_count > 1 else 0):
            place, (start, end) = rng.choice(PLACES), when()
            a_lead, b_lead = two_leads(place)
            a = measure(concept, lt=k, en=None, lead=a_lead, areas=place, start=start, end=end,
                        budget=rng.randint(5, 40) * 500)  # fmt: skip
            b = measure(concept, lt=k + 1, en=None, lead=b_lead, areas=place, start=start,
                        end=end + rng.randint(0, 1), budget=rng.randint(5, 40) * 500)  # fmt: skip
            out.append(
                (
                    a,
                    b,
                    "duplicate",
                    "same work reworded by another institution, same place and years",
                )
            )
        for k in range(2):  # B: one described only in Lithuanian, the other only in English
            place, (start, end) = rng.choice(PLACES), when()
            a_lead, b_lead = two_leads(place)
            a = measure(concept, lt=k, en=None, lead=a_lead, areas=place, start=start, end=end,
                        budget=rng.randint(5, 40) * 500)  # fmt: skip
            b = measure(concept, lt=None, en=k, lead=b_lead, areas=place, start=start, end=end,
                        budget=rng.randint(5, 40) * 500)  # fmt: skip
            out.append(
                (a, b, "duplicate", "same work, one written in Lithuanian, the other in English")
            )
        if len(CONCEPTS[concept][3]) > 1:  # C: two English write-ups
            place, (start, end) = rng.choice(PLACES), when()
            a_lead, b_lead = two_leads(place)
            a = measure(
                concept, lt=None, en=0, lead=a_lead, areas=place, start=start, end=end, budget=4000
            )
            b = measure(
                concept, lt=None, en=1, lead=b_lead, areas=place, start=start, end=end, budget=6000
            )
            out.append(
                (a, b, "duplicate", "same work in two English write-ups, same place and years")
            )

    complementary = [("school_lessons", "teacher_training"), ("youth_street_work", "youth_campaign"),
                     ("victim_shelter", "victim_reintegration"), ("police_training", "victim_shelter"),
                     ("coordination_meetings", "public_campaign")]  # fmt: skip
    for left, right in complementary:  # D: different work for the same people, same place
        for k in range(5):
            place, (start, end) = rng.choice(PLACES), when()
            a_lead, b_lead = two_leads(place)
            a = measure(
                left, lt=k, en=k, lead=a_lead, areas=place, start=start, end=end, budget=3000
            )
            b = measure(
                right, lt=k, en=k, lead=b_lead, areas=place, start=start, end=end, budget=3000
            )
            out.append(
                (a, b, "complementary", f"{left} and {right} are different work for related people")
            )

    for k in range(12):  # E: the same words aimed at another target group
        concept = ["public_campaign", "youth_campaign", "school_lessons"][k % 3]
        other = {"public_campaign": "youth", "youth_campaign": "general_public",
                 "school_lessons": "youth"}[concept]  # fmt: skip
        place, (start, end) = rng.choice(PLACES), when()
        a_lead, b_lead = two_leads(place)
        a = measure(
            concept, lt=k, en=k, lead=a_lead, areas=place, start=start, end=end, budget=2000
        )
        b = measure(concept, lt=k, en=k, lead=b_lead, areas=place, start=start, end=end, budget=2000,
                    group=other)  # fmt: skip
        out.append((a, b, "unrelated", f"same words but for another target group ({other})"))

    for k in range(15):  # F: the same work in different municipalities
        concept = names[k % len(names)]
        first, second = rng.sample(PLACES, 2)
        start, end = when()
        a = measure(concept, lt=k, en=k, lead="PD", areas=first, start=start, end=end, budget=3000)
        b = measure(concept, lt=k + 1, en=k, lead="KOPŽI", areas=second, start=start, end=end,
                    budget=3000)  # fmt: skip
        out.append((a, b, "unrelated", "same kind of work but in different municipalities"))

    for k in range(10):  # G: the same work years apart, by different institutions
        concept = names[(k * 5) % len(names)]
        place = rng.choice(PLACES)
        a = measure(concept, lt=k, en=k, lead="Lietuvos Caritas", areas=place, start=2015, end=2016,
                    budget=3000)  # fmt: skip
        b = measure(concept, lt=k + 1, en=k, lead="IOM Vilnius", areas=place, start=2020, end=2021,
                    budget=3000)  # fmt: skip
        out.append((a, b, "unrelated", "same work years apart: no overlap in time"))

    for k in range(15):  # H: one institution repeating its measure year after year
        concept = names[(k * 7) % len(names)]
        place, year = rng.choice(PLACES), rng.randint(2016, 2022)
        lead = f"SAV-{place}" if k % 2 else "KOPŽI"
        a = measure(concept, lt=k, en=k, lead=lead, areas=place, start=year, end=year, budget=2500)
        b = measure(concept, lt=k, en=k, lead=lead, areas=place, start=year + 1, end=year + 1,
                    budget=2600)  # fmt: skip
        out.append(
            (a, b, "continuity", "the same institution repeats its own measure the next year")
        )

    for k in range(10):  # I: a national measure against a different local one of the same kind
        place, (start, end) = rng.choice(PLACES), when()
        a = measure("online_grooming", lt=k, en=k, lead="VRM", areas="LT", start=start, end=end,
                    budget=150000)  # fmt: skip
        b = measure("school_lessons", lt=k, en=k, lead=f"SAV-{place}", areas=place, start=start,
                    end=end, budget=2000)  # fmt: skip
        out.append(
            (a, b, "unrelated", "national online-safety programme vs a local lesson on recruitment")
        )

    for k in range(8):  # J: training for different professions, same place and time
        place, (start, end) = rng.choice(PLACES), when()
        a = measure(
            "police_training",
            lt=k,
            en=k,
            lead="LPM",
            areas=place,
            start=start,
            end=end,
            budget=5000,
        )
        b = measure("teacher_training", lt=k, en=k, lead=f"SAV-{place}", areas=place, start=start,
                    end=end, budget=5000)  # fmt: skip
        out.append(
            (a, b, "unrelated", "training police officers and training teachers are different work")
        )
    return out


def main() -> None:
    """Write the pairs as one CSV row each, both measures inline."""
    rows = pairs(random.Random(2017))
    header = [f"a_{f}" for f in FIELDS] + [f"b_{f}" for f in FIELDS] + ["label", "reason"]
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for a, b, label, reason in rows:
            writer.writerow([a[f] for f in FIELDS] + [b[f] for f in FIELDS] + [label, reason])
    print(f"{len(rows)} pairs written to {OUT}")


if __name__ == "__main__":
    main()
