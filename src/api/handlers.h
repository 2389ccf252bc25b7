// The API's endpoints as plain functions: request parameters in, a status
// and a JSON body out. No HTTP here (server.cc does that), so each endpoint
// can be read and tested on its own.
#pragma once

#include <map>
#include <string>

#include "dateline/api.h"
#include "dateline/store.h"

namespace dateline::api {

struct Reply {
  int status = 200;
  std::string body;  // JSON
};

// Query parameters; a name may repeat (the API then answers 400).
using Params = std::multimap<std::string, std::string>;

Reply ErrorReply(int status, const std::string& message);

Reply Search(Store& store, const Params& params, const ServeOptions& options);
Reply Article(Store& store, const std::string& id);
Reply Events(Store& store, const Params& params, const ServeOptions& options);
Reply Stories(Store& store, const Params& params, const ServeOptions& options);
Reply Story(Store& store, const std::string& id, const ServeOptions& options);
Reply Stats(Store& store);

// The OpenAPI 3 description of every endpoint.
const std::string& OpenApiJson();

}  // namespace dateline::api
