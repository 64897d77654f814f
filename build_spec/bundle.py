"""What goes into the frozen app, and what is left out: used by resolutions-viewer.spec.

Kept apart from the spec so that the policy reads in one place and the bench's bare
window (bench/startup_frozen.py) is trimmed by the very same rules.

Policy, in short:
- Qt: the Python modules the app imports (PyInstaller follows the imports), and of Qt's
  plugins only those the app loads: the xcb (+ its GL integrations), offscreen and
  Wayland platforms, the SVG icon engine and image format, the compose and IBus input
  methods, CUPS printing. Of Qt's translations, only qtbase for the languages the app
  offers. Every shared library no kept file links to is then dropped.
- Python: the standard library modules the app never imports are excluded.
- Binaries are stripped (PyInstaller's ``strip=True``) and nothing is UPX-packed (UPX
  slows start-up and corrupts Qt plugins).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from email.parser import Parser
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"

# The languages the app offers (viewer.core.labels.LANGUAGES): Qt's own strings
# (standard buttons, context menus) in those languages, and no others.
QT_TRANSLATIONS = {"qtbase_fr.qm", "qtbase_en.qm"}

# Qt plugins, as "<type>/<file>" under PySide6/Qt/plugins. Everything else is dropped.
KEEP_PLUGINS = {
    # A real window on X11 (and XWayland), and its OpenGL integrations (Qt Gui loads
    # one at start to learn what the screen can do; without them it warns).
    "platforms/libqxcb.so",
    "xcbglintegrations/libqxcb-glx-integration.so",
    "xcbglintegrations/libqxcb-egl-integration.so",
    # --self-test, CI and headless use.
    "platforms/libqoffscreen.so",
    # Native Wayland: 1.6 MB in all (libQt6WaylandClient and the shell and decoration
    # plugins); without it a Wayland session still runs the app through XWayland, but
    # blurry on scaled screens. Kept: 1.2 % of the bundle for sharp text. Its EGL
    # integration is left out (with libQt6OpenGL, 0.8 MB): widgets draw in shared
    # memory, only OpenGL widgets and Qt Quick need it.
    "platforms/libqwayland.so",
    "wayland-shell-integration/libxdg-shell.so",
    "wayland-decoration-client/libbradient.so",
    "wayland-decoration-client/libadwaita.so",
    # The SVG window icon (QIcon picks the icon engine by suffix; the image format
    # plugin serves QImageReader and the .desktop-less fallback).
    "iconengines/libqsvgicon.so",
    "imageformats/libqsvg.so",
    # Typing: dead keys and the compose key (French accents), and IBus, the input
    # method of GNOME and most distributions.
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    # Printing to a real printer (QtPrintSupport alone prints only to PDF).
    "printsupport/libcupsprintersupport.so",
}

# Libraries the host system provides, never bundled (PyInstaller would take them from
# the build machine). Each is on any Linux desktop, and a bundled copy does harm there:
HOST_LIBRARIES = {
    # The C++ runtime: the PySide6 wheels themselves rely on the host's (manylinux
    # policy), and a bundled older copy breaks the host's OpenGL driver when that was
    # built with a newer compiler.
    "libstdc++.so.6",
    "libgcc_s.so.1",
    # Also in the manylinux baseline: X11 and GLib.
    "libX11.so.6",
    "libglib-2.0.so.0",
    "libgthread-2.0.so.0",
    "libgobject-2.0.so.0",
    # Fonts: they must read the host's font configuration, and without the host's
    # fonts there is nothing for them to find.
    "libfontconfig.so.1",
    "libfreetype.so.6",
    # The client of the host's message bus, which the desktop runs (IBus, portals and
    # accessibility speak through it); with it go libsystemd, libgcrypt, zstd (3.8 MB).
    "libdbus-1.so.3",
    # The client of the host's print server; with it go GnuTLS, Kerberos, Avahi (9 MB).
    # Qt's CUPS plugin loads where the host has CUPS; elsewhere printing offers PDF.
    "libcups.so.2",
}

# The standard library and third-party modules the app never imports (PyInstaller
# would otherwise follow optional imports into them).
EXCLUDED_MODULES = [
    # Qt modules the app does not use (the hooks would collect their libraries,
    # plugins and QML files).
    *(
        f"PySide6.{name}"
        for name in (
            "QtNetwork",
            "QtDBus",  # libQt6DBus stays (Qt Gui links it); its Python module is unused
            "QtQml",
            "QtQuick",
            "QtQuickControls2",
            "QtQuickWidgets",
            "QtQuickTest",
            "QtQmlFeatures",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtSql",
            "QtTest",
            "QtXml",
            "QtConcurrent",
            "QtDesigner",
            "QtHelp",
            "QtUiTools",
            "QtLabsStyleKit",
            "QtSvgWidgets",
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtMultimedia",
            "QtPdf",
            "QtPdfWidgets",
            "Qt3DCore",
        )
    ),
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "pdb",
    "sqlite3",
    "_sqlite3",
    "ssl",
    "_ssl",
    "_hashlib",
    "lzma",
    "_lzma",
    "bz2",
    "_bz2",
    "curses",
    "_curses",
    "readline",
    # The frozen app leaves worker processes out: PyInstaller's run-time hook for
    # multiprocessing imports it at every start (30-40 ms, a tenth of the window's
    # first paint), so `import` reads its files in its own process there.
    "multiprocessing",
    "concurrent.futures.process",
    "xmlrpc",
    "http.server",
    "ftplib",
    "smtplib",
    "imaplib",
    "poplib",
    "mailbox",
    "distutils",
    "setuptools",
    "pkg_resources",
    "lib2to3",
    "ensurepip",
    "venv",
    "idlelib",
    # pypdfium2 imports these lazily, only to render pages as images; `import` reads
    # text alone (Pillow and its codecs: 12.5 MB).
    "PIL",
    "numpy",
    # Codecs of East Asian legacy encodings (0.9 MB): the app reads UTF-8 JSON.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_multibytecodec",
]

_PLUGIN_DIR = "PySide6/Qt/plugins/"
_TRANSLATION_DIR = "PySide6/Qt/translations/"
_SHARED_LIB = re.compile(r"^lib[^/]*\.so(\.[0-9]+)*$")
# Shared libraries loaded with ctypes (no file links to them): roots of the library
# garbage collection in trim(), never dropped. pdfium reads the PDFs `import` brings in.
CTYPES_LIBRARIES = {"libpdfium.so"}


def _log(message: str) -> None:
    print(f"[bundle] {message}", flush=True)


# -- before the analysis ---------------------------------------------------------------


class BrokenRelease(SystemExit):
    """The build stops: an installed dependency is a release the project excludes."""


def excluded_releases(requirements: list[str]) -> dict[str, set[str]]:
    """``{"PySide6-Essentials": {"6.12.0"}}`` from requirement strings such as
    ``PySide6-Essentials!=6.12.0,<7,>=6.7``: the releases pyproject.toml names as broken."""
    found: dict[str, set[str]] = {}
    for requirement in requirements:
        if ";" in requirement and "extra ==" in requirement:
            continue  # an optional dependency, never bundled
        name = re.match(r"[A-Za-z0-9._-]+", requirement)
        excluded = set(re.findall(r"!=\s*([0-9][0-9A-Za-z.+-]*)", requirement))
        if name and excluded:
            found[name.group(0)] = excluded
    return found


def project_requirements() -> list[str]:
    """The dependencies as pyproject.toml states them (the installed metadata when
    this Python has no TOML reader)."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        return metadata.requires("resolutions-viewer") or []
    with (ROOT / "pyproject.toml").open("rb") as file:
        return list(tomllib.load(file)["project"]["dependencies"])


