"""biblatex-oscola prints, from the app's BibTeX export, what the app's OSCOLA style prints.

The export is typeset by TeX Live (pdflatex, biber, biblatex-oscola) and the footnotes
read back with pdftotext. Locally the test is skipped when TeX is absent; in CI (the
environment variable CI is set) a missing tool fails it: .ci/run installs them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from viewer.core import citations
from viewer.core.collection import Collection

TOOLS = ("pdflatex", "biber", "pdftotext", "kpsewhich")
PACKAGES = "texlive-latex-base texlive-latex-recommended texlive-bibtex-extra biber poppler-utils"
# (symbol, pinpoint): every bundled resolution plain, and pinpoints of each kind.
CASES = [
    *((symbol, None) for symbol in ("A/RES/71/19", "A/RES/72/1", "A/RES/73/11")),
    *((symbol, None) for symbol in ("S/RES/2178 (2014)", "S/RES/2322 (2016)")),
    ("S/RES/2331 (2016)", None),
    ("S/RES/2396 (2017)", None),
    ("S/RES/2396 (2017)", "5"),
    ("S/RES/2396 (2017)", "5-7"),
    ("S/RES/2396 (2017)", "5, 7"),
    ("S/RES/2396 (2017)", "8(a)"),
    ("A/RES/71/19", "9(b)(i)-(iii)"),
]
# A wide page and no hyphenation: one footnote per line, words whole, for pdftotext.
PREAMBLE = r"""\documentclass{article}
\usepackage[english]{babel}
\usepackage[paperwidth=120cm,paperheight=60cm,margin=1cm]{geometry}
\usepackage[style=oscola,backend=biber]{biblatex}
\addbibresource{refs.bib}
\hyphenpenalty=10000 \exhyphenpenalty=10000
"""


def _missing() -> list[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        found = subprocess.run(
            ["kpsewhich", "oscola.bbx", "biblatex.sty"], capture_output=True, text=True, check=False
        )
        if len(found.stdout.split()) < 2:
            missing.append("biblatex-oscola (texlive-bibtex-extra)")
    return missing


@pytest.fixture(scope="module")
def tex() -> None:
    missing = _missing()
    if missing:
        reason = f"TeX Live is not installed ({', '.join(missing)}): apt-get install {PACKAGES}"
        if os.environ.get("CI"):
            pytest.fail(f"CI must typeset with biblatex-oscola, but {reason}")
        pytest.skip(reason)


def _postnote(bibtex_text: str) -> str | None:
    """The \\footcite the app's export advises, from its comment line."""
    match = re.match(r"% \\footcite\[(.*)\]\{[^}]+\}\n", bibtex_text)
    return match.group(1) if match else None


def _run(folder: Path, *command: str) -> None:
    done = subprocess.run(
        command, cwd=folder, capture_output=True, text=True, timeout=180, check=False
    )
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout[-3000:]}"


def typeset(folder: Path, bib: str, cites: list[str]) -> list[str]:
    """The footnotes biblatex-oscola prints for \\footcite commands, in order."""
    (folder / "refs.bib").write_text(bib, encoding="utf-8")
    body = "".join(f"\\noindent\\mbox{{}}\\citereset{cite}\\par\n" for cite in cites)
    (folder / "cites.tex").write_text(
        f"{PREAMBLE}\\begin{{document}}\n{body}\\end{{document}}\n", encoding="utf-8"
    )
    latex = ("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "cites.tex")
    _run(folder, *latex)
    _run(folder, "biber", "cites")
    _run(folder, *latex)
    _run(folder, "pdftotext", "-enc", "UTF-8", "cites.pdf", "cites.txt")
    text = (folder / "cites.txt").read_text(encoding="utf-8")
    notes = dict(re.findall(r"^(\d+) (.+)$", text, flags=re.MULTILINE))
    return [notes.get(str(number), "") for number in range(1, len(cites) + 1)]


def test_biblatex_oscola_prints_what_the_app_prints(
    tex: None, bundled: Collection, tmp_path: Path
) -> None:
    bib = citations.bibliography("bibtex", bundled.resolutions, "en", bundled).text
    cites, expected = [], []
    for symbol, pinpoint in CASES:
        res = bundled.find(symbol)
        assert res is not None
        key = citations.citation_key(res, bundled)
        postnote = _postnote(citations.cite("bibtex", res, "en", bundled, pinpoint).text)
        assert (postnote is None) == (pinpoint is None)
        cites.append(f"\\footcite[{postnote}]{{{key}}}" if postnote else f"\\footcite{{{key}}}")
        # A footnote closes with a full stop, which biblatex-oscola adds.
        expected.append(citations.cite("oscola", res, "en", bundled, pinpoint).text + ".")
    printed = typeset(tmp_path, bib, cites)
    assert printed == expected
    # The URL is in the data but not printed (OSCOLA prints none for UN documents).
    assert "undocs.org" in bib
    assert not any("undocs" in note for note in printed)
