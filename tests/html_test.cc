// HTML extraction: realistic pages written for these tests (a news site with
// the usual furniture, a blog, a bare page of <p>s, an AMP page, a page of
// <br>-separated text), metadata helpers, and hostile input.
#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <filesystem>
#include <map>
#include <fstream>
#include <sstream>
#include <string>

#include "dateline/extract.h"
#include "extract/html_cleanup.h"
#include "extract/html_date.h"
#include "extract/html_meta.h"
#include "util/hash.h"
#include "util/utf8.h"

namespace dateline {
namespace {

using std::string;

Article Extract(const string& html, std::optional<string> url = std::nullopt) {
  RawDocument doc;
  doc.input = "test.html";
  doc.bytes = html;
  doc.format = DocFormat::kHtml;
  doc.url = url;
  Result<Article> r = ExtractArticle(doc);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? r.value() : Article{};
}

Article ExtractDoc(RawDocument doc) {
  doc.input = "test.html";
  doc.format = DocFormat::kHtml;
  Result<Article> r = ExtractArticle(doc);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? r.value() : Article{};
}

string ReadFile(const string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Article ExtractFile(const string& path, std::optional<string> url = std::nullopt) {
  return Extract(ReadFile(path), url);
}

bool Has(const string& text, const string& needle) { return text.find(needle) != string::npos; }

// Asserts the needles appear in text in this order.
void ExpectInOrder(const string& text, std::initializer_list<string> needles) {
  size_t at = 0;
  for (const string& n : needles) {
    size_t found = text.find(n, at);
    ASSERT_NE(found, string::npos) << "missing or out of order: " << n << "\n--- text:\n" << text;
    at = found + n.size();
  }
}

const char* kNewsPage = R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ceasefire talks resume in Istanbul as envoys meet | The Harbour Times</title>
<meta property="og:site_name" content="The Harbour Times">
<meta property="og:title" content="Ceasefire talks resume in Istanbul as envoys meet | The Harbour Times">
<meta property="og:url" content="https://www.harbourtimes.example/world/2025/02/27/ceasefire-talks">
<meta name="twitter:title" content="Ceasefire talks resume">
<meta property="article:published_time" content="2025-02-26T08:00:00Z">
<link rel="canonical" href="https://www.harbourtimes.example/world/ceasefire-talks-istanbul">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://www.harbourtimes.example/#site","name":"Harbour Times Online"},
 {"@type":"Person","@id":"https://www.harbourtimes.example/#/person/1","name":"Amira Haddad"},
 {"@type":"NewsArticle","headline":"Ceasefire talks resume in Istanbul as envoys meet",
  "datePublished":"2025-02-27T10:00:00+00:00","dateModified":"2025-02-27T12:00:00+00:00",
  "author":[{"@id":"https://www.harbourtimes.example/#/person/1"},{"@type":"Person","name":"Tomas Lind"},
            {"@type":"Organization","name":"Harbour Times Staff"}],
  "publisher":{"@type":"NewsMediaOrganization","name":"The Harbour Times"}}]}
</script>
<script>var analytics = {"events": ["pageview", "scroll"]}; function track(){ return "<p>not text</p>"; }</script>
<style>.share-bar { display: flex; } p { margin: 0 }</style>
</head>
<body class="article-page has-sidebar">
<div id="cookie-consent" class="cookie-banner">We use cookies to give you the best experience. <button>Accept all</button></div>
<header class="site-header">
  <a href="/" class="logo">The Harbour Times</a>
  <nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/world">World</a></div>
<main id="content">
 <article class="story">
  <header class="story-header">
   <h1 class="headline">Ceasefire talks resume in Istanbul as envoys meet</h1>
   <p class="byline">By <a rel="author" href="/authors/amira-haddad">Amira Haddad</a> and Tomas Lind</p>
   <time datetime="2025-02-27T10:00:00Z">27 February 2025</time>
  </header>
  <div class="share-bar social-share"><a href="https://facebook.example/share">Share on Facebook</a>
    <a href="https://x.example/share">Post on X</a><a href="mailto:?">Email this article</a></div>
  <figure><img src="/img/talks.jpg" alt="Envoys"><figcaption>Envoys arrive at the talks. Photo: Agency</figcaption></figure>
  <div class="story-body">
   <p>ISTANBUL — Envoys from both sides met on Thursday for the first round of ceasefire talks in nearly a year, officials said, raising cautious hopes of an end to the fighting.</p>
   <p>The talks, hosted by Turkey at a palace on the Bosphorus, lasted more than six hours, according to a statement from the Turkish foreign ministry.</p>
   <div class="ad ad-slot" id="ad-mpu-1"><p>Advertisement</p><iframe src="https://ads.example/x"></iframe></div>
   <h2>Prisoner exchange on the table</h2>
   <p>Negotiators discussed a prisoner exchange, the reopening of a grain corridor and the return of civilians displaced by the fighting, two people familiar with the talks said.</p>
   <blockquote><p>“We have taken a first step, but the road is long,” the Turkish foreign minister told reporters.</p></blockquote>
   <p>A second round is expected next week, although no date has been set.</p>
   <div class="related-links"><h3>Read more</h3><ul>
     <li><a href="/world/a">Grain exports fall for a third month</a></li>
     <li><a href="/world/b">Who are the envoys at the table?</a></li></ul></div>
   <p style="display:none">Hidden paragraph that no reader sees on the page.</p>
  </div>
  <div class="tags"><a href="/tag/diplomacy">Diplomacy</a><a href="/tag/turkey">Turkey</a></div>
  <div class="newsletter-signup"><p>Get our morning briefing, with the day's top stories, in your inbox every weekday.</p><form><input type="email"><button>Sign up</button></form></div>
 </article>
 <aside class="sidebar"><h3>Most popular</h3><ol><li><a href="/x">Markets slide as oil prices jump on supply fears</a></li><li><a href="/y">Storm brings flooding to the coast</a></li></ol></aside>
 <section id="comments" class="comments"><h3>Comments (2)</h3>
   <div class="comment"><p>This is a long and thoughtful reader comment about the talks, with several clauses, commas, and opinions, that should never be in the article text.</p></div>
   <div class="comment"><p>Another reader comment, also quite long, arguing, disagreeing, and adding context that is not part of the article.</p></div>
 </section>
</main>
<footer class="site-footer"><p>© 2025 The Harbour Times. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>)html";

TEST(HtmlTest, NewsPageBodyInOrder) {
  Article a = Extract(kNewsPage);
  EXPECT_EQ(a.text.rfind("Envoys from both sides met on Thursday", 0), 0u) << "wire dateline cut off";
  ASSERT_EQ(a.dateline.size(), 1u);
  EXPECT_EQ(a.dateline[0].name, "Istanbul");
  ExpectInOrder(a.text, {"Envoys from both sides met on Thursday",
                         "The talks, hosted by Turkey", "Prisoner exchange on the table",
                         "Negotiators discussed a prisoner exchange", "“We have taken a first step",
                         "A second round is expected next week, although no date has been set."});
  EXPECT_TRUE(Has(a.text, "six hours, according to a statement from the Turkish foreign ministry.\n\nPrisoner"));
}

TEST(HtmlTest, NewsPageBoilerplateAbsent) {
  Article a = Extract(kNewsPage);
  for (const char* junk : {"cookies", "Sport", "Share on Facebook", "Advertisement", "Grain exports fall",
                           "Hidden paragraph", "Diplomacy", "morning briefing", "Markets slide", "reader comment",
                           "All rights reserved", "Envoys arrive", "not text", "Read more", "analytics"})
    EXPECT_FALSE(Has(a.text, junk)) << junk << "\n--- text:\n" << a.text;
  EXPECT_FALSE(Has(a.text, "Ceasefire talks resume in Istanbul")) << "title repeated in the body";
}

TEST(HtmlTest, NewsPageMetadata) {
  Article a = Extract(kNewsPage);
  EXPECT_EQ(a.title, "Ceasefire talks resume in Istanbul as envoys meet");
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[0].name, "Amira Haddad");
  EXPECT_EQ(a.authors[1].name, "Tomas Lind");
  EXPECT_EQ(a.published, "2025-02-27T10:00:00+00:00");
  EXPECT_EQ(a.source.name, "The Harbour Times");
  EXPECT_EQ(a.url, "https://www.harbourtimes.example/world/ceasefire-talks-istanbul");
  EXPECT_EQ(a.language, "en");
}

TEST(HtmlTest, ContainerUrlWinsOverCanonical) {
  Article a = Extract(kNewsPage, "https://harbourtimes.example/fetched");
  EXPECT_EQ(a.url, "https://harbourtimes.example/fetched");
}

