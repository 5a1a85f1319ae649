#pragma once
// Statistics of the punctures and the injury field that summary.json reports.
#include <array>
#include <vector>

#include "dermasim/device/puncture.hpp"
#include "dermasim/injury/injury_field.hpp"
#include "dermasim/skin/layers.hpp"

namespace dermasim::injury {

struct InjurySummary {
  std::size_t punctures = 0;
  std::size_t passes = 0;
  double patch_area = 0;          // m^2
  double punctures_per_area = 0;  // 1/m^2, over all sessions
  double punctures_per_area_per_pass = 0;
  double expected_per_area_per_pass = 0;  // analytic, from the device geometry
  double depth_mean = 0, depth_sd = 0, depth_min = 0, depth_max = 0;  // m
  double angle_mean = 0;                                              // rad
  double bleeding_fraction = 0;
  std::array<double, skin::kLayerCount> reached_fraction{};  // share of punctures per deepest layer
  std::vector<double> injured_fraction_by_layer;             // damaged / layer volume in the grid
  double channel_volume_rasterized = 0;                      // m^3, sum over channels
  double channel_volume_analytic = 0;  // m^3, sum over channels with a closed form
  std::size_t channels_with_analytic_volume = 0;
  double injured_volume = 0;  // m^3 of the field (overlaps counted once)
};

InjurySummary summarize(const device::PunctureList& punctures, const InjuryField& field,
                        const skin::LayerStack& skin, std::size_t passes,
                        double expected_per_area_per_pass);

}  // namespace dermasim::injury
