// Fuzz target for the HTML reader and charset decoder: the bytes are one
// HTML document, extracted once as given, once with a charset forced from
// the HTTP header (so the ICU conversion paths run) and once with a tiny
// depth limit. Checks what extract promises: valid UTF-8 text, metadata
// that is valid UTF-8 too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "dateline/extract.h"
#include "util/utf8.h"

namespace {

void Check(const dateline::Result<dateline::Article>& r) {
  if (!r.ok()) return;
  const dateline::Article& a = r.value();
  bool ok = dateline::util::IsValidUtf8(a.text) && dateline::util::IsValidUtf8(a.title.value_or("")) &&
            dateline::util::IsValidUtf8(a.source.name.value_or("")) &&
            dateline::util::IsValidUtf8(a.published.value_or(""));
  for (const dateline::Author& au : a.authors) ok = ok && dateline::util::IsValidUtf8(au.name);
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dateline::RawDocument doc;
  doc.input = "fuzz";
  doc.bytes.assign(reinterpret_cast<const char*>(data), size);
  doc.format = dateline::DocFormat::kHtml;
  Check(dateline::ExtractArticle(doc));
  doc.content_type = size % 2 ? "text/html; charset=shift_jis" : "text/html; charset=windows-1251";
  Check(dateline::ExtractArticle(doc));
  dateline::ExtractOptions shallow;
  shallow.max_html_depth = 3;
  doc.content_type.reset();
  Check(dateline::ExtractArticle(doc, shallow));
  return 0;
}
