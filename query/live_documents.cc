#include "query/live_documents.h"

#include <algorithm>
#include <set>

namespace vankien::query {
namespace {

// The deleted documents of the shard the matcher runs it on, as a posting list for OP_AND_NOT to
// skip through. It gives no weight.
class DeletedPostings : public Xapian::PostingSource {
 public:
  explicit DeletedPostings(std::shared_ptr<const shards::DeletedByShard> deleted)
      : deleted_(std::move(deleted)), ids_(&kNone), at_(ids_->begin()) {}

  Xapian::doccount get_termfreq_min() const override { return ids_->size(); }
  Xapian::doccount get_termfreq_est() const override { return ids_->size(); }
  Xapian::doccount get_termfreq_max() const override { return ids_->size(); }

  void init(const Xapian::Database& shard) override {
    const auto list = deleted_->find(shard.get_uuid());
    ids_ = list == deleted_->end() ? &kNone : &list->second.ids();
    at_ = ids_->begin();
    started_ = false;
  }

  void next(double) override {
    if (started_) ++at_;
    started_ = true;
  }

  void skip_to(Xapian::docid id, double) override {
    started_ = true;
    if (at_ != ids_->end() && *at_ < id) at_ = ids_->lower_bound(id);
  }

  bool at_end() const override { return started_ && at_ == ids_->end(); }
  Xapian::docid get_docid() const override { return *at_; }

  DeletedPostings* clone() const override { return new DeletedPostings(deleted_); }

 private:
  static inline const std::set<Xapian::docid> kNone;
  std::shared_ptr<const shards::DeletedByShard> deleted_;
  const std::set<Xapian::docid>* ids_;  // the list of the shard given to init
  std::set<Xapian::docid>::const_iterator at_;
  bool started_ = false;
};

}  // namespace

Xapian::Query WithoutDeleted(const Xapian::Query& query, const std::shared_ptr<const shards::DeletedByShard>& deleted) {
  if (std::all_of(deleted->begin(), deleted->end(), [](const auto& shard) { return shard.second.empty(); })) return query;
  return Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                       Xapian::Query((new DeletedPostings(deleted))->release()));
}

}  // namespace vankien::query
