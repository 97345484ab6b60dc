// Builds assets/map/route-map.json, the route map's outlines, from Natural Earth (world-atlas).
// Run once by hand (see assets/map/README.md); the game loads only the JSON this writes.
//
//   npm ci --prefix scripts/map   (or: npm install --prefix scripts/map)
//   node scripts/make_map.mjs [output.json]

import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, 'map', 'package.json'));
const topojson = require('topojson-client');
const earcut = require('earcut');
const RES = process.env.CRS_MAP_RES || '50m'; // Natural Earth scale: 110m, 50m or 10m
const world = require(`world-atlas/countries-${RES}.json`);
const atlasVersion = require('world-atlas/package.json').version;

const OUT = process.argv[2] || path.join(here, '..', 'assets', 'map', 'route-map.json');

// ---- Choices recorded in the output and in assets/map/README.md --------------------------
const PROJ = { type: 'equidistant-conic', lon0: 112.5, lat0: 30, lat1: 15, lat2: 45, radius_km: 6371 };
const WINDOW = { lon_min: 90, lon_max: 135, lat_min: 8, lat_max: 53 };
const GRID = 10000;               // vertices are stored as integers: u * GRID, v * GRID
const TOL_KM = { route: 2.5, context: 5, focus: 0.8 }; // Douglas-Peucker tolerance
const MIN_AREA_KM2 = { route: 100, context: 100 };     // smaller islands and holes are dropped
// Korea and its borders with China and Russia are shown zoomed in: finer there.
const FOCUS = { lon_min: 119, lon_max: 132, lat_min: 36.5, lat_max: 44 };

// Countries on the routes, labelled; neighbours drawn as quiet context so seas read as seas.
const COUNTRIES = [
  ['408', 'KP', 'route', 'North Korea', '북한', [127.0, 40.3]],
  ['410', 'KR', 'route', 'South Korea', '한국', [128.1, 36.4]],
  ['156', 'CN', 'route', 'China', '중국', [111.0, 33.5]],
  ['496', 'MN', 'route', 'Mongolia', '몽골', [103.5, 46.6]],
  ['643', 'RU', 'route', 'Russia', '러시아', [108.5, 52.2]],
  ['418', 'LA', 'route', 'Laos', '라오스', [102.9, 19.8]],
  ['704', 'VN', 'route', 'Vietnam', '베트남', [105.0, 21.6]],
  ['764', 'TH', 'route', 'Thailand', '태국', [101.2, 15.6]],
  ['104', 'MM', 'route', 'Myanmar', '미얀마', [96.0, 21.5]],
  ['116', 'KH', 'route', 'Cambodia', '캄보디아', [104.9, 12.8]],
  ['392', 'JP', 'context', 'Japan', '일본', [138.0, 36.5]],
  ['158', 'TW', 'context', 'Taiwan', '타이완', [121.0, 23.7]],
  ['356', 'IN', 'context', 'India', '인도', [92.5, 26.2]],
  ['050', 'BD', 'context', 'Bangladesh', '방글라데시', [90.3, 23.8]],
  ['064', 'BT', 'context', 'Bhutan', '부탄', [90.4, 27.4]],
  ['524', 'NP', 'context', 'Nepal', '네팔', [84.0, 28.3]],
  ['608', 'PH', 'context', 'Philippines', '필리핀', [122.0, 16.0]],
  ['398', 'KZ', 'context', 'Kazakhstan', '카자흐스탄', [80.0, 48.0]],
];

// Well-known coordinates (decimal degrees, WGS84), rounded to about a kilometre.
const PLACES = [
  ['seoul', 'capital', 'Seoul', '서울', 126.978, 37.566],
  ['pyongyang', 'capital', 'Pyongyang', '평양', 125.762, 39.039],
  ['beijing', 'capital', 'Beijing', '베이징', 116.407, 39.904],
  ['ulaanbaatar', 'capital', 'Ulaanbaatar', '울란바토르', 106.906, 47.886],
  ['vientiane', 'capital', 'Vientiane', '비엔티안', 102.633, 17.976],
  ['bangkok', 'capital', 'Bangkok', '방콕', 100.502, 13.756],
  ['yanji', 'city', 'Yanji', '옌지(연길)', 129.514, 42.905],
  ['shenyang', 'city', 'Shenyang', '선양(심양)', 123.432, 41.806],
  ['kunming', 'city', 'Kunming', '쿤밍', 102.718, 25.039],
  ['hoeryong', 'city', 'Hoeryong', '회령', 129.751, 42.443],
  ['musan', 'city', 'Musan', '무산', 129.225, 42.231],
  ['chongjin', 'city', 'Chongjin', '청진', 129.776, 41.796],
  ['hyesan', 'city', 'Hyesan', '혜산', 128.178, 41.402],
  // Provinces are not in world-atlas: labelled points near their centres.
  ['jilin', 'region', 'Jilin', '지린성(길림성)', 126.2, 43.7],
  ['liaoning', 'region', 'Liaoning', '랴오닝성(요녕성)', 122.6, 41.3],
  ['yanbian', 'region', 'Yanbian', '옌볜(연변)', 129.0, 43.35],
];

