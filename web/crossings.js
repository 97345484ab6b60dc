/* The page around the game (docs/WEB.md): the arguments it starts with (saved settings, the
 * address's options, a scenario file the visitor opened), the text mirror as HTML beside the
 * canvas, the loop's wake-up on input, and downloads of facilitator exports. The game's text
 * comes from the C code (the same text as --text-mirror); this file only gives it structure. */
"use strict";
(function () {
  var SETTINGS = "crossings.settings", OPENED = "crossings.opened";
  var params = new URLSearchParams(location.search);
  var $ = function (id) { return document.getElementById(id); };
  var canvas = $("canvas"), status = $("status"), screenEl = $("screen"), announce = $("announce");

  function load(key, store) {
    try { return JSON.parse(store.getItem(key) || "null"); } catch (e) { return null; }
  }
  function save(key, value, store) {
    try { store.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode: forget */ }
  }

  /* The command line: saved settings first, then what the address asks for. */
  function args() {
    var a = [], s = load(SETTINGS, localStorage), lang = (navigator.language || "").toLowerCase();
    if (s) {
      /* Any language the game offers (the game checks the code; one it lacks shows English). */
      a.push("--lang", /^[A-Za-z0-9_@-]{1,15}$/.test(s.lang) ? s.lang : "en",
             "--text-size", String(s.text || 1));
      if (s.contrast) a.push("--high-contrast");
      if (s.motion) a.push("--reduced-motion");
      if (s.summaries) a.push("--summaries");
    } else {
      if (lang.slice(0, 2) === "ko") a.push("--lang", "ko");
      /* Chinese in its simplified script, the one the game has; traditional readers get English. */
      else if (/^zh(-(hans|cn|sg|my)\b|$)/.test(lang)) a.push("--lang", "zh-Hans");
      if (matchMedia("(prefers-reduced-motion: reduce)").matches) a.push("--reduced-motion");
    }
    if (params.get("lang")) a.push("--lang", params.get("lang"));
    if (params.get("seed")) a.push("--seed", params.get("seed"));
    if (params.has("reduced-motion")) a.push("--reduced-motion");
    if (params.has("facilitator")) a.push("--facilitator", "--export-dir", "/exports");
    var opened = load(OPENED, sessionStorage);
    if (opened) a.push("--scenario", "/opened/" + opened.name);
    return a;
  }

  /* ===== the text mirror as HTML ===== */
  function isButton(line) {
    return /^[1-9]\. /.test(line) || (line.charAt(0) === "[" && line.slice(-1) === "]");
  }
  var pressedFromPage = false, lastScreen = "", lastLang = "";
  function showMirror(text, screen, lang) {
    var lines = text.split("\n").filter(function (l) { return l.length > 0; });
    var frag = document.createDocumentFragment(), list = null, heading = null;
    lines.forEach(function (line, i) {
      if (isButton(line)) {
        if (!list) list = frag.appendChild(document.createElement("ul"));
        var b = list.appendChild(document.createElement("li")).appendChild(document.createElement("button"));
        b.type = "button";
        /* The mirror's brackets say "button" in plain text; here the element says it. */
        b.textContent = line.charAt(0) === "[" ? line.slice(1, -1) : line;
        b.addEventListener("click", function () { press(line); });
        return;
      }
      list = null;
      var el = document.createElement(i === 0 ? "h1" : "p");
      el.textContent = line;
      if (i === 0) { heading = el; el.tabIndex = -1; }
      frag.appendChild(el);
    });
    screenEl.lang = lang;
    screenEl.setAttribute("data-screen", screen);
    screenEl.replaceChildren(frag);
    /* A new screen is announced, and so is the same screen in another language. */
    if (screen !== lastScreen || lang !== lastLang) {
      announce.lang = lang;
      announce.textContent = heading ? heading.textContent : "";
      lastScreen = screen;
      lastLang = lang;
    }
    document.documentElement.lang = lang;
    if (pressedFromPage && heading) heading.focus();
    pressedFromPage = false;
  }
  function press(line) {
    pressedFromPage = true;
    if (Module.ccall("crs_web_press", "number", ["string"], [line]) !== 0) pressedFromPage = false;
  }

  /* ===== files in and out ===== */
  /* Whether a visitor's file uses a character the subset fonts lack: then the full fonts load. */
  function needsFullFonts(bytes) {
    var text = new TextDecoder("utf-8").decode(bytes);
    return fetch("fonts/subset.txt").then(function (r) { return r.text(); }).then(function (subset) {
      var have = new Set(Array.from(subset));
      return Array.from(text).some(function (c) { return c >= " " && !have.has(c); });
    }).catch(function () { return true; });
  }
  function openFile(file) {
    if (!file) return;
    var r = new FileReader();
    r.onload = function () {
      /* The bytes as they are (the loader reports a file that is not UTF-8), one char each. */
      var bytes = new Uint8Array(r.result), bin = "";
      for (var i = 0; i < bytes.length; i += 8192)
        bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
      var name = file.name.replace(/[^A-Za-z0-9._-]/g, "_") || "scenario.json";
      needsFullFonts(bytes).then(function (full) {
        save(OPENED, { name: name, bytes: bin, full: full }, sessionStorage);
        location.reload();
      });
    };
    r.readAsArrayBuffer(file);
  }
  $("open").addEventListener("change", function (e) { openFile(e.target.files[0]); });
  $("shipped").addEventListener("click", function () {
    sessionStorage.removeItem(OPENED);
    location.reload();
  });
  var drop = $("drop");
  document.addEventListener("dragover", function (e) { e.preventDefault(); drop.hidden = false; });
  document.addEventListener("dragleave", function (e) { if (!e.relatedTarget) drop.hidden = true; });
  document.addEventListener("drop", function (e) {
    e.preventDefault();
    drop.hidden = true;
    openFile(e.dataTransfer.files[0]);
  });
  function download(path) {
    var bytes = Module.FS.readFile(path), name = path.slice(path.lastIndexOf("/") + 1);
    var type = /\.html$/.test(name) ? "text/html" : "text/markdown";
    var url = URL.createObjectURL(new Blob([bytes], { type: type + ";charset=utf-8" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  /* ===== the panel toggle ===== */
  var toggle = $("toggle-text"), mirror = $("mirror");
  toggle.addEventListener("click", function () {
    var show = mirror.classList.toggle("closed");
    toggle.setAttribute("aria-expanded", String(!show));
    wake();
  });

  /* ===== the game ===== */
  function wake() { if (Module.calledRun && Module._crs_web_wake) Module._crs_web_wake(); }
  /* The loop sleeps at a static screen; any input or resize wakes it for the next frame (the
   * game's own handlers have queued the event by then). */
  ["keydown", "keyup", "mousedown", "mouseup", "mousemove", "wheel", "touchstart", "touchmove",
   "touchend", "touchcancel", "resize", "focus", "blur", "visibilitychange"].forEach(function (t) {
    window.addEventListener(t, wake, { capture: true, passive: true });
  });
  /* A data folder whose fonts are the full ones (the CJK font a wide subset of it), the rest
   * linked to the package's. */
  function fullFonts() {
    var FS = Module.FS;
    ["/full", "/full/assets", "/full/assets/fonts"].forEach(function (d) { FS.mkdir(d); });
    FS.symlink("/crossings/scenarios", "/full/scenarios");
    FS.symlink("/crossings/assets/map", "/full/assets/map");
    ENV.CROSSINGS_DATA_DIR = "/full";
    ["NanumGothic.ttf", "NanumGothicBold.ttf", "NotoSansCJKsc-Regular.otf",
     "NotoSansCJKsc-Bold.otf"].forEach(function (f) {
      Module.addRunDependency(f);
      fetch("fonts/" + f).then(function (r) { return r.arrayBuffer(); }).then(function (b) {
        FS.writeFile("/full/assets/fonts/" + f, new Uint8Array(b));
        Module.removeRunDependency(f);
      }).catch(function () { Module.removeRunDependency(f); /* the game says what is missing */ });
    });
  }
  /* The CJK subset: the data package has only the characters of the languages' names; the
   * rest is written over them after the first frame, or before the start when the game opens
   * in another language than English or Korean (scripts/web.sh). */
  var CJK = ["NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf"];
  function cjkFonts(beforeStart) {
    var left = CJK.length;
    CJK.forEach(function (f) {
      if (beforeStart) Module.addRunDependency(f);
      fetch("fonts/subset/" + f).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.arrayBuffer();
      }).then(function (b) {
        Module.FS.writeFile("/crossings/assets/fonts/" + f, new Uint8Array(b));
      }).catch(function () { /* the game reports the characters it cannot show */ })
        .then(function () {
          if (beforeStart) return Module.removeRunDependency(f);
          if (--left === 0) {
            Module._crs_web_fonts_ready();
            window.crsCjkReady = true;
          }
        });
    });
  }
  window.crsFrames = 0;
  var opened = load(OPENED, sessionStorage);
  /* The game's log: lines before the first frame are kept and written once the page is idle
   * (a console call costs milliseconds while developer tools or a test driver listen); each is
   * also a performance mark, so a profile shows when it happened. */
  var early = [];
  function flushLog() {
    if (early.length) console.log(early.join("\n"));
    early = null;
  }
  function log(line) {
    if (!early) return console.log(line);
    if (performance.mark) performance.mark(line);
    if (early.push(line) === 1) (window.requestIdleCallback || setTimeout)(flushLog, { timeout: 2000 });
  }
  if (opened) {
    $("opened").textContent = "Playing " + opened.name;
    $("opened").hidden = $("shipped").hidden = false;
  }
  var startArgs = args(), startLang = startArgs.lastIndexOf("--lang");
  startLang = startLang < 0 ? "en" : startArgs[startLang + 1];
  /* With the full fonts (a visitor's file) the CJK font is the wide one: nothing to fetch. */
  var cjkLater = !(opened && opened.full) && (startLang === "en" || startLang === "ko");
  window.Module = {
    canvas: canvas,
    arguments: startArgs,
    preRun: [function () {
      FS.createPath("/", "crossings/scenarios", true, true);
      FS.mkdir("/exports");
      FS.mkdir("/opened");
      if (opened)
        FS.writeFile("/opened/" + opened.name,
          Uint8Array.from(opened.bytes, function (c) { return c.charCodeAt(0); }));
      if (opened && opened.full) fullFonts();
      else if (!cjkLater) cjkFonts(true);
    }],
    /* The title is on the page and the game wants the scenarios: it reads them once they are
     * in place (or, when none could be fetched, says so as natively with an empty folder). */
    crsWantScenarios: function () {
      /* Fetched only now: their 1.2 MB arriving during the start would hold up the page's
       * thread. A visitor's own file is played alone. */
      var shipped = opened ? null : fetch("scenarios.json").catch(function () { return null; });
      Promise.resolve(shipped).then(function (r) { return r && r.ok ? r.json() : {}; })
        .catch(function () { return {}; })
        .then(function (files) {
          Object.keys(files).forEach(function (name) {
            Module.FS.writeFile("/crossings/scenarios/" + name, files[name]);
          });
          Module._crs_web_scenarios_ready();
          if (cjkLater) cjkFonts(false); /* after the scenarios: input waits for those */
        });
    },
    /* The module index.html started compiling while the rest downloaded. */
    instantiateWasm: window.crsWasm && function (imports, done) {
      window.crsWasm.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) {
          done(instance, module);
        });
      }).catch(function (e) { status.textContent = "The game could not start: " + e; });
      return {};
    },
    print: log,
    printErr: log,
    crsLog: log,
    crsMirror: showMirror,
    crsSettings: function (lang, text, contrast, motion, summaries) {
      save(SETTINGS, { lang: lang, text: text, contrast: contrast, motion: motion, summaries: summaries },
        localStorage);
    },
    crsDownload: download,
    crsFrame: function () {
      if (window.crsFrames++ === 0) {
        performance.mark("crossings-first-frame");
        status.hidden = true;
        canvas.focus();
      }
    },
    crsQuit: function () { status.textContent = "The game has ended. Reload the page to play again."; status.hidden = false; },
    /* No setStatus: with one, emscripten waits a timer before main to show "Running..." and
     * rewrites the page's status on every progress event of the data's download. */
    onAbort: function (what) {
      status.textContent = "The game could not start: " + what;
      status.hidden = false;
    }
  };
  canvas.addEventListener("mousedown", function () { canvas.focus(); });
  /* The canvas's box changes without a window resize too (the text panel shown or hidden): SDL
   * reads the new size on a resize event. */
  if (window.ResizeObserver) {
    var observed = false; /* the first call reports the box the game starts with */
    new ResizeObserver(function () {
      if (observed) window.dispatchEvent(new Event("resize"));
      observed = true;
    }).observe(canvas);
  }
})();
