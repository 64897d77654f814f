"""The size report of the standalone app, and its size budgets.

    .venv/bin/python scripts/dist_report.py [--dist dist]

Prints the one-folder app's total, the one-file app's size, the ten largest files and
where the bytes go; checks that every library the bundle links to is either in it or
one a Linux desktop has; exits 1 when a budget is exceeded or a library is missing.
Sizes are in MB of 1,000,000 bytes (MiB in brackets).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Issue 13 added pdfium (pypdfium2), the engine `import` reads PDFs with: 7.1 MB
# stripped (3.6 MB compressed), with pymarc and multiprocessing about 1 MB more. It is
# the smallest maintained, permissively licensed PDF text engine (poppler is GPL,
# MuPDF AGPL), so the budgets grew by its size: 130 -> 140 MB, 55 -> 58 MB.
ONEDIR_BUDGET_MB = 140
ONEFILE_BUDGET_MB = 58
# Libraries the bundle may leave to the host (see build_spec/bundle.py HOST_LIBRARIES
# and PyInstaller's own exclusions: glibc, OpenGL/EGL, libxcb, Wayland), and which
# may even be absent: Wayland's, on an X11-only host (the Wayland plugin then does not
# load; the app runs on xcb); CUPS, without a print server (printing offers PDF).
MAY_BE_ABSENT = re.compile(r"^lib(wayland-[a-z]+|cups)\.so")
GROUPS = (
    ("ICU (Unicode data and services, inside Qt Core)", r"/libicu"),
    ("Qt libraries", r"/PySide6/Qt/lib/"),
    ("Qt plugins", r"/PySide6/Qt/plugins/"),
    ("PySide6 bindings (Qt*.abi3.so, libpyside6, shiboken6)", r"/(PySide6|shiboken6)/"),
    ("jsonschema-rs", r"/jsonschema_rs/"),
    ("tantivy", r"/tantivy/"),
    ("pdfium (pypdfium2: reading PDFs for import)", r"/pypdfium2(_raw)?/"),
    ("Python (libpython, stdlib, extension modules)", r"(libpython|/python3\.\d+/|base_library)"),
    (
        "the executable (bootloader + the app's Python code)",
        r"^/resolutions-viewer/resolutions-viewer$",
    ),
    ("system libraries (xcb, xkbcommon, zlib, zstd)", r"/_internal/lib[^/]*\.so"),
    ("data, resources, licences", r"/(data|resources|licenses)/"),
)


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"


def files_of(folder: Path) -> list[tuple[int, Path]]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            found.append((path.stat().st_size, path))
    return sorted(found, key=lambda item: (-item[0], str(item[1])))


def unresolved(folder: Path) -> dict[str, set[str]]:
    """Libraries that neither the bundle nor this host provide, per bundled file."""
    internal = folder / "_internal"
    paths = [str(internal), str(internal / "PySide6" / "Qt" / "lib")]
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(paths)}
    missing: dict[str, set[str]] = {}
    for _size, path in files_of(folder):
        if not (path.suffix == ".so" or ".so." in path.name or path.name == folder.name):
            continue
        result = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        )
        for line in result.stdout.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(path.name)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    onedir = args.dist / "resolutions-viewer"
    onefile = args.dist / "resolutions-viewer-portable"
    if not (onedir / "resolutions-viewer").is_file():
        print(f"no build in {onedir}: run `make dist`", file=sys.stderr)
        return 1

    files = files_of(onedir)
    total = sum(size for size, _ in files)
    failures = []
    print("\nSize report")
    verdict = "within" if total <= ONEDIR_BUDGET_MB * 1e6 else "OVER"
    print(
        f"  one folder  {onedir.relative_to(args.dist.parent)}/: {mb(total)} in "
        f"{len(files)} files ({verdict} the {ONEDIR_BUDGET_MB} MB budget)"
    )
    if verdict == "OVER":
        failures.append(f"the one-folder app is {mb(total)}, over {ONEDIR_BUDGET_MB} MB")
    if onefile.is_file():
        size = onefile.stat().st_size
        verdict = "within" if size <= ONEFILE_BUDGET_MB * 1e6 else "OVER"
        print(
            f"  one file    {onefile.relative_to(args.dist.parent)}: {mb(size)} "
            f"({verdict} the {ONEFILE_BUDGET_MB} MB budget)"
        )
        if verdict == "OVER":
            failures.append(f"the one-file app is {mb(size)}, over {ONEFILE_BUDGET_MB} MB")
    else:
        failures.append(f"{onefile} is missing")

    print("  the ten largest files:")
    for size, path in files[:10]:
        print(f"    {size / 1e6:6.1f} MB  {path.relative_to(onedir)}")

    print("  where the bytes go:")
    counted: dict[str, int] = {}
    for size, path in files:
        where = "/" + str(path.relative_to(args.dist))
        label = next((name for name, pattern in GROUPS if re.search(pattern, where)), "other")
        counted[label] = counted.get(label, 0) + size
    for label, size in sorted(counted.items(), key=lambda item: -item[1]):
        print(f"    {size / 1e6:6.1f} MB  {label}")

    missing = unresolved(onedir)
    for library, users in sorted(missing.items()):
        if MAY_BE_ABSENT.match(library):
            print(f"  note: {library} is not on this host (needed by {', '.join(sorted(users))})")
        else:
            failures.append(f"{library} is neither bundled nor on this host ({sorted(users)})")
    for failure in failures:
        print(f"dist: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
