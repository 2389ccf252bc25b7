// The user query language, parsed once and rendered for each backend: words
// (all must match), "phrases", OR between alternatives, -word to exclude,
// word* for a prefix. Every term is quoted when rendered, so nothing else
// the user types is ever taken as FTS5 or tsquery syntax.
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "store/common.h"
#include "store/sqlite_store.h"

namespace dateline::store {
namespace {

bool HasWordChar(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80 || std::isalnum(c)) return true;
  return false;
}

// Splits on spaces, keeping "quoted phrases" (with their quotes) as one token.
std::vector<std::string> Tokens(std::string_view q) {
  std::vector<std::string> out;
  for (size_t i = 0; i < q.size();) {
    if (std::isspace(static_cast<unsigned char>(q[i]))) { ++i; continue; }
    size_t end;
    if (q[i] == '"' || (q[i] == '-' && i + 1 < q.size() && q[i + 1] == '"')) {
      size_t open = q.find('"', i);
      end = q.find('"', open + 1);
      end = end == std::string_view::npos ? q.size() : end + 1;
    } else {
      end = i;
      while (end < q.size() && !std::isspace(static_cast<unsigned char>(q[end]))) ++end;
    }
    out.emplace_back(q.substr(i, end - i));
    i = end;
  }
  return out;
}

// One operand: a word, phrase or prefix; nullopt when nothing to match.
std::optional<QueryTerm> Operand(std::string_view t) {
  QueryTerm term;
  term.prefix = t.size() > 1 && t.back() == '*' && t.front() != '"';
  if (term.prefix) t.remove_suffix(1);
  if (!HasWordChar(t)) return std::nullopt;
  for (char c : t)
    if (c != '"') term.text.push_back(c);
  return term;
}

}  // namespace

ParsedQuery ParseQuery(std::string_view query) {
  ParsedQuery q;
  q.any.emplace_back();
  for (const std::string& t : Tokens(query)) {
    if (t == "OR") {
      if (!q.any.back().empty()) q.any.emplace_back();
    } else if (t == "AND") {
      continue;
    } else if (t.size() > 1 && t[0] == '-') {
      if (auto op = Operand(std::string_view(t).substr(1))) q.none.push_back(*op);
    } else if (auto op = Operand(t)) {
      q.any.back().push_back(*op);
    }
  }
  if (q.any.back().empty()) q.any.pop_back();
  return q;
}

std::string ToFts5Query(std::string_view query) {
  ParsedQuery q = ParseQuery(query);
  if (q.any.empty()) return {};
  auto quoted = [](const QueryTerm& t) { return "\"" + t.text + "\"" + (t.prefix ? "*" : ""); };
  std::string out;
  for (const auto& group : q.any) {
    std::string all;
    for (const QueryTerm& t : group) all += (all.empty() ? "" : " AND ") + quoted(t);
    out += (out.empty() ? "(" : " OR (") + all + ")";
  }
  if (q.none.empty()) return out;
  out = "(" + out + ")";
  for (const QueryTerm& t : q.none) out += " NOT " + quoted(t);
  return out;
}

}  // namespace dateline::store
