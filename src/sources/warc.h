// WarcReader: the documents in a WARC file (ISO 28500; also the older 0.17
// and 1.0 drafts as real crawlers wrote them), plain or gzip-compressed,
// read record by record in constant memory.
//
// Yields `response` records with a 2xx HTTP status and an HTML/text (or
// missing) Content-Type, with chunked transfer coding and gzip/deflate
// content coding undone; `resource` and `conversion` records with such a
// Content-Type. Other record types, other statuses and other media types
// are skipped silently. Each document is named "path#OFFSET": for a
// gzip-compressed file the compressed offset of the gzip member the record
// starts (what CDX indexes store) when the record starts a member, else the
// record's offset in the decompressed stream; for a plain file the offset
// of its "WARC/" line.
//
// A corrupt record is an error naming that offset; reading then resyncs on
// the next "WARC/<digit>" line (or the next gzip member). A file cut in the
// middle of a record gives one error and ends.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sources/input.h"

namespace dateline::sources {

class WarcReader : public InputReader {
 public:
  WarcReader(std::unique_ptr<BufferedReader> in, std::string name, const SourceOptions& options);
  bool Next(Result<RawDocument>* out) override;

 private:
  struct Header {
    std::vector<std::pair<std::string, std::string>> fields;
    const std::string* Get(std::string_view name) const;
  };
  enum class Step { kItem, kSkip, kEnd };

  Step ReadRecord(Result<RawDocument>* out);
  std::optional<Step> ReadHeader(uint64_t offset, Header* header, Result<RawDocument>* out);
  Step ReadBlock(uint64_t offset, const Header& header, Result<RawDocument>* out);
  Step AtStreamEnd(Result<RawDocument>* out);
  Step CutShort(uint64_t offset, std::string message, Result<RawDocument>* out);
  Step BlockCutShort(uint64_t offset, uint64_t want, uint64_t got, Result<RawDocument>* out);
  Step Corrupt(uint64_t offset, std::string message, Result<RawDocument>* out);
  Step RecordError(uint64_t offset, std::string message, Result<RawDocument>* out);
  Step MakeDocument(uint64_t offset, const std::string& type, const Header& header, std::string block,
                    Result<RawDocument>* out);
  Step FromResponse(uint64_t offset, std::string block, RawDocument* doc, Result<RawDocument>* out);
  void SkipBlankLines();
  bool SeekRecordStart();
  uint64_t RecordOffset(uint64_t gap_start, uint64_t start);

  std::unique_ptr<BufferedReader> in_;
  std::string name_;
  SourceOptions options_;
  bool resync_ = false;          // scan for the next record start before reading on
  std::optional<Error> pending_;  // a corrupt record, reported once the scan has run
  bool done_ = false;
};

}  // namespace dateline::sources
