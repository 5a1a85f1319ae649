#include "dermasim/transport/serum_run.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "dermasim/grid/grid3d.hpp"
#include "dermasim/numerics/reaction_diffusion.hpp"

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

enum Species : int { active = 0, cleared = 1, kTransportSpecies = 2 };

/// Capacity (as a film thickness) of a reservoir no transport can fill or deplete: the vehicle
/// of an infinite dose, and the Franz receptor, whose concentration stays at zero to within
/// what reaches it over this thickness (a perfect sink, and no stiff sink rate to integrate).
constexpr double kReservoir = 1e3;  // m

/// Removal of the active by the papillary capillaries into its own immobile species: linear,
/// so Rosenbrock steps conserve the sum exactly.
class TransportKinetics : public numerics::Kinetics {
 public:
  explicit TransportKinetics(std::vector<double> clearance) : clearance_(std::move(clearance)) {}
  int species() const override { return kTransportSpecies; }
  void rates(double, const double* u, double* du, const numerics::VoxelInfo& w) const override {
    const double c = clearance_[std::size_t(w.k)] * u[active];
    du[active] = -c;
    du[cleared] = c;
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
    u[cleared] += taken;
    return true;
  }

 private:
  std::vector<double> clearance_;  // per plane, 1/s
};

/// What one plane of the column is: its share of each layer, its resting coefficients.
struct Plane {
  double z0 = 0, z1 = 0;  // m below the skin surface (the vehicle plane is above: z < 0)
  double sc = 0, ve = 0, dermis = 0, papillary = 0, receptor = 0, vehicle = 0;  // shares
  double diffusivity = 0, partition = 1;
  // Physical thickness over the grid's uniform dz: the plane is stored with K J, D / J^2 and a
  // lateral conductance factor J^2, and its stored values are amounts per uniform voxel, u J
  // (numerics::DiffusionSpec::lateral_factor_by_plane).
  double stretch = 1;
};

/// The bounds of the tissue planes: from `first` at the surface, each plane 1.25 times the one
/// above, up to dz; then planes of dz, the last one sized so that the slab ends at n dz, n the
/// uniform grid's plane count (the depth of the slab stays that of uniform planes).
std::vector<double> tissue_plane_bounds(double depth, double dz, double first) {
  constexpr double kGrowth = 1.25;
  const int n = std::max(4, int(std::ceil(depth / dz - 1e-9)));
  const double bottom = n * dz;
  std::vector<double> z{0.0};
  double h = std::min(first, dz);
  while (bottom - z.back() > 1.5 * dz || (z.size() < 5 && bottom - z.back() > 1e-12 * dz)) {
    z.push_back(std::min(z.back() + h, bottom));
    h = std::min(dz, h * kGrowth);
  }
  if (bottom - z.back() > 1e-12 * dz) z.push_back(bottom);
  z.back() = bottom;
  return z;
}

struct Column {
  grid::Grid3D grid;
  std::vector<Plane> planes;  // 0: vehicle, then tissue, then (Franz) the receptor
  double film = 0;            // m of serum
  int first_tissue = 1, receptor_plane = -1;
  int uniform_planes = 0;  // tissue planes of depth_resolution the outputs are binned into
};

/// Series (vertical) mixing of the layers in a plane: K by volume, D K harmonically.
void mix(Plane& p, const Coefficients& c) {
  const LayerTransport layers[] = {c.stratum_corneum, c.viable_epidermis, c.dermis};
  const double shares[] = {p.sc, p.ve, p.dermis};
  double k = 0, resistance = 0, total = 0;
  for (int l = 0; l < 3; ++l) {
    if (shares[l] <= 0) continue;
    k += shares[l] * layers[l].partition;
    resistance += shares[l] / (layers[l].diffusivity * layers[l].partition);
    total += shares[l];
  }
  p.partition = k / total;
  p.diffusivity = total / resistance / p.partition;
}

