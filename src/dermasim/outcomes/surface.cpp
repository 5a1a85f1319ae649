#include "dermasim/outcomes/surface.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "dermasim/grid/grid3d.hpp"
#include "dermasim/outcomes/roughness.hpp"
#include "dermasim/random/keyed_random.hpp"

namespace dermasim::outcomes {

namespace {
constexpr double kPi = std::numbers::pi;

/// The microrelief: the zero set of a smooth periodic random field is a network of lines;
/// |field| puts a V-shaped furrow on each, between plateaus (the polygonal pattern of primary
/// lines). Wave vectors are whole numbers of periods across the patch, so the field tiles.
HeightMap microrelief(int nx, int ny, double lx, double ly, double spacing, std::uint64_t seed) {
  HeightMap m;
  m.nx = nx, m.ny = ny, m.dx = lx / nx, m.dy = ly / ny;
  m.height.assign(std::size_t(nx) * ny, 0.0);
  const random::KeyedRandom rng(seed);
  constexpr int kModes = 48;
  for (int mode = 0; mode < kModes; ++mode) {
    const auto u =
        rng.uniforms(1, 0, random::identity({mode}), random::Purpose::condition_placement);
    // Furrows lie half a wavelength apart: wavelengths near twice the spacing.
    const double wavelength = 2 * spacing * (0.7 + 0.6 * u[1]);
    const double angle = 2 * kPi * u[0];
    const int kx = int(std::lround(lx / wavelength * std::cos(angle)));
    const int ky = int(std::lround(ly / wavelength * std::sin(angle)));
    if (kx == 0 && ky == 0) continue;
    const double phase = 2 * kPi * u[2];
    for (int j = 0; j < ny; ++j)
      for (int i = 0; i < nx; ++i)
        m.height[std::size_t(j) * nx + i] +=
            std::cos(2 * kPi * (double(kx) * i / nx + double(ky) * j / ny) + phase);
  }
  double mean = 0;
  for (double& h : m.height) h = std::abs(h), mean += h / double(m.height.size());
  for (double& h : m.height) h -= mean;
  return m;
}

std::size_t column_of(double x, double y, double lx, double ly, int nx, int ny) {
  auto wrap = [](double v, double l) {
    v = std::fmod(v, l);
    return v < 0 ? v + l : v;
  };
  const int i = std::min(nx - 1, int(wrap(x, lx) / lx * nx));
  const int j = std::min(ny - 1, int(wrap(y, ly) / ly * ny));
  return std::size_t(j) * std::size_t(nx) + std::size_t(i);
}

}  // namespace

SurfaceModel::SurfaceModel(const skin::Conditions& conditions, const OutcomeParameters& p,
                           double age, double lx, double ly, std::uint64_t seed,
                           const simulation::TissueColumns& initial)
    : conditions_(conditions), p_(p), lx_(lx), ly_(ly), cnx_(initial.nx), cny_(initial.ny) {
  const int nx = std::max(8, int(std::lround(lx / p.surface_spacing)));
  const int ny = std::max(8, int(std::lround(ly / p.surface_spacing)));
  micro_ = microrelief(nx, ny, lx, ly, p.microrelief_spacing, seed);
  // Scale the field to the age's Ra as the profilometer would read it.
  const double target =
      p.microrelief_ra_young + p.microrelief_ra_per_year * std::max(0.0, age - p.reference_age);
  const Roughness raw = surface_roughness(micro_.height, nx, ny, micro_.dx, p.roughness_cutoff);
  const double scale = raw.ra > 0 ? target / raw.ra : 0.0;
  for (double& h : micro_.height) h *= scale;
  micro_rz_ = raw.rz * scale;

  // Which tissue columns lie under each depression and each fibrotic base.
  const double cdx = lx / cnx_, cdy = ly / cny_;
  auto columns_where = [&](auto&& inside) {
    std::vector<std::size_t> cols;
    for (int j = 0; j < cny_; ++j)
      for (int i = 0; i < cnx_; ++i)
        if (inside((i + 0.5) * cdx, (j + 0.5) * cdy)) cols.push_back(std::size_t(j) * cnx_ + i);
    return cols;
  };
  for (const auto& s : conditions_.scars) {
    auto r = [&](double x, double y) {
      return std::hypot(skin::periodic_delta(s.x, x, lx), skin::periodic_delta(s.y, y, ly));
    };
    auto footprint = columns_where([&](double x, double y) { return r(x, y) < 0.5 * s.width; });
    auto base = columns_where([&](double x, double y) { return s.in_base(r(x, y)); });
    // A depression narrower than a column still sits on the column under its centre.
    if (footprint.empty()) footprint.push_back(column_of(s.x, s.y, lx, ly, cnx_, cny_));
    if (base.empty()) base.push_back(column_of(s.x, s.y, lx, ly, cnx_, cny_));
    double held = 0;
    for (std::size_t c : base) held += initial.scar_collagen[c];
    scar_footprint_.push_back(std::move(footprint));
    scar_base_.push_back(std::move(base));
    scar_base_initial_.push_back(held);
  }
  for (const auto& l : conditions_.lines) {
    auto cols = columns_where([&](double x, double y) {
      return l.distance(x, y, lx, ly) < std::max(0.5 * l.width, 0.5 * cdx);
    });
    if (cols.empty()) cols.push_back(column_of(l.x, l.y, lx, ly, cnx_, cny_));
    line_footprint_.push_back(std::move(cols));
  }
}

double SurfaceModel::mean_over(const std::vector<double>& v,
                               const std::vector<std::size_t>& cols) const {
  double s = 0;
  for (std::size_t c : cols) s += v[c];
  return cols.empty() ? 0.0 : s / double(cols.size());
}

std::vector<double> SurfaceModel::scar_depths(const simulation::TissueColumns& now) const {
  std::vector<double> out;
  for (std::size_t n = 0; n < conditions_.scars.size(); ++n) {
    const auto& s = conditions_.scars[n];
    double held = 0;
    for (std::size_t c : scar_base_[n]) held += now.scar_collagen[c];
    const double remaining = scar_base_initial_[n] > 0 ? held / scar_base_initial_[n] : 1.0;
    const double f_t = p_.tethered_share[std::size_t(s.type)];
    const double fill =
        p_.matrix_volume_expression * mean_over(now.matrix_gain, scar_footprint_[n]);
    out.push_back(std::max(0.0, s.depth * (1 - f_t * (1 - remaining)) - fill));
  }
  return out;
}

std::vector<double> SurfaceModel::line_depths(const simulation::TissueColumns& now) const {
  std::vector<double> out;
  for (std::size_t n = 0; n < conditions_.lines.size(); ++n)
    out.push_back(std::max(
        0.0, conditions_.lines[n].depth -
                 p_.matrix_volume_expression * mean_over(now.matrix_gain, line_footprint_[n])));
  return out;
}

double SurfaceModel::gain_at(const simulation::TissueColumns& now, double x, double y) const {
  if (now.size() == 1) return now.matrix_gain[0];
  // Bilinear between column centres, periodic.
  const double fx = x / lx_ * cnx_ - 0.5, fy = y / ly_ * cny_ - 0.5;
  const int i0 = int(std::floor(fx)), j0 = int(std::floor(fy));
  const double tx = fx - i0, ty = fy - j0;
  auto at = [&](int i, int j) {
    return now.matrix_gain[std::size_t(grid::wrap_index(j, cny_)) * cnx_ +
                           std::size_t(grid::wrap_index(i, cnx_))];
  };
  return (1 - ty) * ((1 - tx) * at(i0, j0) + tx * at(i0 + 1, j0)) +
         ty * ((1 - tx) * at(i0, j0 + 1) + tx * at(i0 + 1, j0 + 1));
}

HeightMap SurfaceModel::height_map(const simulation::TissueColumns& now) const {
  HeightMap m = micro_;
  const int nx = m.nx, ny = m.ny;
  const double dx = m.dx, dy = m.dy;
  // The microrelief's furrows (as deep as its Rz) take their share of the lift.
  for (int j = 0; j < ny; ++j)
    for (int i = 0; i < nx; ++i) {
      const double lift = p_.texture_fill_share * p_.matrix_volume_expression *
                          gain_at(now, (i + 0.5) * dx, (j + 0.5) * dy);
      const double keep = micro_rz_ > 0 ? std::clamp(1 - lift / micro_rz_, 0.0, 1.0) : 1.0;
      m.height[std::size_t(j) * nx + i] *= keep;
    }
  const auto scars = scar_depths(now);
  for (std::size_t n = 0; n < scars.size(); ++n) {
    const auto& s = conditions_.scars[n];
    const int reach_x = int(std::ceil(0.5 * s.width / dx)) + 1;
    const int reach_y = int(std::ceil(0.5 * s.width / dy)) + 1;
    const int ci = int(std::floor(s.x / dx)), cj = int(std::floor(s.y / dy));
    for (int dj = -reach_y; dj <= reach_y; ++dj)
      for (int di = -reach_x; di <= reach_x; ++di) {
        const int i = grid::wrap_index(ci + di, nx), j = grid::wrap_index(cj + dj, ny);
        const double r = std::hypot(skin::periodic_delta(s.x, (i + 0.5) * dx, lx_),
                                    skin::periodic_delta(s.y, (j + 0.5) * dy, ly_));
        m.height[std::size_t(j) * nx + i] -= scars[n] * s.profile(r);
      }
  }
  const auto lines = line_depths(now);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const auto& l = conditions_.lines[n];
    for (int j = 0; j < ny; ++j)
      for (int i = 0; i < nx; ++i)
        m.height[std::size_t(j) * nx + i] -=
            lines[n] * l.profile(l.distance((i + 0.5) * dx, (j + 0.5) * dy, lx_, ly_));
  }
  return m;
}

}  // namespace dermasim::outcomes
