"""The command line: thin command modules that parse options, call the runner, the store
and the exports, and print. The work itself lives below (see docs/ARCHITECTURE.md).

One module per group: ``ingest``; ``run`` (batch jobs, on Dask too); ``query`` (events,
export); ``extract``; ``cluster``; ``evaluation`` (eval ...); ``serve``; ``watch``;
``check``; ``tools`` (setup, demo, bench); ``common`` for what they share. ``app`` is the
console script ``sitrep``.
"""

import typer

from sitrep.cli import check, cluster, evaluation, extract, ingest, query, run, serve, tools, watch

app = typer.Typer(help="sitrep: news reports in, conflict-event records out.", no_args_is_help=True)
app.add_typer(evaluation.app, name="eval")
app.command()(ingest.ingest)
app.command("run")(run.run_command)
app.command()(query.events)
app.command("export")(query.export_events)
app.command()(cluster.cluster)
app.command()(tools.demo)
app.command()(tools.setup)
app.command()(extract.extract)
app.command()(tools.bench)
app.command()(serve.serve)
app.command()(watch.watch)
app.command()(check.check)

__all__ = ["app"]
