"""Resolutions Viewer: an offline reference viewer for UN resolutions concerning INTERPOL."""

__version__ = "0.1.0"
