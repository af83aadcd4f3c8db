"""The ``leadocs`` command line: a thin layer of click over the library.

Exit status: 0 ok; 1 a problem in the data, a template or an output (the
message says which file, line and field); 2 options that do not fit; 3 a batch
finished with some recipients failed; 4 ``--strict`` and warnings were found;
130 interrupted with Ctrl-C.
"""

from __future__ import annotations

from typing import Any

import click

from leadocs import __version__
from leadocs.errors import LeadocsError

__all__ = ["cli", "main"]


class _Group(click.Group):
    """A click group that turns leadocs' errors into messages and exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LeadocsError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.secho(f"Error: {exc}", err=True, fg="red")
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing half-written was left behind.", err=True)
            ctx.exit(130)


@click.group(
    cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(__version__, "-V", "--version", message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, hidden=True, help="Show tracebacks (for developers).")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Innovation-procurement paperwork from YAML.

    Letters of intent, assistance requests, benefit sheets, partner reports and tender
    skeletons, one at a time or as a mailing.

    Exit status: 0 ok, 1 bad data/template/output, 2 bad options, 3 batch with failures,
    4 warnings under --strict, 130 interrupted.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _register() -> None:
    import importlib

    for name in ("documents", "tools", "tender", "batch", "send", "doctor"):
        try:
            module = importlib.import_module(f"leadocs.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"leadocs.cli.{name}":
                raise
            continue
        for command in getattr(module, "COMMANDS", ()):
            cli.add_command(command)


_register()


def main() -> None:
    """Console entry point."""
    cli(prog_name="leadocs")


if __name__ == "__main__":  # pragma: no cover
    main()
