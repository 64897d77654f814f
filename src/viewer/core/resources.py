"""The one place that finds bundled files: source tree, installed wheel or frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # .../viewer


@cache
def bundle_root() -> Path:
    """The folder that holds ``data/`` and ``resources/``.

    - frozen (PyInstaller): the unpacked bundle, ``sys._MEIPASS``;
    - installed wheel: ``viewer/_bundled`` inside the package;
    - source checkout (editable install, tests): the project root above ``src/``.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root)
    in_wheel = _PACKAGE_DIR / "_bundled"
    if (in_wheel / "data").is_dir():
        return in_wheel
    return _PACKAGE_DIR.parent.parent


def data_path(name: str) -> Path:
    return bundle_root() / "data" / name


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def bundled_collection() -> Path:
    return data_path("resolutions.json")


def schema_path() -> Path:
    return data_path("resolutions.schema.json")
