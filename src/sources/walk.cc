// Directories are walked with opendir/readdir and stat (which follows
// links); each directory's names are sorted before any is visited, so the
// order is stable across file systems. Loops through symbolic links are cut
// by remembering the (device, inode) of every directory entered.
#include "sources/walk.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace dateline::sources {
namespace {

std::string Join(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

Error SystemError(const std::string& what, const std::string& path) {
  return MakeError(what + ": " + std::strerror(errno), path);
}

}  // namespace

std::optional<Error> InputWalker::EnterDir(const std::string& path, dev_t dev, ino_t ino) {
  if (!seen_dirs_.emplace(dev, ino).second) return std::nullopt;  // a loop or a second link
  DIR* d = ::opendir(path.c_str());
  if (!d) return SystemError("cannot read directory", path);
  Dir dir;
  while (dirent* e = ::readdir(d)) {
    if (e->d_name[0] == '.') continue;  // hidden, "." and ".."
    dir.paths.push_back(Join(path, e->d_name));
  }
  ::closedir(d);
  std::sort(dir.paths.begin(), dir.paths.end());
  stack_.push_back(std::move(dir));
  return std::nullopt;
}

bool InputWalker::NextInDirs(std::variant<std::string, Error>* out) {
  while (!stack_.empty()) {
    Dir& top = stack_.back();
    if (top.next == top.paths.size()) {
      stack_.pop_back();
      continue;
    }
    std::string path = top.paths[top.next++];
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      *out = SystemError("cannot open", path);
      return true;
    }
    if (S_ISDIR(st.st_mode)) {
      if (std::optional<Error> e = EnterDir(path, st.st_dev, st.st_ino)) {
        *out = *e;
        return true;
      }
    } else if (S_ISREG(st.st_mode)) {
      *out = path;
      return true;
    }
  }
  return false;
}

bool InputWalker::Next(std::variant<std::string, Error>* out) {
  for (;;) {
    if (NextInDirs(out)) return true;
    if (next_input_ == inputs_.size()) return false;
    const std::string& input = inputs_[next_input_++];
    struct stat st;
    if (input == "-" || ::stat(input.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
      *out = input;  // opening it will tell what is wrong, if anything
      return true;
    }
    if (std::optional<Error> e = EnterDir(input, st.st_dev, st.st_ino)) {
      *out = *e;
      return true;
    }
  }
}

}  // namespace dateline::sources
