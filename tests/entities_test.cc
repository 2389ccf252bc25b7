// Entities stage: people, organisations, places with roles, countries and
// actor codes; coreference; capital metonymy; quotes and speakers; hostile
// input. Articles here are written for the tests, shaped like wire copy.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "dateline/entities.h"
#include "dateline/text.h"

namespace dateline {
namespace {

Article Analyze(std::string text, std::optional<std::string> published = "2025-03-06") {
  Article a;
  a.text = std::move(text);
  a.published = published;
  TextAnalysis t = AnalyzeText(a.text, a.published);
  AnalyzeEntities(t, &a);
  return a;
}

const Entity* Find(const Article& a, std::string_view text, size_t nth = 0) {
  for (const Entity& e : a.entities)
    if (e.text == text && nth-- == 0) return &e;
  return nullptr;
}

std::string Opt(const std::optional<std::string>& s) { return s ? *s : "<null>"; }

#define EXPECT_ENTITY(a_, text_, type_, canonical_, role_, country_, actor_) \
  do {                                                                     \
    const Entity* e_ = Find(a_, text_);                                    \
    ASSERT_NE(e_, nullptr) << "no entity " << text_;                       \
    EXPECT_EQ(e_->type, type_) << text_;                                   \
    EXPECT_EQ(e_->canonical, canonical_) << text_;                         \
    EXPECT_EQ(Opt(e_->role), role_) << text_;                              \
    EXPECT_EQ(Opt(e_->country), country_) << text_;                        \
    EXPECT_EQ(Opt(e_->actor), actor_) << text_;                            \
    EXPECT_EQ((a_).text.substr(e_->start, e_->end - e_->start), e_->text); \
  } while (0)

const char kSummit[] =
    "Russia’s President Vladimir Putin said Friday that talks with U.S. President Donald J. Trump had "
    "“opened a door” to a settlement.\n\n"
    "Putin’s comments came before Ukrainian President Volodymyr Zelenskyy travelled to the White House. "
    "Zelenskyy has said Moscow invaded his country three years ago.\n\n"
    "In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova said the talks in Istanbul would "
    "remove “obstacles” between the embassies. “We are ready,” she added.\n\n"
    "The office of Russia’s prosecutor general said Dmitry Koshelev, wanted by Moscow for fraud, was "
    "deported from the United States.\n\n"
    "Washington described the meeting as “useful.”\n\n"
    "New York Sen. Chuck Schumer criticised the plan, while U.S. Vice President JD Vance defended it. "
    "U.S. Southern Command said it had tracked the ships. The advocacy group LEAD Ministries said "
    "churches were attacked. Israeli police said they arrested two men.\n\n"
    "The plan worried Washington’s European allies, Worthy News reported. NATO and the UN said "
    "nothing, and Russia said it wanted a deal.";

TEST(Entities, PeopleWithRolesFromTheText) {
  Article a = Analyze(kSummit);
  EXPECT_ENTITY(a, "Vladimir Putin", "PERSON", "Vladimir Putin", "President", "RUS", "RUSGOV");
  EXPECT_ENTITY(a, "Donald J. Trump", "PERSON", "Donald J. Trump", "President", "USA", "USAGOV");
  EXPECT_ENTITY(a, "Volodymyr Zelenskyy", "PERSON", "Volodymyr Zelenskyy", "President", "UKR", "UKRGOV");
  EXPECT_ENTITY(a, "Maria Zakharova", "PERSON", "Maria Zakharova", "Foreign Ministry spokeswoman", "RUS", "RUSGOV");
  EXPECT_ENTITY(a, "Chuck Schumer", "PERSON", "Chuck Schumer", "Senator", "USA", "USALEG");
  EXPECT_ENTITY(a, "JD Vance", "PERSON", "JD Vance", "Vice President", "USA", "USAGOV");
  EXPECT_ENTITY(a, "Dmitry Koshelev", "PERSON", "Dmitry Koshelev", "<null>", "<null>", "<null>");
}

TEST(Entities, SurnamesResolveToTheFullestName) {
  Article a = Analyze(kSummit);
  EXPECT_ENTITY(a, "Putin", "PERSON", "Vladimir Putin", "President", "RUS", "RUSGOV");
  EXPECT_ENTITY(a, "Zelenskyy", "PERSON", "Volodymyr Zelenskyy", "President", "UKR", "UKRGOV");
  Article b = Analyze("Donald Trump met reporters. Later, President Donald J. Trump said Trump would win.");
  EXPECT_ENTITY(b, "Donald Trump", "PERSON", "Donald J. Trump", "President", "USA", "USAGOV");
  EXPECT_ENTITY(b, "Trump", "PERSON", "Donald J. Trump", "President", "USA", "USAGOV");
}

TEST(Entities, Organisations) {
  Article a = Analyze(kSummit);
  EXPECT_ENTITY(a, "Russian Foreign Ministry", "ORG", "Russian Foreign Ministry", "<null>", "RUS", "RUSGOV");
  EXPECT_ENTITY(a, "U.S. Southern Command", "ORG", "U.S. Southern Command", "<null>", "USA", "USAMIL");
  EXPECT_ENTITY(a, "White House", "ORG", "White House", "<null>", "USA", "USAGOV");
  EXPECT_ENTITY(a, "LEAD Ministries", "ORG", "LEAD Ministries", "<null>", "<null>", "<null>");
  EXPECT_ENTITY(a, "Worthy News", "ORG", "Worthy News", "<null>", "<null>", "MED");
  EXPECT_ENTITY(a, "NATO", "ORG", "NATO", "<null>", "<null>", "IGONAT");
  EXPECT_ENTITY(a, "UN", "ORG", "United Nations", "<null>", "<null>", "IGOUNO");
}

TEST(Entities, AgentsNamedByCountryAndFunction) {
  Article a = Analyze(kSummit);
  EXPECT_ENTITY(a, "Russia’s prosecutor general", "AGENT", "Russia’s prosecutor general", "prosecutor general",
                "RUS", "RUSJUD");
  EXPECT_ENTITY(a, "Israeli police", "AGENT", "Israeli police", "police", "ISR", "ISRCOP");
}

TEST(Entities, PlacesHaveCountriesAndCoordinates) {
  Article a = Analyze(kSummit);
  for (const char* name : {"Moscow", "Istanbul", "United States", "Washington"}) {
    const Entity* e = Find(a, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, "PLACE") << name;
    EXPECT_TRUE(e->lat && e->lon) << name;
  }
  EXPECT_EQ(Opt(Find(a, "Istanbul")->country), "TUR");
  EXPECT_NEAR(*Find(a, "Moscow")->lat, 55.75, 0.5);
}

// A wire-style state abbreviation after a town is the state, and places the
// town in it whatever else the article names ("Vancouver" beside Canada's
// British Columbia would otherwise be Canada's, "Albany" beside Portland Oregon's).
TEST(Entities, TownsBeforeAbbreviatedStates) {
  Article a = Analyze("Health officials in Vancouver, Wash., and in Portland, Ore., confirmed cases. British "
                      "Columbia reported none. Officials in Albany, Ga., were also on alert.");
  const Entity* wash = Find(a, "Wash.");
  ASSERT_NE(wash, nullptr);
  EXPECT_EQ(wash->canonical, "Washington");
  EXPECT_EQ(Opt(wash->country), "USA");
  EXPECT_NEAR(*wash->lat, 47.3, 1.0);
  EXPECT_EQ(Find(a, "Ore.")->canonical, "Oregon");
  EXPECT_EQ(Opt(Find(a, "Vancouver")->country), "USA");
  EXPECT_NEAR(*Find(a, "Vancouver")->lat, 45.64, 0.1);
  EXPECT_NEAR(*Find(a, "Albany")->lat, 31.58, 0.1);  // Georgia's, not Oregon's or New York's
  // Full names qualify too, and a county the gazetteer lacks takes the state.
  Article b = Analyze("Cases were found in Windsor, Nova Scotia, in Portland, Maine, and in Clark County, "
                      "Washington. In Lyon and Vancouver, Wash., officials met.");
  EXPECT_NEAR(*Find(b, "Windsor")->lon, -64.1, 0.3);  // not Windsor, Ontario or Quebec
  EXPECT_NEAR(*Find(b, "Portland")->lat, 43.66, 0.1);  // Maine's
  EXPECT_EQ(Find(b, "Washington")->canonical, "Washington");
  EXPECT_NEAR(*Find(b, "Washington")->lat, 47.3, 1.0);  // the state, not the capital
  EXPECT_EQ(Find(b, "Wash.")->type, "PLACE");  // read as a name at first, a state after a town
  EXPECT_NEAR(*Find(b, "Lyon")->lon, 4.85, 0.1);  // a list, not a qualifier
  // After a compass word a city that is also a subdivision of its country is the subdivision.
  Article c = Analyze("Two cases were found in eastern Washington, officials in upstate New York said. "
                      "Fighting went on in eastern Ukraine and northern Paris.");
  EXPECT_NEAR(*Find(c, "Washington")->lat, 47.3, 1.0);
  EXPECT_NEAR(*Find(c, "New York")->lat, 42.6, 1.0);
  EXPECT_NEAR(*Find(c, "Paris")->lat, 48.85, 0.1);
  // US counties: the one in the qualifying state, or the only one of the name.
  Article d = Analyze("Officials in Clark County, Washington, and in Lebanon County declared emergencies. "
                      "Clark County, Nevada, reported none.");
  EXPECT_NEAR(*Find(d, "Clark County", 0)->lat, 45.8, 0.3);  // Vancouver's county
  EXPECT_NEAR(*Find(d, "Clark County", 1)->lat, 36.2, 0.4);  // Las Vegas's
  ASSERT_NE(Find(d, "Lebanon County"), nullptr);
  EXPECT_EQ(Find(d, "Lebanon County")->type, "PLACE");
  EXPECT_NEAR(*Find(d, "Lebanon County")->lat, 40.35, 0.3);  // Pennsylvania's, not the country
}

// Each name is found whole as a PLACE (with a point when `located`).
void ExpectPlaces(const Article& a, std::initializer_list<const char*> names, bool located = false) {
  for (const char* name : names) {
    const Entity* e = Find(a, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, "PLACE") << name;
    if (located) {
      EXPECT_TRUE(e->lat.has_value()) << name;
    }
  }
}

// Country names with a stop word or "and" inside stay whole.
TEST(Entities, CountryNamesOverStopWordsAndAnd) {
  Article a = Analyze("Cases rose in Papua New Guinea, Bosnia and Herzegovina and Trinidad and Tobago, while "
                      "Saint Vincent and the Grenadines closed its ports. Officials in Paris and London said.");
  ExpectPlaces(a, {"Papua New Guinea", "Bosnia and Herzegovina", "Trinidad and Tobago",
                   "Saint Vincent and the Grenadines", "Paris", "London"});
  EXPECT_EQ(Opt(Find(a, "Papua New Guinea")->country), "PNG");
  EXPECT_EQ(Opt(Find(a, "Trinidad and Tobago")->country), "TTO");
  Article glue = Analyze("Aid crossed to the Republic of the Congo and to Mato Grosso do Sul. The Ministry of the "
                         "Interior said.");
  ExpectPlaces(glue, {"Republic of the Congo", "Mato Grosso do Sul"});
  EXPECT_EQ(Opt(Find(glue, "Republic of the Congo")->country), "COG");
  ASSERT_NE(Find(glue, "Ministry of the Interior"), nullptr);
  Article more = Analyze("Cholera reached Dar es Salaam, Newcastle upon Tyne and Frankfurt am Main. Two cases were "
                         "confirmed in Alice Springs, Uzhhorod and Fife.");
  ExpectPlaces(more, {"Dar es Salaam", "Newcastle upon Tyne", "Frankfurt am Main", "Alice Springs", "Uzhhorod", "Fife"},
               true);
  EXPECT_EQ(Opt(Find(more, "Fife")->country), "GBR");
}

// A name only a minor place bears is a place in a sentence that names a
// place of its country; a dash between the words of a known name and an
// Arabic article before a sun letter keep the name whole.
TEST(Entities, MinorPlacesDashesAndArabicArticles) {
  Article a = Analyze("Floods hit Wagga Wagga in New South Wales, Australia. Cases rose in Castilla–La Mancha, "
                      "Spain. Shelling continued in Deir ez-Zor, Syria, and near Raqqa.");
  ExpectPlaces(a, {"Wagga Wagga", "Castilla–La Mancha", "Deir ez-Zor", "Raqqa"}, true);
  EXPECT_EQ(Opt(Find(a, "Wagga Wagga")->country), "AUS");
  EXPECT_EQ(Opt(Find(a, "Castilla–La Mancha")->country), "ESP");
  EXPECT_EQ(Opt(Find(a, "Raqqa")->country), "SYR");
  Article np = Analyze("The quake struck Nepal on Saturday. Temples in the squares of Bhaktapur were reduced to rubble.");
  ExpectPlaces(np, {"Bhaktapur"}, true);  // a seat of unknown population: a minor place, in a country the article names
  EXPECT_EQ(Opt(Find(np, "Bhaktapur")->country), "NPL");
  Article fr = Analyze("Cases have been reported in France and Italy.");  // Cases is a French village too
  EXPECT_EQ(Find(fr, "Cases"), nullptr);
  Article b = Analyze("Wagga Wagga said the vote was fair.");  // no place of its country in the sentence
  ASSERT_NE(Find(b, "Wagga Wagga"), nullptr);
  EXPECT_NE(Find(b, "Wagga Wagga")->type, "PLACE");
}

// A story that mentions a basketball coach and a tournament reads as sports,
// where a town may stand for its club; not a town that a place noun names
// or that is travelled through.
TEST(Entities, TownsInAStoryWithSportWordsStayPlaces) {
  Article a = Analyze("Most cases were in the capital, Antananarivo, and in the port city of Toamasina. A man "
                      "travelled through Mahajanga. A basketball coach died during a tournament.");
  for (const char* town : {"Antananarivo", "Toamasina", "Mahajanga"}) {
    ASSERT_NE(Find(a, town), nullptr) << town;
    EXPECT_EQ(Find(a, town)->type, "PLACE") << town;
  }
}

// A town named like its country's subdivision is the subdivision when
// listed beside another subdivision; alone it stays the city.
TEST(Entities, SubdivisionsListedTogether) {
  Article a = Analyze("Flooding hit New York and New Jersey. Officials in Quebec and Ontario reported cases.");
  ASSERT_TRUE(Find(a, "New York") && Find(a, "New York")->lat);
  EXPECT_NEAR(*Find(a, "New York")->lat, 42.6, 0.5);  // the state's point, not the city's (40.7)
  ASSERT_TRUE(Find(a, "Quebec") && Find(a, "Quebec")->lat);
  EXPECT_GT(*Find(a, "Quebec")->lat, 50);  // the province, not Quebec City (46.8)
  Article b = Analyze("He flew from New York to London and Paris.");
  ASSERT_TRUE(Find(b, "New York") && Find(b, "New York")->lat);
  EXPECT_NEAR(*Find(b, "New York")->lat, 40.7, 0.2);
}

// A small town the gazetteer has only abroad, in a country the article never
// names and far from all its places, is left without a point; a town near
// the article's places keeps its point.
TEST(Entities, StrayTownsLoseTheirPoint) {
  Article a = Analyze("LUANDA, Angola (Reuters) - The outbreak began in Viana, on the eastern edge of Luanda, and "
                      "spread to Huambo and Benguela.");
  const Entity* viana = Find(a, "Viana");
  ASSERT_NE(viana, nullptr);
  EXPECT_EQ(viana->type, "PLACE");
  EXPECT_FALSE(viana->lat.has_value());  // the gazetteer's Vianas are in Brazil and Spain
  ExpectPlaces(a, {"Huambo", "Benguela"}, true);
  Article peninsula = Analyze("MELBOURNE, Australia - Cases rose on the Mornington Peninsula, in Sorrento, Rye and "
                              "Rosebud.");  // the gazetteer's are American villages: they vouch not for each other
  for (const char* town : {"Sorrento", "Rye", "Rosebud"}) {
    ASSERT_NE(Find(peninsula, town), nullptr) << town;
    EXPECT_NE(Opt(Find(peninsula, town)->country), "USA") << town;
  }
  Article b = Analyze("Cases were reported in Springdale and Rogers, in Arkansas.");
  ExpectPlaces(b, {"Springdale", "Rogers"}, true);
  EXPECT_EQ(Opt(Find(b, "Springdale")->country), "USA");
}

// Unknown names are places by the words around them: listed after plural
// place nouns, after "and the" in a list of places, before "and other
// villages"; a preposition opening a sentence is no part of a name; a
// known place name over a connector is not split at a company's name.
TEST(Entities, UnknownPlacesByTheirLists) {
  Article a = Analyze("Cases were found in the settlements of Kibera and Mathare. Refugees sheltered in Akkar and the "
                      "Bekaa. Birds were found dead at Maliuc and other villages.");
  ExpectPlaces(a, {"Kibera", "Mathare", "Bekaa", "Maliuc"});
  Article list = Analyze("Screening rose at the Rubavu and Rusizi crossings. Roads were cut in the Gorkha, Dhading "
                         "and Rasuwa districts.");
  ExpectPlaces(list, {"Rubavu", "Rusizi", "Gorkha", "Dhading", "Rasuwa"});
  Article b = Analyze("Across Latin America, cases rose. The departments of Norte de Santander and Huila reported "
                      "deaths.");
  ExpectPlaces(b, {"Latin America", "Norte de Santander", "Huila"}, true);
  EXPECT_EQ(Opt(Find(b, "Huila")->country), "COL");  // Colombia's department, not Angola's province
  EXPECT_EQ(Find(b, "Santander"), nullptr);
  Article unit = Analyze("The coastal province of La Union declared an outbreak. The president of the Union spoke.");
  ASSERT_NE(Find(unit, "La Union"), nullptr);
  EXPECT_EQ(Find(unit, "La Union")->type, "PLACE");
  Article centres = Analyze("Samples went from the Federal Medical Centre in Owo to the National Centre for Disease "
                            "Control. Crowds gathered at the Barbican Centre.");
  EXPECT_EQ(Find(centres, "Federal Medical Centre")->type, "ORG");
  EXPECT_EQ(Find(centres, "National Centre for Disease Control")->type, "ORG");
  EXPECT_EQ(Find(centres, "Barbican Centre")->type, "PLACE");
  Article c = Analyze("Officials met. Santander raised its forecast.");
  ASSERT_NE(Find(c, "Santander"), nullptr);
  EXPECT_EQ(Find(c, "Santander")->type, "ORG");
}

// A title opening a place name of three words, or before a place noun, is
// no title; a name described as a village, or after a place noun and "of",
// is a place; "for" joins a name only after an organisation word.
TEST(Entities, PlacesByTheWordsAroundThem) {
  Article b = Analyze("The ship called at Charlottetown, Prince Edward Island, and a case was found in King "
                      "County. Queen Elizabeth met Prince George.");
  ExpectPlaces(b, {"Prince Edward Island", "King County"});
  EXPECT_EQ(Find(b, "Prince George"), nullptr);  // a prince, not the town in British Columbia
  Article c = Analyze("It is named after Tanjung Lamar, a village in the south. Cases rose in the health zone of "
                      "Mbakoro. Peter Obi, a village elder, said.");
  ExpectPlaces(c, {"Tanjung Lamar", "Mbakoro"});
  EXPECT_EQ(Find(c, "Peter Obi")->type, "PERSON");
  Article forr = Analyze("Pilgrims travelling to Mecca for Umrah were warned by the Centers for Disease Control and "
                         "Prevention and the Qatar Fund for Development.");
  ExpectPlaces(forr, {"Mecca"});
  ASSERT_NE(Find(forr, "Centers for Disease Control and Prevention"), nullptr);
  EXPECT_EQ(Opt(Find(forr, "Centers for Disease Control and Prevention")->actor), "USAGOV");
  ASSERT_NE(Find(forr, "Qatar Fund for Development"), nullptr);
}

TEST(Entities, CapitalStandsForItsGovernmentOnlyWhenItActs) {
  Article a = Analyze(kSummit);
  EXPECT_EQ(Opt(Find(a, "Moscow", 0)->actor), "RUSGOV");  // Moscow invaded
  EXPECT_EQ(Opt(Find(a, "Moscow", 1)->actor), "<null>");  // In Moscow,
  EXPECT_EQ(Opt(Find(a, "Moscow", 1)->country), "RUS");
  EXPECT_EQ(Opt(Find(a, "Moscow", 2)->actor), "RUSGOV");  // wanted by Moscow
  EXPECT_EQ(Opt(Find(a, "Washington", 0)->actor), "USAGOV");  // Washington described
  EXPECT_EQ(Opt(Find(a, "Washington", 1)->actor), "USAGOV");  // Washington's European allies
}

TEST(Entities, CountryNameIsItsBareCode) {
  Article a = Analyze(kSummit);
  const Entity* last = nullptr;
  for (const Entity& e : a.entities)
    if (e.text == "Russia") last = &e;
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(Opt(last->actor), "RUS");
}

TEST(Entities, QuotesWithSpeakers) {
  Article a = Analyze(kSummit);
  ASSERT_EQ(a.quotes.size(), 4u);
  EXPECT_EQ(a.quotes[0].text, "opened a door");
  EXPECT_EQ(Opt(a.quotes[0].speaker), "Vladimir Putin");
  EXPECT_EQ(a.quotes[1].text, "obstacles");
  EXPECT_EQ(Opt(a.quotes[1].speaker), "Maria Zakharova");
  EXPECT_EQ(a.quotes[2].text, "We are ready,");
  EXPECT_EQ(Opt(a.quotes[2].speaker), "Maria Zakharova");  // she added
  EXPECT_EQ(a.quotes[3].text, "useful.");
  EXPECT_EQ(Opt(a.quotes[3].speaker), "Washington");
  for (const Quote& q : a.quotes) EXPECT_EQ(a.text.substr(q.start, q.end - q.start), q.text);
}

TEST(Entities, QuoteBeforeItsSpeaker) {
  Article a = Analyze("\"The ceasefire must hold,\" said Foreign Minister Sergei Lavrov. "
                      "\"We will not wait,\" Lavrov told reporters in Geneva.");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "The ceasefire must hold,");
  EXPECT_EQ(Opt(a.quotes[0].speaker), "Sergei Lavrov");
  EXPECT_EQ(Opt(a.quotes[1].speaker), "Sergei Lavrov");
  EXPECT_ENTITY(a, "Sergei Lavrov", "PERSON", "Sergei Lavrov", "Foreign Minister", "RUS", "RUSGOV");
}

TEST(Entities, OfficeHoldersFillOnlyWhatTheTextLeavesOut) {
  Article a = Analyze("Marco Rubio met Sergei Lavrov. Ambassador Marco Rubio said little.", "2025-06-01");
  EXPECT_ENTITY(a, "Sergei Lavrov", "PERSON", "Sergei Lavrov", "Foreign Minister", "RUS", "RUSGOV");
  // The text calls him Ambassador: that role wins over the file's.
  EXPECT_EQ(Opt(Find(a, "Marco Rubio")->role), "Ambassador");
}

TEST(Entities, DatelineGetsCoordinates) {
  Article a;
  a.text = "Talks went on.";
  a.dateline = {{"Moscow", "RUS", std::nullopt, std::nullopt}, {"Budapest", std::nullopt, std::nullopt, std::nullopt}};
  AnalyzeEntities(AnalyzeText(a.text, std::nullopt), &a);
  ASSERT_TRUE(a.dateline[0].lat && a.dateline[1].lat);
  EXPECT_NEAR(*a.dateline[0].lat, 55.75, 0.5);
  EXPECT_EQ(Opt(a.dateline[1].country), "HUN");
  // A dateline town is read within its dateline's country, whatever else the story names.
  Article ont;
  ont.text = "Measles cases rose in the city, officials in Britain and London said.";
  ont.dateline = {{"London", "CAN", std::nullopt, std::nullopt}, {"Ontario", "CAN", std::nullopt, std::nullopt}};
  AnalyzeEntities(AnalyzeText(ont.text, std::nullopt), &ont);
  ASSERT_TRUE(ont.dateline[0].lat.has_value());
  EXPECT_NEAR(*ont.dateline[0].lat, 42.98, 0.2);  // London, Ontario
  Article ala;
  ala.text = "The city, named after Florence in Italy, was hit by a tornado.";
  ala.dateline = {{"Florence", "USA", std::nullopt, std::nullopt}, {"Alabama", "USA", std::nullopt, std::nullopt}};
  AnalyzeEntities(AnalyzeText(ala.text, std::nullopt), &ala);
  ASSERT_TRUE(ala.dateline[0].lat.has_value());
  EXPECT_NEAR(*ala.dateline[0].lat, 34.8, 0.2);  // Florence, Alabama
}

TEST(Entities, SentenceInitialWordsAreNotNames) {
  Article a = Analyze("The talks began. In Kyiv, officials waited. As Zelenskyy spoke, Thursday passed.");
  EXPECT_EQ(Find(a, "The"), nullptr);
  EXPECT_EQ(Find(a, "In"), nullptr);
  EXPECT_EQ(Find(a, "Thursday"), nullptr);
  EXPECT_NE(Find(a, "Kyiv"), nullptr);
}

TEST(Entities, UnevidencedNamesAreTypedByTheirWords) {
  Article a = Analyze(
      "Police sealed the Temple Mount compound as Ramadan began, in the worst unrest since World War II. "
      "Lawyers said the Supreme Court would hear a challenge to the Affordable Care Act. The Kremlin and the "
      "Pentagon traded accusations, and the Southern Command moved ships near the Strait of Hormuz. Fans "
      "celebrated a Champions League win in Tahrir Square.");
  EXPECT_ENTITY(a, "Temple Mount", "PLACE", "Temple Mount", "<null>", "ISR", "<null>");
  EXPECT_ENTITY(a, "Ramadan", "MISC", "Ramadan", "<null>", "<null>", "<null>");
  EXPECT_ENTITY(a, "World War II", "MISC", "World War II", "<null>", "<null>", "<null>");
  EXPECT_ENTITY(a, "Affordable Care Act", "MISC", "Affordable Care Act", "<null>", "<null>", "<null>");
  EXPECT_ENTITY(a, "Supreme Court", "ORG", "Supreme Court", "<null>", "<null>", "<null>");
  EXPECT_ENTITY(a, "Kremlin", "ORG", "Kremlin", "<null>", "RUS", "RUSGOV");
  EXPECT_ENTITY(a, "Pentagon", "ORG", "Pentagon", "<null>", "USA", "USAMIL");
  EXPECT_ENTITY(a, "Southern Command", "ORG", "Southern Command", "<null>", "<null>", "MIL");
  EXPECT_ENTITY(a, "Champions League", "ORG", "Champions League", "<null>", "<null>", "<null>");
  EXPECT_ENTITY(a, "Tahrir Square", "PLACE", "Tahrir Square", "<null>", "EGY", "<null>");
  EXPECT_EQ(Find(a, "Strait of Hormuz")->type, "PLACE");
  Article b = Analyze("The plan alarmed Washington’s European allies and Muslim leaders.");
  EXPECT_ENTITY(b, "European", "NORP", "European", "<null>", "<null>", "<null>");
  EXPECT_ENTITY(b, "Muslim", "NORP", "Muslim", "<null>", "<null>", "<null>");
  Article c = Analyze("Republicans opposed the bill, while Senate Democrats said it would pass.");
  EXPECT_EQ(Find(c, "Democrats")->type, "NORP");  // not a person, though it speaks
  EXPECT_EQ(Find(c, "Republicans")->type, "NORP");
  // A word opening a sentence, or a common noun such as "Police", is no name.
  EXPECT_EQ(Find(a, "Police"), nullptr);
  EXPECT_EQ(Find(a, "Lawyers"), nullptr);
  EXPECT_EQ(Find(a, "Fans"), nullptr);
}

TEST(Entities, GovernmentBuildingsStandForTheirGovernments) {
  Article a = Analyze("Officials at Zhongnanhai and the Blue House spoke after the Elysee Palace and "
                      "Downing Street issued statements.");
  EXPECT_ENTITY(a, "Zhongnanhai", "ORG", "Zhongnanhai", "<null>", "CHN", "CHNGOV");
  EXPECT_ENTITY(a, "Blue House", "ORG", "Blue House", "<null>", "KOR", "KORGOV");
  EXPECT_ENTITY(a, "Elysee Palace", "ORG", "Elysee", "<null>", "FRA", "FRAGOV");
  EXPECT_ENTITY(a, "Downing Street", "ORG", "Downing Street", "<null>", "GBR", "GBRGOV");
}

TEST(Entities, TitleCaseAndOpeningWordsAreNotGuessedNames) {
  Article a = Analyze("Markets Slide As Talks Stall In Geneva\n\nPresent were the delegates. "
                      "THE DELEGATES HAVE ARRIVED IN TOWN TONIGHT.");
  for (const Entity& e : a.entities) EXPECT_NE(e.type, "MISC") << e.text;
  EXPECT_EQ(Find(a, "TOWN"), nullptr);
  EXPECT_EQ(Find(a, "Present"), nullptr);
}

TEST(Entities, CompaniesAreOrganisationsNotPeople) {
  Article a = Analyze("Shipping group Maersk said it would avoid the Red Sea. Later, Maersk said rates would "
                      "rise, and the carrier Zenfleet told clients to wait. The broadcaster Kanal Nord said "
                      "Gazprom and Reuters had confirmed it.");
  EXPECT_ENTITY(a, "Maersk", "ORG", "A.P. Moller-Maersk", "<null>", "DNK", "DNKBUS");
  EXPECT_EQ(Find(a, "Maersk", 1)->type, "ORG");
  EXPECT_ENTITY(a, "Zenfleet", "ORG", "Zenfleet", "<null>", "<null>", "<null>");
  EXPECT_ENTITY(a, "Kanal Nord", "ORG", "Kanal Nord", "<null>", "<null>", "<null>");
  EXPECT_ENTITY(a, "Gazprom", "ORG", "Gazprom", "<null>", "RUS", "RUSBUS");
  EXPECT_EQ(Find(a, "Reuters")->type, "ORG");
}

TEST(Entities, UnknownPeopleRecognisedByTheirRepeatedSurname) {
  Article a = Analyze("Voters in Leeds met Tobiah Quarrington on Monday. Quarrington told them the plan would work.");
  EXPECT_ENTITY(a, "Tobiah Quarrington", "PERSON", "Tobiah Quarrington", "<null>", "<null>", "<null>");
  EXPECT_ENTITY(a, "Quarrington", "PERSON", "Tobiah Quarrington", "<null>", "<null>", "<null>");
}

TEST(Entities, RolesKeepTheirPortfolio) {
  Article a = Analyze("Tourism Minister Ahmed Issa said bookings fell, while Egypt’s Deputy Economy Minister "
                      "Petra Novak blamed the Interior Ministry. Interior Ministry spokesman Omar Said "
                      "declined to comment.");
  EXPECT_ENTITY(a, "Ahmed Issa", "PERSON", "Ahmed Issa", "Tourism Minister", "<null>", "<null>");
  EXPECT_ENTITY(a, "Petra Novak", "PERSON", "Petra Novak", "Deputy Economy Minister", "EGY", "EGYGOV");
  EXPECT_ENTITY(a, "Omar Said", "PERSON", "Omar Said", "Interior Ministry spokesman", "<null>", "<null>");
  EXPECT_ENTITY(a, "Interior Ministry", "ORG", "Interior Ministry", "<null>", "<null>", "<null>");
  EXPECT_EQ(Find(a, "Tourism"), nullptr);
  EXPECT_EQ(Find(a, "Deputy Economy"), nullptr);
}

TEST(Entities, PlaceCanonicalIsTheFullestNameInTheArticle) {
  Article a = Analyze("Turkey hosted envoys from Washington. Ankara said the team came from the U.S. today.");
  EXPECT_ENTITY(a, "Turkey", "PLACE", "Turkey", "<null>", "TUR", "TUR");
  EXPECT_ENTITY(a, "Washington", "PLACE", "Washington", "<null>", "USA", "<null>");
  EXPECT_ENTITY(a, "U.S.", "PLACE", "U.S.", "<null>", "USA", "USA");
  Article b = Analyze("The U.S. and Russia met. Officials in the United States said Washington was ready.");
  EXPECT_ENTITY(b, "U.S.", "PLACE", "United States", "<null>", "USA", "USA");
  EXPECT_ENTITY(b, "United States", "PLACE", "United States", "<null>", "USA", "USA");
}

TEST(Entities, AcronymsInBracketsTakeTheFullName) {
  Article a = Analyze("The Rapid Support Forces (RSF) and the National Fishers Federation (NFF) met the "
                      "International Monetary Fund (IMF). Later the NFF said the RSF had left, and the FNV union "
                      "called a strike.");
  EXPECT_ENTITY(a, "RSF", "ORG", "Rapid Support Forces", "<null>", "<null>", "MIL");
  EXPECT_ENTITY(a, "NFF", "ORG", "National Fishers Federation", "<null>", "<null>", "<null>");
  EXPECT_EQ(Find(a, "NFF", 1)->canonical, "National Fishers Federation");
  EXPECT_EQ(Find(a, "RSF", 1)->canonical, "Rapid Support Forces");
  EXPECT_ENTITY(a, "IMF", "ORG", "International Monetary Fund", "<null>", "<null>", "IGOIMF");
  EXPECT_ENTITY(a, "FNV", "ORG", "FNV", "<null>", "<null>", "<null>");
}

TEST(Entities, QuoteRunningOverParagraphs) {
  Article a = Analyze("Foreign Minister Sergei Lavrov told reporters: “We have waited for years and we will wait "
                      "again.\n\n“Nobody can hurry us,” he said.\n\n“Talks will resume,” Lavrov said.");
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].text, "We have waited for years and we will wait again.");
  EXPECT_EQ(a.quotes[1].text, "Nobody can hurry us,");
  EXPECT_EQ(Opt(a.quotes[0].speaker), "Sergei Lavrov");
  EXPECT_EQ(Opt(a.quotes[1].speaker), "Sergei Lavrov");
  EXPECT_EQ(Opt(a.quotes[2].speaker), "Sergei Lavrov");
  for (const Quote& q : a.quotes) EXPECT_EQ(a.text.substr(q.start, q.end - q.start), q.text);
  // Not carried over: the next paragraph does not open with a quote.
  Article b = Analyze("He said: “this never closes.\n\nThe talks went on.");
  EXPECT_TRUE(b.quotes.empty());
}

