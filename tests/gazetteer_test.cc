// The gazetteer and geocoder: names, codes and demonyms of countries, cities
// from GeoNames with their coordinates, regions, and resolution in context.
#include "entities/gazetteer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>

#include "entities/geo_impl.h"

namespace dateline::entities {
namespace {

const Gazetteer& G() { return Gazetteer::Get(); }

std::string Iso3(const CountryInfo* c) { return c ? c->iso3 : "(none)"; }
std::string Iso3(const PlaceInfo* p) { return p ? p->iso3 : "(none)"; }

TEST(Gazetteer, LoadsWithoutWarningsAndReportsLoadTime) {
  auto start = std::chrono::steady_clock::now();
  const Gazetteer& g = G();
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("gazetteer load: %.1f ms (first Get in this process)\n", ms);
  EXPECT_TRUE(g.Warnings().empty()) << g.Warnings().front();
  EXPECT_GE(g.MaxNameWords(), 4u);
  size_t names = 0;
  g.ForEachName([&](std::string_view, const PlaceInfo&) { ++names; });
  EXPECT_GT(names, 90000u);
}

TEST(Gazetteer, CountriesByNameAltNameAndCode) {
  for (const char* n : {"Russia", "Russian Federation", "RUS", "RU"}) EXPECT_EQ(Iso3(G().Country(n)), "RUS") << n;
  for (const char* n : {"U.S.", "US", "United States", "USA", "United States of America", "America"})
    EXPECT_EQ(Iso3(G().Country(n)), "USA") << n;
  for (const char* n : {"Britain", "UK", "U.K.", "United Kingdom", "Great Britain", "GB"})
    EXPECT_EQ(Iso3(G().Country(n)), "GBR") << n;
  EXPECT_EQ(Iso3(G().Country("South Korea")), "KOR");
  EXPECT_EQ(Iso3(G().Country("Republic of Korea")), "KOR");
  EXPECT_EQ(Iso3(G().Country("North Korea")), "PRK");
  for (const char* n : {"Ivory Coast", "Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "COTE D'IVOIRE"})
    EXPECT_EQ(Iso3(G().Country(n)), "CIV") << n;
  for (const char* n : {"Turkey", "Türkiye", "Turkiye"}) EXPECT_EQ(Iso3(G().Country(n)), "TUR") << n;
  EXPECT_EQ(Iso3(G().Country("UAE")), "ARE");
  EXPECT_EQ(Iso3(G().Country("Kosovo")), "XKX");
  EXPECT_EQ(G().Country("us"), nullptr);  // the pronoun
  EXPECT_EQ(G().Country("Atlantis"), nullptr);
  const CountryInfo* ru = G().Country("Russia");
  ASSERT_NE(ru, nullptr);
  EXPECT_EQ(ru->name, "Russia");
  EXPECT_EQ(ru->iso2, "RU");
  EXPECT_EQ(ru->capital, "Moscow");
  // The country's centre, not its capital: midway between the Factbook's
  // (60, 100) and the centroid of its largest landmass (61.6, 99.0).
  EXPECT_NEAR(ru->lat, 60.8, 0.5);
  EXPECT_NEAR(ru->lon, 99.5, 0.5);
}

TEST(Gazetteer, Demonyms) {
  const std::pair<const char*, const char*> cases[] = {
      {"Russian", "RUS"}, {"Ukrainian", "UKR"}, {"American", "USA"}, {"British", "GBR"},
      {"Israeli", "ISR"}, {"Palestinian", "PSE"}, {"Pakistani", "PAK"}, {"Iranian", "IRN"},
      {"Emirati", "ARE"}, {"U.S.", "USA"}, {"French", "FRA"}, {"Dutch", "NLD"},
      {"Russians", "RUS"}, {"Britons", "GBR"}, {"Swiss", "CHE"}, {"Georgian", "GEO"},
  };
  for (auto [d, iso3] : cases) EXPECT_EQ(Iso3(G().CountryByDemonym(d)), iso3) << d;
  EXPECT_EQ(G().CountryByDemonym("Martian"), nullptr);
}

TEST(Gazetteer, Cities) {
  GeoContext none;
  const PlaceInfo* moscow = Geocode("Moscow", none);
  ASSERT_NE(moscow, nullptr);
  EXPECT_EQ(moscow->iso3, "RUS");
  EXPECT_EQ(moscow->kind, PlaceKind::kCity);
  EXPECT_TRUE(moscow->capital);
  EXPECT_NEAR(moscow->lat, 55.75, 0.5);
  EXPECT_NEAR(moscow->lon, 37.62, 0.5);
  EXPECT_GT(moscow->population, 10000000u);
  EXPECT_EQ(Iso3(Geocode("Kyiv", none)), "UKR");
  EXPECT_EQ(Iso3(Geocode("Kiev", none)), "UKR");
  EXPECT_EQ(Geocode("Kiev", none), Geocode("Kyiv", none));
  EXPECT_EQ(Iso3(Geocode("Istanbul", none)), "TUR");
  EXPECT_EQ(Iso3(Geocode("Budapest", none)), "HUN");
  EXPECT_EQ(Iso3(Geocode("Geneva", none)), "CHE");
  EXPECT_EQ(Iso3(Geocode("Zurich", none)), "CHE");  // "Zürich" in GeoNames
  EXPECT_EQ(Iso3(Geocode("St. Petersburg", none)), "RUS");
  EXPECT_EQ(Iso3(Geocode("Gaza", none)), "PSE");
  EXPECT_EQ(Geocode("Gaza", none)->kind, PlaceKind::kCity);
  EXPECT_EQ(Geocode("Xyzzyville", none), nullptr);
  // English forms are the output names of places GeoNames names locally.
  EXPECT_EQ(Geocode("Antwerp", none)->name, "Antwerp");
  EXPECT_EQ(Geocode("Antwerp", none)->iso3, "BEL");
  EXPECT_EQ(Geocode("Odessa", none)->name, "Odesa");
  EXPECT_EQ(Geocode("Odessa", none)->iso3, "UKR");
}

TEST(Gazetteer, WashingtonIsTheCapitalInAUsContext) {
  GeoContext us{{"USA"}, {}};
  const PlaceInfo* w = Geocode("Washington", us);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->kind, PlaceKind::kCity);
  EXPECT_TRUE(w->capital);
  EXPECT_NEAR(w->lat, 38.9, 0.3);
  EXPECT_NEAR(w->lon, -77.0, 0.3);
  EXPECT_EQ(Geocode("Washington", GeoContext{}), w);
  const PlaceInfo* state = Geocode("Washington", "USA", GeoContext{});
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->iso3, "USA");
}

TEST(Gazetteer, GeorgiaByContext) {
  const PlaceInfo* geo = Geocode("Georgia", GeoContext{{"GEO"}, {{41.69, 44.83}}});  // Tbilisi
  ASSERT_NE(geo, nullptr);
  EXPECT_EQ(geo->kind, PlaceKind::kCountry);
  EXPECT_EQ(geo->iso3, "GEO");
  const PlaceInfo* us = Geocode("Georgia", GeoContext{{"USA"}, {}});
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->kind, PlaceKind::kAdmin1);
  EXPECT_EQ(us->iso3, "USA");
  EXPECT_EQ(us->admin1, "US-GA");
  EXPECT_EQ(Geocode("Georgia", GeoContext{})->kind, PlaceKind::kCountry);
}

TEST(Gazetteer, ParisByContext) {
  const PlaceInfo* fr = Geocode("Paris", GeoContext{});
  ASSERT_NE(fr, nullptr);
  EXPECT_EQ(fr->iso3, "FRA");
  const PlaceInfo* texas = G().Best("Texas");
  ASSERT_NE(texas, nullptr);
  EXPECT_EQ(texas->kind, PlaceKind::kAdmin1);
  GeoContext us{{"USA"}, {{texas->lat, texas->lon}}};
  const PlaceInfo* tx = Geocode("Paris", us);
  ASSERT_NE(tx, nullptr);
  EXPECT_EQ(tx->iso3, "USA");
  EXPECT_EQ(tx->admin1, "US-TX");
  EXPECT_NEAR(tx->lat, 33.66, 0.2);
  // The qualifier alone is enough.
  const PlaceInfo* q = Geocode("Paris", "Texas", GeoContext{});
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->admin1, "US-TX");
  EXPECT_EQ(Iso3(Geocode("Paris", "France", GeoContext{})), "FRA");
  // A big capital is not displaced by a US namesake on country context alone.
  EXPECT_EQ(Iso3(Geocode("Moscow", GeoContext{{"USA"}, {}})), "RUS");
}

