// Result<T>: a value or an Error. Bad outside input is expected in Dateline,
// so every function that reads it returns one of these instead of throwing or
// asserting. Error names the document ("input") and, where known, the byte
// offset in it, so a user can find what was wrong.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace dateline {

struct Error {
  std::string message;  // what was wrong, one line
  std::string input;    // the document: path, or path#record-offset
  int64_t offset = -1;  // byte offset in the input where known, else -1
};

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<0>(v_); }
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

inline Error MakeError(std::string message, std::string input = {}, int64_t offset = -1) {
  return Error{std::move(message), std::move(input), offset};
}

}  // namespace dateline
