"""sitrep: news reports in, conflict-event records out."""

import hashlib
import os
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

# One BLAS thread per process: a process analyses one article at a time and `sitrep run` puts
# a process on each core. It has to be said before numpy loads OpenBLAS (set later, OpenBLAS's
# idle threads still spin), so the spaCy models use numpy's products only when it was.
# Setting OPENBLAS_NUM_THREADS yourself overrides this.
_SAID_BEFORE = "OPENBLAS_NUM_THREADS" in os.environ
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ONE_BLAS_THREAD = os.environ["OPENBLAS_NUM_THREADS"] == "1" and (
    _SAID_BEFORE or "numpy" not in sys.modules
)

try:
    __version__ = version("sitrep")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

# What makes an analysis: the stages, the record they fill and the knowledge they read.
_ANALYSIS_PARTS = ("analyze", "gazetteer", "data", "model.py", "resources.py")


def analysis_version() -> str:
    """The version stored with each analysed article: the release and a digest of the code and
    data that analyse it, so that a changed extractor re-analyses what it stored before even
    when the release number stayed the same. It reads the files on each call: call it once
    per run."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for part in _ANALYSIS_PARTS:
        paths = [root / part] if part.endswith(".py") else sorted((root / part).rglob("*"))
        for path in paths:
            if path.is_file() and path.suffix in (".py", ".toml", ".tsv", ".json"):
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"