TEST(Gazetteer, SpringfieldByAnchor) {
  GeoContext boston{{"USA"}, {{42.36, -71.06}}};
  const PlaceInfo* ma = Geocode("Springfield", boston);
  ASSERT_NE(ma, nullptr);
  EXPECT_EQ(ma->admin1, "US-MA");
  GeoContext chicago{{"USA"}, {{41.88, -87.63}}};
  const PlaceInfo* il = Geocode("Springfield", chicago);
  ASSERT_NE(il, nullptr);
  EXPECT_EQ(il->admin1, "US-IL");
  EXPECT_EQ(Geocode("Springfield", "Missouri", GeoContext{})->admin1, "US-MO");
}

TEST(Gazetteer, RegionsAndSubdivisions) {
  const PlaceInfo* me = Geocode("Middle East", GeoContext{});
  ASSERT_NE(me, nullptr);
  EXPECT_EQ(me->kind, PlaceKind::kRegion);
  EXPECT_TRUE(me->iso3.empty());
  EXPECT_EQ(Geocode("Mideast", GeoContext{}), me);
  EXPECT_EQ(Geocode("Europe", GeoContext{})->kind, PlaceKind::kRegion);
  EXPECT_EQ(Iso3(Geocode("Crimea", GeoContext{})), "UKR");
  EXPECT_EQ(Iso3(Geocode("Donbas", GeoContext{})), "UKR");
  EXPECT_EQ(Iso3(Geocode("West Bank", GeoContext{})), "PSE");
  EXPECT_EQ(Iso3(Geocode("Texas", GeoContext{})), "USA");
  EXPECT_EQ(Iso3(Geocode("Ontario", GeoContext{})), "CAN");
  EXPECT_EQ(Iso3(Geocode("Scotland", GeoContext{})), "GBR");
  EXPECT_EQ(Geocode("Victoria", GeoContext{{"AUS"}, {}})->kind, PlaceKind::kAdmin1);
}

