// The character encoding of an HTML page, and its conversion to UTF-8 before parsing. The page
// is converted by vankien (glibc iconv) rather than by the parser because libxml2 does not
// know windows-1258, the Vietnamese Windows code page old pages are saved in.
#ifndef VANKIEN_READERS_HTML_CHARSET_H_
#define VANKIEN_READERS_HTML_CHARSET_H_

#include <string>
#include <string_view>

namespace vankien::readers {

// The encoding of `bytes` as iconv names it: a byte order mark first, then a charset declared
// in the page's head (<meta charset=…> or <meta http-equiv="Content-Type" content="…;
// charset=…">), then "UTF-8" for bytes that are valid UTF-8 and "WINDOWS-1252" for those that
// are not (what browsers assume for an undeclared Western page). Labels browsers read as
// windows-1252 (iso-8859-1, us-ascii) are given as "WINDOWS-1252".
std::string DetectHtmlCharset(std::string_view bytes);

// `bytes` in `charset` converted to UTF-8, without a byte order mark. A byte sequence the
// charset does not map becomes U+FFFD; a charset iconv does not know is read as UTF-8 (ill-formed
// sequences becoming U+FFFD).
std::string ConvertToUtf8(std::string_view bytes, const std::string& charset);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_HTML_CHARSET_H_
