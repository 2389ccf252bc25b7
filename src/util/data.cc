#include <cstdlib>
#include <fstream>
#include <sstream>

#include "util/embedded.h"

namespace dateline::util {

std::string LoadData(std::string_view name) {
  if (const char* dir = std::getenv("DATELINE_DATA_DIR"); dir && *dir) {
    std::ifstream in(std::string(dir) + "/" + std::string(name), std::ios::binary);
    if (in) {
      std::stringstream ss;
      ss << in.rdbuf();
      return ss.str();
    }
  }
  return std::string(EmbeddedData(name));
}

}  // namespace dateline::util
