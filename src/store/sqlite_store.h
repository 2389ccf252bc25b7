// The SQLite backend of Store (see dateline/store.h for the contract).
#pragma once

#include <memory>
#include <string>

#include "dateline/store.h"

namespace dateline::store {

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, const StoreOptions& options);

// Turns a user query (words, "phrases", OR, -word, word*) into an FTS5
// MATCH expression in which every word is quoted, so punctuation in the
// query ("U.S.", "al-Sharaa") is never FTS5 syntax. Empty when the query
// has nothing to search for.
std::string ToFts5Query(std::string_view query);

}  // namespace dateline::store
