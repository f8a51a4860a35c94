#!/usr/bin/env bash
# Regenerates the PDF fixtures of readers/pdf_reader_test.cc and tools/bench_pdf.sh from the
# sample documents written for them (*.html, invented numbers and places):
#   NAME.pdf               printed by headless Chromium: born-digital, with a text layer
#   NAME_scan.pdf          NAME.pdf rasterised at 200 dpi, thresholded as a scanner does, with
#                          a little noise, wrapped image-only by img2pdf with an Info dictionary
#   chi_thi_12_locked.pdf  chi_thi_12.pdf encrypted by qpdf with a user password
# Needs: chromium, poppler-utils (pdftoppm), img2pdf, qpdf, python3, python3-fonttools.
# usage: readers/testdata/make_pdf_fixtures.sh
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A scanned page: pdftoppm's grey PGM ("P5\n<w> <h>\n255\n", then a byte a pixel) with
# salt-and-pepper noise on a fixed seed (a rerun gives the same scan), written as a PNG that
# says 200 dpi, which img2pdf takes for the page size.
scan_page() {  # scan_page IN.pgm OUT.png
  python3 - "$1" "$2" <<'PY'
import random, struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
magic, size, depth, pixels = data.split(b'\n', 3)
width, height = map(int, size.split())
pixels = bytearray(pixels)
rng = random.Random(12)
for _ in range(len(pixels) // 2000):
    i = rng.randrange(len(pixels))
    pixels[i] = 0 if pixels[i] > 128 else 255
rows = b''.join(b'\x00' + pixels[y * width:(y + 1) * width] for y in range(height))
def chunk(kind, body):
    return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body))
dots_per_metre = round(200 / 0.0254)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0))
png += chunk(b'pHYs', struct.pack('>IIB', dots_per_metre, dots_per_metre, 1))
png += chunk(b'IDAT', zlib.compress(bytes(rows), 9)) + chunk(b'IEND', b'')
open(sys.argv[2], 'wb').write(png)
PY
}

# DejaVu Serif under the name of the TCVN3 font, for vntime_font.html. Debian's python3, which
# python3-fonttools installs into.
/usr/bin/python3 - <<'PY'
from fontTools.ttLib import TTFont
font = TTFont('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf')
for record in font['name'].names:
    if record.nameID in (1, 4, 6, 16):
        record.string = '.VnTime'
font.save('vntime.ttf')
PY
trap 'rm -rf "$work" vntime.ttf' EXIT

for name in chi_thi_12 nghi_quyet_05 quyet_dinh_101 vntime_font; do
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --allow-file-access-from-files --no-pdf-header-footer --print-to-pdf="$name.pdf" \
    "file://$PWD/$name.html" 2>/dev/null
done

for name in chi_thi_12 nghi_quyet_05 quyet_dinh_101; do
  pdftoppm -r 200 -gray -aa no -aaVector no "$name.pdf" "$work/$name"
  pages=()
  for page in "$work/$name"-*.pgm; do
    scan_page "$page" "$page.png"
    pages+=("$page.png")
  done
  img2pdf --title "$name (bản quét mẫu)" --author "Văn phòng Tỉnh ủy Lam Giang" \
    --subject "Văn bản mẫu" --creationdate 2024-03-15T08:00:00 -o "${name}_scan.pdf" "${pages[@]}"
done

qpdf --encrypt mat-khau chu-so-huu 256 -- \
  chi_thi_12.pdf chi_thi_12_locked.pdf
ls -l ./*.pdf
