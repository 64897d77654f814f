"""Official PDFs: their text layer through pdfium (pypdfium2), then the UN layout.

pdfium is not thread-safe: a process reads one file at a time (see runner.py).
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.importing import model, un_layout
from viewer.core.importing.model import Outcome, ReadResult

# Fewer characters than this in the whole text layer: a scan without OCR.
MIN_TEXT_CHARS = 40
_HEADER_WINDOW = 1024  # a PDF's "%PDF-" may follow a few bytes of junk


def read(path: Path, source: str) -> ReadResult:
    """Read one PDF: a draft, or an outcome saying why it was skipped."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEADER_WINDOW)
    except OSError as error:
        return _skip(source, model.UNREADABLE, error.strerror or str(error))
    if b"%PDF-" not in head:
        return _skip(source, model.NOT_PDF, "the file does not start as a PDF does")
    texts, problem = _page_texts(path)
    if problem is not None:
        return _skip(source, *problem)
    if sum(len(text.strip()) for text in texts) < MIN_TEXT_CHARS:
        pages = f"{len(texts)} page{'s' if len(texts) != 1 else ''}"
        return _skip(source, model.NO_TEXT, f"{pages}, no text to read")
    try:
        draft = un_layout.read_pages(texts, source, symbol_hint=_symbol_from_name(path))
    except un_layout.NotAResolutionError as error:
        return _skip(source, model.NOT_RESOLUTION, str(error))
    outcome = Outcome(source, model.IMPORTED, symbols=[draft.symbol], lang=draft.lang)
    return ReadResult([draft], [outcome])


def _page_texts(path: Path) -> tuple[list[str], tuple[str, str] | None]:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as error:
        return [], _pdfium_problem(error)
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts, None
    except pypdfium2.PdfiumError as error:
        return [], (model.DAMAGED, f"page {len(texts) + 1}: {error}")
    finally:
        document.close()


def _pdfium_problem(error: Exception) -> tuple[str, str]:
    message = str(error)
    code = getattr(error, "err_code", None)
    # FPDF_ERR_PASSWORD (4) and FPDF_ERR_SECURITY (5): a password or an unknown scheme.
    if code in (4, 5) or "password" in message.lower() or "security" in message.lower():
        return model.ENCRYPTED, "protected by a password: open it, save a copy without one"
    return model.DAMAGED, f"pdfium cannot open it ({message})"


def _symbol_from_name(path: Path) -> str | None:
    """``A_RES_78_101.pdf`` -> ``A/RES/78/101`` (used only if the page names none)."""
    stem = path.stem.upper()
    if "_RES_" not in stem:
        return None
    parts = stem.split("_")
    if parts[0] == "S" and len(parts) >= 4 and parts[-1].isdigit() and len(parts[-1]) == 4:
        return f"S/RES/{int(parts[2])} ({parts[3]})" if parts[2].isdigit() else None
    return "/".join(parts)


def _skip(source: str, status: str, detail: str) -> ReadResult:
    return ReadResult([], [Outcome(source, status, detail)])
