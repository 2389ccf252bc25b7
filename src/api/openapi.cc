// The OpenAPI 3 description served at /api/openapi.json, kept beside the
// handlers it describes (handlers.cc); api_test checks every path in it
// answers.
#include "api/handlers.h"

namespace dateline::api {

const std::string& OpenApiJson() {
  static const std::string kDoc = R"json({
  "openapi": "3.0.3",
  "info": {"title": "Dateline API", "version": "1",
           "description": "Read-only access to a Dateline store: search, articles with their analysis, events, stories, statistics. Errors are {\"error\": \"...\"} with status 400 (bad parameter), 404 (unknown) or 503 (store failure, or a store read over the time limit)."},
  "paths": {
    "/api/search": {"get": {
      "summary": "Full-text search (or, without q, every article in ingest order), with facets and articles per day",
      "parameters": [
        {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 512}, "description": "words (all must match), \"phrases\", OR, -word, prefix*; empty lists all articles"},
        {"name": "from", "in": "query", "schema": {"type": "string"}, "description": "published on or after (ISO date)"},
        {"name": "to", "in": "query", "schema": {"type": "string"}, "description": "published on or before (ISO date; a date includes the whole day)"},
        {"name": "source", "in": "query", "schema": {"type": "string"}, "description": "source name or domain"},
        {"name": "language", "in": "query", "schema": {"type": "string"}, "description": "ISO 639-1 code"},
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}},
        {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10000, "default": 0}}],
      "responses": {"200": {"description": "hits", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResult"}}}},
                    "400": {"$ref": "#/components/responses/Error"}}}},
    "/api/articles/{id}": {"get": {
      "summary": "One stored article with all its analysis (the article JSON of OUTPUT.md plus duplicate_of and story)",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 128}}],
      "responses": {"200": {"description": "the article JSON", "content": {"application/json": {"schema": {"type": "object"}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
    "/api/events": {"get": {
      "summary": "Coded events (every report) from the store's events table, with counts by day and quad class, the Goldstein average, who acts on whom and where",
      "parameters": [
        {"name": "from", "in": "query", "schema": {"type": "string"}, "description": "event day on or after (ISO date); the day is the event's date, else its article's publication date"},
        {"name": "to", "in": "query", "schema": {"type": "string"}, "description": "event day on or before (ISO date)"},
        {"name": "actor", "in": "query", "schema": {"type": "string", "pattern": "^[A-Za-z0-9]{1,32}$"}, "description": "source or target actor code starts with this (RUS, RUSGOV)"},
        {"name": "code", "in": "query", "schema": {"type": "string", "pattern": "^[0-9]{1,4}$"}, "description": "CAMEO event code starts with this (04, 042)"},
        {"name": "root", "in": "query", "schema": {"type": "string", "pattern": "^[0-9]{1,4}$"}, "description": "CAMEO root code, e.g. 05"},
        {"name": "place", "in": "query", "schema": {"type": "string"}, "description": "event place (case-insensitive)"},
        {"name": "quad_class", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 4}},
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}},
        {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10000, "default": 0}}],
      "responses": {"200": {"description": "events (one page, in ingest order: article, day, source, target, code, root, quad_class, goldstein, date, place, lat, lon, evidence), total, timeline (by day and quad class, Goldstein average), totals, edges (who acts on whom: the 200 busiest source-target pairs with cooperation and conflict counts), places (where: the 300 busiest event places with coordinates from the article's geocoded places or dateline); \"note\" when the store has no events", "content": {"application/json": {"schema": {"type": "object"}}}},
                    "400": {"$ref": "#/components/responses/Error"}}}},
    "/api/stories": {"get": {
      "summary": "Stories (articles about the same happening), most recently active first",
      "parameters": [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}},
        {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10000, "default": 0}}],
      "responses": {"200": {"description": "a page of stories; more is true when another page follows", "content": {"application/json": {"schema": {"type": "object", "properties": {
                      "offset": {"type": "integer"}, "limit": {"type": "integer"}, "more": {"type": "boolean"},
                      "stories": {"type": "array", "items": {"$ref": "#/components/schemas/Story"}}}}}}},
                    "400": {"$ref": "#/components/responses/Error"}}}},
    "/api/stories/{id}": {"get": {
      "summary": "One story with its articles, first published first",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 128}}],
      "responses": {"200": {"description": "the story and its articles", "content": {"application/json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Story"}, {"type": "object", "properties": {
                      "articles": {"type": "array", "items": {"type": "object", "properties": {
                        "id": {"type": "string"}, "title": {"type": "string", "nullable": true}, "source": {"type": "string", "nullable": true},
                        "published": {"type": "string", "nullable": true}, "duplicate_of": {"type": "string", "nullable": true}}}}}}]}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
    "/api/stats": {"get": {
      "summary": "Counts of what the store holds",
      "responses": {"200": {"description": "counts", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
    "/api/openapi.json": {"get": {
      "summary": "This description",
      "responses": {"200": {"description": "OpenAPI 3 document", "content": {"application/json": {"schema": {"type": "object"}}}}}}}
  },
  "components": {
    "responses": {"Error": {"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
    "schemas": {
      "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
      "Hit": {"type": "object", "properties": {
        "id": {"type": "string"}, "title": {"type": "string", "nullable": true}, "source": {"type": "string", "nullable": true},
        "published": {"type": "string", "nullable": true}, "language": {"type": "string", "nullable": true},
        "url": {"type": "string", "nullable": true}, "duplicate_of": {"type": "string", "nullable": true},
        "score": {"type": "number", "nullable": true}, "snippet": {"type": "string", "description": "matched words in [brackets]"}}},
      "Story": {"type": "object", "properties": {
        "id": {"type": "string"}, "label": {"type": "string"}, "first": {"type": "string", "description": "publication (else ingest) time of its first article"},
        "last": {"type": "string"}, "actors": {"type": "array", "items": {"type": "string"}, "description": "main actors, at most 3"},
        "places": {"type": "array", "items": {"type": "string"}, "description": "main places, at most 3"}, "article_count": {"type": "integer"}}},
      "Count": {"type": "object", "properties": {"value": {"type": "string", "nullable": true}, "count": {"type": "integer"}}},
      "SearchResult": {"type": "object", "properties": {
        "query": {"type": "string"}, "offset": {"type": "integer"}, "limit": {"type": "integer"}, "total": {"type": "integer"},
        "ranked_among": {"type": "integer", "description": "with q: the matches ranked; below total when more match than the store ranks (5,000 by default): the hits are the best of the most recently stored matches"},
        "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
        "facets": {"type": "object", "properties": {
          "source": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}},
          "language": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}}}},
        "timeline": {"type": "array", "items": {"type": "object", "properties": {"day": {"type": "string"}, "count": {"type": "integer"}}}}}}
    }
  }
})json";
  return kDoc;
}

}  // namespace dateline::api
