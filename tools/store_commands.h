// The store subcommands of the dateline command line: ingest, search, stats,
// export. Each parses flags into a struct and calls the public Store API.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace dateline::cli {

struct FilterFlags {
  std::optional<std::string> from, to, source, language;
  std::optional<std::string> person, actor, place, event;
  bool no_duplicates = false;
  size_t limit = 0;
};

struct StoreFlags {
  std::string db;  // --db; empty: $DATELINE_DB, else ./dateline.db
  // ingest
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  int threads = 0;
  bool progress = false, no_progress = false;
  uint64_t max_bytes = 64ull << 20;
  size_t batch = 500;
  // search / export
  std::vector<std::string> query;
  FilterFlags filter;
  bool json = false;
  std::string what = "articles";
  std::string format = "jsonl";
};

// Registers ingest, search, stats, export and stories on app, writing into f.
void AddStoreCommands(CLI::App& app, StoreFlags& f);

// Runs the store subcommand that was parsed; nullopt when none was.
// Exit codes: 0 ok, 1 some documents failed, 2 usage or store error.
std::optional<int> RunStoreCommand(const CLI::App& app, const StoreFlags& f);

}  // namespace dateline::cli
