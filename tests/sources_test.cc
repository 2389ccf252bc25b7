// Sources: files, directories, stdin, gzip, WARC, JSON Lines, and the
// damaged versions of each. Every input is built here in a temporary
// directory (gzip members with zlib), so the tests need no fixtures.
#include "dateline/sources.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "sources/byte_reader.h"
#include "sources/input.h"

namespace dateline {
namespace {

namespace fs = std::filesystem;
using Items = std::vector<Result<RawDocument>>;

std::string Gzip(const std::string& data, int level = 6) {
  z_stream zs{};
  deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = unsigned(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = unsigned(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string Zlib(const std::string& data) {
  uLongf n = compressBound(data.size());
  std::string out(n, '\0');
  compress(reinterpret_cast<Bytef*>(out.data()), &n, reinterpret_cast<const Bytef*>(data.data()), data.size());
  out.resize(n);
  return out;
}

std::string Http(int status, const std::string& content_type, const std::string& body,
                 const std::string& extra = "") {
  std::string h = "HTTP/1.1 " + std::to_string(status) + " X\r\n";
  if (!content_type.empty()) h += "Content-Type: " + content_type + "\r\n";
  return h + extra + "\r\n" + body;
}

std::string Record(const std::string& type, const std::string& uri, const std::string& block,
                   const std::string& content_type = "application/http; msgtype=response") {
  std::string h = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
                  "\r\nWARC-Date: 2025-02-27T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1234>\r\n";
  if (!content_type.empty()) h += "Content-Type: " + content_type + "\r\n";
  return h + "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string Response(const std::string& uri, const std::string& body, int status = 200,
                     const std::string& ct = "text/html; charset=utf-8", const std::string& extra = "") {
  return Record("response", uri, Http(status, ct, body, extra));
}

std::string Warcinfo() { return Record("warcinfo", "", "software: test\r\n", "application/warc-fields"); }

class SourcesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "dateline_sources_XXXXXX").string();
    dir_ = ::mkdtemp(tmpl.data());
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = fs::path(dir_) / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  static Items Drain(const std::vector<std::string>& inputs, const SourceOptions& options = {}) {
    auto source = OpenSources(inputs, options);
    Items items;
    Result<RawDocument> item = Error{};
    while (source->Next(&item)) items.push_back(item);
    return items;
  }

  static std::vector<std::string> Inputs(const Items& items) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(i.ok() ? i.value().input : "ERROR " + i.error().input);
    return out;
  }

  std::string dir_;
};

TEST(ParseInputFormatTest, KnownNames) {
  EXPECT_EQ(ParseInputFormat("warc"), InputFormat::kWarc);
  EXPECT_EQ(ParseInputFormat("jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(ParseInputFormat("auto"), InputFormat::kAuto);
  EXPECT_EQ(ParseInputFormat("pdf"), std::nullopt);
}

// ---- files, directories, stdin ----

TEST_F(SourcesTest, PlainFileIsOneAutoDocument) {
  std::string p = Write("a.txt", "MOSCOW (AP) - Talks.\nBody.\n");
  Items items = Drain({p});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok());
  EXPECT_EQ(items[0].value().input, p);
  EXPECT_EQ(items[0].value().bytes, "MOSCOW (AP) - Talks.\nBody.\n");
  EXPECT_EQ(items[0].value().format, DocFormat::kAuto);
  EXPECT_FALSE(items[0].value().id);
}

TEST_F(SourcesTest, ForcedFormatSetsDocFormat) {
  std::string p = Write("a", "{\"not\": \"jsonl when forced\"}\n");
  SourceOptions o;
  o.format = InputFormat::kHtml;
  Items items = Drain({p}, o);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].value().format, DocFormat::kHtml);
  o.format = InputFormat::kText;
  EXPECT_EQ(Drain({p}, o)[0].value().format, DocFormat::kText);
}

TEST_F(SourcesTest, DirectoryWalkIsSortedRecursiveAndSkipsHidden) {
  Write("in/c.txt", "c");
  Write("in/b/z.txt", "z");
  Write("in/b/y.txt", "y");
  Write("in/a.txt", "a");
  Write("in/.hidden.txt", "h");
  Write("in/.git/x.txt", "x");
  Items items = Drain({dir_ + "/in"});
  std::vector<std::string> want = {dir_ + "/in/a.txt", dir_ + "/in/b/y.txt", dir_ + "/in/b/z.txt",
                                   dir_ + "/in/c.txt"};
  EXPECT_EQ(Inputs(items), want);
}

TEST_F(SourcesTest, SymlinkLoopEnds) {
  Write("in/sub/a.txt", "a");
  fs::create_directory_symlink(fs::path(dir_) / "in", fs::path(dir_) / "in/sub/loop");
  Items items = Drain({dir_ + "/in"});
  EXPECT_EQ(Inputs(items), std::vector<std::string>{dir_ + "/in/sub/a.txt"});
}

TEST_F(SourcesTest, MissingInputIsAnErrorAndTheStreamGoesOn) {
  std::string p = Write("ok.txt", "fine");
  Items items = Drain({dir_ + "/nope.txt", p});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_FALSE(items[0].ok());
  EXPECT_EQ(items[0].error().input, dir_ + "/nope.txt");
  EXPECT_NE(items[0].error().message.find("No such file"), std::string::npos);
  EXPECT_TRUE(items[1].ok());
}

TEST_F(SourcesTest, StdinIsRead) {
  std::string p = Write("in.gz", Gzip("from stdin"));
  int saved = ::dup(STDIN_FILENO);
  int fd = ::open(p.c_str(), O_RDONLY);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  Items items = Drain({"-"});
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok());
  EXPECT_EQ(items[0].value().bytes, "from stdin");
  EXPECT_EQ(items[0].value().input, "-");
}

