// Fuzz target for the plain-text article reader: any bytes, repaired to
// valid UTF-8 as the extract stage does at its boundary, must parse without
// crashing and leave valid UTF-8 in every field.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/plaintext.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text = dateline::util::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  dateline::Article article;
  dateline::extract::ParsePlainText(text, &article);
  if (!dateline::util::IsValidUtf8(article.text)) std::abort();
  for (const dateline::Author& a : article.authors)
    if (!dateline::util::IsValidUtf8(a.name)) std::abort();
  for (const dateline::DatelinePlace& p : article.dateline)
    if (!dateline::util::IsValidUtf8(p.name)) std::abort();
  return 0;
}
