#!/usr/bin/env bash
# Makes the format fixtures of tests/e2e/formats_test.sh from the two samples written for them
# (README.md): chi_thi_27.txt, a directive in the official layout, and bai_bao_chi_thi_27.html,
# a saved news page citing it. The directive becomes:
#   chi_thi_27.html           the layout as a page (two-column header and signature as tables)
#   chi_thi_27_cp1258.html    the same page in Windows-1258, as such pages were saved
#   chi_thi_27_tcvn3.txt      the text typed in TCVN3 (ABC); capitals with a tone have no code
#                             there, so they are typed as their small letters, as people did
#   chi_thi_27_vni.txt        the text typed in VNI-Windows
#   chi_thi_27.pdf            printed by headless Chromium: born-digital, with a text layer
#   chi_thi_27_scan.pdf       that PDF rasterised at 200 dpi grey, wrapped image-only by img2pdf
#   chi_thi_27.docx/.odt/.doc/.rtf   converted from the page by LibreOffice
#   chi_thi_27_vntime.docx    the same, but its fourth body paragraph typed in TCVN3 in the
#                             font .VnTime (the bytes as Windows-1252 characters, as Word has them)
# Only for regenerating them: the test reads the committed files.
# Needs: python3, iconv, chromium, poppler-utils (pdftoppm), img2pdf, LibreOffice (soffice).
# usage: tests/e2e/formats/make_fixtures.sh
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The page of the directive: blocks of chi_thi_27.txt apart by blank lines are, in order, the
# left and right header columns, the type line with the subject, the body, the signature and the
# recipients. With --vntime, the fourth body paragraph is typed in TCVN3 in .VnTime.
render_page() {  # render_page [--vntime] > PAGE.html
  python3 - "$@" <<'PY'
import html, subprocess, sys
blocks = [b.split('\n') for b in open('chi_thi_27.txt', encoding='utf-8').read().strip().split('\n\n')]
left, right, heading, body, signature, recipients = blocks
def lines(block):
    return '<br>'.join(html.escape(line) for line in block)
def tcvn3_as_windows1252(text):
    data = subprocess.run(['iconv', '-f', 'UTF-8', '-t', 'TCVN5712-1'], input=text.encode(),
                          capture_output=True, check=True).stdout
    return ''.join(bytes([b]).decode('cp1252', errors='ignore') or chr(b) for b in data)
paragraphs = []
for i, text in enumerate(body):
    if '--vntime' in sys.argv and i == 3:
        text = '<font face=".VnTime">' + html.escape(tcvn3_as_windows1252(text)) + '</font>'
    else:
        text = html.escape(text)
    paragraphs.append(f'<p class="body">{text}</p>')
print(f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Chỉ thị 27-CT/HU (văn bản mẫu)</title>
<!-- A sample document for vankien's tests: Huyện ủy Đông Lam, its number and signer are invented. -->
<style>
@page {{ size: A4; margin: 20mm 15mm 20mm 30mm; }}
body {{ font-family: "DejaVu Serif", serif; font-size: 13pt; line-height: 1.3; }}
table {{ width: 100%; border-collapse: collapse; font-size: 12pt; }}
td {{ vertical-align: top; padding: 0; }}
td.center {{ text-align: center; }}
h1 {{ font-size: 14pt; text-align: center; margin: 16pt 0 0 0; }}
p.subject {{ text-align: center; font-weight: bold; margin: 2pt 0 10pt 0; }}
p.body {{ text-align: justify; text-indent: 1.2cm; margin: 0 0 5pt 0; }}
</style></head><body>
<table><tr>
<td class="center" style="width:42%">{html.escape(left[0])}<br><b>{lines(left[1:-1])}</b><br>{html.escape(left[-1])}</td>
<td class="center"><b>{html.escape(right[0])}</b><br><br><i>{lines(right[1:])}</i></td>
</tr></table>
<h1>{html.escape(heading[0])}</h1>
<p class="subject">{lines(heading[1:])}</p>
{chr(10).join(paragraphs)}
<table><tr>
<td style="width:50%; font-size:11pt"><b><i>{html.escape(recipients[0])}</i></b><br>{lines(recipients[1:])}</td>
<td class="center"><b>{lines(signature[:2])}</b><br><i>{lines(signature[2:-1])}</i><br><br><b>{html.escape(signature[-1])}</b></td>
</tr></table>
</body></html>''')
PY
}

# VNI-Windows: a base letter followed by one byte of marks, single bytes for đ, ơ, ư, a toned i
# and ỵ; a capital's mark byte is the small one less 0x20.
encode_vni() {  # encode_vni < UTF-8 > VNI
  python3 -c '
import sys, unicodedata
TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}  # huyền sắc hỏi ngã nặng
TONE = [0, 0xF8, 0xF9, 0xFB, 0xF5, 0xEF]
CIRCUMFLEX = [0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4]
BREVE = [0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB]
I = [0, 0xEC, 0xED, 0xE6, 0xF3, 0xF2]
def letter(ch):
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    if ch in "đĐ" or not marks:
        return {"đ": b"\xf1", "Đ": b"\xd1"}.get(ch) or ch.encode("ascii")
    shift = 0x20 if base.isupper() else 0
    small = base.lower()
    tone = next((TONES[m] for m in marks if m in TONES), 0)
    modifier = next((m for m in marks if m not in TONES), None)
    if small == "i" and tone:
        return bytes([I[tone] - shift])
    if small == "y" and tone == 5:
        return bytes([0xEE - shift])
    if modifier == "\u031b":
        return bytes([(0xF4 if small == "o" else 0xF6) - shift]) + (bytes([TONE[tone] - shift]) if tone else b"")
    if modifier == "\u0302":
        return base.encode("ascii") + bytes([CIRCUMFLEX[tone] - shift])
    if modifier == "\u0306":
        return base.encode("ascii") + bytes([BREVE[tone] - shift])
    return base.encode("ascii") + bytes([TONE[tone] - shift])
sys.stdout.buffer.write(b"".join(letter(ch) for ch in unicodedata.normalize("NFC", sys.stdin.read())))
'
}

# TCVN3 (ABC): glibc's TCVN5712-1 is VN1, whose small letters and untoned capitals are VN3's;
# a capital with a tone is typed as its small letter.
encode_tcvn3() {  # encode_tcvn3 < UTF-8 > TCVN3
  python3 -c '
import sys, unicodedata
def typed(ch):
    d = unicodedata.normalize("NFD", ch)
    toned = any(m in d for m in "\u0300\u0301\u0309\u0303\u0323")
    return ch.lower() if ch.isupper() and toned else ch
sys.stdout.write("".join(typed(ch) for ch in unicodedata.normalize("NFC", sys.stdin.read())))
' | iconv -f UTF-8 -t TCVN5712-1
}

render_page >chi_thi_27.html
sed 's/charset="utf-8"/charset="windows-1258"/' chi_thi_27.html | iconv -f UTF-8 -t CP1258 >chi_thi_27_cp1258.html
encode_tcvn3 <chi_thi_27.txt >chi_thi_27_tcvn3.txt
encode_vni <chi_thi_27.txt >chi_thi_27_vni.txt

chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
  --no-pdf-header-footer --print-to-pdf="$PWD/chi_thi_27.pdf" "file://$PWD/chi_thi_27.html" 2>/dev/null
# Grey without anti-aliasing, as an office scanner's text mode gives: small and easy to OCR.
pdftoppm -r 200 -gray -aa no -aaVector no -png chi_thi_27.pdf "$work/scan"
img2pdf --title "Chỉ thị 27-CT/HU (bản quét mẫu)" --creationdate 2023-06-14T08:00:00 \
  --pillow-limit-break -o chi_thi_27_scan.pdf "$work"/scan-*.png

# A private LibreOffice profile, so that a running LibreOffice or a user's settings do not interfere.
render_page --vntime >"$work/chi_thi_27_vntime.html"
for format in 'doc:MS Word 97' 'docx:MS Word 2007 XML' 'odt:writer8' 'rtf:Rich Text Format'; do
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to "$format" \
    --outdir . chi_thi_27.html >/dev/null
done
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to 'docx:MS Word 2007 XML' \
  --outdir . "$work/chi_thi_27_vntime.html" >/dev/null
ls -l chi_thi_27* bai_bao_chi_thi_27.html
