"""Small PDFs made for the importer's tests, with fpdf2 (a test-only dependency).

No French resolution PDF could be found offline: these follow the layout of the
official ones (masthead, job number "(F)", running heads, footnotes, the plenary
meeting line) with the French wording the UN prints. They are made, not official.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "corpora"
UN_PDFS = SHARED / "un-pdfs"


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    return pdf


def _lines(pdf: FPDF, lines: list[str], y: float = 20) -> float:
    for line in lines:
        pdf.set_xy(20, y)
        pdf.cell(170, 5, line)
        y += 5.5
    return y


def french_ga(path: Path, symbol: str = "A/RES/78/101", job: str = "23-24977") -> Path:
    """A two-page General Assembly resolution in French, in the official layout."""
    number = symbol.split("/RES/")[1]
    pdf = _pdf()
    pdf.add_page()
    _lines(
        pdf,
        [
            f"Nations Unies {symbol}",
            "Assemblée générale Distr. générale",
            "11 décembre 2023",
            f"{job} (F) 201223",
            f"*{job.replace('-', '')}*",
            "Soixante-dix-huitième session",
            "Point 58 de l'ordre du jour",
            "Application de la Déclaration sur l'octroi de l'indépendance",
            "aux pays et aux peuples coloniaux",
            "Résolution adoptée par l'Assemblée générale",
            "le 7 décembre 2023",
            "[sur la base du rapport de la Quatrième Commission (A/78/429, par. 33)]",
            f"{number}. Application de la Déclaration sur l'octroi de l'indépendance",
            "aux pays et aux peuples coloniaux",
            "L'Assemblée générale,",
            "Ayant examiné le rapport du Comité spécial chargé d'étudier la situation",
            "en ce qui concerne l'application de la Déclaration pour 2023,",
            "Rappelant sa résolution 1514 (XV) du 14 décembre 1960,",
            "1. Réaffirme sa résolution 1514 (XV) et toutes les autres résolutions",
            "et décisions relatives à la décolonisation ;",
            "__________________",
            "1 Documents officiels de l'Assemblée générale, supplément no 23.",
        ],
    )
    pdf.add_page()
    _lines(
        pdf,
        [
            symbol,
            "Application de la Déclaration sur l'octroi de l'indépendance",
            f"2/2 {job}",
            "2. Prie le Comité spécial de continuer à chercher les moyens",
            "d'appliquer immédiatement et intégralement la Déclaration ;",
            "3. Décide de rester saisie de la question.",
            "45e séance plénière",
            "7 décembre 2023",
        ],
    )
    pdf.output(str(path))
    return path


def french_sc(path: Path) -> Path:
    """A one-page Security Council resolution in French, in the official layout."""
    pdf = _pdf()
    pdf.add_page()
    _lines(
        pdf,
        [
            "Nations Unies S/RES/2396 (2017)",
            "Conseil de sécurité Distr. générale",
            "21 décembre 2017",
            "17-23192 (F) 221217",
            "*1723192*",
            "Résolution 2396 (2017)",
            "Adoptée par le Conseil de sécurité à sa 8148e séance, le",
            "21 décembre 2017",
            "Le Conseil de sécurité,",
            "Réaffirmant ses résolutions 1373 (2001) et 2178 (2014),",
            "1. Demande aux États Membres de renforcer la coopération avec INTERPOL ;",
            "2. Décide de rester saisi de la question.",
        ],
    )
    pdf.output(str(path))
    return path


def letter(path: Path) -> Path:
    """A PDF with text that is no resolution (a letter)."""
    pdf = _pdf()
    pdf.add_page()
    _lines(
        pdf,
        [
            "Letter dated 3 May 2024 from the Permanent Representative",
            "addressed to the Secretary-General",
            "I have the honour to transmit herewith the programme of the conference.",
        ],
    )
    pdf.output(str(path))
    return path


def scan(path: Path) -> Path:
    """A PDF whose page is an image only, as a scanner makes it (no text layer)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(image)
    for y in range(60, 760, 24):
        draw.line((40, y, 560, y), fill=0, width=6)  # lines of "print"
    pdf = _pdf()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=190)
    pdf.output(str(path))
    return path


def encrypted(path: Path) -> Path:
    """A resolution protected by a user password (pdfium cannot open it without)."""
    source = french_sc(path.with_suffix(".plain.pdf"))
    pdf = _pdf()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    _lines(pdf, ["Nations Unies S/RES/2396 (2017)", "Le Conseil de sécurité,"])
    pdf.output(str(path))
    source.unlink()
    return path
