#!/usr/bin/python3
"""The metric overrides of the default theme's fallback faces (theme/assets/fonts.css).

While PT Serif and PT Sans load (font-display: swap) the text is set in a local face; when the web
font arrives the text is set again, and every difference of advance width and vertical metrics moves
the layout (cumulative layout shift). A fallback @font-face with size-adjust, ascent-override,
descent-override and line-gap-override (CSS Fonts 4, 11.1) makes the local face take the web
font's room. The local faces are Times New Roman / Liberation Serif / Tinos and Arial /
Liberation Sans / Arimo: each family's members share their metrics, so one set of overrides
fits all three, on Windows, macOS and Linux alike.

size-adjust is the ratio of the two faces' advance widths summed over the edition's own text
(input/sources: Kazakh and Russian as it is read), so it fits the letters that are set. The
vertical overrides are the web font's hhea metrics (what Chromium and Firefox use), divided by
size-adjust, since the override applies to the adjusted face.

Run: /usr/bin/python3 tools/font-fallback/metrics.py   (Debian: python3-fonttools, python3-brotli)
"""
import collections
import glob
import os
import sys

from fontTools.ttLib import TTFont

REPO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
FONTS = os.path.join(REPO, "theme", "assets", "fonts")
LIBERATION = "/usr/share/fonts/truetype/liberation/"
# Each style the theme ships: the web font's files, the metric-compatible local faces (by their
# full and PostScript names, for src: local()), and the Liberation face measured for them.
STYLES = [
    ("PT Serif", "400", "normal", ["Times New Roman", "TimesNewRomanPSMT", "Liberation Serif", "LiberationSerif", "Tinos"], "LiberationSerif-Regular.ttf"),
    ("PT Serif", "700", "normal", ["Times New Roman Bold", "TimesNewRomanPS-BoldMT", "Liberation Serif Bold", "LiberationSerif-Bold", "Tinos Bold"], "LiberationSerif-Bold.ttf"),
    ("PT Serif", "400", "italic", ["Times New Roman Italic", "TimesNewRomanPS-ItalicMT", "Liberation Serif Italic", "LiberationSerif-Italic", "Tinos Italic"], "LiberationSerif-Italic.ttf"),
    ("PT Serif", "700", "italic", ["Times New Roman Bold Italic", "TimesNewRomanPS-BoldItalicMT", "Liberation Serif Bold Italic", "LiberationSerif-BoldItalic", "Tinos Bold Italic"], "LiberationSerif-BoldItalic.ttf"),
    ("PT Sans", "400", "normal", ["Arial", "ArialMT", "Liberation Sans", "LiberationSans", "Arimo"], "LiberationSans-Regular.ttf"),
    ("PT Sans", "700", "normal", ["Arial Bold", "Arial-BoldMT", "Liberation Sans Bold", "LiberationSans-Bold", "Arimo Bold"], "LiberationSans-Bold.ttf"),
]


def text_counts():
    counts = collections.Counter()
    for path in sorted(glob.glob(os.path.join(REPO, "input", "sources", "*"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            counts.update(c for c in f.read() if c.isprintable())
    return counts


def widths(paths):
    """Advance width of each character, in em, from the first of the fonts that has it."""
    found = {}
    for path in paths:
        font = TTFont(path)
        upm = font["head"].unitsPerEm
        cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        for code, glyph in cmap.items():
            found.setdefault(chr(code), hmtx[glyph][0] / upm)
    return found


def main():
    counts = text_counts()
    for family, weight, style, local_names, measured in STYLES:
        slug = family.lower().replace(" ", "-")
        web_paths = sorted(glob.glob(os.path.join(FONTS, f"{slug}-*-{weight}-{style}.woff2")))
        web = widths(web_paths)
        fallback = widths([os.path.join(LIBERATION, measured)])
        shared = [c for c in counts if c in web and c in fallback]
        size_adjust = sum(counts[c] * web[c] for c in shared) / sum(counts[c] * fallback[c] for c in shared)
        first = TTFont(web_paths[0])
        upm = first["head"].unitsPerEm
        hhea = first["hhea"]
        src = ", ".join(f"local('{name}')" for name in local_names)
        print(f"""
@font-face {{
  font-family: '{family} Fallback';
  font-style: {style};
  font-weight: {weight};
  src: {src};
  size-adjust: {size_adjust * 100:.2f}%;
  ascent-override: {hhea.ascent / upm / size_adjust * 100:.2f}%;
  descent-override: {-hhea.descent / upm / size_adjust * 100:.2f}%;
  line-gap-override: {hhea.lineGap / upm / size_adjust * 100:.2f}%;
}}""")


if __name__ == "__main__":
    sys.exit(main())