TEST(Entities, QuoteSpeakerIsTheCanonicalName) {
  Article a = Analyze("Officials in the United States were pleased. The U.S. called the talks “useful.”");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(Opt(a.quotes[0].speaker), "United States");
}

TEST(Entities, NounsAroundAGuessedNameTypeIt) {
  Article a = Analyze("Rescuers reached Hatay province as the Biden administration pledged aid. Thousands of "
                      "Catholic pilgrims prayed while the Premier League leaders donated their wages.");
  EXPECT_ENTITY(a, "Hatay", "PLACE", "Hatay", "<null>", "TUR", "<null>");  // a province the gazetteer knows
  const Article unknown = Analyze("Rescuers reached Zorvanka province on Monday.");  // one it does not
  ASSERT_NE(Find(unknown, "Zorvanka"), nullptr);
  EXPECT_EQ(Find(unknown, "Zorvanka")->type, "PLACE");
  EXPECT_EQ(Find(a, "Biden")->type, "PERSON");
  EXPECT_ENTITY(a, "Premier League", "ORG", "Premier League", "<null>", "<null>", "<null>");
  EXPECT_EQ(Find(a, "Thousands of Catholic"), nullptr);
  Article b = Analyze("Residents of Kharkiv spent the night in shelters. Chief Financial Officer Dana Whitfield "
                      "resigned, and Coach Carlo Ancelotti praised the Hope Street clinic.");
  EXPECT_EQ(Find(b, "Residents of Kharkiv"), nullptr);
  EXPECT_EQ(Find(b, "Kharkiv")->type, "PLACE");
  EXPECT_ENTITY(b, "Dana Whitfield", "PERSON", "Dana Whitfield", "chief financial officer", "<null>", "BUS");
  EXPECT_ENTITY(b, "Carlo Ancelotti", "PERSON", "Carlo Ancelotti", "coach", "<null>", "<null>");
  EXPECT_EQ(Find(b, "Hope Street")->type, "PLACE");
  EXPECT_EQ(Find(a, "League"), nullptr);
}

