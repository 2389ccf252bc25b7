// The HTTP API and the web page over a Store: `dateline serve`.
//
// Read-only JSON endpoints (documented at /api/openapi.json):
//   GET /api/search?q=&from=&to=&source=&language=&limit=&offset=
//   GET /api/articles/ID
//   GET /api/events?from=&to=&actor=&code=&root=&place=&quad_class=&limit=&offset=
//   GET /api/stories?limit=&offset=
//   GET /api/stories/ID
//   GET /api/stats
//   GET /api/openapi.json
// and the web page (web/ embedded in the binary) at /, /article/ID, ... .
//
// Every response carries a strict Content-Security-Policy and
// X-Content-Type-Options: nosniff. Bad parameters get 400 with
// {"error": "..."}, unknown paths 404 with the same shape; nothing a client
// sends crashes the server. Requests are bounded (ServeOptions).
//
// Threading: a Server serves each request on one of `threads` worker
// threads; each worker uses its own Store (opened on first use), so the
// Store's one-thread rule holds. Stop() may be called from any thread.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "dateline/result.h"

namespace dateline {

struct ServeOptions {
  std::string target;               // the store (as for Store::Open); must exist
  std::string host = "127.0.0.1";   // address to bind; loopback unless told otherwise
  int port = 8080;                  // 0: any free port (see Server::port)
  size_t threads = 8;               // worker threads, and at most this many open Stores
  size_t default_limit = 20;        // results per page when the request names none
  size_t max_limit = 100;           // largest page a request may ask for
  size_t max_offset = 10000;        // deepest page a request may ask for
  size_t max_query_bytes = 512;     // longest search query (and any other parameter value)
  size_t max_request_bytes = 16384; // largest request body (the API reads none)
  int timeout_seconds = 10;         // read and write timeout per request
  int query_timeout_ms = 5000;      // a store read taking longer fails the request (503)
};

class Server {
 public:
  // Opens the store (read-only use; it must exist) and binds host:port.
  // Fails with an Error for a missing store or an address in use.
  static Result<std::unique_ptr<Server>> Bind(const ServeOptions& options);
  virtual ~Server() = default;

  // The bound port (the chosen one when options.port was 0).
  virtual int port() const = 0;
  // Serves until Stop(); returns false when serving failed.
  virtual bool Run() = 0;
  // Stops serving; Run returns. Thread-safe; idempotent.
  virtual void Stop() = 0;
};

}  // namespace dateline
