#include "query/query_parser.h"

#include <optional>

#include "analysis/identifier_extractor.h"
#include "analysis/text_scan.h"
#include "analysis/token_filters.h"
#include "analysis/utf8.h"
#include "query/date_range.h"
#include "schema/fields.h"

namespace vankien::query {
namespace {

enum class TokenType {
  kWord, kPhrase, kIdentifier, kField, kOpen, kClose, kAnd, kOr, kNot, kNear, kMinus, kPlus, kEnd
};

struct Token {
  TokenType type = TokenType::kEnd;
  std::string text;   // word, phrase text, identifier canonical, field name, or operator as typed
  std::size_t position = 0;
  std::size_t distance = 0;  // kNear: n of NEAR/n
};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsAsciiLetters(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!analysis::IsAsciiAlpha(c)) return false;
  }
  return true;
}

// Splits a query into tokens. Document numbers are found first, on the whole query, so that
// "05 - CT / TW" stays one token however it is spaced.
class Lexer {
 public:
  explicit Lexer(std::string_view query) : query_(query) {
    for (const auto& mention : analysis::ExtractIdentifiers(query)) {
      identifiers_.push_back({mention.span.begin, mention.span.end, mention.canonical});
    }
  }

  std::vector<Token> Tokens() {
    std::vector<Token> tokens;
    while (true) {
      Token token = Next();
      tokens.push_back(token);
      if (token.type == TokenType::kEnd) return tokens;
    }
  }

 private:
  struct IdentifierSpan {
    std::size_t begin;
    std::size_t end;
    std::string canonical;
  };

  const IdentifierSpan* IdentifierAt(std::size_t pos) const {
    for (const IdentifierSpan& span : identifiers_) {
      if (span.begin == pos) return &span;
    }
    return nullptr;
  }

  // The first identifier starting in (from, to), or `to`.
  std::size_t NextIdentifierStart(std::size_t from, std::size_t to) const {
    for (const IdentifierSpan& span : identifiers_) {
      if (span.begin > from && span.begin < to) return span.begin;
    }
    return to;
  }

  // "số" or "Số:" (any case or normalisation, or typed "so"), as written before a document number.
  static bool IsNumberWord(std::string_view word) {
    if (word.size() > 8) return false;
    std::string exact = analysis::ExactForm(word);
    if (!exact.empty() && exact.back() == ':') exact.pop_back();
    return exact == "số" || exact == "so";
  }

  // True when a document number starts at `from`, after blanks.
  bool NumberFollows(std::size_t from) const {
    while (from < query_.size() && IsBlank(query_[from])) ++from;
    return IdentifierAt(from) != nullptr;
  }

  std::size_t WordEnd(std::size_t from) const {
    std::size_t i = from;
    while (i < query_.size() && !IsBlank(query_[i]) && query_[i] != '(' && query_[i] != ')' &&
           QuotationMarkLength(query_, i) == 0) {
      ++i;
    }
    return NextIdentifierStart(from, i);
  }

