"""Shared fixtures. The offscreen platform is set before any QApplication exists."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication

import pytest

from viewer.core import loader
from viewer.core.collection import Collection
from viewer.core.search import SearchIndex

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "resolutions.json"
CORPUS = ROOT.parent / "shared" / "corpora" / "unsc-en.json"


def pytest_sessionstart(session: pytest.Session) -> None:
    """`make test` compiles the translations; a bare `pytest` does it here too."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session")
def bundled() -> Collection:
    return loader.load(BUNDLED)


@pytest.fixture(scope="session")
def bundled_index(bundled: Collection) -> SearchIndex:
    return SearchIndex(bundled)


@pytest.fixture(scope="session")
def corpus() -> Collection:
    if not CORPUS.exists():
        pytest.fail(f"the shared corpus is missing: {CORPUS}")
    return loader.load(CORPUS)


@pytest.fixture(scope="session")
def corpus_index(corpus: Collection) -> SearchIndex:
    return SearchIndex(corpus)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Each test gets its own settings and data folders: nothing leaks into $HOME."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("HOME", str(home))
    return home