def refuse_broken_releases(installed=metadata.version) -> None:  # noqa: ANN001
    """Stop the build when an installed dependency is a release pyproject.toml excludes
    (PySide6/shiboken6 6.12.0: each Signal.emit() on CPython 3.11 drops a reference to
    True/None and the frozen window aborts after a few hundred actions). pip honours the
    range; a build environment made another way must not ship the broken release."""
    for name, versions in excluded_releases(project_requirements()).items():
        try:
            version = installed(name)
        except metadata.PackageNotFoundError:
            continue
        if version in versions:
            raise BrokenRelease(
                f"[bundle] refusing to build: {name} {version} is installed, a release "
                f"pyproject.toml excludes as broken ({', '.join(sorted(versions))}). "
                f'Install another: pip install "{name}!={version}" (see pyproject.toml).'
            )
    _log("dependencies: no excluded release installed")


def compile_translations() -> list[Path]:
    """resources/translations/*.ts -> .qm beside them (pyside6-lrelease), when missing
    or older than their source. Any failure stops the build."""
    folder = ROOT / "resources" / "translations"
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not sources:
        return []
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    lrelease = lrelease or shutil.which("pyside6-lrelease")
    if lrelease is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    compiled = []
    for source in sources:
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
            _log(f"compiled {target.relative_to(ROOT)}")
        compiled.append(target)
    return compiled