TEST(Entities, UnattributedQuoteAfterAnotherInTheParagraph) {
  Article a = Analyze("“This is a turning point,” said Mette Frederiksen, Denmark’s prime minister. “Europe must "
                      "take responsibility.”\n\n“Nobody knows,” a bystander told us.");
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(Opt(a.quotes[1].speaker), "Mette Frederiksen");
  EXPECT_EQ(Opt(a.quotes[2].speaker), "<null>");  // a new paragraph: not carried over
}

TEST(Entities, CountryCodesInCapitalsAndSentenceOpeners) {
  Article a = Analyze("Officials said the US was ready. Give us a break, they told US officials. Lyon won.");
  EXPECT_ENTITY(a, "US", "PLACE", "US", "<null>", "USA", "USA");
  EXPECT_EQ(Find(a, "us"), nullptr);
  EXPECT_EQ(Find(a, "Give"), nullptr);   // a village in Denmark, but here a verb
  EXPECT_EQ(Find(a, "Lyon")->type, "PLACE");  // a big city opening a sentence stays
}

TEST(Entities, PronounBeforeAnySpeakerIsTheLastPersonNamed) {
  Article a = Analyze("Dr. Anita Rao, an epidemiologist at Johns Hopkins University, studied the variant. "
                      "“We are seeing cases rise,” she said.");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(Opt(a.quotes[0].speaker), "Anita Rao");
}

