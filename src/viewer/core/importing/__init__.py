"""Bring in the documents the UN publishes: official PDFs, text files, MARC 21 XML.

Pure Python, no Qt. The command line (``command.py``) and the window call the same
entry point, :func:`runner.import_paths`, which reads every input (in worker
processes), merges what it read into records of the collection format and returns an
:class:`report.ImportReport`; :mod:`writing` validates and writes the collection.
"""
