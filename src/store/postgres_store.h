// The PostgreSQL backend of Store (see dateline/store.h for the contract),
// over libpq. Built when CMake finds libpq (DATELINE_WITH_POSTGRES).
#pragma once

#include <memory>
#include <string>

#include "dateline/store.h"

namespace dateline::store {

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url, const StoreOptions& options);

}  // namespace dateline::store
