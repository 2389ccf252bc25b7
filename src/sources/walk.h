// InputWalker: the files named by the user's inputs, in order. A directory
// stands for the files under it, walked depth-first with the entries of each
// directory in byte order of their names; hidden entries (".name") are
// skipped; symbolic links are followed, but a directory already walked is
// not walked again, so link loops end. "-" (stdin) and named non-directory
// inputs are passed through as they are; what cannot be listed or examined
// is an Error.
//
// Memory: the names of one directory per level of the current path.
// Used from one thread at a time.
#pragma once

#include <sys/types.h>

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "dateline/result.h"

namespace dateline::sources {

class InputWalker {
 public:
  explicit InputWalker(std::vector<std::string> inputs) : inputs_(std::move(inputs)) {}

  // The next path to read, or an Error about an input; false at the end.
  bool Next(std::variant<std::string, Error>* out);

 private:
  struct Dir {
    std::vector<std::string> paths;
    size_t next = 0;
  };
  bool NextInDirs(std::variant<std::string, Error>* out);
  std::optional<Error> EnterDir(const std::string& path, dev_t dev, ino_t ino);

  std::vector<std::string> inputs_;
  size_t next_input_ = 0;
  std::vector<Dir> stack_;
  std::set<std::pair<dev_t, ino_t>> seen_dirs_;
};

}  // namespace dateline::sources