TEST_F(SourcesTest, EmptyFileIsAnError) {
  Items items = Drain({Write("empty", ""), Write("empty.gz", Gzip(""))});
  ASSERT_EQ(items.size(), 2u);
  for (const auto& i : items) {
    ASSERT_FALSE(i.ok());
    EXPECT_EQ(i.error().message, "empty input");
  }
}

TEST_F(SourcesTest, BinaryGarbageIsRefusedButStrayBytesPass) {
  std::string nuls;
  for (int i = 0; i < 4096; ++i) nuls.push_back(char(i % 3 == 0 ? 0 : (i * 7919) & 0xFF));
  std::string noisy;
  for (int i = 0; i < 1000; ++i) noisy.push_back(char(1 + (i * 31) % 250));
  Items items = Drain({Write("bin", nuls), Write("noisy", noisy)});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_FALSE(items[0].ok());
  EXPECT_NE(items[0].error().message.find("binary input"), std::string::npos);
  EXPECT_TRUE(items[1].ok());
}

TEST_F(SourcesTest, Utf16WithNulsIsNotBinary) {
  std::string u16 = "\xFF\xFE";
  for (char c : std::string("<html><body>Hello</body></html>")) u16 += std::string{c, '\0'};
  Items items = Drain({Write("u16.html", u16)});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].ok());
}

TEST_F(SourcesTest, OversizedDocumentIsAnErrorAndTheNextIsRead) {
  SourceOptions o;
  o.max_document_bytes = 100;
  Items items = Drain({Write("big.txt", std::string(5000, 'x')), Write("small.txt", "small")}, o);
  ASSERT_EQ(items.size(), 2u);
  ASSERT_FALSE(items[0].ok());
  EXPECT_EQ(items[0].error().message, "document exceeds 100 bytes");
  EXPECT_EQ(items[1].value().bytes, "small");
}

// ---- gzip ----

TEST_F(SourcesTest, GzipFileIsDecompressed) {
  Items items = Drain({Write("a.txt.gz", Gzip("<html><p>Hi</p></html>"))});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].value().bytes, "<html><p>Hi</p></html>");
}

TEST_F(SourcesTest, MultiMemberGzipIsConcatenated) {
  Items items = Drain({Write("m.gz", Gzip("first ") + Gzip("second ") + Gzip("third"))});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].value().bytes, "first second third");
}