def make_icons() -> Path:
    """.ico and .icns (build/icons) from the SVG; the committed PNG sizes of
    resources/icons/hicolor are left as they are (the build writes under build/ only)."""
    out = BUILD / "icons"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_icons.py"), "--out", str(out)],
        check=True,
        env=env,
    )
    return out


def importer_files() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(binaries, datas) of the PDF reader, whatever the installed hooks do: pdfium's
    shared library (loaded with ctypes, so no analysis finds it) and the two
    version.json files pypdfium2 reads at import."""
    from PyInstaller.utils.hooks import collect_data_files, collect_dynamic_libs

    binaries = collect_dynamic_libs("pypdfium2_raw")
    datas = collect_data_files("pypdfium2_raw") + collect_data_files("pypdfium2")
    return binaries, datas


def app_datas() -> list[tuple[str, str]]:
    """data/ and resources/ as the app finds them (core/resources.py: the bundle root
    holds data/ and resources/). Sources of translations stay out: only .qm ship."""
    datas = []
    for top in ("data", "resources"):
        for path in sorted((ROOT / top).rglob("*")):
            if not path.is_file() or path.suffix in {".ts", ".pro"} or path.name == ".gitkeep":
                continue
            datas.append((str(path), str(path.parent.relative_to(ROOT))))
    return datas


# -- after the analysis ----------------------------------------------------------------


def _needed(path: str) -> list[str]:
    """The sonames an ELF file links to (DT_NEEDED)."""
    try:
        out = subprocess.run(
            ["readelf", "-d", path], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def trim(binaries: list, datas: list, app_name: str) -> tuple[list, list]:
    """Drop unused Qt plugins and translations, then every shared library that no kept
    file needs any more (they came in as dependencies of dropped plugins).

    The plugin and library rules name Linux files: elsewhere (Windows, macOS) only Qt's
    translations are trimmed, and PyInstaller's own choice of binaries stands."""
    dropped: list[tuple[str, str]] = []
    linux = sys.platform.startswith("linux")

    def keep_binary(entry) -> bool:
        dest = entry[0].replace(os.sep, "/")
        if not linux:
            return True
        if os.path.basename(dest) in HOST_LIBRARIES:
            dropped.append((dest, "the host's"))
            return False
        if dest.startswith(_PLUGIN_DIR) and dest[len(_PLUGIN_DIR) :] not in KEEP_PLUGINS:
            dropped.append((dest, "plugin not used"))
            return False
        return True

    binaries = [b for b in binaries if keep_binary(b)]

    # Garbage-collect shared libraries: roots are all non-library binaries (extension
    # modules, kept plugins, the Python library); keep what they need, transitively.
    by_name: dict[str, tuple] = {}
    roots = []
    for entry in binaries:
        name = os.path.basename(entry[0])
        is_plugin = entry[0].replace(os.sep, "/").startswith(_PLUGIN_DIR)
        loaded_by_ctypes = name in CTYPES_LIBRARIES
        library = _SHARED_LIB.match(name) and not loaded_by_ctypes
        if linux and library and not is_plugin and not name.startswith("libpython"):
            by_name.setdefault(name, entry)
        else:
            roots.append(entry)
    needed: set[str] = set()
    todo = [entry[1] for entry in roots] if linux else []
    while todo:
        for soname in _needed(todo.pop()):
            if soname not in needed:
                needed.add(soname)
                if soname in by_name:
                    todo.append(by_name[soname][1])
    kept = []
    for entry in binaries:
        name = os.path.basename(entry[0])
        if name in by_name and name not in needed:
            dropped.append((entry[0], "no kept file links to it"))
            continue
        kept.append(entry)

    kept_dests = {entry[0] for entry in kept}

    def keep_data(entry) -> bool:
        if entry[2] == "SYMLINK":  # top-level links to libraries in sub-folders
            target = os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1]))
            return target in kept_dests
        dest = entry[0].replace(os.sep, "/")
        if dest.startswith(_TRANSLATION_DIR) and os.path.basename(dest) not in QT_TRANSLATIONS:
            return False
        # QML files and Qt's metatypes come only with modules the app does not use.
        return not dest.startswith(("PySide6/Qt/qml/", "PySide6/Qt/metatypes/"))

    before = len(datas)
    datas = [d for d in datas if keep_data(d)]
    report = BUILD / f"{app_name}.left-out.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(
        "".join(f"{dest}\t{why}\n" for dest, why in sorted(dropped)), encoding="utf-8"
    )
    _log(
        f"left out {len(dropped)} binaries (listed in {report.relative_to(ROOT)}) and "
        f"{before - len(datas)} data files (Qt translations and QML of unused modules)"
    )
    return kept, datas


