"""``python -m viewer`` runs the same entry point as ``resolutions-viewer``."""

import sys

from viewer.cli import main

sys.exit(main())
