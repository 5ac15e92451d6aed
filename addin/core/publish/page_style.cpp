// SPDX-License-Identifier: MIT
// The published page's style sheet, inline in the page (no external resource). Sober and
// readable: the house blue of the workbooks, system fonts, generous line height. The WCAG 2.1
// success criteria each rule serves are named beside it.
#include "core/publish/page.h"

namespace opfolg::publish {

namespace {

// Screen. Colours against white: ink 16:1, muted 7.6:1, accent 8.7:1, good 6.5:1, bad 7.3:1
// (1.4.3 asks 4.5:1 for text, 1.4.11 3:1 for the focus outline and the charts' marks).
// Split in pieces below MSVC's limit for one string literal.
constexpr const char* screen = R"css(:root {
  color-scheme: light;
  --ink: #1b1f24;
  --muted: #4a5563;
  --accent: #1f4e79;
  --line: #b8c2cc;
  --soft: #e8eef4;
  --softer: #f5f7f9;
  --good: #1e6b34;
  --bad: #a4262c;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: #fff;
  color: var(--ink);
  font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  font-size: 1rem;
  line-height: 1.55;
}
/* Any text from a workbook may be one very long word (a URL, a run of characters): it wraps
   wherever it must rather than widen the page (1.4.10 Reflow). Tables of fixed layout may do
   the same; a table sized by its content breaks only words that would not fit, so its columns
   never shrink to a letter (it scrolls in its region instead). */
h1, h2, h3, p, li, caption, figcaption, a, table.action th, table.action td {
  overflow-wrap: anywhere; }
table.indicators th, table.indicators td, table.chart-data th, table.chart-data td {
  overflow-wrap: break-word; }
/* Column headers are the page's own words: they break between words (and at the soft hyphen
   in "Lands-plan"), never inside one. */
thead th { overflow-wrap: normal; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
/* Skip link: the first thing a keyboard reaches, visible when focused (2.4.1, 2.4.7). */
.skip { position: absolute; left: -100vw; top: 0; }
.skip:focus { left: 1rem; top: 1rem; z-index: 2; padding: .5rem 1rem; background: #fff;
  color: var(--accent); }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: .15em; }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible, .table-scroll:focus-visible, .skip:focus {
  outline: 3px solid var(--accent); outline-offset: 2px; }
.vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }

.masthead { background: var(--softer); border-top: .5rem solid var(--accent);
  border-bottom: 1px solid var(--line); }
.masthead .wrap { padding-top: 2rem; padding-bottom: 1.75rem; }
.institution { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .02em; }
h1 { margin: .25rem 0 .5rem; font-size: 2.25rem; line-height: 1.15; font-weight: 700; }
.meta { margin: 0 0 1rem; color: var(--muted); }
.lede { margin: 0; max-width: 44rem; font-size: 1.125rem; }

.toc { margin-top: 2rem; }
.toc h2 { margin-top: 0; border-bottom: 0; font-size: 1.25rem; }
.toc ol { margin: 0; padding-left: 1.5rem; }
.toc li { margin: .3rem 0; }
.toc .count { color: var(--muted); }

h2 { margin: 3rem 0 .75rem; padding-bottom: .4rem; border-bottom: 2px solid var(--accent);
  font-size: 1.65rem; line-height: 1.25; }
h3 { margin: 2.25rem 0 .85rem; font-size: 1.3rem; line-height: 1.3; color: var(--accent); }
.summary { margin: 0 0 1rem; color: var(--muted); }

table { width: 100%; border-collapse: collapse; margin: 0 0 1.5rem; }
caption { padding: 0 0 .5rem; text-align: left; font-weight: 600; }
th, td { padding: .5rem .7rem; border: 1px solid var(--line); text-align: left;
  vertical-align: top; }
thead th { background: var(--soft); font-weight: 600; }
/* An action: field names as row headers in a fixed first column. */
table.action { table-layout: fixed; }
table.action caption { font-size: 1.05rem; }
table.action th { width: 14rem; background: var(--softer); font-weight: 600; }
table.action td { white-space: pre-line; }
)css";

constexpr const char* screen2 = R"css(
/* Wide tables scroll inside a labelled, focusable region instead of widening the page, so the
   page reflows at 320 CSS pixels and at 400 % zoom (1.4.10) and a keyboard can scroll them
   (2.1.1). */