const char* kBlogPage = R"html(<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Why the harbour ferry still matters &#8211; Notes from the Quay</title>
<meta property="og:site_name" content="Notes from the Quay">
<meta name="author" content="Jonas Berg">
<meta name="generator" content="WordPress 6.4">
</head><body class="post-template-default single single-post">
<div id="page" class="site">
 <div id="masthead"><div class="site-title"><a href="/">Notes from the Quay</a></div>
   <div class="menu-primary-container"><ul id="menu-primary"><li><a href="/about">About</a></li><li><a href="/archive">Archive</a></li></ul></div></div>
 <div id="primary" class="content-area">
  <div class="post-1234 post type-post hentry">
   <h1 class="entry-title">Why the harbour ferry still matters</h1>
   <div class="entry-meta">Posted on <time class="entry-date published" datetime="2024-11-03T07:15:00+01:00">November 3, 2024</time> by <span class="author vcard"><a class="url fn n" href="/author/jonas">Jonas Berg</a></span></div>
   <div class="entry-content">
    <p>Every morning at ten past seven, the little ferry leaves the quay with a dozen commuters, two bicycles and, more often than not, a dog.</p>
    <p>The city has tried to close the route three times since 2010, arguing that the bridge upriver makes it redundant, and three times the neighbourhood has fought back.</p>
    <h3>A lifeline, not a luxury</h3>
    <p>For the older residents of the island, the ferry is the only way to reach the clinic without a forty-minute detour.</p>
    <ul><li>It carries around 400 passengers a day in winter.</li><li>It costs the city less than the bus it would replace.</li></ul>
    <p>Next month the council votes again. This time, the residents say, they are ready.</p>
    <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="?share=twitter">Twitter</a></li><li><a href="?share=facebook">Facebook</a></li></ul></div>
   </div>
  </div>
  <div id="comments" class="comments-area"><h2 class="comments-title">One thought on this post</h2>
   <ol class="comment-list"><li class="comment"><p>I took this ferry every day for ten years, and I would be heartbroken, honestly, if it closed for good.</p></li></ol></div>
 </div>
 <div id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2>Recent Posts</h2><ul><li><a href="/p1">The lighthouse keeper's log</a></li></ul></section></div>
 <div class="site-footer">Proudly powered by WordPress</div>
</div></body></html>)html";

TEST(HtmlTest, BlogPage) {
  Article a = Extract(kBlogPage);
  ExpectInOrder(a.text, {"Every morning at ten past seven", "three times the neighbourhood has fought back.",
                         "A lifeline, not a luxury", "the only way to reach the clinic",
                         "It carries around 400 passengers", "It costs the city less",
                         "Next month the council votes again."});
  for (const char* junk : {"Twitter", "heartbroken", "Recent Posts", "lighthouse", "WordPress", "Archive", "Posted on"})
    EXPECT_FALSE(Has(a.text, junk)) << junk << "\n--- text:\n" << a.text;
  EXPECT_EQ(a.title, "Why the harbour ferry still matters");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Jonas Berg");
  EXPECT_EQ(a.source.name, "Notes from the Quay");
  // A <time> outside any <article> is not metadata, but it is the visible
  // date when nothing better is given (after structured data and the URL).
  EXPECT_EQ(a.published, "2024-11-03T07:15:00+01:00");
}

TEST(HtmlTest, OnlyParagraphs) {
  Article a = Extract(
      "<p>The first paragraph of a page with no structure at all, only paragraphs.</p>\n"
      "<p>The second paragraph, which follows the first, and has a comma or two, as news does.</p>\n"
      "<p>The third and last paragraph.</p>");
  EXPECT_EQ(a.text,
            "The first paragraph of a page with no structure at all, only paragraphs.\n\n"
            "The second paragraph, which follows the first, and has a comma or two, as news does.\n\n"
            "The third and last paragraph.");
  EXPECT_EQ(a.title, std::nullopt);
  EXPECT_TRUE(a.authors.empty());
}

const char* kAmpPage = R"html(<!doctype html>
<html amp lang="fr">
<head><meta charset="utf-8">
<title>Grève au port de Marseille : les dockers bloquent les terminaux - Le Courrier du Sud</title>
<link rel="canonical" href="https://courrier-du-sud.example/economie/greve-port-marseille.html">
<meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.example/v0.js"></script>
<style amp-custom>body{font-family:serif}</style>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
 "headline":"Grève au port de Marseille : les dockers bloquent les terminaux",
 "author":"Par Claire Dumas","datePublished":"2025-03-04",
 "publisher":{"@type":"Organization","name":"Le Courrier du Sud","logo":{"@type":"ImageObject","url":"https://x.example/l.png"}}}</script>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/">Accueil</a></li><li><a href="/economie">Économie</a></li></ul></amp-sidebar>
<amp-analytics type="gtag"><script type="application/json">{"vars":{"gtag_id":"X"}}</script></amp-analytics>
<article>
<h1>Grève au port de Marseille : les dockers bloquent les terminaux</h1>
<amp-img src="/port.jpg" width="800" height="450" layout="responsive" alt="Le port"></amp-img>
<p>Les dockers du port de Marseille ont bloqué mardi l'accès aux principaux terminaux, à l'appel de plusieurs syndicats, pour protester contre la réforme des retraites.</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/ad"><div placeholder>Publicité</div></amp-ad>
<p>Selon la direction du port, une trentaine de navires attendaient au large en fin de journée, et les pertes pourraient atteindre plusieurs millions d'euros.</p>
<p>Les syndicats ont annoncé un nouveau mouvement jeudi si le gouvernement ne revient pas sur son projet.</p>
</article>
<amp-social-share type="twitter"></amp-social-share>
</body></html>)html";

TEST(HtmlTest, AmpPage) {
  Article a = Extract(kAmpPage);
  ExpectInOrder(a.text, {"Les dockers du port de Marseille", "Selon la direction du port",
                         "Les syndicats ont annoncé un nouveau mouvement jeudi"});
  for (const char* junk : {"Publicité", "Accueil", "gtag"}) EXPECT_FALSE(Has(a.text, junk)) << junk << "\n" << a.text;
  EXPECT_EQ(a.title, "Grève au port de Marseille : les dockers bloquent les terminaux");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Claire Dumas");
  EXPECT_EQ(a.published, "2025-03-04");
  EXPECT_EQ(a.source.name, "Le Courrier du Sud");
  EXPECT_EQ(a.url, "https://courrier-du-sud.example/economie/greve-port-marseille.html");
  EXPECT_EQ(a.language, "fr");
}

TEST(HtmlTest, BrSeparatedTextInTables) {
  Article a = Extract(
      "<html><head><title>Old Town Gazette: Mill fire</title><meta name=\"date\" content=\"Thu, 27 Feb 2025 10:00:00 GMT\">"
      "</head><body><table><tr><td class=\"nav\"><a href=\"/\">Home</a><br><a href=\"/news\">News</a></td>"
      "<td class=\"main\"><font size=2>Fire broke out at the old mill on Tuesday night, the fire brigade said, and "
      "burned for several hours before it was brought under control.<br><br>No one was hurt, but the building, "
      "which dates from 1850, was badly damaged.<br><br>The cause is not yet known.</font></td></tr></table>"
      "</body></html>");
  EXPECT_EQ(a.text,
            "Fire broke out at the old mill on Tuesday night, the fire brigade said, and burned for several hours "
            "before it was brought under control.\n\nNo one was hurt, but the building, which dates from 1850, was "
            "badly damaged.\n\nThe cause is not yet known.");
  EXPECT_EQ(a.published, "2025-02-27T10:00:00Z");
  EXPECT_EQ(a.title, "Old Town Gazette: Mill fire");
}

TEST(HtmlTest, WrapperWithBoilerplateNameKeepsArticle) {
  // The whole page sits in a <form> (ASP.NET) and a div whose class has
  // "sidebar" in it; neither may take the article with it.
  Article a = Extract(
      "<html><body><form id=\"aspnetForm\"><div class=\"layout-sidebar-right\">"
      "<div class=\"col\"><h1>Council approves budget</h1>"
      "<p>The city council approved next year's budget on Monday evening, after a debate that lasted, by "
      "most accounts, well past midnight.</p><p>The budget raises spending on schools by four percent.</p>"
      "</div></div></form></body></html>");
  ExpectInOrder(a.text, {"The city council approved", "The budget raises spending"});
}