  Token Next() {
    while (pos_ < query_.size() && IsBlank(query_[pos_])) ++pos_;
    Token token;
    token.position = pos_;
    if (pos_ >= query_.size()) return token;
    if (const IdentifierSpan* span = IdentifierAt(pos_)) {
      token.type = TokenType::kIdentifier;
      token.text = span->canonical;
      pos_ = span->end;
      return token;
    }
    char c = query_[pos_];
    if (c == '(' || c == ')') {
      token.type = c == '(' ? TokenType::kOpen : TokenType::kClose;
      ++pos_;
      return token;
    }
    if (QuotationMarkLength(query_, pos_) > 0) return Phrase();
    if ((c == '-' || c == '+') && pos_ + 1 < query_.size() && !IsBlank(query_[pos_ + 1]) &&
        query_[pos_ + 1] != ')' && (pos_ == 0 || IsBlank(query_[pos_ - 1]) || query_[pos_ - 1] == '(')) {
      token.type = c == '-' ? TokenType::kMinus : TokenType::kPlus;
      ++pos_;
      return token;
    }
    std::size_t end = WordEnd(pos_);
    std::string_view word = query_.substr(pos_, end - pos_);
    const bool after_sign = pos_ > 0 && (query_[pos_ - 1] == '-' || query_[pos_ - 1] == '+');
    if (IsNumberWord(word) && !after_sign && NumberFollows(end)) {
      pos_ = end;  // "số05-CT/TW", "số 05-CT/TW": "No." is how the number is written, not a word to rank by
      return Next();
    }
    std::size_t colon = word.find(':');
    // A name the schema knows is a field's even when it is not all letters ("based_on").
    if (colon != std::string_view::npos && (IsAsciiLetters(word.substr(0, colon)) ||
                                            schema::FieldForQueryName(word.substr(0, colon)) != nullptr)) {
      std::string_view value = word.substr(colon + 1);
      bool known = word.substr(0, colon) == "date" || word.substr(0, colon) == "ngay" ||
                   schema::FieldForQueryName(word.substr(0, colon)) != nullptr;
      if (known || (!value.empty() && value.substr(0, 2) != "//")) {
        token.type = TokenType::kField;
        token.text = std::string(word.substr(0, colon));
        pos_ += colon + 1;
        return token;
      }
    }
    pos_ = end;
    token.text = std::string(word);
    if (word == "AND") token.type = TokenType::kAnd;
    else if (word == "OR") token.type = TokenType::kOr;
    else if (word == "NOT") token.type = TokenType::kNot;
    else if (word == "NEAR" || word.starts_with("NEAR/")) Near(&token);
    else token.type = TokenType::kWord;
    return token;
  }

  // NEAR, or NEAR/n with n a number of at most kMaxNearDistance.
  static void Near(Token* token) {
    token->type = TokenType::kNear;
    token->distance = kDefaultNearDistance;
    if (token->text == "NEAR") return;
    const std::string_view digits = std::string_view(token->text).substr(5);
    if (digits.empty() || digits.size() > 3 || digits.find_first_not_of("0123456789") != std::string_view::npos ||
        std::stoul(std::string(digits)) > kMaxNearDistance) {
      throw QueryError("NEAR/n cần n là số từ 0 đến " + std::to_string(kMaxNearDistance) + " (như NEAR/5)",
                       token->position);
    }
    token->distance = std::stoul(std::string(digits));
  }

  Token Phrase() {
    Token token;
    token.type = TokenType::kPhrase;
    token.position = pos_;
    const std::size_t start = pos_ + QuotationMarkLength(query_, pos_);
    std::size_t close = start;
    while (close < query_.size() && QuotationMarkLength(query_, close) == 0) ++close;
    if (close == query_.size()) {
      throw QueryError("dấu ngoặc kép này chưa được đóng", pos_);
    }
    token.text = std::string(query_.substr(start, close - start));
    // A document number in quotes ("05-CT/TW") is still the number.
    std::size_t first = start;
    while (first < close && IsBlank(query_[first])) ++first;
    if (const IdentifierSpan* span = IdentifierAt(first)) {
      std::size_t after = span->end;
      while (after < close && IsBlank(query_[after])) ++after;
      if (after == close) {
        token.type = TokenType::kIdentifier;
        token.text = span->canonical;
      }
    }
    pos_ = close + QuotationMarkLength(query_, close);
    return token;
  }

  std::string_view query_;
  std::size_t pos_ = 0;
  std::vector<IdentifierSpan> identifiers_;
};

std::unique_ptr<QueryNode> MakeNode(NodeKind kind, std::size_t position, std::string text = "") {
  auto node = std::make_unique<QueryNode>();
  node->kind = kind;
  node->position = position;
  node->text = std::move(text);
  return node;
}

bool IsOperator(TokenType type) {
  return type == TokenType::kAnd || type == TokenType::kOr || type == TokenType::kNot ||
         type == TokenType::kNear || type == TokenType::kMinus || type == TokenType::kPlus;
}

