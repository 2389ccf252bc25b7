#include "dateline/events.h"
namespace dateline::events {
void ScoreTone(const TextAnalysis&, Article* article) { article->tone = {}; }
}  // namespace dateline::events