TEST_F(SourcesTest, TruncatedGzipIsAnErrorWithOffset) {
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "line " + std::to_string(i * 7919) + "\n";
  std::string gz = Gzip(big);
  std::string cut = gz.substr(0, gz.size() / 2);
  Items items = Drain({Write("cut.gz", cut), Write("tiny.gz", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03truncated")});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_FALSE(items[0].ok());
  EXPECT_NE(items[0].error().message.find("truncated gzip"), std::string::npos) << items[0].error().message;
  EXPECT_EQ(items[0].error().offset, int64_t(cut.size()));
  EXPECT_FALSE(items[1].ok());
}

TEST_F(SourcesTest, TrailingZeroPaddingAfterGzipIsFine) {
  Items items = Drain({Write("pad.gz", Gzip("padded") + std::string(512, '\0'))});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].value().bytes, "padded");
}

// ---- WARC ----

TEST_F(SourcesTest, PlainWarcYieldsWantedRecordsWithOffsets) {
  std::vector<std::string> recs = {
      Warcinfo(),
      Record("request", "http://a.example/", "GET / HTTP/1.1\r\n\r\n"),
      Response("http://a.example/", "<html>A</html>"),
      Response("http://b.example/", "gone", 404),
      Record("resource", "http://c.example/t.txt", "plain resource", "text/plain"),
      Record("metadata", "http://a.example/", "fetchTimeMs: 5\r\n", "application/warc-fields"),
      Record("conversion", "http://d.example/", "converted text", "text/plain"),
      Response("http://e.example/img.jpg", "\xff\xd8", 200, "image/jpeg"),
      Response("http://f.example/", "<p>no type</p>", 200, ""),
  };
  std::string warc;
  std::vector<size_t> offsets;
  for (const auto& r : recs) {
    offsets.push_back(warc.size());
    warc += r;
  }
  std::string p = Write("x.warc", warc);
  Items items = Drain({p});
  ASSERT_EQ(items.size(), 4u);
  for (const auto& i : items) ASSERT_TRUE(i.ok()) << i.error().message;
  const RawDocument& a = items[0].value();
  EXPECT_EQ(a.input, p + "#" + std::to_string(offsets[2]));
  EXPECT_EQ(a.bytes, "<html>A</html>");
  EXPECT_EQ(a.url, "http://a.example/");
  EXPECT_EQ(a.fetch_time, "2025-02-27T10:00:00Z");
  EXPECT_EQ(a.content_type, "text/html; charset=utf-8");
  EXPECT_FALSE(a.id);
  EXPECT_EQ(items[1].value().input, p + "#" + std::to_string(offsets[4]));
  EXPECT_EQ(items[1].value().bytes, "plain resource");
  EXPECT_EQ(items[1].value().content_type, "text/plain");
  EXPECT_EQ(items[2].value().bytes, "converted text");
  EXPECT_EQ(items[3].value().bytes, "<p>no type</p>");
  EXPECT_FALSE(items[3].value().content_type);
}

TEST_F(SourcesTest, WarcGzOffsetsAreGzipMemberStarts) {
  std::string file;
  std::vector<size_t> members;
  for (int i = 0; i < 5; ++i) {
    members.push_back(file.size());
    file += Gzip(i == 0 ? Warcinfo() : Response("http://x/" + std::to_string(i), "<p>" + std::to_string(i) + "</p>"));
  }
  std::string p = Write("cc.warc.gz", file);
  Items items = Drain({p});
  ASSERT_EQ(items.size(), 4u);
  for (int i = 1; i < 5; ++i) {
    ASSERT_TRUE(items[i - 1].ok());
    EXPECT_EQ(items[i - 1].value().input, p + "#" + std::to_string(members[i]));
    EXPECT_EQ(items[i - 1].value().bytes, "<p>" + std::to_string(i) + "</p>");
  }
}

TEST_F(SourcesTest, WholeFileGzipWarcIsRead) {
  std::string plain = Response("http://x/1", "<p>1</p>");
  size_t second = plain.size();
  plain += Response("http://x/2", "<p>2</p>");
  std::string p = Write("whole.warc.gz", Gzip(plain));
  Items items = Drain({p});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].value().input, p + "#0");
  EXPECT_EQ(items[1].value().input, p + "#" + std::to_string(second));  // decompressed offset
  EXPECT_EQ(items[1].value().bytes, "<p>2</p>");
}

