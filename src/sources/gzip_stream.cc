// Streaming gunzip with zlib. inflate() runs with windowBits 15+32 over a
// fixed input buffer straight into the caller's buffer; at the end of each
// member the next one is started after checking its magic number, so
// concatenated members (CC-NEWS WARC.gz: one per record) read as one stream
// and each member start is recorded as an (output, compressed) offset pair.
// The pair list is trimmed as the reader moves on, and capped, so it stays
// small however many members a file has.
//
// Damage is kept local where the format allows: after corrupt data or
// garbage, Resume() scans the compressed bytes for the next member header
// (1f 8b 08), never earlier than one byte past the damaged member's start,
// so the scan always moves forward and cannot loop.
#include "sources/gzip_stream.h"

#include <algorithm>
#include <cstring>

namespace dateline::sources {
namespace {

constexpr size_t kInputBufferBytes = 64 << 10;
constexpr size_t kMaxRememberedMembers = 4096;
constexpr unsigned char kMember[3] = {0x1f, 0x8b, 0x08};  // magic + deflate method

}  // namespace

GzipStream::GzipStream(std::unique_ptr<Stream> inner, std::string name)
    : inner_(std::move(inner)), name_(std::move(name)), in_(kInputBufferBytes) {
  zs_ready_ = inflateInit2(&zs_, 15 + 32) == Z_OK;
  if (!zs_ready_) Fail("cannot initialise zlib", 0);
}

GzipStream::~GzipStream() {
  if (zs_ready_) inflateEnd(&zs_);
}

bool GzipStream::EnsureInput(size_t k) {
  while (zs_.avail_in < k) {
    if (zs_.avail_in > 0 && zs_.next_in != in_.data()) std::memmove(in_.data(), zs_.next_in, zs_.avail_in);
    zs_.next_in = in_.data();
    size_t got = inner_->Read(reinterpret_cast<char*>(in_.data()) + zs_.avail_in, in_.size() - zs_.avail_in);
    if (got == 0) return false;
    zs_.avail_in += unsigned(got);
    raw_total_ += got;
  }
  return true;
}

void GzipStream::Damage(std::string message, uint64_t offset) {
  state_ = State::kDamaged;
  error_ = MakeError(std::move(message), name_, int64_t(offset));
}

void GzipStream::Fail(std::string message, uint64_t offset) {
  state_ = State::kEnd;
  error_ = MakeError(std::move(message), name_, int64_t(offset));
}

bool GzipStream::SkipZeroPadding() {
  for (;;) {
    while (zs_.avail_in > 0 && *zs_.next_in == 0) {
      ++zs_.next_in;
      --zs_.avail_in;
    }
    if (zs_.avail_in > 0) return false;
    if (!EnsureInput(1)) return true;
  }
}

bool GzipStream::StartMember(uint64_t out_pos) {
  EnsureInput(3);
  if (zs_.avail_in == 0) {
    state_ = State::kEnd;
    if (inner_->error()) error_ = inner_->error();
    return false;
  }
  uint64_t at = compressed_pos();
  if (zs_.avail_in < 3 || std::memcmp(zs_.next_in, kMember, 3) != 0) {
    if (*zs_.next_in == 0 && SkipZeroPadding()) {
      state_ = State::kEnd;
      return false;
    }
    Damage("garbage after gzip member at offset " + std::to_string(at), at);
    return false;
  }
  inflateReset(&zs_);
  member_start_ = at;
  members_.emplace_back(out_pos, at);
  if (members_.size() > kMaxRememberedMembers) members_.pop_front();
  state_ = State::kInMember;
  return true;
}

size_t GzipStream::Read(char* dst, size_t n) {
  size_t produced = 0;
  while (produced < n) {
    if (state_ == State::kNeedMember && !StartMember(out_total_ + produced)) break;
    if (state_ != State::kInMember) break;
    if (zs_.avail_in == 0 && !EnsureInput(1)) {
      if (inner_->error()) {
        state_ = State::kEnd;
        error_ = inner_->error();
      } else {
        Fail("truncated gzip stream: member at offset " + std::to_string(member_start_) + " is cut at offset " +
                 std::to_string(raw_total_),
             raw_total_);
      }
      break;
    }
    zs_.next_out = reinterpret_cast<unsigned char*>(dst + produced);
    zs_.avail_out = unsigned(std::min<size_t>(n - produced, 1u << 30));
    unsigned before = zs_.avail_out;
    int rc = inflate(&zs_, Z_NO_FLUSH);
    produced += before - zs_.avail_out;
    if (rc == Z_STREAM_END) {
      state_ = State::kNeedMember;
    } else if (rc != Z_OK && !(rc == Z_BUF_ERROR && zs_.avail_in == 0)) {
      std::string why = zs_.msg ? zs_.msg : "inflate failed";
      Damage("corrupt gzip data in member at offset " + std::to_string(member_start_) + ": " + why,
             compressed_pos());
      break;
    }
  }
  out_total_ += produced;
  return produced;
}

bool GzipStream::Resume() {
  if (state_ != State::kDamaged) return false;
  uint64_t floor = member_start_ + 1;
  for (;;) {
    if (!EnsureInput(3)) {
      state_ = State::kEnd;
      return false;
    }
    size_t skip = 0;
    if (compressed_pos() < floor) skip = size_t(std::min<uint64_t>(floor - compressed_pos(), zs_.avail_in));
    const unsigned char* begin = zs_.next_in + skip;
    const unsigned char* end = zs_.next_in + zs_.avail_in;
    const unsigned char* hit = std::search(begin, end, kMember, kMember + 3);
    size_t drop = hit != end ? size_t(hit - zs_.next_in) : std::max<size_t>(skip, zs_.avail_in - 2);
    zs_.next_in += drop;
    zs_.avail_in -= unsigned(drop);
    if (hit != end) break;
  }
  error_.reset();
  state_ = State::kNeedMember;
  member_start_ = compressed_pos();
  return true;
}

std::optional<uint64_t> GzipStream::MemberStartIn(uint64_t lo, uint64_t hi) {
  while (members_.size() > 1 && members_[1].first <= lo) members_.pop_front();
  std::optional<uint64_t> found;
  for (const auto& [out, comp] : members_) {
    if (out > hi) break;
    if (out >= lo) found = comp;
  }
  return found;
}

}  // namespace dateline::sources
