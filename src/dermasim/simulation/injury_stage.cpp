#include "dermasim/simulation/injury_stage.hpp"

#include "dermasim/device/kinematics.hpp"
#include "dermasim/injury/penetration.hpp"

namespace dermasim::simulation {

InjuryStage run_injury_stage(const scenario::Scenario& sc, const ProgressFn& progress) {
  auto report = [&progress](std::string_view stage, double f) {
    if (progress) progress(stage, f);
  };
  InjuryStage out;
  out.skin = skin::LayerStack(sc.skin.layers);
  const device::Patch patch{sc.simulation.patch_x, sc.simulation.patch_y};
  const random::KeyedRandom rng(sc.simulation.seed);

  report("punctures", 0.0);
  out.punctures = device::generate_punctures(sc.device, sc.sessions, patch, sc.simulation.seed);
  injury::penetrate(out.punctures, sc.device.kind, injury::PenetrationModel::from(sc.parameters),
                    out.skin, rng);
  report("punctures", 1.0);

  report("injury field", 0.0);
  injury::RasterOptions options;
  options.progress = [&report](double f) { report("injury field", f); };
  out.field = injury::rasterize(out.punctures, sc.grid(), options);
  report("injury field", 1.0);

  std::size_t passes = 0;
  for (const auto& s : sc.sessions) passes += static_cast<std::size_t>(s.passes);
  out.summary = injury::summarize(out.punctures, out.field, out.skin, passes,
                                  device::expected_density_per_pass(sc.device));
  out.section = injury::most_injured_section(out.field);
  return out;
}

}  // namespace dermasim::simulation
