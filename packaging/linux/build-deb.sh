#!/usr/bin/env bash
# Freeze Marginalia with PyInstaller and package it as dist/marginalia_<version>_<arch>.deb.
#   bash packaging/linux/build-deb.sh
# Environment:
#   PYTHON=...             the Python that has Marginalia's dependencies (default .venv/bin/python)
#   MARGINALIA_RELEASE=1   compress with xz (slow, smallest, any dpkg) instead of zstd
#   MARGINALIA_MAINTAINER  the control file's Maintainer field
set -euo pipefail
cd "$(dirname "$0")/../.."
umask 022

python=${PYTHON:-.venv/bin/python}
[ -x "$python" ] || python=$(command -v "$python") || { echo "build-deb: no Python at $python" >&2; exit 1; }
for tool in dpkg-deb objdump strip; do
    command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (apt-get install dpkg binutils)" >&2; exit 1; }
done

if ! "$python" -m PyInstaller --version >/dev/null 2>&1; then
    # Only the tools of the "freeze" extra, never the project itself: installing "."
    # would replace a development (editable) install of Marginalia with a copy.
    mapfile -t tools < <("$python" - <<'PY'
import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["freeze"]))
PY
)
    echo "build-deb: installing the build tools: ${tools[*]}" >&2
    "$python" -m pip install --quiet "${tools[@]}"
fi

version=$(PYTHONPATH=desktop "$python" -c 'import marginalia; print(marginalia.__version__)')
arch=$(dpkg --print-architecture)
bundle=dist/marginalia
stage=build/deb/root
deb=dist/marginalia_${version}_${arch}.deb

# 1. The onedir bundle. PyInstaller's work folder is kept: a rebuild reuses its cache.
started=$(date +%s)
"$python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/marginalia.spec
echo "build-deb: bundle built in $(( $(date +%s) - started )) s, $(du -sh "$bundle" | cut -f1)" >&2

# 2. The installed tree: the app in /opt, a command on PATH, menu entry and icons.
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/doc/marginalia"
cp -a "$bundle" "$stage/opt/marginalia"
# The bootloader follows the link to find _internal beside the real executable.
ln -s /opt/marginalia/marginalia "$stage/usr/bin/marginalia"
install -m 0644 packaging/linux/marginalia.desktop "$stage/usr/share/applications/marginalia.desktop"
for png in resources/icons/hicolor/*/apps/marginalia.png; do
    install -D -m 0644 "$png" "$stage/usr/share/icons/${png#resources/icons/}"
done
install -D -m 0644 resources/icons/marginalia.svg "$stage/usr/share/icons/hicolor/scalable/apps/marginalia.svg"
cat > "$stage/usr/share/doc/marginalia/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Marginalia
Comment: /opt/marginalia/_internal holds Python, Qt (LGPL-3) and the Python packages
 Marginalia depends on, each under its own licence; their licence files are kept
 in the *.dist-info folders there.

Files: *
License: MIT
EOF
# dpkg keeps modes as they are: no group- or world-writable files whatever the umask was.
chmod -R u+rwX,go+rX,go-w "$stage"

depends=$("$python" packaging/linux/system_libs.py depends "$bundle")
installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<EOF
Package: marginalia
Version: $version
Architecture: $arch
Maintainer: ${MARGINALIA_MAINTAINER:-Marginalia maintainers <maintainers@marginalia.invalid>}
Installed-Size: $installed_size
Depends: $depends
Recommends: fonts-noto-color-emoji
Section: text
Priority: optional
Description: offline reading and annotation of multilingual articles
 Marginalia opens a folder of plain-text articles, lets researchers highlight
 claims, code them with topics and write margin notes, and exports them in
 open formats (W3C Web Annotation, CSV, QDPX, Markdown, HTML).
 .
 This package carries its own Python and Qt in /opt/marginalia. It recommends
 a colour emoji font, so notes with emoji show them rather than empty boxes.
EOF

# 3. The archive. zstd is fast enough for every test run; xz makes the smallest
# file and is what dpkg older than 1.21.18 (Debian 11) can read.
if [ "${MARGINALIA_RELEASE:-0}" = 1 ]; then compression=(-Zxz); else compression=(-Zzstd); fi
started=$(date +%s)
dpkg-deb --root-owner-group "${compression[@]}" --build "$stage" "$deb" >/dev/null
echo "build-deb: $deb ($(du -h "$deb" | cut -f1), ${compression[0]}) in $(( $(date +%s) - started )) s" >&2
echo "$deb"
