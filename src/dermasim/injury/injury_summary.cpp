#include "dermasim/injury/injury_summary.hpp"

#include <algorithm>
#include <cmath>

#include "dermasim/injury/channel.hpp"

namespace dermasim::injury {

InjurySummary summarize(const device::PunctureList& punctures, const InjuryField& field,
                        const skin::LayerStack& skin, std::size_t passes,
                        double expected_per_area_per_pass) {
  InjurySummary s;
  const grid::Grid3D& g = field.grid;
  s.punctures = punctures.size();
  s.passes = passes;
  s.patch_area = g.width_x() * g.width_y();
  s.punctures_per_area = double(s.punctures) / s.patch_area;
  s.punctures_per_area_per_pass = passes ? s.punctures_per_area / double(passes) : 0.0;
  s.expected_per_area_per_pass = expected_per_area_per_pass;
  if (!punctures.empty()) {
    double sum = 0, sum2 = 0, angle = 0;
    s.depth_min = INFINITY;
    s.depth_max = -INFINITY;
    std::size_t bleeding = 0;
    for (std::size_t c = 0; c < punctures.size(); ++c) {
      const auto& p = punctures[c];
      sum += p.depth;
      sum2 += p.depth * p.depth;
      angle += p.angle;
      s.depth_min = std::min(s.depth_min, p.depth);
      s.depth_max = std::max(s.depth_max, p.depth);
      bleeding += p.bleeding;
      s.reached_fraction[static_cast<int>(p.layer)] += 1.0;
      s.channel_volume_rasterized += field.channel_volume[c];
      if (auto v = analytic_channel_volume(p)) {
        s.channel_volume_analytic += *v;
        ++s.channels_with_analytic_volume;
      }
    }
    const double n = double(punctures.size());
    s.depth_mean = sum / n;
    s.depth_sd = n > 1 ? std::sqrt(std::max(0.0, (sum2 - sum * sum / n) / (n - 1))) : 0.0;
    s.angle_mean = angle / n;
    s.bleeding_fraction = double(bleeding) / n;
    for (double& f : s.reached_fraction) f /= n;
  }
  s.injured_fraction_by_layer = injured_fraction_by_layer(field, skin);
  double damaged = 0;
  for (double f : field.damaged_fraction) damaged += f;
  s.injured_volume = damaged * g.voxel_volume();
  return s;
}

}  // namespace dermasim::injury
