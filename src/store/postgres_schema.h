// PostgreSQL schema migrations: element i takes the store from version i to i+1.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dateline::store {

const std::vector<std::string>& PostgresMigrations();

// SQL that fills tone, entities, events and quotes of the articles with
// seq >= min_seq from their stored JSON (the caller holds the writer lock).
std::string PostgresFillSideTables(int64_t min_seq);

}  // namespace dateline::store
