// dateline serve: cpp-httplib wired to the handlers (handlers.cc) and the
// embedded web page (web/, see embed_web.cmake). The routing is a closed
// list: the API paths, the page's own files by exact name, and the page's
// client-side routes (/article/ID, ...) which all get index.html; anything
// else is a JSON 404, so no request ever reaches the file system.
//
// Each worker thread borrows a Store from a small pool for the length of a
// request (Store is one-thread-at-a-time), so requests run in parallel.
#include <httplib.h>

#include <condition_variable>
#include <mutex>
#include <vector>

#include "api/handlers.h"
#include "api/web_assets.h"
#include "dateline/api.h"
#include "dateline/store.h"

namespace dateline {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";
constexpr const char* kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'";

// Stores for the worker threads: at most one per concurrent request.
class StorePool {
 public:
  StorePool(std::string target, int query_timeout_ms)
      : target_(std::move(target)), query_timeout_ms_(query_timeout_ms) {}

  void Give(std::unique_ptr<Store> store) {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(store));
  }

  Result<std::unique_ptr<Store>> Take() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_.empty()) {
        std::unique_ptr<Store> s = std::move(free_.back());
        free_.pop_back();
        return s;
      }
    }
    StoreOptions options;
    options.create = false;
    options.query_timeout_ms = query_timeout_ms_;
    return Store::Open(target_, options);
  }

 private:
  std::string target_;
  int query_timeout_ms_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> free_;
};

std::string StatusText(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "request too large";
    case 414: return "request URI too long";
    case 431: return "request headers too large";
    default: return "HTTP " + std::to_string(status);
  }
}

void Send(httplib::Response& res, const api::Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, kJson);
}

class HttpServer final : public Server {
 public:
  HttpServer(const ServeOptions& options) : options_(options), pool_(options.target, options.query_timeout_ms) {}

  Result<bool> Init() {
    Result<std::unique_ptr<Store>> store = pool_.Take();
    if (!store.ok()) return store.error();
    pool_.Give(std::move(store.value()));
    Configure();
    Route();
    if (options_.port == 0) {
      port_ = http_.bind_to_any_port(options_.host);
      if (port_ <= 0) return MakeError("cannot bind " + options_.host + " (any port)");
    } else if (!http_.bind_to_port(options_.host, options_.port)) {
      return MakeError("cannot bind " + options_.host + ":" + std::to_string(options_.port) +
                       " (address in use, or not an address of this machine)");
    } else {
      port_ = options_.port;
    }
    return true;
  }

  int port() const override { return port_; }
  bool Run() override { return http_.listen_after_bind(); }
  void Stop() override { http_.stop(); }

 private:
  void Configure() {
    size_t threads = std::max<size_t>(1, options_.threads);
    http_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http_.set_payload_max_length(options_.max_request_bytes);
    http_.set_read_timeout(options_.timeout_seconds, 0);
    http_.set_write_timeout(options_.timeout_seconds, 0);
    http_.set_keep_alive_timeout(5);
    http_.set_tcp_nodelay(true);
    http_.set_keep_alive_max_count(1000);
    http_.set_default_headers({{"Content-Security-Policy", kCsp},
                               {"X-Content-Type-Options", "nosniff"},
                               {"Referrer-Policy", "no-referrer"},
                               {"X-Frame-Options", "DENY"}});
    http_.set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request&, httplib::Response& res) {
          if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          res.set_content(api::ErrorReply(res.status, StatusText(res.status)).body, kJson);
          return httplib::Server::HandlerResponse::Handled;
        }));
    http_.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      Send(res, api::ErrorReply(500, "internal error"));
    });
  }

  // Runs fn with a Store borrowed for this request.
  template <typename Fn>
  void WithStore(httplib::Response& res, Fn fn) {
    Result<std::unique_ptr<Store>> store = pool_.Take();
    if (!store.ok()) return Send(res, api::ErrorReply(503, "store: " + store.error().message));
    Send(res, fn(*store.value()));
    pool_.Give(std::move(store.value()));
  }

  void Route() {
    using Req = httplib::Request;
    using Res = httplib::Response;
    auto params = [](const Req& req) { return api::Params(req.params.begin(), req.params.end()); };
    http_.Get("/api/search", [this, params](const Req& req, Res& res) {
      WithStore(res, [&](Store& s) { return api::Search(s, params(req), options_); });
    });
    http_.Get("/api/events", [this, params](const Req& req, Res& res) {
      WithStore(res, [&](Store& s) { return api::Events(s, params(req), options_); });
    });
    http_.Get("/api/stories", [this, params](const Req& req, Res& res) {
      WithStore(res, [&](Store& s) { return api::Stories(s, params(req), options_); });
    });
    http_.Get("/api/stories/([^/]+)", [this](const Req& req, Res& res) {
      std::string id = req.matches[1];
      WithStore(res, [&](Store& s) { return api::Story(s, id, options_); });
    });
    http_.Get("/api/stats", [this](const Req&, Res& res) { WithStore(res, [&](Store& s) { return api::Stats(s); }); });
    http_.Get("/api/articles/([^/]+)", [this](const Req& req, Res& res) {
      std::string id = req.matches[1];
      WithStore(res, [&](Store& s) { return api::Article(s, id); });
    });
    http_.Get("/api/openapi.json", [](const Req&, Res& res) { res.set_content(api::OpenApiJson(), kJson); });
    http_.Get("/api/.*", [](const Req&, Res& res) { Send(res, api::ErrorReply(404, "no such endpoint")); });
    RouteWeb();
    for (const char* method : {"POST", "PUT", "DELETE", "PATCH"}) {
      auto refuse = [](const Req&, Res& res) { Send(res, api::ErrorReply(405, "read-only: only GET is served")); };
      if (std::string(method) == "POST") http_.Post(".*", refuse);
      if (std::string(method) == "PUT") http_.Put(".*", refuse);
      if (std::string(method) == "DELETE") http_.Delete(".*", refuse);
      if (std::string(method) == "PATCH") http_.Patch(".*", refuse);
    }
  }

  void RouteWeb() {
    using Req = httplib::Request;
    using Res = httplib::Response;
    auto file = [](const char* name, const char* type) {
      return [name, type](const Req&, Res& res) {
        std::string_view data = api::WebAsset(name);
        res.set_header("Cache-Control", "no-cache");
        res.set_content(data.data(), data.size(), type);
      };
    };
    auto page = file("index.html", "text/html; charset=utf-8");
    for (const char* path : {"/", "/index.html", "/search", "/graph", "/map", "/stories", "/article/[^/]+", "/actor/[^/]+", "/story/[^/]+"})
      http_.Get(path, page);
    http_.Get("/app.js", file("app.js", "text/javascript; charset=utf-8"));
    http_.Get("/style.css", file("style.css", "text/css; charset=utf-8"));
    http_.Get("/world.txt", file("world.txt", "text/plain; charset=utf-8"));
    http_.Get("/favicon.ico", [](const Req&, Res& res) { res.status = 204; });
    http_.Get(".*", [](const Req&, Res& res) { Send(res, api::ErrorReply(404, "not found")); });
  }

  ServeOptions options_;
  StorePool pool_;
  httplib::Server http_;
  int port_ = 0;
};

}  // namespace

Result<std::unique_ptr<Server>> Server::Bind(const ServeOptions& options) {
  auto server = std::make_unique<HttpServer>(options);
  if (Result<bool> r = server->Init(); !r.ok()) return r.error();
  return std::unique_ptr<Server>(std::move(server));
}

}  // namespace dateline
