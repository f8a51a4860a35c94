// Atom feeds (RFC 4287) of documents, newest first, so that a researcher can follow a subject or
// a directive's citers in a feed reader: the service's /feed?q=… and /feed/cite/NUMBER.
#ifndef VANKIEN_QUERY_ATOM_FEED_H_
#define VANKIEN_QUERY_ATOM_FEED_H_

#include <string>
#include <vector>

#include "schema/document_record.h"

namespace vankien::query {

struct FeedHeader {
  std::string title;      // "vankien — chi bộ"
  std::string self_path;  // the feed's own address as requested, path and query: "/feed?q=chi+b%E1%BB%99"
  std::string page_path;  // the same search or number on the web page: "/#/search?q=…"
  // RFC 3339 time of the feed; empty: the date of its newest dated document (midnight UTC), or
  // the epoch when none has one — the same answer for the same index, so that a feed reader sees
  // a change only when there is one.
  std::string updated;
};

// The feed of `records` (newest first, as given). Ids are URNs made from the feed's path and
// the documents' ids, so they stay the same from one fetch to the next; links are relative to
// the feed's address, which is where a reader resolves them. An entry's time is its document's
// date at midnight UTC (the feed's time when it has none), its summary the document's
// Vietnamese citation. Valid Atom: every element RFC 4287 requires is written.
std::string AtomFeed(const FeedHeader& header, const std::vector<schema::DocumentRecord>& records);

// A URN for `text` (a path, a document id): "urn:vankien:" and `kind` and ":" and the text
// percent-encoded.
std::string VankienUrn(std::string_view kind, std::string_view text);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_ATOM_FEED_H_
