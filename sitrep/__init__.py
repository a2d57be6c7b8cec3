"""sitrep: news reports in, conflict-event records out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sitrep")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
