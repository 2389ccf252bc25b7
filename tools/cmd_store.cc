// ingest, search, stats and export: flags in, Store calls, output out.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <nlohmann/json.hpp>

#include "dateline/gdelt.h"
#include "dateline/json.h"
#include "dateline/pipeline.h"
#include "dateline/store.h"
#include "store_commands.h"

namespace dateline::cli {
namespace {

using Json = nlohmann::ordered_json;

std::string DbTarget(const StoreFlags& f) {
  if (!f.db.empty()) return f.db;
  const char* env = std::getenv("DATELINE_DB");
  return env && *env ? env : "dateline.db";
}

int StoreError(const Error& e) {
  std::fprintf(stderr, "dateline: %s%s%s\n", e.input.c_str(), e.input.empty() ? "" : ": ", e.message.c_str());
  return 2;
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

void AddDb(CLI::App* cmd, StoreFlags& f) {
  cmd->add_option("--db", f.db, "SQLite file or postgresql:// URL (default: $DATELINE_DB, else ./dateline.db)");
}

void AddFilters(CLI::App* cmd, FilterFlags& f) {
  cmd->add_option("--from", f.from, "Published on or after this ISO date");
  cmd->add_option("--to", f.to, "Published on or before this ISO date");
  cmd->add_option("--source", f.source, "Source name or domain");
  cmd->add_option("--language", f.language, "ISO 639-1 language code");
  cmd->add_option("--person", f.person, "Mentions this person (canonical name, case-insensitive)");
  cmd->add_option("--actor", f.actor, "CAMEO actor code prefix (RUS matches RUSGOV) of an entity or event");
  cmd->add_option("--place", f.place, "Mentions this place (entity, event place or dateline city)");
  cmd->add_option("--event", f.event, "CAMEO event code prefix: a root (04) or a code (042)");
  cmd->add_option("--limit", f.limit, "At most this many articles (events for export events)");
  cmd->add_flag("--no-duplicates", f.no_duplicates, "First copies only (skip syndicated copies)");
}

ArticleFilter ToFilter(const FilterFlags& f) {
  ArticleFilter out;
  out.from = f.from;
  out.to = f.to;
  out.source = f.source;
  out.language = f.language;
  out.person = f.person;
  out.actor = f.actor;
  out.place = f.place;
  out.event = f.event;
  out.include_duplicates = !f.no_duplicates;
  out.limit = f.limit;
  return out;
}

Result<std::unique_ptr<Store>> OpenExisting(const StoreFlags& f) {
  StoreOptions options;
  options.create = false;
  return Store::Open(DbTarget(f), options);
}

// ---- ingest

int RunIngest(const StoreFlags& f) {
  Result<std::unique_ptr<Store>> store = Store::Open(DbTarget(f));
  if (!store.ok()) return StoreError(store.error());
  PipelineOptions options;
  options.threads = f.threads;
  options.progress = !f.no_progress && (f.progress || isatty(STDERR_FILENO));
  options.source.format = *ParseInputFormat(f.input_format);
  options.source.max_document_bytes = f.max_bytes;

  BatchWriter writer(*store.value(), f.batch);
  std::optional<Error> write_error;
  PipelineSink sink;
  sink.on_article = [&](Article&& a) {
    if (write_error) return;
    if (Result<bool> r = writer.Add(std::move(a)); !r.ok()) write_error = r.error();
  };
  sink.on_error = [&](const Error& e) {
    if (options.progress) std::fputs("\r\033[K", stderr);
    std::fprintf(stderr, "%s\n", ErrorToJson(e).c_str());
  };
  PipelineStats stats = RunPipeline(f.inputs, options, sink);
  if (!write_error)
    if (Result<bool> r = writer.Flush(); !r.ok()) write_error = r.error();
  const PutCounts& c = writer.counts();
  std::fprintf(stderr, "ingest: %llu added, %llu already present, %llu duplicates, %llu errors, %.2f s (%.0f articles/s) into %s\n",
               (unsigned long long)c.added, (unsigned long long)c.present, (unsigned long long)c.duplicates,
               (unsigned long long)stats.errors, stats.seconds, stats.seconds > 0 ? stats.documents / stats.seconds : 0.0,
               store.value()->target().c_str());
  if (write_error) return StoreError(*write_error);
  return stats.errors ? 1 : 0;
}

// ---- search

Json HitJson(const SearchHit& h) {
  auto opt = [](const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); };
  return Json{{"id", h.id},           {"score", h.score},         {"published", opt(h.published)},
              {"source", opt(h.source)}, {"language", opt(h.language)}, {"title", opt(h.title)},
              {"url", opt(h.url)},     {"duplicate_of", opt(h.duplicate_of)}, {"snippet", h.snippet}};
}

// Cuts s to at most width bytes on a UTF-8 boundary, marking the cut.
std::string Fit(std::string_view s, size_t width) {
  if (s.size() <= width) return std::string(s);
  size_t n = width - 1;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n)) + "…";
}

