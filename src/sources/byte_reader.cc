// The readers every input goes through. A fixed buffer sits over a plain
// read(2) loop; lines and exact-size reads are served from the buffer and
// refill it as they go, so a line or a record larger than the buffer costs
// only the string the caller keeps. Skipping (an oversized document, a
// record nobody wants) reads through the buffer and keeps nothing.
#include "sources/byte_reader.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "sources/gzip_stream.h"

namespace dateline::sources {

FdStream::FdStream(int fd, std::string name, std::atomic<uint64_t>* counter)
    : fd_(fd), name_(std::move(name)), counter_(counter) {}

FdStream::~FdStream() {
  if (fd_ > STDIN_FILENO) ::close(fd_);
}

size_t FdStream::Read(char* dst, size_t n) {
  while (!ended_ && n > 0) {
    ssize_t got = ::read(fd_, dst, n);
    if (got > 0) {
      if (counter_) counter_->fetch_add(uint64_t(got), std::memory_order_relaxed);
      return size_t(got);
    }
    if (got < 0 && errno == EINTR) continue;
    ended_ = true;
    if (got < 0) error_ = MakeError(std::string("read error: ") + std::strerror(errno), name_);
  }
  return 0;
}

size_t MemoryStream::Read(char* dst, size_t n) {
  size_t take = std::min(n, bytes_.size() - pos_);
  std::memcpy(dst, bytes_.data() + pos_, take);
  pos_ += take;
  return take;
}

std::string_view PeekStream::Peek(size_t n) {
  while (head_.size() < n) {
    char tmp[64];
    size_t got = inner_->Read(tmp, std::min(sizeof tmp, n - head_.size()));
    if (got == 0) break;
    head_.append(tmp, got);
  }
  return std::string_view(head_).substr(0, std::min(n, head_.size()));
}

size_t PeekStream::Read(char* dst, size_t n) {
  if (head_pos_ < head_.size()) {
    size_t take = std::min(n, head_.size() - head_pos_);
    std::memcpy(dst, head_.data() + head_pos_, take);
    head_pos_ += take;
    return take;
  }
  size_t got = inner_->Read(dst, n);
  if (got == 0) error_ = inner_->error();
  return got;
}

bool PeekStream::Resume() {
  if (!inner_->Resume()) return false;
  error_.reset();
  return true;
}

BufferedReader::BufferedReader(std::unique_ptr<Stream> stream, size_t capacity)
    : stream_(std::move(stream)), buf_(std::max<size_t>(capacity, 16)) {}

bool BufferedReader::Fill() {
  if (ended_) return false;
  if (begin_ > 0) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buf_.size()) return true;  // full: the caller asked for no more than capacity
  size_t got = stream_->Read(buf_.data() + end_, buf_.size() - end_);
  if (got == 0) {
    ended_ = true;
    return false;
  }
  end_ += got;
  return true;
}

std::string_view BufferedReader::Peek(size_t n) {
  n = std::min(n, buf_.size());
  while (end_ - begin_ < n && Fill()) {
  }
  return std::string_view(buf_.data() + begin_, std::min(n, end_ - begin_));
}

void BufferedReader::Consume(size_t n) {
  n = std::min(n, end_ - begin_);
  begin_ += n;
  position_ += n;
}

BufferedReader::Line BufferedReader::ReadLine(size_t max, std::string* line) {
  line->clear();
  bool too_long = false, any = false, terminated = false;
  while (!terminated && !Peek(1).empty()) {
    any = true;
    std::string_view avail(buf_.data() + begin_, end_ - begin_);
    size_t nl = avail.find('\n');
    terminated = nl != std::string_view::npos;
    size_t take = terminated ? nl : avail.size();
    if (!too_long && line->size() + take > max) {
      too_long = true;
      line->clear();
    }
    if (!too_long) line->append(avail.data(), take);
    Consume(terminated ? take + 1 : take);
  }
  if (!any) return Line::kEnd;
  if (too_long) return Line::kTooLong;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return terminated ? Line::kOk : Line::kLast;
}

uint64_t BufferedReader::ReadBytes(uint64_t n, std::string* out) {
  uint64_t done = 0;
  while (done < n) {
    std::string_view avail = Peek(1);
    if (avail.empty()) break;
    size_t take = size_t(std::min<uint64_t>(n - done, end_ - begin_));
    out->append(buf_.data() + begin_, take);
    Consume(take);
    done += take;
  }
  return done;
}

uint64_t BufferedReader::Skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    if (Peek(1).empty()) break;
    size_t take = size_t(std::min<uint64_t>(n - done, end_ - begin_));
    Consume(take);
    done += take;
  }
  return done;
}

bool BufferedReader::Resume() {
  if (!stream_->Resume()) return false;
  position_ += end_ - begin_;
  begin_ = end_ = 0;
  ended_ = false;
  return true;
}

bool IsGzipMagic(std::string_view head) {
  return head.size() >= 2 && (unsigned char)head[0] == 0x1f && (unsigned char)head[1] == 0x8b;
}

std::unique_ptr<Stream> MaybeGunzip(std::unique_ptr<Stream> raw, const std::string& name) {
  auto peek = std::make_unique<PeekStream>(std::move(raw));
  bool gzip = IsGzipMagic(peek->Peek(2));
  if (!gzip) return peek;
  return std::make_unique<GzipStream>(std::move(peek), name);
}

}  // namespace dateline::sources
