#!/usr/bin/env bash
# Figures of the PDF reader (readers/pdf_reader.h) on the sample documents of readers/testdata:
#  1. text-layer extraction in MB/s beside pdftotext on the same files, median of 7 passes;
#  2. OCR character error rate (edit distance to the sample's own text, whitespace-normalised,
#     NFC) of the scans and of the born-digital pages rendered at 150, 200 and 300 dpi, and
#     whether every document number was recovered;
#  3. OCR pages a second on one thread and on one a core;
#  4. time and memory on a 100,000-page PDF (read up to the page cap) beside pdftotext.
# usage: tools/bench_pdf.sh [BUILD_DIR]   (needs bench_pdf built, chromium, poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bench="$build/tools/bench_pdf"
data=readers/testdata
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A longer born-digital document: the Chỉ thị sample with its body said 40 times over.
python3 - "$data/chi_thi_12.html" "$work/long.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding='utf-8').read()
body = ''.join(re.findall(r'<p class="body">.*?</p>\n', html, re.S))
open(sys.argv[2], 'w', encoding='utf-8').write(html.replace(body, body * 40))
PY
cp "$data/party_layout.css" "$work/"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
  --no-pdf-header-footer --print-to-pdf="$work/long.pdf" "file://$work/long.html" 2>/dev/null
digital=("$data/chi_thi_12.pdf" "$data/nghi_quyet_05.pdf" "$data/quyet_dinh_101.pdf" "$work/long.pdf")
scans=("$data/chi_thi_12_scan.pdf" "$data/nghi_quyet_05_scan.pdf" "$data/quyet_dinh_101_scan.pdf")

echo "== text layer: $(pdfinfo "$work/long.pdf" | awk '/^Pages/ {print $2}') + 3 pages in ${#digital[@]} files"
"$bench" text 7 "${digital[@]}"
bytes=$(cat "${digital[@]}" | wc -c)
times=()
for run in 1 2 3 4 5 6 7; do
  start=$(date +%s.%N)
  for file in "${digital[@]}"; do pdftotext -enc UTF-8 "$file" /dev/null; done
  times+=("$(echo "$(date +%s.%N) - $start" | bc)")
done
median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n 4p)
echo "pdftotext (a process a file): median $median s, $(echo "scale=2; $bytes / 1000000 / $median" | bc) MB/s"

# The sample's own text: what its HTML shows, in order, whitespace-normalised.
cer() {  # cer OCR_DIR NAME...
  python3 - "$data" "$@" <<'PY'
import html.parser, re, sys, unicodedata
data, ocr_dir, names = sys.argv[1], sys.argv[2], sys.argv[3:]
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('title', 'style'): self.skip += 1
        if tag in ('br', 'p', 'td', 'h1'): self.parts.append(' ')
    def handle_endtag(self, tag):
        if tag in ('title', 'style'): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)
def norm(s): return ' '.join(unicodedata.normalize('NFC', s).split())
def distance(a, b):
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]
errors = total = 0
for name in names:
    parser = Text(); parser.feed(open(f'{data}/{name}.html', encoding='utf-8').read())
    truth = norm(''.join(parser.parts))
    ocr = norm(open(f'{ocr_dir}/{name}.txt', encoding='utf-8').read())
    number = re.search(r'Số (\S+)', truth).group(1)
    e = distance(truth, ocr); errors += e; total += len(truth)
    print(f'  {name}: CER {100 * e / len(truth):.2f}% ({e}/{len(truth)}), number {number} '
          f'{"recovered" if number in ocr else "MISSED"}')
print(f'  all: CER {100 * errors / total:.2f}%')
PY
}

names=(chi_thi_12 nghi_quyet_05 quyet_dinh_101)
for dpi in 150 200 300; do
  echo "== OCR of the 200 dpi scans rendered at $dpi dpi"
  mkdir -p "$work/scan$dpi" "$work/digital$dpi"
  "$bench" ocr 1 "$dpi" "$work/scan$dpi" "${scans[@]}"
  for scan in "${names[@]}"; do mv "$work/scan$dpi/${scan}_scan.txt" "$work/scan$dpi/$scan.txt"; done
  cer "$work/scan$dpi" "${names[@]}"
  echo "== OCR of the born-digital pages rendered at $dpi dpi"
  "$bench" ocr 1 "$dpi" "$work/digital$dpi" "${digital[@]:0:3}"
  cer "$work/digital$dpi" "${names[@]}"
done

echo "== OCR throughput, the scans four times over (12 pages) at 200 dpi"
many=("${scans[@]}" "${scans[@]}" "${scans[@]}" "${scans[@]}")
"$bench" ocr 1 200 "$work" "${many[@]}"
"$bench" ocr 0 200 "$work" "${many[@]}"
echo "(cores: $(nproc))"

echo "== a PDF of 100,000 one-line pages"
python3 - "$work/huge.pdf" <<'PY'
import sys
pages = 100000
content = b'BT /F1 12 Tf 72 720 Td (Trang mau nay co du chu de doc) Tj ET'
objects = [b'<< /Type /Catalog /Pages 2 0 R >>',
           b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % (i + 5) for i in range(pages)) +
           b'] /Count %d >>' % pages,
           b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream',
           b'<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>']
objects += [b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R '
            b'/Resources << /Font << /F1 4 0 R >> >> >>'] * pages
pdf = bytearray(b'%PDF-1.4\n')
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b'%d 0 obj\n' % number + body + b'\nendobj\n'
xref = len(pdf)
pdf += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
pdf += b''.join(b'%010d 00000 n \n' % offset for offset in offsets)
pdf += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
open(sys.argv[1], 'wb').write(pdf)
PY
/usr/bin/time -f "  %e s, %M KB peak memory" "$bench" text 1 "$work/huge.pdf"
/usr/bin/time -f "pdftotext -l 2000: %e s, %M KB peak memory" pdftotext -l 2000 "$work/huge.pdf" /dev/null
