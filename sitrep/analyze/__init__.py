"""Analyze: one spaCy Doc per article, shared by stages that each add one layer.

The stages run in the fixed order of DESIGN.md; each is a module with a class
whose instances are called as ``stage(doc, analysis)`` and return their layer.
Later stages read the layers of earlier ones from the ``Analysis``.
"""

from sitrep.analyze.pipeline import Analyzer, load_nlp, prepare

__all__ = ["Analyzer", "load_nlp", "prepare"]
