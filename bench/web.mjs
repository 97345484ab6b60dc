// The browser version's figures (docs/WEB.md), each beside a peer in the same run and the same
// headless Chromium: a blank page, and the floor page (bench/web-floor.html, one line of text
// on a canvas). Per page and run, a fresh browser: time from navigation to the first frame
// drawn, bytes transferred, renderer and whole-browser memory, and CPU over 10 s idle.
// Usage: scripts/web.sh && (cd tests/web && npm ci) && node bench/web.mjs [RUNS]
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../tests/web/package.json", import.meta.url));
const puppeteer = require("puppeteer-core");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const site = path.join(root, "build-web/site");
const runs = Number(process.argv[2] || 3);
const port = 40000 + (process.pid % 20000);
const flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"];
const HZ = 100; // clock ticks per second in /proc/PID/stat (Linux's USER_HZ)

fs.copyFileSync(path.join(root, "bench/web-floor.html"), path.join(site, "bench-floor.html"));
fs.writeFileSync(path.join(site, "bench-blank.html"), "<!DOCTYPE html><title>blank</title>\n");
const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "-d", site],
  { stdio: "ignore" });

function tree(pid) { // the browser and every process below it
  const all = fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  const parent = new Map();
  for (const p of all) {
    try { parent.set(p, fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ")[1]); } catch {}
  }
  const out = [String(pid)];
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, pp] of parent) if (out.includes(pp) && !out.includes(p)) { out.push(p); grew = true; }
  }
  return out;
}
function cpuTicks(pids) {
  let t = 0;
  for (const p of pids) {
    try { const f = fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" "); t += +f[11] + +f[12]; } catch {}
  }
  return t;
}
function rssMB(pids, only) {
  let kb = 0;
  for (const p of pids) {
    try {
      if (only && !fs.readFileSync(`/proc/${p}/cmdline`, "utf8").includes(only)) continue;
      kb += +fs.readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/)[1];
    } catch {}
  }
  return kb / 1024;
}

// Puppeteer turns on the DevTools network domain of every page it opens, and with it on the
// browser keeps a copy of each response for DevTools while the page loads: work a visitor's
// browser does not do, which grows with the bytes a page fetches (crossings: about 60 ms in
// an interleaved comparison of 10 loads each). Off for every page measured, floor included.
async function quietNetwork(page) {
  if (typeof page._client !== "function") {
    console.log("# note: this puppeteer hides its page session; DevTools' network copies are counted");
    return;
  }
  await page._client().send("Network.disable");
}

async function measure(url, firstFrame) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "crossings-bench-"));
  const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", headless: true,
    userDataDir: profile, args: [...flags, "--window-size=1280,720"] });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await quietNetwork(page);
  await page.goto(`http://127.0.0.1:${port}/${url}`);
  await page.waitForFunction(firstFrame, { timeout: 60000 });
  const ms = await page.evaluate(() => {
    const m = performance.getEntriesByName("crossings-first-frame")[0] ||
      performance.getEntriesByName("floor-first-frame")[0];
    return m ? m.startTime : performance.now();
  });
  await new Promise((r) => setTimeout(r, 2000)); // let start-up work settle
  const pids = tree(browser.process().pid);
  const t0 = cpuTicks(pids), w0 = Date.now();
  await new Promise((r) => setTimeout(r, 10000));
  const cpu = (100 * (cpuTicks(pids) - t0)) / HZ / ((Date.now() - w0) / 1000);
  // Bytes from the page's own resource timing, read after the load: the DevTools network
  // domain would keep a copy of every response while the page loads, slowing the page it
  // measures (most of all one with megabytes to fetch).
  const bytes = await page.evaluate(() => [...performance.getEntriesByType("navigation"),
    ...performance.getEntriesByType("resource")].reduce((n, e) => n + e.transferSize, 0));
  const result = { ms, bytes, cpu, renderer: rssMB(pids, "--type=renderer"), total: rssMB(pids) };
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const pages = {
  blank: ["bench-blank.html", () => document.readyState === "complete"],
  floor: ["bench-floor.html", () => performance.getEntriesByName("floor-first-frame").length > 0],
  crossings: ["index.html", () => window.crsFrames > 0],
};
await new Promise((r) => setTimeout(r, 500));
console.log(`# crossings in the browser, ${new Date().toISOString().slice(0, 16)} UTC, ` +
  `medians of ${runs}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
console.log(`$ node bench/web.mjs ${runs}   (Chromium headless, --disable-gpu, 1280x720)`);
const res = {};
for (let i = 0; i < runs; i++)
  for (const [name, [url, ready]] of Object.entries(pages)) (res[name] ||= []).push(await measure(url, ready));
const m = {};
for (const [name, rs] of Object.entries(res)) {
  m[name] = Object.fromEntries(Object.keys(rs[0]).map((k) => [k, median(rs.map((r) => r[k]))]));
  const r = m[name];
  console.log(`${name.padEnd(10)} first frame ${r.ms.toFixed(0).padStart(5)} ms  transferred ` +
    `${(r.bytes / 1e3).toFixed(0)} KB  renderer ${r.renderer.toFixed(0)} MB  all processes ` +
    `${r.total.toFixed(0)} MB  idle CPU ${r.cpu.toFixed(2)}% of a core  (first frames: ` +
    `${rs.map((x) => x.ms.toFixed(0)).join(" ")} ms)`);
}

// What a host that compresses with gzip sends on a first visit, file by file.
let gz = 0;
const parts = [];
for (const f of ["index.html", "crossings.js", "crossings.css", "data.js", "game.js", "game.wasm",
  "crossings.data", "scenarios.json", "fonts/subset/NotoSansCJKsc-Regular.otf",
  "fonts/subset/NotoSansCJKsc-Bold.otf"]) {
  const raw = fs.readFileSync(path.join(site, f)), z = zlib.gzipSync(raw, { level: 9 }).length;
  gz += z;
  parts.push(`${f} ${(raw.length / 1e3).toFixed(0)} KB -> ${(z / 1e3).toFixed(0)} KB`);
}
console.log(`first visit gzip-compressed: ${(gz / 1e6).toFixed(2)} MB (${parts.join(", ")})`);
const c = m.crossings, f = m.floor, b = m.blank;
const download = (gz * 8) / 50e6 * 1000; // ms at 50 Mbit/s
console.log(`first frame ${c.ms.toFixed(0)} ms vs budget 2 x floor (${f.ms.toFixed(0)} ms) + ` +
  `download at 50 Mbit/s (${download.toFixed(0)} ms) = ${(2 * f.ms + download).toFixed(0)} ms: ` +
  `${c.ms <= 2 * f.ms + download ? "met" : "MISSED"}`);
console.log(`idle CPU over a blank page: ${(c.cpu - b.cpu).toFixed(2)}% of a core (budget 0.5%): ` +
  `${c.cpu - b.cpu < 0.5 ? "met" : "MISSED"}; memory over a blank page: renderer ` +
  `+${(c.renderer - b.renderer).toFixed(0)} MB, all processes +${(c.total - b.total).toFixed(0)} MB`);
console.log(`transfer ${(gz / 1e6).toFixed(2)} MB gzip (budget 3 MB): ${gz <= 3e6 ? "met" : "MISSED"}`);
server.kill();
fs.rmSync(path.join(site, "bench-floor.html"));
fs.rmSync(path.join(site, "bench-blank.html"));
