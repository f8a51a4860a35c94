#!/usr/bin/env bash
# Makes the binary office fixtures of the readers' tests from the sources beside them, with
# LibreOffice (apt-get install -y --no-install-recommends libreoffice-writer-nogui). Only for
# regenerating them: the tests read the committed files and CI does not need LibreOffice.
# usage: readers/testdata/make_office_fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/office"
command -v soffice >/dev/null || { echo "soffice not found: install libreoffice-writer-nogui" >&2; exit 1; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# A private profile, so that a running LibreOffice or a user's settings do not interfere.
for format in 'doc:MS Word 97' 'docx:MS Word 2007 XML' 'odt:writer8'; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to "$format" \
    --outdir . sample_chi_thi.html >/dev/null
done
ls -l sample_chi_thi.doc sample_chi_thi.docx sample_chi_thi.odt
