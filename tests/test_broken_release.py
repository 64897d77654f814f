"""Issue 11, item 1: the frozen app is never built with PySide6/shiboken6 6.12.0 (each
Signal.emit() on CPython 3.11 drops a reference to True/None; the window aborts)."""

from __future__ import annotations

import importlib.util
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_bundle():
    spec = importlib.util.spec_from_file_location(
        "rv_bundle_policy", ROOT / "build_spec" / "bundle.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pyproject_excludes_the_broken_release_of_both_packages() -> None:
    excluded = load_bundle().excluded_releases(load_bundle().project_requirements())
    assert "6.12.0" in excluded["PySide6-Essentials"]
    assert "6.12.0" in excluded["shiboken6"]


@pytest.mark.parametrize("broken", ["PySide6-Essentials", "shiboken6"])
def test_the_build_refuses_an_installed_broken_release(broken: str) -> None:
    bundle = load_bundle()

    def installed(name: str) -> str:
        return "6.12.0" if name == broken else metadata.version(name)

    with pytest.raises(bundle.BrokenRelease) as refusal:
        bundle.refuse_broken_releases(installed)
    message = str(refusal.value)
    assert f"{broken} 6.12.0" in message
    assert "refusing to build" in message


def test_the_build_goes_on_with_what_is_installed_here(capsys) -> None:
    load_bundle().refuse_broken_releases()  # 6.11.3 or another good release
    assert "no excluded release installed" in capsys.readouterr().out


def test_the_environment_running_the_tests_is_not_the_broken_release() -> None:
    assert metadata.version("PySide6-Essentials") != "6.12.0"
    assert metadata.version("shiboken6") != "6.12.0"
