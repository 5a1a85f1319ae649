#pragma once
// The skin being treated: anatomical site (a preset of layer thicknesses from published
// measurements), the person's age, sex and Fitzpatrick phototype, and any overrides.
#include <string>
#include <string_view>
#include <vector>

#include "dermasim/skin/layers.hpp"

namespace dermasim::skin {

enum class Sex { female, male };

/// Published layer thicknesses of one anatomical site (see docs/parameters.md for each source).
struct SitePreset {
  std::string_view name;
  LayerThickness female;  // m
  LayerThickness male;    // m
  std::string_view source;
};

const std::vector<SitePreset>& site_presets();
/// The preset of that name, or nullptr.
const SitePreset* find_site(std::string_view name);

struct SkinSpec {
  std::string site;
  double age = 0;  // s (SI inside; scenario gives "35 years")
  Sex sex = Sex::female;
  int fitzpatrick = 3;    // phototype I..VI as 1..6
  LayerThickness layers;  // the preset for site and sex, with the scenario's overrides applied
};

}  // namespace dermasim::skin
