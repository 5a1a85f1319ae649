#pragma once
// The serum's files: absorption.csv (the time course), absorption_profile.csv (depth profiles
// at the profile times), serum_cross_section_<t>h.png, and its part of summary.json. Names
// and columns are a contract with users' scripts (README).
#include <nlohmann/json.hpp>
#include <string>

#include "dermasim/io/image.hpp"
#include "dermasim/transport/serum_run.hpp"

namespace dermasim::io {

/// The files of the scenario's serum `index` (0-based, in scenario.serums): absorption.csv,
/// absorption_profile.csv and serum_cross_section_<t>h.png for the first; absorption_<k>.csv,
/// absorption_profile_<k>.csv and serum_<k>_cross_section_<t>h.png for the k-th (k = index + 1,
/// from 2).
struct SerumFiles {
  std::string absorption, profile, cross_section_prefix;
};
SerumFiles serum_files(std::size_t index);

/// time_h (after the application), permeated_ug_cm2, flux_ug_cm2_h, donor_ug_cm2,
/// stratum_corneum_ug_cm2, viable_epidermis_ug_cm2, dermis_ug_cm2, cleared_ug_cm2,
/// receptor_ug_cm2, delivered_ug_cm2, intact_permeated_ug_cm2, intact_delivered_ug_cm2,
/// channels_open_fraction, mass_balance_error.
std::string absorption_csv(const transport::AbsorptionResult& r);

/// depth_um, then for each profile time: concentration_<t>h_mg_ml and intact_<t>h_mg_ml.
std::string absorption_profile_csv(const transport::AbsorptionResult& r);

/// The keys summary.json gains: "serum" (what was applied, the coefficients, the channels),
/// lag_time_h, steady_flux_ug_cm2_h, cumulative_ug_cm2 {"1","6","24"}, delivered_ug_cm2,
/// enhancement_ratio, enhancement_ratio_delivered, mass_balance_relative_error, and "intact"
/// with the same for the skin without channels.
nlohmann::ordered_json serum_summary(const transport::SerumSpec& s,
                                     const transport::AbsorptionResult& r);

/// An x-z section of the unit cell through the channel at one profile time, with the intact
/// column beside it on the same colour scale.
Image serum_cross_section(const transport::AbsorptionResult& r, std::size_t profile);

}  // namespace dermasim::io
