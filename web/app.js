// Dateline's web page: search with facets and a timeline, the article view
// with its entities, quotes and event evidence marked in the text, and an
// actor's events, stories. One page; the URL holds the view (/?q=..., /article/ID,
// /actor/CODE, /stories, /story/ID), history.pushState moves between views and the back button
// works.
//
// Everything that comes from the store is data. It reaches the page only
// through textContent, createTextNode and setAttribute on attributes that
// cannot run code (class, title, href after a scheme check); this file
// never assigns innerHTML, outerHTML or insertAdjacentHTML.
'use strict';

const $ = (id) => document.getElementById(id);
const QUAD_NAMES = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
const SVG_NS = 'http://www.w3.org/2000/svg';

// ---- small DOM helpers (text only)

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  for (const c of children) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// A link inside the page: followed with pushState, not a page load.
function navLink(href, text, cls) {
  return el('a', { href, class: cls, 'data-nav': '' }, text);
}

// Only web links leave the page; javascript:, data: and the rest stay text.
function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

function showError(message) {
  const box = $('error');
  box.textContent = message || '';
  box.hidden = !message;
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new Error((body && body.error) || `HTTP ${res.status}`);
  return body;
}

// ---- byte offsets (UTF-8, as the store keeps them) to string indexes

// Returns f(byteOffset) -> index into the JS (UTF-16) string.
function byteToIndex(text) {
  const map = new Map();
  let bytes = 0;
  let index = 0;
  map.set(0, 0);
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    index += ch.length;
    map.set(bytes, index);
  }
  return (b) => {
    if (b <= 0) return 0;
    if (b >= bytes) return text.length;
    for (let x = b; x <= bytes; x++) if (map.has(x)) return map.get(x);  // inside a character: its end
    return text.length;
  };
}

// ---- routing

// Bumped on every view change; a fetch that returns after the user has moved
// on is dropped (current(token) is false).
let viewToken = 0;
const current = (token) => token === viewToken;

function route() {
  viewToken++;
  showError('');
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  for (const v of ['search-view', 'article-view', 'actor-view', 'graph-view', 'map-view', 'stories-view', 'story-view']) $(v).hidden = true;
  let m;
  if ((m = path.match(/^\/article\/([^/]+)$/))) return showArticle(decodeURIComponent(m[1]));
  if ((m = path.match(/^\/actor\/([^/]+)$/))) return showActor(decodeURIComponent(m[1]));
  if (path === '/graph') return showGraph();
  if (path === '/map') return showMap();
  if ((m = path.match(/^\/story\/([^/]+)$/))) return showStory(decodeURIComponent(m[1]));
  if (path === '/stories') return showStories(params);
  return showSearch(params);
}

function navigate(url) {
  history.pushState(null, '', url);
  route();
  window.scrollTo(0, 0);
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a[data-nav]');
  if (!a || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(a.getAttribute('href'));
});
window.addEventListener('popstate', route);

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = $('q').value.trim();
  navigate(q ? `/?q=${encodeURIComponent(q)}` : '/');
});

// ---- search view

const FILTERS = ['q', 'source', 'language', 'from', 'to', 'offset'];

function searchUrl(params, changes) {
  const next = new URLSearchParams();
  for (const k of FILTERS) if (params.get(k)) next.set(k, params.get(k));
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') next.delete(k); else next.set(k, v);
  }
  const s = next.toString();
  return s ? `/?${s}` : '/';
}

async function showSearch(params) {
  $('search-view').hidden = false;
  $('q').value = params.get('q') || '';
  document.title = params.get('q') ? `${params.get('q')} — Dateline` : 'Dateline';
  const query = new URLSearchParams();
  for (const k of FILTERS) if (params.get(k)) query.set(k, params.get(k));
  query.set('limit', '20');
  const token = viewToken;
  let data;
  try {
    data = await api(`/api/search?${query}`);
  } catch (e) {
    if (!current(token)) return;
    showError(e.message);
    clear($('results'));
    return;
  }
  if (!current(token)) return;
  renderSummary(data, params);
  renderFacet($('facet-source'), data.facets.source, 'source', params);
  renderFacet($('facet-language'), data.facets.language, 'language', params);
  renderResults(data.hits);
  renderPager(data, params);
  renderSearchTimeline(data, params);
}