# -- licences --------------------------------------------------------------------------

_MIT = """Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def _dist_file(name: str, *candidates: str) -> Path | None:
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None
    for file in dist.files or []:
        if file.name in candidates or str(file).endswith(candidates):
            return Path(str(dist.locate_file(file)))
    return None


def _debian_packages(paths: list[str]) -> dict[str, list[str]]:
    """Debian package -> the bundled libraries it provided (dpkg -S), if dpkg exists."""
    if not paths or shutil.which("dpkg-query") is None:
        return {}
    owners: dict[str, list[str]] = {}
    for path in paths:
        real = os.path.realpath(path)
        found = None
        for candidate in (path, real, real.replace("/usr/lib/", "/lib/", 1)):
            result = subprocess.run(
                ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
            )
            if result.returncode == 0:
                found = result.stdout.split(":", 1)[0].strip()
                break
        if found:
            owners.setdefault(found, []).append(os.path.basename(path))
    return owners


def licences(binaries: list) -> list[tuple[str, str]]:
    """Gather the licence texts of what ships into build/licenses; returns the TOC
    entries that put them under licenses/ in the bundle."""
    out = BUILD / "licenses"
    if out.exists():
        shutil.rmtree(out)
    (out / "system").mkdir(parents=True)
    listing: list[str] = []

    def put(name: str, text: str) -> None:
        (out / name).write_text(text, encoding="utf-8")

    def copy(name: str, source: Path) -> None:
        shutil.copyfile(source, out / name)

    version = _dist_version("resolutions-viewer")
    copy("resolutions-viewer.LICENSE.txt", ROOT / "LICENSE")
    listing.append(
        f"resolutions-viewer {version}: MIT (resolutions-viewer.LICENSE.txt). The bundled "
        "collection (data/) is part of the project and under the same licence; its "
        "summaries are the project's own words. UN symbols, dates and titles are facts "
        "of public record; no official UN document is bundled."
    )

    for text in sorted((ROOT / "LICENSES").glob("*.txt")):
        copy(text.name, text)
    qt = _dist_version("PySide6-Essentials")
    listing.append(
        f"Qt {qt} and Qt for Python (PySide6-Essentials {qt}, shiboken6 "
        f"{_dist_version('shiboken6')}): LGPL-3.0-only (LGPL-3.0-only.txt, which "
        "builds on GPL-3.0-only.txt). The Qt libraries are separate shared libraries "
        "(PySide6/Qt/lib under the bundle: _internal/ in the folder build); you may "
        "replace them with your own build of the same Qt version. Qt's source: "
        "https://download.qt.io/official_releases/qt/ and https://code.qt.io/; PySide6's: "
        "https://code.qt.io/cgit/pyside/pyside-setup.git. "
        "Qt includes third-party code under its own permissive licences (ICU, HarfBuzz, "
        "PCRE2, libpng, zlib, md4c, double-conversion and others): see "
        "https://doc.qt.io/qt-6/licenses-used-in-qt.html; the ICU licence is "
        "ICU.txt (the text of ICU 72; ICU 73, which Qt ships, has the same terms)."
    )

    stdlib = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    python_licence = Path(sys.base_prefix) / "lib" / stdlib / "LICENSE.txt"
    if not python_licence.exists():
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    copy("Python.LICENSE.txt", python_licence)
    listing.append(f"Python {sys.version.split()[0]}: PSF License Agreement (Python.LICENSE.txt)")

    tantivy = _dist_file("tantivy", "LICENSE")
    if tantivy is None:
        raise SystemExit("tantivy's licence file is missing from its installed wheel")
    copy("tantivy.LICENSE.txt", tantivy)
    listing.append(f"tantivy-py {_dist_version('tantivy')}: MIT (tantivy.LICENSE.txt)")

    # jsonschema-rs's wheel carries no licence file: its metadata says MIT.
    meta = metadata.metadata("jsonschema-rs")
    author = meta.get("Author-email") or meta.get("Author") or "Dmitry Dygalo"
    put(
        "jsonschema-rs.LICENSE.txt",
        f"MIT License\n\nCopyright (c) {Parser().parsestr(f'From: {author}')['From']}"
        " and the jsonschema-rs contributors\n"
        "(https://github.com/Stranger6667/jsonschema)\n\n" + _MIT,
    )
    listing.append(
        f"jsonschema-rs {_dist_version('jsonschema-rs')}: MIT (jsonschema-rs.LICENSE.txt)"
    )

    # The importer: pdfium through pypdfium2 (BSD-3-Clause / Apache-2.0, and the
    # licences of what the pdfium build compiles in), pymarc (BSD-2-Clause).
    pdfium_dir = _dist_file("pypdfium2", "licenses/LICENSES/Apache-2.0.txt")
    if pdfium_dir is None:
        raise SystemExit("pypdfium2's licence files are missing from its installed wheel")
    licences_root = pdfium_dir.parent.parent
    (out / "pypdfium2").mkdir()
    for text in sorted(licences_root.rglob("*")):
        if text.is_file():
            flat = str(text.relative_to(licences_root)).replace(os.sep, "_")
            copy(f"pypdfium2/{flat}", text)
    listing.append(
        f"pypdfium2 {_dist_version('pypdfium2')} and the PDFium library inside it: "
        "BSD-3-Clause and Apache-2.0, with the licences of the code PDFium compiles in "
        "(FreeType, libjpeg-turbo, OpenJPEG, lcms, zlib, ICU …): pypdfium2/"
    )
    pymarc = _dist_file("pymarc", "licenses/LICENSE", "LICENSE")
    if pymarc is None:
        raise SystemExit("pymarc's licence file is missing from its installed wheel")
    copy("pymarc.LICENSE.txt", pymarc)
    listing.append(f"pymarc {_dist_version('pymarc')}: BSD-2-Clause (pymarc.LICENSE.txt)")

    # The Rust crates compiled into tantivy and jsonschema-rs, from their wheels' SBOMs.
    crates = {}
    for dist in ("tantivy", "jsonschema-rs"):
        sbom = _dist_file(dist, ".cyclonedx.json")
        if sbom is None:
            continue
        for component in json.loads(sbom.read_text(encoding="utf-8")).get("components", []):
            terms = " / ".join(
                item.get("expression") or item.get("license", {}).get("id", "")
                for item in component.get("licenses", [])
            )
            key = (component.get("name", "?"), component.get("version", "?"))
            crates[key] = f"{key[0]} {key[1]}: {terms or '?'} ({component.get('author', '')})"
    if crates:
        put(
            "rust-crates.txt",
            "Rust crates compiled into tantivy and jsonschema-rs (from their wheels' "
            "CycloneDX SBOMs): name, version, licence, authors.\n\n"
            + "\n".join(crates[key] for key in sorted(crates))
            + "\n",
        )
        listing.append(
            f"{len(crates)} Rust crates inside tantivy and jsonschema-rs, each MIT, "
            "Apache-2.0, BSD, Unlicense, Zlib or a choice of them: rust-crates.txt"
        )

    # Libraries PyInstaller took from this system (not from a wheel): their Debian
    # copyright files.
    system = [b[1] for b in binaries if b[1].startswith(("/usr/", "/lib"))]
    written: dict[str, str] = {}  # copyright text -> the file that holds it
    for package, libs in sorted(_debian_packages(system).items()):
        package = package.split(":")[0]
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if not copyright_file.exists():
            listing.append(f"{', '.join(sorted(libs))} (Debian {package}): no copyright file")
            continue
        text = copyright_file.read_text(encoding="utf-8", errors="replace")
        name = written.setdefault(text, f"system/{package}.copyright")
        if name == f"system/{package}.copyright":
            put(name, text)
        listing.append(f"{', '.join(sorted(libs))} (Debian {package}): {name}")
    if system and not written:
        listing.append(
            "Libraries from the build system: "
            + ", ".join(sorted(map(os.path.basename, system)))
            + " (no Debian copyright files found on the build machine)"
        )

    put(
        "README.txt",
        "The licences of everything this build of Resolutions Viewer ships.\n\n"
        + "\n\n".join(f"- {line}" for line in listing)
        + "\n",
    )
    # Added after the analysis: full TOC entries (destination, source, type).
    return [
        (str(Path("licenses") / path.relative_to(out)), str(path), "DATA")
        for path in sorted(out.rglob("*"))
        if path.is_file()
    ]