TEST(HtmlTest, UndeclaredUtf8MetaCharsetIsIgnoredByParser) {
  // Bytes are UTF-8 although the page claims windows-1252: libxml2 must not
  // re-decode the already converted text.
  Article a = Extract(
      "<html><head><meta charset=\"windows-1252\"></head><body><p>Zürich und Genf: Die Gespräche "
      "über den Zollvertrag wurden am Donnerstag fortgesetzt, teilte das Ministerium mit.</p></body></html>");
  EXPECT_TRUE(Has(a.text, "Zürich und Genf: Die Gespräche")) << a.text;
  EXPECT_TRUE(util::IsValidUtf8(a.text));
}

TEST(HtmlTest, Windows1252PageThroughExtract) {
  RawDocument doc;
  doc.input = "cp1252.html";
  doc.bytes = "<html><head><meta charset=\"windows-1252\"><title>Caf\xE9 news</title></head><body><p>"
              "\x93We are open,\x94 said the caf\xE9 owner, who has run the place on the square for thirty years.</p>"
              "</body></html>";
  Result<Article> r = ExtractArticle(doc);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().title, "Café news");
  EXPECT_TRUE(Has(r.value().text, "“We are open,” said the café owner")) << r.value().text;
}

// ---- Metadata helpers --------------------------------------------------------

TEST(HtmlDateTest, Formats) {
  using extract::html::NormaliseMetaDate;
  EXPECT_EQ(NormaliseMetaDate("2025-02-27"), "2025-02-27");
  EXPECT_EQ(NormaliseMetaDate("2025-02-27T10:00:00+00:00"), "2025-02-27T10:00:00+00:00");
  EXPECT_EQ(NormaliseMetaDate("2025-02-27T10:00:00Z"), "2025-02-27T10:00:00Z");
  EXPECT_EQ(NormaliseMetaDate("2025-02-27T10:00:00.123-0500"), "2025-02-27T10:00:00-05:00");
  EXPECT_EQ(NormaliseMetaDate("2025-02-27 10:00"), "2025-02-27T10:00:00");
  EXPECT_EQ(NormaliseMetaDate("20250227"), "2025-02-27");
  EXPECT_EQ(NormaliseMetaDate("2025/2/7"), "2025-02-07");
  EXPECT_EQ(NormaliseMetaDate("Thu, 27 Feb 2025 10:00:00 GMT"), "2025-02-27T10:00:00Z");
  EXPECT_EQ(NormaliseMetaDate("Thu, 27 Feb 2025 10:00:00 +0100"), "2025-02-27T10:00:00+01:00");
  EXPECT_EQ(NormaliseMetaDate("Thu, 27 Feb 2025 10:00:00 EST"), "2025-02-27T10:00:00-05:00");
  EXPECT_EQ(NormaliseMetaDate("February 27, 2025"), "2025-02-27");
  EXPECT_EQ(NormaliseMetaDate("Feb. 27, 2025"), "2025-02-27");
  EXPECT_EQ(NormaliseMetaDate("Sept 3rd, 2024"), "2024-09-03");
  EXPECT_EQ(NormaliseMetaDate("27 February 2025"), "2025-02-27");
  EXPECT_EQ(NormaliseMetaDate("Thursday, February 27, 2025 at 10:30 pm UTC"), "2025-02-27T22:30:00Z");
  EXPECT_EQ(NormaliseMetaDate("February 27, 2025 10:30 AM ET"), "2025-02-27");
}

TEST(HtmlDateTest, RejectsInvalid) {
  using extract::html::NormaliseMetaDate;
  for (const char* bad : {"", "yesterday", "2025-02-30", "2025-13-01", "2023-02-29", "Feb 30, 2025", "12345",
                          "2025-02-27T25:00:00Z", "1 Smarch 2025", "99999999999"})
    EXPECT_EQ(NormaliseMetaDate(bad), std::nullopt) << bad;
  EXPECT_EQ(NormaliseMetaDate("2024-02-29"), "2024-02-29");
}

TEST(HtmlAuthorTest, Splitting) {
  using extract::html::ParseAuthorNames;
  auto names = [](std::string_view s) {
    std::vector<string> out;
    for (const Author& a : ParseAuthorNames(s)) out.push_back(a.name + (a.role ? " / " + *a.role : ""));
    return out;
  };
  EXPECT_EQ(names("By Jane Doe and John Roe"), (std::vector<string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(names("BY: Jane Doe, John Roe & Ana Ruiz"), (std::vector<string>{"Jane Doe", "John Roe", "Ana Ruiz"}));
  EXPECT_EQ(names("Stefan J. Bos, Chief International Correspondent"),
            (std::vector<string>{"Stefan J. Bos / Chief International Correspondent"}));
  EXPECT_EQ(names("Reuters"), std::vector<string>{});
  EXPECT_EQ(names("The Associated Press"), std::vector<string>{});
  EXPECT_EQ(names("https://www.facebook.example/jane.doe"), std::vector<string>{});
  EXPECT_EQ(names("jane@example.com"), std::vector<string>{});
  EXPECT_EQ(names("Staff Writer"), std::vector<string>{});
  EXPECT_EQ(names("Jane Doe | Reuters"), std::vector<string>{"Jane Doe"});
  EXPECT_EQ(names("Łukasz Nowak"), std::vector<string>{"Łukasz Nowak"});
  EXPECT_EQ(names("this is a whole sentence that is certainly not a name at all"), std::vector<string>{});
}

TEST(HtmlMetaTest, StripSiteName) {
  using extract::html::StripSiteName;
  EXPECT_EQ(StripSiteName("Talks resume | The Harbour Times", "The Harbour Times", ""), "Talks resume");
  EXPECT_EQ(StripSiteName("Talks resume - BBC News", "", "bbc"), "Talks resume");
  EXPECT_EQ(StripSiteName("Harbour Times: Talks resume", "Harbour Times", ""), "Harbour Times: Talks resume");
  EXPECT_EQ(StripSiteName("Harbour Times | Talks resume", "The Harbour Times", ""), "Talks resume");
  EXPECT_EQ(StripSiteName("Putin - Trump talks - analysis", "Daily Wire", "dailywire"), "Putin - Trump talks - analysis");
}

// ---- Hostile input -----------------------------------------------------------

Result<Article> ExtractRaw(const string& bytes) {
  RawDocument doc;
  doc.input = "hostile.html";
  doc.bytes = bytes;
  doc.format = DocFormat::kHtml;
  return ExtractArticle(doc);
}

double Seconds(auto f) {
  auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

TEST(HtmlHostileTest, EmptyAndBlank) {
  EXPECT_FALSE(ExtractRaw("").ok());
  EXPECT_FALSE(ExtractRaw("   \n  ").ok());
  EXPECT_FALSE(ExtractRaw("<html><body></body></html>").ok());
}

TEST(HtmlHostileTest, Binary) {
  string binary;
  for (int i = 0; i < 100000; ++i) binary.push_back(char((i * 7919 + 13) & 0xFF));
  Result<Article> r = ExtractRaw("<html>" + binary);
  if (r.ok()) {
    EXPECT_TRUE(util::IsValidUtf8(r.value().text));
  }
}

TEST(HtmlHostileTest, HundredThousandDeepNesting) {
  string html = "<html><body><p>Text before the deep part, which should survive the cut.</p>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "<p>Text after the deep part, which should survive too.</p></body></html>";
  Result<Article> r = Error{};
  double s = Seconds([&] { r = ExtractRaw(html); });
  EXPECT_LT(s, 3.0);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(Has(r.value().text, "Text before the deep part")) << r.value().text;
  EXPECT_TRUE(Has(r.value().text, "Text after the deep part")) << r.value().text;
  EXPECT_FALSE(Has(r.value().text, "deep text"));
}

TEST(HtmlHostileTest, DeepUnclosedInlineAndBlocks) {
  for (const char* open : {"<div>", "<span>", "<a>", "<b><i>", "<table>", "<li>", "<font>", "<blockquote>"}) {
    string html;
    for (int i = 0; i < 50000; ++i) html += open;
    for (int i = 0; i < 20000; ++i) html += "</div>";
    html += "some text at the end";
    double s = Seconds([&] { ExtractRaw(html); });
    EXPECT_LT(s, 3.0) << open;
  }
}

TEST(HtmlHostileTest, TenMegabyteAttribute) {
  string html = "<html><body><div data-x=\"" + string(10 << 20, 'x') +
                "\"><p>The paragraph after a ten megabyte attribute is still found.</p></div></body></html>";
  Result<Article> r = ExtractRaw(html);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value().text, "The paragraph after a ten megabyte attribute is still found.");
}

TEST(HtmlHostileTest, HugeInlineScript) {
  string html = "<html><head><script>var x = \"" + string(20 << 20, 'y') +
                "\";</script></head><body><p>Text after a twenty megabyte script.</p></body></html>";
  Result<Article> r = ExtractRaw(html);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value().text, "Text after a twenty megabyte script.");
}

TEST(HtmlHostileTest, UnclosedEverything) {
  Result<Article> r = ExtractRaw(
      "<html><head><title>Unclosed<body><div><p>First paragraph of a page that never closes a tag"
      "<p>Second paragraph<div><ul><li>item<li>item two<table><tr><td>cell");
  if (r.ok()) {
    EXPECT_TRUE(util::IsValidUtf8(r.value().text));
  }
  Result<Article> r2 = ExtractRaw("<p>One<p>Two<p>Three <b>bold <i>both</b> italic</i> end");
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2.value().text, "One\n\nTwo\n\nThree bold both italic end");
}