TEST_F(SourcesTest, ChunkedTransferEncodingIsUndone) {
  std::string chunked = "5\r\n<p>He\r\nA;ext=1\r\nllo world!\r\n0\r\n\r\n";
  std::string mislabeled = "<p>already decoded</p>";
  std::string warc = Response("http://x/", chunked, 200, "text/html", "Transfer-Encoding: chunked\r\n") +
                     Response("http://y/", mislabeled, 200, "text/html", "Transfer-Encoding: chunked\r\n");
  Items items = Drain({Write("c.warc", warc)});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].ok()) << items[0].error().message;
  EXPECT_EQ(items[0].value().bytes, "<p>Hello world!");
  EXPECT_EQ(items[1].value().bytes, mislabeled);
}

TEST_F(SourcesTest, ContentEncodingGzipAndDeflateAreUndone) {
  std::string body = "<html><p>compressed payload</p></html>";
  std::string warc = Response("http://g/", Gzip(body), 200, "text/html", "Content-Encoding: gzip\r\n") +
                     Response("http://d/", Zlib(body), 200, "text/html", "Content-Encoding: deflate\r\n") +
                     Response("http://b/", "\x1f\x8b\x08garbage", 200, "text/html", "Content-Encoding: gzip\r\n") +
                     Response("http://z/", "xx", 200, "text/html", "Content-Encoding: br\r\n");
  Items items = Drain({Write("ce.warc", warc)});
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].value().bytes, body);
  EXPECT_EQ(items[1].value().bytes, body);
  ASSERT_FALSE(items[2].ok());
  EXPECT_NE(items[2].error().message.find("corrupt compressed payload"), std::string::npos);
  ASSERT_FALSE(items[3].ok());
  EXPECT_NE(items[3].error().message.find("unsupported Content-Encoding"), std::string::npos);
}

TEST_F(SourcesTest, ContentEncodingBombIsBounded) {
  SourceOptions o;
  o.max_document_bytes = 10000;
  std::string warc =
      Response("http://bomb/", Gzip(std::string(1 << 20, 'a')), 200, "text/html", "Content-Encoding: gzip\r\n");
  Items items = Drain({Write("bomb.warc", warc)}, o);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_FALSE(items[0].ok());
  EXPECT_EQ(items[0].error().message, "document exceeds 10000 bytes");
}

TEST_F(SourcesTest, CorruptRecordsAreReportedAndReadingResyncs) {
  std::string warc = Response("http://1/", "<p>1</p>");
  size_t garbage_at = warc.size();
  warc += "this is not a record\r\nnor this\r\n";
  warc += Response("http://2/", "<p>2</p>");
  size_t bad_header_at = warc.size();
  warc += "WARC/1.0\r\nWARC-Type response\r\nContent-Length: 5\r\n\r\nabcde\r\n\r\n";
  warc += Response("http://3/", "<p>3</p>");
  size_t no_length_at = warc.size();
  warc += "WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\nbody\r\n\r\n";
  warc += Response("http://4/", "<p>4</p>");
  std::string p = Write("bad.warc", warc);
  Items items = Drain({p});
  ASSERT_EQ(Inputs(items).size(), 7u);
  EXPECT_EQ(items[0].value().url, "http://1/");
  ASSERT_FALSE(items[1].ok());
  EXPECT_EQ(items[1].error().input, p + "#" + std::to_string(garbage_at));
  EXPECT_EQ(items[1].error().offset, int64_t(garbage_at));
  EXPECT_EQ(items[2].value().url, "http://2/");
  ASSERT_FALSE(items[3].ok());
  EXPECT_EQ(items[3].error().offset, int64_t(bad_header_at));
  EXPECT_EQ(items[4].value().url, "http://3/");
  ASSERT_FALSE(items[5].ok());
  EXPECT_EQ(items[5].error().offset, int64_t(no_length_at));
  EXPECT_NE(items[5].error().message.find("Content-Length"), std::string::npos);
  EXPECT_EQ(items[6].value().url, "http://4/");
}

