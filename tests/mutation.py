"""Runs mutmut (mutation testing) on this repository, whose sources are under desktop/.

mutmut names each mutant after its module, counting from the folder it runs in, and
knows only `src/` as a folder to leave out of the name: here the mutants would be
called `desktop.marginalia...` while the tests import `marginalia...`, and no test
would be found for any of them. This strips `desktop.` as mutmut strips `src.`; the
rest is mutmut's own command line, with the configuration in pyproject.toml:

    .venv/bin/python tests/mutation.py run --max-children 2
    .venv/bin/python tests/mutation.py results

It takes hours on two cores, and is not part of the test suite or of CI.
"""

from __future__ import annotations

import sys

import mutmut.utils.format_utils as names

_strip = names.strip_prefix


def _strip_source_root(name: str, *, prefix: str, strict: bool = False) -> str:
    return _strip(_strip(name, prefix="desktop."), prefix=prefix, strict=strict)


names.strip_prefix = _strip_source_root

if __name__ == "__main__":
    from mutmut.__main__ import cli

    sys.exit(cli())
