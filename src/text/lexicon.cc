// The text stage's dictionaries: abbreviations that keep their period and
// the words that typically open a sentence. Both are readable files in data/
// (compiled into the binary, overridable with DATELINE_DATA_DIR), parsed once
// per process into hash sets. A bad line is reported as "file:line: why" and
// skipped; the good lines still load.
#include <algorithm>

#include "text/internal.h"
#include "util/embedded.h"
#include "util/strings.h"

namespace dateline::text {
namespace {

constexpr std::string_view kAbbreviationsFile = "abbreviations.txt";
constexpr std::string_view kStartersFile = "text_sentence_starters.txt";

// Calls fn(line_number, fields) for each non-blank, non-comment line; fields
// split on ASCII whitespace, a '#' starts a comment.
template <class Fn>
void ForEachLine(std::string_view data, Fn fn) {
  size_t number = 0;
  for (std::string_view line : util::SplitLines(data)) {
    ++number;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    std::vector<std::string_view> fields;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && util::IsSpace(line[i])) ++i;
      size_t b = i;
      while (i < line.size() && !util::IsSpace(line[i])) ++i;
      if (i > b) fields.push_back(line.substr(b, i - b));
    }
    if (!fields.empty()) fn(number, fields);
  }
}

Error LineError(std::string_view name, size_t line, const std::string& why) {
  return MakeError(std::string(name) + ":" + std::to_string(line) + ": " + why, std::string(name),
                   int64_t(line));
}

std::optional<AbbrevClass> ParseClass(std::string_view s) {
  if (s == "title") return AbbrevClass::kTitle;
  if (s == "number") return AbbrevClass::kNumber;
  if (s == "other") return AbbrevClass::kOther;
  return std::nullopt;
}

bool HasSpaceOrControl(std::string_view s) {
  for (unsigned char c : s)
    if (c <= ' ') return true;
  return false;
}

}  // namespace

void ParseAbbreviations(std::string_view data, std::string_view name, Lexicon* lex,
                        std::vector<Error>* errors) {
  ForEachLine(data, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() != 2) return errors->push_back(LineError(name, line, "expected \"<abbreviation> <class>\""));
    if (f[0].size() < 2 || f[0].back() != '.')
      return errors->push_back(LineError(name, line, "abbreviation must end with '.': \"" + std::string(f[0]) + "\""));
    auto cls = ParseClass(f[1]);
    if (!cls)
      return errors->push_back(LineError(name, line, "unknown class \"" + std::string(f[1]) +
                                                         "\" (title, number or other)"));
    lex->abbreviations[std::string(f[0])] = *cls;
    lex->max_abbreviation_bytes = std::max(lex->max_abbreviation_bytes, f[0].size());
  });
}

void ParseStarters(std::string_view data, std::string_view name, Lexicon* lex, std::vector<Error>* errors) {
  ForEachLine(data, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() != 1 || HasSpaceOrControl(f[0]))
      return errors->push_back(LineError(name, line, "expected one word per line"));
    lex->starters.insert(std::string(f[0]));
  });
}

const LoadedLexicon& DefaultLexicon() {
  static const LoadedLexicon* loaded = [] {
    auto* l = new LoadedLexicon;
    ParseAbbreviations(util::LoadData(kAbbreviationsFile), kAbbreviationsFile, &l->lexicon, &l->errors);
    ParseStarters(util::LoadData(kStartersFile), kStartersFile, &l->lexicon, &l->errors);
    if (l->lexicon.abbreviations.empty())
      l->errors.push_back(MakeError(std::string(kAbbreviationsFile) + ": missing or empty"));
    return l;
  }();
  return *loaded;
}

}  // namespace dateline::text
