// Browser tests of the WebAssembly build (docs/WEB.md): the site in build-web/site/ served on
// 127.0.0.1, Debian's Chromium driven headless through its DevTools protocol (puppeteer-core).
// Run: scripts/web.sh && (cd tests/web && npm ci && node --test)
// CRS_UPDATE_GOLDEN=1 rewrites the golden screenshots (look at them before committing).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";
import { PNG } from "pngjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const site = process.env.CRS_WEB_SITE || path.join(root, "build-web/site");
const goldenDir = path.join(here, "golden");
const outDir = path.join(root, "build-web/test-out");
const port = 20000 + (process.pid % 20000);
const base = `http://127.0.0.1:${port}/`;
export const chromiumFlags = ["--headless=new", "--no-sandbox", "--disable-gpu",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--no-first-run", "--disable-dev-shm-usage"];

let server, browser, profile;

before(async () => {
  assert.ok(fs.existsSync(path.join(site, "game.wasm")), `no site in ${site}: run scripts/web.sh`);
  fs.mkdirSync(outDir, { recursive: true });
  server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "-d", site],
    { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  profile = fs.mkdtempSync(path.join(os.tmpdir(), "crossings-chromium-"));
  browser = await puppeteer.launch({ executablePath: process.env.CRS_CHROMIUM || "/usr/bin/chromium",
    headless: true, userDataDir: profile, args: chromiumFlags });
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

// A fresh page (its own storage) at this size, with the game's first frame drawn.
async function open(query = "", width = 1280, height = 720, touch = false) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  page.on("pageerror", (e) => console.log("page error:", e.message));
  await page.setViewport({ width, height, deviceScaleFactor: 1, hasTouch: touch, isMobile: touch });
  await page.goto(base + query);
  await ready(page);
  return page;
}

async function ready(page) {
  await page.waitForFunction(() => window.crsFrames > 0 && document.querySelector("#screen h1"),
    { timeout: 30000 });
}

const screen = (page) => page.$eval("#screen", (e) => e.dataset.screen);
const mirror = (page) => page.$eval("#screen", (e) => e.innerText);

// Waits until the mirror shows other text than before (or gives up quietly after a while:
// a key that only skipped an animation changes nothing).
async function changed(page, before) {
  await page.waitForFunction((b) => document.querySelector("#screen").innerText !== b,
    { timeout: 4000 }, before).catch(() => {});
}

// Plays from the title to the debrief; `act` presses one screen's way on. Returns the screens.
async function playToDebrief(page, act) {
  const seen = [];
  for (let i = 0; i < 80; i++) {
    const name = await screen(page);
    if (seen[seen.length - 1] !== name) seen.push(name);
    if (name === "debrief") return seen;
    const before = await mirror(page);
    await act(page, name);
    await changed(page, before);
  }
  return seen;
}

const byKeyboard = async (page, name) => {
  await page.focus("#canvas");
  await page.keyboard.press(name === "node" ? "1" : "Enter");
};

// A tap where the button Enter would press is drawn (the game says where, in device pixels).
// On a choice, one tap makes one choice (SDL's mouse events made from touches are ignored).
const byTouch = async (page, name) => {
  const xy = await page.evaluate(() => Module._crs_web_focused_xy());
  assert.ok(xy >= 0, "a button has focus");
  const box = await (await page.$("#canvas")).boundingBox();
  const choices = await page.evaluate(() => Module._crs_web_choices());
  const r = await page.evaluate(() => devicePixelRatio);
  await page.touchscreen.tap(box.x + Math.floor(xy / 65536) / r, box.y + (xy % 65536) / r);
  if (name === "node")
    await page.waitForFunction((c) => Module._crs_web_choices() === c + 1, { timeout: 4000 }, choices);
  assert.ok((await page.evaluate(() => Module._crs_web_choices())) <= choices + 1);
};

// Opens a visitor's scenario file through the file picker (the page reloads to play it).
async function openFile(page, file) {
  const input = await page.$("#open");
  await Promise.all([page.waitForNavigation(), input.uploadFile(file)]);
  await ready(page);
}

// From the title to the list of journeys.
async function toSelect(page) {
  await byKeyboard(page, "title");
  await page.waitForFunction(() => document.querySelector("#screen").dataset.screen === "select");
}

// Text of each language on the title and the debrief, as the game's strings give them.
const expected = {
  en: { title: "Journeys of North Korean migrants", debrief: "Looking back" },
  ko: { title: "북한을 떠난 사람들의 여정", debrief: "돌아보기" },
};

// The debrief's session code, as its mirror shows it.
function sessionCode(text) {
  const lines = text.split("\n").filter((l) => l.trim());
  return lines[lines.indexOf("Your session code") + 1];
}
const codes = [];

for (const lang of ["en", "ko"]) {
  for (const [how, act] of [["keyboard", byKeyboard], ["touch", byTouch]]) {
    test(`${lang}: title to debrief by ${how}`, async () => {
      const page = await open(`?lang=${lang}&seed=7`, 1280, 720, how === "touch");
      assert.equal(await screen(page), "title");
      assert.match(await mirror(page), new RegExp(expected[lang].title));
      const seen = await playToDebrief(page, act);
      for (const s of ["title", "select", "stage", "node", "ending", "debrief"])
        assert.ok(seen.includes(s), `screens seen: ${seen.join(" ")}`);
      assert.match(await mirror(page), new RegExp(expected[lang].debrief));
      assert.equal(await page.$eval("html", (e) => e.lang), lang);
      if (lang === "en" && how === "keyboard") codes.push(sessionCode(await mirror(page)));
      await page.browserContext().close();
    });
  }
}

test("a session code from the debrief replays that journey", async () => {
  assert.equal(codes.length, 1, "the keyboard playthrough ran first");
  assert.match(codes[0], /^[0-9A-Z -]{4,}$/);
  const page = await open("?lang=en");
  const before = await mirror(page);
  await page.evaluate(() => Array.from(document.querySelectorAll("#screen button"))
    .find((b) => b.textContent.startsWith("Enter a code")).click());
  await changed(page, before);
  assert.equal(await screen(page), "code");
  await page.focus("#canvas");
  await page.keyboard.type(codes[0].replace(/[ -]/g, ""));
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /Replayed from a session code/.test(document.querySelector("#screen").innerText),
    { timeout: 10000 });
  assert.equal(sessionCode((await mirror(page)).replace("Replayed from a session code", "Your session code")), codes[0]);
  await page.browserContext().close();
});

test("the page's buttons alone play to an ending (the screen-reader path)", async () => {
  const page = await open("?lang=en&seed=3");
  const announced = [];
  for (let i = 0; i < 80 && (await screen(page)) !== "ending"; i++) {
    announced.push(await page.$eval("#announce", (e) => e.textContent));
    const before = await mirror(page);
    // The first button of the page's first list: the choice, or Begin / Continue.
    const button = await page.$("#screen ul li button");
    await button.focus();
    await page.keyboard.press("Enter");
    await changed(page, before);
  }
  assert.equal(await screen(page), "ending");
  assert.ok(new Set(announced).size > 3, "each new screen is announced");
  // A press moves the reader to the new screen's heading.
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1");
  await page.browserContext().close();
});

test("a malformed scenario opened through the file picker shows its located error", async () => {
  const page = await open("?lang=en");
  await openFile(page, path.join(root, "tests/data/bad/trailing-comma.json"));
  for (let i = 0; i < 4 && (await screen(page)) !== "error"; i++) {
    const before = await mirror(page);
    await byKeyboard(page, await screen(page));
    await changed(page, before);
  }
  assert.equal(await screen(page), "error");
  const text = await mirror(page);
  assert.match(text, /trailing-comma\.json:9:3: error: trailing comma before '\]'/);
  assert.ok(await page.$eval("#opened", (e) => !e.hidden));
  await page.browserContext().close();
});

// Pixels that differ by more than 24 in a channel, out of all.
function differing(a, b) {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4)
    for (let c = 0; c < 3; c++)
      if (Math.abs(a.data[i + c] - b.data[i + c]) > 24) { n++; break; }
  return n / (a.width * a.height);
}

