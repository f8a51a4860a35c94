#!/usr/bin/env bash
# Every format the indexer reads, end to end: the sample directive 27-CT/HU of
# tests/e2e/formats/ in each of its formats becomes the same record (number, type, body, date,
# title, signer, the numbers it cites, its body text without header, signature and recipients),
# the sample news page its article; then hostile files (encrypted, truncated, random, corrupt,
# a zip bomb, a huge page, disguised formats, an empty file) each get at most one line, the run
# exits 1 in bounded time and keeps what was indexed; the server hands out an original only
# while it is unchanged.
# usage: formats_test.sh BUILD_DIR SOURCE_DIR
source "$(dirname "$0")/checks.sh" "$@"
fixtures=$source/tests/e2e/formats
command -v jq >/dev/null || { echo "jq not found (tools/install-deps.sh test installs it)"; exit 1; }

documents=(chi_thi_27.txt chi_thi_27_tcvn3.txt chi_thi_27_vni.txt chi_thi_27.html
           chi_thi_27_cp1258.html chi_thi_27.pdf chi_thi_27_scan.pdf chi_thi_27.docx
           chi_thi_27_vntime.docx chi_thi_27.odt chi_thi_27.doc chi_thi_27.rtf)
article=bai_bao_chi_thi_27.html
mkdir -p "$work/docs"
for name in "${documents[@]}" "$article"; do cp "$fixtures/$name" "$work/docs/"; done

out=$("$index_bin" --db "$work/db" "$work/docs" 2>"$work/err"); status=$?
expect_eq "$status" 0 "indexing every format exits 0"
expect_contains "$out" "added 13, updated 0, unchanged 0, removed 0, skipped 0, failed 0" "indexing summary"
expect_contains "$out" "read as: doc 1, docx 2, html 3, odt 1, pdf 2, rtf 1, text 3; OCR: 1 pages" "formats told apart"
expect_eq "$(cat "$work/err")" "" "indexing stderr"

