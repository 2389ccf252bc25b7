// The command line as a user meets it: JSON Lines on stdout, one JSON error
// per failed document on stderr, exit status 1 when any document failed and
// 2 for a usage error.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct CliRun {
  int status;
  std::string out;
  std::string err;
};

CliRun Dateline(const std::string& args) {
  std::string err_path = std::filesystem::temp_directory_path() / ("dateline-cli-" + std::to_string(::getpid()));
  std::string cmd = std::string(DATELINE_BINARY) + " " + args + " 2>" + err_path;
  CliRun r;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::ifstream e(err_path);
  r.err.assign(std::istreambuf_iterator<char>(e), {});
  std::filesystem::remove(err_path);
  return r;
}

std::vector<nlohmann::json> Lines(const std::string& s) {
  std::vector<nlohmann::json> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    if (nl > start) out.push_back(nlohmann::json::parse(s.substr(start, nl - start)));
    start = nl + 1;
  }
  return out;
}

const std::string kExamples = std::string(DATELINE_SOURCE_DIR) + "/examples";

TEST(Cli, AnalyzeWritesTheContractFields) {
  CliRun r = Dateline("analyze --no-progress " + kExamples + "/wire-port-strike.txt");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  for (const char* key : {"schema", "id", "input", "url", "source", "language", "title", "published", "authors",
                          "dateline", "text", "boilerplate"})
    EXPECT_TRUE(lines[0].contains(key)) << key;
  EXPECT_EQ(lines[0]["schema"], 1);
  EXPECT_EQ(lines[0]["input"], kExamples + "/wire-port-strike.txt");
}

TEST(Cli, SameInputGivesSameId) {
  CliRun a = Dateline("analyze --no-progress " + kExamples + "/wire-port-strike.txt");
  CliRun b = Dateline("analyze --no-progress -j 1 " + kExamples + "/wire-port-strike.txt");
  EXPECT_EQ(Lines(a.out)[0]["id"], Lines(b.out)[0]["id"]);
}

TEST(Cli, FailedDocumentGivesJsonErrorAndExitStatusOne) {
  CliRun r = Dateline("analyze --no-progress /nonexistent/file.txt " + kExamples + "/wire-port-strike.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(Lines(r.out).size(), 1u);
  auto errors = Lines(r.err);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0]["input"], "/nonexistent/file.txt");
  EXPECT_TRUE(errors[0]["error"].is_string());
}

TEST(Cli, UsageErrorExitsTwo) {
  EXPECT_EQ(Dateline("analyze --input-format bogus x").status, 2);
  EXPECT_EQ(Dateline("frobnicate").status, 2);
}

TEST(Cli, DirectoryIsReadRecursivelyInOrder) {
  CliRun r = Dateline("analyze --no-progress -j 2 " + kExamples);
  auto lines = Lines(r.out);
  ASSERT_GE(lines.size(), 4u);
  std::vector<std::string> inputs;
  for (auto& l : lines) inputs.push_back(l["input"]);
  EXPECT_TRUE(std::is_sorted(inputs.begin(), inputs.end()));
}

}  // namespace
