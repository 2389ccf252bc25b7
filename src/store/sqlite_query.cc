// User query -> FTS5 expression. Every word and phrase is double-quoted, so
// nothing the user types is taken as FTS5 syntax except the operators we
// recognise: OR, -word (NOT), word* (prefix) and "phrases".
#include <cctype>
#include <string>
#include <vector>

#include "store/sqlite_store.h"

namespace dateline::store {
namespace {

bool HasWordChar(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80 || std::isalnum(c)) return true;
  return false;
}

std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s)
    if (c != '"') out.push_back(c);
  return out + "\"";
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

// One operand: a quoted word, phrase or prefix; empty when nothing to match.
std::string Operand(std::string_view t) {
  bool prefix = t.size() > 1 && t.back() == '*' && t.front() != '"';
  if (prefix) t.remove_suffix(1);
  if (!HasWordChar(t)) return {};
  return Quote(t) + (prefix ? "*" : "");
}

}  // namespace

std::string ToFts5Query(std::string_view query) {
  std::vector<std::string> positive, negative;
  for (const std::string& t : Tokens(query)) {
    if (t == "OR") {
      if (!positive.empty() && positive.back() != "OR") positive.push_back("OR");
    } else if (t == "AND") {
      continue;
    } else if (t.size() > 1 && t[0] == '-') {
      if (std::string op = Operand(std::string_view(t).substr(1)); !op.empty()) negative.push_back(op);
    } else if (std::string op = Operand(t); !op.empty()) {
      positive.push_back(op);
    }
  }
  while (!positive.empty() && positive.back() == "OR") positive.pop_back();
  if (positive.empty()) return {};
  std::string out;
  for (const std::string& p : positive) out += (out.empty() ? "" : " ") + p;
  if (negative.empty()) return out;
  out = "(" + out + ")";
  for (const std::string& n : negative) out += " NOT " + n;
  return out;
}

}  // namespace dateline::store
