#include "dermasim/transport/serum_run.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "dermasim/grid/grid3d.hpp"
#include "dermasim/numerics/reaction_diffusion.hpp"
#include "dermasim/transport/layered_column.hpp"

namespace dermasim::transport {

// disc_in_rectangle (serum_run.hpp): the chord of the disc clipped to [y0, y1], integrated over x
// piecewise between the abscissae where the disc's edge crosses y0 or y1 (on each piece the
// clipped chord is y1 - y0, h - y0, y1 + h or 2 h, with h = sqrt(r^2 - x^2) and its primitive
// (x h + r^2 asin(x / r)) / 2).
double disc_in_rectangle(double r, double x0, double x1, double y0, double y1) {
  const double a = std::max(x0, -r), b = std::min(x1, r);
  if (!(r > 0) || a >= b || y0 >= r || y1 <= -r) return 0.0;
  auto h = [r](double x) { return std::sqrt(std::max(0.0, r * r - x * x)); };
  auto primitive = [r, &h](double x) {
    x = std::clamp(x, -r, r);
    return 0.5 * (x * h(x) + r * r * std::asin(x / r));
  };
  double cuts[6] = {a, b, a, a, a, a};
  int n = 2;
  for (double y : {y0, y1})
    if (std::abs(y) < r)
      for (double x : {-h(y), h(y)})
        if (x > a && x < b) cuts[n++] = x;
  for (int i = 1; i < n; ++i)  // insertion sort of at most six abscissae
    for (int j = i; j > 0 && cuts[j] < cuts[j - 1]; --j) std::swap(cuts[j], cuts[j - 1]);
  double area = 0;
  for (int i = 0; i + 1 < n; ++i) {
    const double lo = cuts[i], hi = cuts[i + 1];
    if (!(hi > lo)) continue;
    const double hm = h(0.5 * (lo + hi));
    if (std::min(y1, hm) <= std::max(y0, -hm)) continue;  // the chord misses [y0, y1] here
    const double arc = primitive(hi) - primitive(lo);     // the integral of h over the piece
    const double top = y1 < hm ? y1 * (hi - lo) : arc;
    const double bottom = y0 > -hm ? y0 * (hi - lo) : -arc;
    area += top - bottom;
  }
  return area;
}

namespace {

enum Species : int { active = 0, cleared_species = 1, kTransportSpecies = 2 };

/// Removal of the active by the papillary capillaries, and in the vehicle plane its loss in the
/// film, into its own immobile species (loss_rates): linear, so Rosenbrock steps conserve the
/// sum exactly.
class TransportKinetics : public numerics::Kinetics {
 public:
  explicit TransportKinetics(std::vector<double> clearance) : clearance_(std::move(clearance)) {}
  int species() const override { return kTransportSpecies; }
  void rates(double, const double* u, double* du, const numerics::VoxelInfo& w) const override {
    const double c = clearance_[std::size_t(w.k)] * u[active];
    du[active] = -c;
    du[cleared_species] = c;
  }
  bool analytic_jacobian() const override { return true; }
  void jacobian(double, const double*, double* j, const numerics::VoxelInfo& w) const override {
    const double c = clearance_[std::size_t(w.k)];
    j[0] = -c, j[1] = 0, j[2] = c, j[3] = 0;  // row-major: d(active)/d(.), d(cleared)/d(.)
  }
  std::vector<std::vector<int>> dependencies() const override { return {{active}, {active}}; }
  /// First-order uptake at a constant rate: the exact exponential.
  bool has_exact_flow() const override { return true; }
  bool exact_flow(double, double dt, double* u, const numerics::VoxelInfo& w) const override {
    const double k = clearance_[std::size_t(w.k)];
    if (k <= 0) return true;
    const double taken = u[active] * -std::expm1(-k * dt);
    u[active] -= taken;
    u[cleared_species] += taken;
    return true;
  }

