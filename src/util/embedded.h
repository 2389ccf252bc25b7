// Data files compiled into the binary, so one executable runs offline with
// no install step: the project's dictionaries from data/ and the open data
// built at set-up from system packages (e.g. Debian's iso-codes). The list is
// in src/util/CMakeLists.txt. A user may override any of them at run time by
// setting DATELINE_DATA_DIR to a folder holding a file of the same name.
#pragma once

#include <string>
#include <string_view>

namespace dateline::util {

// The embedded file called `name` ("dateline_cities.tsv"), or an empty view.
std::string_view EmbeddedData(std::string_view name);

// The data file `name`: $DATELINE_DATA_DIR/name when that exists, else the
// embedded copy. Empty if neither exists. Thread-safe.
std::string LoadData(std::string_view name);

}  // namespace dateline::util
