#include "dermasim/simulation/phases.hpp"

#include <algorithm>
#include <cmath>

namespace dermasim::simulation {

Phase phase_of(const std::vector<double>& t, const std::vector<double>& m, double t_from,
               double t_to, double smallest_peak) {
  Phase p;
  std::size_t first = t.size(), last = 0;
  for (std::size_t i = 0; i < t.size(); ++i)
    if (t[i] >= t_from && t[i] <= t_to) {
      first = std::min(first, i);
      last = i;
    }
  if (first >= t.size()) return p;
  std::size_t ipeak = first;
  for (std::size_t i = first; i <= last; ++i)
    if (m[i] > m[ipeak]) ipeak = i;
  const double peak = m[ipeak];
  if (!(peak > 0) || !(peak > smallest_peak)) return p;
  const double level = kPhaseThreshold * peak;
  for (std::size_t i = first; i <= ipeak; ++i)
    if (m[i] >= level) {
      p.start_h = t[i] - t_from;
      break;
    }
  p.peak_h = t[ipeak] - t_from;
  for (std::size_t i = ipeak; i <= last; ++i)
    if (m[i] < level) {
      p.end_h = t[i] - t_from;
      break;
    }
  return p;
}

std::vector<SessionPhases> healing_phases(const HealingResult& r,
                                          const std::vector<double>& sessions_s) {
  std::vector<double> t;
  for (Seconds s : r.times) t.push_back(double(s) / 3600.0);
  const auto n = r.column("neutrophils_per_mm3");
  const auto m1 = r.column("macrophages_m1_per_mm3");
  const auto f = r.column("fibroblasts_per_mm3");
  const auto c1 = r.column("collagen_i_mg_cm3");
  const auto xf = r.column("collagen_i_crosslinked_fraction");
  std::vector<double> inflammatory(t.size()), fibro_excess(t.size()), crosslinking(t.size(), 0.0);
  const double inflammatory_rest = r.rest[observable_index("neutrophils_per_mm3")] +
                                   r.rest[observable_index("macrophages_m1_per_mm3")];
  for (std::size_t i = 0; i < t.size(); ++i) {
    inflammatory[i] = n[i] + m1[i];
    fibro_excess[i] = f[i] - r.rest[observable_index("fibroblasts_per_mm3")];
  }
  // Rate of crosslinked collagen gain, mg/cm^3/h, by backward differences. A session's own row
  // differences the interval before the session: it belongs to the previous response, so 0.
  for (std::size_t i = 1; i < t.size(); ++i) {
    const double dt = t[i] - t[i - 1];
    const bool session_row = std::any_of(sessions_s.begin(), sessions_s.end(), [&](double s) {
      return std::abs(s / 3600.0 - t[i]) < 1e-9;
    });
    if (dt > 0 && !session_row) crosslinking[i] = (c1[i] * xf[i] - c1[i - 1] * xf[i - 1]) / dt;
  }
  std::vector<SessionPhases> out;
  for (std::size_t s = 0; s < sessions_s.size(); ++s) {
    const double from = sessions_s[s] / 3600.0;
    // The response of this session ends where the next begins (its own row at that time is
    // already injured again, so stop just before it).
    const double to = s + 1 < sessions_s.size() ? sessions_s[s + 1] / 3600.0 - 1e-6 : t.back();
    SessionPhases sp;
    sp.session_h = from;
    // Each needs a response: above rest by more than kSmallestCellResponse cells (the
    // inflammatory cells, the fibroblasts) or crosslinking faster than
    // kSmallestCrosslinkingRate. A sham session (no needles) makes none.
    sp.inflammation =
        phase_of(t, inflammatory, from, to, inflammatory_rest + kSmallestCellResponse);
    sp.proliferation = phase_of(t, fibro_excess, from, to, kSmallestCellResponse);
    sp.maturation = phase_of(t, crosslinking, from, to, kSmallestCrosslinkingRate);
    out.push_back(sp);
  }
  return out;
}

}  // namespace dermasim::simulation
