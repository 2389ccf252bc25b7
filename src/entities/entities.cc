// Placeholder until entity recognition lands.
#include "dateline/entities.h"

namespace dateline {

void AnalyzeEntities(const TextAnalysis& text, Article* article, const EntityOptions& options) {}

}  // namespace dateline
