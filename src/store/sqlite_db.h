// A thin RAII layer over the SQLite C API: a connection and prepared
// statements whose failures come back as Error values naming the store.
// Same threading rule as Store: one thread at a time per Db.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/result.h"

namespace dateline::store {

class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Stmt(Stmt&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  ~Stmt() { sqlite3_finalize(stmt_); }

  // Bind by 1-based index. Strings are copied (SQLITE_TRANSIENT).
  Stmt& Bind(int i, std::string_view v);
  Stmt& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, const std::optional<std::string>& v);
  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, double v);
  Stmt& BindBlob(int i, const void* data, size_t size);
  Stmt& BindNull(int i);

  // SQLITE_ROW, SQLITE_DONE, or an error code (see Db::ErrorText).
  int Step() { return sqlite3_step(stmt_); }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string Text(int col) const;
  std::optional<std::string> OptText(int col) const;
  // The column's text without a copy, valid until the next Step or Reset.
  std::string_view View(int col) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class Db {
 public:
  // Opens path; create: make the file when missing. The connection is in
  // "no mutex" mode: the caller keeps it to one thread at a time.
  static Result<std::unique_ptr<Db>> Open(const std::string& path, bool create);
  ~Db() { sqlite3_close_v2(db_); }

  // Runs one or more statements without results.
  Result<bool> Exec(const std::string& sql);
  Result<Stmt> Prepare(std::string_view sql);
  // An Error naming the store and the current SQLite message, prefixed by what.
  Error Fail(std::string_view what) const;
  // Steps a statement to the end; ok when it finished with SQLITE_DONE.
  Result<bool> Run(Stmt& stmt, std::string_view what);
  int64_t LastRowid() const { return sqlite3_last_insert_rowid(db_); }
  int Changes() const { return sqlite3_changes(db_); }
  const std::string& path() const { return path_; }
  // Until ClearDeadline, statements still running after `deadline` stop
  // with SQLITE_INTERRUPT (checked every 1000 virtual machine steps).
  void SetDeadline(std::chrono::steady_clock::time_point deadline);
  void ClearDeadline();

 private:
  static int Progress(void* self);
  std::chrono::steady_clock::time_point deadline_;
  Db(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

}  // namespace dateline::store
