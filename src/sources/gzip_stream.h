// GzipStream: inflates a gzip stream as it is read, member after member
// (a multi-member file reads as the concatenation of its members, like
// gunzip). Remembers where recent members start, both in the compressed
// input and in the output, so a WARC reader can name a record by the offset
// of its gzip member (what CDX indexes store).
//
// Damage: a truncated stream ends with an error naming the compressed
// offset. Corrupt deflate data or garbage between members stops reading
// with an error too, but Resume() then skips to the next gzip member header
// and reading goes on from there. Trailing zero padding is a clean end.
//
// Not thread-safe; one reader at a time.
#pragma once

#include <zlib.h>

#include <deque>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "sources/byte_reader.h"

namespace dateline::sources {

class GzipStream : public Stream {
 public:
  GzipStream(std::unique_ptr<Stream> inner, std::string name);
  ~GzipStream() override;
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  size_t Read(char* dst, size_t n) override;
  bool Resume() override;
  std::optional<uint64_t> MemberStartIn(uint64_t lo, uint64_t hi) override;

 private:
  enum class State { kNeedMember, kInMember, kEnd, kDamaged };

  bool StartMember(uint64_t out_pos);       // false: stopped (end or damage)
  bool EnsureInput(size_t k);               // at least k bytes in avail_in, unless the input ends
  bool SkipZeroPadding();                   // true if only zeros remain
  void Damage(std::string message, uint64_t offset);
  void Fail(std::string message, uint64_t offset);
  uint64_t compressed_pos() const { return raw_total_ - zs_.avail_in; }

  std::unique_ptr<Stream> inner_;
  std::string name_;
  z_stream zs_{};
  bool zs_ready_ = false;
  std::vector<unsigned char> in_;
  uint64_t raw_total_ = 0;    // bytes read from inner_
  uint64_t out_total_ = 0;    // bytes handed out
  uint64_t member_start_ = 0; // compressed offset of the current member
  State state_ = State::kNeedMember;
  std::deque<std::pair<uint64_t, uint64_t>> members_;  // (output offset, compressed offset)
};

}  // namespace dateline::sources
