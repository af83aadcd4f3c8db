"""``leadocs doctor``: is LibreOffice there, does a conversion work, are the fonts installed."""

from __future__ import annotations

import click

from leadocs.errors import ConversionError


@click.command()
def doctor() -> None:
    """Check what PDF output needs: LibreOffice, a real test conversion, and the fonts."""
    from leadocs.pdf.doctor import doctor as run_checks

    checks = run_checks()
    for check in checks:
        mark = click.style("ok  ", fg="green") if check.ok else click.style("FAIL", fg="red")
        click.echo(f"{mark} {check.name}: {check.detail}")
    failed = [check.name for check in checks if not check.ok]
    if failed:
        raise ConversionError(
            f"{len(failed)} check(s) failed: {', '.join(failed)}",
            hint="apt-get install -y libreoffice-writer-nogui python3-uno "
            "fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2 fonts-dejavu-core",
        )


COMMANDS = {command.name: command for command in (doctor,)}
