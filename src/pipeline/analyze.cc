// One document through every per-document stage. Each stage reads what the
// previous ones filled in the Article and adds its own fields; nothing here
// is shared between documents, so any number of threads may call it.
#include "dateline/entities.h"
#include "dateline/events.h"
#include "dateline/pipeline.h"
#include "dateline/text.h"

namespace dateline {
namespace {

TextAnalysis AddTextAnalysis(Article* article) {
  TextAnalysis text = AnalyzeText(article->text, article->published);
  article->sentences.reserve(text.sentences.size());
  for (const Sentence& s : text.sentences) article->sentences.push_back({s.start, s.end});
  article->dates.reserve(text.dates.size());
  for (DateMention& d : text.dates) article->dates.push_back({std::move(d.text), d.start, d.end, d.value});
  return text;
}

}  // namespace

Result<Article> AnalyzeDocument(const RawDocument& doc, const PipelineOptions& options) {
  Result<Article> article = ExtractArticle(doc, options.extract);
  if (!article.ok()) return article;
  TextAnalysis text = AddTextAnalysis(&article.value());
  AnalyzeEntities(text, &article.value(), options.entities);
  CodeEvents(text, &article.value());
  return article;
}

}  // namespace dateline