function renderSummary(data, params) {
  const parts = [`${data.total} article${data.total === 1 ? '' : 's'}`];
  if (data.query) parts.push(`for “${data.query}”`);
  for (const k of ['source', 'language', 'from', 'to']) if (params.get(k)) parts.push(`${k}: ${params.get(k)}`);
  $('summary').textContent = parts.join(' · ');
}

function renderFacet(list, counts, key, params) {
  clear(list);
  const active = params.get(key);
  for (const c of counts) {
    const value = c.value === null ? '' : c.value;
    if (!value) {
      list.appendChild(el('li', { class: 'muted' }, `(unknown) ${c.count}`));
      continue;
    }
    const on = active && active.toLowerCase() === value.toLowerCase();
    const href = searchUrl(params, { [key]: on ? null : value, offset: null });
    list.appendChild(el('li', { class: on ? 'active' : null },
      navLink(href, on ? `× ${value}` : value, 'facet'), ' ', el('span', { class: 'count' }, String(c.count))));
  }
  if (!counts.length) list.appendChild(el('li', { class: 'muted' }, '—'));
}

// "matched [words] here" -> text with <mark> around the bracketed words.
function snippetNode(snippet) {
  const p = el('p', { class: 'snippet' });
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  let m;
  while ((m = re.exec(snippet))) {
    p.appendChild(document.createTextNode(snippet.slice(last, m.index)));
    p.appendChild(el('mark', {}, m[1]));
    last = re.lastIndex;
  }
  p.appendChild(document.createTextNode(snippet.slice(last)));
  return p;
}

function renderResults(hits) {
  const list = clear($('results'));
  for (const h of hits) {
    const meta = [h.source, h.published && h.published.slice(0, 10), h.language].filter(Boolean).join(' · ');
    list.appendChild(el('li', { class: 'hit' },
      navLink(`/article/${encodeURIComponent(h.id)}`, h.title || '(untitled)', 'hit-title'),
      h.duplicate_of ? el('span', { class: 'badge' }, 'copy') : null,
      el('div', { class: 'meta' }, meta),
      h.snippet ? snippetNode(h.snippet) : null));
  }
  if (!hits.length) list.appendChild(el('li', { class: 'muted' }, 'No articles match.'));
}

function renderPager(data, params) {
  const nav = clear($('pager'));
  const offset = data.offset || 0;
  if (offset > 0) nav.appendChild(navLink(searchUrl(params, { offset: Math.max(0, offset - data.limit) || null }), '← newer', 'page'));
  if (offset + data.hits.length < data.total) nav.appendChild(navLink(searchUrl(params, { offset: offset + data.limit }), 'more →', 'page'));
}

async function renderSearchTimeline(data, params) {
  // Events by day when the store has coded events, else articles by day.
  const q = new URLSearchParams();
  for (const k of ['from', 'to']) if (params.get(k)) q.set(k, params.get(k));
  let events = null;
  const token = viewToken;
  try { events = await api(`/api/events?${q}`); } catch (e) { events = null; }
  if (!current(token)) return;
  if (events && events.total > 0) {
    drawEventTimeline($('timeline'), $('timeline-caption'), events, 'Stored events');
  } else {
    const days = data.timeline.map((d) => ({ day: d.day, total: d.count, parts: [[d.count, 'bar-articles']] }));
    drawBars($('timeline'), days, (d) => `${d.day}: ${d.total} article${d.total === 1 ? '' : 's'}`);
    $('timeline-caption').textContent = `Articles by day${events && events.note ? ' (no coded events in this store yet)' : ''}`;
  }
}

function drawEventTimeline(box, caption, events, what) {
  const days = events.timeline.map((d) => ({
    day: d.day,
    total: d.count,
    goldstein: d.goldstein_avg,
    parts: [1, 2, 3, 4].map((k) => [d.quad_class[String(k)] || 0, `bar-q${k}`]),
  }));
  drawBars(box, days, (d) => `${d.day}: ${d.total} events, ` +
    [1, 2, 3, 4].map((k, i) => `${QUAD_NAMES[k]} ${(d.parts[i] || [0])[0]}`).join(', ') +
    (d.goldstein === null ? '' : `, Goldstein average ${d.goldstein.toFixed(2)}`));
  const g = events.totals.goldstein_avg;
  caption.textContent = `${what} by day, coloured by quad class (${events.total} events` +
    (g === null ? ')' : `, Goldstein average ${g.toFixed(2)})`);
  caption.appendChild(legend());
}

