#!/usr/bin/env bash
# End to end over tests/e2e/registry_corpus (samples: one invented directive and the guidance,
# plans, review and regulation that follow it): its validity, its life level by level, and the
# citation graph, through vankien-query.
#
# Relations (replaces, guides …) come from the citation classifier. The replacing regulation
# states "thay thế Chỉ thị số 09-CT/TU": the validity must agree with the relation the index
# gives that mention — "replaced" with that sentence as evidence when it is "replaces", "cited"
# when the index holds no relation (a build without the classifier). Which case ran is printed.
# usage: registry_test.sh BUILD_DIR SOURCE_DIR
source "$(dirname "$0")/checks.sh" "$@"

out=$("$index_bin" --db "$work/db" "$source/tests/e2e/registry_corpus" 2>&1); status=$?
expect_eq "$status" 0 "indexing the registry samples exits 0"
expect_contains "$out" "index: 7 documents" "indexing the registry samples"

"$query_bin" --db "$work/db" --cite 09-CT/TU --json >"$work/cite.json"; status=$?
expect_eq "$status" 0 "--cite 09-CT/TU --json exits 0"
"$query_bin" --db "$work/db" --show qdi-15-tu.txt --json >"$work/replacing.json"
"$query_bin" --db "$work/db" --graph json -n 20 "cites:09-CT/TU OR id:09-CT/TU" >"$work/graph.json"; status=$?
expect_eq "$status" 0 "--graph json exits 0"
"$query_bin" --db "$work/db" --graph graphml -n 20 "cites:09-CT/TU OR id:09-CT/TU" >"$work/graph.xml"

checked=$(python3 - "$work" <<'PY'
import json, sys, xml.etree.ElementTree as ET
work = sys.argv[1]
failures = []
def expect(condition, what):
    if not condition: failures.append(what)

entry = json.load(open(f"{work}/cite.json"))
expect(entry["number"] == "09-CT/TU", "the number, canonical")
expect(len(entry["records"]) == 1, "one record")
record = entry["records"][0]
expect(record["documents"] == ["ct-09-tu.txt"], "the directive's own document")
citations = record["citations"]
expect(len(citations) == 6, f"six citing documents, got {len(citations)}")

# The life, oldest first: issue, guidance, provincial, district and grassroots plans, review.
life = [(e["stage"], e["level"], e["document"]) for e in record["life"]]
expected = [("issued", "", "ct-09-tu.txt"), ("guidance", "tinh", "hd-04-bdvtu.txt"),
            ("implementation", "tinh", "kh-21-tu.txt"), ("implementation", "huyen", "kh-33-hu.txt"),
            ("implementation", "co_so", "kh-07-du-hoa-an.txt"), ("review", "tinh", "bc-120-tu.txt")]
expect(life[:6] == expected, f"the life's first six events, got {life[:6]}")
for event in record["life"][1:]:
    expect(citations[event["citation"]]["document"] == event["document"], "a life event points at its citation")

# Validity agrees with the relation the index gives the replacing regulation's mention.
replacing = json.load(open(f"{work}/replacing.json"))
relations = {m["relation"] for m in replacing["mentions"] if m["number"] == "09-CT/TU" and not m["own"]}
validity = record["validity"]
if "replaces" in relations:
    case = "relation 'replaces' stated: validity replaced"
    expect(validity["status"] == "replaced", f"validity replaced, got {validity['status']}")
    expect([b["number"] for b in validity["by"]] == ["15-QĐi/TU"], "replaced by 15-QĐi/TU")
    expect("thay thế Chỉ thị số 09-CT/TU" in validity["by"][0]["evidence"], "the evidence sentence")
    expect(validity["text"].startswith("đã được thay thế bởi 15-QĐi/TU"), "the validity line")
    expect(life[-1] == ("replacement", "tinh", "qdi-15-tu.txt"), "the life ends with the replacement")
else:
    case = f"no relation in this index ({sorted(relations)}): validity cited"
    expect(relations <= {""}, f"an unexpected relation {relations}")
    expect(validity["status"] == "cited", f"validity cited, got {validity['status']}")
    expect(validity["by"] == [], "no document named as replacing it")
    expect(validity["text"] == "còn được trích dẫn đến 2021", f"the validity line, got {validity['text']}")
    expect(validity["last_cited"] == "2021-01-08", "last cited")
    expect(life[-1] == ("citation", "tinh", "qdi-15-tu.txt"), f"the regulation is a plain citation, got {life[-1]}")

# The graph: every sample a document node, linked to 09-CT/TU.
graph = json.load(open(f"{work}/graph.json"))
documents = {n["id"] for n in graph["nodes"] if n["type"] == "document"}
expect(len(documents) == 7, f"seven document nodes, got {len(documents)}")
to_directive = {e["source"]: e["type"] for e in graph["edges"] if e["target"] == "num:09-CT/TU"}
expect(to_directive.get("doc:ct-09-tu.txt") == "is", "the directive is its number")
expect(sum(1 for t in to_directive.values() if t == "cites") == 6, "six documents cite it")
expect(any(e["source"] == "doc:kh-07-du-hoa-an.txt" and e["target"] == "num:33-KH/HU" for e in graph["edges"]),
       "the grassroots plan cites the district's")
ns = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(f"{work}/graph.xml").getroot()
expect(root.tag == ns + "graphml", "GraphML root in its namespace")
expect(len(root.findall(f"{ns}graph/{ns}node")) == len(graph["nodes"]), "GraphML has the JSON's nodes")
expect(len(root.findall(f"{ns}graph/{ns}edge")) == len(graph["edges"]), "GraphML has the JSON's edges")

for f in failures: print("FAIL: " + f)
print("CASE: " + case)
PY
)
echo "$checked" | grep '^CASE: '
while IFS= read -r line; do fail "${line#FAIL: }"; done < <(grep '^FAIL: ' <<<"$checked")
[ -n "$checked" ] || fail "the JSON checks did not run"

text=$("$query_bin" --db "$work/db" --cite 09-CT/TU)
expect_contains "$text" "Quá trình:" "--cite prints the life"
expect_contains "$text" "Triển khai thực hiện · cấp Cơ sở  07-KH/ĐU" "--cite: the grassroots plan at its level"
expect_contains "$text" "Hiệu lực (theo chỉ mục): " "--cite prints the validity"
expect_contains "$("$query_bin" --db "$work/db" --show ct-09-tu.txt)" "Hiệu lực (theo chỉ mục): " "--show prints the validity"
out=$("$query_bin" --db "$work/db" --graph dot chi 2>&1); status=$?
expect_eq "$status" 2 "--graph with an unknown format exits 2"
expect_contains "$out" "--graph is json or graphml" "--graph names its formats"

finish "registry: validity, life and graph of the samples"
