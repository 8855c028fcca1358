"""The stylesheet of the HTML export, for screen and for print, with no external resources."""

from __future__ import annotations

# System font stacks only: the file must look right offline with nothing
# embedded, and every platform has a serif that covers Latin, Greek, Cyrillic
# and Vietnamese; Arabic and Hebrew fall back to the system's own fonts.
STYLESHEET = """
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5f5f5f; --rule: #d6d6d6; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 4rem; color: var(--ink);
  background: #fff; font: 16px/1.55 "Iowan Old Style", "Palatino Linotype", Georgia, "Noto Serif",
  "DejaVu Serif", serif; }
h1, h2, .meta, .notes, table, .chip { font-family: system-ui, -apple-system, "Segoe UI",
  "Noto Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 0 0 .25rem; }
.meta { color: var(--muted); font-size: .85rem; margin: 0 0 .75rem; }
header { border-bottom: 2px solid var(--ink); margin-bottom: 1.5rem; }
section.summary { margin-bottom: 2rem; }
table.counts { border-collapse: collapse; font-size: .85rem; }
table.counts th, table.counts td { border: 1px solid var(--rule); padding: .25rem .5rem; }
table.counts td { text-align: right; font-variant-numeric: tabular-nums; }
table.counts th[scope=row] { text-align: start; font-weight: normal; }
table.counts tfoot { font-weight: bold; }
figure.chart { margin: 1rem 0 0; overflow-x: auto; }
figure.chart svg { max-width: none; height: auto; }
section.across { margin-bottom: 2rem; }
.wide { overflow-x: auto; }
table.across { border-collapse: collapse; font-size: .85rem; }
table.across th, table.across td { border: 1px solid var(--rule); padding: .35rem .5rem; vertical-align: top;
  text-align: start; min-width: 10rem; }
table.across thead th .meta { display: block; margin: 0; font-weight: normal; }
table.across tbody th { font-weight: normal; }
table.across .label { font-weight: bold; }
table.across blockquote { margin: 0 0 .4rem; overflow-wrap: anywhere; }
table.across a { color: inherit; }
article { border-top: 1px solid var(--rule); padding-top: 1.25rem; margin-top: 2rem; }
.layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 2rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
mark.claim { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.overlap { box-shadow: inset 0 -2px 0 rgba(0, 0, 0, .45); }
sup.ref { font: bold .65rem system-ui, sans-serif; }
sup.ref a, table.counts a { color: inherit; text-decoration: none; }
aside { border-inline-start: 1px solid var(--rule); padding-inline-start: 1rem; }
ol.notes { margin: 0; padding-inline-start: 1.5rem; font-size: .85rem; }
ol.notes li { margin-bottom: .85rem; break-inside: avoid; }
ol.notes li:target { outline: 2px solid #0072B2; outline-offset: 2px; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; margin: .2rem 0; }
.lost { font-style: italic; color: #a33; margin: .2rem 0; }
.chip { display: inline-flex; align-items: center; gap: .3em; margin-inline-end: .6em;
  font-size: .8rem; white-space: nowrap; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px;
  border: 1px solid rgba(0, 0, 0, .35); }
@media (max-width: 48rem) {
  .layout { grid-template-columns: 1fr; }
  aside { border-inline-start: 0; border-top: 1px solid var(--rule); padding: 1rem 0 0; }
}
@media print {
  @page { margin: 16mm 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  /* Highlights are backgrounds, which browsers drop in print unless told. */
  mark.claim, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark.overlap { box-shadow: none; text-decoration: underline; }
  article { break-before: page; border-top: 0; margin-top: 0; }
  h2 { break-after: avoid; }
  .layout { grid-template-columns: minmax(0, 5fr) minmax(0, 2fr); gap: 6mm; }
  a { color: inherit; text-decoration: none; }
  ol.notes li:target { outline: none; }
}
"""