function legend() {
  const span = el('span', { class: 'quad-legend' });
  for (const k of [1, 2, 3, 4]) span.appendChild(el('span', { class: `swatch q${k}` }, QUAD_NAMES[k]));
  return span;
}

// A bar per day (gaps filled when the span is under two years); each bar
// stacked from parts [[count, class], ...].
function drawBars(box, days, label) {
  clear(box);
  if (!days.length) {
    box.appendChild(el('p', { class: 'muted' }, 'No dated items.'));
    return;
  }
  const filled = fillDays(days);
  const W = 720, H = 120, pad = 18;
  const max = Math.max(...filled.map((d) => d.total), 1);
  const bw = (W - 2 * pad) / filled.length;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H + 20}`, class: 'bars', role: 'img', 'aria-label': 'timeline' });
  filled.forEach((d, i) => {
    let y = H;
    const g = svg('g', { class: 'day' });
    for (const [count, cls] of d.parts) {
      if (!count) continue;
      const h = (count / max) * (H - 10);
      y -= h;
      g.appendChild(svg('rect', { x: pad + i * bw + 0.5, y, width: Math.max(1, bw - 1), height: h, class: cls }));
    }
    g.appendChild(svg('title', {}, label(d)));
    chart.appendChild(g);
  });
  chart.appendChild(svg('line', { x1: pad, y1: H, x2: W - pad, y2: H, class: 'axis' }));
  chart.appendChild(svg('text', { x: pad, y: H + 15, class: 'tick' }, filled[0].day));
  chart.appendChild(svg('text', { x: W - pad, y: H + 15, class: 'tick', 'text-anchor': 'end' }, filled[filled.length - 1].day));
  chart.appendChild(svg('text', { x: 2, y: 12, class: 'tick' }, String(max)));
  box.appendChild(chart);
}

function fillDays(days) {
  const sorted = days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.day)).sort((a, b) => (a.day < b.day ? -1 : 1));
  if (sorted.length < 2) return sorted;
  const first = Date.parse(sorted[0].day + 'T00:00:00Z');
  const last = Date.parse(sorted[sorted.length - 1].day + 'T00:00:00Z');
  const span = Math.round((last - first) / 86400000);
  if (span > 730) return sorted;
  const byDay = new Map(sorted.map((d) => [d.day, d]));
  const out = [];
  for (let t = first; t <= last; t += 86400000) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push(byDay.get(day) || { day, total: 0, goldstein: null, parts: [] });
  }
  return out;
}

// ---- article view

async function showArticle(id) {
  $('article-view').hidden = false;
  for (const x of ['article-title', 'article-meta', 'article-story', 'article-text', 'article-events', 'article-quotes', 'article-entities']) clear($(x));
  $('article-story').hidden = true;
  let a;
  const token = viewToken;
  try {
    a = await api(`/api/articles/${encodeURIComponent(id)}`);
  } catch (e) {
    if (current(token)) showError(e.message);
    return;
  }
  if (!current(token)) return;
  document.title = `${a.title || '(untitled)'} — Dateline`;
  $('article-title').textContent = a.title || '(untitled)';
  renderMeta(a);
  renderStoryLink(a.story, token);
  renderText(a);
  renderEvents($('article-events'), a.events || [], null);
  renderQuotes(a.quotes || []);
  renderEntities(a.entities || []);
}

function renderMeta(a) {
  const meta = $('article-meta');
  const source = a.source && (a.source.name || a.source.domain);
  const authors = (a.authors || []).map((x) => x.name + (x.role ? ` (${x.role})` : '')).join(', ');
  const places = (a.dateline || []).map((d) => d.name).join(', ');
  const parts = [source, a.published, authors && `by ${authors}`, places && `dateline: ${places}`, a.language];
  meta.appendChild(document.createTextNode(parts.filter(Boolean).join(' · ')));
  const url = safeUrl(a.url);
  if (url) meta.append(' · ', el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original'));
  if (a.duplicate_of) meta.append(' · copy of ', navLink(`/article/${encodeURIComponent(a.duplicate_of)}`, a.duplicate_of));
}

// Spans [start, end) in string indexes, each with a class and a tooltip.
function articleSpans(a, toIndex) {
  const spans = [];
  for (const e of a.entities || []) {
    const type = ['PERSON', 'ORG', 'PLACE'].includes(e.type) ? e.type : 'OTHER';
    const about = [e.type, e.canonical, e.role, e.actor].filter(Boolean).join(' · ');
    spans.push({ start: toIndex(e.start), end: toIndex(e.end), cls: `ent ent-${type}`, title: about });
  }
  for (const q of a.quotes || []) {
    spans.push({ start: toIndex(q.start), end: toIndex(q.end), cls: 'quote', title: `quote${q.speaker ? ` — ${q.speaker}` : ''}` });
  }
  for (const ev of a.events || []) {
    const span = evidenceSpan(a, ev, toIndex);
    if (span) spans.push({ ...span, cls: 'evidence', title: eventLine(ev) });
  }
  return spans.filter((s) => s.end > s.start);
}

// The evidence of an event: its own offsets when it has them, else the
// evidence words found inside its sentence.
function evidenceSpan(a, ev, toIndex) {
  if (Number.isInteger(ev.start) && Number.isInteger(ev.end)) return { start: toIndex(ev.start), end: toIndex(ev.end) };
  const s = (a.sentences || [])[ev.sentence];
  if (!s) return null;
  const from = toIndex(s.start);
  const to = toIndex(s.end);
  if (!ev.evidence) return { start: from, end: to };
  const at = a.text.slice(from, to).indexOf(ev.evidence);
  return at < 0 ? { start: from, end: to } : { start: from + at, end: from + at + ev.evidence.length };
}

// The text cut at every span boundary; each piece wrapped in the spans over it.
function renderText(a) {
  const box = $('article-text');
  const text = a.text || '';
  const spans = articleSpans(a, byteToIndex(text));
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((x, y) => x - y);
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const over = spans.filter((s) => s.start <= from && s.end >= to);
    let node = document.createTextNode(text.slice(from, to));
    for (const s of over.sort((x, y) => (y.end - y.start) - (x.end - x.start)).reverse()) {
      node = el('span', { class: s.cls, title: s.title }, node);
    }
    box.appendChild(node);
  }
}

function eventLine(ev) {
  const action = ev.evidence || ev.action || (ev.code ? `CAMEO ${ev.code}` : 'acts');
  const tail = [ev.place, ev.date].filter(Boolean).join(', ');
  return `${ev.source || '?'} — ${action} — ${ev.target || '?'}${tail ? `, ${tail}` : ''}`;
}

function renderEvents(list, events, articleLinks) {
  clear(list);
  for (const ev of events) {
    const q = QUAD_NAMES[ev.quad_class] ? ev.quad_class : 0;
    const li = el('li', { class: `event q${q}` });
    li.appendChild(ev.source ? navLink(`/actor/${encodeURIComponent(ev.source)}`, ev.source, 'actor') : document.createTextNode('?'));
    li.append(` — ${ev.evidence || ev.action || (ev.code ? `CAMEO ${ev.code}` : 'acts')} — `);
    li.appendChild(ev.target ? navLink(`/actor/${encodeURIComponent(ev.target)}`, ev.target, 'actor') : document.createTextNode('?'));
    const tail = [ev.place, ev.date || ev.day].filter(Boolean).join(', ');
    if (tail) li.append(`, ${tail}`);
    const facts = [ev.code && `code ${ev.code}`, QUAD_NAMES[ev.quad_class], ev.goldstein !== undefined && ev.goldstein !== null && `Goldstein ${ev.goldstein}`];
    li.appendChild(el('div', { class: 'meta' }, facts.filter(Boolean).join(' · ')));
    if (articleLinks && ev.article) li.appendChild(navLink(`/article/${encodeURIComponent(ev.article)}`, ev.article_title || ev.article, 'small'));
    list.appendChild(li);
  }
  if (!events.length) list.appendChild(el('li', { class: 'muted' }, 'No coded events.'));
}

function renderQuotes(quotes) {
  const list = $('article-quotes');
  for (const q of quotes) list.appendChild(el('li', {}, `“${q.text}”`, el('div', { class: 'meta' }, q.speaker ? `— ${q.speaker}` : '— (speaker unknown)')));
  if (!quotes.length) list.appendChild(el('li', { class: 'muted' }, 'No quotes.'));
}

function renderEntities(entities) {
  const list = $('article-entities');
  const seen = new Map();
  for (const e of entities) {
    const key = `${e.type}\u0000${e.canonical}`;
    if (!seen.has(key)) seen.set(key, { e, n: 0 });
    seen.get(key).n++;
  }
  for (const { e, n } of seen.values()) {
    const type = ['PERSON', 'ORG', 'PLACE'].includes(e.type) ? e.type : 'OTHER';
    const li = el('li', {}, el('span', { class: `ent ent-${type}` }, e.canonical), ` ${e.type}`);
    const about = [e.role, e.country].filter(Boolean).join(', ');
    if (about) li.append(` · ${about}`);
    if (e.actor) li.append(' · ', navLink(`/actor/${encodeURIComponent(e.actor)}`, e.actor, 'actor'));
    if (n > 1) li.append(` ×${n}`);
    list.appendChild(li);
  }
  if (!entities.length) list.appendChild(el('li', { class: 'muted' }, 'No entities.'));
}

// ---- actor view

async function showActor(code) {
  $('actor-view').hidden = false;
  $('actor-title').textContent = `Actor ${code}`;
  document.title = `${code} — Dateline`;
  clear($('actor-events'));
  clear($('actor-timeline'));
  let data;
  const token = viewToken;
  try {
    data = await api(`/api/events?actor=${encodeURIComponent(code)}&limit=100`);
  } catch (e) {
    if (current(token)) showError(e.message);
    return;
  }
  if (!current(token)) return;
  drawEventTimeline($('actor-timeline'), $('actor-caption'), data, `Events of ${code}`);
  drawGraph($('actor-graph'), data.edges, code);
  if (data.note) $('actor-caption').textContent = data.note;
  renderEvents($('actor-events'), data.events, true);
}

// ---- stories

function storySpan(st) {
  const first = (st.first || '').slice(0, 10);
  const last = (st.last || '').slice(0, 10);
  return first === last ? first : `${first} – ${last}`;
}

function storyFacts(st) {
  return [storySpan(st), `${st.article_count} article${st.article_count === 1 ? '' : 's'}`,
    st.actors.length ? `actors: ${st.actors.join(', ')}` : null,
    st.places.length ? `places: ${st.places.join(', ')}` : null].filter(Boolean).join(' · ');
}

// "Part of story: LABEL" under an article's meta line.
async function renderStoryLink(id, token) {
  if (typeof id !== 'string' || !id) return;
  const box = $('article-story');
  let label = id;
  try {
    const st = await api(`/api/stories/${encodeURIComponent(id)}`);
    label = st.label || id;
    if (!current(token)) return;
    box.append('Part of story: ', navLink(`/story/${encodeURIComponent(id)}`, label, 'story'),
      el('span', { class: 'meta' }, ` · ${storyFacts(st)}`));
  } catch (e) {
    if (!current(token)) return;
    box.append('Part of story: ', navLink(`/story/${encodeURIComponent(id)}`, label, 'story'));
  }
  box.hidden = false;
}

async function showStories(params) {
  $('stories-view').hidden = false;
  document.title = 'Stories — Dateline';
  const list = clear($('stories'));
  const pager = clear($('stories-pager'));
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const limit = 20;
  const token = viewToken;
  let data;
  try {
    data = await api(`/api/stories?limit=${limit}&offset=${offset}`);
  } catch (e) {
    if (current(token)) showError(e.message);
    return;
  }
  if (!current(token)) return;
  for (const st of data.stories) {
    list.appendChild(el('li', { class: 'hit story' },
      navLink(`/story/${encodeURIComponent(st.id)}`, st.label || '(unlabelled)', 'hit-title'),
      el('div', { class: 'meta' }, storyFacts(st))));
  }
  if (!data.stories.length) list.appendChild(el('li', { class: 'muted' }, 'No stories in this store.'));
  if (offset > 0) pager.appendChild(navLink(offset - limit > 0 ? `/stories?offset=${offset - limit}` : '/stories', '← newer', 'page'));
  if (data.more) pager.appendChild(navLink(`/stories?offset=${offset + limit}`, 'older →', 'page'));
}

async function showStory(id) {
  $('story-view').hidden = false;
  for (const x of ['story-title', 'story-meta', 'story-about', 'story-caption', 'story-timeline', 'story-articles']) clear($(x));
  const token = viewToken;
  let st;
  try {
    st = await api(`/api/stories/${encodeURIComponent(id)}`);
  } catch (e) {
    if (current(token)) showError(e.message);
    return;
  }
  if (!current(token)) return;
  document.title = `${st.label || 'Story'} — Dateline`;
  $('story-title').textContent = st.label || '(unlabelled story)';
  $('story-meta').textContent = [storySpan(st), `${st.article_count} article${st.article_count === 1 ? '' : 's'}`].join(' · ');
  const about = $('story-about');
  if (st.actors.length) {
    about.append('Actors: ');
    st.actors.forEach((name, i) => {
      if (i) about.append(', ');
      about.appendChild(navLink(`/?q=${encodeURIComponent(`"${name}"`)}`, name, 'actor'));
    });
  }
  if (st.places.length) about.append(`${st.actors.length ? ' · ' : ''}Places: ${st.places.join(', ')}`);
  const list = $('story-articles');
  const perDay = new Map();
  for (const a of st.articles) {
    const day = typeof a.published === 'string' ? a.published.slice(0, 10) : '';
    if (day) perDay.set(day, (perDay.get(day) || 0) + 1);
    const meta = [a.source, a.published && a.published.slice(0, 10)].filter(Boolean).join(' · ');
    list.appendChild(el('li', { class: 'hit' },
      navLink(`/article/${encodeURIComponent(a.id)}`, a.title || '(untitled)', 'hit-title'),
      a.duplicate_of ? el('span', { class: 'badge', title: `copy of ${a.duplicate_of}` }, 'copy') : null,
      el('div', { class: 'meta' }, meta)));
  }
  if (!st.articles.length) list.appendChild(el('li', { class: 'muted' }, 'No articles.'));
  const days = [...perDay].map(([day, n]) => ({ day, total: n, parts: [[n, 'bar-articles']] }));
  drawBars($('story-timeline'), days, (d) => `${d.day}: ${d.total} article${d.total === 1 ? '' : 's'}`);
  $('story-caption').textContent = 'Articles by day';
}

// ---- map

let worldOutline = null;  // the SVG path of every country, fetched once

async function showMap() {
  $('map-view').hidden = false;
  document.title = 'Map — Dateline';
  clear($('map'));
  const token = viewToken;
  let data;
  try {
    if (worldOutline === null) {
      const res = await fetch('/world.txt');
      worldOutline = res.ok ? await res.text() : '';
    }
    data = await api('/api/events?limit=1');
  } catch (e) {
    if (current(token)) showError(e.message);
    return;
  }
  if (!current(token)) return;
  drawMap($('map'), worldOutline, data.places);
  $('map-caption').textContent = data.note ||
    `${data.places.length} places of ${data.total} events; circle area by events; blue cooperation, red conflict, purple both.`;
}

// Equirectangular, as src/api/build_world.mjs drew the outline.
function drawMap(box, outline, places) {
  const chart = svg('svg', { viewBox: '0 0 1000 500', class: 'map-svg', role: 'img', 'aria-label': 'map of event places' });
  chart.appendChild(svg('rect', { x: 0, y: 0, width: 1000, height: 500, class: 'sea' }));
  if (outline) chart.appendChild(svg('path', { d: outline, class: 'land' }));
  for (const p of places || []) {
    const x = ((p.lon + 180) / 360) * 1000;
    const y = ((90 - p.lat) / 180) * 500;
    const kind = p.conflict && p.cooperation ? 'mixed' : p.conflict ? 'conflict' : 'coop';
    const dot = svg('circle', { cx: x, cy: y, r: 3 + 2.5 * Math.sqrt(p.count), class: `place place-${kind}` });
    dot.appendChild(svg('title', {}, `${p.place}: ${p.count} events (${p.cooperation} cooperation, ${p.conflict} conflict)`));
    chart.appendChild(dot);
  }
  box.appendChild(chart);
}

// ---- actor graph

async function showGraph() {
  $('graph-view').hidden = false;
  document.title = 'Actor graph — Dateline';
  clear($('graph'));
  let data;
  const token = viewToken;
  try {
    data = await api('/api/events?limit=1');
  } catch (e) {
    if (current(token)) showError(e.message);
    return;
  }
  if (!current(token)) return;
  if (data.note) $('graph').appendChild(el('p', { class: 'muted' }, data.note));
  drawGraph($('graph'), data.edges, null);
}

// Actors on a circle (the focus, if any, in the middle); an arrow per
// source -> target pair, curved so both directions show.
function drawGraph(box, edges, focus) {
  clear(box);
  if (!edges || !edges.length) {
    box.appendChild(el('p', { class: 'muted' }, 'No events between two known actors.'));
    return;
  }
  const weight = new Map();
  for (const e of edges) for (const a of [e.source, e.target]) weight.set(a, (weight.get(a) || 0) + e.count);
  const actors = [...weight.keys()].sort((a, b) => weight.get(b) - weight.get(a)).slice(0, 40);
  const W = 720, H = 520, cx = W / 2, cy = H / 2, r = Math.min(W, H) / 2 - 60;
  const ring = actors.filter((a) => a !== focus);
  const pos = new Map();
  ring.forEach((a, i) => {
    const t = (2 * Math.PI * i) / ring.length - Math.PI / 2;
    pos.set(a, [cx + r * Math.cos(t), cy + r * Math.sin(t)]);
  });
  if (focus && actors.includes(focus)) pos.set(focus, [cx, cy]);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'graph-svg', role: 'img', 'aria-label': 'actor graph' });
  const defs = svg('defs');
  for (const k of ['coop', 'conflict', 'mixed']) {
    defs.appendChild(svg('marker', { id: `arrow-${k}`, viewBox: '0 0 10 10', refX: 10, refY: 5, markerUnits: 'userSpaceOnUse', markerWidth: 10, markerHeight: 10, orient: 'auto-start-reverse' },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: `arrow-${k}` })));
  }
  chart.appendChild(defs);
  for (const e of edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    const kind = e.conflict && e.cooperation ? 'mixed' : e.conflict ? 'conflict' : 'coop';
    const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const len = Math.hypot(dx, dy) || 1;
    const bend = 0.12 * len;
    const [qx, qy] = [mx - (dy / len) * bend, my + (dx / len) * bend];
    const shrink = 14 / len;
    const [ex, ey] = [b[0] - dx * shrink, b[1] - dy * shrink];
    const path = svg('path', { d: `M ${a[0]} ${a[1]} Q ${qx} ${qy} ${ex} ${ey}`, class: `edge edge-${kind}`,
      'stroke-width': 1 + 2 * Math.log2(1 + e.count), 'marker-end': `url(#arrow-${kind})` });
    const g = e.goldstein_avg === null ? '' : `, Goldstein ${e.goldstein_avg.toFixed(1)}`;
    path.appendChild(svg('title', {}, `${e.source} → ${e.target}: ${e.count} events (${e.cooperation} cooperation, ${e.conflict} conflict)${g}`));
    chart.appendChild(path);
  }
  for (const code of actors) {
    const [x, y] = pos.get(code);
    const link = svg('a', { href: `/actor/${encodeURIComponent(code)}`, 'data-nav': '' });
    link.appendChild(svg('circle', { cx: x, cy: y, r: 6 + Math.min(10, Math.sqrt(weight.get(code)) * 2), class: code === focus ? 'node focus' : 'node' }));
    link.appendChild(svg('text', { x, y: y - 14 - Math.min(10, Math.sqrt(weight.get(code)) * 2) / 2, 'text-anchor': 'middle', class: 'label' }, code));
    link.appendChild(svg('title', {}, `${code}: ${weight.get(code)} events`));
    chart.appendChild(link);
  }
  box.appendChild(chart);
}

route();
