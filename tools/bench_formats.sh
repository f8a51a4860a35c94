#!/usr/bin/env bash
# Indexing throughput of a mixed folder of every format vankien-index reads, and its peak memory
# (the indexer and its vankien-extract children, /usr/bin/time's maximum resident set). The folder
# is made at run time in /tmp from baomoi articles of ../shared: N files, a quarter .txt as they
# are, a quarter .html through a small news-page template, and the rest converted by LibreOffice
# in batches: .docx, .odt, .pdf an eighth each, .doc and .rtf a sixteenth each; plus 8 scanned
# PDFs (PDF pages rasterised at 150 dpi grey, wrapped image-only by img2pdf), which are OCRed.
# Prints the time to make the folder, then for an indexing with OCR and one without: the
# indexer's summary (MB/s, "read as", OCR), its wall clock time and peak memory.
# Needs: LibreOffice (soffice; apt-get install libreoffice-writer-nogui), poppler-utils, img2pdf,
# python3, time.
# usage: tools/bench_formats.sh [BUILD_DIR] [N]   (N at least 1000, default 1200)
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
n=${2:-1200}
[ "$n" -ge 1000 ] || { echo "N is at least 1000" >&2; exit 2; }
for tool in soffice pdftoppm img2pdf python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "$tool not found (see the header of $0)" >&2; exit 2; }
done
work=$(mktemp -d /tmp/vankien-bench-formats.XXXXXX)
trap 'rm -rf "$work"' EXIT
baomoi=$(unpack_corpus baomoi-2017)
docs=$work/docs
mkdir -p "$docs" "$work/src"

start=$SECONDS
# Articles of at least 1 KB, the first N in name order (the same on every run).
find "$baomoi" -type f -name '*.txt' -size +1k | sort | awk -v n="$n" 'NR <= n' >"$work/sources"
[ "$(wc -l <"$work/sources")" -eq "$n" ] || { echo "baomoi has fewer than $n articles" >&2; exit 1; }
# part FIRST COUNT: lines FIRST.. of the source list.
part() { awk -v first="$1" -v count="$2" 'NR >= first && NR < first + count' "$work/sources"; }
quarter=$((n / 4)) eighth=$((n / 8)) sixteenth=$((n / 16))

part 1 "$quarter" | xargs -I{} cp {} "$docs/"
# A news page: the first line the title, then a paragraph a line, between a menu and a footer.
part $((quarter + 1)) "$quarter" | python3 -c '
import html, os, sys
out = sys.argv[1]
for path in sys.stdin.read().split():
    lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
    body = "\n".join(f"<p>{html.escape(l)}</p>" for l in lines[1:])
    name = os.path.splitext(os.path.basename(path))[0]
    open(f"{out}/{name}.html", "w", encoding="utf-8").write(f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(lines[0])} - Báo mẫu</title></head>
<body><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a></nav>
<article><h1>{html.escape(lines[0])}</h1>
{body}
</article><footer>Bản quyền thuộc Báo mẫu.</footer></body></html>
""")
' "$docs"

# LibreOffice converts a batch of files per call; a private profile keeps it from a user's.
convert() {  # convert FORMAT:FILTER FIRST COUNT
  local batch=$work/src/$1
  batch=${batch%%:*}
  mkdir -p "$batch"
  part "$2" "$3" | xargs -I{} cp {} "$batch/"
  find "$batch" -name '*.txt' -print0 | xargs -0 -n 100 soffice -env:UserInstallation="file://$work/profile" \
    --headless --infilter="Text (encoded):UTF8" --convert-to "$1" --outdir "$docs" >/dev/null 2>&1
}
next=$((2 * quarter + 1))
convert 'docx:MS Word 2007 XML' "$next" "$eighth"; next=$((next + eighth))
convert 'odt:writer8' "$next" "$eighth"; next=$((next + eighth))
convert 'pdf:writer_pdf_Export' "$next" "$eighth"; next=$((next + eighth))
convert 'doc:MS Word 97' "$next" "$sixteenth"; next=$((next + sixteenth))
convert 'rtf:Rich Text Format' "$next" "$sixteenth"
mkdir -p "$work/scan"
for pdf in $(find "$docs" -name '*.pdf' | sort | awk 'NR <= 8'); do
  name=$(basename "$pdf" .pdf)
  pdftoppm -r 150 -gray -f 1 -l 1 -png "$pdf" "$work/scan/$name"
  img2pdf -o "$docs/${name}_scan.pdf" "$work/scan/$name"*.png
done
made=$((SECONDS - start))
files=$(find "$docs" -type f | wc -l)
mb=$(du -sb "$docs" | awk '{printf "%.1f", $1 / 1e6}')
echo "made $files files ($mb MB) in ${made}s:" \
  "$(find "$docs" -type f | sed 's/.*\.//' | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}' | sed 's/, $//')"

# Once as it is, once without OCR (the scans' pages then left out), to tell OCR's share.
index() {  # index LABEL [OPTION…]
  local label=$1
  shift
  rm -rf "$work/db"
  echo "== $label"
  /usr/bin/time -v "$build/indexer/vankien-index" "$@" --db "$work/db" "$docs" >"$work/out" 2>"$work/err" || [ $? -eq 1 ]
  cat "$work/out"
  grep -v '^[[:space:]]' "$work/err" | grep -v '^Command exited' | awk 'NR <= 20' || true
  awk -F': ' '/Elapsed \(wall clock\)/ {print "wall clock: " $2} /Maximum resident set size/ {printf "peak memory: %.0f MB\n", $2 / 1024}' "$work/err"
}
index "with OCR"
index "without OCR" --no-ocr
