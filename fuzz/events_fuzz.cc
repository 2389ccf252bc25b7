// Fuzz target for the events stage: any bytes, repaired to UTF-8 as extract
// would, through text, entities and the event coder on an Article with a
// dateline. Traps when an event's evidence leaves the text or differs from
// the bytes at its offsets, its sentence index is out of range, its code is
// not in the code table, or the tone leaves its range.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dateline/entities.h"
#include "dateline/events.h"
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
  article.dateline = {{"Istanbul", "TUR", 41.01, 28.95}};
  dateline::TextAnalysis text = dateline::AnalyzeText(article.text, article.published);
  dateline::AnalyzeEntities(text, &article);
  dateline::CodeEvents(text, &article);
  const std::string& t = article.text;
  for (const dateline::Event& e : article.events) {
    Check(e.start < e.end && e.end <= t.size());
    Check(e.evidence == t.substr(e.start, e.end - e.start));
    Check(e.sentence < text.sentences.size());
    double g;
    int q;
    Check(dateline::LookupCameoCode(e.code, &g, &q) && q == e.quad_class && g == e.goldstein);
    Check(e.root == e.code.substr(0, 2));
  }
  const dateline::Tone& tone = article.tone;
  Check(tone.positive >= 0 && tone.positive <= 1 && tone.negative >= 0 && tone.negative <= 1);
  Check(tone.polarity >= -1 && tone.polarity <= 1);
  return 0;
}
