// End-to-end test of the web page in real headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core): ingests examples/ and the
// hostile articles of hostile.jsonl (and story.jsonl, a wire story and its
// copy) into a temp store, starts `dateline
// serve` on a free loopback port, then searches, opens an article, checks
// that entities are highlighted exactly where the text names them (UTF-8
// byte offsets turned into string indexes), that the timeline is drawn and
// the back button returns to the search, that stories list and a story
// page lists its articles, and that no hostile markup ever
// runs (window.__pwned stays undefined, no dialog, no script/img/iframe
// element made from article text). Saves screenshots.
//
// Usage: node web_e2e.mjs DATELINE_BINARY SOURCE_DIR SCREENSHOT.png
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const [binary, sourceDir, screenshot] = process.argv.slice(2);
if (!binary || !sourceDir || !screenshot) {
  console.error('usage: node web_e2e.mjs DATELINE_BINARY SOURCE_DIR SCREENSHOT.png');
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-e2e-'));
const db = path.join(work, 'e2e.db');
let server = null;
let context = null;
let failures = 0;

function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

function startServer() {
  return new Promise((resolve, reject) => {
    server = spawn(binary, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 15000);
    server.stderr.on('data', (chunk) => {
      err += chunk;
      const m = err.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

async function main() {
  execFileSync(binary, ['ingest', '--db', db, '--no-progress', path.join(sourceDir, 'examples'),
    path.join(sourceDir, 'tests/e2e/hostile.jsonl'), path.join(sourceDir, 'tests/e2e/story.jsonl')], { stdio: 'inherit' });
  const base = await startServer();
  context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] || await context.newPage();
  const dialogs = [];
  const pageErrors = [];
  const outside = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });

  // Search, facets, timeline.
  await page.goto(`${base}/?q=talks`);
  await page.waitForSelector('#results li.hit');
  const hits = await page.locator('#results li.hit').count();
  check(hits >= 2, `search "talks" lists ${hits} hits`);
  check(await page.locator('#facet-source li a').count() >= 1, 'source facet has entries');
  check(await page.locator('#facet-language li a').count() >= 1, 'language facet has entries');
  await page.waitForSelector('#timeline svg rect');
  check(await page.locator('#timeline svg rect').count() >= 1, 'timeline bars drawn');
  check((await page.locator('.snippet mark').count()) >= 1, 'snippets mark the matched words');
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-search.png'), fullPage: true });

  // Open the first article: highlighted entities where the text names them.
  const firstTitle = await page.locator('#results li.hit a.hit-title').first().textContent();
  await page.locator('#results li.hit a.hit-title').first().click();
  await page.waitForSelector('#article-text span.ent');
  check(/\/article\/[^/]+$/.test(page.url()), `article URL ${page.url()}`);
  check((await page.locator('#article-title').textContent()) === firstTitle, 'article title matches the hit');
  check(await page.locator('#article-text span.ent').count() >= 1, 'entities highlighted');

  // Back to the search with the browser's back button.
  await page.goBack();
  await page.waitForSelector('#search-view:not([hidden]) #results li.hit');
  check(page.url().endsWith('/?q=talks') && (await page.inputValue('#q')) === 'talks', 'back button returns to the search');

  // The actor graph, and an actor's page from it.
  await page.goto(`${base}/graph`);
  await page.waitForSelector('#graph svg path.edge');
  check(await page.locator('#graph svg path.edge').count() >= 2, 'actor graph draws edges');
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-graph.png'), fullPage: true });
  await page.locator('#graph svg a[href="/actor/RUSGOV"]').click();
  await page.waitForSelector('#actor-events li.event');
  check(page.url().endsWith('/actor/RUSGOV'), 'graph node opens the actor');
  check(await page.locator('#actor-events li.event').count() >= 1, 'actor page lists its events');

  // The map: a world outline and the event places on it.
  await page.goto(`${base}/map`);
  await page.waitForSelector('#map svg circle.place');
  check(await page.locator('#map svg path.land').count() === 1, 'map draws the world outline');
  check(await page.locator('#map svg circle.place').count() >= 1, 'map places events');
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-map.png'), fullPage: true });

  // Stories: the header link lists them; a story page lists its articles;
  // an article links back to its story; the back button works throughout.
  await page.goto(`${base}/`);
  await page.waitForSelector('#results li.hit');
  await page.locator('header a[href="/stories"]').click();
  await page.waitForSelector('#stories li.story');
  check(page.url().endsWith('/stories'), `Stories link opens ${page.url()}`);
  const storyList = await page.evaluate(async () => (await fetch('/api/stories?limit=100')).json());
  check(await page.locator('#stories li.story').count() === Math.min(20, storyList.stories.length),
    `stories page lists ${storyList.stories.length} stories`);
  // story.jsonl: a wire article and its syndicated copy (other headline and
  // boilerplate), which joins the first copy's story.
  const wire = await page.evaluate(async () => (await fetch('/api/articles/story-wire-2')).json());
  check(wire.duplicate_of === 'story-wire-1' && typeof wire.story === 'string', `the syndicated copy is in story ${wire.story}`);
  const biggest = storyList.stories.find((st) => st.id === wire.story) || storyList.stories[0];
  check(biggest.article_count >= 2, `the wire story has ${biggest.article_count} articles`);
  await page.locator(`#stories a[href="/story/${encodeURIComponent(biggest.id)}"]`).click();
  await page.waitForSelector('#story-articles li.hit');
  const story = await page.evaluate(async (id) => (await fetch(`/api/stories/${encodeURIComponent(id)}`)).json(), biggest.id);
  check(page.url().endsWith(`/story/${encodeURIComponent(biggest.id)}`), `story URL ${page.url()}`);
  check((await page.locator('#story-title').textContent()) === story.label, `story title is its label (${story.label})`);
  const listed = await page.locator('#story-articles a.hit-title').allTextContents();
  check(listed.length === story.articles.length && listed.length === biggest.article_count && listed.length >= 1,
    `story page lists its ${listed.length} articles`);
  check(story.articles.every((a, i) => listed[i] === (a.title || '(untitled)')), 'story articles in order, titles as text');
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-story.png'), fullPage: true });
  await page.locator('#story-articles a.hit-title').first().click();
  await page.waitForSelector('#article-story:not([hidden]) a.story');
  check((await page.locator('#article-story').textContent()).startsWith('Part of story: ' + story.label),
    'article view says "Part of story: …"');
  await page.goBack();
  await page.waitForSelector('#story-view:not([hidden]) #story-articles li.hit');
  check(page.url().endsWith(`/story/${encodeURIComponent(biggest.id)}`), 'back button returns to the story');
  await page.goBack();
  await page.waitForSelector('#stories-view:not([hidden]) #stories li.story');
  check(page.url().endsWith('/stories'), 'back again returns to the stories');
  await page.goto(`${base}/story/no-such-story`);
  await page.waitForSelector('#error:not([hidden])');
  check(/no story/.test(await page.locator('#error').textContent()), 'unknown story shows an error');

  // The hostile article: offsets past multi-byte characters, and nothing runs.
  await page.goto(`${base}/?q=Istanbul`);
  await page.waitForSelector('#results li.hit');
  const titles = await page.locator('#results a.hit-title').allTextContents();
  check(titles.some((t) => t.startsWith('<img src=x onerror=')), 'hostile title listed as text');
  await page.goto(`${base}/article/hostile-1`);
  await page.waitForSelector('#article-text span.ent');
  const api = await page.evaluate(async () => (await fetch('/api/articles/hostile-1')).json());
  const marked = await page.evaluate(() => {
    const out = [];
    for (const s of document.querySelectorAll('#article-text span.ent')) {
      if (!s.parentElement.closest('span.ent')) out.push(s.textContent);
    }
    return out;
  });
  const names = api.entities.map((e) => e.text);
  check(names.length > 0 && names.every((n) => marked.includes(n)),
    `every entity highlighted on its own words (${names.join(', ')})`);
  check(marked.includes('Vladimir Putin') && marked.includes('Zürich'), 'offsets after é, —, “”, 🇨🇭 land on the names');
  const evidence = await page.locator('#article-text span.evidence').allTextContents();
  check((api.events || []).length === 0 || evidence.join('').includes(api.events[0].evidence.split(' ')[0]),
    `event evidence highlighted (${evidence.length} pieces)`);
  check(await page.locator('#article-events li.event').count() === (api.events || []).length, 'events listed as source — action — target');
  check((await page.locator('#article-title').textContent()) === api.title, 'hostile title shown as its literal text');
  const injected = await page.evaluate(() => ({
    pwned: typeof window.__pwned,
    elements: document.querySelectorAll('main script, main img, main iframe, main svg[onload], main b, main [onerror], main [onmouseover]').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:"]').length,
  }));
  check(injected.pwned === 'undefined', 'window.__pwned stays undefined');
  check(injected.elements === 0, 'no element made from article markup');
  check(injected.jsLinks === 0, 'no javascript: link (the article URL is not linked)');
  await page.locator('#article-title').hover();
  await page.locator('#article-text').hover();
  await page.goto(`${base}/article/hostile-2`);
  await page.waitForSelector('#article-text');
  await page.waitForTimeout(300);
  check((await page.locator('#article-title').textContent()).startsWith('{{constructor'), 'template-looking title stays text');
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-hostile.png'), fullPage: true });
  await page.goto(`${base}/article/hostile-1`);
  await page.waitForSelector('#article-text span.ent');
  await page.screenshot({ path: screenshot, fullPage: true });
  check(await page.evaluate(() => typeof window.__pwned) === 'undefined', 'still nothing ran after all views');
  check(dialogs.length === 0, `no dialogs (${dialogs.join('; ')})`);
  check(pageErrors.length === 0, `no page errors (${pageErrors.join('; ')})`);
  check(outside.length === 0, `no request left the server (${outside.slice(0, 3).join(', ')})`);
}

try {
  await main();
} catch (e) {
  console.error(`FAIL ${e.stack || e}`);
  failures++;
} finally {
  if (context) await context.close().catch(() => {});
  if (server) server.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
