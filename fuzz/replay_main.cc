// Runs a fuzz target as an ordinary program: every file under the given
// directories (or the given files) is passed to LLVMFuzzerTestOneInput once,
// followed by a fixed set of generated hostile inputs (empty, binary, deep
// nesting, huge attribute), so ctest exercises each parser even without a
// saved corpus. A crash or sanitizer report fails the test.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void Run(const std::string& bytes) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

std::vector<std::string> GeneratedInputs() {
  std::vector<std::string> in;
  in.push_back("");
  in.push_back(std::string(1, '\0'));
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(char((i * 7919 + 13) & 0xFF));
  in.push_back(binary);
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  in.push_back(deep);
  in.push_back("<a href=\"" + std::string(1 << 20, 'x') + "\">x</a>");
  in.push_back("WARC/1.0\r\nContent-Length: 99999999\r\n\r\nshort");
  in.push_back("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03truncated");
  in.push_back("{\"text\": \"" + std::string(100000, '[') + "\"}\n{\"html\":" + std::string(50000, '[') + "\n");
  in.push_back("By \nBy By By\n(\n) -\nMore\nRelated:\n\xff\xfe\xfd Copyright");
  return in;
}

}  // namespace

int main(int argc, char** argv) {
  size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path p(argv[i]);
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(p)) {
      for (auto& e : std::filesystem::recursive_directory_iterator(p))
        if (e.is_regular_file()) files.push_back(e.path());
    } else if (std::filesystem::exists(p)) {
      files.push_back(p);
    }
    for (auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      Run(ss.str());
      ++count;
    }
  }
  for (const auto& s : GeneratedInputs()) {
    Run(s);
    ++count;
  }
  std::printf("replayed %zu inputs\n", count);
  return 0;
}
