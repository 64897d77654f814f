"""The frozen app's entry point: the same command line as the installed script."""

import multiprocessing
import sys

from viewer.cli import main

if __name__ == "__main__":
    # `import` reads files in worker processes (spawned): in a frozen app each worker is
    # this executable again, and freeze_support() makes it run the worker, not the CLI.
    multiprocessing.freeze_support()
    sys.exit(main())
