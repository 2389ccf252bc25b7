// Readers for the project's dictionary files in data/: tab-separated text,
// one entry a line, '#' starting a comment line, blank lines ignored. A line
// with too few columns is reported as "file:line: reason" and skipped, so a
// bad edit to a dictionary degrades one entry, never the whole run.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dateline::extract {

struct DataTable {
  std::vector<std::vector<std::string>> rows;  // columns trimmed, each row has >= min_columns
  std::vector<std::string> errors;             // "news_agencies.tsv:12: expected 2 columns, got 1"
};

// Parses `contents` (the text of data file `name`). Pure; thread-safe.
DataTable ParseDataTable(std::string_view name, std::string_view contents, size_t min_columns);

// Loads data file `name` (util::LoadData) and parses it. Errors, including a
// missing file, are written to stderr once per call: call it from a
// function-local static so each file is read and reported once per process.
DataTable LoadDataTable(std::string_view name, size_t min_columns);

// Lookup key for dictionary names: Unicode lower case, curly apostrophes
// straightened, whitespace runs collapsed to one space, trimmed.
std::string LookupKey(std::string_view s);

}  // namespace dateline::extract
