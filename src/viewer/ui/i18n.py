"""The interface language: our translations and Qt's own, switched at run time.

Sources are ``resources/translations/resolutions-viewer_<lang>.ts`` (Qt Linguist),
compiled to ``.qm`` by ``make translations`` (and by every build). English is the
source language and needs no file.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from viewer.core import resources

DOMAIN = "resolutions-viewer"
_installed: list[QTranslator] = []


def system_language() -> str:
    """French when the system's locale is French, else English."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def qm_path(lang: str) -> str:
    return str(resources.resource_path("translations", f"{DOMAIN}_{lang}.qm"))


def install(lang: str) -> bool:
    """Make ``lang`` the interface language; widgets get a LanguageChange event.

    Returns False when our translation for ``lang`` could not be loaded.
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English)
    )
    # English is the source language: its file only holds the plural forms.
    ours = QTranslator(app)
    loaded = ours.load(qm_path(lang))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    if lang == "en":
        return loaded
    # Qt's own strings: standard buttons, the line edit's context menu, dialogs.
    qt = QTranslator(app)
    library = QtCore.QLibraryInfo  # made on first use: an English start never needs it
    qt_folder = library.path(library.LibraryPath.TranslationsPath)
    bundled_folder = str(resources.resource_path("translations"))
    if qt.load(f"qtbase_{lang}", qt_folder) or qt.load(f"qtbase_{lang}", bundled_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
