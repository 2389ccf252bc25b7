// Dates as pages write them in metadata -> ISO 8601. Accepts ISO 8601
// ("2025-02-27", "2025-02-27T10:00:00+00:00", "2025-02-27 10:00"), RFC 822
// ("Thu, 27 Feb 2025 10:00:00 GMT") and English month-name dates
// ("February 27, 2025", "27 Feb. 2025"). Output is "YYYY-MM-DD" when only the
// date is known, else "YYYY-MM-DDTHH:MM:SS" followed by "Z" or the offset as
// given ("+01:00"), or by nothing when the page gives no zone. Fractions of
// a second are dropped. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline::extract::html {

std::optional<std::string> NormaliseMetaDate(std::string_view text);

}  // namespace dateline::extract::html
