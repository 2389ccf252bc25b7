// Placeholder until the gazetteer build lands: knows no places.
#include "entities/gazetteer.h"

namespace dateline::entities {

struct Gazetteer::Impl {};
Gazetteer::Gazetteer() : impl_(new Impl) {}
Gazetteer::~Gazetteer() { delete impl_; }
const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* g = new Gazetteer;
  return *g;
}
std::vector<const PlaceInfo*> Gazetteer::Lookup(std::string_view) const { return {}; }
const CountryInfo* Gazetteer::Country(std::string_view) const { return nullptr; }
const CountryInfo* Gazetteer::CountryByDemonym(std::string_view) const { return nullptr; }
size_t Gazetteer::MaxNameWords() const { return 0; }
const PlaceInfo* Geocode(std::string_view, const GeoContext&) { return nullptr; }

}  // namespace dateline::entities
