"""Reading Hypothesis API results (a search's {"total", "rows"} or single annotations) into plain records."""

from __future__ import annotations

from typing import Any

from marginalia.core.export.ids import annotation_id_from_iri, derived_guid
from marginalia.core.error_codes import SkipCode
from marginalia.core.importer.reader import Dropped, Incoming, Rejected, as_list, read_selectors, read_time
from marginalia.core.annotation import utc_now

# Hypothesis's own address of an annotation: the id its W3C export gives it too,
# so the same annotation imported either way is one claim.
ANNOTATION_URL = "https://hypothes.is/a/"

# Fields of an API annotation that a claim keeps (or that are read to place it).
_KEPT = {"id", "created", "updated", "user", "uri", "text", "tags", "target", "document"}
# The others, with why they are not kept.
_UNKEPT = {
    "group": "Marginalia has no groups: every claim belongs to the corpus",
    "permissions": "Marginalia keeps no permissions per claim",
    "links": "addresses of the annotation on the web, not part of it",
    "user_info": "the account name is kept as the author",
    "flagged": "moderation state is not kept",
    "hidden": "moderation state is not kept",
    "moderation_status": "moderation state is not kept",
    "mentions": "Marginalia has no mentions",
    "references": "replies are not claims",
}


def is_hypothesis(document: Any) -> bool:
    """A search result, or one annotation (or a list of them), in the shape of Hypothesis's API."""
    if isinstance(document, dict) and isinstance(document.get("rows"), list) and "total" in document:
        return True
    rows = document if isinstance(document, list) else [document]
    return bool(rows) and all(isinstance(r, dict) and "uri" in r and "user" in r and "target" in r for r in rows)


def _titles(document: Any) -> tuple[str, ...]:
    if not isinstance(document, dict):
        return ()
    return tuple(t.strip() for t in as_list(document.get("title")) if isinstance(t, str) and t.strip())


def read_row(row: Any, where: str) -> tuple[list[Incoming], list[Rejected]]:
    """The targets of one API annotation as claims to place."""
    if not isinstance(row, dict):
        return [], [Rejected(where, SkipCode.NOT_AN_OBJECT)]
    if as_list(row.get("references")):
        return [], [Rejected(where, SkipCode.REPLY)]
    raw_id = row.get("id")
    base_id = (annotation_id_from_iri(ANNOTATION_URL + raw_id.strip()) if isinstance(raw_id, str) and raw_id.strip()
               else derived_guid("hypothesis-row", repr(sorted(row.items(), key=str))))
    created, modified = read_time(row.get("created")), read_time(row.get("updated"))
    dated = created is not None or modified is not None  # else never newer than a claim here
    created = created or modified or utc_now()
    modified = modified or created
    tags = tuple(dict.fromkeys(t.strip() for t in as_list(row.get("tags")) if isinstance(t, str) and t.strip()))
    note = row.get("text") if isinstance(row.get("text"), str) else ""
    user = row.get("user") if isinstance(row.get("user"), str) else ""
    author = user.removeprefix("acct:").strip()
    uri = row.get("uri").strip() if isinstance(row.get("uri"), str) else ""
    unkept = [Dropped(where, key, reason) for key, reason in _UNKEPT.items() if row.get(key) not in (None, [], {}, "")
              and not (key in ("flagged", "hidden") and row.get(key) is False)]
    unkept += [Dropped(where, key, "not a field Marginalia knows") for key in row
               if key not in _KEPT and key not in _UNKEPT]
    document = row.get("document") if isinstance(row.get("document"), dict) else {}
    unkept += [Dropped(where, f"document.{key}", "only the page's title is used, to find the article")
               for key in document if key != "title"]
    found: list[Incoming] = []
    rejected: list[Rejected] = []
    targets = as_list(row.get("target"))
    for i, target in enumerate(targets):
        here = f"{where}.target[{i}]" if len(targets) > 1 else where
        if not isinstance(target, dict) or not target.get("selector"):
            rejected.append(Rejected(here, SkipCode.PAGE_NOTE))
            continue
        quote, position, dropped = read_selectors(target, here)
        if quote is None and position is None:
            rejected.append(Rejected(here, SkipCode.NO_TEXT_SELECTOR))
            continue
        source = target.get("source") if isinstance(target.get("source"), str) else ""
        urls = tuple(dict.fromkeys(u for u in (source.strip(), uri) if u))
        claim_id = base_id if i == 0 else derived_guid("target", base_id, str(i))
        # Addresses match by the articles' recorded URL, never by a file name at their end
        # (every site has its index.html).
        found.append(Incoming(claim_id, here, (), quote, position, tags, note, author,
                              created, modified, dated, urls=urls, titles=_titles(document),
                              dropped=tuple(unkept + dropped)))
    if not targets:
        rejected.append(Rejected(where, SkipCode.NO_TARGET))
    return found, rejected


def read_hypothesis(document: Any) -> tuple[list[Incoming], list[Rejected]]:
    """Every annotation of an API search result, a list of them, or one."""
    if isinstance(document, dict) and isinstance(document.get("rows"), list):
        rows, prefix = document["rows"], "rows"
    else:
        rows, prefix = (document if isinstance(document, list) else [document]), ""
    found: list[Incoming] = []
    rejected: list[Rejected] = []
    for i, row in enumerate(rows):
        where = f"{prefix}[{i}]" if prefix or isinstance(document, list) else "(root)"
        more, refused = read_row(row, where)
        found.extend(more)
        rejected.extend(refused)
    return found, rejected