 private:
  std::vector<double> clearance_;  // per plane, 1/s
};

/// The layered column on the square unit cell's grid.
struct Column : LayeredColumn {
  grid::Grid3D grid;
};

Column make_column(const SerumSpec& s, const TransportSkin& skin, const Coefficients& c,
                   double width, int n_lateral) {
  Column col;
  static_cast<LayeredColumn&>(col) = make_layered_column(s, skin, c);
  col.grid.nx = col.grid.ny = n_lateral;
  col.grid.nz = int(col.planes.size());
  col.grid.dx = col.grid.dy = width / n_lateral;
  col.grid.dz = s.depth_resolution;
  return col;
}

/// Per-voxel D and K of the active with the channel open to `open` of its initial area.
/// A voxel holds the lumen's exact share of its area (disc_in_rectangle), so the lumen's area,
/// and with it the vertical conductance of the channel through the stratum corneum, is kept at
/// any lateral resolution: a lumen narrower than a voxel is no longer lost between sub-samples
/// (docs/model.md 8.1, "A lumen narrower than a voxel").
void channel_fields(const Column& col, const ChannelLattice& ch, const Coefficients& c, double open,
                    numerics::DiffusionSpec& spec) {
  const grid::Grid3D& g = col.grid;
  spec.diffusivity_field.assign(g.size(), 0.0);
  spec.partition_field.assign(g.size(), 0.0);
  const double cx = 0.5 * g.width_x(), cy = 0.5 * g.width_y();
  for (int k = 0; k < g.nz; ++k) {
    const Plane& p = col.planes[std::size_t(k)];
    const double r = col.tissue(k) ? lumen_radius(ch, open, 0.5 * (p.z0 + p.z1)) : 0.0;
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) {
        const double lumen = r > 0 ? disc_in_rectangle(r, i * g.dx - cx, (i + 1) * g.dx - cx,
                                                       j * g.dy - cy, (j + 1) * g.dy - cy) /
                                         (g.dx * g.dy)
                                   : 0.0;
        const double k_mix = lumen * c.channel.partition + (1 - lumen) * p.partition;
        const double dk_mix = lumen * c.channel.diffusivity * c.channel.partition +
                              (1 - lumen) * p.diffusivity * p.partition;
        const std::size_t v = g.index(i, j, k);
        spec.partition_field[v] = k_mix * p.stretch;
        spec.diffusivity_field[v] = dk_mix / k_mix / (p.stretch * p.stretch);
      }
  }
}

struct Simulation {
  Column col;
  std::unique_ptr<TransportKinetics> kinetics;
  std::unique_ptr<numerics::ReactionDiffusion> engine;
};

Simulation make_simulation(const SerumSpec& s, const TransportSkin& skin, const Coefficients& c,
                           const ChannelLattice& ch) {
  Simulation sim;
  const bool channels = ch.density > 0;
  const double width = channels ? 1.0 / std::sqrt(ch.density) : s.lateral_resolution;
  int n = channels ? std::clamp(int(std::lround(width / s.lateral_resolution)), 4, 160) : 1;
  // An odd count puts the lumen in the middle of one voxel, not on the corner of four: a lumen
  // about one voxel across then fills that voxel instead of a quarter of four (at 25 um the
  // shallow stamp's enhancement was 140 with the corner, 100 converged; docs/model.md 8.1).
  if (channels && n % 2 == 0) n = n < 160 ? n + 1 : n - 1;
  sim.col = make_column(s, skin, c, width, n);
  const Column& col = sim.col;
  const int nz = col.grid.nz;
  sim.kinetics = std::make_unique<TransportKinetics>(loss_rates(col, s, c));

  std::vector<numerics::DiffusionSpec> specs(kTransportSpecies);
  for (int sp = 0; sp < kTransportSpecies; ++sp) {
    auto& spec = specs[std::size_t(sp)];
    spec.diffusivity_by_plane.assign(std::size_t(nz), 0.0);
    spec.partition_by_plane.assign(std::size_t(nz), 1.0);
    spec.lateral_factor_by_plane.assign(std::size_t(nz), 1.0);
    for (int k = 0; k < nz; ++k) {
      const Plane& p = col.planes[std::size_t(k)];
      spec.diffusivity_by_plane[std::size_t(k)] = p.diffusivity / (p.stretch * p.stretch);
      spec.partition_by_plane[std::size_t(k)] = p.partition * p.stretch;
      spec.lateral_factor_by_plane[std::size_t(k)] = p.stretch * p.stretch;
    }
    // The unit cell tiles the lattice; one column (intact skin) is one-dimensional.
    spec.lateral =
        n > 2 ? numerics::LateralBoundary::periodic : numerics::LateralBoundary::zero_flux;
    spec.mobile = sp == active;
  }
  numerics::StepperOptions o;
  // The delta form keeps the steady state of a channel fed from a boundary layer exactly, where
  // plain dimension splitting drifts (docs/numerics.md, "Order reduction").
  o.scheme = numerics::DiffusionScheme::backward_euler_delta;
  // Tolerances: relative 1e-2 by default (docs/model.md section 8: the outputs move by under 2 %
  // against 1e-3), absolute 1e-5 of the vehicle's concentration (deep dermis levels below it do
  // not matter to any output). The max norm over voxels: the channel is a few voxels of the cell.
  o.relative_tolerance = s.relative_tolerance;
  const double scale = std::max(s.concentration, 1e-30);
  o.absolute_tolerance.assign(kTransportSpecies, 1e-5 * scale);
  o.kinetics_tolerance.relative = 1e-6;
  o.kinetics_tolerance.absolute_by_species.assign(kTransportSpecies, 1e-10 * scale);
  o.dt_initial = 1.0;
  o.dt_max = 3600.0;
  o.dt_min = 1e-6;
  sim.engine =
      std::make_unique<numerics::ReactionDiffusion>(col.grid, specs, sim.kinetics.get(), o);
  // The serum on the skin: the vehicle plane holds the film's content.
  auto u = sim.engine->fields().view(active);
  for (int j = 0; j < col.grid.ny; ++j)
    for (int i = 0; i < col.grid.nx; ++i) u(i, j, 0) = col.planes[0].partition * s.concentration;
  return sim;
}

AbsorptionRow measure(const Simulation& sim, const SerumSpec& s, double t, double applied) {
  const auto& g = sim.col.grid;
  const auto& raw = sim.engine->fields().raw();
  const std::size_t plane = std::size_t(g.nx) * g.ny, nv = g.size();
  const double per_area = g.dz / double(plane);
  std::vector<double> amounts(std::size_t(g.nz), 0.0);
  double cleared = 0, degraded = 0;
  for (int k = 0; k < g.nz; ++k) {
    double a = 0, cl = 0;
    for (std::size_t v = plane * std::size_t(k); v < plane * std::size_t(k + 1); ++v) {
      a += raw[std::size_t(active) * nv + v];
      cl += raw[std::size_t(cleared_species) * nv + v];
    }
    amounts[std::size_t(k)] = a * per_area;
    // What the vehicle plane lost is the film's own loss; the tissue's, the capillaries'.
    (k == 0 ? degraded : cleared) += cl * per_area;
  }
  return row_from_planes(sim.col, s, t, applied, amounts, cleared, degraded);
}

/// The laterally averaged concentration (kg/m^3 of tissue) of each tissue plane, as bounded by
/// LayeredColumn::tissue_bounds (stored values over the plane's stretch, docs/model.md 8.1).
std::vector<double> plane_means(const Simulation& sim) {
  const auto& g = sim.col.grid;
  const auto u = sim.engine->fields().values(active);
  const std::size_t plane = std::size_t(g.nx) * g.ny;
  std::vector<double> means;
  for (int k = 0; k < g.nz; ++k) {
    if (!sim.col.tissue(k)) continue;
    double sum = 0;
    for (std::size_t v = plane * std::size_t(k); v < plane * std::size_t(k + 1); ++v) sum += u[v];
    means.push_back(sum / double(plane) / sim.col.planes[std::size_t(k)].stretch);
  }
  return means;
}

DepthProfile profile(const Simulation& sim, double t) {
  const auto& g = sim.col.grid;
  const auto u = sim.engine->fields().values(active);
  return binned_profile(sim.col, t, plane_means(sim), g.nx, [&](int k, int i) {
    return u[g.index(i, g.ny / 2, k)] / sim.col.planes[std::size_t(k)].stretch;
  });
}

}  // namespace

