#include "extract/charset.h"

#include "util/utf8.h"

namespace dateline::extract {

// Placeholder until charset detection lands: repair as UTF-8.
Decoded DecodeToUtf8(std::string_view bytes, const std::optional<std::string>& content_type) {
  return {util::RepairUtf8(bytes), "UTF-8"};
}

}  // namespace dateline::extract