TEST(Entities, OrganisationsOfKnownCountryInformGeocoding) {
  Article a;
  a.text = "Protesters gathered outside the Bundestag in Berlin on Saturday.";
  a.dateline = {{"Washington", "USA", std::nullopt, std::nullopt}};
  AnalyzeEntities(AnalyzeText(a.text, std::nullopt), &a);
  ASSERT_NE(Find(a, "Berlin"), nullptr);
  EXPECT_EQ(Opt(Find(a, "Berlin")->country), "DEU");
}

// --- Wire copy with its tokens joined by spaces (CoNLL-style text) -----------

std::string TypeOf(const Article& a, std::string_view text, size_t nth = 0) {
  const Entity* e = Find(a, text, nth);
  return e ? e->type : "<none>";
}

TEST(EntitiesWire, BylineAndDatelineRunIntoTheStory) {
  Article a = Analyze(
      "EU rejects German call to boycott British lamb . Peter Blackburn BRUSSELS 1996-08-22 The European "
      "Commission said on Thursday it disagreed . Mihai Dobrescu BUCHAREST 1996-08-29 Romania agreed .");
  EXPECT_EQ(TypeOf(a, "Peter Blackburn"), "PERSON");
  EXPECT_EQ(TypeOf(a, "BRUSSELS"), "PLACE");
  EXPECT_EQ(TypeOf(a, "European Commission"), "ORG");
  EXPECT_EQ(TypeOf(a, "Mihai Dobrescu"), "PERSON");  // no known first name: the byline says so
  EXPECT_EQ(TypeOf(a, "BUCHAREST"), "PLACE");
  EXPECT_EQ(TypeOf(a, "German"), "NORP");
}

TEST(EntitiesWire, CapitalsHeadlineKeepsOnlyKnownNames) {
  Article a = Analyze(
      "TENNIS - KRAJICEK OUT IN FIRST ROUND IN NEW HAVEN . NEW HAVEN , Connecticut 1996-08-21 Wimbledon "
      "champion Richard Krajicek was beaten on Wednesday . DAIMLER-BENZ PROFIT UP , BUY SHARES . "
      "Daimler-Benz AG said profit rose .");
  EXPECT_EQ(TypeOf(a, "KRAJICEK"), "PERSON");
  EXPECT_EQ(Find(a, "KRAJICEK")->canonical, "Richard Krajicek");
  EXPECT_EQ(TypeOf(a, "NEW HAVEN"), "PLACE");
  EXPECT_EQ(TypeOf(a, "DAIMLER-BENZ"), "ORG");
  EXPECT_EQ(Find(a, "OUT"), nullptr);
  EXPECT_EQ(Find(a, "FIRST ROUND"), nullptr);
  EXPECT_EQ(Find(a, "BUY"), nullptr);  // a small town's name in a headline is a word
}

