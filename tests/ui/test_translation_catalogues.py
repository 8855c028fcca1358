"""The Qt Linguist catalogues: complete in every language, up to date with the code, placeholders kept, compiled."""

from __future__ import annotations

import filecmp
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import update_translations  # noqa: E402

TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = update_translations.LANGUAGES
# Plural forms Qt asks each language for (Qt's numerus rules for the .ts language).
FORMS = {"en": 2, "es": 2, "it": 2, "pl": 3, "vi": 1}
PLACEHOLDER = re.compile(r"%(?:L?n|\d)")
REFRESH = "run  python packaging/update_translations.py  then translate what is marked unfinished"


def messages(ts: Path) -> list[dict]:
    """Every message of a .ts: context, source, comment, plural or not, its translations, unfinished or not."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
            found.append({"context": name, "source": message.findtext("source"), "comment": message.findtext("comment")
                          or "", "numerus": numerus, "forms": forms, "unfinished": kind == "unfinished"})
    return found


def _where(m: dict) -> str:
    return f"{m['context']}: {m['source']!r}" + (f" ({m['comment']})" if m["comment"] else "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_translates_every_string(language):
    """Each source string has a finished, non-empty translation, with as many plural forms as the
    language has (Polish three, Vietnamese one)."""
    problems = []
    for m in messages(TRANSLATIONS / f"marginalia_{language}.ts"):
        if m["unfinished"] or not all(f.strip() for f in m["forms"]):
            problems.append(f"not translated: {_where(m)}")
        elif m["numerus"] and len(m["forms"]) != FORMS[language]:
            problems.append(f"{len(m['forms'])} plural forms instead of {FORMS[language]}: {_where(m)}")
    assert not problems, f"marginalia_{language}.ts:\n" + "\n".join(problems + [REFRESH])


def test_english_catalogue_has_both_plural_forms():
    """The English catalogue turns "%Ln claim(s)" into "1 claim" and "2 claims": every plural is there."""
    problems = [f"plural forms missing: {_where(m)}" for m in messages(TRANSLATIONS / "marginalia_en.ts")
                if m["unfinished"] or len(m["forms"]) != FORMS["en"] or not all(f.strip() for f in m["forms"])]
    assert not problems, "marginalia_en.ts:\n" + "\n".join(problems + [REFRESH])


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_translations_keep_every_placeholder(language):
    """Every form of every translation has exactly the source's %1, %2… and %n/%Ln: a dropped one
    loses a file name or a count, an added one shows "%3" to the user."""
    problems = []
    for m in messages(TRANSLATIONS / f"marginalia_{language}.ts"):
        wanted = _placeholders(m["source"])
        for form in m["forms"]:
            if form and _placeholders(form) != wanted:
                problems.append(f"{_where(m)} → {form!r}: has {_placeholders(form)}, needs {wanted}")
    assert not problems, f"marginalia_{language}.ts:\n" + "\n".join(problems)


def _keys(ts: Path) -> set[tuple]:
    return {(m["context"], m["source"], m["comment"], m["numerus"]) for m in messages(ts)}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """The catalogues as lupdate makes them from the code now, starting from copies of the committed ones."""
    folder = tmp_path_factory.mktemp("ts")
    for ts in update_translations.ts_files(TRANSLATIONS).values():
        shutil.copy(ts, folder / ts.name)
    update_translations.update_ts(folder)
    return folder


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_catalogue_matches_the_strings_of_the_code(fresh, language):
    """The .ts holds exactly the strings the code passes to tr() and translate(), in their contexts:
    a string added, changed or moved to another class since the last refresh fails here."""
    name = f"marginalia_{language}.ts"
    committed, current = _keys(TRANSLATIONS / name), _keys(fresh / name)
    missing = sorted(current - committed)
    gone = sorted(committed - current)
    lines = [f"in the code, not in {name}: {c}: {s!r}" + (f" ({d})" if d else "") for c, s, d, _n in missing]
    lines += [f"in {name}, no longer in the code: {c}: {s!r}" for c, s, _d, _n in gone]
    assert not lines, "\n".join(lines + [REFRESH])


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_compiled_catalogue_is_up_to_date(tmp_path, language):
    """The committed .qm is what pyside6-lrelease makes of the committed .ts, byte for byte."""
    ts = TRANSLATIONS / f"marginalia_{language}.ts"
    update_translations.release(ts, tmp_path / "fresh.qm")
    assert filecmp.cmp(ts.with_suffix(".qm"), tmp_path / "fresh.qm", shallow=False), \
        f"{ts.with_suffix('.qm').name} is older than {ts.name}: {REFRESH}"


def test_glossary_names_every_concept_in_every_language():
    """The glossary the translations follow has a row, filled in each language, for each concept."""
    text = (TRANSLATIONS / "GLOSSARY.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:6]]
            for line in text.splitlines() if line.startswith("| ") and not line.startswith("| Concept")}
    for concept in ("claim", "topic", "codebook", "note", "quote", "sidecar / annotation file", "cluster", "reviewer",
                    "adjudication", "agreement", "outlet", "orphan / orphaned claim", "re-anchor / re-attach", "corpus",
                    "library", "folder", "highlight (verb / noun)", "export / import", "suggestion"):
        assert concept in rows and all(rows[concept]), concept


@pytest.mark.parametrize("language, term", [("es", "afirmaci"), ("it", "affermazion"), ("pl", "twierdze"),
                                            ("vi", "nhận định")])
def test_one_term_for_claim(language, term):
    """Every translation whose English speaks of a claim uses the glossary's word for it."""
    problems = [_where(m) for m in messages(TRANSLATIONS / f"marginalia_{language}.ts")
                if re.search(r"\bclaims?\b", m["source"], re.IGNORECASE)
                and not any(term in form.lower() for form in m["forms"])]
    assert not problems, f"marginalia_{language}.ts: no “{term}” in:\n" + "\n".join(problems)
