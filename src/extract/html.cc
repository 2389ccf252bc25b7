#include "extract/html.h"

namespace dateline::extract {

// Placeholder until the HTML reader lands.
Result<bool> ParseHtml(std::string_view html, const ExtractOptions& options, Article* article) {
  return MakeError("HTML extraction not implemented");
}

}  // namespace dateline::extract