/// Runs the square unit cell (with or without the channel) to every output time.
ColumnOutputs run_square_column(const SerumSpec& s, const TransportSkin& skin,
                                const Coefficients& c, const ChannelLattice& ch,
                                const std::vector<double>& times,
                                const std::function<void(double)>& on_step) {
  ColumnOutputs out;
  Simulation sim = make_simulation(s, skin, c, ch);
  out.grid.lateral_voxels = sim.col.grid.nx;
  out.grid.plane_bounds = sim.col.tissue_bounds();
  out.applied = s.concentration * sim.col.film;
  auto& spec = sim.engine->species()[std::size_t(active)];
  auto open_at = [&](double t) {
    if (s.mode == TransportMode::franz || !ch.open_fraction) return 1.0;  // ex vivo: no healing
    return ch.open_fraction(s.delay + t);
  };
  // The channel's coefficients are piecewise constant in time; they are rebuilt when its open
  // area has moved by more than 2 % of the initial one since the last rebuild, so that a slow
  // tail of the closure does not restart the step control at every output (the stamp example's
  // outputs are identical with and without the threshold, docs/model.md 8.3).
  double shaped = -1;
  auto reshape = [&](double t) {
    if (ch.density <= 0) return;
    const double open = open_at(t);
    if (shaped >= 0 && std::abs(open - shaped) <= 0.02) return;
    channel_fields(sim.col, ch, c, open, spec);
    shaped = open;
  };
  reshape(0.0);
  AbsorptionRow previous = measure(sim, s, 0.0, out.applied);
  previous.open_fraction = ch.density > 0 ? open_at(0.0) : 0.0;
  out.rows.push_back(previous);
  out.row_bounds = sim.col.tissue_bounds();
  out.row_profiles.push_back(plane_means(sim));
  std::size_t next_profile = 0;
  std::vector<double> profile_times = s.profile_times;
  std::sort(profile_times.begin(), profile_times.end());
  for (double t : times) {
    if (t <= 0) continue;
    sim.engine->advance_to(t, on_step);
    AbsorptionRow r = measure(sim, s, t, out.applied);
    r.open_fraction = ch.density > 0 ? open_at(t) : 0.0;
    r.flux = (r.permeated - previous.permeated) / (t - previous.time);
    out.rows.push_back(r);
    previous = r;
    out.row_profiles.push_back(plane_means(sim));
    while (next_profile < profile_times.size() && profile_times[next_profile] <= t + 1e-9) {
      out.profiles.push_back(profile(sim, t));
      ++next_profile;
    }
    // The channel narrows between outputs: its coefficients follow, piecewise constant.
    reshape(t);
  }
  out.steps = sim.engine->stats().accepted;
  out.rejected = sim.engine->stats().rejected_error + sim.engine->stats().rejected_negative;
  return out;
}

