// SQLite handles with error values: every failure is turned into an Error
// that says which store and what SQLite reported, e.g.
// "cannot open store: file is not a database".
#include "store/sqlite_db.h"

#include <memory>

namespace dateline::store {

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(stmt_);
    db_ = o.db_;
    stmt_ = o.stmt_;
    o.stmt_ = nullptr;
  }
  return *this;
}

Stmt& Stmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text(stmt_, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::Bind(int i, const std::optional<std::string>& v) { return v ? Bind(i, std::string_view(*v)) : BindNull(i); }

Stmt& Stmt::Bind(int i, int64_t v) {
  sqlite3_bind_int64(stmt_, i, v);
  return *this;
}

Stmt& Stmt::Bind(int i, double v) {
  sqlite3_bind_double(stmt_, i, v);
  return *this;
}

Stmt& Stmt::BindBlob(int i, const void* data, size_t size) {
  sqlite3_bind_blob(stmt_, i, data, int(size), SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::BindNull(int i) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}

std::string Stmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  int n = sqlite3_column_bytes(stmt_, col);
  return p ? std::string(reinterpret_cast<const char*>(p), size_t(n)) : std::string();
}

std::string_view Stmt::View(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  return p ? std::string_view(reinterpret_cast<const char*>(p), size_t(sqlite3_column_bytes(stmt_, col)))
           : std::string_view();
}

std::optional<std::string> Stmt::OptText(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Text(col);
}

Result<std::unique_ptr<Db>> Db::Open(const std::string& path, bool create) {
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    sqlite3_close_v2(raw);
    return MakeError("cannot open store: " + msg, path);
  }
  sqlite3_extended_result_codes(raw, 1);
  return std::unique_ptr<Db>(new Db(raw, path));
}

Error Db::Fail(std::string_view what) const {
  return MakeError(std::string(what) + ": " + sqlite3_errmsg(db_), path_);
}

Result<bool> Db::Exec(const std::string& sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) == SQLITE_OK) return true;
  std::string text = msg ? msg : "unknown error";
  sqlite3_free(msg);
  return MakeError(text, path_);
}

Result<Stmt> Db::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
    return Fail("cannot prepare statement");
  return Stmt(db_, stmt);
}

Result<bool> Db::Run(Stmt& stmt, std::string_view what) {
  int rc = stmt.Step();
  Result<bool> out = rc == SQLITE_DONE || rc == SQLITE_ROW ? Result<bool>(true) : Result<bool>(Fail(what));
  stmt.Reset();
  return out;
}

void Db::SetDeadline(std::chrono::steady_clock::time_point deadline) {
  deadline_ = deadline;
  sqlite3_progress_handler(db_, 1000, &Db::Progress, this);
}

void Db::ClearDeadline() { sqlite3_progress_handler(db_, 0, nullptr, nullptr); }

int Db::Progress(void* self) { return std::chrono::steady_clock::now() > static_cast<Db*>(self)->deadline_ ? 1 : 0; }

}  // namespace dateline::store
