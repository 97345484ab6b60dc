// Where the browser version's first frame goes (docs/WEB.md): one page load of the site in the
// same headless Chromium as bench/web.mjs, printed as a timeline from navigation start: each
// file's request and arrival, the wasm's instantiation, the game's log lines (the page marks
// each when it is logged: SDL up, the renderer, the title screen), the first frame, and the load
// after it. With a second argument, also writes a Chromium trace of the first load (open it in
// chrome://tracing or Perfetto). CRS_SITE=DIR serves another build of the site.
// Usage: scripts/web.sh && (cd tests/web && npm ci) && node bench/web-timeline.mjs [RUNS] [TRACE.json]
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../tests/web/package.json", import.meta.url));
const puppeteer = require("puppeteer-core");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const site = process.env.CRS_SITE || path.join(root, "build-web/site");
const runs = Number(process.argv[2] || 1), trace = process.argv[3];
const port = 40000 + ((process.pid + 7) % 20000);
const flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"];
const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "-d", site],
  { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));

for (let i = 0; i < runs; i++) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "crossings-timeline-"));
  const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", headless: true,
    userDataDir: profile, args: [...flags, "--window-size=1280,720"] });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  // As bench/web.mjs: without DevTools keeping a copy of every response during the load.
  if (typeof page._client === "function") await page._client().send("Network.disable");
  const lines = [];
  page.on("console", (m) => lines.push(m.text()));
  await page.evaluateOnNewDocument(() => { // stamp the game's log lines and the instantiation
    const log = console.log.bind(console), stamp = () => "@" + performance.now().toFixed(0) + " ";
    console.log = (...a) => log(stamp() + a.join(" "));
    const inst = WebAssembly.instantiate;
    WebAssembly.instantiate = function (...a) {
      log(stamp() + "wasm instantiate");
      return inst.apply(this, a).then((r) => { log(stamp() + "wasm instantiated"); return r; });
    };
  });
  if (trace && i === 0)
    await page.tracing.start({ path: trace, categories: ["devtools.timeline", "v8", "v8.wasm",
      "blink", "loading", "blink.user_timing", "disabled-by-default-devtools.timeline"] });
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  await page.waitForFunction(() => window.crsFrames > 0, { timeout: 60000 });
  await page.waitForFunction(() => document.querySelector("#screen").textContent.length > 0);
  await new Promise((r) => setTimeout(r, 1500)); // the scenarios after the first frame
  if (trace && i === 0) await page.tracing.stop();
  const tl = await page.evaluate(() => {
    const out = [], file = (e) => e.name.split("/").pop();
    for (const e of performance.getEntriesByType("resource"))
      out.push([e.startTime, `${file(e)} requested`], [e.responseEnd, `${file(e)} arrived (${e.transferSize} B)`]);
    const n = performance.getEntriesByType("navigation")[0];
    out.push([n.responseEnd, "index.html arrived"], [n.domContentLoadedEventStart, "DOMContentLoaded"],
      [n.loadEventStart, "load event"]);
    for (const e of performance.getEntriesByType("mark")) out.push([e.startTime, `mark ${e.name}`]);
    for (const e of performance.getEntriesByType("paint")) out.push([e.startTime, e.name]);
    return out;
  });
  for (const l of lines) {
    const m = l.match(/^@(\d+) (.*)$/);
    if (m) tl.push([+m[1], m[2]]);
  }
  tl.sort((a, b) => a[0] - b[0]);
  console.log(`# run ${i + 1}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  for (const [t, s] of tl) console.log(`${t.toFixed(0).padStart(6)} ms  ${s}`);
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
server.kill();