TEST_F(SourcesTest, CorruptGzipMemberGivesOneErrorAndIsSkipped) {
  for (int pattern = 0; pattern < 2; ++pattern) {
    std::string file;
    std::vector<size_t> members;
    for (int i = 0; i < 4; ++i) {
      members.push_back(file.size());
      std::string body = "<p>" + std::string(2000, char('a' + i)) + std::to_string(i * 7919) + "</p>";
      std::string m = Gzip(Response("http://x/" + std::to_string(i), body));
      if (i == 1 && pattern == 0)
        for (size_t k = 12; k < m.size() - 8; k += 3) m[k] = char(m[k] ^ 0x5a);
      if (i == 1 && pattern == 1)
        for (size_t k = 15; k < 40; ++k) m[k] = char(m[k] ^ 0x33);
      file += m;
    }
    std::string p = Write("damaged" + std::to_string(pattern) + ".warc.gz", file);
    Items items = Drain({p});
    ASSERT_EQ(items.size(), 4u) << ::testing::PrintToString(Inputs(items));
    EXPECT_EQ(items[0].value().input, p + "#" + std::to_string(members[0]));
    ASSERT_FALSE(items[1].ok());
    EXPECT_NE(items[1].error().message.find("gzip"), std::string::npos) << items[1].error().message;
    EXPECT_EQ(items[2].value().input, p + "#" + std::to_string(members[2]));
    EXPECT_EQ(items[3].value().input, p + "#" + std::to_string(members[3]));
  }
}

TEST_F(SourcesTest, WarcCutMidRecordGivesOneError) {
  std::string warc = Response("http://1/", "<p>1</p>");
  size_t cut_at = warc.size();
  std::string second = Response("http://2/", "<p>" + std::string(1000, 'x') + "</p>");
  warc += second.substr(0, second.size() / 2);
  std::string p = Write("cut.warc", warc);
  Items items = Drain({p, Write("cut.warc.gz", Gzip(warc))});
  ASSERT_EQ(items.size(), 4u);
  EXPECT_TRUE(items[0].ok());
  ASSERT_FALSE(items[1].ok());
  EXPECT_EQ(items[1].error().offset, int64_t(cut_at));
  EXPECT_NE(items[1].error().message.find("cut short"), std::string::npos);
  EXPECT_TRUE(items[2].ok());
  EXPECT_FALSE(items[3].ok());
}

TEST_F(SourcesTest, WarcVariantsFromOtherCrawlersAreTolerated) {
  std::string lf_only =
      "WARC/0.17\nwarc-type: response\nwarc-target-uri: <http://old.example/>\ncontent-length:  " +
      std::to_string(Http(200, "", "<p>old</p>").size()) + "  \n\n" + Http(200, "", "<p>old</p>") + "\n\n";
  std::string lf_http = "HTTP/1.0 200 OK\nContent-type: TEXT/HTML\n\n<p>lf</p>";
  std::string v11 = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://new.example/\r\n"
                    "Content-Length: " + std::to_string(lf_http.size()) + "\r\n\r\n" + lf_http + "\r\n\r\n";
  Items items = Drain({Write("old.warc", lf_only + v11)});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].ok()) << items[0].error().message;
  EXPECT_EQ(items[0].value().url, "http://old.example/");
  EXPECT_EQ(items[0].value().bytes, "<p>old</p>");
  ASSERT_TRUE(items[1].ok()) << items[1].error().message;
  EXPECT_EQ(items[1].value().bytes, "<p>lf</p>");
  EXPECT_EQ(items[1].value().content_type, "TEXT/HTML");
}

TEST_F(SourcesTest, OversizedWarcRecordIsSkipped) {
  SourceOptions o;
  o.max_document_bytes = 1000;
  std::string warc = Response("http://big/", std::string(5000, 'x'));
  size_t second = warc.size();
  warc += Response("http://small/", "<p>small</p>");
  std::string p = Write("o.warc", warc);
  Items items = Drain({p}, o);
  ASSERT_EQ(items.size(), 2u);
  ASSERT_FALSE(items[0].ok());
  EXPECT_EQ(items[0].error().message, "document exceeds 1000 bytes");
  EXPECT_EQ(items[1].value().input, p + "#" + std::to_string(second));
}

