"""Rewrites an OpenType font's cubic CFF outlines as TrueType (glyf) quadratic ones.

Usage: cff_to_glyf.py IN.otf OUT.otf   (run with the interpreter of Debian's fonttools)

The browser build's FreeType draws TrueType outlines already (NanumGothic), so a CJK face in
the same form needs no second outline decoder compiled and run before the first frame
(docs/WEB.md). Each cubic curve becomes quadratic ones within one unit of the em square (1/1000
of the em in Noto Sans CJK: a twentieth of a pixel at 50 px). The hinting differs: FreeType's
light hinting runs its CFF engine on CFF outlines and its autohinter on TrueType ones without
hinting programs, as on NanumGothic; the two were compared by eye at 14-28 px."""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERR = 1.0  # font units


def convert(src, dst):
    font = TTFont(src)
    if "CFF " not in font:
        raise SystemExit(f"{src}: no CFF outlines")
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # CFF outlines run counter-clockwise, TrueType's clockwise: reverse while converting.
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: the game looks glyphs up by character
    post.extraNames, post.mapping = [], {}
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(dst)  # computes loca, the bounding boxes and maxp's counts


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    convert(sys.argv[1], sys.argv[2])
