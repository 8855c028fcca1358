"""Which shared libraries a Linux bundle takes from the system, and the .deb Depends they make.

Usage: python system_libs.py depends BUNDLE_DIR   prints the Depends: value
       python system_libs.py report BUNDLE_DIR    lists every system soname and its users
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# The desktop stack comes from the distribution, never from the bundle: these must
# match the running X server, compositor, GPU driver and font configuration, and a
# bundled libstdc++ older than the host's breaks Mesa's drivers. Everything else
# PyInstaller collects (OpenSSL, libffi, ... for Python itself) stays bundled.
# Package names hold for Debian 12 and Ubuntu 22.04 alike.
SYSTEM_LIBRARIES = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6", "librt.so.1": "libc6", "libutil.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "libstdc++.so.6": "libstdc++6", "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0", "libgio-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1", "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

_NEEDED = re.compile(r"^\s*NEEDED\s+(\S+)", re.MULTILINE)
_SONAME = re.compile(r"^\s*SONAME\s+(\S+)", re.MULTILINE)
_RUNPATH = re.compile(r"^\s*(?:RUNPATH|RPATH)\s+(\S+)", re.MULTILINE)
_GLIBC = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")
_ELF_MAGIC = b"\x7fELF"


def provided_by_system(soname: str) -> bool:
    return soname in SYSTEM_LIBRARIES


@dataclass(frozen=True)
class ElfInfo:
    soname: str | None
    needed: tuple[str, ...]
    runpath: tuple[str, ...]
    glibc: tuple[int, ...]  # the newest GLIBC_x.y symbol version it asks for, or ()


@lru_cache(maxsize=None)
def elf_info(path: str) -> ElfInfo:
    """Dynamic section facts of one ELF file, read with binutils' objdump."""
    # LC_ALL=C: the headings parsed below are translated in other locales.
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True,
                         env=dict(os.environ, LC_ALL="C")).stdout
    soname = _SONAME.search(out)
    # Only the "Version References" part names versions this file requires;
    # "Version definitions" (in libc itself) would claim every version ever made.
    references = out.partition("Version References:")[2]
    versions = [tuple(int(part) for part in match.groups() if part is not None)
                for match in _GLIBC.finditer(references)]
    runpath = tuple(part for found in _RUNPATH.findall(out) for part in found.split(":"))
    return ElfInfo(soname[1] if soname else None, tuple(_NEEDED.findall(out)), runpath,
                   max(versions, default=()))


def needed(path: str) -> tuple[str, ...]:
    return elf_info(str(path)).needed


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == _ELF_MAGIC


def bundle_elves(bundle: Path) -> list[Path]:
    return sorted(path for path in bundle.rglob("*") if is_elf(path))


@dataclass(frozen=True)
class SystemNeeds:
    users: dict[str, list[str]]  # system soname → bundle files linking to it
    glibc: tuple[int, ...]
    glibc_from: str  # the file that asks for the newest glibc
    unknown: dict[str, list[str]]  # sonames neither bundled nor in SYSTEM_LIBRARIES


def system_needs(bundle: Path) -> SystemNeeds:
    """What the bundle's binaries link against that the bundle does not carry."""
    elves = bundle_elves(bundle)
    carried = {path.name for path in bundle.rglob("*")}
    carried |= {info.soname for info in map(elf_info, map(str, elves)) if info.soname}
    users, unknown = defaultdict(list), defaultdict(list)
    glibc: tuple[int, ...] = ()
    glibc_from = ""
    for path in elves:
        info = elf_info(str(path))
        relative = str(path.relative_to(bundle))
        if info.glibc > glibc:
            glibc, glibc_from = info.glibc, relative
        for soname in info.needed:
            if soname not in carried:
                (users if soname in SYSTEM_LIBRARIES else unknown)[soname].append(relative)
    return SystemNeeds(dict(users), glibc, glibc_from, dict(unknown))


def depends_line(bundle: Path) -> str:
    """The Depends: value; raises if a binary needs a library nobody provides."""
    needs = system_needs(bundle)
    if needs.unknown:
        listing = "; ".join(f"{name} (needed by {', '.join(files[:3])})"
                            for name, files in sorted(needs.unknown.items()))
        raise LookupError("libraries neither bundled nor mapped to a Debian package in "
                          f"SYSTEM_LIBRARIES: {listing}")
    packages = sorted({SYSTEM_LIBRARIES[name] for name in needs.users} - {"libc6"})
    floor = ".".join(map(str, needs.glibc)) if needs.glibc else "2.17"
    return ", ".join([f"libc6 (>= {floor})", *packages])


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("depends", "report"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    bundle = Path(argv[1])
    if argv[0] == "depends":
        try:
            print(depends_line(bundle))
        except LookupError as error:
            print(f"system_libs: {error}", file=sys.stderr)
            return 1
        return 0
    needs = system_needs(bundle)
    for name, files in sorted({**needs.users, **needs.unknown}.items()):
        package = SYSTEM_LIBRARIES.get(name, "?")
        print(f"{name:28} {package:22} {len(files):3}  {files[0]}")
    print(f"glibc floor: {'.'.join(map(str, needs.glibc))} (set by {needs.glibc_from})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
