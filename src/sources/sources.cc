// Orchestration: the walker names the next file, OpenInput opens it (a file
// descriptor, or stdin for "-") and OpenReader picks the container reader;
// documents are pulled from that reader until it ends, then the next file.
// Only one input is open at a time, so memory is one read buffer, one gzip
// window and the document in hand.
//
// bytes_read() is an atomic counter every FdStream adds to, so a progress
// thread may read it while another thread pulls documents. bytes_total() is
// worked out on its first call, by a second walk over the same inputs that
// only stats files.
#include "dateline/sources.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

#include "sources/byte_reader.h"
#include "sources/input.h"
#include "sources/walk.h"

namespace dateline {

std::optional<InputFormat> ParseInputFormat(const std::string& name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "html") return InputFormat::kHtml;
  if (name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "warc") return InputFormat::kWarc;
  return std::nullopt;
}

namespace sources {
namespace {

std::unique_ptr<InputReader> OpenInput(const std::string& path, const SourceOptions& options,
                                       std::atomic<uint64_t>* counter) {
  if (path == "-") return OpenReader(std::make_unique<FdStream>(STDIN_FILENO, path, counter), path, options);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::make_unique<ErrorReader>(MakeError(std::string("cannot open: ") + std::strerror(errno), path));
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return std::make_unique<ErrorReader>(MakeError("cannot open: is a directory", path));
  }
  return OpenReader(std::make_unique<FdStream>(fd, path, counter), path, options);
}

// Sum of the sizes of the regular files the inputs name; 0 if one of them
// is stdin or another stream whose size is unknown.
uint64_t TotalBytes(const std::vector<std::string>& inputs) {
  InputWalker walker(inputs);
  std::variant<std::string, Error> item;
  uint64_t total = 0;
  while (walker.Next(&item)) {
    const std::string* path = std::get_if<std::string>(&item);
    if (!path) continue;
    struct stat st;
    if (*path == "-") return 0;
    if (::stat(path->c_str(), &st) != 0) continue;
    if (!S_ISREG(st.st_mode)) return 0;
    total += uint64_t(st.st_size);
  }
  return total;
}

class InputSet : public DocumentSource {
 public:
  InputSet(std::vector<std::string> inputs, const SourceOptions& options)
      : inputs_(inputs), walker_(std::move(inputs)), options_(options) {}

  bool Next(Result<RawDocument>* out) override {
    for (;;) {
      if (reader_ && reader_->Next(out)) return true;
      reader_.reset();
      std::variant<std::string, Error> item;
      if (!walker_.Next(&item)) return false;
      if (const Error* e = std::get_if<Error>(&item)) {
        *out = *e;
        return true;
      }
      reader_ = OpenInput(std::get<std::string>(item), options_, &read_);
    }
  }

  uint64_t bytes_read() const override { return read_.load(std::memory_order_relaxed); }

  uint64_t bytes_total() const override {
    std::call_once(total_once_, [this] { total_.store(TotalBytes(inputs_)); });
    return total_.load();
  }

 private:
  const std::vector<std::string> inputs_;
  InputWalker walker_;
  SourceOptions options_;
  std::unique_ptr<InputReader> reader_;
  std::atomic<uint64_t> read_{0};
  mutable std::once_flag total_once_;
  mutable std::atomic<uint64_t> total_{0};
};

}  // namespace
}  // namespace sources

std::unique_ptr<DocumentSource> OpenSources(const std::vector<std::string>& inputs, const SourceOptions& options) {
  return std::make_unique<sources::InputSet>(inputs, options);
}

}  // namespace dateline
