// Percent-encoding (RFC 3986) of UTF-8 text for a URL or URN: what the service puts in
// addresses, feed ids and file names of downloads.
#ifndef VANKIEN_QUERY_PERCENT_ENCODING_H_
#define VANKIEN_QUERY_PERCENT_ENCODING_H_

#include <string>
#include <string_view>

namespace vankien::query {

// `text` with every byte but the unreserved characters (ASCII letters, digits, - . _ ~) written
// %XX: safe in a path segment, a query value, a URN and RFC 5987's filename*=.
std::string PercentEncoded(std::string_view text);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_PERCENT_ENCODING_H_