std::vector<double> absorption_schedule(double duration, const std::vector<double>& extra) {
  std::vector<double> t;
  auto add_every = [&](double from, double to, double step) {
    for (double x = from + step; x <= std::min(to, duration) + 1e-9; x += step) t.push_back(x);
  };
  add_every(0, 2 * 3600.0, 900.0);             // every 15 min for 2 h (the channels close)
  add_every(2 * 3600.0, 6 * 3600.0, 1800.0);   // every 30 min to 6 h
  add_every(6 * 3600.0, 48 * 3600.0, 3600.0);  // hourly to 2 days
  add_every(48 * 3600.0, duration, 6 * 3600.0);
  for (double e : extra)
    if (e > 0 && e <= duration) t.push_back(e);
  t.push_back(duration);
  std::sort(t.begin(), t.end());
  t.erase(
      std::unique(t.begin(), t.end(), [](double a, double b) { return std::abs(a - b) < 1e-6; }),
      t.end());
  return t;
}

AbsorptionResult run_absorption(const SerumSpec& s, const TransportSkin& skin,
                                const ChannelLattice& ch, const Coefficients& c,
                                const std::function<void(double)>& progress) {
  if (!(s.depth_resolution > 0) || !(s.lateral_resolution > 0) || !(s.duration > 0))
    throw std::invalid_argument("serum transport needs resolutions and a duration");
  const auto start = std::chrono::steady_clock::now();
  AbsorptionResult r;
  r.coefficients = c;
  r.channels = ch;
  r.cell_width = ch.density > 0 ? 1.0 / std::sqrt(ch.density) : 0.0;
  r.infinite_dose = s.infinite_dose;
  const auto times = absorption_schedule(s.duration, s.profile_times);
  // Progress: the channel column is the first half of the work, the intact one the second; the
  // callback runs after every accepted step (so that a caller can stop a long serum stage).
  auto half = [&](double offset) -> std::function<void(double)> {
    if (!progress) return {};
    return [&progress, offset, d = s.duration](double t) {
      progress(offset + 0.5 * std::clamp(t / d, 0.0, 1.0));
    };
  };
  // by_fidelity outside a run (simulate resolves it): the square cell.
  auto run = s.cell == UnitCell::axisymmetric ? run_axisymmetric_column : run_square_column;
  ColumnOutputs with = run(s, skin, c, ch, times, half(0.0));
  ColumnOutputs without = run(s, skin, c, ChannelLattice{}, times, half(0.5));
  r.rows = std::move(with.rows);
  r.profiles = std::move(with.profiles);
  r.row_profiles = std::move(with.row_profiles);
  r.row_plane_bounds = std::move(with.row_bounds);
  r.applied = with.applied;
  r.grid = std::move(with.grid);
  r.intact_rows = std::move(without.rows);
  r.intact_profiles = std::move(without.profiles);
  r.intact_row_profiles = std::move(without.row_profiles);
  r.steps = with.steps + without.steps;
  r.rejected = with.rejected + without.rejected;
  r.elapsed_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace dermasim::transport
