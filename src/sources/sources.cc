// Placeholder until the streaming readers land: each named regular file is one document.
#include <fstream>
#include <sstream>

#include "dateline/sources.h"

namespace dateline {

std::optional<InputFormat> ParseInputFormat(const std::string& name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "html") return InputFormat::kHtml;
  if (name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "warc") return InputFormat::kWarc;
  return std::nullopt;
}

namespace {
class FileList : public DocumentSource {
 public:
  explicit FileList(std::vector<std::string> inputs) : inputs_(std::move(inputs)) {}
  bool Next(Result<RawDocument>* out) override {
    if (next_ >= inputs_.size()) return false;
    const std::string& path = inputs_[next_++];
    std::ifstream in(path, std::ios::binary);
    if (!in) { *out = MakeError("cannot open", path); return true; }
    std::stringstream ss;
    ss << in.rdbuf();
    RawDocument doc;
    doc.input = path;
    doc.bytes = ss.str();
    read_ += doc.bytes.size();
    *out = std::move(doc);
    return true;
  }
  uint64_t bytes_read() const override { return read_; }
  uint64_t bytes_total() const override { return 0; }

 private:
  std::vector<std::string> inputs_;
  size_t next_ = 0;
  uint64_t read_ = 0;
};
}  // namespace

std::unique_ptr<DocumentSource> OpenSources(const std::vector<std::string>& inputs,
                                            const SourceOptions& options) {
  return std::make_unique<FileList>(inputs);
}

}  // namespace dateline