TEST_F(SourcesTest, ForcedWarcOnTextFindsNothingButErrors) {
  SourceOptions o;
  o.format = InputFormat::kWarc;
  Items items = Drain({Write("t.txt", "just text\nmore text\n")}, o);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_FALSE(items[0].ok());
}

// ---- JSON Lines ----

TEST_F(SourcesTest, JsonlFieldsAreRead) {
  std::string l1 = R"({"id": 42, "html": "<p>h</p>", "url": "http://u/", "title": "T", "published": "2025-02-27"})";
  std::string l2 = R"({"id": "abc", "text": "raw text"})";
  std::string l3 = R"({"body": "clean body", "id": null, "url": 7})";
  std::string p = Write("a.jsonl", l1 + "\n\n   \n" + l2 + "\r\n" + l3);
  Items items = Drain({p});
  ASSERT_EQ(items.size(), 3u);
  const RawDocument& a = items[0].value();
  EXPECT_EQ(a.input, p + "#0");
  EXPECT_EQ(a.format, DocFormat::kHtml);
  EXPECT_EQ(a.bytes, "<p>h</p>");
  EXPECT_EQ(a.id, "42");
  EXPECT_EQ(a.url, "http://u/");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.published, "2025-02-27");
  EXPECT_EQ(items[1].value().input, p + "#" + std::to_string(l1.size() + 6));
  EXPECT_EQ(items[1].value().format, DocFormat::kText);
  EXPECT_EQ(items[1].value().id, "abc");
  EXPECT_EQ(items[2].value().format, DocFormat::kBody);
  EXPECT_EQ(items[2].value().bytes, "clean body");
  EXPECT_FALSE(items[2].value().id);
  EXPECT_FALSE(items[2].value().url);
}

TEST_F(SourcesTest, BadJsonlLinesAreErrorsAndReadingGoesOn) {
  std::string jsonl = "{\"text\": \"one\"}\n{\"text\": oops}\n[1,2]\n{\"title\": \"no body\"}\n"
                      "{\"html\": 5}\n{\"text\": \"six\"}\n";
  size_t line2 = jsonl.find("{\"text\": oops");
  std::string p = Write("b.jsonl", jsonl);
  Items items = Drain({p});
  ASSERT_EQ(items.size(), 6u);
  EXPECT_TRUE(items[0].ok());
  ASSERT_FALSE(items[1].ok());
  EXPECT_EQ(items[1].error().input, p + "#" + std::to_string(line2));
  EXPECT_EQ(items[1].error().offset, int64_t(line2));
  EXPECT_EQ(items[1].error().message.rfind("line 2: invalid JSON at column", 0), 0u) << items[1].error().message;
  EXPECT_EQ(items[2].error().message, "line 3: not a JSON object");
  EXPECT_EQ(items[3].error().message, "line 4: no \"html\", \"text\" or \"body\" field");
  EXPECT_EQ(items[4].error().message, "line 5: \"html\" is not a string");
  EXPECT_EQ(items[5].value().bytes, "six");
}

