// The serve subcommand of the dateline command line.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace dateline::cli {

struct ServeFlags {
  std::string db;  // --db; empty: $DATELINE_DB, else ./dateline.db
  std::string host = "127.0.0.1";
  int port = 8080;
  size_t threads = 8;
};

void AddServeCommand(CLI::App& app, ServeFlags& f);
// Serves until killed; 2 when the store cannot be opened or the port bound.
int RunServe(const ServeFlags& f);

}  // namespace dateline::cli