TEST(HtmlHostileTest, NulBytes) {
  Result<Article> r = ExtractRaw(string("<p>Before\0the NUL and\0 after it.</p>", 37));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().text, "Beforethe NUL and after it.");
}

TEST(HtmlHostileTest, HundredMegabytePageFinishes) {
  string html = "<html><body>";
  string para = "<div class=\"c\"><p>Some text here, with words and <a href=\"/x\">links</a>.</p></div>\n";
  while (html.size() < (100u << 20)) html += para;
  double s = Seconds([&] { ExtractRaw(html); });
  EXPECT_LT(s, 10.0);
}


// ---- Body cleanup: byline, wire dateline, footer, furniture ----------------

TEST(HtmlCleanupTest, CentralBankExample) {
  Article a = ExtractFile(string(DATELINE_SOURCE_DIR) + "/examples/central-bank-rates.html");
  EXPECT_EQ(a.text.rfind("The Bank of Canada kept its benchmark", 0), 0u) << a.text;
  ASSERT_EQ(a.dateline.size(), 1u);
  EXPECT_EQ(a.dateline[0].name, "Ottawa");
  EXPECT_EQ(a.dateline[0].country, "CAN");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Priya Raman");
  EXPECT_FALSE(Has(a.text, "By Priya Raman"));
  EXPECT_EQ(a.published, "2026-02-12T09:30:00Z");
}

TEST(HtmlCleanupTest, WireAgencyPage) {
  Article a = ExtractFile(string(DATELINE_TEST_DATA) + "/html/wire-agency.html");
  EXPECT_EQ(a.text.rfind("Congressional leaders agreed on Thursday", 0), 0u) << a.text;
  ASSERT_EQ(a.dateline.size(), 1u);
  EXPECT_EQ(a.dateline[0].name, "Washington");
  ASSERT_EQ(a.authors.size(), 2u) << "byline names, metadata has none";
  EXPECT_EQ(a.authors[0].name, "Jane Doe");
  EXPECT_EQ(a.authors[1].name, "John Roe");
  for (const char* junk : {"By JANE DOE", "Advertisement", "Read more", "Reporting by", "Trust Principles"})
    EXPECT_FALSE(Has(a.text, junk)) << junk << "\n--- text:\n" << a.text;
  EXPECT_TRUE(Has(a.text, "full-year appropriations continue."));
  EXPECT_EQ(a.source.name, "Global Wire");
  EXPECT_EQ(a.published, "2025-02-27T14:05:00Z");
  EXPECT_EQ(a.modified, "2025-02-27T18:40:00Z");
}

TEST(HtmlCleanupTest, GermanRegionalPage) {
  Article a = ExtractFile(string(DATELINE_TEST_DATA) + "/html/de-regional.html");
  EXPECT_EQ(a.text.rfind("Nach monatelangen Diskussionen", 0), 0u) << a.text;
  EXPECT_EQ(a.published, "2025-02-27") << "visible German date";
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Anna Schmidt");
  EXPECT_EQ(a.language, "de");
}

TEST(HtmlCleanupTest, FrenchPage) {
  Article a = ExtractFile(string(DATELINE_TEST_DATA) + "/html/fr-quotidien.html");
  EXPECT_EQ(a.text.rfind("Des centaines de vols", 0), 0u) << a.text;
  ASSERT_EQ(a.dateline.size(), 1u);
  EXPECT_EQ(a.dateline[0].name, "Marseille");
  EXPECT_EQ(a.published, "2025-03-01");
  EXPECT_EQ(a.modified, "2025-03-02");
  ASSERT_EQ(a.authors.size(), 1u) << "\"Par\" byline";
  EXPECT_EQ(a.authors[0].name, "Claire Martin");
  EXPECT_FALSE(Has(a.text, "Publié le"));
}

const char* kBylineMetaPage = R"html(<html><head><title>Port strike spreads</title>
<meta name="author" content="Lena Ortiz"><meta property="og:site_name" content="The Coast Post">
</head><body><article><h1>Port strike spreads</h1>
<p>Port strike spreads</p>
<p>By Lena Ortiz, Transport Correspondent</p>
<p>ROTTERDAM (AP) — Dock workers at three more ports walked out on Monday, widening a strike that has already delayed hundreds of container ships across northern Europe.</p>
<p>Share this</p>
<p>Union leaders said the action would continue until employers returned to the negotiating table with a better offer on pay and automation.</p>
<p>Employers called the strike irresponsible and said it was costing the economy millions of euros a day in lost trade.</p>
<p>Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
<p>Related stories</p>
<p>Strikes hit French rail network</p>
<p>Shipping rates climb again</p>
</article></body></html>)html";

TEST(HtmlCleanupTest, MetadataAuthorsWinBylineAddsRole) {
  Article a = Extract(kBylineMetaPage);
  ASSERT_EQ(a.authors.size(), 1u) << "no duplicate from the byline";
  EXPECT_EQ(a.authors[0].name, "Lena Ortiz");
  EXPECT_EQ(a.authors[0].role, "Transport Correspondent");
  EXPECT_EQ(a.text.rfind("Dock workers at three more ports", 0), 0u) << a.text;
  ASSERT_EQ(a.dateline.size(), 1u);
  EXPECT_EQ(a.dateline[0].name, "Rotterdam");
  EXPECT_FALSE(Has(a.text, "Share this"));
  EXPECT_FALSE(Has(a.text, "Copyright"));
  EXPECT_FALSE(Has(a.text, "Shipping rates"));
  EXPECT_TRUE(a.boilerplate.copyright.has_value());
  ASSERT_EQ(a.boilerplate.related.size(), 2u);
  EXPECT_EQ(a.boilerplate.related[1].text, "Shipping rates climb again");
  EXPECT_TRUE(Has(a.text, "lost trade."));
}

TEST(HtmlCleanupTest, OrdinaryOpeningSentenceKept) {
  Article a = Extract(R"html(<html><body><article>
<p>By the end of the week, the river had risen by almost two metres, and the town's sandbag walls were all that stood between the water and the old market square.</p>
<p>Residents worked through the night, filling bags from a pile of sand delivered by the army, while the mayor appealed for calm.</p>
</article></body></html>)html");
  EXPECT_EQ(a.text.rfind("By the end of the week", 0), 0u) << a.text;
  EXPECT_TRUE(a.authors.empty());
  EXPECT_TRUE(a.dateline.empty());
}

// What a page prints above its byline and date (section label, standfirst,
// reading time, a clap count) is not the story; a short first paragraph with
// no byline or date after it is.
TEST(HtmlCleanupTest, HeaderAboveBylineAndDateIsNotText) {
  Article a = Extract(R"html(<html><body><article><h1>The last summers of the ice</h1>
<div class="label">Features</div>
<div class="standfirst">For twenty summers a glaciologist has measured the glacier's retreat.</div>
<div>By Claire Whitcombe</div><div>April 18, 2023</div><div>14 min read</div><div>1.4K</div>
<p>The meltwater comes first, a thin grey stream that runs beneath the snout of the glacier in late June.</p>
<p>By August it is a river, and the measuring poles the team planted in spring lean at odd angles.</p>
</article></body></html>)html");
  EXPECT_EQ(a.text.rfind("The meltwater comes first", 0), 0u) << a.text;
  EXPECT_FALSE(Has(a.text, "min read")) << a.text;
  EXPECT_FALSE(Has(a.text, "1.4K")) << a.text;
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Claire Whitcombe");

  Article b = Extract(R"html(<html><body><article><h1>Flood defences hold</h1>
<p>The water rose again overnight.</p>
<p>Residents worked through the night, filling bags from a pile of sand delivered by the army.</p>
<p>The mayor appealed for calm and said the defences would hold until the river fell.</p>
</article></body></html>)html");
  EXPECT_EQ(b.text.rfind("The water rose again overnight.", 0), 0u) << b.text;
}

TEST(HtmlCleanupTest, SplitAndJoinParagraphs) {
  std::vector<string> ps = extract::html::SplitParagraphs("a\n\nb\n\n\n\nc");
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(extract::html::JoinParagraphs(ps), "a\n\nb\n\nc");
}

