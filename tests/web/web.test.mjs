// Browser tests of depouille serve: Playwright (playwright-core) driving
// Debian's Chromium headless. Usage: node web.test.mjs URL DRAFT2 [SHOTS_DIR]
// (a server on a fresh project of The Night Ferry; DRAFT2 a revised draft).
// Prints "ok NAME" or "FAIL NAME: why", then "N passed, N failed".
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const [url, draft2, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 }, locale: 'en-US' });
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
let pass = 0;
let fail = 0;

async function test(name, fn) {
  try {
    await fn();
    pass++;
    console.log('ok ' + name);
  } catch (e) {
    fail++;
    console.log(`FAIL web: ${name}: ${String(e.message || e).split('\n')[0]}`);
  }
}
function check(cond, msg) { if (!cond) throw new Error(msg); }
async function shot(name) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, name + '.png') });
}
async function ready() {
  await page.waitForSelector('body[data-ready="1"]');
  await page.waitForSelector('#page .el');
}
// Selects 'words' in the first script element holding them, as a mouse would.
async function selectWords(words) {
  await page.evaluate((w) => {
    for (const p of document.querySelectorAll('#page .el')) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(w);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
        const b = r.getBoundingClientRect();
        p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: b.right, clientY: b.bottom }));
        return;
      }
    }
    throw new Error('words not in the script: ' + w);
  }, words);
}
const propsBox = '#sheet .box[data-category="104"]';

await test('opens the project: title, scene navigator, script, sheet', async () => {
  await page.goto(url);
  await ready();
  check((await page.textContent('#title')) === 'THE NIGHT FERRY', 'title');
  check((await page.locator('.scene-link').count()) === 16, 'scene count');
  check((await page.textContent('#page .scene_heading')).includes('CARRICK HARBOUR'), 'scene 1 heading');
  check((await page.locator('#sheet .box').count()) > 1, 'sheet boxes');
  check((await page.locator('#page mark.tag').count()) > 0, 'highlights');
});

await test('tag words: select, key p, the element is in the sheet', async () => {
  await page.click('.scene-link[data-scene="3"]');
  await page.waitForSelector('#sheet .sheet-num:has-text("3")');
  check(!(await page.locator(propsBox).textContent()).includes('chart table'), 'not there before');
  await selectWords('chart table');
  await page.waitForSelector('#menu:not([hidden]) .cat');
  await shot('tag-menu');
  await page.keyboard.press('p');
  await page.waitForSelector(`${propsBox} li:has-text("chart table")`);
  const mark = page.locator('#page mark.tag[data-name="chart table"]');
  check((await mark.count()) === 1, 'highlighted in the script');
  check((await mark.getAttribute('data-category')) === '104', 'in the props colour');
  await shot('script');
});

await test('reload: the tag is kept', async () => {
  await page.reload();
  await ready();
  await page.waitForSelector('#sheet .sheet-num:has-text("3")');
  check((await page.locator(`${propsBox} li:has-text("chart table")`).count()) === 1, 'kept in the sheet');
  const edits = await page.evaluate(() => fetch('/api/edits').then((r) => r.json()));
  check(edits.count === 1 && edits.edits[0].op === 'add' && edits.edits[0].status === 'kept', 'one edit stored');
});

await test('click a highlight: change its category, then remove it', async () => {
  await page.click('#page mark.tag[data-name="chart table"]');
  await page.waitForSelector('#menu:not([hidden]) .remove');
  await page.click('#menu .cat[data-category="114"]');
  await page.waitForSelector('#sheet .box[data-category="114"] li:has-text("chart table")');
  await page.click('#page mark.tag[data-name="chart table"]');
  await page.click('#menu .remove');
  await page.waitForFunction(() => !document.querySelector('#page mark.tag[data-name="chart table"]'));
  const edits = await page.evaluate(() => fetch('/api/edits').then((r) => r.json()));
  check(edits.count === 3, 'three edits: add, recategorise, remove');
});

await test('French interface', async () => {
  await page.click('#lang');
  await page.waitForSelector('#tabs button[data-view="script"]:has-text("Scénario")');
  await page.waitForSelector('#sheet h2:has-text("Fiche de dépouillement")');
  check((await page.textContent('#sheet .box h3')) === 'Rôles', 'categories in French');
  await shot('script-fr');
  await page.click('#lang');
  await page.waitForSelector('#tabs button[data-view="script"]:has-text("Script")');
});

