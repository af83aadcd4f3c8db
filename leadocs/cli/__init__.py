"""The ``leadocs`` command line: a thin layer of click over the library.

Exit status: 0 ok; 1 a problem in the data, a template or an output (the
message says which file, line and field); 2 options that do not fit; 3 a batch
finished with some recipients failed; 4 ``--strict`` and warnings were found;
130 interrupted with Ctrl-C (143 by SIGTERM, 129 by SIGHUP: 128 + the signal).
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

import click

from leadocs import __version__
from leadocs.cli._signals import Interrupted, stop_on_signals
from leadocs.errors import LeadocsError

__all__ = ["cli", "main"]


@functools.cache
def _command_modules() -> dict[str, str]:
    """Which module of ``leadocs.cli`` defines each command, in the order ``--help`` lists them."""
    from leadocs.documents.kinds import KINDS
    from leadocs.documents.subject import Subject

    documents = {
        name: "documents" for name, k in KINDS.items() if k.subject is not Subject.PROCUREMENT
    }
    return {
        **documents,
        "tender": "tender",
        "notice": "notice",
        "batch": "batch",
        "send": "send",
        "collect": "collect",
        "status": "status",
        "render": "tools",
        "validate": "tools",
        "templates": "templates",
        "preview": "templates",
        "schema": "tools",
        "doctor": "doctor",
        "serve": "serve",
    }


class _Group(click.Group):
    """A click group that turns leadocs' errors into messages and exit codes.

    Commands are imported when they are used (or listed by ``--help``), so that
    starting leadocs costs only what the command needs.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:  # noqa: ARG002 (click API)
        return list(_command_modules())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:  # noqa: ARG002
        module_name = _command_modules().get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(f"leadocs.cli.{module_name}")
        commands: dict[str, click.Command] = module.COMMANDS
        return commands[cmd_name]

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with stop_on_signals(_say_stopping):
                return super().invoke(ctx)
        except LeadocsError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.secho(f"Error: {exc}", err=True, fg="red")
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt as exc:
            click.echo("Interrupted; nothing half-written was left behind.", err=True)
            ctx.exit(exc.exit_code if isinstance(exc, Interrupted) else 130)


def _say_stopping(text: str) -> None:
    click.secho(text, err=True, fg="yellow")


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


def main() -> None:
    """Console entry point."""
    cli(prog_name="leadocs")


if __name__ == "__main__":  # pragma: no cover
    main()