// ---- Dates -------------------------------------------------------------------

TEST(HtmlDateTest, TextDatesInLanguages) {
  using extract::html::FindTextDate;
  EXPECT_EQ(FindTextDate("27. Februar 2025"), "2025-02-27");
  EXPECT_EQ(FindTextDate("Veröffentlicht am 3. März 2025, 10:30 Uhr"), "2025-03-03");
  EXPECT_EQ(FindTextDate("Publié le 27 février 2025 à 10h30"), "2025-02-27");
  EXPECT_EQ(FindTextDate("1er mars 2025"), "2025-03-01");
  EXPECT_EQ(FindTextDate("27 de febrero de 2025"), "2025-02-27");
  EXPECT_EQ(FindTextDate("27 febbraio 2025"), "2025-02-27");
  EXPECT_EQ(FindTextDate("27 de fevereiro de 2025"), "2025-02-27");
  EXPECT_EQ(FindTextDate("1º de março de 2025"), "2025-03-01");
  EXPECT_EQ(FindTextDate("27 februari 2025"), "2025-02-27");   // nl, sv
  EXPECT_EQ(FindTextDate("27 maart 2025"), "2025-03-27");      // nl
  EXPECT_EQ(FindTextDate("27 augusti 2025"), "2025-08-27");    // sv
  EXPECT_EQ(FindTextDate("27 lutego 2025"), "2025-02-27");     // pl genitive
  EXPECT_EQ(FindTextDate("3 października 2025"), "2025-10-03");
  EXPECT_EQ(FindTextDate("27 DÉCEMBRE 2025"), "2025-12-27");
  EXPECT_EQ(FindTextDate("Feb 27, 2025"), "2025-02-27");
  EXPECT_EQ(FindTextDate("Thursday, 27 February 2025 10:00 GMT"), "2025-02-27T10:00:00Z");
  EXPECT_EQ(FindTextDate("Stand: 27.02.2025"), "2025-02-27");
}

TEST(HtmlDateTest, TextDatesRejected) {
  using extract::html::FindTextDate;
  for (const char* bad : {"27 Februar", "3 days ago", "31 février 2025", "page 27 of 2025", "27 ago 20255",
                          "In 2025 the bank", "127 februari 2025x"})
    EXPECT_EQ(FindTextDate(bad), std::nullopt) << bad;
}

TEST(HtmlDateTest, UrlDates) {
  using extract::html::DateFromUrl;
  EXPECT_EQ(DateFromUrl("https://a.example/world/2025/02/27/talks"), "2025-02-27");
  EXPECT_EQ(DateFromUrl("https://a.example/news/20250227/talks.html"), "2025-02-27");
  EXPECT_EQ(DateFromUrl("https://a.example/news/talks-resume-2025-02-27"), "2025-02-27");
  EXPECT_EQ(DateFromUrl("https://a.example/story_20250227.html"), "2025-02-27");
  EXPECT_EQ(DateFromUrl("https://a.example/2025/02/talks"), std::nullopt);
  EXPECT_EQ(DateFromUrl("https://a.example/a/20251399/x"), std::nullopt);
  EXPECT_EQ(DateFromUrl("https://a.example/id/2025022712345"), std::nullopt);
  EXPECT_EQ(DateFromUrl("https://20250227.example/x"), std::nullopt);
}

TEST(HtmlDateTest, AfterFetch) {
  using extract::html::IsAfterFetch;
  EXPECT_TRUE(IsAfterFetch("2025-03-02", "2025-02-27T10:00:00Z"));
  EXPECT_FALSE(IsAfterFetch("2025-02-27", "2025-02-27T10:00:00Z"));
  EXPECT_FALSE(IsAfterFetch("2025-02-28", "2025-02-27T10:00:00Z")) << "a zone ahead of UTC";
  EXPECT_TRUE(IsAfterFetch("2025-02-27T11:00:00Z", "2025-02-27T10:00:00Z"));
  EXPECT_FALSE(IsAfterFetch("2025-02-28T01:00:00+09:00", "2025-02-27T17:00:00Z"));
  EXPECT_FALSE(IsAfterFetch("garbage", "2025-02-27T10:00:00Z"));
}

const char* kDatedPage = R"html(<html><head><title>Grain deal extended</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Grain deal extended",
 "datePublished":"%PUB%","dateModified":"2025-02-28T09:00:00Z"}</script>
</head><body><article><h1>Grain deal extended</h1>
<div class="byline">By Omar Said | <span class="date">26 February 2025</span></div>
<p>Ministers agreed on Thursday to extend the grain corridor by another four months, after two days of talks that at times looked close to collapse.</p>
<p>The agreement keeps shipping lanes open for exporters and was welcomed by importing countries in North Africa and the Middle East.</p>
</article></body></html>)html";

string DatedPage(const string& published) {
  string page = kDatedPage;
  page.replace(page.find("%PUB%"), 5, published);
  return page;
}

TEST(HtmlDateTest, ModifiedKeptApartFromPublished) {
  Article a = Extract(DatedPage("2025-02-27T10:00:00Z"));
  EXPECT_EQ(a.published, "2025-02-27T10:00:00Z");
  EXPECT_EQ(a.modified, "2025-02-28T09:00:00Z");
}

TEST(HtmlDateTest, PriorityMetadataThenUrlThenText) {
  RawDocument doc;
  doc.bytes = DatedPage("2025-02-27T10:00:00Z");
  doc.url = "https://news.example/2025/02/25/grain-deal";
  EXPECT_EQ(ExtractDoc(doc).published, "2025-02-27T10:00:00Z") << "metadata first";
  doc.bytes = DatedPage("");
  EXPECT_EQ(ExtractDoc(doc).published, "2025-02-25") << "then the URL";
  doc.url.reset();
  EXPECT_EQ(ExtractDoc(doc).published, "2025-02-26") << "then visible text";
}

TEST(HtmlDateTest, FutureDatesRejectedWithFetchTime) {
  RawDocument doc;
  doc.bytes = DatedPage("2031-01-01T00:00:00Z");
  doc.url = "https://news.example/2025/02/25/grain-deal";
  EXPECT_EQ(ExtractDoc(doc).published, "2031-01-01T00:00:00Z") << "no fetch time: nothing to check against";
  doc.fetch_time = "2025-03-01T12:00:00Z";
  Article a = ExtractDoc(doc);
  EXPECT_EQ(a.published, "2025-02-25") << "the next candidate, from the URL";
  EXPECT_EQ(a.modified, "2025-02-28T09:00:00Z");
  doc.fetch_time = "2025-02-27T00:00:00Z";
  a = ExtractDoc(doc);
  EXPECT_EQ(a.published, "2025-02-25");
  EXPECT_EQ(a.modified, std::nullopt) << "modified after the fetch";
}

TEST(HtmlDateTest, OnlyModifiedFillsPublished) {
  Article a = Extract(R"html(<html><head><meta property="article:modified_time" content="2025-02-28T09:00:00Z">
</head><body><article><p>Ministers agreed on Thursday to extend the grain corridor by another four months, after two days of talks.</p></article></body></html>)html");
  EXPECT_EQ(a.published, "2025-02-28T09:00:00Z");
  EXPECT_EQ(a.modified, "2025-02-28T09:00:00Z");
}

// ---- Ids ---------------------------------------------------------------------

// Ids are stored and compared across runs and machines: these values must
// never change (a change re-keys every stored article).
TEST(HtmlIdTest, HashIsStable) {
  using util::Hash64;
  using util::Hex64;
  string big;
  for (int i = 0; i < 1000; ++i) big += char('a' + i % 26);
  EXPECT_EQ(Hex64(Hash64("")), "ef46db3751d8e999");
  EXPECT_EQ(Hex64(Hash64("dateline")), "891aa0eed2776185");
  EXPECT_EQ(Hex64(Hash64(big)), "94b86db9a16d86a9");
  EXPECT_EQ(Hex64(Hash64(big, Hash64("https://a.example/x"))), "a3ec4e988be2fe1e");
  EXPECT_NE(Hash64(big), Hash64(big.substr(0, 999)));
  EXPECT_NE(Hash64("ab"), Hash64("ba"));
}

TEST(HtmlIdTest, IdFromUrlAndBytes) {
  RawDocument doc;
  doc.bytes = kBylineMetaPage;
  doc.url = "https://a.example/x";
  EXPECT_EQ(ExtractDoc(doc).id, util::Hex64(util::Hash64(doc.bytes, util::Hash64(*doc.url))));
  doc.id = "record-7";
  EXPECT_EQ(ExtractDoc(doc).id, "record-7");
}

