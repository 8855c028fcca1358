"""Strip debugging symbols from a Linux bundle, sparing libraries that patchelf has rewritten."""

from __future__ import annotations

import subprocess
from pathlib import Path

from system_libs import bundle_elves, elf_info


def _repaired_by_auditwheel(path: Path, bundle: Path) -> bool:
    # auditwheel vendors libraries into "<package>.libs" and rewrites them, and the
    # modules that load them, with patchelf; strip then can produce segments the
    # loader rejects ("ELF load command address/offset not page-aligned", seen with
    # numpy's OpenBLAS). These wheels come stripped anyway.
    if any(part.endswith(".libs") for part in path.relative_to(bundle).parts[:-1]):
        return True
    return any(".libs" in entry for entry in elf_info(str(path)).runpath)


def strip_bundle(bundle: Path) -> int:
    """Strip the ELF files under `bundle`/_internal that are safe to strip; returns the bytes saved."""
    # Not the executable: PyInstaller's bootloader comes stripped, and carries the
    # Python archive in an ELF section of its own.
    targets = [path for path in bundle_elves(bundle / "_internal")
               if not _repaired_by_auditwheel(path, bundle)]
    before = sum(path.stat().st_size for path in targets)
    # Chunked: one strip process per file would cost more than the stripping.
    for start in range(0, len(targets), 64):
        subprocess.run(["strip", "--strip-unneeded", *map(str, targets[start:start + 64])],
                       check=True)
    return before - sum(path.stat().st_size for path in targets)
