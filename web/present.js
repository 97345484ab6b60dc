/* Linked into game.js after emscripten's runtime (--post-js, game/CMakeLists.txt).
 * SDL 2.26's Emscripten window framebuffer, which the software renderer presents through,
 * copies each frame into an ImageData and then makes every pixel opaque in a JavaScript loop
 * over its bytes; on the first frame that loop runs in V8's interpreter, tens of milliseconds
 * for a full-window canvas. This replaces that one function (found by its text, so another SDL
 * version keeps its own) with the same steps: the game's wasm makes the pixels opaque
 * (crs_web_opaque, drivers/web.c) and the canvas takes them straight from the wasm memory. */
(function () {
  for (var key in ASM_CONSTS) {
    var text = String(ASM_CONSTS[key]);
    if (text.indexOf("putImageData") < 0 || text.indexOf("SDL2.image") < 0) continue;
    ASM_CONSTS[key] = function (w, h, pixels) {
      var SDL2 = Module["SDL2"] || (Module["SDL2"] = {});
      if (SDL2.ctxCanvas !== Module["canvas"]) {
        SDL2.ctx = Module["createContext"](Module["canvas"], false, true);
        SDL2.ctxCanvas = Module["canvas"];
      }
      Module["_crs_web_opaque"](pixels, w * h);
      var bytes = new Uint8ClampedArray(HEAPU8.buffer, pixels, w * h * 4);
      SDL2.ctx.putImageData(new ImageData(bytes, w, h), 0, 0);
    };
  }
})();
