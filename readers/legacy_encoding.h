// Vietnamese text typed in the 8-bit encodings of the 1990s (TCVN3/ABC, VNI-Windows, VISCII,
// Windows-1258), turned into Unicode: by the font a run was typed in, or — when nothing names
// the encoding — by which decoding yields Vietnamese syllables (readers/vietnamese_syllable.h).
#ifndef VANKIEN_READERS_LEGACY_ENCODING_H_
#define VANKIEN_READERS_LEGACY_ENCODING_H_

#include <optional>
#include <string>
#include <string_view>

namespace vankien::readers {

enum class LegacyEncoding { kTcvn3, kVni, kViscii, kCp1258 };

// The encoding's usual name: "TCVN3", "VNI", "VISCII", "Windows-1258".
std::string_view LegacyEncodingName(LegacyEncoding encoding);

// What a font name says about the bytes typed in it.
struct FontEncoding {
  LegacyEncoding encoding;
  // A TCVN3 capital font (".VnTimeH"): its capitals are typed with the codes of the small
  // letters, so the decoded text is upper-cased.
  bool capitals = false;
  friend bool operator==(const FontEncoding&, const FontEncoding&) = default;
};

// The encoding the font `font` implies, case-insensitively: ".Vn…" (and "Vn" followed by a
// capital, as PDF producers drop the dot) is TCVN3, a capital font when the family ends in "H";
// "VNI-…" is VNI. A PDF subset tag ("ABCDEF+") and a style suffix (",Bold", "-Italic") are
// ignored. Any other font ("Times New Roman", "") implies none.
std::optional<FontEncoding> EncodingOfFont(std::string_view font);

// Decodes raw 8-bit `bytes` in `encoding` into UTF-8 in NFC. Every byte decodes to something:
// bytes the encoding leaves unassigned read as Windows-1252 (Latin-1 for its five gaps). TCVN3
// has no capitals with a tone mark, so a line in capitals has those letters small ("HUYệN ủY"):
// a TCVN3 line whose letters are all capitals but for toned small ones, two capitals or more,
// is upper-cased whole ("HUYỆN ỦY").
std::string DecodeLegacyBytes(std::string_view bytes, LegacyEncoding encoding);

// Decodes UTF-8 `text` that a format made of legacy bytes by reading them as Windows-1252 or
// Latin-1 ("§¶ng Céng s¶n" for TCVN3's "Đảng Cộng sản"): each code point is mapped back to its
// byte, which is decoded in `encoding`; code points no byte gives (real Unicode) are kept. Also
// undoes what extraction commonly does to those code points (see MisreadByte in the .cc). With
// `capitals`, the result is upper-cased (a TCVN3 capital font); without, a TCVN3 line in
// capitals is upper-cased whole as DecodeLegacyBytes does. Returns UTF-8 in NFC. Must run
// before any normalisation or case folding of `text`.
std::string DecodeMisreadText(std::string_view text, LegacyEncoding encoding,
                              bool capitals = false);

// The legacy encoding raw `bytes` (not valid UTF-8) are most likely in, when decoding them in
// it yields clearly more Vietnamese syllables than any other reading and enough of them to be
// sure; otherwise none. Looks at the first few hundred kilobytes only.
std::optional<LegacyEncoding> DetectLegacyBytes(std::string_view bytes);

// The legacy encoding UTF-8 `text` was misread from (see DecodeMisreadText), when decoding it
// so yields clearly more Vietnamese syllables than the text as it is — enough of them that a
// real "§" or "±" in Unicode text does not count, and more than the syllables the text already
// has with letters only Unicode has (ă, ơ, ộ …) — otherwise none. Looks at the first few
// hundred kilobytes only.
std::optional<LegacyEncoding> DetectMisreadText(std::string_view text);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_LEGACY_ENCODING_H_
