// PostgreSQL schema migrations: element i takes the store from version i to i+1.
#pragma once

#include <string>
#include <vector>

namespace dateline::store {

const std::vector<std::string>& PostgresMigrations();

}  // namespace dateline::store