// The plain-text reader keeps an "Updated" header line apart too.
TEST(HtmlDateTest, PlainTextUpdatedLineIsModified) {
  RawDocument doc;
  doc.input = "t.txt";
  doc.format = DocFormat::kText;
  doc.bytes = "Port strike spreads\n\nBy Lena Ortiz\nPublished: Feb 27, 2025\nUpdated: Feb 28, 2025\n\n"
              "ROTTERDAM (AP) — Dock workers at three more ports walked out on Monday, widening a strike.\n\n"
              "Union leaders said the action would continue until employers returned to the table.\n";
  Result<Article> r = ExtractArticle(doc);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().published, "2025-02-27");
  EXPECT_EQ(r.value().modified, "2025-02-28");
  doc.fetch_time = "2025-02-27T08:00:00Z";
  r = ExtractArticle(doc);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().published, "2025-02-27");
  EXPECT_EQ(r.value().modified, std::nullopt) << "after the fetch";
}

// ---- Page set: tests/data/extraction ------------------------------------------
// Pages written after real templates (WordPress, Drupal, Arc XP, Medium, BBC,
// Guardian, NYT, AMP, table layouts, live blogs, paywalls, app shells), each
// beside its expected body (NAME.txt). Scored as bench/extract_score.py does:
// token precision/recall/F1, tokens as a bag with multiplicity.

std::map<string, int> WordBag(const string& text) {
  std::map<string, int> bag;
  string word;
  for (char ch : text + " ") {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || c == '_' || std::isalnum(c)) {
      word.push_back(ch);
    } else if (!word.empty()) {
      ++bag[word];
      word.clear();
    }
  }
  return bag;
}

double TokenF1(const string& extracted, const string& gold) {
  std::map<string, int> got = WordBag(extracted), want = WordBag(gold);
  int hit = 0, n_got = 0, n_want = 0;
  for (const auto& [w, n] : got) {
    n_got += n;
    if (auto it = want.find(w); it != want.end()) hit += std::min(n, it->second);
  }
  for (const auto& [w, n] : want) n_want += n;
  if (!hit) return 0;
  double p = double(hit) / n_got, r = double(hit) / n_want;
  return 2 * p * r / (p + r);
}

TEST(HtmlPageSetTest, BodiesMatchExpectedText) {
  namespace fs = std::filesystem;
  double sum = 0;
  int pages = 0;
  for (const auto& e : fs::directory_iterator(string(DATELINE_TEST_DATA) + "/extraction")) {
    if (e.path().extension() != ".html") continue;
    fs::path gold = e.path();
    gold.replace_extension(".txt");
    double f1 = TokenF1(ExtractFile(e.path().string()).text, ReadFile(gold.string()));
    EXPECT_GE(f1, 0.9) << e.path().filename();
    sum += f1;
    ++pages;
  }
  ASSERT_GE(pages, 12);
  EXPECT_GE(sum / pages, 0.98) << "mean token F1 over " << pages << " pages";
}

// Regression: an "about us" box with long, comma-rich sentences beside a short
// article in the same wrapper took the wrapper (and itself) into the text.
TEST(HtmlPageSetTest, HeadlineBranchBeatsProseBesideIt) {
  Article a = Extract(
      "<html><body><div class=\"main\"><div class=\"article-container\"><h1>Fisherman rescued</h1>"
      "<div class=\"article-text\"><p>A man has been rescued after spending 14 hours clinging to a capsized boat.</p>"
      "<p>He was spotted by a passing ferry at about 8am on Saturday, the coastguard said.</p>"
      "<p>Two other crew members were picked up by a lifeboat shortly before midnight.</p></div></div>"
      "<div class=\"about-box\"><p>The Echo has served the region since 1889. Our reporters cover news, sport, "
      "business and community life across three counties, and our weekly edition is sold in 300 shops, petrol "
      "stations and supermarkets.</p><p>We are a member of the Press Council, and subscribe to its Code of "
      "Practice, which sets out the standards of fairness, accuracy and privacy our readers expect.</p></div>"
      "</div></body></html>");
  EXPECT_TRUE(Has(a.text, "A man has been rescued")) << a.text;
  EXPECT_FALSE(Has(a.text, "Press Council")) << a.text;
}

// Regression: screen-reader text inside paragraphs ("Opens in a new window")
// was read as article text.
TEST(HtmlPageSetTest, ScreenReaderTextIsNotText) {
  Article a = Extract(
      "<html><body><article><h1>Bus route restored</h1><div class=\"entry-content\">"
      "<p>The number 12 bus will run again from Monday, the county council said, after a campaign.</p>"
      "<p>The route was cut in January to save money. <span class=\"screen-reader-text\">Opens in a new window</span></p>"
      "<p>Campaigners said they were delighted <span class=\"sr-only\">(external link)</span> with the news.</p>"
      "</div></article></body></html>");
  EXPECT_TRUE(Has(a.text, "The route was cut in January to save money.")) << a.text;
  EXPECT_FALSE(Has(a.text, "new window")) << a.text;
  EXPECT_FALSE(Has(a.text, "external link")) << a.text;
}

string JsonLines(string s) {
  for (size_t at = s.find('\n'); at != string::npos; at = s.find('\n', at + 2)) s.replace(at, 1, "\\n");
  return s;
}

// Regression: a page whose DOM holds only a teaser (the story is rendered by
// script) gives the JSON-LD articleBody instead.
TEST(HtmlPageSetTest, JsonLdArticleBodyWhenDomIsThin) {
  string body = "First paragraph of the story, with enough words to count as one.\n"
                "Second paragraph: more words about the mission, its cost and its aims, at length.\n"
                "Third paragraph, quoting the <b>principal investigator</b> on what the mission will find.\n"
                "Fourth paragraph about the consortium of institutes that will build the telescope.\n"
                "Fifth paragraph about the launch date and the rocket that will carry it into space.\n"
                "Sixth paragraph, about the instruments on board and what each of them will measure.\n"
                "Seventh and last paragraph, about what comes after the mission ends in the 2030s.";
  string html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                "\"articleBody\":\"" + JsonLines(body) + "\"}</script></head><body><h1>H</h1>"
                "<p>First paragraph of the story, with enough words to count as one.</p><div>Loading...</div>"
                "</body></html>";
  Article a = Extract(html);
  ExpectInOrder(a.text, {"First paragraph", "Second paragraph", "quoting the principal investigator",
                         "Seventh and last paragraph"});
  EXPECT_FALSE(Has(a.text, "<b>")) << a.text;
}

// Regression: Drupal puts "node-promoted" on every node promoted to the front
// page; read as a promotion box, it took the whole article with it.
TEST(HtmlPageSetTest, DrupalPromotedNodeIsTheArticle) {
  Article a = Extract(
      "<html><body><div id=\"header\"><p class=\"weather\">Springfield: 11C, light rain</p></div>"
      "<h1>Council closes footbridge</h1>"
      "<div id=\"node-1\" class=\"node node-article node-promoted clearfix\">"
      "<div class=\"field field-name-body\"><div class=\"field-items\"><div class=\"field-item even\">"
      "<div>After three hours of debate on Tuesday night, the town council voted to close the footbridge.</div>"
      "<div>The decision follows an engineering report that found corrosion in two of its support cables.<br><br>"
      "The mayor said the council was not in a position to gamble with the safety of residents.</div>"
      "</div></div></div></div></body></html>");
  ExpectInOrder(a.text, {"After three hours of debate", "corrosion in two", "not in a position to gamble"});
  EXPECT_FALSE(Has(a.text, "light rain")) << a.text;
}

// Regression: an embedded tweet, a script-driven video player and the
// paywall's subscription box were read as article paragraphs.
TEST(HtmlPageSetTest, EmbedsPlayersAndPaywallBoxAreNotText) {
  Article a = Extract(
      "<html><body><article><h1>Boil water advisory issued</h1>"
      "<div class=\"video-player\"><div class=\"video-player__title\">Water main break floods west side</div>"
      "<div class=\"video-player__more\">More Videos</div></div>"
      "<p>About 14,000 homes are under a boil water advisory after a water main ruptured early Thursday.</p>"
      "<blockquote class=\"twitter-tweet\"><p>BOIL WATER ADVISORY for all addresses west of Central Ave, details at the link.</p>"
      "&mdash; Cedar Falls Water (@CedarFallsWater) November 3, 2022</blockquote>"
      "<p>The department expects the advisory to last at least 48 hours while crews repair the line.</p>"
      "<div class=\"paywall\"><h3 class=\"paywall__title\">Keep reading with a subscription</h3>"
      "<p class=\"paywall__text\">Subscribers get unlimited access to our reporting, plus exclusive newsletters.</p></div>"
      "</article></body></html>");
  ExpectInOrder(a.text, {"About 14,000 homes", "at least 48 hours"});
  EXPECT_FALSE(Has(a.text, "More Videos")) << a.text;
  EXPECT_FALSE(Has(a.text, "@CedarFallsWater")) << a.text;
  EXPECT_FALSE(Has(a.text, "unlimited access")) << a.text;
}

