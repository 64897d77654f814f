"""The frozen app's entry point: the same command line as the installed script."""

from viewer.cli import run

if __name__ == "__main__":
    run()
