"""UN Digital Library exports (MARC 21 XML): the real sample, and a resolution's record."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pymarc
from made_pdfs import SHARED, UN_PDFS

from viewer.core.importing import marc_reader, merge, model, runner, writing

SAMPLE = SHARED / "undl-export-sample.xml"


def test_sample_drafts_are_skipped_with_what_they_are() -> None:
    report = runner.import_paths([SAMPLE])
    assert report.record_count == 0
    assert len(report.outcomes) == 94
    assert {o.status for o in report.outcomes} == {model.NOT_RESOLUTION}
    first = report.outcomes[0]
    assert first.source.endswith("undl-export-sample.xml record 1 (#4026910)")
    assert first.detail == "A/C.3/78/L.49/Rev.1: a revised draft resolution, not a resolution"
    kinds = Counter(o.detail.split(": ", 1)[1] for o in report.outcomes)
    assert kinds["a draft resolution, not a resolution"] == 62


def _resolution_record() -> pymarc.Record:
    """A record of the export's shape for A/RES/78/101, as the Library has resolutions."""
    record = pymarc.Record()
    record.add_field(pymarc.Field(tag="001", data="4031234"))

    def add(tag: str, *pairs: tuple[str, str]) -> None:
        subfields = [pymarc.Subfield(code, value) for code, value in pairs]
        record.add_field(pymarc.Field(tag=tag, indicators=[" ", " "], subfields=subfields))

    add("191", ("a", "A/RES/78/101"))
    add(
        "245",
        ("a", "Implementation of the Declaration on the Granting of Independence :"),
        ("b", "resolution /"),
        ("c", "adopted by the General Assembly"),
    )
    add("269", ("a", "2023-12-07"))
    add(
        "991",
        ("b", "58"),
        (
            "c",
            "Implementation of the Declaration on the Granting of "
            "Independence to Colonial Countries and Peoples.",
        ),
    )
    add("650", ("a", "DECOLONIZATION"))
    add("650", ("a", "NON-SELF-GOVERNING TERRITORIES"))
    url = "https://digitallibrary.un.org/record/4031234/files/A_RES_78_101-{}.pdf"
    add("856", ("u", url.format("EN")), ("y", "English"))
    add("856", ("u", url.format("FR")), ("y", "Fran\u00c3\u00a7ais"))  # doubly encoded
    return record


def test_resolution_record_merges_with_its_pdf(tmp_path: Path) -> None:
    export = tmp_path / "export.xml"
    export.write_bytes(
        b'<collection xmlns="http://www.loc.gov/MARC21/slim">'
        + pymarc.record_to_xml(_resolution_record(), namespace=False)
        + b"</collection>"
    )
    shutil.copy(UN_PDFS / "A_RES_78_101.pdf", tmp_path / "A_RES_78_101.pdf")
    report = runner.import_paths([tmp_path])
    assert report.skipped == []
    assert report.record_count == 1
    record = report.merged.records["A/RES/78/101"]
    # The document's own words win; the catalogue adds what the PDF does not say.
    assert record["title"]["en"].endswith("Independence to Colonial Countries and Peoples")
    assert record["topics"] == ["decolonization", "non-self-governing-territories"]
    assert [link["url"][-9:] for link in record["links"]] == ["01-EN.pdf", "01-FR.pdf"]
    assert record["links"][1]["label"] == {
        "en": "Official document (French)",
        "fr": "Document officiel (français)",
    }
    data = merge.new_collection(report.merged)
    assert data["topics"][0] == {"id": "decolonization", "label": {"en": "Decolonization"}}
    writing.write(data, tmp_path / "out.json", overwrite=False)


def test_doubly_encoded_labels_are_repaired() -> None:
    assert marc_reader.repair_label("Fran\u00c3\u00a7ais") == "Français"
    assert marc_reader.repair_label("Français") == "Français"
    assert marc_reader.repair_label("English") == "English"


def test_damaged_export(tmp_path: Path) -> None:
    broken = tmp_path / "export.xml"
    broken.write_bytes(SAMPLE.read_bytes()[:5000])
    [outcome] = runner.import_paths([broken]).outcomes
    assert outcome.status == model.DAMAGED
    assert "MARC XML" in outcome.detail
