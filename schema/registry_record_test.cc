#include "schema/registry_record.h"

#include <catch2/catch.hpp>

namespace vankien::schema {
namespace {

TEST_CASE("registry entries survive serialisation") {
  DirectiveRecord r;
  r.number = "01-NQ/ĐUK";
  r.type = "NQ";
  r.type_name = "Nghị quyết";
  r.body = "ĐUK";
  r.date = "2016-08-19";
  r.documents = {"duk-nq-01-2016"};
  r.citations = {{"bao-1", "Tin", "2017-01-02", "2016-08-19", "Ban Chấp hành", "chi bộ", Attachment::kDate},
                 {"bao-2", "Tin 2", "2018-01-02", "", "", "", Attachment::kAmbiguous}};
  DirectiveRecord other = r;
  other.date = "2012-01-10";
  other.documents.clear();
  std::vector<DirectiveRecord> entry = {r, other};
  CHECK(ParseRegistryEntry(SerializeRegistryEntry(entry)) == entry);
  CHECK_THROWS_AS(ParseRegistryEntry("[{}]"), std::runtime_error);
}

}  // namespace
}  // namespace vankien::schema
