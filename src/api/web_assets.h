// The web page's files (web/), embedded in the binary at build time by
// embed_web.cmake.
#pragma once

#include <string_view>

namespace dateline::api {

// The bytes of web/NAME ("index.html", "app.js", "style.css"); empty when
// there is no such file.
std::string_view WebAsset(std::string_view name);

}  // namespace dateline::api