// First-level subdivisions that GeoNames codes by number (India, Brazil,
// Nigeria, Afghanistan, DR Congo ...) come from data/regions.tsv, and a
// state named like its capital keeps the city under the bare name.
TEST(Gazetteer, AuthoredSubdivisionsOfNumberCodedCountries) {
  struct Case {
    const char* name;
    const char* iso3;
  };
  for (Case c : {Case{"Haryana", "IND"}, {"Himachal Pradesh", "IND"}, {"Uttarakhand", "IND"}, {"Paraíba", "BRA"},
                 {"Pernambuco", "BRA"}, {"Nangarhar", "AFG"}, {"Kasai Central", "COD"}, {"Niassa", "MOZ"},
                 {"Artibonite", "HTI"}, {"Algarve", "PRT"}, {"West Java", "IDN"}, {"Turkana", "KEN"},
                 {"Rivers State", "NGA"}, {"Gansu", "CHN"}, {"Chiapas", "MEX"}, {"Sumy Oblast", "UKR"},
                 {"Nineveh", "IRQ"}, {"Tatarstan", "RUS"}}) {
    const PlaceInfo* p = Geocode(c.name, GeoContext{});
    ASSERT_NE(p, nullptr) << c.name;
    EXPECT_EQ(p->iso3, c.iso3) << c.name;
    EXPECT_EQ(p->kind, PlaceKind::kAdmin1) << c.name;
  }
  EXPECT_EQ(Geocode("Kano", GeoContext{{"NGA"}, {}})->kind, PlaceKind::kCity);
  EXPECT_EQ(Geocode("Cap-Haitien", GeoContext{})->name, "Cap-Haïtien");
  // English counties are areas of Britain in a British story, US towns in an American one.
  EXPECT_EQ(Geocode("Norfolk", GeoContext{{"GBR"}, {}})->kind, PlaceKind::kAdmin1);
  EXPECT_EQ(Iso3(Geocode("Suffolk", GeoContext{{"GBR"}, {}})), "GBR");
  EXPECT_EQ(Iso3(Geocode("Norfolk", GeoContext{{"USA"}, {}})), "USA");
  EXPECT_EQ(Iso3(Geocode("Santa Cruz", GeoContext{{"BOL"}, {}})), "BOL");
  // "Island" is Iceland's own name, but no country in English copy; islands are places.
  EXPECT_EQ(G().Country("Island"), nullptr);
  EXPECT_EQ(Iso3(Geocode("Vancouver Island", GeoContext{})), "CAN");
  EXPECT_EQ(Iso3(Geocode("Honshu", GeoContext{})), "JPN");
}

