"""``python -m viewer`` runs the same entry point as ``resolutions-viewer``."""

from viewer.cli import run

run()
