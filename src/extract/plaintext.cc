#include "extract/plaintext.h"

#include <string>

namespace dateline::extract {

// Placeholder until the plain-text reader lands: the whole text is the body.
void ParsePlainText(std::string_view text, Article* article) { article->text = std::string(text); }

}  // namespace dateline::extract
