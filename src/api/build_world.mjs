// Builds the web page's world outline at build time from the per-country
// GeoJSON of the npm package world-countries (data/npm, installed by
// scripts/bootstrap): every country ring projected equirectangularly onto a
// 1000 x 500 box (x = (lon + 180) / 360 * 1000, y = (90 - lat) / 180 * 500;
// web/app.js places events with the same formula), rounded to whole units,
// repeated points and rings smaller than 2 units dropped. Writes one SVG path "d" string.
//
// Usage: node build_world.mjs WORLD_COUNTRIES_DATA_DIR OUT
import fs from 'node:fs';
import path from 'node:path';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: node build_world.mjs WORLD_COUNTRIES_DATA_DIR OUT');
  process.exit(2);
}

const round = (v) => Math.round(v);
const project = ([lon, lat]) => [round(((lon + 180) / 360) * 1000), round(((90 - lat) / 180) * 500)];

function ringPath(ring) {
  const pts = [];
  for (const p of ring) {
    const q = project(p);
    const last = pts[pts.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
  }
  if (pts.length < 3) return '';
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  if (Math.max(...xs) - Math.min(...xs) < 2 && Math.max(...ys) - Math.min(...ys) < 2) return '';
  return 'M' + pts.map((p) => `${p[0]} ${p[1]}`).join('L') + 'Z';
}

function geometryPath(g) {
  if (!g) return '';
  if (g.type === 'Polygon') return g.coordinates.map(ringPath).join('');
  if (g.type === 'MultiPolygon') return g.coordinates.map((poly) => poly.map(ringPath).join('')).join('');
  if (g.type === 'GeometryCollection') return g.geometries.map(geometryPath).join('');
  return '';
}

let d = '';
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.geo.json')).sort();
for (const f of files) {
  const geo = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const features = geo.type === 'FeatureCollection' ? geo.features : [geo];
  for (const feature of features) d += geometryPath(feature.geometry || feature);
}
if (!d) {
  console.error(`build_world: no outlines in ${dir}`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, d);
console.log(`build_world: ${files.length} countries, ${d.length} bytes`);
