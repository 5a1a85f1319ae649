#include <algorithm>

#include "dermasim/skin/skin_spec.hpp"

namespace dermasim::skin {

namespace {
constexpr double um = 1e-6;

// Histological stratum corneum and viable epidermis; a papillary dermis (an assumption: no
// site-resolved measurement is published); and the dermis from high-frequency ultrasound (Meng et
// al. 2022), whose entry echo spans more than the histological epidermis (170-220 um against
// 30-65 um): the skin below the histological epidermis, echo included, is taken as dermis.
constexpr LayerThickness from_ultrasound(double sc, double ve, double papillary, double entry_echo,
                                         double us_dermis) {
  const double dermis = entry_echo + us_dermis - sc - ve;
  return {sc * um, ve * um, papillary * um, (dermis - papillary) * um};
}
// The same from a histological dermis thickness.
constexpr LayerThickness from_histology(double sc, double ve, double papillary, double dermis) {
  return {sc * um, ve * um, papillary * um, (dermis - papillary) * um};
}
}  // namespace

// Per site, female then male, in um: SC, VE, papillary dermis, then the dermis measurement.
// Sources and derivations are tabulated in docs/parameters.md ("Skin sites").
const std::vector<SitePreset>& site_presets() {
  static const std::vector<SitePreset> presets = {
      {"forehead", from_ultrasound(16.8, 33.0, 150, 200, 860),
       from_ultrasound(16.8, 33.0, 150, 220, 1170),
       "SC Egawa 2007; VE Chopra 2015 range; dermis Meng 2022 (forehead)"},
      {"cheek", from_ultrasound(16.8, 33.0, 150, 200, 870),
       from_ultrasound(16.8, 33.0, 150, 190, 1140),
       "SC Egawa 2007; VE Chopra 2015 range; dermis Meng 2022 (zygoma)"},
      {"perioral", from_ultrasound(16.8, 45.8, 150, 180, 910),
       from_ultrasound(16.8, 45.8, 150, 180, 1020),
       "SC Egawa 2007; epidermis Chopra 2015 (upper lip, 62.6 um); dermis Meng 2022 "
       "(submandibular)"},
      {"periorbital", from_ultrasound(16.8, 20.0, 100, 170, 580),
       from_ultrasound(16.8, 20.0, 100, 180, 670),
       "SC Egawa 2007; VE Chopra 2015 / Lee & Hwang 2002; dermis Meng 2022 (eyelid)"},
      {"neck", from_ultrasound(18.7, 40.0, 150, 170, 990),
       from_ultrasound(18.7, 40.0, 150, 190, 980),
       "SC Egawa 2007 x Ya-Xian 1999 layer ratio; VE assumption; dermis Meng 2022 (neck)"},
      {"back", from_histology(24.3, 70.3, 200, 1942), from_histology(24.3, 70.3, 200, 1942),
       "SC Egawa 2007 x Ya-Xian 1999 layer ratio; VE Sandby-Moller 2003 (shoulder); dermis Lee & "
       "Hwang 2002"},
  };
  return presets;
}

const SitePreset* find_site(std::string_view name) {
  const auto& all = site_presets();
  auto it =
      std::find_if(all.begin(), all.end(), [name](const SitePreset& p) { return p.name == name; });
  return it == all.end() ? nullptr : &*it;
}

}  // namespace dermasim::skin
