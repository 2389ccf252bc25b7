// Fuzz target for the entities stage: any bytes, repaired to UTF-8 as
// extract would, through AnalyzeText and AnalyzeEntities on an Article with
// a dateline. Traps when an entity or quote offset leaves the text, its text
// differs from the bytes at its offsets, or an entity is empty.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dateline/entities.h"
#include "dateline/text.h"
#include "util/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dateline::Article article;
  article.text = dateline::util::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  if (size && (data[0] & 1)) article.published = "2025-02-27";
  article.dateline = {{"Moscow", "RUS", std::nullopt, std::nullopt}};
  dateline::TextAnalysis text = dateline::AnalyzeText(article.text, article.published);
  dateline::AnalyzeEntities(text, &article);
  const std::string& t = article.text;
  for (const dateline::Entity& e : article.entities) {
    Check(e.start < e.end && e.end <= t.size());
    Check(e.text == t.substr(e.start, e.end - e.start));
    Check(!e.type.empty() && !e.canonical.empty());
  }
  for (const dateline::Quote& q : article.quotes) {
    Check(q.start < q.end && q.end <= t.size());
    Check(q.text == t.substr(q.start, q.end - q.start));
  }
  return 0;
}
