// Builds the registry of directives (schema/registry_record.h) from what the index holds, and
// keeps it up to date: after every batch, the entries of every number a changed document has
// or cites are computed again, in the same commit as the documents.
//
// One number can name several real documents: Party numbers restart every term, so 01-NQ/ĐUK of
// 10-1-2012 and of 19-8-2016 are two. Records are told apart by issue date: the documents that
// carry the number and the citations that give a date found the records (dates within a month
// of each other are one record: sources round and mistype dates), and a citation without a
// date joins the record issued most recently before the citing document — saying so, and saying
// when several records could fit. A citation carries what the citing document is (kind, own
// number, level) and the strongest relation it states to the number, with the sentence stating
// it: a replacement joins the record its citation joins, so it never ends another term's
// document of the same number.
#ifndef VANKIEN_INDEXER_REGISTRY_H_
#define VANKIEN_INDEXER_REGISTRY_H_

#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/deleted_documents.h"
#include "schema/registry_record.h"

namespace vankien::indexer {

// The records of `number` (canonical) as the index stands, `deleted` left out, oldest first
// (undated last). Empty when no indexed document has or cites it.
std::vector<schema::DirectiveRecord> ComputeRegistryEntry(const Xapian::Database& db,
                                                          const schema::DeletedDocuments& deleted,
                                                          const std::string& number);

// Stores the entries of `numbers` anew in db's metadata (removing those with no record).
void UpdateRegistry(Xapian::WritableDatabase* db, const schema::DeletedDocuments& deleted,
                    const std::set<std::string>& numbers);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_REGISTRY_H_