field() { jq -r "$1" <<<"$shown"; }  # field JQ_FILTER: of the document last shown
for id in "${documents[@]}"; do
  shown=$("$query_bin" --db "$work/db" --show "$id" --json)
  expect_eq "$(field .number)" "27-CT/HU" "$id: number"
  expect_eq "$(field .type)" "CT" "$id: type"
  expect_eq "$(field .body)" "HU" "$id: body"
  expect_eq "$(field .date)" "2023-06-12" "$id: date"
  expect_eq "$(field .title)" "Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác văn thư, lưu trữ" "$id: title"
  expect_eq "$(field .signer)" "Hoàng Văn Bình" "$id: signer"
  expect_eq "$(field .place)" "Đông Lam" "$id: place"
  expect_eq "$(field .issuer)" "Huyện ủy Đông Lam" "$id: issuer"
  expect_eq "$(field .signer_title)" "T/M Ban Thường vụ — Bí thư" "$id: signer's title"
  for cited in 05-CT/TW 30/2020/NĐ-CP; do
    expect_eq "$(field "[.mentions[] | select(.number == \"$cited\" and (.own | not))] | length > 0")" true \
      "$id: cites $cited"
  done
  expect_eq "$(field '[.mentions[] | select(.own)] | map(.number) | join(",")')" "" "$id: no cited number taken as its own"
  text=$(field .text)
  expect_contains "$text" "Từng bước số hóa hồ sơ lưu trữ của các chi bộ" "$id: body text"
  expect_contains "$text" "Nghị định số 30/2020/NĐ-CP của Chính phủ" "$id: a citation in the text"
  for layout in "ĐẢNG CỘNG SẢN" "Số 27-CT/HU" "ngày 12 tháng 6" "T/M BAN THƯỜNG VỤ" "Hoàng Văn Bình" "Nơi nhận" "Lưu Văn phòng"; do
    grep -qiF -- "$layout" <<<"$text" && fail "$id: «$layout» (header, signature or recipients) is in the text"
  done
  expect_eq "$(field .original_unchanged)" true "$id: original unchanged"
done

shown=$("$query_bin" --db "$work/db" --show "$article" --json)
expect_eq "$(field .title)" "Đông Lam chấn chỉnh công tác văn thư, lưu trữ trong các chi bộ" "article: title"
expect_eq "$(field .date)" "2023-06-20" "article: date"
expect_eq "$(field .number)" "" "article: no number of its own"
expect_eq "$(field '[.mentions[] | select(.number == "27-CT/HU" and (.own | not))] | length')" 1 "article: cites 27-CT/HU"
text=$(field .text)
expect_contains "$text" "lớp tập huấn nghiệp vụ lưu trữ" "article: body text"
for page in "Trang chủ" "Thể thao" "Tin liên quan" "Giải bóng đá" "Đọc nhiều nhất" "Bản quyền" "Cơ quan chủ quản" "quảng cáo"; do
  grep -qiF -- "$page" <<<"$text" && fail "article: «$page» (menu, related news, sidebar or footer) is in the text"
done

# The signer is searchable; the number finds the directive in every format, then the article.
found=$("$query_bin" --db "$work/db" --run-format trec --limit 50 <<<$'s1\tnguoiky:"Hoàng Văn Bình"' | awk '{print $3}' | sort)
expect_eq "$found" "$(printf '%s\n' "${documents[@]}" | sort)" "nguoiky:\"Hoàng Văn Bình\" finds every format of the directive"
found=$("$query_bin" --db "$work/db" --run-format trec --limit 50 <<<$'n1\t27-CT/HU' | awk '{print $3}')
expect_eq "$(tail -1 <<<"$found")" "$article" "27-CT/HU: the directives first, then the article citing it"

# Hostile files, made here: each is named on at most one line, or read as what it really is.
count() { "$index_bin" --db "$work/db" --check | awk '{print $1}'; }
before=$(count)
bad=$work/docs/bad
mkdir -p "$bad"
cp "$source/readers/testdata/chi_thi_12_locked.pdf" "$bad/khoa.pdf"
head -c 20000 "$fixtures/chi_thi_27.pdf" >"$bad/cat_cut.pdf"
head -c 65536 /dev/urandom >"$bad/ngau_nhien.pdf"
: >"$bad/rong.pdf"
cp "$fixtures/chi_thi_27.rtf" "$bad/rtf_gia.doc"
cp "$fixtures/chi_thi_27.pdf" "$bad/pdf_khong_duoi"
cp "$fixtures/chi_thi_27.html" "$bad/trang_html.txt"
pdftoppm -r 30 -jpeg -singlefile "$fixtures/chi_thi_27.pdf" "$work/anh" && mv "$work/anh.jpg" "$bad/anh.pdf"
# The page is 50 MB in the Release build, which checks the time bound. A sanitizer build
# (VANKIEN_TEST_SLOWDOWN set) reads 10 MB: it looks for memory errors, which the page's repeated
# paragraphs meet in its first megabytes, and 50 MB took it 166 s of the CI's 30 minutes.
page_mb=50
[ "${VANKIEN_TEST_SLOWDOWN:-1}" -gt 1 ] && page_mb=10
python3 - "$fixtures/chi_thi_27.docx" "$bad" "$page_mb" <<'PY'
import sys, zipfile
source, bad, page_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
# A real DOCX with its central records zeroed out.
data = bytearray(open(source, 'rb').read())
data[600:1400] = bytes(800)
open(f'{bad}/hong.docx', 'wb').write(data)
# A zip bomb: a 300 MB part of zeros, packed to about 300 KB.
with zipfile.ZipFile(f'{bad}/bom.docx', 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    with z.open('word/document.xml', 'w', force_zip64=True) as part:
        for _ in range(300):
            part.write(bytes(1 << 20))
# A huge page (page_mb).
paragraph = '<p>Đoạn văn lặp lại để có một trang rất lớn về công tác văn thư, lưu trữ của chi bộ.</p>\n' * 1000
with open(f'{bad}/lon.html', 'w', encoding='utf-8') as page:
    page.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Trang rất lớn</title></head><body>\n')
    while page.tell() < page_mb * 1024 * 1024:
        page.write(paragraph)
    page.write('</body></html>\n')
PY
start=$SECONDS
out=$(timeout 600 "$index_bin" --db "$work/db" "$work/docs" 2>"$work/err"); status=$?
seconds=$((SECONDS - start))
err=$(cat "$work/err")
echo "hostile files indexed in ${seconds}s"
expect_eq "$status" 1 "hostile files: exit 1"
# The budget is 300 s; a sanitizer build, which runs several times slower, multiplies it by
# $VANKIEN_TEST_SLOWDOWN (tools/check.sh sets 2: the budget is then the timeout above).
budget=$((300 * ${VANKIEN_TEST_SLOWDOWN:-1}))
[ "$seconds" -le "$budget" ] || fail "hostile files took ${seconds}s, more than ${budget}s"
for name in khoa.pdf cat_cut.pdf ngau_nhien.pdf rong.pdf anh.pdf hong.docx bom.docx lon.html rtf_gia.doc pdf_khong_duoi trang_html.txt; do
  lines=$(grep -c "/$name:" <<<"$err")
  [ "$lines" -le 1 ] || fail "$name: $lines lines, not at most one"
done
expect_contains "$err" "khoa.pdf: pdf: encrypted PDF" "an encrypted PDF named"
expect_contains "$err" "cat_cut.pdf: pdf: truncated PDF" "a truncated PDF named"
expect_contains "$err" "rong.pdf: empty file" "an empty file named"
expect_contains "$err" "hong.docx: docx: corrupt zip container" "a corrupt DOCX named"
expect_contains "$err" "bom.docx: docx: zip bomb" "a zip bomb named"
expect_eq "$(grep -cv '^/' <<<"$err")" 0 "every error line names its file"
expect_contains "$out" "skipped 2" "random bytes and a JPEG named .pdf skipped as formats not read"
for id in bad/rtf_gia.doc bad/pdf_khong_duoi bad/trang_html.txt; do
  shown=$("$query_bin" --db "$work/db" --show "$id" --json)
  expect_eq "$(field .number)" "27-CT/HU" "$id: read as what it is"
  expect_eq "$(field .signer)" "Hoàng Văn Bình" "$id: signer"
done
after=$(count)
expect_eq "$after" "$((before + 4))" "documents before ($before), plus the three disguised ones and the large page"
"$index_bin" --db "$work/db" --check >/dev/null || fail "the index is not consistent after the hostile files"
rm -rf "$bad"
"$index_bin" -q --db "$work/db" "$work/docs" 2>/dev/null
expect_eq "$(count)" "$before" "the hostile files removed, the documents of before remain"

# A scan with OCR off: one line saying why it has no text.
mkdir -p "$work/scan"
cp "$fixtures/chi_thi_27_scan.pdf" "$work/scan/"
"$index_bin" --no-ocr --db "$work/scan-db" "$work/scan" >/dev/null 2>"$work/err"; status=$?
expect_eq "$status" 1 "a scan with OCR off: exit 1"
expect_eq "$(cat "$work/err")" "$work/scan/chi_thi_27_scan.pdf: no text to index: 1 page (1) without a usable text layer not read: OCR is off" \
  "a scan with OCR off: one line"

# The original of a document, while unchanged, then not.
"$build/server/vankien-serve" --db "$work/db" --port 0 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  address=$(grep -o 'http://[^ ]*' "$work/serve.log" || true)
  [ -n "$address" ] && break
  sleep 0.1
done
if [ -z "$address" ]; then
  fail "vankien-serve did not start: $(cat "$work/serve.log")"
else
  address=${address%/}
  for id in chi_thi_27.pdf chi_thi_27.docx chi_thi_27_tcvn3.txt; do
    code=$(curl -s -o "$work/original" -w '%{http_code}' "$address/api/original/$id")
    expect_eq "$code" 200 "/api/original/$id"
    cmp -s "$work/original" "$work/docs/$id" || fail "/api/original/$id: not the original bytes"
  done
  printf ' ' >>"$work/docs/chi_thi_27.pdf"
  code=$(curl -s -o /dev/null -w '%{http_code}' "$address/api/original/chi_thi_27.pdf")
  expect_eq "$code" 404 "/api/original of a file changed on disk"
fi

finish "all format checks passed (${#documents[@]} formats of the directive, the article, 11 hostile files)"
