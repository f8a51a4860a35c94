#include "query/live_documents.h"

#include <set>

namespace vankien::query {
namespace {

// The deleted documents as a posting list, for OP_AND_NOT to skip through. It gives no weight.
class DeletedPostings : public Xapian::PostingSource {
 public:
  explicit DeletedPostings(std::shared_ptr<const schema::DeletedDocuments> deleted)
      : deleted_(std::move(deleted)), at_(deleted_->ids().begin()) {}

  Xapian::doccount get_termfreq_min() const override { return deleted_->size(); }
  Xapian::doccount get_termfreq_est() const override { return deleted_->size(); }
  Xapian::doccount get_termfreq_max() const override { return deleted_->size(); }

  void init(const Xapian::Database&) override {
    at_ = deleted_->ids().begin();
    started_ = false;
  }

  void next(double) override {
    if (started_) ++at_;
    started_ = true;
  }

  void skip_to(Xapian::docid id, double) override {
    started_ = true;
    if (at_ != deleted_->ids().end() && *at_ < id) at_ = deleted_->ids().lower_bound(id);
  }

  bool at_end() const override { return started_ && at_ == deleted_->ids().end(); }
  Xapian::docid get_docid() const override { return *at_; }

  DeletedPostings* clone() const override { return new DeletedPostings(deleted_); }

 private:
  std::shared_ptr<const schema::DeletedDocuments> deleted_;
  std::set<Xapian::docid>::const_iterator at_;
  bool started_ = false;
};

}  // namespace

Xapian::Query WithoutDeleted(const Xapian::Query& query,
                             const std::shared_ptr<const schema::DeletedDocuments>& deleted) {
  if (deleted->empty()) return query;
  return Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                       Xapian::Query((new DeletedPostings(deleted))->release()));
}

}  // namespace vankien::query
