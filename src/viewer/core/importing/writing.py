"""Write a collection: validated by the shipped schema first, then atomically.

The new file is written beside its target (same folder, same file system) and moved
over it with os.replace: a failed or cancelled import leaves the old file as it was.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from viewer.core import loader


class WriteError(Exception):
    """The collection could not be written; the target is unchanged."""


def validate(data: dict[str, Any], target: Path) -> None:
    """Raise loader.CollectionError if ``data`` is not a valid collection."""
    loader.build(data, target)


def write(data: dict[str, Any], target: Path, overwrite: bool) -> None:
    """Validate ``data`` and write it to ``target``.

    ``overwrite=False`` (a new collection) never replaces a file, even one that appears
    while the import runs: the finished file is linked into place, which fails if the
    name is taken.
    """
    validate(data, target)
    payload = (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    folder = target.parent if str(target.parent) else Path(".")
    try:
        # Not a with-block: the file must outlive it, to be linked or moved into place.
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
            dir=folder, prefix=f".{target.name}.", suffix=".tmp", delete=False
        )
    except OSError as error:
        raise WriteError(f"{target}: cannot write in {folder}: {error.strerror}") from None
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(temporary, target)
        else:
            os.link(temporary, target)
    except FileExistsError:
        raise WriteError(f"{target}: already exists (nothing was written)") from None
    except OSError as error:
        raise WriteError(f"{target}: cannot be written: {error.strerror}") from None
    finally:
        temporary.unlink(missing_ok=True)
