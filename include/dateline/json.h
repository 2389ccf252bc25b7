// JSON output: the article contract ("schema": 1, field names as in the
// README) and the one-line error objects written to stderr.
// Thread-safe; each call returns a complete line without the newline.
#pragma once

#include <string>

#include "dateline/article.h"
#include "dateline/result.h"

namespace dateline {

std::string ArticleToJson(const Article& article);
std::string ErrorToJson(const Error& error);

}  // namespace dateline
