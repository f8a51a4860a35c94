// For the fuzz targets of the zip-based readers' XML: a mutated zip almost never gets past its
// CRC checks, so these targets take the parts' XML as input and pack it into a zip themselves.
#ifndef VANKIEN_FUZZ_ZIP_PARTS_H_
#define VANKIEN_FUZZ_ZIP_PARTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace vankien::fuzz {

// What separates the parts in a fuzz input: XML text seldom holds it, so a mutation rarely
// moves a boundary by accident.
inline constexpr std::string_view kPartSeparator = "|||";

// A zip of `input` cut at kPartSeparator, the n-th piece stored under names[n]; pieces past
// the last name are ignored, names past the last piece are absent from the zip.
std::string ZipOfParts(std::string_view input, const std::vector<std::string>& names);

}  // namespace vankien::fuzz

#endif  // VANKIEN_FUZZ_ZIP_PARTS_H_
