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
