// Reads the vankien XML corpus format (corpus/FORMAT.md) with pugixml: one or more <document>
// elements under a <vankien> root. A file that is not well-formed, or breaks a rule of the
// format, yields an error with its line and column and no documents: a file is indexed whole or
// not at all, so a typo never produces half a document.
#ifndef VANKIEN_READERS_XML_READER_H_
#define VANKIEN_READERS_XML_READER_H_

#include <string_view>

#include "readers/read_result.h"

namespace vankien::readers {

// Parses the bytes of one XML file. Text is cleaned (readers/text_cleanup.h): ill-formed UTF-8
// becomes U+FFFD and is counted in each record's invalid_utf8. Documents get no path; the
// caller sets it.
ReadResult ReadXmlDocuments(std::string_view bytes);

// True when the ids the format allows: 1 to 120 ASCII letters, digits, '-', '_' or '.'.
bool IsValidDocumentId(std::string_view id);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_XML_READER_H_