Column make_column(const SerumSpec& s, const TransportSkin& skin, const Coefficients& c,
                   double width, int n_lateral) {
  Column col;
  const double dz = s.depth_resolution;
  // The first plane resolves the active's penetration into intact stratum corneum at 1 h (the
  // first reported cumulative amount): a fifth of sqrt(D_sc 1 h), no finer than
  // surface_resolution. Fast actives keep uniform planes (and their cost); a peptide, which
  // enters 0.3 um in an hour, gets the finest.
  const double penetration = std::sqrt(c.stratum_corneum.diffusivity * 3600.0);
  const double first = std::clamp(0.2 * penetration, std::min(s.surface_resolution, dz), dz);
  const auto bounds = tissue_plane_bounds(skin.depth, dz, s.surface_resolution > 0 ? first : dz);
  const int nz_tissue = int(bounds.size()) - 1;
  col.uniform_planes = std::max(4, int(std::ceil(skin.depth / dz - 1e-9)));
  const bool franz = s.mode == TransportMode::franz;
  const int nz = 1 + nz_tissue + (franz ? 1 : 0);
  col.grid.nx = col.grid.ny = n_lateral;
  col.grid.nz = nz;
  col.grid.dx = col.grid.dy = width / n_lateral;
  col.grid.dz = dz;
  col.film = s.infinite_dose ? kReservoir : s.dose / s.vehicle_density;
  Plane vehicle;
  vehicle.z0 = -dz, vehicle.z1 = 0, vehicle.vehicle = 1;
  // The film's capacity in one plane: K dz = film thickness, D K = the aqueous D.
  vehicle.partition = col.film / dz;
  vehicle.diffusivity = c.vehicle.diffusivity / vehicle.partition;
  col.planes.push_back(vehicle);
  const auto& L = skin.layers;
  auto share = [&](skin::Layer layer, double z0, double z1) {
    const double top = L.top(layer), bottom = L.bottom(layer);
    return std::max(0.0, std::min(z1, bottom) - std::max(z0, top)) / (z1 - z0);
  };
  for (int k = 0; k < nz_tissue; ++k) {
    Plane p;
    p.z0 = bounds[std::size_t(k)], p.z1 = bounds[std::size_t(k + 1)];
    p.stretch = (p.z1 - p.z0) / dz;
    p.sc = share(skin::Layer::stratum_corneum, p.z0, p.z1);
    p.ve = share(skin::Layer::viable_epidermis, p.z0, p.z1);
    p.papillary = share(skin::Layer::papillary_dermis, p.z0, p.z1);
    p.dermis = 1 - p.sc - p.ve;
    mix(p, c);
    col.planes.push_back(p);
  }
  if (franz) {
    Plane r;
    r.z0 = bounds.back(), r.z1 = r.z0 + dz, r.receptor = 1;
    r.partition = kReservoir / dz;  // the stirred receptor fluid: a reservoir below the slab
    r.diffusivity = c.channel.diffusivity / r.partition;
    col.receptor_plane = int(col.planes.size());
    col.planes.push_back(r);
  }
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
  const double r_open = ch.radius * std::sqrt(std::clamp(open, 0.0, 1.0));
  const double cx = 0.5 * g.width_x(), cy = 0.5 * g.width_y();
  for (int k = 0; k < g.nz; ++k) {
    const Plane& p = col.planes[std::size_t(k)];
    const bool tissue = k >= col.first_tissue && (col.receptor_plane < 0 || k < col.receptor_plane);
    const double zc = 0.5 * (p.z0 + p.z1);
    // The lumen's radius at this depth: the shaft's, narrowing along the tip to the bottom.
    double r = 0;
    if (tissue && r_open > 0 && zc < ch.depth)
      r = r_open * std::min(1.0, ch.taper_length > 0 ? (ch.depth - zc) / ch.taper_length : 1.0);
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
  std::vector<double> clearance(std::size_t(nz), 0.0);
  if (s.mode == TransportMode::in_vivo)
    for (int k = 0; k < nz; ++k)
      clearance[std::size_t(k)] = c.clearance * col.planes[std::size_t(k)].papillary;
  sim.kinetics = std::make_unique<TransportKinetics>(clearance);

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
  const auto& f = sim.engine->fields();
  const std::size_t plane = std::size_t(g.nx) * g.ny, nv = g.size();
  const double per_area = g.dz / double(plane);
  AbsorptionRow r;
  r.time = t;
  const auto& raw = f.raw();
  for (int k = 0; k < g.nz; ++k) {
    const Plane& p = sim.col.planes[std::size_t(k)];
    double a = 0, cl = 0;
    for (std::size_t v = plane * std::size_t(k); v < plane * std::size_t(k + 1); ++v) {
      a += raw[std::size_t(active) * nv + v];
      cl += raw[std::size_t(cleared) * nv + v];
    }
    a *= per_area, cl *= per_area;
    r.donor += p.vehicle * a;
    r.stratum_corneum += p.sc * a;
    r.viable_epidermis += p.ve * a;
    r.dermis += p.dermis * a;
    r.received += p.receptor * a;
    r.cleared += cl;
  }
  r.permeated = s.mode == TransportMode::franz ? r.received : r.cleared;
  r.delivered = r.viable_epidermis + r.dermis + r.cleared + r.received;
  const double total =
      r.donor + r.stratum_corneum + r.viable_epidermis + r.dermis + r.cleared + r.received;
  r.mass_balance_error = applied > 0 ? std::abs(total - applied) / applied : 0.0;
  return r;
}

DepthProfile profile(const Simulation& sim, double t) {
  const auto& g = sim.col.grid;
  const auto u = sim.engine->fields().values(active);
  const std::size_t plane = std::size_t(g.nx) * g.ny;
  DepthProfile p;
  p.time = t;
  p.nx = g.nx;
  const int k0 = sim.col.first_tissue;
  const int k1 = sim.col.receptor_plane >= 0 ? sim.col.receptor_plane : g.nz;
  // The outputs keep the uniform planes of depth_resolution: each graded plane's concentration
  // (stored value / stretch) goes into the bins it overlaps, by overlap.
  const int bins = sim.col.uniform_planes;
  const double dz = g.dz;
  p.nz = bins;
  p.concentration.assign(std::size_t(bins), 0.0);
  p.section.assign(std::size_t(bins) * std::size_t(g.nx), 0.0);
  for (int b = 0; b < bins; ++b) p.depth.push_back((b + 0.5) * dz);
  for (int k = k0; k < k1; ++k) {
    const Plane& pl = sim.col.planes[std::size_t(k)];
    double sum = 0;
    for (std::size_t v = plane * std::size_t(k); v < plane * std::size_t(k + 1); ++v) sum += u[v];
    const double mean = sum / double(plane) / pl.stretch;
    for (int b = std::max(0, int(pl.z0 / dz)); b < bins && b * dz < pl.z1; ++b) {
      const double w = (std::min(pl.z1, (b + 1) * dz) - std::max(pl.z0, b * dz)) / dz;
      if (w <= 0) continue;
      p.concentration[std::size_t(b)] += w * mean;
      for (int i = 0; i < g.nx; ++i)
        p.section[std::size_t(b) * std::size_t(g.nx) + std::size_t(i)] +=
            w * u[g.index(i, g.ny / 2, k)] / pl.stretch;
    }
  }
  return p;
}

/// The tissue planes' bounds (m below the skin surface), the receptor excluded.
std::vector<double> tissue_plane_bounds_of(const Simulation& sim) {
  std::vector<double> bounds;
  for (int k = sim.col.first_tissue; k < sim.col.grid.nz; ++k) {
    if (k == sim.col.receptor_plane) continue;
    const Plane& p = sim.col.planes[std::size_t(k)];
    if (bounds.empty()) bounds.push_back(p.z0);
    bounds.push_back(p.z1);
  }
  return bounds;
}

/// The laterally averaged concentration (kg/m^3 of tissue) of each tissue plane, as bounded by
/// tissue_plane_bounds_of (stored values over the plane's stretch, docs/model.md 8.1).
std::vector<double> plane_means(const Simulation& sim) {
  const auto& g = sim.col.grid;
  const auto u = sim.engine->fields().values(active);
  const std::size_t plane = std::size_t(g.nx) * g.ny;
  std::vector<double> means;
  for (int k = sim.col.first_tissue; k < g.nz; ++k) {
    if (k == sim.col.receptor_plane) continue;
    double sum = 0;
    for (std::size_t v = plane * std::size_t(k); v < plane * std::size_t(k + 1); ++v) sum += u[v];
    means.push_back(sum / double(plane) / sim.col.planes[std::size_t(k)].stretch);
  }
  return means;
}

/// Runs one column (with or without the channel) to every output time.
void simulate(const SerumSpec& s, const TransportSkin& skin, const Coefficients& c,
              const ChannelLattice& ch, const std::vector<double>& times,
              std::vector<AbsorptionRow>& rows, std::vector<DepthProfile>& profiles,
              std::vector<std::vector<double>>& row_profiles, std::vector<double>& row_bounds,
              double& applied, long& steps, long& rejected, SerumGrid* grid,
              const std::function<void(double)>& on_step) {
  Simulation sim = make_simulation(s, skin, c, ch);
  if (grid) {
    grid->lateral_voxels = sim.col.grid.nx;
    grid->plane_bounds.clear();
    for (int k = sim.col.first_tissue; k < sim.col.grid.nz; ++k)
      if (k != sim.col.receptor_plane) {
        const Plane& p = sim.col.planes[std::size_t(k)];
        if (grid->plane_bounds.empty()) grid->plane_bounds.push_back(p.z0);
        grid->plane_bounds.push_back(p.z1);
      }
  }
  applied = s.concentration * sim.col.film;
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
  AbsorptionRow previous = measure(sim, s, 0.0, applied);
  previous.open_fraction = ch.density > 0 ? open_at(0.0) : 0.0;
  rows.push_back(previous);
  row_bounds = tissue_plane_bounds_of(sim);
  row_profiles.push_back(plane_means(sim));
  std::size_t next_profile = 0;
  std::vector<double> profile_times = s.profile_times;
  std::sort(profile_times.begin(), profile_times.end());
  for (double t : times) {
    if (t <= 0) continue;
    sim.engine->advance_to(t, on_step);
    AbsorptionRow r = measure(sim, s, t, applied);
    r.open_fraction = ch.density > 0 ? open_at(t) : 0.0;
    r.flux = (r.permeated - previous.permeated) / (t - previous.time);
    rows.push_back(r);
    previous = r;
    row_profiles.push_back(plane_means(sim));
    while (next_profile < profile_times.size() && profile_times[next_profile] <= t + 1e-9) {
      profiles.push_back(profile(sim, t));
      ++next_profile;
    }
    // The channel narrows between outputs: its coefficients follow, piecewise constant.
    reshape(t);
  }
  steps += sim.engine->stats().accepted;
  rejected += sim.engine->stats().rejected_error + sim.engine->stats().rejected_negative;
}

}  // namespace

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
  double applied_intact = 0;
  // Progress: the channel column is the first half of the work, the intact one the second; the
  // callback runs after every accepted step (so that a caller can stop a long serum stage).
  auto half = [&](double offset) -> std::function<void(double)> {
    if (!progress) return {};
    return [&progress, offset, d = s.duration](double t) {
      progress(offset + 0.5 * std::clamp(t / d, 0.0, 1.0));
    };
  };
  simulate(s, skin, c, ch, times, r.rows, r.profiles, r.row_profiles, r.row_plane_bounds, r.applied,
           r.steps, r.rejected, &r.grid, half(0.0));
  ChannelLattice none;
  std::vector<double> intact_bounds;
  simulate(s, skin, c, none, times, r.intact_rows, r.intact_profiles, r.intact_row_profiles,
           intact_bounds, applied_intact, r.steps, r.rejected, nullptr, half(0.5));
  r.elapsed_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace dermasim::transport