// A table of figures inside the story is text: one line per row, the cells
// joined by spaces (it used to lose every cell without a letter). A table
// whose cells hold paragraphs is layout and keeps a paragraph per cell.
TEST(HtmlPageSetTest, DataTableRowsAreOneLineEach) {
  Article a = Extract(
      "<html><body><article><h1>Reservoir levels fall again</h1>"
      "<p>Storage in the region's three main reservoirs fell for a fourth week, the water company said on Friday.</p>"
      "<div class=\"tbl\"><table><thead><tr><th>Reservoir</th><th>Level</th><th>Week earlier</th></tr></thead>"
      "<tbody><tr><td>Upper Dene</td><td>61%</td><td>64%</td></tr>"
      "<tr><td>Kelsby</td><td>48%</td><td>53%</td></tr></tbody></table></div>"
      "<p>The company said it had no plans for a hosepipe ban but urged customers to use water carefully.</p>"
      "</article></body></html>");
  ExpectInOrder(a.text, {"fell for a fourth week", "\n\nReservoir Level Week earlier\n\nUpper Dene 61% 64%\n\n"
                         "Kelsby 48% 53%\n\n", "no plans for a hosepipe ban"});
  Article layout = Extract(
      "<html><body><table><tr><td>Local</td><td><p>Storage in the region's three main reservoirs fell for a "
      "fourth week, the water company said on Friday.</p><p>The company said it had no plans for a hosepipe ban "
      "but urged customers to use water carefully.</p></td></tr></table></body></html>");
  EXPECT_FALSE(Has(layout.text, "Local Storage")) << layout.text;
  // A table pasted from a document editor wraps each cell in a <p>, and a
  // header may break its line: still one line per row.
  Article pasted = Extract(
      "<html><body><article><p>Storage in the region's three main reservoirs fell for a fourth week, the water "
      "company said on Friday.</p><table><tr><td><p>Reservoir</p></td><td><p>Level<br>(per cent)</p></td></tr>"
      "<tr><td><p><span>Upper Dene</span></p></td><td><p>61</p></td></tr></table><p>The company said it had no "
      "plans for a hosepipe ban but urged customers to use water carefully.</p></article></body></html>");
  ExpectInOrder(pasted.text, {"said on Friday.\n\nReservoir Level (per cent)\n\nUpper Dene 61\n\nThe company"});
  // An old page's layout row: a spacer cell beside the story's cell, whose
  // text has no markup at all. The story is found as before.
  Article old_page = Extract(
      "<html><body><table><tr><td><a href=\"/\">Home</a></td><td>&nbsp;</td><td>Storage in the region's three "
      "main reservoirs fell for a fourth week, the water company said on Friday, and it urged customers to use "
      "water carefully, although it said it had no plans for a hosepipe ban this summer.</td></tr></table>"
      "<table><tr><td>Copyright 2026</td><td>Contact us</td></tr></table></body></html>");
  EXPECT_EQ(old_page.text.rfind("Storage in the region's", 0), 0u) << old_page.text;
  ExpectInOrder(layout.text, {"said on Friday.\n\nThe company said"});
}

// What follows the story's body inside the article (a fact box, a source
// note, a tip line) is not the story; neither is a box after a body div that
// won on its own score (no <article>), however many commas it has.
TEST(HtmlPageSetTest, AfterMatterFollowingTheBodyIsNotText) {
  Article a = Extract(
      "<html><body><article class=\"post\"><header><h1>Ferry fares to rise in spring</h1></header>"
      "<div class=\"post-content\"><p>Fares on the island ferry will rise by six percent from April, the operator "
      "said on Tuesday, blaming fuel and crew costs.</p><p>A return ticket for a car and two adults will cost "
      "about 94 pounds, up from 89 pounds last year.</p><p>Islanders' groups said the increase would hit "
      "families and small businesses hardest, and asked the council to step in.</p><p>The operator said winter "
      "timetables would not change and that a discount scheme for island residents, introduced two years ago, "
      "would stay in place.</p><p>It carried just over 410,000 passengers last year, slightly more than before "
      "the pandemic, and expects a similar number this year.</p><p>The council's transport committee will "
      "discuss the fares at its meeting next month, when the operator's chief executive has been invited to "
      "answer questions from members.</p></div>"
      "<section class=\"fact-box\"><h3>At a glance</h3><p>Route: Harbour to Northwick, 55 minutes, eight "
      "sailings a day in summer.</p></section>"
      "<div class=\"tip-line\"><p>Do you know more about this story? Email the newsroom, or message us on our "
      "tip line any time of day.</p></div></article></body></html>");
  ExpectInOrder(a.text, {"six percent from April", "about 94 pounds", "answer questions from members."});
  EXPECT_FALSE(Has(a.text, "55 minutes")) << a.text;
  EXPECT_FALSE(Has(a.text, "tip line")) << a.text;

  Article b = Extract(
      "<html><body><div class=\"page\"><div class=\"report-body\">"
      "<p>Allen scored twice in the first half as the home side, unbeaten since August, moved up to third in the "
      "table with a comfortable win.</p><p>The visitors, who had won four in a row, rarely threatened after the "
      "break, although Dunn hit the post late on.</p><p>Both sides play again on Tuesday, the home side away at "
      "the league leaders.</p></div><div class=\"ratings\"><h3>Ratings</h3><p>Home: Allen (8), Brook (6), "
      "Carr (6), Dunn (7), Egan (7), Ford (6), Gale (5), Hope (6), Ince (6), Jay (7), Kerr (6).</p></div>"
      "</div></body></html>");
  ExpectInOrder(b.text, {"Allen scored twice", "rarely threatened", "league leaders."});
  EXPECT_FALSE(Has(b.text, "Brook (6)")) << b.text;
}

// A score board above the headline inside the article (competition, teams,
// score, scorers: short labels, no sentence) is not the story; a sentence
// above the headline is kept as before.
TEST(HtmlPageSetTest, LabelsAboveTheHeadlineAreNotText) {
  const string body =
      "<div class=\"report\"><p>Two goals in the last ten minutes gave the visitors their first away win of the "
      "season on a cold, windy evening at the Marsh Road ground.</p><p>The home side had led through an early "
      "header and looked comfortable until their goalkeeper was sent off, a decision their manager called "
      "baffling.</p><p>The result lifts the visitors out of the bottom three for the first time since October.</p>"
      "</div>";
  Article a = Extract(
      "<html><head><title>Late goals lift Westport out of the drop zone | Example Sport</title></head><body>"
      "<article><div class=\"fixture\"><div>Division Two</div><div><span>Marsh Road</span> <b>1</b> "
      "<span>FT</span> <b>2</b> <span>Westport</span></div><ul><li>Hale (6')</li><li>Nye (81', 88')</li></ul>"
      "</div><header><h1>Late goals lift Westport out of the drop zone</h1><p>By Sam Ortiz</p></header>" +
      body + "</article></body></html>");
  ExpectInOrder(a.text, {"Two goals in the last ten minutes", "bottom three"});
  EXPECT_FALSE(Has(a.text, "Division Two")) << a.text;
  EXPECT_FALSE(Has(a.text, "Hale (6')")) << a.text;

  Article b = Extract(
      "<html><head><title>Late goals lift Westport out of the drop zone</title></head><body><article>"
      "<p>Westport won away for the first time this season.</p>"
      "<h1>Late goals lift Westport out of the drop zone</h1>" + body + "</article></body></html>");
  ExpectInOrder(b.text, {"Westport won away for the first time", "Two goals in the last ten minutes"});
}

// A video or story teaser between two paragraphs ("WATCH: ...", a headline
// without a full stop) is a related item, not text; a sentence that happens
// to open with the same word is kept.
TEST(HtmlCleanupTest, InlineTeaserBetweenParagraphsIsRelated) {
  Article a = Extract(R"html(<html><body><article>
<p>The county closed the Mill Lane footbridge on Monday after engineers found cracks in two of its supports.</p>
<div class="media"><p>WATCH: Engineers show the cracks under the Mill Lane footbridge</p></div>
<p>Watch: that is what residents were told to do, and several said they had seen the cracks for months.</p>
<p>A temporary crossing should open within three weeks, the county said, while a full repair is planned.</p>
</article></body></html>)html");
  ExpectInOrder(a.text, {"closed the Mill Lane footbridge", "Watch: that is what residents", "temporary crossing"});
  EXPECT_FALSE(Has(a.text, "WATCH: Engineers")) << a.text;
  ASSERT_EQ(a.boilerplate.related.size(), 1u);
  EXPECT_EQ(a.boilerplate.related[0].text, "Engineers show the cracks under the Mill Lane footbridge");
}