void PrintTable(const std::vector<SearchHit>& hits) {
  std::printf("%-7s  %-10s  %-18s  %-56s  %s\n", "SCORE", "PUBLISHED", "SOURCE", "TITLE", "ID");
  for (const SearchHit& h : hits) {
    std::string title = Fit(h.title.value_or("(untitled)"), 56);
    if (h.duplicate_of) title = Fit("(copy) " + title, 56);
    std::printf("%7.2f  %-10s  %-18s  %-56s  %s\n", h.score, Fit(h.published.value_or("-"), 10).c_str(),
                Fit(h.source.value_or("-"), 18).c_str(), title.c_str(), h.id.c_str());
  }
  if (hits.empty()) std::printf("(no matches)\n");
}

int RunSearch(const StoreFlags& f) {
  Result<std::unique_ptr<Store>> store = OpenExisting(f);
  if (!store.ok()) return StoreError(store.error());
  std::string query;
  for (const std::string& w : f.query) query += (query.empty() ? "" : " ") + w;
  SearchInfo info;
  Result<std::vector<SearchHit>> hits = store.value()->Search(query, ToFilter(f.filter), &info);
  if (!hits.ok()) return StoreError(hits.error());
  bool table = !f.json && isatty(STDOUT_FILENO);
  if (table) PrintTable(hits.value());
  if (info.bounded)  // stdout stays one hit per line
    std::fprintf(table ? stdout : stderr,
                 "dateline: more than %llu articles match; ranked the %llu most recently stored"
                 " (add words or filters to rank among all of them)\n",
                 (unsigned long long)info.ranked_among, (unsigned long long)info.ranked_among);
  if (table) return 0;
  for (const SearchHit& h : hits.value()) std::printf("%s\n", Dump(HitJson(h)).c_str());
  return 0;
}

// ---- stats

int RunStats(const StoreFlags& f) {
  Result<std::unique_ptr<Store>> store = OpenExisting(f);
  if (!store.ok()) return StoreError(store.error());
  Result<StoreStats> stats = store.value()->Stats();
  if (!stats.ok()) return StoreError(stats.error());
  const StoreStats& s = stats.value();
  auto opt = [](const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); };
  Json languages = Json::object();
  for (const auto& [lang, n] : s.languages) languages[lang.empty() ? "unknown" : lang] = n;
  Json j{{"articles", s.articles},       {"duplicates", s.duplicates},
         {"sources", s.sources},         {"languages", languages},
         {"first_published", opt(s.first_published)}, {"last_published", opt(s.last_published)},
         {"schema_version", s.schema_version},
         {"events", s.events},           {"distinct_events", s.distinct_events},
         {"entities", s.entities},       {"quotes", s.quotes},
         {"stories", s.stories},         {"duplicate_links", s.duplicates}};
  std::printf("%s\n", j.dump(2).c_str());
  return 0;
}

// ---- export