// The Mekong where it is not a border: hand-placed from well-known towns on its banks.
const MEKONG_UPPER = [
  [94.7, 33.7], [95.6, 32.6], [96.5, 32.1], [97.2, 31.1], [98.0, 30.0], [98.6, 29.0],
  [98.9, 28.3], [99.2, 27.3], [99.3, 26.2], [99.6, 25.4], [100.2, 24.6], [100.3, 23.7],
  [100.6, 22.8], [100.8, 22.0], [101.14, 21.57]];
const MEKONG_LAOS = [[100.45, 20.2], [100.8, 20.0], [101.13, 19.9], [101.6, 20.05],
  [102.14, 19.89], [102.0, 19.4], [101.75, 18.9], [101.4, 18.3], [101.2, 17.95]];
const MEKONG_LOWER = [[105.78, 15.12], [105.88, 14.6], [105.92, 13.95], [105.97, 13.53],
  [106.02, 12.49], [105.46, 11.99], [104.93, 11.57], [105.28, 11.26], [105.2, 10.8],
  [105.78, 10.03], [106.3, 9.85], [106.7, 9.7]];

// ---- Projection ----------------------------------------------------------------------------
const RAD = Math.PI / 180;
const coneN = (Math.cos(PROJ.lat1 * RAD) - Math.cos(PROJ.lat2 * RAD)) / ((PROJ.lat2 - PROJ.lat1) * RAD);
const coneG = Math.cos(PROJ.lat1 * RAD) / coneN + PROJ.lat1 * RAD;
const rho0 = PROJ.radius_km * (coneG - PROJ.lat0 * RAD);

function project(lon, lat) {
  if (lon < PROJ.lon0 - 180) lon += 360; // the antimeridian cut in Natural Earth's Russia
  const rho = PROJ.radius_km * (coneG - lat * RAD);
  const t = coneN * (lon - PROJ.lon0) * RAD;
  return [rho * Math.sin(t), rho0 - rho * Math.cos(t)];
}

// The clip rectangle is the projected bounding box of the lon/lat window's outline.
function windowExtent() {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (lon, lat) => {
    const [x, y] = project(lon, lat);
    b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
  };
  for (let i = 0; i <= 90; i++) {
    const f = i / 90;
    const lon = WINDOW.lon_min + f * (WINDOW.lon_max - WINDOW.lon_min);
    const lat = WINDOW.lat_min + f * (WINDOW.lat_max - WINDOW.lat_min);
    add(lon, WINDOW.lat_min); add(lon, WINDOW.lat_max);
    add(WINDOW.lon_min, lat); add(WINDOW.lon_max, lat);
  }
  return b;
}
const EXT = windowExtent();
const toGrid = ([x, y]) => [Math.round(((x - EXT[0]) / (EXT[2] - EXT[0])) * GRID),
  Math.round(((EXT[3] - y) / (EXT[3] - EXT[1])) * GRID)];

// ---- Arcs: decode, project, simplify (shared arcs once, so borders stay gap-free) ----------
function decodeArcs(topo) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

function segDist2(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = a[0] + t * dx - p[0], ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

// Douglas-Peucker with an explicit stack (long coastlines would overflow recursion). Each point
// carries its own tolerance (p[2]): the point kept is the one farthest beyond its tolerance.
function simplify(pts, tol) {
  if (pts.length <= 2) return pts.slice();
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    let best = -1, bestR = 1;
    for (let k = i + 1; k < j; k++) {
      const t = pts[k][2] ?? tol;
      const r = segDist2(pts[k], pts[i], pts[j]) / (t * t);
      if (r > bestR) { bestR = r; best = k; }
    }
    if (best >= 0) { keep[best] = 1; stack.push([i, best], [best, j]); }
  }
  return pts.filter((_, k) => keep[k]);
}

const inFocus = ([lon, lat]) => lon >= FOCUS.lon_min && lon <= FOCUS.lon_max &&
  lat >= FOCUS.lat_min && lat <= FOCUS.lat_max;