// A village or a state of a country's name does not take the country's name
// from it, whatever the context; the country's capital (a city-state) does,
// and so does a place of the same country for a country's other name.
TEST(Gazetteer, CountryNamesBeatTheirVillages) {
  GeoContext cuba{{"CUB"}, {{23.13, -82.38}}};  // a story about Cuba, Havana its anchor
  EXPECT_EQ(Geocode("Colombia", cuba)->kind, PlaceKind::kCountry);
  EXPECT_EQ(Iso3(Geocode("Colombia", cuba)), "COL");
  EXPECT_EQ(Geocode("Mexico", GeoContext{{"MEX"}, {}})->kind, PlaceKind::kCountry);
  EXPECT_EQ(Iso3(Geocode("Singapore", GeoContext{})), "SGP");
  EXPECT_EQ(Geocode("England", GeoContext{})->kind, PlaceKind::kAdmin1);
  EXPECT_EQ(Geocode("Gaza", GeoContext{})->kind, PlaceKind::kCity);
}

// Alternate names and minor places (GeoNames' cities500) are found only by
// geocoding, and only for a name no place has as its own: a big city
// without context, a smaller place only in the article's countries or near
// its anchors.
TEST(Gazetteer, AlternateNamesAndMinorPlacesNeedSupport) {
  EXPECT_FALSE(G().IsKnownName("Raqqa"));  // no evidence that a word is a place
  EXPECT_EQ(Iso3(Geocode("Raqqa", GeoContext{})), "SYR");  // Ar Raqqah, 178,000 people
  EXPECT_EQ(Iso3(Geocode("Deir el-Zour", GeoContext{})), "SYR");  // GeoNames spells "Deir al-Zour"
  EXPECT_EQ(Geocode("Lakki Marwat", GeoContext{}), nullptr);  // a town of 36,000: not without context
  EXPECT_EQ(Iso3(Geocode("Lakki Marwat", GeoContext{{"PAK"}, {}})), "PAK");
  EXPECT_EQ(Geocode("Wagga Wagga", GeoContext{}), nullptr);
  const PlaceInfo* wagga = Geocode("Wagga Wagga", GeoContext{{}, {{-33.87, 151.21}}});  // anchored at Sydney
  ASSERT_NE(wagga, nullptr);
  EXPECT_NEAR(wagga->lat, -35.1, 0.2);
  EXPECT_FALSE(G().OtherPlaces("Wagga Wagga").empty());
  EXPECT_TRUE(G().OtherPlaces("Sydney").empty());  // a place's own name is no other name
  // Subdivisions data/regions.tsv authors carry the package's code, and so do their places.
  const PlaceInfo* on = G().Best("Ontario");
  ASSERT_NE(on, nullptr);
  EXPECT_EQ(on->admin1, "CA-ON");
  GeoContext ontario{{"CAN"}, {}};
  ontario.subdivisions = {"CA-ON"};
  EXPECT_EQ(Geocode("Toronto", ontario)->admin1, "CA-ON");
  // An alternate name competes with towns of that name outside the article's
  // countries, not with those inside them nor with a country or a state.
  EXPECT_EQ(Iso3(Geocode("Padua", GeoContext{{"ITA"}, {}})), "ITA");  // Padova, not the Colombian village
  EXPECT_EQ(Iso3(Geocode("Tay Ninh", GeoContext{{"CHN", "VNM"}, {}})), "VNM");  // not Xining
  EXPECT_EQ(Geocode("Mexico", GeoContext{{"MEX"}, {}})->kind, PlaceKind::kCountry);
  // An alias names the town ("Geneva" is Genève the city, not the canton);
  // a famous city is not displaced by a small namesake that only the
  // article's country supports, but is by one near the article's places.
  const PlaceInfo* geneva = Geocode("Geneva", GeoContext{{"USA", "MEX"}, {}});
  ASSERT_NE(geneva, nullptr);
  EXPECT_EQ(geneva->kind, PlaceKind::kCity);
  EXPECT_EQ(geneva->iso3, "CHE");
  EXPECT_EQ(Iso3(Geocode("Edinburgh", GeoContext{{"USA"}, {}})), "GBR");
  EXPECT_EQ(Iso3(Geocode("Geneva", GeoContext{{"USA"}, {{41.85, -87.65}}})), "USA");  // anchored at Chicago
  // A place's own name wins over any alternate name.
  EXPECT_EQ(Iso3(Geocode("Paris", GeoContext{})), "FRA");
}

