"""Analyze: one spaCy Doc per article, shared by stages that each add one layer.

Each stage is registered (``stages.py``) with the layers of the ``Analysis`` it requires and
the one it assigns, a config whose defaults are in ``data/stages.toml``, and a factory that
builds it from the shared ``Resources``; the ``Analyzer`` checks the order of its stages when
it is built (``stage.check_order``) and runs them in that order over each article.
"""

from sitrep.analyze.pipeline import Analyzer, load_nlp, prepare

__all__ = ["Analyzer", "load_nlp", "prepare"]