const projectArc = (arc, tol) => arc.map((p) => [...project(p[0], p[1]), inFocus(p) ? Math.min(tol, TOL_KM.focus) : tol]);
const xyOnly = (arc) => arc.map((p) => [p[0], p[1]]);

function arcIndices(geom, out) {
  const walk = (a) => (Array.isArray(a) ? a.forEach(walk) : out.add(a < 0 ? ~a : a));
  walk(geom.arcs);
}

// ---- Polygons: clip to the rectangle, drop slivers, triangulate ----------------------------
function ringArea(r) {
  let s = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) s += (r[j][0] + r[i][0]) * (r[j][1] - r[i][1]);
  return s / 2;
}

// Sutherland-Hodgman against one rectangle edge at a time.
function clipRing(ring, [x0, y0, x1, y1]) {
  const edges = [[(p) => p[0] >= x0, (a, b) => cutX(a, b, x0)], [(p) => p[0] <= x1, (a, b) => cutX(a, b, x1)],
    [(p) => p[1] >= y0, (a, b) => cutY(a, b, y0)], [(p) => p[1] <= y1, (a, b) => cutY(a, b, y1)]];
  let pts = ring;
  for (const [inside, cut] of edges) {
    const out = [];
    for (let i = 0; i < pts.length; i++) {
      const a = pts[(i + pts.length - 1) % pts.length], b = pts[i];
      if (inside(b)) { if (!inside(a)) out.push(cut(a, b)); out.push(b); }
      else if (inside(a)) out.push(cut(a, b));
    }
    pts = out;
    if (!pts.length) break;
  }
  return pts;
}
const cutX = (a, b, x) => [x, a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1])];
const cutY = (a, b, y) => [a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]), y];

