"""Text from a file or a path, shown by widgets that guess whether a string is HTML.

Qt shows a tooltip, a QLabel or a QMessageBox as rich text when the string merely looks
like markup (``Qt::mightBeRichText``): a title ``<h1>BIG`` would be a heading, an
``<img src=…>`` would load a local image. Everything a collection or a path says goes
through here (or through ``setTextFormat(PlainText)``) before it reaches such a widget.
"""

from __future__ import annotations


def tooltip(text: str) -> str:
    """``text`` for ``setToolTip``/``QToolTip.showText``, shown exactly as written.

    Tooltips have no text-format setting: a string that looks like HTML is rendered.
    So text with markup characters is escaped and wrapped in a paragraph that keeps
    its line breaks and spaces (which also makes Qt take it as rich text, as meant)."""
    if "<" not in text and "&" not in text:
        return text  # nothing Qt could take for markup: left as it is, plain
    # As html.escape(quote=False), without importing html.entities on the start-up path.
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<p style="white-space:pre-wrap">{escaped}</p>'
