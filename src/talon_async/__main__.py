"""``python -m talon_async``: the command line in :mod:`talon_async.cli`."""

import sys

from talon_async.cli import main

if __name__ == "__main__":
    sys.exit(main())
