// Byte streams under the sources stage: a file descriptor, bytes in memory,
// inflated gzip over either, and a buffered reader with lines and exact-size
// reads on top. Every reader holds a fixed buffer, so memory does not grow
// with the size of an input; only what a caller asks to keep (one document)
// is held in full.
//
// A Stream may stop early at damage (a read error, corrupt gzip). It then
// returns 0 from Read like at the end, and error() says what happened; when
// the damage is local (one corrupt gzip member) Resume() skips to where the
// data can be read again and reading goes on.
//
// Not thread-safe: each object is used from one thread at a time. The byte
// counter an FdStream updates is atomic so progress can be read elsewhere.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/result.h"

namespace dateline::sources {

inline constexpr size_t kReadBufferBytes = 256 << 10;

class Stream {
 public:
  virtual ~Stream() = default;

  // Reads up to n bytes into dst; 0 at the end or at damage (see error()).
  virtual size_t Read(char* dst, size_t n) = 0;

  // Why reading stopped early; nullopt after a clean end (or while reading).
  const std::optional<Error>& error() const { return error_; }

  // After damage: skips to the next readable point and clears error().
  // False if there is none (the stream stays ended).
  virtual bool Resume() { return false; }

  // For gzip streams: the compressed offset of the latest gzip member that
  // starts at an output offset in [lo, hi]. Queries must not go backwards.
  virtual std::optional<uint64_t> MemberStartIn(uint64_t lo, uint64_t hi) { return std::nullopt; }

 protected:
  std::optional<Error> error_;
};

// Reads a file descriptor (closed on destruction unless it is stdin). Adds
// every byte read to *counter when one is given.
class FdStream : public Stream {
 public:
  FdStream(int fd, std::string name, std::atomic<uint64_t>* counter);
  ~FdStream() override;
  FdStream(const FdStream&) = delete;
  FdStream& operator=(const FdStream&) = delete;

  size_t Read(char* dst, size_t n) override;

 private:
  int fd_;
  std::string name_;
  std::atomic<uint64_t>* counter_;
  bool ended_ = false;
};

// Reads bytes held elsewhere (fuzz targets, tests). The bytes must outlive it.
class MemoryStream : public Stream {
 public:
  explicit MemoryStream(std::string_view bytes) : bytes_(bytes) {}
  size_t Read(char* dst, size_t n) override;

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

// A stream with a few bytes looked at in advance (to tell gzip from the
// rest) that are then handed out again first.
class PeekStream : public Stream {
 public:
  explicit PeekStream(std::unique_ptr<Stream> inner) : inner_(std::move(inner)) {}
  // The first n bytes (fewer at the end); does not consume them.
  std::string_view Peek(size_t n);
  size_t Read(char* dst, size_t n) override;
  bool Resume() override;

 private:
  std::unique_ptr<Stream> inner_;
  std::string head_;
  size_t head_pos_ = 0;
};

// Buffered reading with positions. position() counts bytes handed out by
// the stream, i.e. decompressed bytes for a gzip stream.
class BufferedReader {
 public:
  explicit BufferedReader(std::unique_ptr<Stream> stream, size_t capacity = kReadBufferBytes);

  // At least min(n, capacity) bytes unless the stream ends first. The view
  // is valid until the next call.
  std::string_view Peek(size_t n);
  void Consume(size_t n);  // n <= the size of the last Peek
  uint64_t position() const { return position_; }
  bool AtEnd() { return Peek(1).empty(); }

  enum class Line { kOk, kLast, kTooLong, kEnd };
  // One line without its "\n" (and without a final "\r"). kLast: a line the
  // end of the stream cut before any "\n". A line longer than max is
  // consumed without being kept and gives kTooLong. kEnd: nothing was left.
  Line ReadLine(size_t max, std::string* line);
  // Appends up to n bytes to *out; returns how many (fewer at the end).
  uint64_t ReadBytes(uint64_t n, std::string* out);
  // Skips up to n bytes without keeping them; returns how many.
  uint64_t Skip(uint64_t n);

  const std::optional<Error>& error() const { return stream_->error(); }
  // After damage: drops what is buffered and resumes the stream.
  bool Resume();
  std::optional<uint64_t> MemberStartIn(uint64_t lo, uint64_t hi) { return stream_->MemberStartIn(lo, hi); }

 private:
  bool Fill();  // reads more into the buffer; false at the end

  std::unique_ptr<Stream> stream_;
  std::vector<char> buf_;
  size_t begin_ = 0, end_ = 0;  // unconsumed bytes are buf_[begin_, end_)
  uint64_t position_ = 0;
  bool ended_ = false;
};

// True if the bytes start with the gzip magic number.
bool IsGzipMagic(std::string_view head);

// Wraps raw in a gunzip stream when it starts with the gzip magic number.
// name is used in error messages.
std::unique_ptr<Stream> MaybeGunzip(std::unique_ptr<Stream> raw, const std::string& name);

}  // namespace dateline::sources
