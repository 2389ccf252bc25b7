// The dateline command line: parses flags, calls the library, writes JSON
// Lines. Kept thin: everything it does is available through include/dateline.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "dateline/gdelt.h"
#include "dateline/json.h"
#include "dateline/pipeline.h"
#include "serve_command.h"
#include "store_commands.h"

namespace {

struct AnalyzeFlags {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  std::string format = "jsonl";
  int threads = 0;
  bool progress = false;
  bool no_progress = false;
  uint64_t max_bytes = 64ull << 20;
};

void AddAnalyze(CLI::App& app, AnalyzeFlags& f) {
  CLI::App* cmd = app.add_subcommand("analyze", "Analyse articles; one JSON object per article on stdout");
  cmd->add_option("inputs", f.inputs, "Files, directories (recursive) or - for stdin; gzip is undone")
      ->required();
  cmd->add_option("--input-format", f.input_format, "auto|html|text|jsonl|warc (default: auto, from content)")
      ->check(CLI::IsMember({"auto", "html", "text", "jsonl", "warc"}));
  cmd->add_option("--format", f.format, "jsonl|gdelt: article JSON Lines, or GDELT 2.0 event rows (default: jsonl)")
      ->check(CLI::IsMember({"jsonl", "gdelt"}));
  cmd->add_option("-j,--threads", f.threads, "Worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  cmd->add_flag("--progress", f.progress, "Progress on stderr even when it is not a terminal");
  cmd->add_flag("--no-progress", f.no_progress, "No progress line");
  cmd->add_option("--max-bytes", f.max_bytes, "Skip (with an error) documents larger than this (default 64 MiB)");
}

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
  return buf;
}

int RunAnalyze(const AnalyzeFlags& f) {
  dateline::PipelineOptions options;
  options.threads = f.threads;
  options.progress = !f.no_progress && (f.progress || isatty(STDERR_FILENO));
  options.source.format = *dateline::ParseInputFormat(f.input_format);
  options.source.max_document_bytes = f.max_bytes;

  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  dateline::PipelineSink sink;
  std::string now = NowUtc();
  sink.on_article = [&](dateline::Article&& a) {
    std::string out = f.format == "gdelt" ? dateline::ArticleToGdelt(a, now) : dateline::ArticleToJson(a) + "\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
  };
  sink.on_error = [&](const dateline::Error& e) {
    std::fflush(stdout);
    std::string line = dateline::ErrorToJson(e);
    if (options.progress) std::fputs("\r\033[K", stderr);
    std::fprintf(stderr, "%s\n", line.c_str());
  };
  dateline::PipelineStats stats = dateline::RunPipeline(f.inputs, options, sink);
  std::fflush(stdout);
  return stats.errors ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dateline: news articles -> structured knowledge (JSON Lines, a searchable store)"};
  app.set_version_flag("--version", "dateline 0.1.0");
  app.require_subcommand(1);
  AnalyzeFlags analyze;
  AddAnalyze(app, analyze);
  dateline::cli::StoreFlags store;
  dateline::cli::AddStoreCommands(app, store);
  dateline::cli::ServeFlags serve;
  dateline::cli::AddServeCommand(app, serve);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (app.got_subcommand("analyze")) return RunAnalyze(analyze);
  if (auto status = dateline::cli::RunStoreCommand(app, store)) return *status;
  if (app.got_subcommand("serve")) return dateline::cli::RunServe(serve);
  return 2;
}