// Moves out of `tokens` the filters that narrow the whole query: those written before all the
// words or after all of them, outside parentheses, not joined to anything by an operator
// ("kiểm tra OR giám sát body:TU" is both words from TU). When filters also stand among the
// words ("chi bộ body:HU OR đảng viên body:BTCTW"), each stays where it is written.
std::vector<Token> TakeOutsideFilters(std::vector<Token>* tokens) {
  auto is_value = [&](std::size_t i) {
    return i < tokens->size() && ((*tokens)[i].type == TokenType::kWord || (*tokens)[i].type == TokenType::kPhrase ||
                                  (*tokens)[i].type == TokenType::kIdentifier);
  };
  // The depth-0 filters (index of the field token), and those not joined by an operator.
  std::vector<std::size_t> outside;
  std::vector<bool> is_free(tokens->size(), false);
  int depth = 0;
  for (std::size_t i = 0; i < tokens->size(); ++i) {
    const TokenType type = (*tokens)[i].type;
    if (type == TokenType::kOpen) ++depth;
    if (type == TokenType::kClose) --depth;
    if (depth != 0 || type != TokenType::kField || !is_value(i + 1)) continue;
    outside.push_back(i);
    const bool after_operator = i > 0 && IsOperator((*tokens)[i - 1].type);
    const bool before_operator = i + 2 < tokens->size() && ((*tokens)[i + 2].type == TokenType::kAnd ||
                                                            (*tokens)[i + 2].type == TokenType::kOr);
    if (!after_operator && !before_operator) is_free[i] = is_free[i + 1] = true;
  }
  // Every one must be free and in the leading or the trailing run of filters.
  std::size_t leading = 0;
  while (leading < tokens->size() && is_free[leading]) ++leading;
  std::size_t trailing = tokens->size();
  if (trailing > 0 && (*tokens)[trailing - 1].type == TokenType::kEnd) --trailing;
  while (trailing > leading && is_free[trailing - 1]) --trailing;
  for (std::size_t i : outside) {
    if (!is_free[i] || (i >= leading && i < trailing)) return {};
  }
  std::vector<Token> kept, filters;
  for (std::size_t i = 0; i < tokens->size(); ++i) (is_free[i] ? filters : kept).push_back((*tokens)[i]);
  *tokens = std::move(kept);
  return filters;
}

class Parser {
 public:
  Parser(std::string_view query, std::vector<Token> tokens) : query_(query), tokens_(std::move(tokens)) {}

  std::unique_ptr<QueryNode> Parse() {
    if (Peek().type == TokenType::kEnd) throw QueryError("câu tìm kiếm trống", 0);
    std::vector<Token> outside = TakeOutsideFilters(&tokens_);
    std::unique_ptr<QueryNode> node;
    if (Peek().type != TokenType::kEnd) node = Expression(0);
    if (Peek().type == TokenType::kClose) {
      throw QueryError("dấu đóng ngoặc này không có dấu mở ngoặc", Peek().position);
    }
    if (Peek().type != TokenType::kEnd) {
      throw QueryError("phần này không đúng cú pháp", Peek().position);
    }
    if (outside.empty()) return node;
    outside.push_back(Token{TokenType::kEnd, "", query_.size()});
    std::unique_ptr<QueryNode> filters = Parser(query_, std::move(outside)).Expression(0);
    return node ? WithFilters(std::move(node), std::move(filters)) : std::move(filters);
  }

 private:
  const Token& Peek() const { return tokens_[index_]; }
  const Token& Take() { return tokens_[index_++]; }

  // expression := and_expression (OR and_expression)*
  std::unique_ptr<QueryNode> Expression(std::size_t depth) {
    if (depth > kMaxQueryDepth) throw QueryError("câu tìm kiếm lồng ngoặc quá sâu", Peek().position);
    auto left = AndExpression(depth);
    while (Peek().type == TokenType::kOr) {
      const Token& op = Take();
      if (StartsNothing()) throw QueryError("sau OR cần có điều cần tìm", op.position);
      auto node = MakeNode(NodeKind::kOr, op.position);
      node->children.push_back(std::move(left));
      node->children.push_back(AndExpression(depth));
      left = std::move(node);
    }
    return left;
  }

  bool StartsNothing() const {
    TokenType t = Peek().type;
    return t == TokenType::kEnd || t == TokenType::kClose || t == TokenType::kOr ||
           t == TokenType::kAnd;
  }