TEST_F(SourcesTest, DeeplyNestedJsonlLineIsRefused) {
  std::string deep = "{\"text\": \"x\", \"a\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  std::string strings_ok = "{\"text\": \"" + std::string(1000, '[') + "\"}";
  Items items = Drain({Write("d.jsonl", deep + "\n" + strings_ok + "\n")});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_FALSE(items[0].ok());
  EXPECT_NE(items[0].error().message.find("nested deeper"), std::string::npos);
  EXPECT_TRUE(items[1].ok());
}

TEST_F(SourcesTest, OverlongJsonlLineIsSkipped) {
  SourceOptions o;
  o.max_document_bytes = 1000;
  std::string jsonl = "{\"text\": \"" + std::string(600000, 'x') + "\"}\n{\"text\": \"next\"}\n";
  Items items = Drain({Write("l.jsonl.gz", Gzip(jsonl))}, o);
  ASSERT_EQ(items.size(), 2u);
  ASSERT_FALSE(items[0].ok());
  EXPECT_NE(items[0].error().message.find("exceeds 1000 bytes"), std::string::npos);
  EXPECT_EQ(items[1].value().bytes, "next");
}

TEST_F(SourcesTest, TruncatedGzipJsonlKeepsWholeLinesAndGivesOneError) {
  std::string jsonl;
  for (int i = 0; i < 5000; ++i) jsonl += "{\"text\": \"line " + std::to_string(i * 7919) + "\"}\n";
  std::string gz = Gzip(jsonl);
  Items items = Drain({Write("t.jsonl.gz", gz.substr(0, gz.size() / 2))});
  ASSERT_GT(items.size(), 100u);
  for (size_t i = 0; i + 1 < items.size(); ++i) ASSERT_TRUE(items[i].ok()) << items[i].error().message;
  ASSERT_FALSE(items.back().ok());
  EXPECT_NE(items.back().error().message.find("truncated gzip"), std::string::npos);
}

TEST_F(SourcesTest, InvalidUtf8InJsonlIsAnError) {
  Items items = Drain({Write("u.jsonl", "{\"text\": \"\xff\xfe\"}\n{\"text\": \"ok\"}\n")});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_FALSE(items[0].ok());
  EXPECT_TRUE(items[1].ok());
}

// ---- readers over memory, bytes counters, scale ----

TEST(SourcesMemoryTest, ReaderOverMemoryMatchesFile) {
  std::string warc = Response("http://m/", "<p>m</p>");
  auto reader = sources::OpenReader(std::make_unique<sources::MemoryStream>(warc), "mem", {});
  Result<RawDocument> item = Error{};
  ASSERT_TRUE(reader->Next(&item));
  EXPECT_EQ(item.value().input, "mem#0");
  EXPECT_FALSE(reader->Next(&item));
}

TEST_F(SourcesTest, BytesReadAndTotal) {
  std::string a = Write("d/a.txt", "aaaa");
  std::string b = Write("d/b.gz", Gzip("bbbbbbbb"));
  uint64_t total = fs::file_size(a) + fs::file_size(b);
  auto source = OpenSources({dir_ + "/d"});
  EXPECT_EQ(source->bytes_total(), total);
  Result<RawDocument> item = Error{};
  while (source->Next(&item)) {
  }
  EXPECT_EQ(source->bytes_read(), total);
  EXPECT_EQ(OpenSources({a, "-"})->bytes_total(), 0u);
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAsan = true;  // freed memory sits in ASan's quarantine: RSS says nothing
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAsan = true;
#else
constexpr bool kAsan = false;
#endif
#else
constexpr bool kAsan = false;
#endif

uint64_t PeakRssKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stoull(line.substr(6));
  return 0;
}

TEST_F(SourcesTest, LargeWarcStreamsInFlatMemory) {
  std::string p = (fs::path(dir_) / "big.warc.gz").string();
  std::ofstream out(p, std::ios::binary);
  std::string body = "<html><body><p>" + std::string(900, 'n') + "</p></body></html>";
  std::string rec = Response("http://big.example/article", body);
  std::string member = Gzip(rec, 1);
  const int kRecords = 50'000'000 / int(rec.size());
  for (int i = 0; i < kRecords; ++i) out << member;
  out.close();
  uint64_t rss_before = PeakRssKb();
  auto start = std::chrono::steady_clock::now();
  auto source = OpenSources({p});
  Result<RawDocument> item = Error{};
  int docs = 0;
  while (source->Next(&item)) docs += item.ok();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(docs, kRecords);
  uint64_t growth_kb = PeakRssKb() - rss_before;
  if (!kAsan) {
    EXPECT_LT(growth_kb, 32u * 1024) << "memory grew with the input";
  }
  std::printf("[ info ] %d records, %.1f MB decompressed, %.1f MB compressed in %.2f s: %.0f MB/s decompressed, "
              "peak RSS +%llu KiB\n",
              kRecords, kRecords * rec.size() / 1e6, source->bytes_read() / 1e6, secs,
              kRecords * rec.size() / 1e6 / secs, (unsigned long long)growth_kb);
}

}  // namespace
}  // namespace dateline
