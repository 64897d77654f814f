"""Running the command line in-process, shared by the CLI tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    """Run a command that must be a usage error (exit 2); return its stderr."""
    with pytest.raises(SystemExit) as caught:
        main([str(a) for a in args])
    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    return err
