"""ARDesk entry point: no arguments opens the window; see `python main.py --help`."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