  // and_expression := group ((AND | AND NOT | NOT) group)*
  std::unique_ptr<QueryNode> AndExpression(std::size_t depth) {
    std::unique_ptr<QueryNode> left;
    if (Peek().type == TokenType::kNot) {
      const Token& op = Take();
      if (StartsNothing()) throw QueryError("sau NOT cần có điều cần loại trừ", op.position);
      left = MakeNode(NodeKind::kAndNot, op.position);
      left->children.push_back(MakeNode(NodeKind::kMatchAll, op.position));
      left->children.push_back(Group(depth));
    } else {
      if (Peek().type == TokenType::kAnd || Peek().type == TokenType::kOr) {
        throw QueryError("trước " + Peek().text + " cần có điều cần tìm", Peek().position);
      }
      left = Group(depth);
    }
    while (Peek().type == TokenType::kAnd || Peek().type == TokenType::kNot) {
      const Token& op = Take();
      bool negate = op.type == TokenType::kNot;
      if (!negate && Peek().type == TokenType::kNot) {
        Take();
        negate = true;
      }
      if (StartsNothing()) {
        throw QueryError(std::string(negate ? "sau NOT cần có điều cần loại trừ" : "sau AND cần có điều cần tìm"),
                         op.position);
      }
      auto node = MakeNode(negate ? NodeKind::kAndNot : NodeKind::kAnd, op.position);
      node->children.push_back(std::move(left));
      node->children.push_back(Group(depth));
      left = std::move(node);
    }
    return left;
  }

  // group := item+ ; consecutive free words become one kWords node.
  std::unique_ptr<QueryNode> Group(std::size_t depth) {
    auto group = MakeNode(NodeKind::kGroup, Peek().position);
    while (true) {
      TokenType t = Peek().type;
      if (t == TokenType::kEnd || t == TokenType::kClose || t == TokenType::kOr ||
          t == TokenType::kAnd || t == TokenType::kNot) {
        break;
      }
      auto& children = group->children;
      if (t == TokenType::kNear) {
        Near(&children);
        continue;
      }
      auto item = Item(depth);
      if (!item) continue;
      if (item->kind == NodeKind::kWords && !children.empty() &&
          children.back()->kind == NodeKind::kWords) {
        children.back()->text += " " + item->text;
      } else {
        children.push_back(std::move(item));
      }
    }
    if (group->children.empty()) throw QueryError("ở đây cần có từ cần tìm hoặc bộ lọc", group->position);
    if (group->children.size() == 1 && group->children[0]->kind != NodeKind::kExcluded) {
      return std::move(group->children[0]);
    }
    return group;
  }

  // NEAR/n between the item before it in *children — a run of words or a phrase — and the run
  // of words or the phrase after it, which replaces that item by a kNear node.
  void Near(std::vector<std::unique_ptr<QueryNode>>* children) {
    const Token op = Take();
    const auto is_side = [](const QueryNode& node) {
      return node.kind == NodeKind::kWords || node.kind == NodeKind::kPhrase;
    };
    if (!children->empty() && children->back()->kind == NodeKind::kNear) {
      throw QueryError("mỗi " + op.text + " nối hai cụm từ; nhiều điều kiện NEAR thì nối bằng AND, như (a NEAR b) AND (b NEAR c)",
                       op.position);
    }
    if (children->empty() || !is_side(*children->back())) {
      throw QueryError("trước " + op.text + " cần có từ hoặc cụm từ trong ngoặc kép", op.position);
    }
    std::unique_ptr<QueryNode> right;
    if (Peek().type == TokenType::kPhrase) {
      right = Item(0);
    } else if (Peek().type == TokenType::kWord) {
      right = MakeNode(NodeKind::kWords, Peek().position, Take().text);
      while (Peek().type == TokenType::kWord) right->text += " " + Take().text;
    } else {
      throw QueryError("sau " + op.text + " cần có từ hoặc cụm từ trong ngoặc kép", op.position);
    }
    auto near = MakeNode(NodeKind::kNear, op.position);
    near->distance = op.distance;
    near->children.push_back(std::move(children->back()));
    near->children.push_back(std::move(right));
    children->back() = std::move(near);
  }

