#!/usr/bin/env bash
# Regenerates the font files embedded in exported figures (src/lib/render/fonts/): Liberation Sans
# Regular and Bold, the fonts whose advance widths src/lib/layout/text-measure.ts uses, subset to the
# Latin, punctuation and symbol ranges Indonesian charts use. Kerning is left out on purpose: box sizes
# are measured without it, so a renderer that kerns would draw text narrower than measured.
# Needs Debian's fonts-liberation, python3-fonttools and python3-brotli (run with /usr/bin/python3). The output is committed; the
# build and CI never run this.
set -euo pipefail
src=/usr/share/fonts/truetype/liberation
out="$(dirname "$0")/../src/lib/render/fonts"
ranges='U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+2190-2193,U+2212,U+2264-2265,U+20AC'
for w in Regular Bold; do
  for flavor in woff2 ttf; do
    args=(--unicodes="$ranges" --layout-features= --no-hinting --desubroutinize --name-IDs='*' --output-file="$out/LiberationSans-$w.subset.$flavor")
    [ "$flavor" = woff2 ] && args+=(--flavor=woff2)
    /usr/bin/python3 -m fontTools.subset "$src/LiberationSans-$w.ttf" "${args[@]}"
  done
done
cp /usr/share/doc/fonts-liberation/copyright "$out/LICENSE-Liberation.txt"