await test('costume plot', async () => {
  await page.click('#tabs button[data-view="costumes"]');
  await page.waitForSelector('table.plot tbody tr');
  check((await page.locator('table.plot tbody tr[data-character="MARGOT"] td.cos').count()) > 0, 'Margot wears costumes');
  await shot('costumes');
});

await test('stripboard: drag a strip to another day, saved', async () => {
  await page.click('#tabs button[data-view="board"]');
  await page.waitForSelector('#strips .strip');
  const before = await page.evaluate(() => fetch('/api/board').then((r) => r.json()));
  const first = before.days[0][0];
  const target = before.days[1][1];
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/board') && r.request().method() === 'PUT');
  await page.dragAndDrop(`#strips .strip[data-scene="${first}"]`, `#strips .strip[data-scene="${target}"]`);
  const res = await (await saved).json();
  check(res.days[1].includes(first) && !res.days[0].includes(first), 'moved to day 2');
  const after = await page.evaluate(() => fetch('/api/board').then((r) => r.json()));
  check(after.stored && after.days[1].includes(first), 'stored in the project');
  const actorDays = after.cost.terms.find((c) => c.name === 'actor_days').value;
  check((await page.locator('#cost tr[data-term="actor_days"] td.v').first().textContent()) === String(actorDays), 'cost terms shown');
  check((await page.textContent('#cost-total')) === String(after.cost.total), 'total shown');
  await page.reload();
  await ready();
  await page.click('#tabs button[data-view="board"]');
  await page.waitForSelector('#strips .strip');
  const order = await page.$$eval('#strips > *', (ns) => ns.map((n) => n.dataset.scene ?? 'break'));
  const cut = order.indexOf('break');
  check(!order.slice(0, cut).includes(String(first)) && order.includes(String(first)), 'kept after reload');
  await shot('stripboard');
});

await test('stripboard: drag a day break, the day grows', async () => {
  const before = await page.evaluate(() => fetch('/api/board').then((r) => r.json()));
  const next = before.days[1][0];
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/board') && r.request().method() === 'PUT');
  // dropped on the lower half of the next day's first strip: the break goes after it
  const box = await page.locator(`#strips .strip[data-scene="${next}"]`).boundingBox();
  await page.dragAndDrop('#strips .daybreak[data-day="1"]', `#strips .strip[data-scene="${next}"]`,
    { targetPosition: { x: 20, y: Math.floor(box.height * 0.8) } });
  const res = await (await saved).json();
  check(res.days[0].length === before.days[0].length + 1 && res.days[0].includes(next), 'day 1 took the strip');
  check(res.days.length === before.days.length, 'as many days');
});

await test('stripboard: optimise, the board of the scheduler is stored', async () => {
  const solved = page.waitForResponse((r) => r.url().includes('/api/board/solve'));
  await page.click('#solve');
  const res = await (await solved).json();
  await page.waitForSelector('#solve:not([disabled])');
  const after = await page.evaluate(() => fetch('/api/board').then((r) => r.json()));
  check(JSON.stringify(after.days) === JSON.stringify(res.days), 'the solved board is stored');
  check((await page.textContent('#cost-total')) === String(res.cost.total), 'its cost is shown');
  await shot('stripboard-solved');
});

await test('download an XLSX report: a ZIP with the xl/ parts', async () => {
  await page.click('#tabs button[data-view="reports"]');
  const link = page.locator('a.dl[data-report="cast.xlsx"]');
  await link.waitFor();
  check((await page.locator('a.dl').count()) >= 8 * 5, 'every kind in every format');
  const [dl] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = join(tmpdir(), `dp-web-${process.pid}.xlsx`);
  await dl.saveAs(path);
  const b = readFileSync(path);
  check(b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4, 'starts with a ZIP header');
  const s = b.toString('latin1');
  for (const part of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])
    check(s.includes(part), 'holds ' + part);
  check(dl.suggestedFilename() === 'cast.xlsx', 'file name');
  await shot('reports');
});

await test('import a new draft: the revision report', async () => {
  await page.click('#tabs button[data-view="import"]');
  await page.setInputFiles('#draft-file', draft2);
  await page.fill('#draft-label', 'blue');
  await page.click('#draft-import');
  await page.waitForSelector('#revision table.changes td.plus:has-text("revolver")');
  await page.waitForSelector('#draft:has-text("blue")');
  await shot('revision');
});

await test('no error in the page', async () => {
  check(errors.length === 0, errors.join('; '));
});

await browser.close();
console.log(`${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
