#include "dermasim/injury/penetration.hpp"

#include <algorithm>
#include <cmath>

namespace dermasim::injury {

std::vector<parameters::ParameterInfo> penetration_parameters() {
  return {
      {"array_penetration_ratio", "1", 0.35, 0.2, 0.77,
       "mean channel depth / needle length for hand-pressed arrays (roller, stamp): the skin "
       "yields before it is pierced",
       "assumption inside the measured span: 0.20 (770 um DermaRoller, hairless rat: Kalluri H et "
       "al. AAPS J 2011;13:473) to 0.77 (600 um polymer array, human in vivo, OCT: Donnelly RF et "
       "al. Pharm Res 2010;27:2431); 0.35 keeps 0.5 mm rollers in the papillary dermis and "
       "1.0-2.5 mm rollers in the reticular dermis (Lima EVA et al. Surg Cosmet Dermatol "
       "2013;5:110) and buried length below half the nominal (Lam DCC et al. BIODEVICES 2008)",
       "the measured span: 0.20 (770 um DermaRoller needles 152.5 um deep in hairless rat, Kalluri "
       "2011) to 0.77 (600 um polymer array about 460 um deep in human skin, Donnelly 2010)"},
      {"pen_penetration_ratio", "1", 1.0, 0.8, 1.1, "mean channel depth / pen depth setting",
       "Sasaki GH. Aesthet Surg J Open Forum 2019;1:ojz017 (histology of 0.5 and 1.5 mm settings, "
       "ex vivo human skin)",
       "assumption: from 20 % short of the setting to 10 % beyond it, around Sasaki 2019's depths "
       "that closely approximated it (no spread published)"},
      {"depth_cv", "1", 0.063, 0.03, 0.15,
       "needle-to-needle coefficient of variation of channel depth",
       "Kalluri H et al. AAPS J 2011;13:473 (152.5 um, spread 142.9-162.1 um, read as +/- 1 SD)",
       "assumption: about half and 2.4 times the one measured CV, 9.6 / 152.5 um (Kalluri 2011, "
       "one device in rat skin)"},
      {"capillary_loop_depth", "um", 0.0, 0.0, 100.0,
       "depth below the dermo-epidermal junction a needle must reach to open a papillary "
       "capillary loop (pinpoint bleeding)",
       "assumption: papillary loops rise into the dermal papillae up to the junction (Braverman "
       "IM. "
       "Microcirculation 1997;4:329); 0 means any needle entering the papillary dermis bleeds",
       "assumption: from 0, loops reaching the junction (Braverman 1997), to 100 um, the thinnest "
       "papillary dermis of the skin sites (the eyelid, docs/parameters.md section 2)"},
  };
}

PenetrationModel PenetrationModel::from(const parameters::ParameterSet& p) {
  return {p.si("array_penetration_ratio"), p.si("pen_penetration_ratio"), p.si("depth_cv"),
          p.si("capillary_loop_depth")};
}

double PenetrationModel::mean_depth(device::DeviceKind kind, double nominal_length) const {
  if (kind == device::DeviceKind::pen) return pen_penetration_ratio * nominal_length;
  return array_penetration_ratio * nominal_length;
}

void penetrate(device::PunctureList& punctures, device::DeviceKind kind,
               const PenetrationModel& model, const skin::LayerStack& skin,
               const random::KeyedRandom& rng) {
  const double bleed_depth = skin.dermo_epidermal_junction() + model.capillary_loop_depth;
#pragma omp parallel for schedule(static)
  for (size_t i = 0; i < punctures.size(); ++i) {
    device::Puncture& p = punctures[i];
    const double mean = model.mean_depth(kind, p.nominal_length);
    const double z =
        rng.normal(static_cast<std::uint32_t>(p.session), static_cast<std::uint32_t>(p.pass),
                   p.needle_id, random::Purpose::depth);
    // The needle cannot go deeper than it protrudes from the device (pens may reach their setting).
    const double limit =
        kind == device::DeviceKind::pen ? std::max(p.nominal_length, mean) : p.nominal_length;
    p.depth = std::clamp(mean * (1.0 + model.depth_cv * z), 0.0, limit);
    if (p.drum_radius > 0) {
      // A radial needle on a drum pierces once its tip has pushed the skin down by the length it
      // loses to deflection, L - d: cos(angle) = (R + L - d) / (R + L). Rigid drum, no slip.
      const double deflection = p.nominal_length - mean;
      const double c = (p.drum_radius + deflection) / (p.drum_radius + p.nominal_length);
      p.angle = c < 1.0 ? std::acos(c) : 0.0;
    }
    p.layer = p.depth > 0 ? skin.layer_at(p.depth) : skin::Layer::stratum_corneum;
    p.bleeding = p.depth > bleed_depth;
  }
}

}  // namespace dermasim::injury
