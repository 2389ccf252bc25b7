// Dictionary files are small (a few hundred lines), read once per process
// into hash maps by their callers; this file only splits and validates.
#include "extract/datafile.h"

#include <cstdio>

#include "extract/textcase.h"
#include "util/embedded.h"
#include "util/strings.h"

namespace dateline::extract {
namespace {

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.emplace_back(util::Trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  while (!cols.empty() && cols.back().empty()) cols.pop_back();
  return cols;
}

}  // namespace

DataTable ParseDataTable(std::string_view name, std::string_view contents, size_t min_columns) {
  DataTable table;
  std::vector<std::string_view> lines = util::SplitLines(contents);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view t = util::Trim(lines[i]);
    if (t.empty() || t[0] == '#') continue;
    std::vector<std::string> cols = SplitTabs(lines[i]);
    bool empty_field = false;
    for (size_t c = 0; c < cols.size() && c < min_columns; ++c) empty_field |= cols[c].empty();
    if (cols.size() < min_columns || empty_field) {
      table.errors.push_back(std::string(name) + ":" + std::to_string(i + 1) + ": expected " +
                             std::to_string(min_columns) + " tab-separated columns, got " +
                             std::to_string(cols.size()));
      continue;
    }
    table.rows.push_back(std::move(cols));
  }
  return table;
}

DataTable LoadDataTable(std::string_view name, size_t min_columns) {
  std::string contents = util::LoadData(name);
  DataTable table = ParseDataTable(name, contents, min_columns);
  if (contents.empty()) table.errors.push_back(std::string(name) + ": data file missing or empty");
  for (const std::string& e : table.errors) std::fprintf(stderr, "dateline: %s\n", e.c_str());
  return table;
}

std::string LookupKey(std::string_view s) {
  std::string lower = UnicodeLower(s);
  std::string out;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (lower.compare(i, 3, "\xE2\x80\x99") == 0) { out.push_back('\''); i += 2; continue; }
    out.push_back(lower[i]);
  }
  return util::CollapseSpace(out);
}

}  // namespace dateline::extract
