// The legacy decoders and detectors on any bytes. The first byte picks the encoding (and a
// capital font), the rest is the text; the font reading takes the text as a font name.
#include "fuzz/fuzz_check.h"
#include "readers/legacy_encoding.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  if (size == 0) return 0;
  constexpr readers::LegacyEncoding kEncodings[] = {
      readers::LegacyEncoding::kTcvn3, readers::LegacyEncoding::kVni,
      readers::LegacyEncoding::kViscii, readers::LegacyEncoding::kCp1258};
  readers::LegacyEncoding encoding = kEncodings[data[0] % 4];
  bool capitals = (data[0] & 4) != 0;
  std::string_view text = fuzz::AsText(data + 1, size - 1);
  fuzz::Require(!readers::DecodeLegacyBytes(text, encoding).empty() || text.empty(),
                "bytes that decode to nothing");
  readers::DecodeMisreadText(text, encoding, capitals);
  readers::DetectLegacyBytes(text);
  readers::DetectMisreadText(text);
  readers::EncodingOfFont(text.substr(0, 64));
  return 0;
}
