"""dmgbuild settings: the drag-to-Applications disk image for Marginalia.app.

dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/Marginalia.app \
    "Marginalia" dist/Marginalia-VERSION.dmg
dmgbuild runs this file with `defines` (the -D values) among its globals.
"""

import os.path

# dmgbuild provides `defines`; the fallback lets the file be checked on its own.
defines = globals().get("defines", {})  # noqa: F821
application = defines.get("app", "dist/Marginalia.app")
app_name = os.path.basename(application)

format = "UDZO"  # zlib: opens on every supported macOS; ULMO (lzma) would be smaller, 10.15+ only
filesystem = "HFS+"
size = None  # computed from the contents

files = [application]
symlinks = {"Applications": "/Applications"}
# Paths are relative to where dmgbuild runs: the repository root.
icon = defines.get("icon", os.path.join("resources", "icons", "marginalia.icns"))
if not os.path.exists(icon):
    icon = None  # the volume keeps the default icon rather than failing the build

background = "builtin-arrow"
window_rect = ((200, 120), (640, 300))
default_view = "icon-view"
icon_size = 128
text_size = 14
icon_locations = {app_name: (160, 140), "Applications": (480, 140)}
show_status_bar = False
show_toolbar = False
show_sidebar = False
