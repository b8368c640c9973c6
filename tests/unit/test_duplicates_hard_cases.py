"""The hard cases of issue 17, as literal measure pairs, and a pair of real local measures."""

import pandas as pd

from prevention.duplicates.engine import find_duplicates
from prevention.views.duplicates import place_names

AREA_NAMES = {
    "19": {"lt": "Kauno m. sav.", "en": "Kaunas city"},
    "27": {"lt": "Panevėžio m. sav.", "en": "Panevėžys city"},
    "78": {"lt": "Telšių r. sav.", "en": "Telšiai district"},
}


def _measure(measure_id, title, description="", *, kind="awareness", group="schoolchildren",
             institutions=("PD",), areas=("19",), start=2022, end=2022):  # fmt: skip
    return {"measure_id": measure_id, "title_lt": title, "title_en": "",
            "description_lt": description, "description_en": "", "measure_type": kind,
            "target_group": group, "institutions": tuple(institutions), "areas": tuple(areas),
            "start_year": start, "end_year": end, "budget_eur": 1000.0}  # fmt: skip


def _pairs(*measures) -> pd.DataFrame:
    return find_duplicates(pd.DataFrame(measures), area_names=AREA_NAMES).pairs


def _kind(*measures) -> str:
    pairs = _pairs(*measures)
    return "none" if pairs.empty else str(pairs["kind"].iloc[0])


def test_police_talks_and_ngo_sessions_for_the_same_pupils_are_one_work():
    pairs = _pairs(
        _measure("police", "Pareigūnų pokalbiai progimnazijose",
                 "Pavasarį bendruomenės pareigūnai kalbėjosi su Kauno aštuntokais apie tai, kaip "
                 "paaugliai viliojami dirbti ir kur kreiptis pagalbos.",
                 institutions=("Kauno apskr. VPK",)),
        _measure("ngo", "Interaktyvūs užsiėmimai „Neparduodamas“",
                 "Kovo–gegužės mėnesiais asociacija vedė užsiėmimus Kauno mokyklų aštuntokams: "
                 "kaip nusikaltėliai vilioja paauglius ir kaip apsisaugoti.",
                 institutions=("Asociacija „Kartu“",)),
    )  # fmt: skip
    assert list(pairs["kind"]) == ["duplicate"]
    why = pairs["explanation_en"].iloc[0]
    assert "“Pareigūnų pokalbiai progimnazijose”" in why and "Neparduodamas" in why
    assert "Kaunas city" in why and "2022" in why


def test_social_workers_and_an_ngo_visiting_the_same_families_are_one_work():
    assert _kind(
        _measure("city", "Socialinių darbuotojų vizitai rizikos šeimose",
                 "Savivaldybės socialiniai darbuotojai lanko rizikos šeimas ir aiškina apie vaikų "
                 "išnaudojimo pavojus.", kind="outreach", group="victims",
                 institutions=("Panevėžio m. savivaldybė",), areas=("27",)),
        _measure("ngo", "Mobilioji komanda šeimoms",
                 "NVO darbuotojai vyksta į namus pas sunkumų patiriančias šeimas ir kalbasi apie "
                 "vaikų išnaudojimą bei pagalbą.", kind="outreach", group="victims",
                 institutions=("VšĮ „Šeimos namai“",), areas=("27",)),
    ) == "duplicate"  # fmt: skip


def test_a_national_school_programme_shares_the_local_place_of_a_local_series():
    pairs = _pairs(
        _measure("national", "Nacionalinė programa „Saugus paauglys“",
                 "Visose savivaldybėse pareigūnai vedė pamokas 8–10 klasių mokiniams apie "
                 "prekybą žmonėmis ir viliojimą internete.", areas=("LT",), start=2022, end=2023),
        _measure("local", "Pamokų ciklas Telšių mokyklose",
                 "Telšių rajono mokyklose vestos pamokos 8–10 klasių mokiniams: prekyba "
                 "žmonėmis, viliojimas internete.", institutions=("Telšių r. savivaldybė",),
                 areas=("78",)),
    )  # fmt: skip
    assert list(pairs["kind"]) == ["duplicate"]
    why = pairs["explanation_en"].iloc[0]
    assert "both reach Telšiai district" in why and "grades 8–10" in why
    assert "whole country" not in why


