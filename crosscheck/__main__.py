"""``python -m crosscheck``: the command line."""

from crosscheck.cli import main_exit

main_exit()