// The author's bio line at the end ("Name covers ... for ..."), whatever its
// markup, is not text; the same shape naming someone else is.
TEST(HtmlCleanupTest, AuthorBioLineAtTheEndIsNotText) {
  const string head =
      "<html><head><meta name=\"author\" content=\"Tomas Lindgren\"></head><body><article>"
      "<p>The port authority will spend 40 million on new cranes over three years, its board decided on "
      "Thursday, in a bid to win back container traffic lost to rival harbours.</p>"
      "<p>Unions welcomed the plan but said it must not lead to job cuts among crane drivers.</p>";
  Article a = Extract(head +
                      "<div><p>Tomas Lindgren covers shipping and trade. Reach him at tips@example.org.</p></div>"
                      "</article></body></html>");
  ExpectInOrder(a.text, {"40 million on new cranes", "crane drivers."});
  EXPECT_FALSE(Has(a.text, "covers shipping")) << a.text;
  Article b = Extract(head + "<p>Karin Holm covers the docks for the union's newsletter and said the plan was "
                             "overdue.</p></article></body></html>");
  EXPECT_TRUE(Has(b.text, "Karin Holm covers the docks")) << b.text;
}

// Without <article>, the winning body's plain <p> siblings above it join
// only as the prose run right above it (a lede); a standfirst that a byline
// and a picture separate from the body is the header's.
TEST(HtmlPageSetTest, StandfirstAboveBylineIsNotTextLedeIs) {
  const string body =
      "<div class=\"corps\"><p>Le conseil municipal a adopté lundi soir, par 31 voix contre 8, le projet de "
      "nouvelle piscine, dont le coût est estimé à 18 millions d'euros.</p><p>Les travaux doivent commencer au "
      "printemps 2028, pour une ouverture prévue à la rentrée 2030, a précisé le maire.</p><p>L'opposition "
      "réclame un référendum local, estimant que la dépense pèsera sur les impôts des ménages.</p></div>";
  Article a = Extract(
      "<html><body><div class=\"col\"><h1>Une nouvelle piscine pour 2030</h1>"
      "<p class=\"chapeau\">Le projet, attendu depuis dix ans, a été adopté lundi. L'opposition demande un "
      "référendum.</p><div class=\"signature\">Par Luc Moreau</div><div class=\"photo\"><p>Le bassin actuel.</p>"
      "</div>" + body + "</div></body></html>");
  ExpectInOrder(a.text, {"Le conseil municipal a adopté", "référendum local"});
  EXPECT_FALSE(Has(a.text, "attendu depuis dix ans")) << a.text;
  Article b = Extract(
      "<html><body><div class=\"col\"><h1>Une nouvelle piscine pour 2030</h1><div class=\"signature\">Par Luc "
      "Moreau</div><p class=\"intro\">Le projet, attendu depuis dix ans, a été adopté lundi soir par le conseil "
      "municipal.</p>" + body + "</div></body></html>");
  ExpectInOrder(b.text, {"attendu depuis dix ans", "Le conseil municipal a adopté"});
}

// A summary box under the headline ("Key points", "Highlights") repeats the
// story in short; a "VIDEO: ..." label is a teaser. Neither is text.
TEST(HtmlPageSetTest, SummaryBoxAndVideoLabelAreNotText) {
  Article a = Extract(
      "<html><body><div class=\"main\"><div class=\"entry\"><h1>Heatwave warning extended to Sunday</h1>"
      "<div class=\"entry-key-points\"><h2>Key points</h2><ul><li>Temperatures may reach 36C in the south</li>"
      "<li>Hospitals told to prepare for more admissions</li></ul></div>"
      "<div class=\"clip\"><div class=\"clip__label\">VIDEO: How to keep your home cool</div></div>"
      "<p>The heatwave warning for southern counties has been extended to Sunday, forecasters said on Thursday, "
      "with temperatures expected to reach 36C in places.</p><p>Health officials urged people to check on "
      "elderly neighbours and to avoid the sun in the middle of the day.</p>"
      "<p>Water companies said demand had risen by a third, but that supplies were holding up for now.</p>"
      "</div></div></body></html>");
  ExpectInOrder(a.text, {"The heatwave warning", "elderly neighbours", "supplies were holding up"});
  EXPECT_FALSE(Has(a.text, "Hospitals told to prepare")) << a.text;
  EXPECT_FALSE(Has(a.text, "keep your home cool")) << a.text;
}

// A paragraph printed twice (a live blog's pinned post above the same entry
// further down) is kept once, in its last place.
TEST(HtmlPageSetTest, RepeatedParagraphKeptOnceInItsLastPlace) {
  const string pinned = "Ferries to the islands are running again from 3pm, one sailing an hour in each direction, "
                        "the operator says.";
  Article a = Extract(
      "<html><body><div class=\"live-body\"><div class=\"pin\"><p>" + pinned + "</p></div>"
      "<div class=\"entry\"><p>The storm is moving north-east and the wind has eased along the coast, the "
      "forecasters say, though gusts of 60mph are still possible on high ground.</p></div>"
      "<div class=\"entry\"><p>" + pinned + "</p></div>"
      "<div class=\"entry\"><p>Around 12,000 homes are still without power this morning, down from 40,000 "
      "overnight, according to the network operator.</p></div></div></body></html>");
  ExpectInOrder(a.text, {"The storm is moving", "Ferries to the islands", "Around 12,000 homes"});
  EXPECT_EQ(a.text.find("Ferries to the islands"), a.text.rfind("Ferries to the islands")) << a.text;
}

// Boxes named as a score board, a statistics widget or an author's card/bio
// are not text wherever they sit in the story.
TEST(HtmlPageSetTest, ScoreboardAndAuthorCardAreNotText) {
  Article a = Extract(
      "<html><body><article><h1>Rangers edge cup tie on penalties</h1>"
      "<div class=\"scoreboard\"><span>Rangers 1</span><span>Athletic 1</span><span>(5-4 pens)</span></div>"
      "<p>Rangers reached the quarter-finals after beating Athletic 5-4 on penalties, their goalkeeper saving the "
      "last kick of a tense night.</p><p>Athletic had led for most of the match and will feel they deserved more, "
      "their manager said afterwards.</p>"
      "<p>The draw for the next round takes place on Monday evening, with the ties to be played next month.</p>"
      "<div class=\"author-card\"><p class=\"bio\">Kim Novak has reported on Scottish football for the paper "
      "since 2011.</p></div></article></body></html>");
  ExpectInOrder(a.text, {"Rangers reached the quarter-finals", "deserved more", "next month."});
  EXPECT_FALSE(Has(a.text, "5-4 pens")) << a.text;
  Article b = Extract(
      "<html><body><article><div class=\"story\"><p>Rangers reached the quarter-finals after beating Athletic "
      "5-4 on penalties, their goalkeeper saving the last kick of a tense night.</p>"
      "<div class=\"match-stats\"><table><tr><td>54%</td><th>Possession</th><td>46%</td></tr>"
      "<tr><td>12</td><th>Shots</th><td>9</td></tr></table></div><p>Athletic had led for most of the match and "
      "will feel they deserved more, their manager said afterwards.</p></div></article></body></html>");
  ExpectInOrder(b.text, {"Rangers reached", "deserved more"});
  EXPECT_FALSE(Has(b.text, "Possession")) << b.text;
  EXPECT_FALSE(Has(a.text, "since 2011")) << a.text;
}

// Wire credits in other languages end the text as the English ones do.
TEST(HtmlCleanupTest, SpanishWireCreditIsNotText) {
  Article a = Extract(
      "<html lang=\"es\"><body><article><p>El Gobierno aprobó el martes un plan de 200 millones de euros para "
      "modernizar los regadíos del valle, según un comunicado del ministerio.</p><p>Las organizaciones agrarias "
      "consideraron insuficiente la cifra y pidieron una reunión urgente con el ministro.</p>"
      "<p>Información de Marta Lozano y Diego Prieto; edición de Elena Vidal</p></article></body></html>");
  ExpectInOrder(a.text, {"El Gobierno aprobó", "reunión urgente con el ministro."});
  EXPECT_FALSE(Has(a.text, "Marta Lozano")) << a.text;
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[0].name, "Marta Lozano");
  EXPECT_EQ(a.authors[1].name, "Diego Prieto");
}

}  // namespace
}  // namespace dateline
