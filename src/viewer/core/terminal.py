"""Text from a collection made safe for a terminal, and JSON that can always be printed.

A collection is data from elsewhere: an ESC in a title reaches the terminal as the start
of an escape sequence (colours, cursor moves, a changed window title, on some terminals
worse), a BEL rings, a right-to-left override reorders what is read. So every control
character but the line break and the tab is printed as a visible escape (``\\x1b``,
``\\u202e``). A lone surrogate (``"\\ud800"`` parses in JSON but is not text) cannot be
encoded at all: it is printed as its escape too, instead of raising UnicodeEncodeError.
"""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls; bidirectional embeddings,
# overrides and isolates; lone surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """``text`` with every character that would act on the terminal shown as an escape."""
    return _UNSAFE.sub(_escape, text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def printable_json(document: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with lone surrogates
    written as ``\\ud800``-style escapes: the same JSON value, and encodable. A surrogate can
    only stand inside a JSON string, where the escape means the very same thing."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
