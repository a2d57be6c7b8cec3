"""Events of many articles that report one incident become one cluster, and one incident.

``similarity`` says when two reports are one incident (rules from
``sitrep/data/clustering.toml``), ``blocking`` which pairs are worth asking, ``linking`` turns
the answers into clusters with stable ids (whole or batch by batch), and ``incidents`` builds
the record standing for each cluster.
"""

from sitrep.cluster.incidents import build_incident
from sitrep.cluster.linking import (
    Assignment,
    BatchResult,
    Clustering,
    assign,
    cluster,
    link_batch,
)
from sitrep.cluster.rules import Rules, load_rules
from sitrep.cluster.similarity import Report, report_of, same_incident

__all__ = [
    "Assignment",
    "BatchResult",
    "Clustering",
    "Report",
    "Rules",
    "assign",
    "build_incident",
    "cluster",
    "link_batch",
    "load_rules",
    "report_of",
    "same_incident",
]