std::string CsvField(const Json& v) {
  std::string s = v.is_string() ? v.get<std::string>() : v.is_null() ? "" : Dump(v);
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string CsvRow(const Json& a) {
  std::string authors;
  for (const Json& au : a["authors"]) authors += (authors.empty() ? "" : "; ") + au["name"].get<std::string>();
  const Json fields[] = {a["id"],        a["published"], a["source"]["name"], a["source"]["domain"],
                         a["language"],  a["title"],     a["url"],            Json(authors),
                         a["duplicate_of"], a["story"],  a["text"]};
  std::string row;
  for (const Json& v : fields) row += (row.empty() ? "" : ",") + CsvField(v);
  return row;
}

Json EventJson(const EventSummary& s) {
  auto opt = [](const auto& v) { return v ? Json(*v) : Json(nullptr); };
  const Event& e = s.event;
  return Json{{"date", s.date.empty() ? Json(nullptr) : Json(s.date)},
              {"source", opt(e.source)},        {"target", opt(e.target)},
              {"source_name", opt(e.source_name)}, {"target_name", opt(e.target_name)},
              {"code", e.code},                 {"root", e.root},
              {"quad_class", e.quad_class},     {"goldstein", e.goldstein},
              {"place", opt(e.place)},          {"place_country", opt(e.place_country)},
              {"lat", opt(e.place_lat)},        {"lon", opt(e.place_lon)},
              {"num_mentions", s.num_mentions}, {"num_articles", s.num_articles},
              {"num_sources", s.num_sources},   {"tone", s.tone},
              {"first_article", s.first_article}, {"url", opt(s.url)},
              {"published", opt(s.published)},  {"evidence", e.evidence}};
}

const char* kEventCsvHeader =
    "date,source,target,source_name,target_name,code,root,quad_class,goldstein,place,place_country,lat,lon,"
    "num_mentions,num_articles,num_sources,tone,first_article,url,published,evidence\r\n";

std::string EventCsvRow(const EventSummary& s) {
  std::string row;
  Json j = EventJson(s);
  for (const auto& [key, v] : j.items()) row += (row.empty() ? "" : ",") + CsvField(v);
  return row + "\r\n";
}

// The GDELT writer's row for the event alone, with GLOBALEVENTID as for the
// article's own export and NumMentions, NumSources, NumArticles filled.
std::string EventGdeltRow(const EventSummary& s, const std::string& now_utc) {
  Article a;
  a.id = s.first_article;
  a.input = s.first_article;
  a.url = s.url;
  a.published = s.published;
  a.tone.polarity = s.tone;
  a.events.push_back(s.event);
  std::string line = ArticleToGdelt(a, now_utc);
  std::vector<std::string> cols;
  for (size_t start = 0;;) {
    size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string::npos ? line.size() - start - 1 : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  if (cols.size() != size_t(kGdeltEventColumns)) return line;
  uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a of "id#position", as ArticleToGdelt numbers an article's events
  for (unsigned char c : s.first_article + "#" + std::to_string(s.position)) h = (h ^ c) * 0x100000001b3ull;
  cols[0] = std::to_string(h & 0x1FFFFFFFFFFFFFull);
  cols[31] = std::to_string(s.num_mentions);
  cols[32] = std::to_string(s.num_sources);
  cols[33] = std::to_string(s.num_articles);
  std::string out;
  for (const std::string& c : cols) out += (out.empty() ? "" : "\t") + c;
  return out + "\n";
}

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", std::gmtime(&t));
  return buf;
}

int RunExportEvents(Store& store, const StoreFlags& f) {
  std::string now = NowUtc();
  if (f.format == "csv") std::fputs(kEventCsvHeader, stdout);
  Result<uint64_t> n = store.ExportEvents(ToFilter(f.filter), [&](const EventSummary& s) {
    std::string line = f.format == "csv" ? EventCsvRow(s) : f.format == "gdelt" ? EventGdeltRow(s, now)
                                                                                 : Dump(EventJson(s)) + "\n";
    return std::fwrite(line.data(), 1, line.size(), stdout) == line.size();
  });
  std::fflush(stdout);
  if (!n.ok()) return StoreError(n.error());
  return 0;
}

int RunExport(const StoreFlags& f) {
  Result<std::unique_ptr<Store>> store = OpenExisting(f);
  if (!store.ok()) return StoreError(store.error());
  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  if (f.what == "events") return RunExportEvents(*store.value(), f);
  if (f.format == "gdelt") return StoreError(MakeError("--format gdelt is for export events"));
  bool csv = f.format == "csv";
  if (csv) std::printf("id,published,source,domain,language,title,url,authors,duplicate_of,story,text\r\n");
  Result<uint64_t> n = store.value()->Export(ToFilter(f.filter), [&](const StoredArticle& a) {
    std::string line = csv ? CsvRow(Json::parse(a.json)) + "\r\n" : a.json + "\n";
    return std::fwrite(line.data(), 1, line.size(), stdout) == line.size();
  });
  std::fflush(stdout);
  if (!n.ok()) return StoreError(n.error());
  return 0;
}

// ---- stories

Json StoryJson(const StoredStory& s) {
  return Json{{"id", s.id},         {"label", s.label},   {"first", s.first}, {"last", s.last},
              {"articles", s.articles}, {"actors", s.actors}, {"places", s.places}};
}

std::string Joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

int RunStories(const StoreFlags& f) {
  Result<std::unique_ptr<Store>> store = OpenExisting(f);
  if (!store.ok()) return StoreError(store.error());
  Result<std::vector<StoredStory>> stories = store.value()->Stories(f.filter.limit);
  if (!stories.ok()) return StoreError(stories.error());
  if (f.json || !isatty(STDOUT_FILENO)) {
    for (const StoredStory& s : stories.value()) std::printf("%s\n", Dump(StoryJson(s)).c_str());
    return 0;
  }
  std::printf("%-10s  %-10s  %5s  %-44s  %-30s  %s\n", "FIRST", "LAST", "ARTS", "LABEL", "ACTORS", "PLACES");
  for (const StoredStory& s : stories.value())
    std::printf("%-10s  %-10s  %5llu  %-44s  %-30s  %s\n", Fit(s.first, 10).c_str(), Fit(s.last, 10).c_str(),
                (unsigned long long)s.articles, Fit(s.label, 44).c_str(), Fit(Joined(s.actors), 30).c_str(),
                Joined(s.places).c_str());
  if (stories.value().empty()) std::printf("(no stories)\n");
  return 0;
}

}  // namespace

