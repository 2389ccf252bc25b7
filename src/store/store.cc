// Store::Open picks the backend from the target string; BatchWriter groups
// articles into transactions; the helpers here are shared by the backends.
#include "dateline/store.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "store/common.h"
#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace dateline {
namespace store {

Fingerprint FingerprintOf(std::string_view text, const DuplicateOptions& options) {
  Fingerprint f;
  f.shingles = Shingles(text);
  f.content_hash = int64_t(ContentHash(text));
  f.comparable = f.shingles.size() >= options.min_shingles;
  if (f.comparable) {
    f.minhash = ComputeMinHash(f.shingles);
    f.keys = LshBandKeys(f.minhash);
  }
  return f;
}

std::string WithStoreFields(std::string_view article_json, const std::optional<std::string>& duplicate_of,
                            const std::optional<std::string>& story) {
  auto quoted = [](const std::optional<std::string>& v) {
    return v ? nlohmann::json(*v).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) : std::string("null");
  };
  std::string out(article_json.substr(0, article_json.rfind('}')));
  out += ",\"duplicate_of\":" + quoted(duplicate_of) + ",\"story\":" + quoted(story) + "}";
  return out;
}

std::string JsonArray(const std::vector<std::string>& values) {
  return nlohmann::json(values).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> JsonStrings(const std::string& json) {
  nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
  std::vector<std::string> out;
  if (j.is_array())
    for (const auto& v : j)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

namespace {

// Most articles first, then by name (bytewise, the same on both backends).
template <typename Counts>
std::vector<std::pair<std::string, uint64_t>> ByCount(const Counts& counts) {
  std::vector<std::pair<std::string, uint64_t>> out(counts.begin(), counts.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  return out;
}

}  // namespace

void FacetCounter::Count(Counts& counts, std::string_view key, uint64_t n) {
  auto it = counts.find(key);
  if (it == counts.end()) it = counts.emplace(std::string(key), 0).first;
  it->second += n;
}

void FacetCounter::Add(std::string_view source, std::string_view language, std::string_view day, uint64_t articles) {
  total_ += articles;
  Count(sources_, source, articles);
  Count(languages_, language, articles);
  if (!day.empty()) Count(days_, day, articles);
}

SearchFacets FacetCounter::Done() const {
  SearchFacets out;
  out.total = total_;
  out.sources = ByCount(sources_);
  out.languages = ByCount(languages_);
  out.days.assign(days_.begin(), days_.end());
  std::sort(out.days.begin(), out.days.end());
  return out;
}

std::string InclusiveUpperBound(const std::string& to) { return to + "~"; }

bool IsPostgresTarget(std::string_view target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

}  // namespace store

Result<std::unique_ptr<Store>> Store::Open(const std::string& target, const StoreOptions& options) {
  if (target.empty()) return MakeError("no store named (use --db PATH or set DATELINE_DB)");
  if (store::IsPostgresTarget(target)) {
#ifdef DATELINE_WITH_POSTGRES
    return store::OpenPostgresStore(target, options);
#else
    return MakeError("this dateline was built without PostgreSQL support (libpq)", target);
#endif
  }
  std::string path = target.starts_with("sqlite:") ? target.substr(7) : target;
  return store::OpenSqliteStore(path, options);
}

BatchWriter::BatchWriter(Store& store, size_t max_articles, std::chrono::milliseconds max_delay)
    : store_(store), max_articles_(std::max<size_t>(1, max_articles)), max_delay_(max_delay) {}

BatchWriter::~BatchWriter() { WaitForWrite(); }

Result<bool> BatchWriter::WaitForWrite() {
  if (!write_) return true;
  Result<PutCounts> put = write_->get();
  write_.reset();
  writing_.clear();
  if (!put.ok()) return put.error();
  counts_ += put.value();
  return true;
}

Result<bool> BatchWriter::Add(Article&& article) {
  if (batch_.empty()) first_ = std::chrono::steady_clock::now();
  batch_.push_back(std::move(article));
  if (batch_.size() < max_articles_ && std::chrono::steady_clock::now() - first_ < max_delay_) return true;
  if (Result<bool> done = WaitForWrite(); !done.ok()) return done;
  writing_.swap(batch_);
  write_ = std::async(std::launch::async, [this] { return store_.Put(writing_); });
  return true;
}

Result<bool> BatchWriter::Flush() {
  if (Result<bool> done = WaitForWrite(); !done.ok()) return done;
  if (batch_.empty()) return true;
  Result<PutCounts> put = store_.Put(batch_);
  batch_.clear();
  if (!put.ok()) return put.error();
  counts_ += put.value();
  return true;
}

}  // namespace dateline
