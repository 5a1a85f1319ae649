#include "dermasim/skin/conditions.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "dermasim/random/keyed_random.hpp"

namespace dermasim::skin {

namespace {
constexpr double kPi = std::numbers::pi;
}

std::string_view scar_type_name(ScarType t) {
  switch (t) {
    case ScarType::icepick:
      return "icepick";
    case ScarType::boxcar:
      return "boxcar";
    case ScarType::rolling:
      return "rolling";
  }
  return "?";
}

std::string_view pigment_kind_name(PigmentKind k) {
  switch (k) {
    case PigmentKind::none:
      return "none";
    case PigmentKind::hyperpigmentation:
      return "hyperpigmentation";
    case PigmentKind::melasma:
      return "melasma";
  }
  return "?";
}

const ScarTypeGeometry& scar_type_geometry(ScarType t) {
  // Widths and depths: Jacob et al. 2001 (icepick < 2 mm wide reaching the deep dermis; boxcar
  // 1.5-4 mm wide, shallow 0.1-0.5 mm; rolling > 4-5 mm wide, shallow; the depths of icepick and
  // rolling scars are not given there: 1.5 mm and 0.3 mm are assumptions). Fibrotic bases
  // (assumptions after the histology Jacob describes): a dense fibrotic wall around the icepick
  // tract down to its floor; a fibrotic plate 0.2 mm thick under the whole boxcar floor; fibrous
  // bands in the centre of a rolling scar tethering the dermis to the subcutis.
  static const ScarTypeGeometry geometry[kScarTypes] = {
      {1.0e-3, 1.5e-3, 0.0, 0.6, 60.0},     // icepick
      {2.5e-3, 0.3e-3, 0.2e-3, 1.0, 40.0},  // boxcar
      {5.0e-3, 0.3e-3, -1.0, 0.3, 40.0},    // rolling: base_depth < 0 means to the subcutis
  };
  return geometry[static_cast<int>(t)];
}

double Scar::profile(double r) const {
  const double R = 0.5 * width;
  if (R <= 0 || r >= R) return 0.0;
  const double q = r / R;
  switch (type) {
    case ScarType::icepick:
      return 1.0 - q;  // a funnel tapering to its point
    case ScarType::boxcar:
      // Flat floor to 80 % of the radius, then a steep wall (a cosine ramp over the last 20 %).
      return q <= 0.8 ? 1.0 : 0.5 * (1.0 + std::cos(kPi * (q - 0.8) / 0.2));
    case ScarType::rolling: {
      const double c = std::cos(0.5 * kPi * q);
      return c * c;  // sloping edges, no rim
    }
  }
  return 0.0;
}

bool Scar::in_base(double r) const {
  return r < 0.5 * width * scar_type_geometry(type).base_radius;
}

double Line::profile(double d) const {
  if (width <= 0) return 0.0;
  // Gaussian with full width at half depth `width`: sigma = width / (2 sqrt(2 ln 2)).
  const double sigma = width / 2.354820045030949;
  return std::exp(-0.5 * d * d / (sigma * sigma));
}

double Line::distance(double px, double py, double lx, double ly) const {
  // Normal of the axis: (-sin, cos); the nearest of the images shifted by whole periods.
  const double nx = -std::sin(orientation), ny = std::cos(orientation);
  double best = 1e300;
  for (int m = -1; m <= 1; ++m)
    for (int n = -1; n <= 1; ++n)
      best = std::min(best, std::abs((periodic_delta(x, px, lx) + m * lx) * nx +
                                     (periodic_delta(y, py, ly) + n * ly) * ny));
  return best;
}

double scar_base_bottom(const Scar& s, double dej, double dermis_bottom) {
  const double base = scar_type_geometry(s.type).base_depth;
  if (base > 0) return dej + base;
  if (base < 0) return dermis_bottom + 0.2e-3;  // tethering bands reach into the subcutis
  return dej + s.depth;                         // the tract's wall follows it to its floor
}

double Conditions::deepest(double dej, double dermis_bottom) const {
  double d = 0;
  for (const auto& s : scars) d = std::max(d, scar_base_bottom(s, dej, dermis_bottom));
  for (const auto& l : lines) d = std::max(d, l.depth);
  return d;
}

double periodic_delta(double a, double b, double l) {
  double d = std::fmod(b - a, l);
  if (d > 0.5 * l) d -= l;
  if (d < -0.5 * l) d += l;
  return d;
}

std::vector<std::pair<double, double>> draw_scar_centres(int count, double width, double lx,
                                                         double ly, std::uint64_t seed, int group,
                                                         const std::vector<Scar>& taken) {
  const random::KeyedRandom rng(seed);
  std::vector<std::pair<double, double>> out;
  std::vector<Scar> placed = taken;
  constexpr int kTries = 40;
  for (int n = 0; n < count; ++n) {
    double best_x = 0, best_y = 0, best_gap = -1e300;
    for (int attempt = 0; attempt < kTries; ++attempt) {
      const auto u = rng.uniforms(0, std::uint32_t(attempt), random::identity({group, n}),
                                  random::Purpose::condition_placement);
      const double x = u[0] * lx, y = u[1] * ly;
      // Clearance: the smallest rim-to-rim gap to the scars already placed.
      double gap = 1e300;
      for (const auto& s : placed) {
        const double dx = periodic_delta(s.x, x, lx), dy = periodic_delta(s.y, y, ly);
        gap = std::min(gap, std::hypot(dx, dy) - 0.5 * (s.width + width));
      }
      if (gap > best_gap) best_gap = gap, best_x = x, best_y = y;
      if (gap >= 0) break;
    }
    out.emplace_back(best_x, best_y);
    Scar s;
    s.x = best_x, s.y = best_y, s.width = width;
    placed.push_back(s);
  }
  return out;
}

std::vector<char> lesion_mask(const Pigmentation& p, int nx, int ny, double lx, double ly,
                              std::uint64_t seed) {
  std::vector<char> mask(std::size_t(nx) * std::size_t(ny), 0);
  if (p.kind == PigmentKind::none || p.area <= 0) return mask;
  if (p.area >= 1) {
    std::fill(mask.begin(), mask.end(), 1);
    return mask;
  }
  // A periodic field of random cosines whose wavelengths are near twice the blotch size; the
  // wave vectors are whole numbers of periods across the patch, so the field tiles.
  const random::KeyedRandom rng(seed);
  const double target = 2 * std::max(p.patch_size, 1e-6);
  std::vector<double> field(mask.size(), 0.0);
  constexpr int kModes = 24;
  for (int m = 0; m < kModes; ++m) {
    const auto u = rng.uniforms(0, 0, random::identity({m}), random::Purpose::condition_placement);
    const double angle = 2 * kPi * u[0];
    const double wavelength = target * (0.7 + 0.6 * u[1]);
    const int kx = int(std::lround(lx / wavelength * std::cos(angle)));
    const int ky = int(std::lround(ly / wavelength * std::sin(angle)));
    if (kx == 0 && ky == 0) continue;
    const double phase = 2 * kPi * u[2];
    for (int j = 0; j < ny; ++j)
      for (int i = 0; i < nx; ++i)
        field[std::size_t(j) * nx + i] +=
            std::cos(2 * kPi * (kx * (i + 0.5) / nx + ky * (j + 0.5) / ny) + phase);
  }
  std::vector<double> sorted = field;
  const std::size_t keep = std::size_t(std::lround(p.area * double(sorted.size())));
  if (keep == 0) return mask;
  std::nth_element(sorted.begin(), sorted.begin() + long(sorted.size() - keep), sorted.end());
  const double threshold = sorted[sorted.size() - keep];
  for (std::size_t c = 0; c < mask.size(); ++c) mask[c] = field[c] >= threshold ? 1 : 0;
  return mask;
}

}  // namespace dermasim::skin