for (const [w, h] of [[1280, 720], [390, 844]]) {
  test(`the title at ${w}x${h} matches its golden image`, async () => {
    const page = await open("?lang=en", w, h);
    await new Promise((r) => setTimeout(r, 500)); // the title's fade
    const png = Buffer.from(await page.screenshot({ type: "png" }));
    const name = `title-${w}x${h}.png`;
    fs.writeFileSync(path.join(outDir, name), png);
    const golden = path.join(goldenDir, name);
    if (process.env.CRS_UPDATE_GOLDEN) fs.mkdirSync(goldenDir, { recursive: true }), fs.writeFileSync(golden, png);
    const diff = differing(PNG.sync.read(png), PNG.sync.read(fs.readFileSync(golden)));
    assert.ok(diff < 0.005, `${(diff * 100).toFixed(2)}% of pixels differ from ${name}`);
    await page.browserContext().close();
  });
}

test("the canvas is sized by the device pixel ratio", async () => {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport({ width: 800, height: 600, deviceScaleFactor: 2 });
  await page.goto(base + "?lang=en");
  await ready(page);
  const size = await page.$eval("#canvas", (c) => [c.width, c.clientWidth, c.height, c.clientHeight]);
  assert.equal(size[0], 2 * size[1]);
  assert.equal(size[2], 2 * size[3]);
  // The game draws all of it: its far corner is painted, not left transparent.
  const corner = await page.$eval("#canvas", (c) =>
    Array.from(c.getContext("2d").getImageData(c.width - 2, c.height - 2, 1, 1).data));
  assert.equal(corner[3], 255, `corner pixel ${corner}`);
  await ctx.close();
});

