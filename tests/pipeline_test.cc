// The pipeline's promises: results in input order whatever the thread count,
// errors reported in place without stopping the batch.
#include "dateline/pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dateline {
namespace {

namespace fs = std::filesystem;

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dateline-pipeline-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  fs::path dir_;
};

std::vector<std::string> RunCollect(const std::vector<std::string>& inputs, int threads,
                                    std::vector<Error>* errors) {
  std::vector<std::string> texts;
  PipelineOptions options;
  options.threads = threads;
  PipelineSink sink;
  sink.on_article = [&](Article&& a) { texts.push_back(a.text); };
  sink.on_error = [&](const Error& e) { errors->push_back(e); };
  RunPipeline(inputs, options, sink);
  return texts;
}

TEST_F(PipelineTest, KeepsInputOrderWithManyThreads) {
  std::vector<std::string> inputs;
  for (int i = 0; i < 200; ++i)
    inputs.push_back(Write("doc" + std::to_string(i) + ".txt", "Article number " + std::to_string(i) +
                                                                   " says something about the world."));
  std::vector<Error> errors;
  auto texts = RunCollect(inputs, 4, &errors);
  ASSERT_EQ(texts.size(), 200u);
  for (int i = 0; i < 200; ++i) EXPECT_NE(texts[i].find("number " + std::to_string(i) + " "), std::string::npos);
  EXPECT_TRUE(errors.empty());
}

TEST_F(PipelineTest, ErrorsAreReportedInPlaceAndTheBatchGoesOn) {
  std::vector<std::string> inputs = {Write("a.txt", "First article body."), (dir_ / "missing.txt").string(),
                                     Write("b.txt", "Second article body.")};
  std::vector<Error> errors;
  auto texts = RunCollect(inputs, 2, &errors);
  ASSERT_EQ(texts.size(), 2u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].input, inputs[1]);
}

TEST_F(PipelineTest, StatsCountDocumentsErrorsAndBytes) {
  std::vector<std::string> inputs = {Write("a.txt", "Some text."), (dir_ / "nope").string()};
  PipelineOptions options;
  options.threads = 1;
  PipelineStats stats = RunPipeline(inputs, options, PipelineSink{});
  EXPECT_EQ(stats.documents, 1u);
  EXPECT_EQ(stats.errors, 1u);
  EXPECT_EQ(stats.bytes, 10u);
}

}  // namespace
}  // namespace dateline
