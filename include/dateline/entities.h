// Entities: who and where. Reads the article text with the text stage's
// tokens and sentences and fills Article::entities (PERSON, ORG, PLACE, with
// canonical names, roles, countries, CAMEO-style actor codes and coordinates)
// and Article::quotes (direct quotations with their speakers).
//
// Pure function of its inputs and the stage's data (gazetteers and
// dictionaries compiled into the binary, loaded once): thread-safe.
#pragma once

#include "dateline/article.h"
#include "dateline/text.h"

namespace dateline {

struct EntityOptions {
  // Find quotations and their speakers. Default true.
  bool quotes = true;
};

// `text` is AnalyzeText(article->text, article->published). Fills
// article->entities and article->quotes, and coordinates for
// article->dateline places.
void AnalyzeEntities(const TextAnalysis& text, Article* article, const EntityOptions& options = {});

}  // namespace dateline