def test_youth_and_schoolchildren_coded_for_the_same_teenagers_are_compared_and_said_so():
    pairs = _pairs(
        _measure("centre", "Diskusijos su jaunuoliais apie darbą svetur",
                 "Jaunimo centras 15–18 metų jaunuoliams surengė diskusijas apie vasaros darbus "
                 "užsienyje ir išnaudojimą.", group="youth", institutions=("Jaunimo centras",)),
        _measure("school", "Gimnazistų susitikimai apie darbą svetur",
                 "Gimnazijose 15–18 metų mokiniams surengti susitikimai apie vasaros darbus "
                 "užsienyje ir išnaudojimą.", institutions=("Savivaldybė",)),
    )  # fmt: skip
    assert list(pairs["kind"]) == ["duplicate"]
    assert "coded differently" in pairs["explanation_en"].iloc[0]
    assert "nurodyta skirtingai" in pairs["explanation_lt"].iloc[0]


def test_a_seminar_filed_as_awareness_by_one_and_training_by_another_is_compared_and_said_so():
    pairs = _pairs(
        _measure("a", "Seminaras pedagogams apie prekybos žmonėmis požymius",
                 "Pedagogams pristatyti prekybos žmonėmis požymiai ir veiksmai įtarus.",
                 kind="training", group="professionals", institutions=("Švietimo centras",)),
        _measure("b", "Informacinis renginys mokytojams apie prekybą žmonėmis",
                 "Mokytojams pristatyti prekybos žmonėmis požymiai ir kaip elgtis įtarus.",
                 group="professionals", institutions=("Rajono PK",)),
    )  # fmt: skip
    assert list(pairs["kind"]) == ["duplicate"]
    assert "filed as “Training”" in pairs["explanation_en"].iloc[0]


def test_trainings_of_investigators_and_of_prosecutors_worded_alike_are_not_duplicates():
    assert _kind(
        _measure("police", "Mokymai policijos tyrėjams apie prekybos žmonėmis bylas",
                 "Tyrėjams: nusikaltimo požymiai, aukų apklausa, įrodymų rinkimas.",
                 kind="training", group="professionals", areas=("LT",)),
        _measure("prosecutors", "Mokymai prokurorams apie prekybos žmonėmis bylas",
                 "Prokurorams: nusikaltimo požymiai, aukų apklausa, įrodymų rinkimas.",
                 kind="training", group="professionals", institutions=("GP",), areas=("LT",)),
    ) == "none"  # fmt: skip


def test_trainings_of_police_and_of_social_workers_worded_alike_are_not_duplicates():
    assert _kind(
        _measure("police", "Mokymai policijos pareigūnams: aukų atpažinimas",
                 "Pareigūnų mokymai, kaip atpažinti galimas aukas ir kur jas nukreipti.",
                 kind="training", group="professionals"),
        _measure("social", "Mokymai socialiniams darbuotojams: aukų atpažinimas",
                 "Socialinių darbuotojų mokymai, kaip atpažinti galimas aukas ir kur jas "
                 "nukreipti.", kind="training", group="professionals",
                 institutions=("Socialinių paslaugų centras",)),
    ) == "none"  # fmt: skip


def test_lessons_for_different_grades_are_not_duplicates():
    assert _kind(
        _measure("young", "Pamokos apie saugumą 1–4 klasių mokiniams",
                 "Pamokos apie saugų elgesį ir prekybą žmonėmis."),
        _measure("old", "Pamokos apie saugumą 11–12 klasių mokiniams",
                 "Pamokos apie saugų elgesį ir prekybą žmonėmis.", institutions=("Caritas",)),
    ) == "none"  # fmt: skip


def test_an_explanation_names_an_institution_both_involve_and_no_method_words():
    pairs = _pairs(
        _measure("a", "Paskaitos mokiniams apie prekybą žmonėmis", "Paskaitos mokyklose.",
                 institutions=("KOPŽI", "LPM")),
        _measure("b", "Paskaitos moksleiviams apie prekybą žmonėmis", "Paskaitos mokyklose.",
                 institutions=("GP", "LPM")),
    )  # fmt: skip
    for lang, both in (("en", "both involve LPM"), ("lt", "abiejose dalyvauja LPM")):
        why = pairs[f"explanation_{lang}"].iloc[0]
        assert both in why
        for word in ("score", "įvertis", "TF-IDF", "n-gram", "similarity"):
            assert word not in why