/* Relative: the visually hidden "ikke oplyst" inside is positioned within the region, not
   beyond the page's right edge. */
.table-scroll { position: relative; overflow-x: auto; margin: 0 0 1.75rem; }
.table-scroll table { margin: 0; }
table.indicators { min-width: 46rem; }
table.indicators tbody th { min-width: 12rem; font-weight: 600; }
.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.year { color: var(--muted); white-space: nowrap; }
/* The words say better or worse; their colour only repeats it (1.4.1). */
.word, .trend { display: block; font-size: .925rem; }
.word.better { color: var(--good); }
.word.worse { color: var(--bad); }
.word.same, .trend { color: var(--muted); }

figure.chart { margin: 0 0 2rem; padding: 1rem 1.25rem 1.25rem; border: 1px solid var(--line);
  border-radius: 2px; }
figcaption { margin: 0 0 .85rem; font-weight: 600; }
.figno { color: var(--accent); }
.chart-body { display: grid; gap: 1.25rem; }
.chart-graphic svg.bars { display: block; width: 100%; height: auto; }
.chart-body table { margin: 0; font-size: .925rem; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0 0 .6rem; padding: 0;
  list-style: none; font-size: .925rem; }
.legend li { display: flex; align-items: center; gap: .4rem; }
svg.bars text { font-family: inherit; font-size: 14px; fill: #1b1f24; }
svg.bars text.label { font-weight: 600; }
svg.bars text.tick, svg.bars text.national-label { fill: #4a5563; font-size: 13px; }
/* The narrow drawing where the wide one would shrink its text below legibility (1.4.10). */
.chart-narrow { display: none; }
@media (max-width: 40em) {
  .chart-wide { display: none; }
  .chart-narrow { display: block; }
}
@media (min-width: 64em) {
  .chart-body { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
}
@media (max-width: 30em) {
  .wrap { padding: 0 .85rem; }
  h1 { font-size: 1.75rem; }
  h2 { font-size: 1.4rem; }
  /* An action's fields stacked: each name above its text, so long Danish words such as
     "Kvalitetsdimension" are never broken (the cells keep their table roles). */
  table.action tbody, table.action tr, table.action th, table.action td { display: block; }
  table.action th { width: auto; border-bottom: 0; }
  table.action tr + tr th { border-top: 0; }
  th, td { padding: .4rem .5rem; }
  figure.chart { padding: .75rem .6rem; }
  .chart-body table { font-size: .875rem; }
  .chart-body th, .chart-body td { padding: .35rem .4rem; }
}

.sources p { max-width: 48rem; }
footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--line);
  color: var(--muted); font-size: .925rem; }
)css";

// Print: A4, a department to a page, header rows repeated, no row cut in two.
constexpr const char* print = R"css(
@page {
  size: A4;
  margin: 16mm 15mm 18mm 15mm;
  @bottom-right { content: "Side " counter(page) " af " counter(pages);
    font-family: "Segoe UI", Arial, "Liberation Sans", sans-serif; font-size: 8pt;
    color: #4a5563; }
}
@media print {
  html { font-size: 9.5pt; }
  body { line-height: 1.4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .skip { display: none; }
  .wrap { max-width: none; padding: 0; }
  .masthead { background: none; border-bottom: 1px solid var(--line); }
  .masthead .wrap { padding: 1rem 0 1.25rem; }
  a { color: inherit; text-decoration: none; }
  .department { break-before: page; }
  h2, h3, caption, figcaption { break-after: avoid; page-break-after: avoid; }
  h2 { margin-top: 0; }
  tr, figure.chart, .legend { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  /* A table with its caption and header rows on one page where it fits (a longer one still
     breaks between rows, its header repeated). */
  .table-scroll { overflow: visible; break-inside: avoid; page-break-inside: avoid; }
  table.indicators { min-width: 0; font-size: 8.5pt; }
  table.indicators tbody th { min-width: 0; }
  table.action th { width: 32%; }
  .chart-body { display: block; }
  .chart-wide { display: block; }
  .chart-narrow { display: none; }
  .chart-graphic { max-width: 150mm; margin-bottom: 4mm; }
  figure.chart { padding: 0; border: 0; }
  footer { margin-top: 2rem; padding-bottom: 0; }
}
)css";

}  // namespace

const std::string& page_style() {
    static const std::string style = std::string(screen) + screen2 + print;
    return style;
}

}  // namespace opfolg::publish