TEST(EntitiesWire, ScoreLinesNameClubsButNationalSidesArePlaces) {
  Article a = Analyze(
      "Results of English premier league soccer matches on Saturday : Arsenal 2 West Ham 0 Manchester United "
      "4 Derby 1 Leeds 3 Sheffield Wednesday 0 Standings ( tabulate under played , won , drawn , lost , goals "
      "for , against , points ) : Manchester United 2 2 0 0 7 1 6 . Japan beat Syria 2-1 in the Asian Cup . "
      "Derby are in the east Midlands .");
  for (const char* club : {"Arsenal", "West Ham", "Manchester United", "Derby", "Leeds", "Sheffield Wednesday"})
    EXPECT_EQ(TypeOf(a, club), "ORG") << club;
  EXPECT_EQ(TypeOf(a, "Manchester United", 1), "ORG");
  EXPECT_EQ(TypeOf(a, "Derby", 1), "ORG");  // the same name, the same type
  EXPECT_EQ(TypeOf(a, "Japan"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Syria"), "PLACE");
  // A club with a first name in it is a club between scores, and its first
  // words name it later in prose.
  Article b = Analyze(
      "Results of Dutch first division soccer matches played on Sunday : Willem II Tilburg 1 Utrecht 1 Vitesse "
      "Arnhem 2 Roda JC Kerkrade 0 . League champions Ajax were held at home by Vitesse despite an early goal , "
      "while Roda JC lost again .");
  EXPECT_EQ(TypeOf(b, "Willem II Tilburg"), "ORG");
  EXPECT_EQ(TypeOf(b, "Vitesse"), "ORG");
  EXPECT_EQ(TypeOf(b, "Roda JC"), "ORG");
}

TEST(EntitiesWire, CricketCountiesAndInitials) {
  Article a = Analyze(
      "Close of play scores in English county championship cricket matches : At Chelmsford : Essex 412-7 "
      "declared ( N. Hussain 158 , R. Irani 72 ) ; Derbyshire 88-2 . At Hove : Sussex 240 v Worcestershire .");
  EXPECT_EQ(TypeOf(a, "Chelmsford"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Essex"), "ORG");
  EXPECT_EQ(TypeOf(a, "Derbyshire"), "ORG");
  EXPECT_EQ(TypeOf(a, "Worcestershire"), "ORG");
  EXPECT_EQ(TypeOf(a, "N. Hussain"), "PERSON");
  EXPECT_EQ(TypeOf(a, "R. Irani"), "PERSON");
}

TEST(EntitiesWire, EntrantsBeforeTheirCountryInBrackets) {
  Article a = Analyze(
      "Results of first round matches at the U.S. Open tennis championships ( prefix number denotes seeding ) "
      ": Magnus Larsson ( Sweden ) beat Jim Grabb ( U.S. ) 6-4 3-6 6-1 6-2 Anne-Gaelle Sidot ( France ) "
      "beat Kimberly Po ( U.S. ) 6-2 7-5");
  for (const char* who : {"Magnus Larsson", "Jim Grabb", "Anne-Gaelle Sidot", "Kimberly Po"})
    EXPECT_EQ(TypeOf(a, who), "PERSON") << who;
  EXPECT_EQ(TypeOf(a, "Sweden"), "PLACE");
}

TEST(EntitiesWire, CompanyNamesWithAndAmpersandAndSuffix) {
  Article a = Analyze(
      "Procter & Gamble Co said it would buy Ashdown Paper Ltd of Manchester . Shares in Toyota Motor Corp "
      "and Sony Corp fell , while Nippon Telegraph and Telephone Corp rose . Romania and Hungary agreed .");
  EXPECT_EQ(TypeOf(a, "Procter & Gamble Co"), "ORG");
  EXPECT_EQ(TypeOf(a, "Ashdown Paper Ltd"), "ORG");
  EXPECT_EQ(TypeOf(a, "Manchester"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Toyota Motor Corp"), "ORG");
  EXPECT_EQ(TypeOf(a, "Sony Corp"), "ORG");
  EXPECT_EQ(TypeOf(a, "Nippon Telegraph and Telephone Corp"), "ORG");
  EXPECT_EQ(TypeOf(a, "Romania"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Hungary"), "PLACE");
}

TEST(EntitiesWire, TitlesStayOutOfNames) {
  Article a = Analyze(
      "Police spokesman Captain Sipho Ndlovu said the men were caught . Detective Sergeant Gary Whelan said "
      "the man , from Parramatta , would appear in court . They flew to New York and New Zealand .");
  EXPECT_EQ(TypeOf(a, "Sipho Ndlovu"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Gary Whelan"), "PERSON");
  EXPECT_EQ(TypeOf(a, "New York"), "PLACE");
  EXPECT_EQ(TypeOf(a, "New Zealand"), "PLACE");
  Article b = Analyze("He met Mrs Thatcher on Monday , and Mr Major agreed .");
  EXPECT_EQ(TypeOf(b, "Thatcher"), "PERSON");  // not the town in Arizona
  EXPECT_EQ(TypeOf(b, "Major"), "PERSON");
}

TEST(EntitiesWire, ScorersInBracketsAndPlayersInResultLists) {
  Article a = Analyze(
      "Summaries of Dutch first division soccer matches played on Sunday : Ajax Amsterdam 2 ( Kluivert 12 , "
      "Litmanen 70 ) NAC Breda 0 . Leading scores in the golf championship : 64 Colin Harwood 65 Davor Suker ,"
      " Paul Broadhurst");
  EXPECT_EQ(TypeOf(a, "Ajax Amsterdam"), "ORG");
  EXPECT_EQ(TypeOf(a, "Kluivert"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Litmanen"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Colin Harwood"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Davor Suker"), "PERSON");
}

TEST(EntitiesWire, NamesTheDictionariesDoNotKnow) {
  Article a = Analyze(
      "Separatist leader Zelimkhan Yandarbiyev met rebels in the village of Novye Atagi . He said Dore Gold "
      "had met Saeb Erekat in Tel Aviv , and Lee Teng-hui spoke in Taipei . Health Minister Mark Holland "
      "agreed . Shares of Tata Motors rose . The U.S. Open and the German Open start soon .");
  EXPECT_EQ(TypeOf(a, "Novye Atagi"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Dore Gold"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Lee Teng-hui"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Mark Holland"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Tata Motors"), "ORG");
  EXPECT_EQ(TypeOf(a, "U.S. Open"), "MISC");
  EXPECT_EQ(TypeOf(a, "German Open"), "MISC");
  EXPECT_EQ(Find(a, "U.S."), nullptr);
}

TEST(EntitiesWire, CompaniesBesideAcronymsAndPeople) {
  Article a = Analyze(
      "British Airways Plc and AMR Corp 's American Airlines are in talks , said Alan Ackerman of Fahnestock "
      "and Co , and the Organisation for Security and Cooperation in Europe agreed .");
  EXPECT_EQ(TypeOf(a, "British Airways Plc"), "ORG");
  EXPECT_EQ(TypeOf(a, "AMR Corp"), "ORG");  // "Amr" is a given name, "AMR" is not
  EXPECT_EQ(TypeOf(a, "Alan Ackerman"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Fahnestock and Co"), "ORG");
  EXPECT_EQ(TypeOf(a, "Organisation for Security and Cooperation in Europe"), "ORG");
}

TEST(EntitiesWire, HeadlineOrganisationsEventsAndParties) {
  Article a = Analyze(
      "BANK OF JAPAN KEEPS RATES ON HOLD . TOKYO 1996-08-30 The Bank of Japan left its rate unchanged . "
      "Alex Zuelle won a stage of the Tour of Spain . The opposition Social Democrats said they would "
      "block the plan . Rebels attacked a town in eastern Zaire .");
  EXPECT_EQ(TypeOf(a, "BANK OF JAPAN"), "ORG");
  EXPECT_EQ(Find(a, "JAPAN"), nullptr);
  EXPECT_EQ(TypeOf(a, "Tour of Spain"), "MISC");
  EXPECT_EQ(Find(a, "Spain"), nullptr);
  EXPECT_NE(TypeOf(a, "Social Democrats"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Zaire"), "PLACE");
}

TEST(EntitiesWire, CricketScorecard) {
  Article a = Analyze(
      "England first innings in the third test cricket match : M. Atherton c Wasim b Waqar 31 , "
      "A. Stewart lbw b Mushtaq 44 , N. Hussain st Rashid b Mushtaq 12 .");
  for (const char* who : {"Wasim", "Waqar", "Mushtaq", "Rashid", "M. Atherton", "A. Stewart"})
    EXPECT_EQ(TypeOf(a, who), "PERSON") << who;
  EXPECT_EQ(TypeOf(a, "England"), "PLACE");
}

TEST(EntitiesWire, DatelinePlacesAndHeadlineWords) {
  Article a = Analyze(
      "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT . Nadim Ladki AL-AIN , United Arab Emirates "
      "1996-12-06 Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria . China "
      "crashed to a surprise 2-0 defeat .");
  EXPECT_EQ(TypeOf(a, "JAPAN"), "PLACE");
  EXPECT_EQ(TypeOf(a, "CHINA"), "PLACE");
  EXPECT_EQ(Find(a, "SURPRISE"), nullptr);  // a town in Arizona, and a word the story uses
  EXPECT_EQ(TypeOf(a, "Nadim Ladki"), "PERSON");
  EXPECT_EQ(TypeOf(a, "AL-AIN"), "PLACE");
  EXPECT_EQ(TypeOf(a, "United Arab Emirates"), "PLACE");
}

TEST(EntitiesWire, CountiesInCricketProseAreClubs) {
  Article a = Analyze(
      "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP . LONDON 1996-08-30 Leicestershire beat Somerset by an "
      "innings to lead the county championship . Title rivals Essex and Surrey closed in on victory while Kent "
      "batted on . After bowling Somerset out at Grace Road , Leicestershire took the lead in Leicester . "
      "Leicestershire 22 points , Somerset 4 .");
  for (const char* club : {"LEICESTERSHIRE", "Leicestershire", "Somerset", "Essex", "Surrey", "Kent"})
    EXPECT_EQ(TypeOf(a, club), "ORG") << club;
  EXPECT_EQ(TypeOf(a, "LONDON"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Leicester"), "PLACE");
  Article b = Analyze(
      "Results of the soccer league matches : Newcastle 2 Leeds 0 . Derbyshire beat Kent , and Zuelle , riding "
      "for Telekom , won the stage of the cycling tour while Shearer scored twice for Newcastle .");
  EXPECT_EQ(TypeOf(b, "Derbyshire"), "ORG");
  EXPECT_EQ(TypeOf(b, "Telekom"), "ORG");
  EXPECT_EQ(TypeOf(b, "Shearer"), "PERSON");
  EXPECT_EQ(TypeOf(b, "Zuelle"), "PERSON");
}

// Issue 4: one-sentence documents, as event evaluations feed them.
TEST(Entities, OfficeHoldersKnownByTheNameUsedAlone) {
  Article a = Analyze("Putin said Russia would respond to the sanctions.");
  EXPECT_ENTITY(a, "Putin", "PERSON", "Vladimir Putin", "President", "RUS", "RUSGOV");
  Article b = Analyze("Erdogan met Macron in Paris on Monday.");
  EXPECT_ENTITY(b, "Erdogan", "PERSON", "Recep Tayyip Erdogan", "President", "TUR", "TURGOV");
  EXPECT_ENTITY(b, "Macron", "PERSON", "Emmanuel Macron", "President", "FRA", "FRAGOV");
  Article c = Analyze("Xi warned Washington against interfering in Taiwan.", std::nullopt);
  EXPECT_ENTITY(c, "Xi", "PERSON", "Xi Jinping", "President", "CHN", "CHNGOV");
  Article d = Analyze("Von der Leyen met Starmer, and Zelensky thanked Lavrov's critics.");
  EXPECT_ENTITY(d, "Von der Leyen", "PERSON", "Ursula von der Leyen", "President of the European Commission", "<null>",
                "IGOEEC");
  EXPECT_ENTITY(d, "Starmer", "PERSON", "Keir Starmer", "Prime Minister", "GBR", "GBRGOV");
  EXPECT_ENTITY(d, "Zelensky", "PERSON", "Volodymyr Zelenskyy", "President", "UKR", "UKRGOV");
  EXPECT_ENTITY(d, "Lavrov", "PERSON", "Sergei Lavrov", "Foreign Minister", "RUS", "RUSGOV");
  EXPECT_EQ(Find(d, "Leyen"), nullptr);
  Article e = Analyze("Lula and al-Sisi signed a deal. Crown Prince bin Salman hosted them.");
  EXPECT_ENTITY(e, "Lula", "PERSON", "Luiz Inacio Lula da Silva", "President", "BRA", "BRAGOV");
  EXPECT_ENTITY(e, "al-Sisi", "PERSON", "Abdel Fattah al-Sisi", "President", "EGY", "EGYGOV");
  EXPECT_ENTITY(e, "bin Salman", "PERSON", "Mohammed bin Salman", "Crown Prince", "SAU", "SAUGOV");
}

TEST(Entities, NameUsedAloneIsTheHolderOnTheDate) {
  Article a = Analyze("Johnson said the vote would wait.", "2020-05-01");
  EXPECT_ENTITY(a, "Johnson", "PERSON", "Boris Johnson", "Prime Minister", "GBR", "GBRGOV");
  Article b = Analyze("Johnson said the vote would wait.", "2025-05-01");
  EXPECT_ENTITY(b, "Johnson", "PERSON", "Mike Johnson", "Speaker of the House", "USA", "USALEG");
  Article c = Analyze("Biden criticised the decision.", "2022-03-01");
  EXPECT_ENTITY(c, "Biden", "PERSON", "Joe Biden", "President", "USA", "USAGOV");
  // Out of office on the date (or today, with no date): the person, of his country, with no office.
  Article d = Analyze("Biden criticised the decision.", std::nullopt);
  EXPECT_ENTITY(d, "Biden", "PERSON", "Joe Biden", "<null>", "USA", "<null>");
  Article e = Analyze("Trump said the tariffs would stay.", std::nullopt);
  EXPECT_ENTITY(e, "Trump", "PERSON", "Donald Trump", "President", "USA", "USAGOV");
}

TEST(Entities, TheTextWinsOverTheNameUsedAlone) {
  Article a = Analyze("Eric Trump said Trump would run again.");
  EXPECT_ENTITY(a, "Trump", "PERSON", "Eric Trump", "<null>", "<null>", "<null>");
  Article b = Analyze("Senator Johnson said the vote would wait.", "2025-05-01");
  EXPECT_EQ(Find(b, "Johnson")->canonical, "Johnson");
  EXPECT_EQ(Opt(Find(b, "Johnson")->role), "Senator");
  Article c = Analyze("Sanchez scored twice as Real Madrid beat Getafe 3-0 in the league.");
  EXPECT_TRUE(!Find(c, "Sanchez") || Find(c, "Sanchez")->canonical == "Sanchez");
  Article d = Analyze("Protesters gathered outside Trump Tower. Prime Minister Modi said the talks would go on.");
  EXPECT_EQ(Find(d, "Trump"), nullptr);
  EXPECT_ENTITY(d, "Modi", "PERSON", "Narendra Modi", "Prime Minister", "IND", "INDGOV");
}

TEST(Entities, CapitalActsAsSubjectOrObjectNotAsALocation) {
  auto actor = [](const char* text, const char* place) { return Opt(Find(Analyze(text), place)->actor); };
  EXPECT_EQ(actor("Xi warned Washington against interfering in Taiwan.", "Washington"), "USAGOV");
  EXPECT_EQ(actor("Beijing has repeatedly said it would retaliate.", "Beijing"), "CHNGOV");
  EXPECT_EQ(actor("Modi welcomed the trade agreement with Tokyo.", "Tokyo"), "JPNGOV");
  Article a = Analyze("Talks between Moscow and Kyiv resumed in Istanbul.");
  EXPECT_EQ(Opt(Find(a, "Moscow")->actor), "RUSGOV");
  EXPECT_EQ(Opt(Find(a, "Kyiv")->actor), "UKRGOV");
  EXPECT_EQ(Opt(Find(a, "Istanbul")->actor), "<null>");
  Article b = Analyze("Sanctions against Moscow were tightened after Washington and London agreed.");
  for (const char* capital : {"Moscow", "Washington", "London"}) EXPECT_NE(Opt(Find(b, capital)->actor), "<null>");
  EXPECT_EQ(actor("The delegation flew to Moscow on Tuesday.", "Moscow"), "<null>");
  EXPECT_EQ(actor("Officials in Paris, Texas, said the storm had passed.", "Paris"), "<null>");
  EXPECT_EQ(actor("Russian forces shelled Kyiv overnight.", "Kyiv"), "<null>");
  EXPECT_EQ(actor("Envoys met in Moscow and Kyiv said nothing.", "Moscow"), "<null>");
  // data/capital_actors.tsv: Brussels acts for the EU; Jerusalem never acts.
  Article c = Analyze("Brussels imposed new tariffs on Chinese steel.");
  EXPECT_ENTITY(c, "Brussels", "PLACE", "Brussels", "<null>", "BEL", "IGOEEC");
  EXPECT_EQ(actor("Jerusalem said the report was false.", "Jerusalem"), "<null>");
}

// A listed name with a capitalised function word inside is found whole,
// even opening a sentence; the other spelling gives the same organisation.
TEST(Entities, ListedNamesAcrossFunctionWords) {
  Article a = Analyze("Doctors Without Borders set up a clinic in Goma.");
  EXPECT_ENTITY(a, "Doctors Without Borders", "ORG", "Doctors Without Borders", "<null>", "<null>", "NGOHLH");
  Article b = Analyze("Medecins Sans Frontieres opened a clinic.");
  EXPECT_ENTITY(b, "Medecins Sans Frontieres", "ORG", "Doctors Without Borders", "<null>", "<null>", "NGOHLH");
  Article c = Analyze("Leaders of the Southern African Development Community met in Harare.");
  EXPECT_ENTITY(c, "Southern African Development Community", "ORG", "Southern African Development Community",
                "<null>", "<null>", "IGOSAD");
}

// Two passes of geocoding: towns named elsewhere in the article pull an
// ambiguous name towards them; a capital keeps its country's own vote.
TEST(Entities, TownsElsewhereInTheArticleResolveAmbiguousNames) {
  Article a = Analyze("Health officials in Atlanta reported new cases. In Georgia, clinics extended their hours.");
  const Entity* georgia = Find(a, "Georgia");
  ASSERT_NE(georgia, nullptr);
  EXPECT_EQ(Opt(georgia->country), "USA");
  Article b = Analyze("Sanctions against Moscow were tightened after Washington and London agreed.");
  EXPECT_EQ(Opt(Find(b, "Washington")->country), "USA");
  Article c = Analyze("Troops were deployed in Tbilisi. Georgia said the border was calm.");
  EXPECT_EQ(Opt(Find(c, "Georgia")->country), "GEO");
  // A town's first reading does not vote for itself: "Paris" among Texan towns is not France's.
  Article d = Analyze("Most cases were in Texas, where inspectors traced the meat to a plant in Paris, north-east of "
                      "Dallas. Patients in Texarkana and Tyler were also treated.");
  EXPECT_EQ(Opt(Find(d, "Paris")->country), "USA");
  // A subdivision the article names pulls its towns: Springfield, Missouri, not Illinois's capital.
  Article e = Analyze("Mumps spread across Missouri this spring. Clinics in Springfield reported new "
                      "cases on Friday.");
  EXPECT_NEAR(*Find(e, "Springfield")->lon, -93.3, 0.2);
}

// A place whose name holds a country's or a demonym is one place, with
// coordinates, not loose words and the country; an organisation word after it makes one body.
TEST(Entities, PlaceNamesHoldingACountrysName) {
  Article a = Analyze("Cases rose in New South Wales and in Port Sudan, officials in New Mexico said.");
  for (const char* name : {"New South Wales", "Port Sudan", "New Mexico"}) {
    const Entity* e = Find(a, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, "PLACE") << name;
    EXPECT_TRUE(e->lat.has_value()) << name;
  }
  EXPECT_EQ(Opt(Find(a, "New Mexico")->country), "USA");
  Article d = Analyze("Cholera spread in the camps of Cox's Bazar.");
  EXPECT_EQ(Opt(Find(d, "Cox's Bazar") ? Find(d, "Cox's Bazar")->country : std::nullopt), "BGD");
  Article c = Analyze("Flooding hit British Columbia, and a clinic opened in Benin City.");
  EXPECT_EQ(Opt(Find(c, "British Columbia")->country), "CAN");
  EXPECT_EQ(Opt(Find(c, "Benin City")->country), "NGA");
  Article b = Analyze("New South Wales Police said a man was charged.");
  const Entity* police = Find(b, "New South Wales Police");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->type, "ORG");
}

// "Neighbouring" or "Nearby" opening a sentence is no part of the place after it.
TEST(Entities, NeighbouringOpeningASentenceIsNoName) {
  Article a = Analyze("Cases rose in Georgia. Neighbouring Alabama and Tennessee said they were ready.");
  const Entity* alabama = Find(a, "Alabama");
  ASSERT_NE(alabama, nullptr);
  EXPECT_EQ(alabama->type, "PLACE");
  EXPECT_EQ(Opt(alabama->country), "USA");
  Article b = Analyze("Nearby Goa reported cases.");
  ASSERT_NE(Find(b, "Goa"), nullptr);
}

// A county the gazetteer lacks lies at a town of its name near the state
// named before it, else at that state's point; a traveller's origin elsewhere
// does not move it.
TEST(Entities, UnknownCountiesLieNearTheirState) {
  Article a = Analyze("Massachusetts officials said a man from Plymouth County fell ill.");
  const Entity* plymouth = Find(a, "Plymouth County");
  ASSERT_NE(plymouth, nullptr);
  ASSERT_TRUE(plymouth->lat.has_value());
  EXPECT_EQ(Opt(plymouth->country), "USA");
  EXPECT_NEAR(*plymouth->lat, 41.96, 0.5);
  EXPECT_NEAR(*plymouth->lon, -70.67, 0.5);
  Article b = Analyze("Cases were found in Iowa and Colorado, where workers at farms in Weld County were infected.");
  const Entity* weld = Find(b, "Weld County");
  ASSERT_NE(weld, nullptr);
  ASSERT_TRUE(weld->lat.has_value());
  EXPECT_NEAR(*weld->lat, 39.0, 2.0);
  EXPECT_NEAR(*weld->lon, -105.5, 2.0);
  Article c = Analyze("A man was treated in Everett, near Seattle. He had come from Wuhan. Officials in Snohomish County traced his contacts.");
  const Entity* snohomish = Find(c, "Snohomish County");
  ASSERT_NE(snohomish, nullptr);
  EXPECT_EQ(Opt(snohomish->country), "USA");
}

// The countries a sentence names come first for the places in it: "Ontario"
// beside "Canada" in a Texan story is the province, not California's city.
TEST(Entities, SentenceCountriesComeFirst) {
  Article a = Analyze("LUBBOCK, Texas (AP) - Cases rose in Lubbock and Dallas. Mexico and Canada, where Ontario has "
                      "recorded hundreds of cases, are at risk.");
  const Entity* ontario = Find(a, "Ontario");
  ASSERT_NE(ontario, nullptr);
  EXPECT_EQ(Opt(ontario->country), "CAN");
}

// "Everett, Washington": a state's name after a town of that state and a
// comma is the state, not the capital.
TEST(Entities, StateAfterItsTown) {
  Article a = Analyze("A man was treated in Everett, Washington, north of Seattle.");
  const Entity* wa = Find(a, "Washington");
  ASSERT_NE(wa, nullptr);
  ASSERT_TRUE(wa->lat.has_value());
  EXPECT_GT(*wa->lat, 45.0);
  EXPECT_EQ(wa->actor, std::nullopt);
}

// A town's name the gazetteer has several of is resolved again with the
// other towns of the article: "Florida" after "Miami" is the state, though
// the story names Colombia, which has a Florida too.
TEST(Entities, AmbiguousTownsResolvedWithTheOtherTowns) {
  Article a = Analyze("RIO DE JANEIRO - The virus spread from Brazil to Colombia and Peru. Local cases were found in "
                      "Miami and Orlando. Florida officials said they were monitoring travellers.");
  const Entity* florida = Find(a, "Florida");
  ASSERT_NE(florida, nullptr);
  EXPECT_EQ(Opt(florida->country), "USA");
}

TEST(Entities, BadInput) {
  EXPECT_TRUE(Analyze("").entities.empty());
  std::string caps;
  for (int i = 0; i < 10000; ++i) caps += (i % 3 ? "Alpha " : "Russia ");
  auto t0 = std::chrono::steady_clock::now();
  Article a = Analyze(caps);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(5));
  for (const Entity& e : a.entities) EXPECT_LE(e.end, a.text.size());
  Article b = Analyze("He said “this is never closed. And “again “and again.\n\nNew paragraph ” here.");
  for (const Quote& q : b.quotes) EXPECT_EQ(b.text.substr(q.start, q.end - q.start), q.text);
  std::string big = "Putin said “" + std::string(100 * 1024, 'x') + "” today.";
  Article c = Analyze(big);
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_GE(c.quotes[0].text.size(), 100u * 1024 - 8);
}

TEST(EntitiesWire, PoliticalPartiesAndUnionsAreOrganisations) {
  Article a = Analyze(
      "Kohl's Christian Social Union allies and the Free Democrats backed the plan , while the IG Metall "
      "union opposed it . In Israel , Labour accused Likud of stalling .");
  for (const char* org : {"Christian Social Union", "Free Democrats", "IG Metall", "Labour", "Likud"})
    EXPECT_EQ(TypeOf(a, org), "ORG") << org;
  EXPECT_EQ(Find(a, "Social Union"), nullptr);
  Article b = Analyze("The Serbian Democratic Party said it would boycott the vote .");
  EXPECT_EQ(TypeOf(b, "Serbian Democratic Party"), "ORG");
}

TEST(EntitiesWire, ResultListsStandingsHeadingsAndBowlingFigures) {
  Article a = Analyze(
      "SOCCER - SCOTTISH DIVISION ONE RESULTS . GLASGOW 1996-08-31 Results of Scottish league matches "
      "played on Saturday : Division one : Airdrie 1 Falkirk 1 Clydebank 0 St Johnstone 2 Dundee 3 "
      "Greenock Morton 1 Partick 2 East Fife 0 Leading scorers : 5 - Ally McCoist ( Rangers ) .");
  for (const char* club : {"St Johnstone", "Greenock Morton", "East Fife"}) EXPECT_EQ(TypeOf(a, club), "ORG") << club;
  EXPECT_EQ(Find(a, "Division"), nullptr);
  EXPECT_EQ(Find(a, "Leading"), nullptr);
  Article b = Analyze(
      "CRICKET - ENGLAND V PAKISTAN SCOREBOARD . LONDON 1996-08-23 Pakistan first innings : Saeed Anwar "
      "c Stewart b Cork 58 , Ijaz Ahmed not out 41 Fall of wickets : 1-46 2-109 To bat : Salim Malik , "
      "Aqib Javed Bowling ( to date ) : Lewis 9-2-31-0 , Mullally 10-3-28-1 , Cork 8-1-35-1");
  for (const char* bowler : {"Lewis", "Mullally", "Aqib Javed"}) EXPECT_EQ(TypeOf(b, bowler), "PERSON") << bowler;
  EXPECT_EQ(Find(b, "Fall"), nullptr);
  EXPECT_EQ(Find(b, "Bowling"), nullptr);
  EXPECT_EQ(Find(b, "Aqib Javed Bowling"), nullptr);
}

TEST(EntitiesWire, LineUpsWithRomanianAndMoldovanGivenNames) {
  Article a = Analyze(
      "Teams : Moldova - Vasile Coselev ; Ion Testemitanu , Serghei Stroenco ; Alexandru Curteian , "
      "Sergiu Secu ; Serghei Rebeja");
  for (const char* who : {"Vasile Coselev", "Serghei Stroenco", "Alexandru Curteian", "Sergiu Secu", "Serghei Rebeja"})
    EXPECT_EQ(TypeOf(a, who), "PERSON") << who;
}

TEST(EntitiesWire, KnownNamesWithPossessivesAndInnerAnd) {
  Article a = Analyze(
      "The People 's Daily said units of the People's Liberation Army in Hunan were helping . The "
      "International Federation of Red Cross and Red Crescent Societies appealed for aid . Clyde 1 "
      "Queen of the South 3");
  for (const char* org : {"People 's Daily", "People's Liberation Army",
                          "International Federation of Red Cross and Red Crescent Societies", "Queen of the South"})
    EXPECT_EQ(TypeOf(a, org), "ORG") << org;
  EXPECT_EQ(Find(a, "Daily"), nullptr);
  EXPECT_EQ(Find(a, "Red Crescent Societies"), nullptr);
}

TEST(EntitiesWire, VenuesAndOpeningTradeNouns) {
  Article a = Analyze(
      "Scoreboard on the second day of the final test between England and Pakistan at The Oval on Friday . "
      "Results of first round matches at the U.S. Open tennis championships at Flushing Meadows on Wednesday .");
  EXPECT_EQ(TypeOf(a, "The Oval"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Flushing Meadows"), "PLACE");
  Article b = Analyze("Insurer Commercial Union rose 5p to 611p after its results .");
  EXPECT_EQ(TypeOf(b, "Commercial Union"), "ORG");
  EXPECT_EQ(Find(b, "Insurer Commercial Union"), nullptr);
  Article c = Analyze("Group of Seven finance ministers met in Lyon on Friday .");
  EXPECT_EQ(Find(c, "Seven"), nullptr);
}

TEST(EntitiesWire, PlaceAndCartelAreOneOrganisation) {
  Article a = Analyze("Police said the suspects worked for the Cali cartel , which ships cocaine to Europe .");
  EXPECT_EQ(TypeOf(a, "Cali cartel"), "ORG");
  EXPECT_EQ(Find(a, "Cali"), nullptr);
  EXPECT_EQ(TypeOf(a, "Europe"), "PLACE");
}

TEST(EntitiesWire, CompaniesAndCentralBanksOfWireCopy) {
  Article a = Analyze(
      "Analysts at Kleinwort Benson said NatWest and British Telecom fell , while Cable and Wireless rose 4p . "
      "The Bundesbank left rates unchanged .");
  for (const char* org : {"Kleinwort Benson", "NatWest", "British Telecom", "Cable and Wireless", "Bundesbank"})
    EXPECT_EQ(TypeOf(a, org), "ORG") << org;
  EXPECT_EQ(Find(a, "Wireless"), nullptr);
}

TEST(EntitiesWire, UnknownNamesAmongPersonsInAListArePersons) {
  // A title-case line: its capitals alone say nothing, the known persons around do.
  Article a = Analyze(
      "Teams :\nMoldova - Vasile Coselev ; Ion Testemitanu , Igor Oprea , Zbrog Wulitz , Ion Fistican ; "
      "Dorel Pashku , Vlakh Tirrim , Yarno Ostek\n");
  for (const char* who : {"Zbrog Wulitz", "Vlakh Tirrim", "Yarno Ostek"}) EXPECT_EQ(TypeOf(a, who), "PERSON") << who;
  Article b = Analyze("Teams :\nGroup A - Zbrog Wulitz , Vlakh Tirrim , Yarno Ostek\n");
  EXPECT_NE(TypeOf(b, "Vlakh Tirrim"), "PERSON");
}

TEST(EntitiesWire, PriceMovesMakeCompaniesAndQualifiedPluralsParties) {
  Article a = Analyze(
      "In London , Pemberton Holt rose 4p to 120p and Braxton Fell shares fell 3 pence . In Dublin the "
      "Progressive Democrats said they would quit , but the Democrats said nothing .");
  for (const char* org : {"Pemberton Holt", "Braxton Fell", "Progressive Democrats"})
    EXPECT_EQ(TypeOf(a, org), "ORG") << org;
  EXPECT_EQ(TypeOf(a, "London"), "PLACE");
  EXPECT_NE(TypeOf(a, "Democrats"), "ORG");
  Article b = Analyze("Analysts said Mark Jones rose to the top of the list .");
  EXPECT_EQ(TypeOf(b, "Mark Jones"), "PERSON");
}

TEST(EntitiesWire, LeagueTableRowsAreClubs) {
  Article a = Analyze(
      "SOCCER - SCOTTISH LEAGUE STANDINGS . GLASGOW 1996-08-31 Standings ( tabulate under played , won , "
      "drawn , lost , goals for , against , points ) : St Johnstone 4 3 1 0 10 2 10 Greenock Morton 4 2 1 1 "
      "6 5 7 Airdrie 4 1 2 1 7 7 5 . Leading second round scores : 134 Phil Mickelson 67 67 136 Billy Mayfair 69 67");
  for (const char* club : {"St Johnstone", "Greenock Morton", "Airdrie"}) EXPECT_EQ(TypeOf(a, club), "ORG") << club;
  for (const char* who : {"Phil Mickelson", "Billy Mayfair"}) EXPECT_EQ(TypeOf(a, who), "PERSON") << who;
}

TEST(EntitiesWire, SportsGroundsArePlaces) {
  Article a = Analyze(
      "TENNIS - U.S. OPEN RESULTS . NEW YORK 1996-08-28 Steffi Graf won the opening match of the tennis "
      "tournament on the Stadium Court , and Celtic play their next league match at Celtic Park .");
  EXPECT_EQ(TypeOf(a, "Stadium Court"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Celtic Park"), "PLACE");
  Article b = Analyze("He led the World Series of Golf at the 7,149-yard Firestone Country Club course .");
  EXPECT_EQ(TypeOf(b, "Firestone Country Club"), "PLACE");
  Article c = Analyze("The ruling of the Supreme Court angered the government .");
  EXPECT_EQ(TypeOf(c, "Supreme Court"), "ORG");
}

TEST(EntitiesWire, FirmBeforeItsAnalyst) {
  Article a = Analyze("Oil prices rose on Monday , said a Pemberton Holt analyst in London .");
  EXPECT_EQ(TypeOf(a, "Pemberton Holt"), "ORG");
  EXPECT_EQ(TypeOf(a, "London"), "PLACE");
}

TEST(EntitiesWire, IndicesAndLeaguesAreNoOrganisations) {
  Article a = Analyze(
      "In Tokyo the Nikkei average fell , Hong Kong 's Hang Seng index rose and the Dow Jones industrial "
      "average closed higher . In baseball the American League leaders lost , said Reuters .");
  for (const char* misc : {"Nikkei", "Hang Seng", "Dow Jones", "American League"})
    EXPECT_EQ(TypeOf(a, misc), "MISC") << misc;
  EXPECT_EQ(TypeOf(a, "Reuters"), "ORG");
  EXPECT_EQ(TypeOf(a, "Tokyo"), "PLACE");
}

TEST(EntitiesWire, TeamsAfterEntrantsCountryInResults) {
  Article a = Analyze(
      "MOTOR RACING - HILL ON POLE . MONZA , Italy 1996-09-07 Briton Damon Hill took pole for the race , "
      "edging out Jacques Villeneuve in qualifying . \" The car was perfect , \" Hill told reporters after the "
      "last lap . Leading qualifying positions : 1. Damon Hill ( Britain ) Williams 1:24.204 2. Jean Alesi "
      "( France ) Benetton 1:25.094 3. Rubens Barrichello ( Brazil ) Jordan 1:26.217");
  for (const char* team : {"Williams", "Benetton", "Jordan"}) EXPECT_EQ(TypeOf(a, team), "ORG") << team;
  EXPECT_EQ(TypeOf(a, "Brazil"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Rubens Barrichello"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Hill"), "PERSON");  // "Hill told reporters"
}

TEST(EntitiesWire, StandingsHeadingsAreNoNames) {
  Article a = Analyze(
      "BASEBALL - MAJOR LEAGUE STANDINGS AFTER TUESDAY 'S GAMES .\nNEW YORK 1996-08-28\nMajor League Baseball "
      "standings after games played on Tuesday ( tabulate under won , lost , winning percentage and games "
      "behind ) :\nAMERICAN LEAGUE\nEASTERN DIVISION\nW L PCT GB\nNEW YORK 74 56 .569 -\nBALTIMORE 68 62 .523 6\n"
      "CENTRAL DIVISION\nCLEVELAND 79 52 .603 -\nCHICAGO 71 61 .538 8\n");
  for (const char* team : {"BALTIMORE", "CLEVELAND"}) EXPECT_EQ(TypeOf(a, team), "ORG") << team;
  EXPECT_EQ(TypeOf(a, "NEW YORK", 1), "ORG");
  for (const char* no : {"EASTERN", "CENTRAL"}) EXPECT_EQ(TypeOf(a, no), "MISC") << no;
  for (const auto& e : a.entities) {
    EXPECT_NE(e.text, "S");
    EXPECT_EQ(e.text.find("W L"), std::string::npos) << e.text;
    EXPECT_EQ(e.text.find("PCT"), std::string::npos) << e.text;
  }
}

TEST(EntitiesWire, CompaniesWordsAfterKnownAndStemNames) {
  Article a = Analyze(
      "Hong Kong 's Hang Seng index fell , with HSBC Holdings losing ground , and property stocks such as "
      "City Developments rose .\n\nNorwegian packaging group Nordhaven ASA said profit rose .\n\nThe packaging "
      "unit , Nordhaven Emballasje , lifted profit by 11 percent .");
  for (const char* org : {"HSBC Holdings", "City Developments", "Nordhaven ASA", "Nordhaven Emballasje"})
    EXPECT_EQ(TypeOf(a, org), "ORG") << org;
}

// "U.S. envoy": a country's abbreviation before a common noun stays a place
// that acts (CoNLL-2003 marks it LOC), unlike the demonym "American".
TEST(EntitiesWire, CountryCodeBeforeACommonNounStaysAPlace) {
  Article a = Analyze("A U.S. envoy said the UK market and the U.S. and Canada would gain . U.S. President Bill Clinton agreed .");
  const Entity* envoy = Find(a, "U.S.");
  ASSERT_NE(envoy, nullptr);
  EXPECT_EQ(envoy->type, "PLACE");
  EXPECT_EQ(Opt(envoy->country), "USA");
  EXPECT_EQ(Opt(envoy->actor), "USA");
  EXPECT_EQ(TypeOf(a, "UK"), "PLACE");
  EXPECT_EQ(TypeOf(a, "U.S.", 1), "PLACE");  // before "and"
  EXPECT_EQ(TypeOf(a, "U.S.", 2), "PLACE");  // before a name
  EXPECT_EQ(TypeOf(a, "Canada"), "PLACE");
  EXPECT_EQ(TypeOf(Analyze("An American envoy said so ."), "American"), "NORP");
}

TEST(EntitiesWire, LaterNamesOfPersonsAndProductModels) {
  Article a = Analyze(
      "Officers detained Hernan Restrepo Villa , 47 , near Pereira . Police said Restrepo is accused . "
      "In February , a Boeing 737 crashed on approach to Tarapoto airport , and Boeing said it would help .");
  EXPECT_EQ(TypeOf(a, "Restrepo", 0), "PERSON");
  EXPECT_EQ(TypeOf(a, "Boeing"), "MISC");
  EXPECT_EQ(TypeOf(a, "Boeing", 1), "ORG");
  EXPECT_EQ(TypeOf(a, "Tarapoto"), "PLACE");
}

TEST(EntitiesWire, DemonymOpensAKnownOrganisation) {
  Article a = Analyze("The South African Press Association reported the deal , and the U.S. Congress and the Security Council met .");
  const Entity* sapa = Find(a, "South African Press Association");
  ASSERT_NE(sapa, nullptr);
  EXPECT_EQ(sapa->type, "ORG");
  EXPECT_EQ(Opt(sapa->country), "ZAF");
  EXPECT_EQ(Opt(sapa->actor), "ZAFMED");
  EXPECT_EQ(TypeOf(a, "South African"), "<none>");
  EXPECT_EQ(TypeOf(a, "Security Council"), "ORG");
}

TEST(EntitiesWire, TwoWordBrandsAreNoPersons) {
  Article a = Analyze(
      "Virgin Atlantic said it would add flights . In Hong Kong , HSBC Holdings and Hutchison Whampoa both "
      "lost ground . Dore Gold said nothing .");
  EXPECT_EQ(TypeOf(a, "Virgin Atlantic"), "ORG");
  EXPECT_EQ(TypeOf(a, "Hutchison Whampoa"), "ORG");
  EXPECT_EQ(TypeOf(a, "Dore Gold"), "PERSON");
}

TEST(EntitiesWire, NamesBeforeIndexAreTheIndex) {
  Article a = Analyze(
      "Singapore 's Straits Times Industrials index gained 4.80 points , and the Tokyo index fell , said "
      "the Straits Times newspaper .");
  EXPECT_EQ(TypeOf(a, "Straits Times"), "MISC");
  EXPECT_EQ(TypeOf(a, "Tokyo"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Singapore"), "PLACE");
}

TEST(EntitiesWire, CommonwealthAndItalianParties) {
  Article a = Analyze(
      "The Commonwealth said it was ready . Athletes at the Commonwealth Games won . Prodi needs the votes of "
      "Communist Refoundation .");
  EXPECT_EQ(TypeOf(a, "Commonwealth"), "ORG");
  EXPECT_EQ(TypeOf(a, "Commonwealth Games"), "MISC");
  EXPECT_EQ(TypeOf(a, "Communist Refoundation"), "ORG");
}

TEST(EntitiesWire, GuessedPersonsInOrgsPapersAndCompanies) {
  Article a = Analyze(
      "The Organisation of the Islamic Conference met , and the Commission on Elections said results were due . "
      "The Ministry for Foreign Trade agreed . Dutchman Jeroen Blijlevens won ahead of Briton Chris Boardman , and "
      "Erik Zabel of Telekom was third . The Philippine Daily Inquirer and the Evening Standard reported it . "
      "Shares in Kalgoorlie Nickel rose while Western Mining fell and Goldfields West was steady .");
  EXPECT_EQ(TypeOf(a, "Organisation of the Islamic Conference"), "ORG");
  EXPECT_EQ(TypeOf(a, "Islamic Conference"), "<none>");
  EXPECT_EQ(TypeOf(a, "Commission on Elections"), "ORG");
  EXPECT_EQ(TypeOf(a, "Elections"), "<none>");
  EXPECT_EQ(TypeOf(a, "Ministry for Foreign Trade"), "ORG");
  EXPECT_EQ(TypeOf(a, "Jeroen Blijlevens"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Dutchman Jeroen Blijlevens"), "<none>");
  EXPECT_EQ(TypeOf(a, "Chris Boardman"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Erik Zabel"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Telekom"), "ORG");
  EXPECT_EQ(TypeOf(a, "Philippine Daily Inquirer"), "ORG");
  EXPECT_EQ(TypeOf(a, "Evening Standard"), "ORG");
  EXPECT_EQ(TypeOf(a, "Kalgoorlie Nickel"), "ORG");
  EXPECT_EQ(TypeOf(a, "Western Mining"), "ORG");
  EXPECT_EQ(TypeOf(a, "Goldfields West"), "ORG");
}

TEST(EntitiesWire, TableHeadingWordsAreNoPersons) {
  Article a = Analyze(
      "Cycling - Tour stage results . Results of the 12th stage of the race , the soccer league standings and "
      "the innings . Overall Leader Jeroen Blijlevens won , as Final Standings and Points Classification show .");
  EXPECT_EQ(TypeOf(a, "Final Standings"), "<none>");
  EXPECT_EQ(TypeOf(a, "Points Classification"), "<none>");
  EXPECT_EQ(TypeOf(a, "Jeroen Blijlevens"), "PERSON");
}

TEST(EntitiesWire, CourtesyTitlesAndNewsroomSignOffs) {
  Article a = Analyze(
      "Chairman Sir Alan Whitby said sales were flat , and Dame Helen Porlock agreed . -- Madrid Newsroom "
      "+34 91 585 2100 . The Madrid newsroom confirmed it .");
  EXPECT_EQ(TypeOf(a, "Alan Whitby"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Sir Alan Whitby"), "<none>");
  EXPECT_EQ(TypeOf(a, "Helen Porlock"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Madrid Newsroom"), "ORG");
  EXPECT_EQ(TypeOf(a, "Madrid"), "PLACE");
}

TEST(EntitiesWire, GroupAdjectivesPactsAndListedPlaces) {
  Article a = Analyze(
      "Western envoys and Arab ministers met on Monday . Both sides accept the Schengen agreement and the Dayton "
      "peace accord . Floods hit villages around Qaladiza and Ranya , and the provinces of Hunan and Jiangxi . "
      "At talks in Minsk , Zubarev said little .");
  EXPECT_EQ(TypeOf(a, "Western"), "NORP");
  EXPECT_EQ(TypeOf(a, "Arab"), "NORP");
  EXPECT_EQ(TypeOf(a, "Schengen"), "MISC");
  EXPECT_EQ(TypeOf(a, "Dayton"), "MISC");
  EXPECT_EQ(TypeOf(a, "Qaladiza"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Ranya"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Hunan"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Jiangxi"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Minsk"), "PLACE");
  EXPECT_NE(TypeOf(a, "Zubarev"), "PLACE");
}

TEST(EntitiesWire, HeadlineCommonNounsAgesAndNamedThings) {
  Article a = Analyze(
      "PLANT TO CLOSE , WORKERS SAY .\nLEEDS 1996-08-24\nWorkers said the plant would close . The workers were "
      "told on Friday . Zeliha Marjanac , the 70-year-old head of the convent , said she would stay . The "
      "group also owns the Golden Sheaf bakery brand .");
  EXPECT_EQ(TypeOf(a, "WORKERS"), "<none>");
  EXPECT_EQ(TypeOf(a, "Zeliha Marjanac"), "PERSON");
  EXPECT_NE(TypeOf(a, "Golden Sheaf"), "PERSON");
}

TEST(EntitiesWire, ReportedFiguresAreNoCompanies) {
  Article a = Analyze(
      "Halden Foods said profit fell . Turnover rose 3.2 percent to 81 million pounds . Exports fell 4 pct . "
      "Shares in Kelbrook Mills rose 5p .");
  EXPECT_EQ(TypeOf(a, "Turnover"), "<none>");
  EXPECT_EQ(TypeOf(a, "Exports"), "<none>");
  EXPECT_EQ(TypeOf(a, "Kelbrook Mills"), "ORG");
}

TEST(EntitiesWire, CompanyUnitsAfterAKnownCompany) {
  Article a = Analyze(
      "In Tokyo , Toyota Motor fell 10 yen and Mitsubishi Heavy Industries rose , while Sony Chairman "
      "Nobuyuki Idei spoke .");
  EXPECT_EQ(TypeOf(a, "Toyota Motor"), "ORG");
  EXPECT_EQ(TypeOf(a, "Mitsubishi Heavy Industries"), "ORG");
  EXPECT_EQ(TypeOf(a, "Sony"), "ORG");
  EXPECT_EQ(TypeOf(a, "Nobuyuki Idei"), "PERSON");
}

TEST(EntitiesWire, SurnameParticlesDemonymNounsAndCyclingTeams) {
  Article a = Analyze(
      "CYCLING - STAGE RESULTS .\nGHENT 1996-08-22\nBelgian Gerolf Van Daelemans won the stage of the cycling race and leads the championship standings , ahead of Dane Bo "
      "Kjaergaard . Stage results :\n1. Gerolf Van Daelemans ( Belgium ) Lotto 4 hours 41 minutes 22 seconds\n"
      "2. Carlo Benedetti ( Italy ) Brescialat same time");
  EXPECT_EQ(TypeOf(a, "Gerolf Van Daelemans"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Gerolf Van Daelemans", 1), "PERSON");
  EXPECT_EQ(TypeOf(a, "Bo Kjaergaard"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Brescialat"), "ORG");
}

TEST(EntitiesWire, EventsOfTheAndNamesBeforeTeamOrOrder) {
  Article a = Analyze(
      "He won the second stage of the Tour of the Ardennes on Friday , riding for the Kelvara team . Sisters of "
      "her Little Servants of Mercy order prayed . He will lead the Davis Cup team . Rescue teams arrived .");
  EXPECT_EQ(TypeOf(a, "Tour of the Ardennes"), "MISC");
  EXPECT_EQ(TypeOf(a, "Kelvara"), "ORG");
  EXPECT_EQ(TypeOf(a, "Little Servants of Mercy"), "ORG");
  EXPECT_EQ(TypeOf(a, "Davis Cup"), "MISC");
  EXPECT_EQ(TypeOf(a, "Rescue"), "<none>");
  Article b = Analyze("He ran as a candidate of the ruling Bayanihan party in the election .");
  EXPECT_EQ(TypeOf(b, "Bayanihan"), "ORG");
}

TEST(EntitiesWire, ResultsInCapsNoteAndPortVale) {
  Article a = Analyze(
      "SOCCER - ENGLISH LEAGUE RESULTS .\nLONDON 1996-12-07\nResults of English league soccer matches on Saturday "
      "( home team in CAPS ) :\nBarnsley 2 PORT VALE 0\nPort Vale 1 Stoke 1\n");
  EXPECT_EQ(TypeOf(a, "CAPS"), "<none>");
  EXPECT_EQ(TypeOf(a, "Port Vale"), "ORG");
  EXPECT_EQ(TypeOf(a, "Vale"), "<none>");
}

TEST(EntitiesWire, OfficeHoldersOfTheNineties) {
  Article a = Analyze(
      "Yeltsin , who has not been seen for weeks , backed the plan . Kinkel met Chirac in Bonn .", "1996-08-30");
  const Entity* y = Find(a, "Yeltsin");
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(y->type, "PERSON");
  EXPECT_EQ(y->canonical, "Boris Yeltsin");
  EXPECT_EQ(TypeOf(a, "Kinkel"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Chirac"), "PERSON");
}

TEST(EntitiesWire, OrganisationNounBeforeATownsName) {
  Article a = Analyze(
      "He told the daily Pravda that the phone maker Nokia would stay in Detroit , and shares in the mobile "
      "operator Orange rose .");
  EXPECT_EQ(TypeOf(a, "Orange"), "ORG");
  EXPECT_EQ(TypeOf(a, "Pravda"), "ORG");
  EXPECT_EQ(TypeOf(a, "Nokia"), "ORG");
  EXPECT_EQ(TypeOf(a, "Detroit"), "PLACE");
}

TEST(EntitiesWire, OrgsWithAndAndFirmsOfStaff) {
  Article a = Analyze(
      "The Ministry of Posts and Telecommunications said the Bank of England and Barclays agreed . The Bund "
      "future on LIFFE rose , said Karl Weidner , a trader at Bayerische Morgan Kessler in Munich . Analysts at "
      "County NatWest and an economist with Kuroda said rates would stay .");
  EXPECT_EQ(TypeOf(a, "Ministry of Posts and Telecommunications"), "ORG");
  EXPECT_EQ(TypeOf(a, "Bank of England"), "ORG");
  EXPECT_EQ(TypeOf(a, "Barclays"), "ORG");
  EXPECT_EQ(TypeOf(a, "LIFFE"), "ORG");
  EXPECT_EQ(TypeOf(a, "Karl Weidner"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Bayerische Morgan Kessler"), "ORG");
  EXPECT_EQ(TypeOf(a, "Munich"), "PLACE");
  EXPECT_EQ(TypeOf(a, "County NatWest"), "ORG");
  EXPECT_EQ(TypeOf(a, "Kuroda"), "ORG");
}

TEST(EntitiesWire, HeadlineSurnamesAndCompetitionGroups) {
  Article a = Analyze(
      "RUGBY UNION - VARRONE BACK FOR ITALY .\nROME 1996-12-06\nItaly recalled Ettorino Varrone on Friday for "
      "their friendly against Scotland . Japan beat Syria in a Group C match and Italy are in Group B .");
  EXPECT_EQ(TypeOf(a, "Ettorino Varrone"), "PERSON");
  EXPECT_EQ(TypeOf(a, "VARRONE"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Group C"), "<none>");
  EXPECT_EQ(TypeOf(a, "Group B"), "<none>");
}

TEST(EntitiesWire, GuessedClubNamesInSportsStories) {
  Article a = Analyze(
      "Ajax beat Feyenoord 3-1 on Sunday in the soccer league , the championship leaders said . PSV Eindhoven "
      "stayed top after a 2-0 win at Vitesse Arnhem . The cup match between Inter Milan and Anderlecht ended "
      "1-1 .\n1. Regina Jacobs ( U.S. ) 4:03.86");
  EXPECT_EQ(TypeOf(a, "PSV Eindhoven"), "ORG");
  EXPECT_EQ(TypeOf(a, "Vitesse Arnhem"), "ORG");
  EXPECT_EQ(TypeOf(a, "Inter Milan"), "ORG");
  EXPECT_EQ(TypeOf(a, "Anderlecht"), "ORG");
  EXPECT_EQ(TypeOf(a, "Regina Jacobs"), "PERSON");
}

TEST(EntitiesWire, FirstOpensABanksName) {
  Article a = Analyze(
      "Susan Reyes , an economist at First Chicago , and Hugh Johnson of First Albany Corp spoke after the "
      "First World War film , while the First Deputy Prime Minister watched .");
  EXPECT_EQ(TypeOf(a, "First Chicago"), "ORG");
  EXPECT_EQ(TypeOf(a, "First Albany Corp"), "ORG");
  EXPECT_EQ(TypeOf(a, "Chicago"), "<none>");
  EXPECT_EQ(TypeOf(a, "First World War"), "<none>");
}

TEST(EntitiesWire, AndInsideBodiesAndNamesWhoseSharesTrade) {
  Article a = Analyze(
      "The Truth and Reconciliation Commission met as the Food and Drug Administration ruled . Britain and "
      "France agreed . Anglo American Corp and Van Reenen shares were steady . Mining shares rose .");
  EXPECT_EQ(TypeOf(a, "Truth and Reconciliation Commission"), "ORG");
  EXPECT_EQ(TypeOf(a, "Food and Drug Administration"), "ORG");
  EXPECT_EQ(TypeOf(a, "Britain"), "PLACE");
  EXPECT_EQ(TypeOf(a, "France"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Van Reenen"), "ORG");
  EXPECT_EQ(TypeOf(a, "Mining"), "<none>");
}

TEST(EntitiesWire, TeamsBeforeDriverAndTournamentsAlone) {
  Article a = Analyze(
      "Stewards fined Ligier driver Olivier Panis , who has not raced since Wimbledon , and analysts at "
      "Barclays de Zoete Wedd said the league championship race was over .");
  EXPECT_EQ(TypeOf(a, "Ligier"), "ORG");
  EXPECT_EQ(TypeOf(a, "Olivier Panis"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Wimbledon"), "MISC");
  EXPECT_EQ(TypeOf(a, "Barclays de Zoete Wedd"), "ORG");
}

TEST(EntitiesWire, CompaniesListedTheirAcronymsAndStaff) {
  Article a = Analyze(
      "Kolvang and Samsung were both interested , but talks with Kolvang broke down . Its parent Daimler-Benz "
      "Aerospace ( DASA ) refused to pay . Marvell Tessin chairman Serge Tchuruk said the group would sell units .");
  EXPECT_EQ(TypeOf(a, "Kolvang"), "ORG");
  EXPECT_EQ(TypeOf(a, "Kolvang", 1), "ORG");
  EXPECT_EQ(TypeOf(a, "DASA"), "ORG");
  EXPECT_EQ(TypeOf(a, "Marvell Tessin"), "ORG");
  EXPECT_EQ(TypeOf(a, "Serge Tchuruk"), "PERSON");
}

TEST(EntitiesWire, ArabicArticlesInsideNames) {
  Article a = Analyze("Sheikh Hamad bin Sultan al-Qasimi met Foreign Minister Farouq al-Sharaa in Damascus .");
  EXPECT_EQ(TypeOf(a, "Hamad bin Sultan al-Qasimi"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Farouq al-Sharaa"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Damascus"), "PLACE");
}

TEST(EntitiesWire, AppositionCallsANameACompany) {
  Article a = Analyze(
      "Orkla Vekst , the Norwegian food and chemicals group , said profits rose , and Jan Smit , the company 's "
      "chairman , agreed .");
  EXPECT_EQ(TypeOf(a, "Orkla Vekst"), "ORG");
  EXPECT_EQ(TypeOf(a, "Jan Smit"), "PERSON");
  Article b = Analyze("Profits rose , and Kvistad , a senior economist at the bank , said so .");
  EXPECT_EQ(TypeOf(b, "Kvistad"), "PERSON");
}

TEST(EntitiesWire, CapitalsTableRowsNameClubs) {
  Article a = Analyze(
      "ICE HOCKEY - NHL RESULTS AND STANDINGS .\nNEW YORK 1996-12-06\nNational Hockey League standings after "
      "games played on Thursday ( tabulate under won , lost , tied , goals for , goals against , points ) :\n"
      "NORTHEAST DIVISION\nW L T GF GA PTS\nHARTFORD 12 7 6 77 76 30\nNY RANGERS 11 13 4 88 82 26\n"
      "Thursday 's results :\nBoston 4 ST LOUIS 2\nGRETZKY SCORES 600TH GOAL\n");
  EXPECT_EQ(TypeOf(a, "HARTFORD"), "ORG");
  EXPECT_EQ(TypeOf(a, "NY RANGERS"), "ORG");
  EXPECT_EQ(TypeOf(a, "ST LOUIS"), "ORG");
  EXPECT_EQ(TypeOf(a, "PTS HARTFORD"), "<none>");
}

TEST(EntitiesWire, PortfoliosAfterTitlesAndNineties) {
  Article a = Analyze(
      "Carl Bildt , the High Representative for Bosnia , met the Minister of Defence and Minister of Foreign "
      "Affairs Yevgeny Primakov . Yugoslavia and Croatia will sign , Tanjug news agency said .");
  EXPECT_EQ(TypeOf(a, "for"), "<none>");
  EXPECT_EQ(TypeOf(a, "of Defence"), "<none>");
  EXPECT_EQ(TypeOf(a, "Yevgeny Primakov"), "PERSON");
  EXPECT_EQ(TypeOf(a, "Yugoslavia"), "PLACE");
  EXPECT_EQ(TypeOf(a, "Tanjug"), "ORG");
}

TEST(EntitiesWire, BodiesThatSpeakAfterTheAndLeadersOfParties) {
  Article a = Analyze(
      "The Ardoyne Residents Forum said it would march , the Royal Ulster Constabulary said , and Ulster Unionist "
      "leader David Trimble agreed .");
  EXPECT_EQ(TypeOf(a, "Ardoyne Residents Forum"), "ORG");
  EXPECT_EQ(TypeOf(a, "Royal Ulster Constabulary"), "ORG");
  EXPECT_EQ(TypeOf(a, "Ulster Unionist"), "ORG");
  EXPECT_EQ(TypeOf(a, "David Trimble"), "PERSON");
}

}  // namespace
}  // namespace dateline
