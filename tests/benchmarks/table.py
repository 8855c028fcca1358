"""The printed table and the JSON file of one benchmark run."""

from __future__ import annotations

from typing import Any

from figures import Figure, Result

def _unit(result: Result) -> str:
    if result.combine == "ratio":
        return "×"
    return result.measured.unit


def _number(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.1f}"


def _figure(figure: Figure | None) -> str:
    if figure is None:
        return "-"
    return f"{_number(figure.median, figure.unit)} {figure.unit}"


def _verdict(result: Result) -> str:
    return "OVER" if result.over_target else "ok"


def render(results: list[Result], header: list[str]) -> str:
    """The table: the key's median (min–max), then the app's and the floor's medians it comes from."""
    rows = [("key", "median", "min", "max", "target", "verdict", "app median", "floor median", "app/floor")]
    for r in results:
        unit = _unit(r)
        shown = [_number(v, unit) + ("" if unit == "×" else f" {unit}") for v in (r.value, r.low, r.high)]
        over_floor = f"{r.measured.median / r.floor.median:.1f}×" if r.floor and r.floor.median else "-"
        rows.append((r.key, *shown, f"≤ {_number(r.target, unit)}", _verdict(r),
                     _figure(r.measured), _figure(r.floor), over_floor))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = list(header) + [""]
    for n, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(w) if i == 0 or i == 5 else cell.rjust(w)
                               for i, (cell, w) in enumerate(zip(row, widths))).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append("")
    lines.append("floors:")
    lines += [f"  {r.key}: {r.floor_what}" for r in results if r.floor_what]
    for r in results:
        lines += [f"  {r.key}, for reference: {line}" for line in _references(r.details)]
    return "\n".join(lines)


def _references(details: dict[str, Any]) -> list[str]:
    """The reference figures a result carries beside its floor, as sentences."""
    lines = []
    for key, over, what, then in (
            ("same_widgets_no_app_code", "same_widgets_over_bare",
             "a window of the same Qt widget kinds with no Marginalia code", "app_over_same_widgets"),
            ("least_window", "least_window_over_bare",
             "the least window showing a library, an article and notes (a tree, a text view and a "
             "list; the Qt namespace and QStyle untouched)", None)):
        if key in details:
            line = f"{what} paints in {_number(details[key]['median'], 'ms')} ms ({details[over]:.2f}× bare)"
            if then in details:
                line += f"; the app takes {details[then]:.2f}× that"
            lines.append(line)
    if "computation_only_ms" in details:
        lines.append(f"the figures alone, from claims already read, took "
                     f"{_number(details['computation_only_ms']['median'], 'ms')} ms")
    if "first_save_ms" in details:
        lines.append(f"the document's first save, which encodes every claim, "
                     f"took {_number(details['first_save_ms'], 'ms')} ms")
    return lines


def to_json(results: list[Result], context: dict[str, Any]) -> dict[str, Any]:
    """Each key with its *_min and *_max at the top level; everything else under "details"."""
    data: dict[str, Any] = {}
    for r in results:
        data[r.key], data[r.key + "_min"], data[r.key + "_max"] = r.value, r.low, r.high
    data["details"] = {r.key: r.as_dict() for r in results}
    data.update(context)
    return data