void AddStoreCommands(CLI::App& app, StoreFlags& f) {
  CLI::App* ingest = app.add_subcommand("ingest", "Analyse articles and store them (idempotent; resumable)");
  AddDb(ingest, f);
  ingest->add_option("inputs", f.inputs, "Files, directories (recursive) or - for stdin; gzip is undone")->required();
  ingest->add_option("--input-format", f.input_format, "auto|html|text|jsonl|warc (default: auto)")
      ->check(CLI::IsMember({"auto", "html", "text", "jsonl", "warc"}));
  ingest->add_option("-j,--threads", f.threads, "Worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  ingest->add_flag("--progress", f.progress, "Progress on stderr even when it is not a terminal");
  ingest->add_flag("--no-progress", f.no_progress, "No progress line");
  ingest->add_option("--max-bytes", f.max_bytes, "Skip (with an error) documents larger than this (default 64 MiB)");
  ingest->add_option("--batch", f.batch, "Articles per transaction (default 500; also written every second)")
      ->check(CLI::PositiveNumber);

  CLI::App* search = app.add_subcommand("search", "Full-text search: a table on a terminal, else JSON Lines");
  AddDb(search, f);
  AddFilters(search, f.filter);
  search->add_option("query", f.query, "Words (all must match), \"phrases\", OR, -word, prefix*")->required();
  search->add_flag("--json", f.json, "JSON Lines even on a terminal");

  CLI::App* stats = app.add_subcommand("stats", "Counts of what the store holds, as JSON");
  AddDb(stats, f);

  CLI::App* exp = app.add_subcommand("export", "Write stored articles as JSON Lines or CSV");
  AddDb(exp, f);
  AddFilters(exp, f.filter);
  exp->add_option("what", f.what, "articles, or events (each distinct event once, with mention counts)")
      ->required()->check(CLI::IsMember({"articles", "events"}));
  exp->add_option("--format", f.format, "jsonl|csv|gdelt (default jsonl; gdelt: events only)")
      ->check(CLI::IsMember({"jsonl", "csv", "gdelt"}));

  CLI::App* stories = app.add_subcommand("stories", "Stories, most recently active first: a table on a terminal, else JSON Lines");
  AddDb(stories, f);
  stories->add_option("--limit", f.filter.limit, "At most this many stories (default: all)");
  stories->add_flag("--json", f.json, "JSON Lines even on a terminal");
}

std::optional<int> RunStoreCommand(const CLI::App& app, const StoreFlags& f) {
  if (app.got_subcommand("ingest")) return RunIngest(f);
  if (app.got_subcommand("search")) return RunSearch(f);
  if (app.got_subcommand("stats")) return RunStats(f);
  if (app.got_subcommand("export")) return RunExport(f);
  if (app.got_subcommand("stories")) return RunStories(f);
  return std::nullopt;
}

}  // namespace dateline::cli
