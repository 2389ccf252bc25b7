// The events stage's dictionaries, compiled once from data/cameo_verbs.txt,
// data/cameo_codes.tsv, data/event_discard.txt, data/event_stance.txt and
// the WordNet actor nouns (scripts/build-wordnet.mjs)
// into hash maps keyed by lower-cased word forms. Immutable after loading;
// shared by all threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dateline/result.h"

namespace dateline::events {

// One verb pattern line. words[0] is the head (a verb, or a literal noun);
// "+" and "$" are the target and source slots.
struct Pattern {
  std::string code, code2;   // code2: paired event from target to source
  bool reciprocal = false;   // CODE*: coded in both directions
  bool literal_head = false; // "=visit": the head is not inflected
  std::vector<std::string> words;
  int line = 0;
  bool has_target_slot() const;
  bool has_source_slot() const;
  size_t literal_count() const;  // words that are not slots
};

// A phrase with its alternatives: each entry one way to write it.
using PhraseList = std::vector<std::vector<std::string>>;

struct CodeInfo {
  double goldstein = 0;
  int quad = 0;
};

struct Dictionary {
  std::vector<Pattern> patterns;
  std::unordered_map<std::string, std::vector<uint32_t>> by_head;  // word form -> patterns
  std::unordered_set<std::string> participles;                     // "deported", "held"
  std::unordered_set<std::string> be_forms;
  PhraseList negation, refusal, threat, intention, condition, pair, discard;
  std::unordered_set<std::string> speech, interaction;
  std::unordered_set<std::string> statement;  // "said": 010 when nothing else in the sentence codes
  std::unordered_set<std::string> statement_that;  // "announced": the same, when "that" follows
  std::unordered_set<std::string> appeals;            // "urged X to release": the release is not coded
  std::unordered_set<std::string> permissions;        // "would allow X to shut down": the shutting is not coded
  std::unordered_set<std::string> verbal_media;       // "attacked X on Twitter": the attack is in words
  std::unordered_set<std::string> perpetrators;       // "bomb", "gunmen": violence by someone unnamed
  std::unordered_set<std::string> blasts;             // "explosion": a perpetrator when it hits the state
  PhraseList threat_conditions;                       // "if", "each time": "would strike if" threatens
  std::unordered_set<std::string> hazards;            // "earthquake", "fire": deaths no actor caused
  std::unordered_set<std::string> threat_content;     // "price", "retaliate": "warned that ..." threatens
  std::unordered_set<std::string> conflict_heads;     // head forms of patterns of roots 15-20
  std::unordered_map<std::string, std::string> agents;  // "officials" -> "GOV"
  std::unordered_set<std::string> bare_agents;          // "police": an actor without a country
  std::unordered_set<std::string> actor_nouns;  // WordNet people and groups: "investigators", "party"
  std::unordered_set<std::string> group_nouns;  // the groups among them: "party", "agencies"
  std::unordered_set<std::string> not_actors;   // @not_actor: WordNet's that name no actor here ("team")
  std::string noun_data;                         // wordnet_nouns.txt: sorted noun forms, a line each
  std::vector<std::string_view> nouns;           // views into noun_data
  bool IsNoun(std::string_view w) const;
  std::unordered_map<std::string, int> stance;          // "constructive" -> +1
  PhraseList threat_statements;  // "legitimate targets": said of a foe's forces, a threat (138)
  std::unordered_map<std::string, CodeInfo> codes;
  size_t entries = 0;
  std::vector<Error> errors;  // bad lines, "file:line: what"
};

// Loads the data files (util::LoadData) into `d`; bad lines go to d->errors.
void LoadDictionary(Dictionary* d);

// Loaded on first use; thread-safe.
const Dictionary& GetDictionary();

// The regular inflections of a verb: base, -s, -ed, -ing (with e-dropping,
// y->i and consonant doubling). Over-generates harmlessly.
std::vector<std::string> Inflect(const std::string& base);

}  // namespace dateline::events
