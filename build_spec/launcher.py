"""The frozen app's entry point: the same command line as the installed script."""

import sys

from viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