// Rounds a ring to the stored grid and removes the repeats rounding creates.
function gridRing(ring) {
  const out = [];
  for (const p of ring) {
    const g = toGrid(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== g[0] || last[1] !== g[1]) out.push(g);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}

function buildCountry(topo, geom, role) {
  const feat = topojson.feature(topo, geom);
  const polys = feat.geometry.type === 'Polygon' ? [feat.geometry.coordinates] : feat.geometry.coordinates;
  const verts = [], tris = [], rings = [];
  const minArea = MIN_AREA_KM2[role] / (((EXT[2] - EXT[0]) / GRID) * ((EXT[3] - EXT[1]) / GRID));
  let areaRings = 0, areaTris = 0;
  for (const poly of polys) {
    const kept = [];
    for (const [k, ring] of poly.entries()) {
      const g = gridRing(clipRing(ring.slice(0, -1), EXT));
      if (g.length < 3 || Math.abs(ringArea(g)) < minArea) { if (k === 0) break; continue; }
      kept.push(g);
    }
    if (!kept.length) continue;
    const flat = [], holes = [];
    for (const [k, r] of kept.entries()) {
      if (k) holes.push(flat.length / 2);
      for (const p of r) flat.push(p[0], p[1]);
      areaRings += (k ? -1 : 1) * Math.abs(ringArea(r));
    }
    const base = verts.length / 2;
    for (const [k, r] of kept.entries()) rings.push([base + (k ? holes[k - 1] : 0), r.length]);
    const t = earcut(flat, holes);
    for (let i = 0; i < t.length; i += 3) {
      const [a, b, c] = [t[i], t[i + 1], t[i + 2]];
      areaTris += Math.abs(ringArea([[flat[2 * a], flat[2 * a + 1]], [flat[2 * b], flat[2 * b + 1]], [flat[2 * c], flat[2 * c + 1]]]));
    }
    for (const i of t) tris.push(base + i);
    verts.push(...flat);
  }
  // earcut's own check: the triangles must cover what the rings enclose.
  const dev = areaRings > 0 ? Math.abs(areaTris - areaRings) / areaRings : 0;
  if (dev > 1e-3) throw new Error(`${geom.properties.name}: triangles cover ${areaTris}, rings ${areaRings}`);
  return { verts, tris, rings };
}

// ---- Lines: coasts and borders, clipped polylines ------------------------------------------
function clipSegment(a, b, [x0, y0, x1, y1]) {
  // Liang-Barsky: the part of a->b inside the rectangle, or null.
  let t0 = 0, t1 = 1;
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const tests = [[-dx, a[0] - x0], [dx, x1 - a[0]], [-dy, a[1] - y0], [dy, y1 - a[1]]];
  for (const [p, q] of tests) {
    if (p === 0) { if (q < 0) return null; continue; }
    const r = q / p;
    if (p < 0) { if (r > t1) return null; if (r > t0) t0 = r; } else { if (r < t0) return null; if (r < t1) t1 = r; }
  }
  return [[a[0] + t0 * dx, a[1] + t0 * dy], [a[0] + t1 * dx, a[1] + t1 * dy], t0 > 0, t1 < 1];
}

// Coasts of islands too small to be filled are dropped with them.
function bigEnough(line) {
  const closed = line.length > 2 && line[0][0] === line[line.length - 1][0] && line[0][1] === line[line.length - 1][1];
  return !closed || Math.abs(ringArea(line)) >= Math.min(MIN_AREA_KM2.route, MIN_AREA_KM2.context);
}

function clipLines(lines) {
  const out = [];
  for (const line of lines.filter(bigEnough)) {
    let cur = null;
    for (let i = 1; i < line.length; i++) {
      const c = clipSegment(line[i - 1], line[i], EXT);
      if (!c) { cur = null; continue; }
      if (!cur || c[2]) { cur = [c[0]]; out.push(cur); }
      cur.push(c[1]);
      if (c[3]) cur = null;
    }
  }
  return out.map(gridRingOpen).filter((l) => l.length >= 2).map((l) => l.flat());
}

function gridRingOpen(line) {
  const out = [];
  for (const p of line) {
    const g = toGrid(p), last = out[out.length - 1];
    if (!last || last[0] !== g[0] || last[1] !== g[1]) out.push(g);
  }
  return out;
}

// ---- Rivers: the China-North Korea border is the Yalu and the Tumen ------------------------
function borderLines(topo, idA, idB) {
  const geoms = topo.objects.countries.geometries;
  const m = topojson.mesh(topo, topo.objects.countries, (a, b) =>
    (a.id === idA && b.id === idB) || (a.id === idB && b.id === idA));
  if (!geoms.length || !m.coordinates.length) throw new Error(`no border ${idA}-${idB}`);
  return m.coordinates;
}

function nearest(line, [lon, lat]) {
  let best = 0, bd = Infinity;
  line.forEach((p, i) => { const d = (p[0] - lon) ** 2 + (p[1] - lat) ** 2; if (d < bd) { bd = d; best = i; } });
  return { i: best, d: Math.sqrt(bd) };
}

// The stretch of a border between the points nearest two anchors, ordered from -> to.
function borderStretch(topo, idA, idB, from, to) {
  let best = null;
  for (const line of borderLines(topo, idA, idB)) {
    const a = nearest(line, from), b = nearest(line, to);
    if (!best || a.d + b.d < best.score) best = { line, a: a.i, b: b.i, score: a.d + b.d };
  }
  if (best.score > 0.3) throw new Error(`border ${idA}-${idB} misses its anchors by ${best.score} deg`);
  const s = best.line.slice(Math.min(best.a, best.b), Math.max(best.a, best.b) + 1);
  return best.a <= best.b ? s : s.reverse();
}

function simplifyLonLat(pts, tolKm) {
  const proj = pts.map(([lon, lat]) => [...project(lon, lat), tolKm, lon, lat]);
  return simplify(proj, tolKm).map((p) => [+p[3].toFixed(3), +p[4].toFixed(3)]);
}

function rivers(topo) {
  const paektu = 128.05;
  const kpcn = borderLines(topo, '408', '156').flat();
  const west = kpcn.filter((p) => p[0] < paektu - 0.02);
  const east = kpcn.filter((p) => p[0] > paektu + 0.2);
  const yalu = borderStretch(topo, '408', '156', [128.0, 41.95], [124.35, 39.9]);
  const tumen = borderStretch(topo, '408', '156', [128.3, 42.0], [130.3, 42.55])
    .concat(borderStretch(topo, '408', '643', [130.5, 42.55], [130.7, 42.3]));
  if (!west.length || !east.length) throw new Error('China-North Korea border not found');
  const mekong = [...MEKONG_UPPER,
    ...borderStretch(topo, '104', '418', [101.14, 21.57], [100.1, 20.35]),
    ...borderStretch(topo, '764', '418', [100.1, 20.35], [100.42, 20.25]),
    ...MEKONG_LAOS,
    ...borderStretch(topo, '764', '418', [101.25, 17.9], [105.55, 15.35]),
    ...MEKONG_LOWER];
  return [
    { id: 'yalu', name: { en: 'Yalu (Amnok) River', ko: '압록강' }, label: [126.0, 40.75], points: simplifyLonLat(yalu, 0.6) },
    { id: 'tumen', name: { en: 'Tumen (Duman) River', ko: '두만강' }, label: [129.6, 42.85], points: simplifyLonLat(tumen, 0.6) },
    { id: 'mekong', name: { en: 'Mekong River', ko: '메콩강' }, label: [104.3, 17.1], points: simplifyLonLat(mekong, 1.5) },
  ];
}

// ---- Assembly -------------------------------------------------------------------------------
function pointInRings(verts, rings, p) {
  let inside = false;
  for (const [start, n] of rings) {
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = verts[2 * (start + i)], yi = verts[2 * (start + i) + 1];
      const xj = verts[2 * (start + j)], yj = verts[2 * (start + j) + 1];
      if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

// Simplifies the arcs, each with the finest tolerance among the countries using it.
function simplifyTopology(lonlatArcs, byId, scale) {
  const tol = new Map();
  for (const [n3, , role] of COUNTRIES) {
    const used = new Set();
    arcIndices(byId.get(n3), used);
    const t = TOL_KM[role] * (scale.get(n3) ?? 1);
    for (const a of used) tol.set(a, Math.min(tol.get(a) ?? Infinity, t));
  }
  const arcs = lonlatArcs.map((arc, i) =>
    tol.has(i) ? xyOnly(simplify(projectArc(arc, tol.get(i)), tol.get(i))) : [project(...arc[0])]);
  const geoms = COUNTRIES.map(([n3]) => byId.get(n3));
  return { type: 'Topology', arcs, objects: { countries: { type: 'GeometryCollection', geometries: geoms } } };
}

// Douglas-Peucker can make a ring cross itself, which the area check in buildCountry catches:
// that country's arcs are then simplified again with half the tolerance.
function buildAll(lonlatArcs, byId) {
  const scale = new Map();
  for (let attempt = 0; attempt < 8; attempt++) {
    const simple = simplifyTopology(lonlatArcs, byId, scale);
    const countries = [];
    let retry = false;
    for (const [n3, id, role, en, ko, label] of COUNTRIES) {
      let c;
      try { c = buildCountry(simple, byId.get(n3), role); } catch (e) {
        console.warn(`${e.message}: simplifying again more finely`);
        scale.set(n3, (scale.get(n3) ?? 1) / 2);
        retry = true;
        continue;
      }
      if (!c.tris.length) throw new Error(`${en}: outside the window`);
      if (role === 'route' && !pointInRings(c.verts, c.rings, toGrid(project(...label))))
        throw new Error(`${en}: label point lies outside the country`);
      countries.push({ id, name: { en, ko }, role, label: role === 'route' ? label : null,
        vertices: c.verts, rings: c.rings.flat(), triangles: c.tris });
    }
    if (!retry) return { simple, countries };
  }
  throw new Error('triangulation keeps failing');
}

function main() {
  const lonlatArcs = decodeArcs(world);
  const byId = new Map(world.objects.countries.geometries.map((g) => [g.id, g]));
  const { simple, countries } = buildAll(lonlatArcs, byId);
  const lonlat = { type: 'Topology', arcs: lonlatArcs, objects: simple.objects };
  const coast = clipLines(topojson.mesh(simple, simple.objects.countries, (a, b) => a === b).coordinates);
  const border = clipLines(topojson.mesh(simple, simple.objects.countries, (a, b) => a !== b).coordinates);
  const out = {
    format: 'crossings-route-map', version: 1,
    source: `Natural Earth 1:${RES} admin-0 countries (public domain) via world-atlas ${atlasVersion}`,
    korean: 'draft',
    projection: { ...PROJ, extent_km: EXT.map((v) => +v.toFixed(3)), grid: GRID,
      window: WINDOW, focus: FOCUS, tolerance_km: TOL_KM, min_area_km2: MIN_AREA_KM2 },
    countries,
    lines: [...coast.map((p) => ({ kind: 'coast', points: p })), ...border.map((p) => ({ kind: 'border', points: p }))],
    rivers: rivers(lonlat),
    places: PLACES.map(([id, kind, en, ko, lon, lat]) => ({ id, kind, name: { en, ko }, lon, lat })),
  };
  const json = JSON.stringify(out);
  writeFileSync(OUT, json + '\n');
  const nv = countries.reduce((s, c) => s + c.vertices.length / 2, 0);
  const nt = countries.reduce((s, c) => s + c.triangles.length / 3, 0);
  const nl = out.lines.reduce((s, l) => s + l.points.length / 2, 0);
  console.log(`${OUT}: ${countries.length} countries, ${nv} polygon vertices, ${nt} triangles, ` +
    `${out.lines.length} lines with ${nl} points, ${(json.length / 1024).toFixed(1)} KiB`);
}

main();