TEST(Gazetteer, CountriesResolveToTheirPoint) {
  const PlaceInfo* ua = Geocode("Ukraine", GeoContext{});
  ASSERT_NE(ua, nullptr);
  EXPECT_EQ(ua->kind, PlaceKind::kCountry);
  EXPECT_EQ(ua->iso3, "UKR");
  EXPECT_NEAR(ua->lat, 49, 0.5);  // the centre (Kyiv is at 50.45, 30.52)
  EXPECT_NEAR(ua->lon, 32, 0.5);
  EXPECT_EQ(G().CountryPlace("UKR"), ua);
  EXPECT_EQ(Iso3(Geocode("U.S.", GeoContext{})), "USA");
  EXPECT_NE(Iso3(Geocode("us", GeoContext{})), "USA");  // at most Us, a village in France
  EXPECT_EQ(Iso3(Geocode("Britain", GeoContext{})), "GBR");
}

TEST(Gazetteer, LookupOrderAndNameKeys) {
  std::vector<const PlaceInfo*> georgia = G().Lookup("Georgia");
  ASSERT_GE(georgia.size(), 2u);
  EXPECT_EQ(georgia[0]->kind, PlaceKind::kCountry);
  std::set<std::string> countries;
  for (const PlaceInfo* p : georgia) countries.insert(p->iso3);
  EXPECT_TRUE(countries.count("USA"));
  EXPECT_TRUE(G().IsKnownName("MOSCOW"));
  EXPECT_TRUE(G().IsKnownName("Sao Paulo"));
  EXPECT_TRUE(G().IsKnownName("São Paulo"));
  EXPECT_FALSE(G().IsKnownName(""));
  EXPECT_EQ(PlaceNameKey("Côte d’Ivoire"), PlaceNameKey("cote divoire"));
  EXPECT_EQ(PlaceNameKey("Guinea-Bissau"), "guinea bissau");
  EXPECT_EQ(PlaceNameKey("St. Louis"), "saint louis");
  EXPECT_EQ(PlaceNameKey("U.S."), PlaceNameKey("US"));
  EXPECT_NE(PlaceNameKey("US"), PlaceNameKey("us"));
  EXPECT_EQ(PlaceNameKey("Łódź"), "lodz");
  EXPECT_EQ(PlaceNameKey("Al Ḩudaydah"), "al hudaydah");
}

// The tables a user may override (DATELINE_DATA_DIR) are outside input: a
// bad line becomes a warning naming file and line and is skipped; junk,
// empty alternate names, a missing column and an enormous line do not stop
// the load, and the good lines around them load.
TEST(Gazetteer, BadTableLinesAreWarnedAndSkipped) {
  std::string dir = ::testing::TempDir() + "gazetteer_bad_data";
  ASSERT_EQ(std::system(("mkdir -p " + dir).c_str()), 0);
  std::string huge(1 << 20, 'x');
  std::ofstream(dir + "/geo_cities.tsv")
      << "Goodtown\tFRA\t\t48.1\t2.1\t5000\t\tGood Town|Bonneville||\n"  // empty parts are skipped
      << "Smallplace\tFRA\t\t48.2\t2.2\t300\tm\n"                        // a minor place
      << "Broken\tFRA\t\tnorth\t2.3\t10\t\n"                               // a latitude in words
      << "\x01\xff\xfe\t\t\n"                                                // binary junk
      << huge << "\n"                                                           // one enormous field
      << "Truncated\tFRA\t\t48.4";                                            // cut off, no newline
  std::ofstream(dir + "/geo_admin1_codes.tsv") << "ZZZ\tNowhere\tZZ-01\n";
  setenv("DATELINE_DATA_DIR", dir.c_str(), 1);
  Gazetteer::Impl impl;
  LoadGazetteer(&impl);
  unsetenv("DATELINE_DATA_DIR");
  auto warned = [&](const std::string& where) {
    for (const std::string& w : impl.warnings)
      if (w.find(where) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(warned("geo_cities.tsv:3:"));
  EXPECT_TRUE(warned("geo_cities.tsv:4:"));
  EXPECT_TRUE(warned("geo_cities.tsv:5:"));
  EXPECT_TRUE(warned("geo_cities.tsv:6:"));
  EXPECT_TRUE(warned("geo_admin1_codes.tsv:1:"));
  EXPECT_FALSE(warned("geo_cities.tsv:1:"));
  EXPECT_FALSE(warned("geo_cities.tsv:2:"));
  EXPECT_NE(impl.Find("Goodtown"), nullptr);
  EXPECT_EQ(impl.Find("Smallplace"), nullptr);  // minor: not a name that makes a word a place
  EXPECT_EQ(impl.FindOther("Smallplace").size(), 1u);
  EXPECT_EQ(impl.FindOther("Bonneville").size(), 1u);
  EXPECT_TRUE(impl.FindOther("").empty());
}

}  // namespace
}  // namespace dateline::entities