def test_the_group_header_names_local_places_beside_the_whole_country():
    header = place_names(["LT", "78"], {"78": "Telšių r. sav."}, "lt")
    assert "visa šalis" in header and "Telšių r. sav." in header


# Two rows of ../shared/data/figures/local/local_measures.csv, copied as they are (title,
# institutions, municipality, year, target group, quoted source): two meetings of the same
# St Martha initiative group for Kaunas county in autumn 2017, filed from two sources.
REAL_KAUNAS_A = _measure(
    "local-14", "Kova su prekyba žmonėmis – darbinis susitikimas (Šv. Mortos iniciatyva Kauno "
    "apskrityje)", "2017-11-16 d. Kauno apskrities vyriausiojo policijos komisariato Kauno miesto "
    "Panemunės komisariato salėje vyko ... susitikimas, kurio tema „Kova su prekyba žmonėmis“.",
    kind="coordination", group="professionals",
    institutions=("Kauno apskr. VPK", "Kauno apygardos prokuratūra", "Lietuvos Caritas"),
    start=2017, end=2017,
)  # fmt: skip
REAL_KAUNAS_B = _measure(
    "local-15", "Šv. Mortos projekto koordinacinė grupė Kauno apskričiai",
    "Spalio 20 d. ... įvyko antrasis šiais metais Šv. Mortos iniciatyvinės grupės Kauno "
    "apskričiai susitikimas.", kind="coordination", group="professionals",
    institutions=("VRM", "Policijos departamentas", "Kauno m. savivaldybė",
                  "Kauno apygardos prokuratūra", "Kauno apskr. policija", "Lietuvos Caritas"),
    start=2017, end=2017,
)  # fmt: skip


def test_two_real_records_of_the_same_kaunas_coordination_group_are_one_work():
    pairs = _pairs(REAL_KAUNAS_A, REAL_KAUNAS_B)
    assert list(pairs["kind"]) == ["duplicate"]
    assert "Kauno apygardos prokuratūra" in pairs["explanation_lt"].iloc[0]


def test_a_real_kaunas_coordination_group_and_a_real_telsiai_lecture_series_are_apart():
    lectures = _measure(
        "local-1", "Prevencinių paskaitų ciklas „SOS – prekyba žmonėmis“",
        "Praėjusių metų II-ąjį pusmetį kartu su Lietuvos „Caritas“ atstovėmis Telšių mieste ir "
        "rajone buvo organizuotas prevencinių paskaitų ciklas „SOS – prekyba žmonėmis“.",
        group="youth", institutions=("Telšių apskrities VPK", "Lietuvos Caritas"), areas=("78",),
        start=2012, end=2012,
    )  # fmt: skip
    assert _pairs(REAL_KAUNAS_A, lectures).empty


def test_a_real_police_training_and_a_real_municipal_discussion_in_taurage_are_apart():
    # Rows 6 and 28 of local_measures.csv: a training at the county police HQ in January 2016
    # and a discussion with the mayor, elderships and services in April 2016, both with Caritas.
    def taurage(measure_id, title, quote, kind, institutions, people):
        return _measure(measure_id, title, quote, kind=kind, group="professionals",
                        institutions=institutions, areas=("77",), start=2016, end=2016) | {
            "description_en": people}  # fmt: skip

    training = taurage(
        "local-6", "Mokymai Tauragės apskrities VPK „Prekyba žmonėmis problematika Tauragės "
        "regione: psichosocialinis aukos portretas ir nukentėjusiųjų identifikavimas“",
        "Vieni tokių mokymų sausio 18d. buvo surengti ir Tauragės apskrities vyriausiame "
        "komisariate", "training", ("Lietuvos Caritas", "Tauragės apskr. VPK"), "police officers",
    )  # fmt: skip
    discussion = taurage(
        "local-28", "Susitikimas-diskusija apie prekybą žmonėmis (akcija „Nepirk vogtos prekės“)",
        "Š.m. balandžio 11 d. Tauragės rajono savivaldybėje surengtas susitikimas- diskusija "
        "apie prekybą žmonėmis.", "awareness",
        ("Lietuvos Caritas", "Tauragės r. sav.", "Tauragės apskr. VPK",
         "Klaipėdos apygardos prokuratūra", "SADM"),
        "mayor, elderships, child-rights and social-services staff, police",
    )  # fmt: skip
    assert _pairs(training, discussion).empty
