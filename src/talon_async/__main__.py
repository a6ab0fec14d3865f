"""``python -m talon_async``: the command line in :mod:`talon_async._cli`."""

import sys

from talon_async._cli import main

if __name__ == "__main__":
    sys.exit(main())