  std::unique_ptr<QueryNode> Item(std::size_t depth) {
    const Token& token = Take();
    switch (token.type) {
      case TokenType::kWord:
        return MakeNode(NodeKind::kWords, token.position, token.text);
      case TokenType::kIdentifier:
        return MakeNode(NodeKind::kIdentifier, token.position, token.text);
      case TokenType::kPhrase:
        if (token.text.find_first_not_of(" \t") == std::string::npos) {
          throw QueryError("cụm từ trong ngoặc kép này trống", token.position);
        }
        return MakeNode(NodeKind::kPhrase, token.position, token.text);
      case TokenType::kOpen: {
        if (Peek().type == TokenType::kClose) throw QueryError("cặp ngoặc này trống", token.position);
        auto inner = Expression(depth + 1);
        if (Peek().type != TokenType::kClose) {
          throw QueryError("dấu mở ngoặc này chưa được đóng", token.position);
        }
        Take();
        return inner;
      }
      case TokenType::kMinus:
      case TokenType::kPlus: {
        TokenType next = Peek().type;
        if (next == TokenType::kEnd || next == TokenType::kClose || next == TokenType::kMinus ||
            next == TokenType::kPlus) {
          throw QueryError("sau dấu này không có gì để bắt buộc có hoặc loại trừ", token.position);
        }
        auto node = MakeNode(token.type == TokenType::kMinus ? NodeKind::kExcluded : NodeKind::kRequired,
                             token.position);
        node->children.push_back(Item(depth));
        return node;
      }
      case TokenType::kField:
        return Filter(token);
      default:
        throw QueryError("không đúng chỗ: " + token.text, token.position);
    }
  }

  std::unique_ptr<QueryNode> Filter(const Token& name) {
    const Token& value = Take();
    std::string text;
    if (value.type == TokenType::kWord || value.type == TokenType::kPhrase ||
        value.type == TokenType::kIdentifier) {
      text = value.text;
    }
    if (text.empty() || value.position != name.position + name.text.size() + 1) {
      throw QueryError("bộ lọc " + name.text + ": cần có giá trị ngay sau dấu hai chấm",
                       name.position);
    }
    if (name.text == "date" || name.text == "ngay") {
      std::string error;
      std::optional<DateRange> range = ParseDateRange(text, &error);
      if (!range) throw QueryError(error, value.position);
      auto node = MakeNode(NodeKind::kDateRange, name.position, text);
      node->low = range->low;
      node->high = range->high;
      return node;
    }
    const schema::Field* field = schema::FieldForQueryName(name.text);
    if (field == nullptr) {
      std::string known = "date";
      for (const schema::Field& f : schema::Fields()) {
        if (!f.query_names.empty()) known += ", " + std::string(f.query_names);
      }
      throw QueryError("không có bộ lọc " + name.text + ": (các bộ lọc: " + known + ")",
                       name.position);
    }
    auto node = MakeNode(NodeKind::kFilter, value.position, text);
    node->field = std::string(field->name);
    return node;
  }

  std::string_view query_;
  std::vector<Token> tokens_;
  std::size_t index_ = 0;
};

}  // namespace

std::string QueryError::Describe(std::string_view query) const {
  std::size_t column = 1;
  for (std::size_t i = 0; i < position_ && i < query.size(); ++i) {
    if ((static_cast<unsigned char>(query[i]) & 0xC0) != 0x80) ++column;
  }
  // Up to 24 bytes from the position, whole characters only, anything ill-formed shown as U+FFFD:
  // the description goes to terminals and into JSON.
  auto inside_character = [&](std::size_t i) {
    return i < query.size() && (static_cast<unsigned char>(query[i]) & 0xC0) == 0x80;
  };
  std::size_t begin = std::min(position_, query.size());
  while (inside_character(begin)) ++begin;
  std::size_t end = std::min(begin + 24, query.size());
  while (end > begin && inside_character(end)) --end;
  std::string context = analysis::SanitizeUtf8(query.substr(begin, end - begin));
  return std::string(what()) + " (ở ký tự thứ " + std::to_string(column) +
         (context.empty() ? ", cuối câu tìm kiếm)" : ": «" + context + "»)");
}

std::string QueryNode::ToString() const {
  auto list = [&](const char* name) {
    std::string out = std::string(name) + "(";
    for (std::size_t i = 0; i < children.size(); ++i) {
      if (i) out += ",";
      out += children[i]->ToString();
    }
    return out + ")";
  };
  switch (kind) {
    case NodeKind::kWords: return "WORDS\"" + text + "\"";
    case NodeKind::kPhrase: return "PHRASE\"" + text + "\"";
    case NodeKind::kIdentifier: return "ID\"" + text + "\"";
    case NodeKind::kFilter: return "FILTER(" + field + "=" + text + ")";
    case NodeKind::kDateRange: return "DATE(" + low + ".." + high + ")";
    case NodeKind::kGroup: return list("GROUP");
    case NodeKind::kAnd: return list("AND");
    case NodeKind::kOr: return list("OR");
    case NodeKind::kAndNot: return list("ANDNOT");
    case NodeKind::kRequired: return list("REQUIRED");
    case NodeKind::kExcluded: return list("EXCLUDED");
    case NodeKind::kMatchAll: return "ALL";
    case NodeKind::kNear: return list(("NEAR/" + std::to_string(distance)).c_str());
  }
  return "?";
}

