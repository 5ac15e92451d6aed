// SPDX-License-Identifier: MIT
// Loads a published page in Debian's Chromium (puppeteer-core; never a downloaded browser) and
// writes what the tests assert on as JSON: axe-core's WCAG 2.1 A/AA result, horizontal overflow
// at 320 CSS pixels (WCAG 1.4.10) and at 640 (a 1280-pixel window zoomed to 200 %, 1.4.4), the
// DOM's script elements and text, a screenshot, and the page printed to an A4 PDF.
//
// Usage: node browser_check.mjs PAGE.html OUTDIR [--screenshots]
// Needs puppeteer-core and axe-core: in OPFOLG_NODE_PREFIX/node_modules (the build tree's
// `npm ci` from this folder's package-lock.json), else beside this script.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [page_file, out_dir, ...flags] = process.argv.slice(2);
if (!page_file || !out_dir) {
  console.error('usage: node browser_check.mjs PAGE.html OUTDIR [--screenshots]');
  process.exit(64);
}
const prefix = process.env.OPFOLG_NODE_PREFIX;
const require = createRequire(prefix ? path.join(path.resolve(prefix), 'package.json')
                                     : import.meta.url);
const puppeteer = require('puppeteer-core');
const axe_source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const chromium = process.env.OPFOLG_CHROMIUM || '/usr/bin/chromium';
fs.mkdirSync(out_dir, { recursive: true });

const started = Date.now();
const user_data = fs.mkdtempSync(path.join(out_dir, 'chromium-profile-'));
// As root Chromium needs --no-sandbox; the background-networking flags keep it from calling
// Google's hosts, which this machine's closed network refuses.
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir: user_data,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync',
         '--disable-default-apps', '--disable-extensions', '--font-render-hinting=none'],
});
const result = { page: page_file };
try {
  const page = await browser.newPage();
  // The page must need nothing from outside: any request other than the page itself is
  // recorded (and answered with nothing).
  const requests = [];
  await page.setRequestInterception(true);
  const url = pathToFileURL(path.resolve(page_file)).href;
  page.on('request', (req) => {
    if (req.url() === url) req.continue();
    else { requests.push(req.url()); req.abort(); }
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  result.external_requests = requests;
  result.page_errors = errors;

  // What the hostile-text test needs: no script element, and the texts as the DOM has them.
  result.dom = await page.evaluate(() => ({
    scripts: document.querySelectorAll('script').length,
    event_handlers: [...document.querySelectorAll('*')].filter(
      (el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    lang: document.documentElement.lang,
    title: document.title,
    headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
      (h) => Number(h.tagName[1])),
    tables_without_headers: [...document.querySelectorAll('table')].filter(
      (t) => !t.querySelector('th')).length,
    text: document.body.innerText,
    cells: [...document.querySelectorAll('td, th, h2, h3, caption')].map((c) => c.textContent),
  }));

  // axe-core, WCAG 2.1 A and AA rules only (the tags the issue names).
  await page.addScriptTag({ content: axe_source });
  const axe = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations', 'incomplete'],
    });
    const brief = (list) => list.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
    return { version: window.axe.version, violations: brief(r.violations),
             incomplete: brief(r.incomplete), passes: r.passes.length };
  });
  result.axe = axe;
  // The injected axe script is ours, not the page's: take it away before anything else.
  await page.reload({ waitUntil: 'load' });

  // Reflow: nothing wider than the viewport at 320 CSS pixels, nor at 640 (200 % zoom of a
  // 1280-pixel window); the elements that stick out are named when something does.
  result.reflow = {};
  for (const width of [320, 640]) {
    await page.setViewport({ width, height: 800 });
    result.reflow[width] = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      const wide = [];
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        // Inside a scrolling region only what is positioned against something outside it can
        // widen the page.
        const region = el.closest('.table-scroll');
        const positioned = ['absolute', 'fixed'].includes(getComputedStyle(el).position);
        const scrolled = region &&
          (!positioned || (el.offsetParent !== null && region.contains(el.offsetParent)));
        // An <svg> clips what is drawn in it (a long label): the <svg> itself is what counts.
        const in_svg = el.ownerSVGElement !== undefined && el.ownerSVGElement !== null;
        if (r.right > limit + 0.5 && !scrolled && !in_svg) {
          wide.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string'
            ? '.' + el.className.split(' ').join('.') : ''} right=${Math.round(r.right)}`);
          if (wide.length >= 5) break;
        }
      }
      return { scroll_width: document.documentElement.scrollWidth, viewport: limit, wide };
    });
    if (flags.includes('--screenshots') && width === 320) {
      // The first department: its actions stacked, field names above their text.
      const top = await page.evaluate(() => {
        const d = document.querySelector('section.department');
        return d ? d.getBoundingClientRect().top + window.scrollY : 0;
      });
      await page.screenshot({ path: path.join(out_dir, 'page-320.png'),
                              clip: { x: 0, y: Math.max(0, top - 16), width: 320, height: 800 },
                              captureBeyondViewport: true });
    }
  }

  await page.setViewport({ width: 1280, height: 900 });
  if (flags.includes('--screenshots')) {
    await page.screenshot({ path: path.join(out_dir, 'page.png'), fullPage: false });
    // The first department's indicators: table, chart and the chart's figures.
    const indicators = await page.$('section.indicators');
    if (indicators) await indicators.screenshot({ path: path.join(out_dir, 'indicators.png') });
  }
  // Print as a browser does, with the page's own @page size (A4).
  await page.emulateMediaType('print');
  await page.pdf({ path: path.join(out_dir, 'page.pdf'), preferCSSPageSize: true,
                   printBackground: true });
  result.pdf = path.join(out_dir, 'page.pdf');
} finally {
  await browser.close();
  fs.rmSync(user_data, { recursive: true, force: true });
}
result.seconds = (Date.now() - started) / 1000;
fs.writeFileSync(path.join(out_dir, 'result.json'), JSON.stringify(result, null, 1));
console.log(`browser_check: ${page_file}: ${result.axe.violations.length} axe violations, ` +
            `${result.axe.passes} rules passed, ${result.seconds} s`);
