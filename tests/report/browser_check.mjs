// Loads a dermasim report in headless Chromium (Debian's, driven by playwright-core) and fails on
// any console error, page error or network request, or on a chart that did not render. Saves a
// full-page screenshot as the test's artifact.
//
//   node browser_check.mjs NPM_DIR PAGE.html SCREENSHOT.png RUN_DIR [RUN_DIR...]
//
// NPM_DIR holds node_modules/playwright-core (report/). What the page must show is read from the
// run folders themselves, not from the page: a chart for every series of timeseries.csv that has
// a value, the absorption charts when there is an absorption.csv, every PNG of the folder, and a
// row of the outcome table for every per-week key of summary.json.
//
// The page must be self-contained: every request other than the page itself and data: URIs is
// refused and counted as a failure. Chromium is /usr/bin/chromium unless CHROMIUM says otherwise.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [npmDir, page, screenshot, ...runDirs] = process.argv.slice(2);
if (!npmDir || !page || !screenshot || runDirs.length === 0) {
  console.error('usage: node browser_check.mjs NPM_DIR PAGE.html SCREENSHOT.png RUN_DIR [RUN_DIR...]');
  process.exit(2);
}

// What the run folders say the page must hold.
const expectedCharts = new Set();
const expectedImages = new Set();
const expectedMeasures = new Set();
const weeks = ['4', '6', '12', '26'];
for (const dir of runDirs) {
  const ts = path.join(dir, 'timeseries.csv');
  if (existsSync(ts)) {
    const lines = readFileSync(ts, 'utf8').trim().split('\n').map((l) => l.split(','));
    lines[0].forEach((name, c) => {
      if (name !== 'time_h' && lines.slice(1).some((row) => row[c] !== '')) expectedCharts.add(name);
    });
  }
  if (existsSync(path.join(dir, 'absorption.csv')))
    for (const c of ['absorption:cumulative', 'absorption:flux', 'absorption:channels_open']) expectedCharts.add(c);
  const runImages = ['punctures_map.png', 'injury_cross_section.png', 'collagen_cross_section.png',
    'surface_before.png', 'surface_week26.png', 'surface_end.png'];
  for (const f of readdirSync(dir))
    if (runImages.includes(f) || (f.startsWith('serum_cross_section_') && f.endsWith('.png'))) expectedImages.add(f);
  const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
  for (const [key, v] of Object.entries(summary)) {
    const byWeek = (o) => o && typeof o === 'object' && Object.keys(o).length > 0 &&
      Object.entries(o).every(([k, x]) => weeks.includes(k) && typeof x === 'number');
    if (byWeek(v)) expectedMeasures.add(key);
    else if (key.endsWith('_by_type') && v && typeof v === 'object')
      for (const [type, w] of Object.entries(v)) if (byWeek(w)) expectedMeasures.add(key + '.' + type);
  }
}
// The interactive puncture map: for a run with 1 to 20 000 punctures (report.hpp's limit).
if (runDirs.length === 1 && existsSync(path.join(runDirs[0], 'punctures.csv'))) {
  const rows = readFileSync(path.join(runDirs[0], 'punctures.csv'), 'utf8').trim().split('\n').length - 1;
  if (rows >= 1 && rows <= 20000) expectedCharts.add('punctures:' + path.basename(path.resolve(runDirs[0])));
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath}: install Debian's chromium (bash scripts/setup.sh --browser)`);
  process.exit(1);
}
const require = createRequire(path.join(path.resolve(npmDir), 'package.json'));
const { chromium } = require('playwright-core');

const problems = [];
const browser = await chromium.launch({
  executablePath,
  headless: true,
  // No sandbox as root; no background traffic (the machines have no internet).
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const tab = await context.newPage();
  const pageUrl = pathToFileURL(path.resolve(page)).href;
  tab.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    if (msg.type() === 'warning') console.log(`console warning: ${msg.text()}`);
  });
  tab.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await tab.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pageUrl || url.startsWith('data:')) return route.continue();
    problems.push(`request outside the page: ${url}`);
    return route.abort();
  });
  await tab.goto(pageUrl, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.dermasimReport && window.dermasimReport.ready, null,
    { timeout: 60000 });
  const status = await tab.evaluate(() => window.dermasimReport);
  // Every chart container holds a drawn chart of non-zero size.
  const blank = await tab.$$eval('[data-chart]', (divs) => divs
    .filter((d) => {
      const g = d.querySelector('svg, canvas');
      if (!g) return true;
      const r = g.getBoundingClientRect();
      return r.width < 10 || r.height < 10;
    })
    .map((d) => d.getAttribute('data-chart')));
  const images = await tab.$$eval('img', (imgs) => imgs.map((i) => ({ file: i.getAttribute('data-file'),
    ok: i.complete && i.naturalWidth > 0 })));
  for (const i of images) if (!i.ok) problems.push(`image ${i.file} did not load`);
  const shownImages = new Set(images.map((i) => i.file));
  for (const f of expectedImages) if (!shownImages.has(f)) problems.push(`image ${f} is not in the page`);
  const charts = new Set(await tab.$$eval('[data-chart]', (divs) => divs.map((d) => d.getAttribute('data-chart'))));
  for (const c of expectedCharts) if (!charts.has(c)) problems.push(`no chart of ${c}`);
  const measures = new Set(await tab.$$eval('table.outcomes tr[data-measure]', (rows) => rows.map((r) => r.getAttribute('data-measure'))));
  for (const m of expectedMeasures) if (!measures.has(m)) problems.push(`no outcome row of ${m}`);
  if (status.failed.length > 0) problems.push(`charts failed: ${status.failed.join(', ')}`);
  if (blank.length > 0) problems.push(`charts missing or empty: ${blank.join(', ')}`);
  if (expectedCharts.size === 0) problems.push('the run folders name no chart: nothing was checked');
  if (status.rendered !== status.charts) problems.push(`${status.rendered} of ${status.charts} charts rendered`);
  await tab.screenshot({ path: screenshot, fullPage: true });
  console.log(`${path.basename(page)}: ${status.charts} charts rendered (${expectedCharts.size} expected by name), ` +
    `${images.length} images, ${measures.size} outcome rows; screenshot ${screenshot}`);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  for (const p of problems.sort()) console.error(p);
  process.exit(1);
}
