"""Frozen entry point: PyInstaller needs a script, the app's entry is marginalia.__main__:main."""

import sys

from marginalia.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
