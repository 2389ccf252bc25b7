// dateline serve: flags in, dateline::Server out (include/dateline/api.h).
#include <cstdio>
#include <cstdlib>

#include "dateline/api.h"
#include "serve_command.h"

namespace dateline::cli {

void AddServeCommand(CLI::App& app, ServeFlags& f) {
  CLI::App* cmd = app.add_subcommand("serve", "Serve the store's JSON API and the web page over HTTP (read-only)");
  cmd->add_option("--db", f.db, "SQLite file or postgresql:// URL (default: $DATELINE_DB, else ./dateline.db)");
  cmd->add_option("--host,--bind", f.host, "Address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", f.port, "Port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", f.threads, "Worker threads (default 8)")->check(CLI::Range(1, 256));
}

int RunServe(const ServeFlags& f) {
  ServeOptions options;
  const char* env = std::getenv("DATELINE_DB");
  options.target = !f.db.empty() ? f.db : env && *env ? env : "dateline.db";
  options.host = f.host;
  options.port = f.port;
  options.threads = f.threads;
  Result<std::unique_ptr<Server>> server = Server::Bind(options);
  if (!server.ok()) {
    const Error& e = server.error();
    std::fprintf(stderr, "dateline: %s%s%s\n", e.input.c_str(), e.input.empty() ? "" : ": ", e.message.c_str());
    return 2;
  }
  std::string shown = options.host == "0.0.0.0" || options.host == "::" ? "127.0.0.1" : options.host;
  if (shown.find(':') != std::string::npos) shown = "[" + shown + "]";
  std::fprintf(stderr, "dateline: serving %s at http://%s:%d/  (Ctrl-C to stop)\n", options.target.c_str(),
               shown.c_str(), server.value()->port());
  return server.value()->Run() ? 0 : 1;
}

}  // namespace dateline::cli
