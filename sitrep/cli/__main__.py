"""``python -m sitrep.cli``, the same as the ``sitrep`` script."""

from sitrep.cli import app

app()
