"""Live monitoring (issue 15): watched feeds and pages, new incidents within minutes, alerts.

``config`` reads SOURCES.toml (sources, alert rules, settings); ``feeds`` turns a fetched feed
or page into candidate items; ``poller`` fetches what is due, politely, and stores what is new
through the runner; ``alerts`` matches the incidents a cycle touched against the rules and
delivers each once (``channels``: webhook, file, email); ``loop`` runs cycles until stopped.
The state that must survive a restart lives in the store (sitrep/store/watch.py).
"""

from sitrep.watch.config import ConfigError, WatchConfig, load_config
from sitrep.watch.loop import CycleReport, Watcher

__all__ = ["ConfigError", "CycleReport", "WatchConfig", "Watcher", "load_config"]