test("an idle tab at the title presents no frames and runs no loop for 5 s", async () => {
  const page = await open("?lang=en");
  await new Promise((r) => setTimeout(r, 1000));
  const count = () => page.evaluate(() => [Module._crs_web_frames(), Module._crs_web_steps()]);
  const before = await count();
  await new Promise((r) => setTimeout(r, 5000));
  assert.deepEqual(await count(), before);
  // Input wakes it: a key draws the next screen.
  await page.focus("#canvas");
  await page.keyboard.press("Enter");
  await page.waitForFunction((f) => Module._crs_web_frames() > f, { timeout: 3000 }, before[0]);
  await page.browserContext().close();
});

test("settings are kept across visits", async () => {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(base);
  await ready(page);
  await page.focus("#canvas");
  await page.keyboard.press("l"); // the other language
  await page.waitForFunction(() => document.documentElement.lang === "ko", { timeout: 4000 });
  await page.reload();
  await ready(page);
  assert.equal(await page.$eval("html", (e) => e.lang), "ko");
  assert.match(await mirror(page), new RegExp(expected.ko.title));
  // Every language is kept, not only Korean: the next one is Simplified Chinese.
  await page.focus("#canvas");
  await page.keyboard.press("l");
  await page.waitForFunction(() => document.documentElement.lang === "zh-Hans", { timeout: 4000 });
  await page.reload();
  await ready(page);
  assert.equal(await page.$eval("html", (e) => e.lang), "zh-Hans");
  await ctx.close();
});

// The data package carries only the CJK characters of the languages' names; the page writes the
// whole subset over them after the first frame (or before it, for a game that starts in Chinese).
test("Chinese after an English start, and a Chinese start: every character drawn", async () => {
  const missing = [];
  const page = await open("?lang=en");
  page.on("console", (m) => { if (/no font has U\+/.test(m.text())) missing.push(m.text()); });
  await page.waitForFunction(() => window.crsCjkReady === true, { timeout: 10000 });
  await page.focus("#canvas");
  await page.keyboard.press("l");
  await page.keyboard.press("l");
  await page.waitForFunction(() => document.documentElement.lang === "zh-Hans", { timeout: 4000 });
  // A screen reader hears the title again in the language just chosen.
  assert.equal(await page.$eval("#announce", (e) => e.textContent),
    await page.$eval("#screen h1", (e) => e.textContent));
  assert.notEqual(await page.$eval("#announce", (e) => e.textContent), "Crossings");
  await toSelect(page);
  await new Promise((r) => setTimeout(r, 300));
  fs.writeFileSync(path.join(outDir, "zh-after-en.png"), Buffer.from(await page.screenshot({ type: "png" })));
  const started = await open("?lang=zh-Hans");
  started.on("console", (m) => { if (/no font has U\+/.test(m.text())) missing.push(m.text()); });
  assert.equal(await started.evaluate(() => window.crsCjkReady), undefined, "fetched before the start");
  await toSelect(started);
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(missing, []);
  await page.browserContext().close();
  await started.browserContext().close();
});