std::unique_ptr<QueryNode> WithoutFilters(const QueryNode& node) {
  auto copy = std::make_unique<QueryNode>();
  copy->kind = node.kind;
  copy->text = node.text;
  copy->field = node.field;
  copy->low = node.low;
  copy->high = node.high;
  copy->position = node.position;
  copy->distance = node.distance;
  switch (node.kind) {
    case NodeKind::kFilter:
    case NodeKind::kDateRange:
      return nullptr;
    case NodeKind::kWords:
    case NodeKind::kPhrase:
    case NodeKind::kIdentifier:
    case NodeKind::kMatchAll:
      return copy;
    case NodeKind::kAndNot: {
      auto kept = WithoutFilters(*node.children[0]);
      auto excluded = WithoutFilters(*node.children[1]);
      if (!excluded) return kept;
      if (!kept) {
        kept = std::make_unique<QueryNode>();
        kept->kind = NodeKind::kMatchAll;
      }
      copy->children.push_back(std::move(kept));
      copy->children.push_back(std::move(excluded));
      return copy;
    }
    case NodeKind::kNear:  // its sides are words: nothing to take out
      for (const auto& child : node.children) copy->children.push_back(WithoutFilters(*child));
      return copy;
    case NodeKind::kRequired:
    case NodeKind::kExcluded: {
      auto inner = WithoutFilters(*node.children[0]);
      if (!inner) return nullptr;
      copy->children.push_back(std::move(inner));
      return copy;
    }
    case NodeKind::kGroup:
    case NodeKind::kAnd:
    case NodeKind::kOr:
      for (const auto& child : node.children) {
        if (auto kept = WithoutFilters(*child)) copy->children.push_back(std::move(kept));
      }
      if (copy->children.empty()) return nullptr;
      // AND or OR of one is it, and so is a group of one, unless that one is a lone -item (which
      // excludes from every document only as a group).
      if (copy->children.size() == 1 &&
          (node.kind != NodeKind::kGroup || copy->children[0]->kind != NodeKind::kExcluded)) {
        return std::move(copy->children[0]);
      }
      return copy;
  }
  return nullptr;
}

std::unique_ptr<QueryNode> WithFilters(std::unique_ptr<QueryNode> query, std::unique_ptr<QueryNode> filters) {
  auto group = std::make_unique<QueryNode>();
  group->kind = NodeKind::kGroup;
  group->position = query->position;
  group->children.push_back(std::move(query));
  if (filters->kind == NodeKind::kGroup) {
    for (auto& filter : filters->children) group->children.push_back(std::move(filter));
  } else {
    group->children.push_back(std::move(filters));
  }
  return group;
}

std::size_t QuotationMarkLength(std::string_view query, std::size_t pos) {
  if (pos >= query.size()) return 0;
  if (query[pos] == '"') return 1;
  for (std::string_view mark : {"“", "”", "„", "«", "»"}) {
    if (query.substr(pos, mark.size()) == mark) return mark.size();
  }
  return 0;
}

std::unique_ptr<QueryNode> ParseQuery(std::string_view query) {
  if (query.size() > kMaxQueryBytes) {
    throw QueryError("câu tìm kiếm dài quá " + std::to_string(kMaxQueryBytes) + " byte",
                     kMaxQueryBytes);
  }
  for (std::size_t pos = 0; pos < query.size();) {
    const std::size_t start = pos;
    bool invalid = false;
    analysis::DecodeUtf8(query, &pos, &invalid);
    if (invalid) throw QueryError("câu tìm kiếm không phải văn bản UTF-8 hợp lệ", start);
  }
  return Parser(query, Lexer(query).Tokens()).Parse();
}

}  // namespace vankien::query
