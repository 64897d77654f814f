"""French resolutions, in PDFs and text files, and their merge with the English.

No French resolution PDF could be found offline: made_pdfs.py makes small ones in the
official layout and wording ("Résolution adoptée par l'Assemblée générale le …",
"Adoptée par le Conseil de sécurité à sa 8148e séance, le …", "45e séance plénière",
job number "(F)"). They are made by these tests, not official documents.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import made_pdfs

from viewer.core.importing import merge, model, runner, writing


def test_french_general_assembly_pdf(tmp_path: Path) -> None:
    report = runner.import_paths([made_pdfs.french_ga(tmp_path / "A_RES_78_101-FR.pdf")])
    [outcome] = report.outcomes
    assert (outcome.status, outcome.symbols, outcome.lang) == (
        model.IMPORTED,
        ["A/RES/78/101"],
        "fr",
    )
    [record] = report.merged.records.values()
    assert record["date"] == "2023-12-07"
    assert (record["meeting"], record["meeting_kind"]) == ("45", "plenary")
    assert record["title"] == {
        "fr": "Application de la Déclaration sur l'octroi de l'indépendance aux pays et aux "
        "peuples coloniaux"
    }
    assert record["session"] == {"fr": "Soixante-dix-huitième session"}
    assert record["agenda_number"] == "58"
    assert record["draft_symbol"] == "A/78/429"
    assert record["footnotes"]["fr"][0]["text"].startswith("Documents officiels")
    text = record["text"]["fr"]
    assert text.startswith("L'Assemblée générale,\n\nAyant examiné le rapport")
    assert text.endswith("3. Décide de rester saisie de la question.")
    assert "23-24977" not in text
    assert "45e séance plénière" not in text


def test_french_security_council_pdf(tmp_path: Path) -> None:
    report = runner.import_paths([made_pdfs.french_sc(tmp_path / "s.pdf")])
    [record] = report.merged.records.values()
    assert record["symbol"] == "S/RES/2396 (2017)"
    assert (record["organ"], record["number"], record["date"]) == ("SC", "2396", "2017-12-21")
    assert record["meeting"] == "8148"
    assert "title" not in record
    assert record["text"]["fr"].startswith("Le Conseil de sécurité,")


def test_english_and_french_files_become_one_record(tmp_path: Path) -> None:
    english = tmp_path / "A_RES_78_101.pdf"
    shutil.copy(made_pdfs.UN_PDFS / "A_RES_78_101.pdf", english)
    made_pdfs.french_ga(tmp_path / "A_RES_78_101-FR.pdf")
    report = runner.import_paths([tmp_path])
    assert report.record_count == 1
    assert sorted(o.status for o in report.outcomes) == [model.IMPORTED, model.MERGED]
    [record] = report.merged.records.values()
    assert set(record["title"]) == set(record["text"]) == set(record["footnotes"]) == {"en", "fr"}
    assert record["title"]["en"].startswith("Implementation of the Declaration")
    target = tmp_path / "out.json"
    writing.write(merge.new_collection(report.merged), target, overwrite=False)
    assert target.exists()


def test_text_files_worded_as_the_un_prints_them(tmp_path: Path) -> None:
    french = tmp_path / "resolution.txt"
    french.write_text(
        "Nations Unies S/RES/2396 (2017)\n"
        "Résolution 2396 (2017)\n"
        "Adoptée par le Conseil de sécurité à sa 8148e séance, le 21 décembre 2017\n\n"
        "Le Conseil de sécurité,\n\n"
        "1. Demande aux États Membres de renforcer la coopération ;\n",
        encoding="utf-8",
    )
    english = tmp_path / "ga.txt"
    english.write_text(
        "A/RES/72/1\nResolution adopted by the General Assembly on 27 September 2017\n"
        "[without reference to a Main Committee (A/72/L.1)]\n"
        "72/1. Political declaration on the implementation of the United Nations Global "
        "Plan of Action to Combat Trafficking in Persons\n"
        "The General Assembly,\nAdopts the political declaration.\n"
        "24th plenary meeting\n27 September 2017\n",
        encoding="utf-8",
    )
    report = runner.import_paths([tmp_path])
    assert [o.status for o in report.outcomes] == [model.IMPORTED, model.IMPORTED]
    sc = report.merged.records["S/RES/2396(2017)"]
    assert (sc["date"], sc["meeting"], list(sc["text"])) == ("2017-12-21", "8148", ["fr"])
    ga = report.merged.records["A/RES/72/1"]
    assert (ga["date"], ga["meeting"], ga["meeting_kind"]) == ("2017-09-27", "24", "plenary")
    assert ga["draft_symbol"] == "A/72/L.1"
    assert ga["last_operative_paragraph"] == 0


def test_french_typography_in_a_text_file(tmp_path: Path) -> None:
    """The typographic apostrophe, "1er" and a resumed plenary meeting, as printed."""
    path = tmp_path / "A_RES_78_247.txt"
    path.write_text(
        "Nations Unies A/RES/78/247\nAssemblée générale Distr. générale\n"
        "3 janvier 2024\n23-26190 (F)\nSoixante-dix-huitième session\n"
        "Point 145 de l’ordre du jour\nRapports financiers et états financiers vérifiés\n"
        "Résolution adoptée par l’Assemblée générale le 1er décembre 2023\n"
        "[sur la base du rapport de la Cinquième Commission (A/78/650, par. 6)]\n"
        "78/247. Rapports du Bureau des services de contrôle interne\n"
        "L’Assemblée générale,\n1. Réaffirme son rôle ;\n2. Prie le Secrétaire général ;\n"
        "50e séance plénière (reprise)\n1er décembre 2023\n",
        encoding="utf-8",
    )
    report = runner.import_paths([path])
    [record] = report.merged.records.values()
    assert (record["date"], record["meeting"], record["meeting_resumed"]) == (
        "2023-12-01",
        "50",
        True,
    )
    assert record["title"] == {"fr": "Rapports du Bureau des services de contrôle interne"}
    assert record["agenda_item"] == {"fr": "Rapports financiers et états financiers vérifiés"}
    assert record["agenda_number"] == "145"
    assert record["text"]["fr"].startswith("L’Assemblée générale,")
    assert record["last_operative_paragraph"] == 2