test("a first visit starts in the browser's language: Chinese in its simplified script", async () => {
  for (const [browserLang, lang] of [["zh-CN", "zh-Hans"], ["zh", "zh-Hans"], ["zh-TW", "en"], ["ko-KR", "ko"]]) {
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.evaluateOnNewDocument((l) => {
      Object.defineProperty(navigator, "language", { get: () => l });
    }, browserLang);
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(base);
    await ready(page);
    assert.equal(await page.$eval("html", (e) => e.lang), lang, browserLang);
    await ctx.close();
  }
});

test("facilitator mode: an export downloads as Markdown and HTML files", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crossings-downloads-"));
  const ctx = await browser.createBrowserContext({ downloadBehavior: { policy: "allow", downloadPath: dir } });
  const page = await ctx.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(base + "?lang=en&seed=5&facilitator");
  await ready(page);
  for (let i = 0; i < 10 && (await screen(page)) !== "node"; i++) {
    const before = await mirror(page);
    await byKeyboard(page, await screen(page));
    await changed(page, before);
  }
  assert.equal(await screen(page), "node");
  await page.keyboard.press("e");
  await page.waitForFunction(() => document.querySelector("#screen").dataset.screen === "exported",
    { timeout: 5000 });
  for (let i = 0; i < 50 && fs.readdirSync(dir).filter((f) => !f.endsWith(".crdownload")).length < 2; i++)
    await new Promise((r) => setTimeout(r, 100));
  const files = fs.readdirSync(dir).sort();
  assert.equal(files.length, 2, files.join(" "));
  assert.match(files[0], /^crossings-.*-seed5-.*-en\.html$/);
  assert.match(files[1], /^crossings-.*-seed5-.*-en\.md$/);
  assert.match(fs.readFileSync(path.join(dir, files[1]), "utf8"), /^# Across the frozen Tumen, 1998$/m);
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a visitor's scenario with characters outside the subset fonts gets the full fonts", async () => {
  const file = path.join(os.tmpdir(), `crossings-hanja-${process.pid}.json`);
  const text = fs.readFileSync(path.join(root, "tests/data/valid/minimal.json"), "utf8")
    .replace('"en": "Minimal"', '"en": "Minimal 鬱"');
  assert.notEqual(text.indexOf("鬱"), -1);
  fs.writeFileSync(file, text);
  const page = await open("?lang=en");
  const fonts = [];
  page.on("requestfinished", (r) => { if (/fonts\/NanumGothic/.test(r.url())) fonts.push(r.url()); });
  await openFile(page, file);
  assert.equal(fonts.length, 2, fonts.join(" "));
  await toSelect(page);
  assert.match(await mirror(page), /Minimal 鬱/);
  fs.rmSync(file);
  await page.browserContext().close();
});

test("a visitor's Chinese scenario is drawn with the CJK font, no character left out", async () => {
  const file = path.join(os.tmpdir(), `crossings-zh-${process.pid}.json`);
  const title = "图们江边的冬天：一个测试场景（简体中文）";
  const text = fs.readFileSync(path.join(root, "tests/data/valid/minimal.json"), "utf8")
    .replace('"en": "Minimal"', `"en": "${title}"`)
    .replace('"en": "A test scenario."',
      '"en": "这是一段测试文字，用来检查中文在浏览器里的字体和换行：句号、逗号和引号不会出现在行首。"');
  fs.writeFileSync(file, text);
  const page = await open("?lang=en");
  const fonts = [], missing = [];
  page.on("requestfinished", (r) => { if (/fonts\/NotoSansCJKsc-/.test(r.url())) fonts.push(r.url()); });
  page.on("console", (m) => { if (/no font has U\+/.test(m.text())) missing.push(m.text()); });
  await openFile(page, file);
  assert.equal(fonts.length, 2, fonts.join(" "));
  await toSelect(page);
  assert.ok((await mirror(page)).includes(title));
  await new Promise((r) => setTimeout(r, 300));
  fs.writeFileSync(path.join(outDir, "zh-select.png"), Buffer.from(await page.screenshot({ type: "png" })));
  assert.deepEqual(missing, []);
  fs.rmSync(file);
  await page.browserContext().close();
});
