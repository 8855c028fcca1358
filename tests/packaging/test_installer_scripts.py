"""The Windows and macOS installer inputs, checked here since only CI has those machines."""

from __future__ import annotations

import plistlib
import re

import pytest
from installer_support import PACKAGING, REPO

pytestmark = pytest.mark.packaging

ISS = PACKAGING / "windows" / "marginalia.iss"


def iss_setup() -> dict[str, str]:
    """The [Setup] section's directives."""
    section = ISS.read_text(encoding="utf-8").split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(line.split("=", 1) for line in section.splitlines()
                if "=" in line and not line.lstrip().startswith(";"))


def test_inno_setup_installs_per_user_with_start_menu_entry_and_uninstaller():
    """No administrator rights, a per-user folder, a Start-menu entry; the version must be passed in."""
    setup = iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith(("{autopf}", "{userpf}", "{localappdata}"))
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup.get("Uninstallable", "yes") == "yes"
    assert setup["UninstallDisplayIcon"] == r"{app}\marginalia.exe"
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"#ifndef AppVersion\s+#error", text)
    assert re.search(r'^Name: "\{(autoprograms|userprograms|group)\}\\Marginalia"; Filename: "\{app\}\\marginalia.exe"',
                     text, re.MULTILINE)


def test_inno_setup_paths_point_at_the_repository():
    """The icon and the bundle folder the script names resolve from packaging/windows/."""
    setup = iss_setup()
    icon = (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon == REPO / "resources" / "icons" / "marginalia.ico" and icon.is_file()
    bundle = re.search(r'#define BundleDir "([^"]+)"', ISS.read_text(encoding="utf-8"))[1]
    assert (ISS.parent / bundle.replace("\\", "/")).resolve() == REPO / "dist" / "marginalia"


def test_entitlements_allow_what_a_frozen_python_app_needs_and_no_sandbox():
    """Hardened-runtime exceptions for libffi and Qt's plugins; the app is not sandboxed."""
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as handle:
        entitlements = plistlib.load(handle)
    assert entitlements["com.apple.security.cs.allow-unsigned-executable-memory"] is True
    assert entitlements["com.apple.security.cs.disable-library-validation"] is True
    assert "com.apple.security.app-sandbox" not in entitlements


def test_dmg_settings_put_the_app_beside_an_applications_link():
    """dmgbuild's settings, run as dmgbuild runs them, lay out the app and /Applications."""
    settings = {"defines": {"app": "dist/Marginalia.app"}}
    path = PACKAGING / "macos" / "dmg_settings.py"
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), settings)  # noqa: S102
    assert settings["files"] == ["dist/Marginalia.app"]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert set(settings["icon_locations"]) == {"Marginalia.app", "Applications"}
    assert settings["format"] in {"UDZO", "UDBZ", "ULFO", "ULMO"}


def test_spec_declares_the_macos_bundle_metadata():
    """The spec compiles and its BUNDLE carries identifier, icon and the Info.plist keys macOS reads."""
    source = (PACKAGING / "marginalia.spec").read_text(encoding="utf-8")
    compile(source, "marginalia.spec", "exec")
    for key in ('bundle_identifier="org.marginalia.Marginalia"', '"marginalia.icns"',
                '"NSHighResolutionCapable": True', '"CFBundleShortVersionString": VERSION'):
        assert key in source


def test_build_deb_installs_only_the_build_tools_never_the_project(tmp_path):
    """Without PyInstaller, build-deb.sh installs the "freeze" extra's tools by name: it never
    runs `pip install .`, which would replace an editable install of Marginalia with a copy."""
    import os
    import stat
    import subprocess
    import sys

    log = tmp_path / "pip-args"
    fake = tmp_path / "python"
    # A Python without PyInstaller whose pip records what it was asked and stops the build.
    fake.write_text(f"""#!/bin/sh
if [ "$1 $2" = "-m PyInstaller" ]; then exit 1; fi
if [ "$1 $2" = "-m pip" ]; then shift 2; printf '%s\\n' "$@" > {log}; exit 3; fi
exec {sys.executable} "$@"
""", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    done = subprocess.run(["bash", str(PACKAGING / "linux" / "build-deb.sh")], cwd=REPO, capture_output=True,
                          text=True, env=dict(os.environ, PYTHON=str(fake)), timeout=120)
    assert done.returncode == 3, done.stderr
    asked = log.read_text(encoding="utf-8").splitlines()
    assert asked[:2] == ["install", "--quiet"]
    tools = asked[2:]
    assert tools and all(tool.lower().startswith(("pyinstaller", "dmgbuild")) for tool in tools), tools
    assert not any(tool == "." or tool.startswith((".[", "marginalia")) for tool in tools)
