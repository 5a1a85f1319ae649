#include "dermasim/simulation/serum_stage.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace dermasim::simulation {

transport::ChannelLattice serum_channels(const scenario::Scenario& sc,
                                         const transport::SerumSpec& given,
                                         const InjuryStage& stage, const HealingDomain& domain,
                                         const HealingResult* healing, int session_index) {
  transport::SerumSpec serum = given;
  serum.session = session_index;
  const auto p = transport::TransportParameters::from(sc.parameters);
  transport::ChannelLattice ch;
  std::vector<double> depths;
  for (const auto& pu : stage.punctures)
    if (pu.session == serum.session) depths.push_back(pu.depth);
  if (depths.empty()) return ch;  // no needle landed: the serum meets intact skin
  std::sort(depths.begin(), depths.end());
  ch.density = double(depths.size()) / (sc.simulation.patch_x * sc.simulation.patch_y);
  ch.depth = depths[depths.size() / 2];
  const double needle_radius = 0.5 * sc.device.needle.diameter;
  // The lumen at withdrawal: channel_recoil of the needle's radius, narrowing along the tip
  // (transport::channel_mouth_radius at the surface, which the scenario's lateral_resolution
  // must resolve).
  ch.radius = p.channel_recoil * needle_radius;
  ch.taper_length = sc.device.needle.tip_length();
  if (serum.mode == transport::TransportMode::franz || !healing) return ch;  // no healing
  // The open area follows the healing model's re-closure after this session (relative to just
  // after its needles), interpolated between output rows.
  const double session = domain.sessions[std::size_t(serum.session)].time;
  std::vector<double> t, open;
  const auto column = healing->column("channels_open_fraction");
  for (std::size_t i = 0; i < healing->times.size(); ++i) {
    const double ti = double(healing->times[i]) - session;
    if (ti < 0) continue;
    if (!t.empty() && ti > 0 && column[i] > open.back() + 1e-12) break;  // the next session
    t.push_back(ti);
    open.push_back(i == 0 || ti > 0 ? column[i] : 1.0);
  }
  if (!t.empty()) open.front() = 1.0;  // just after the needles
  ch.open_fraction = [t, open](double since) {
    if (t.empty()) return 1.0;
    if (since <= t.front()) return open.front();
    for (std::size_t i = 1; i < t.size(); ++i)
      if (since <= t[i])
        return open[i - 1] + (open[i] - open[i - 1]) * (since - t[i - 1]) / (t[i] - t[i - 1]);
    return open.back();
  };
  return ch;
}

transport::AbsorptionResult run_serum_stage(const scenario::Scenario& sc,
                                            const transport::SerumSpec& serum,
                                            const InjuryStage& stage, const HealingDomain& domain,
                                            const HealingResult* healing,
                                            const std::function<void(double)>& progress,
                                            int session_index) {
  if (!serum.present) throw std::logic_error("run_serum_stage: the serum is not present");
  const auto p = transport::TransportParameters::from(sc.parameters);
  const int session = session_index < 0 ? serum.session : session_index;
  const auto ch = serum_channels(sc, serum, stage, domain, healing, session);
  transport::TransportSkin skin;
  skin.layers = stage.skin;
  // In vivo: down to the bottom of the dermis (at least below the channels); Franz: the slab.
  skin.depth = serum.mode == transport::TransportMode::franz
                   ? serum.franz_thickness
                   : std::max(stage.skin.top(skin::Layer::hypodermis), ch.depth + 100e-6);
  const auto c =
      transport::coefficients(serum.active, stage.skin.thickness().stratum_corneum, p, serum.skin);
  return transport::run_absorption(serum, skin, ch, c, progress);
}

}  // namespace dermasim::simulation
