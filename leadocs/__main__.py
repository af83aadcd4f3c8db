"""``python -m leadocs``."""

from leadocs.cli import main

main()
