// The query language on any bytes: a query either parses or is a QueryError that points inside
// it; a parsed one renders, loses its filters and builds a Xapian query, or is a QueryError.
// Abbreviations of a small sample table are expanded as the index's table would have them.
#include <optional>
#include <string>

#include "analysis/analyzer.h"
#include "fuzz/fuzz_check.h"
#include "query/query_builder.h"
#include "query/query_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  static analysis::Analyzer analyzer;
  static const query::QueryContext context = [] {
    query::QueryContext c;
    c.topic_code = [](std::string_view name) -> std::optional<std::string> {
      if (name == "chi-bo") return std::string(name);  // one known topic, to build its filter
      return std::nullopt;
    };
    c.indexed = [](const std::string&) { return false; };
    static const query::Abbreviations abbreviations = query::Abbreviations::FromJson(
        R"([{"ambiguous":false,"words":["ubnd","uy ban nhan dan"]},)"
        R"({"ambiguous":false,"words":["kt xh","kinh te xa hoi","ktxh"]},)"
        R"({"ambiguous":true,"words":["bct","bo chinh tri","bo cong thuong"]}])");
    c.abbreviations = &abbreviations;
    return c;
  }();
  std::string_view text = fuzz::AsText(data, size);
  try {
    std::unique_ptr<query::QueryNode> root = query::ParseQuery(text);
    root->ToString();
    query::WithoutFilters(*root);
    query::BuildQuery(*root, context, &analyzer);
  } catch (const query::QueryError& e) {
    fuzz::Require(e.position() <= size, "a query error points past the query");
    e.Describe(text);
  }
  return 0;
}
