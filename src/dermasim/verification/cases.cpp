#include "dermasim/verification/cases.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "dermasim/numerics/lod_diffusion.hpp"
#include "dermasim/numerics/reaction_diffusion.hpp"
#include "dermasim/numerics/reference_diffusion.hpp"
#include "dermasim/numerics/well_mixed.hpp"
#include "dermasim/random/keyed_random.hpp"

namespace dermasim::verification {

namespace {

using numerics::DiffusionScheme;
using numerics::DiffusionSpec;
using numerics::VerticalBoundary;
constexpr double pi = std::numbers::pi;

double observed_order(double coarse_error, double fine_error, double ratio = 2.0) {
  return std::log(coarse_error / fine_error) / std::log(ratio);
}

double relative_l2(const std::vector<double>& a, const std::vector<double>& b) {
  double num = 0, den = 0;
  for (std::size_t v = 0; v < a.size(); ++v) {
    num += (a[v] - b[v]) * (a[v] - b[v]);
    den += b[v] * b[v];
  }
  return std::sqrt(num / den);
}

grid::Grid3D cube(int n, double length) {
  grid::Grid3D g;
  g.nx = g.ny = g.nz = n;
  g.dx = g.dy = g.dz = length / n;
  return g;
}

// ---- 1. A Gaussian spreading far from the walls of a closed box.
// --------------------------------- The image terms are kept for exactness but are ~e^-40 here: the
// walls are not exercised (the zero-flux boundaries are: mass_conservation, two_layer_steady_state,
// manufactured).
double gaussian_error(int n) {
  const double L = 400e-6, D = 1e-9, s0 = 30e-6, T = 0.5;
  const grid::Grid3D g = cube(n, L);
  auto exact = [&](double x, double y, double z, double t) {
    const double s2 = s0 * s0 + 2 * D * t;
    double sum = 0;
    // Zero-flux walls: reflections of the source at L/2 about x = 0 and x = L (and y, z).
    for (double cx : {L / 2, -L / 2, 1.5 * L})
      for (double cy : {L / 2, -L / 2, 1.5 * L})
        for (double cz : {L / 2, -L / 2, 1.5 * L}) {
          const double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz);
          sum += std::exp(-r2 / (2 * s2));
        }
    return sum * std::pow(s0 * s0 / s2, 1.5);
  };
  grid::FieldSet f(g, 1);
  auto u = f.view(0);
  for (int k = 0; k < n; ++k)
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i)
        u(i, j, k) = exact(g.x_center(i), g.y_center(j), g.z_center(k), 0);
  numerics::LodDiffusion lod(g);
  const DiffusionSpec spec = DiffusionSpec::uniform(n, D);
  const int steps = n / 2;  // dt proportional to h: both error terms are O(h^2)
  for (int s = 0; s < steps; ++s) lod.step(u, spec, T / steps, DiffusionScheme::tr_bdf2);
  std::vector<double> ref(g.size());
  for (int k = 0; k < n; ++k)
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i)
        ref[g.index(i, j, k)] = exact(g.x_center(i), g.y_center(j), g.z_center(k), T);
  return relative_l2({f.values(0).begin(), f.values(0).end()}, ref);
}

std::vector<Metric> gaussian() {
  const double e32 = gaussian_error(32), e64 = gaussian_error(64);
  return {
      {"gaussian", "relative L2 error, 64^3", e64, 5e-3, false},
      {"gaussian", "observed order (32^3 -> 64^3, dt ~ h)", observed_order(e32, e64), 1.9, true}};
}

// ---- 2. A manufactured solution with variable coefficients and a source. --------------------
// u = exp(-lambda t) cos(pi x/L) cos(pi y/L) cos(pi z/L) + c,  D(z) = D0 (1 + 0.5 sin(pi z/L)),
// R(u, x, t) = -k u + s(x, t) with s chosen so that u solves du/dt = div(D grad u) + R exactly.
struct Manufactured : numerics::Kinetics {
  double L = 1e-3, D0 = 1e-10, lambda = 3e-4, k = 2e-3, c = 0.5;
  double d(double z) const { return D0 * (1 + 0.5 * std::sin(pi * z / L)); }
  double d_prime(double z) const { return D0 * 0.5 * (pi / L) * std::cos(pi * z / L); }
  double exact(double x, double y, double z, double t) const {
    return std::exp(-lambda * t) * std::cos(pi * x / L) * std::cos(pi * y / L) *
               std::cos(pi * z / L) +
           c;
  }
  int species() const override { return 1; }
  bool autonomous() const override { return false; }
  void rates(double t, const double* u, double* dudt, const numerics::VoxelInfo& w) const override {
    const double e = std::exp(-lambda * t);
    const double X = std::cos(pi * w.x / L), Y = std::cos(pi * w.y / L), Z = std::cos(pi * w.z / L);
    const double wv = e * X * Y * Z;
    const double sigma = 3 * pi * pi / (L * L);
    const double source = -lambda * wv + d(w.z) * sigma * wv +
                          d_prime(w.z) * e * X * Y * (pi / L) * std::sin(pi * w.z / L) +
                          k * (wv + c);
    dudt[0] = -k * u[0] + source;
  }
  bool analytic_jacobian() const override { return true; }
  void jacobian(double, const double*, double* j, const numerics::VoxelInfo&) const override {
    j[0] = -k;
  }
};

std::vector<double> run_manufactured(const Manufactured& m, int n, int steps, double T) {
  const grid::Grid3D g = cube(n, m.L);
  DiffusionSpec spec = DiffusionSpec::uniform(n, 0.0);
  for (int k = 0; k < n; ++k) spec.diffusivity_by_plane[std::size_t(k)] = m.d(g.z_center(k));
  numerics::StepperOptions opt;
  opt.adaptive = false;
  opt.kinetics_tolerance.fixed_substeps = 1;
  numerics::ReactionDiffusion rd(g, {spec}, &m, opt);
  auto u = rd.fields().view(0);
  for (int k = 0; k < n; ++k)
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i)
        u(i, j, k) = m.exact(g.x_center(i), g.y_center(j), g.z_center(k), 0);
  for (int s = 0; s < steps; ++s) rd.step_fixed(T / steps);
  return {rd.fields().values(0).begin(), rd.fields().values(0).end()};
}

std::vector<Metric> manufactured() {
  const Manufactured m;
  const double T = 1800;
  // Spatial: grids 16 and 32 against the exact solution. The time error is removed by Richardson
  // extrapolation of runs with 32 and 64 steps ((4 u_64 - u_32) / 3), so what remains is spatial.
  auto spatial_error = [&](int n) {
    const auto u32 = run_manufactured(m, n, 32, T), u64 = run_manufactured(m, n, 64, T);
    std::vector<double> u(u32.size());
    for (std::size_t v = 0; v < u.size(); ++v) u[v] = (4.0 * u64[v] - u32[v]) / 3.0;
    const grid::Grid3D g = cube(n, m.L);
    std::vector<double> ref(g.size());
    for (int k = 0; k < n; ++k)
      for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i)
          ref[g.index(i, j, k)] = m.exact(g.x_center(i), g.y_center(j), g.z_center(k), T) - m.c;
    std::vector<double> dev(u.size());
    for (std::size_t v = 0; v < u.size(); ++v) dev[v] = u[v] - m.c;
    return relative_l2(dev, ref);
  };
  const double s16 = spatial_error(16), s32 = spatial_error(32);
  // Temporal: a fixed 10^3 grid, dt halved, against a run with 32 times smaller steps.
  const auto reference = run_manufactured(m, 10, 512, T);
  auto temporal_error = [&](int steps) {
    return relative_l2(run_manufactured(m, 10, steps, T), reference);
  };
  const double t8 = temporal_error(8), t16 = temporal_error(16);
  return {
      {"manufactured", "relative L2 error, 32^3", s32, 5e-3, false},
      {"manufactured", "observed spatial order (16 -> 32)", observed_order(s16, s32), 1.9, true},
      {"manufactured", "observed temporal order, Strang (dt: T/8 -> T/16)", observed_order(t8, t16),
       1.9, true}};
}

// ---- 3. Mass conservation with zero-flux boundaries, jumps in D and K. --------------------------
std::vector<Metric> mass_conservation() {
  const int n = 24;
  const grid::Grid3D g = cube(n, 240e-6);
  DiffusionSpec spec = DiffusionSpec::uniform(n, 1e-10);
  for (int k = 0; k < n; ++k) {
    spec.diffusivity_by_plane[std::size_t(k)] =
        k < 3 ? 1e-14 : (k < 8 ? 1e-11 : 1e-10);  // SC, VE, dermis
    spec.partition_by_plane[std::size_t(k)] = k < 3 ? 10.0 : 1.0;
  }
  // A channel through the barrier: 100x the dermal D in a column of voxels.
  spec.diffusivity_field.assign(g.size(), 0.0);
  for (int k = 0; k < n; ++k)
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i)
        spec.diffusivity_field[g.index(i, j, k)] =
            (std::abs(i - n / 2) < 2 && std::abs(j - n / 2) < 2 && k < 10)
                ? 1e-9
                : spec.diffusivity_by_plane[std::size_t(k)];
  // The same layers without the channel and with periodic sides: the layered fast path.
  DiffusionSpec layered = spec;
  layered.diffusivity_field.clear();
  layered.lateral = numerics::LateralBoundary::periodic;
  const random::KeyedRandom rng(42);
  double worst = 0, worst_delta = 0;
  for (const DiffusionSpec* which : {&spec, &layered})
    for (DiffusionScheme scheme : {DiffusionScheme::backward_euler, DiffusionScheme::tr_bdf2,
                                   DiffusionScheme::backward_euler_delta}) {
      grid::FieldSet f(g, 1);
      auto vals = f.values(0);
      for (std::size_t v = 0; v < vals.size(); ++v)
        vals[v] = rng.uniform(0, 0, std::uint32_t(v), random::Purpose::depth);
      numerics::LodDiffusion lod(g);
      auto total = [&] {
        long double s = 0;
        for (double x : f.values(0)) s += x;
        return double(s);
      };
      const double m0 = total();
      double previous = m0;
      for (int s = 0; s < 20; ++s) {
        lod.step(f.view(0), *which, 600.0, scheme);
        const double now = total();
        double& w = scheme == DiffusionScheme::backward_euler_delta ? worst_delta : worst;
        w = std::max(w, std::abs(now - previous) / m0);
        previous = now;
      }
    }
  // The delta form adds an increment computed from dt times the fluxes: its round-off grows with
  // dt D / h^2 (here up to 6000), so its drift is larger, though still round-off.
  return {
      {"mass_conservation", "max relative mass drift per step, general and fast paths", worst,
       1e-12, false},
      {"mass_conservation", "delta form: max relative mass drift per step (dt D/h^2 up to 6000)",
       worst_delta, 1e-10, false}};
}

// ---- 4. Exponential decay, exact solution exp(-k t). --------------------------------------------
struct Decay : numerics::Kinetics {
  double rate = 1e-4;
  int species() const override { return 1; }
  void rates(double, const double* u, double* dudt, const numerics::VoxelInfo&) const override {
    dudt[0] = -rate * u[0];
  }
  bool analytic_jacobian() const override { return true; }
  void jacobian(double, const double*, double* j, const numerics::VoxelInfo&) const override {
    j[0] = -rate;
  }
};

std::vector<Metric> exponential_decay() {
  const Decay decay;
  const double T = 5e4;  // five decay times
  const grid::Grid3D g = cube(4, 40e-6);
  auto run = [&](numerics::StepperOptions opt) {
    numerics::ReactionDiffusion rd(g, {DiffusionSpec::uniform(4, 1e-10)}, &decay, opt);
    for (double& x : rd.fields().values(0)) x = 1.0;
    rd.advance_to(T);
    double worst = 0;
    for (double x : rd.fields().values(0))
      worst = std::max(worst, std::abs(x - std::exp(-decay.rate * T)) / std::exp(-decay.rate * T));
    return worst;
  };
  numerics::StepperOptions adaptive;
  adaptive.relative_tolerance = 1e-6;
  adaptive.absolute_tolerance = {1e-14};
  adaptive.kinetics_tolerance = {1e-8, 1e-16, 0, {}};
  numerics::StepperOptions fixed;
  fixed.adaptive = false;
  fixed.kinetics_tolerance.fixed_substeps = 1;
  fixed.dt_initial = T / 80;
  const double e80 = run(fixed);
  fixed.dt_initial = T / 160;
  const double e160 = run(fixed);
  return {{"exponential_decay", "relative error at 5 decay times, adaptive (rtol 1e-6)",
           run(adaptive), 1e-5, false},
          {"exponential_decay", "observed order, fixed steps (T/80 -> T/160)",
           observed_order(e80, e160), 1.9, true}};
}

// ---- 5. Two layers with a partition coefficient: steady piecewise-linear profile. ---------------
std::vector<Metric> two_layer_steady_state() {
  const int nz = 40, half = 16;
  grid::Grid3D g;
  g.nx = g.ny = 3;
  g.nz = nz;
  g.dx = g.dy = g.dz = 5e-6;
  const double D1 = 1e-12, K1 = 8.0, D2 = 5e-11, K2 = 1.0, C0 = 1.0, Cb = 0.1;
  DiffusionSpec spec = DiffusionSpec::uniform(nz, D2, K2);
  for (int k = 0; k < half; ++k) {
    spec.diffusivity_by_plane[std::size_t(k)] = D1;
    spec.partition_by_plane[std::size_t(k)] = K1;
  }
  spec.top = VerticalBoundary::dirichlet(C0);
  spec.bottom = VerticalBoundary::dirichlet(Cb);
  grid::FieldSet f(g, 1);
  numerics::LodDiffusion lod(g);
  for (int s = 0; s < 30; ++s) lod.step(f.view(0), spec, 1e9, DiffusionScheme::backward_euler);
  // Analytic: phi = u/K is piecewise linear and continuous; the flux is the same in both layers.
  const double L1 = half * g.dz, L2 = (nz - half) * g.dz;
  const double J = (C0 - Cb) / (L1 / (D1 * K1) + L2 / (D2 * K2));
  double worst = 0;
  auto u = f.view(0);
  for (int k = 0; k < nz; ++k) {
    const double z = g.z_center(k);
    const double phi =
        z < L1 ? C0 - J * z / (D1 * K1) : C0 - J * L1 / (D1 * K1) - J * (z - L1) / (D2 * K2);
    const double K = z < L1 ? K1 : K2;
    worst = std::max(worst, std::abs(u(1, 1, k) - K * phi) / (K1 * C0));
  }
  return {{"two_layer_steady_state", "max error / (K1 C0) against the analytic profile", worst,
           1e-10, false}};
}

// ---- 6. Fast (LOD) solver against the reference (CG on the unsplit operator).
// ---------------------- Same discretization, same TR-BDF2 time stepping; the difference is the
// dimension splitting.
double lod_minus_reference(const DiffusionSpec& spec, const grid::Grid3D& g, double T, int steps,
                           DiffusionScheme scheme = DiffusionScheme::tr_bdf2) {
  const random::KeyedRandom rng(11);
  grid::FieldSet fast(g, 1), ref(g, 1);
  for (std::size_t v = 0; v < g.size(); ++v)
    fast.values(0)[v] = ref.values(0)[v] =
        rng.uniform(2, 0, std::uint32_t(v), random::Purpose::depth);
  numerics::LodDiffusion lod(g);
  const numerics::ReferenceDiffusion reference(g);
  for (int s = 0; s < steps; ++s) {
    lod.step(fast.view(0), spec, T / steps, scheme);
    reference.step(ref.view(0), spec, T / steps, scheme);
  }
  return relative_l2({fast.values(0).begin(), fast.values(0).end()},
                     {ref.values(0).begin(), ref.values(0).end()});
}

// Largest relative change one step of `scheme` makes to the exact discrete steady state.
double drift_from_steady_state(const DiffusionSpec& spec, const grid::Grid3D& g, double dt,
                               DiffusionScheme scheme) {
  grid::FieldSet steady(g, 1);
  const numerics::ReferenceDiffusion reference(g);
  for (int s = 0; s < 4; ++s)
    reference.step(steady.view(0), spec, 1e12, DiffusionScheme::backward_euler, 1e-15);
  grid::FieldSet moved = steady;
  numerics::LodDiffusion(g).step(moved.view(0), spec, dt, scheme);
  double worst = 0, peak = 0;
  for (std::size_t v = 0; v < g.size(); ++v) {
    worst = std::max(worst, std::abs(moved.values(0)[v] - steady.values(0)[v]));
    peak = std::max(peak, std::abs(steady.values(0)[v]));
  }
  return worst / peak;
}

// A layered skin by plane: a 2-plane barrier (D 1e-12 m^2/s, K 5), epidermis to plane
// `epidermis_end` (D 1e-11), dermis below (D 1e-10); serum at the top, periodic sides.
DiffusionSpec layered_skin(int n, int epidermis_end) {
  DiffusionSpec spec = DiffusionSpec::uniform(n, 1e-10);
  for (int k = 0; k < n; ++k) {
    spec.diffusivity_by_plane[std::size_t(k)] = k < 2 ? 1e-12 : (k < epidermis_end ? 1e-11 : 1e-10);
    spec.partition_by_plane[std::size_t(k)] = k < 2 ? 5.0 : 1.0;
  }
  spec.top = VerticalBoundary::dirichlet(1.0);
  spec.lateral = numerics::LateralBoundary::periodic;
  return spec;
}

std::vector<Metric> fast_vs_reference() {
  const int n = 14;
  const grid::Grid3D g = cube(n, 140e-6);
  // (a) Layered skin: D and K by plane (barrier, epidermis, dermis), serum at the top (Dirichlet),
  // capillary uptake at the bottom (Robin), periodic sides. The directions commute: the splitting
  // is exact up to the time discretization of each sweep.
  DiffusionSpec layered = layered_skin(n, 5);
  layered.bottom = VerticalBoundary::robin(0.0, 1e-6);
  // (b) D varying by a decade from voxel to voxel, closed box: the directions do not commute.
  const random::KeyedRandom rng(7);
  DiffusionSpec rough = DiffusionSpec::uniform(n, 0.0);
  rough.diffusivity_field.resize(g.size());
  for (std::size_t v = 0; v < g.size(); ++v)
    rough.diffusivity_field[v] =
        1e-11 * std::pow(10.0, rng.uniform(1, 0, std::uint32_t(v), random::Purpose::depth));
  rough.lateral = numerics::LateralBoundary::periodic;
  // (c) The hard case: a fast channel through the layered barrier with serum at the top. Splitting
  // with boundary sources loses an order in the stiff regime (Hundsdorfer & Verwer 2003, sec.
  // IV.3): the observed order is about 1, and the adaptive step control keeps the error in check.
  DiffusionSpec channel = layered;
  channel.bottom = VerticalBoundary::zero_flux();
  channel.diffusivity_field.resize(g.size());
  for (int k = 0; k < n; ++k)
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i)
        channel.diffusivity_field[g.index(i, j, k)] =
            (std::abs(i - n / 2) < 2 && std::abs(j - n / 2) < 2 && k < 6)
                ? 1e-9
                : channel.diffusivity_by_plane[std::size_t(k)];
  const double T = 600;
  // Over 10 s (D T / h^2 from 1 to 10): the splitting error is not yet smoothed away.
  const double b16 = lod_minus_reference(rough, g, 10, 16),
               b32 = lod_minus_reference(rough, g, 10, 32);
  const double c16 = lod_minus_reference(channel, g, 60, 16),
               c32 = lod_minus_reference(channel, g, 60, 32);
  const auto delta = DiffusionScheme::backward_euler_delta;
  const double e32 = lod_minus_reference(channel, g, 60, 32, delta),
               e64 = lod_minus_reference(channel, g, 60, 64, delta);
  // With capillary clearance at the bottom the steady state is a real profile, not uniform.
  DiffusionSpec cleared = channel;
  cleared.bottom = VerticalBoundary::robin(0.0, 1e-6);
  return {{"fast_vs_reference", "layered skin, Dirichlet/Robin: relative L2 difference, 8 steps",
           lod_minus_reference(layered, g, T, 8), 1e-5, false},
          {"fast_vs_reference", "voxel-wise D: relative L2 difference, 32 steps", b32, 1e-4, false},
          {"fast_vs_reference", "voxel-wise D: order of the splitting difference (16 -> 32)",
           observed_order(b16, b32), 1.8, true},
          {"fast_vs_reference", "channel + serum: order of the splitting difference (16 -> 32)",
           observed_order(c16, c32), 0.8, true},
          {"fast_vs_reference",
           "channel + serum, delta form: drift of the steady state in one 100 s step",
           drift_from_steady_state(cleared, g, 100.0, delta), 1e-10, false},
          {"fast_vs_reference",
           "channel + serum, delta form: difference from unsplit backward Euler, 64 steps", e64,
           0.05, false},
          {"fast_vs_reference", "channel + serum, delta form: order of that difference (32 -> 64)",
           observed_order(e32, e64), 0.8, true}};
}

// ---- 8. Float storage: the same steps with values stored as float, solved in double. -----------
std::vector<Metric> float_storage() {
  const int n = 40;
  const grid::Grid3D g = cube(n, 400e-6);
  const DiffusionSpec spec = layered_skin(n, 6);
  const random::KeyedRandom rng(3);
  std::vector<Metric> out;
  for (DiffusionScheme scheme : {DiffusionScheme::backward_euler, DiffusionScheme::tr_bdf2}) {
    grid::FieldSet exact(g, 1);
    std::vector<float> stored(g.size());
    for (std::size_t v = 0; v < g.size(); ++v) {
      stored[v] = static_cast<float>(rng.uniform(4, 0, std::uint32_t(v), random::Purpose::depth));
      exact.values(0)[v] = stored[v];  // the same (float-representable) start
    }
    numerics::LodDiffusion lod(g);
    for (int s = 0; s < 50; ++s) {
      lod.step(exact.view(0), spec, 30.0, scheme);
      lod.step(grid::FloatFieldView{stored.data(), g.nx, g.ny, g.nz}, spec, 30.0, scheme);
    }
    std::vector<double> as_double(stored.begin(), stored.end());
    out.push_back({"float_storage",
                   scheme == DiffusionScheme::backward_euler
                       ? "relative L2 difference from double storage, 50 backward-Euler steps"
                       : "relative L2 difference from double storage, 50 TR-BDF2 steps",
                   relative_l2(as_double, {exact.values(0).begin(), exact.values(0).end()}), 1e-6,
                   false});
  }
  return out;
}

// ---- 7. 3D kinetics against CVODE: the stiff Robertson system (Robertson 1966). -----------------
struct Robertson : numerics::Kinetics {
  int species() const override { return 3; }
  void rates(double, const double* y, double* f, const numerics::VoxelInfo&) const override {
    f[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
    f[2] = 3e7 * y[1] * y[1];
    f[1] = -f[0] - f[2];
  }
  bool analytic_jacobian() const override { return true; }
  void jacobian(double, const double* y, double* j, const numerics::VoxelInfo&) const override {
    j[0] = -0.04, j[1] = 1e4 * y[2], j[2] = 1e4 * y[1];
    j[6] = 0, j[7] = 6e7 * y[1], j[8] = 0;
    j[3] = 0.04, j[4] = -1e4 * y[2] - 6e7 * y[1], j[5] = -1e4 * y[1];
  }
};

std::vector<Metric> kinetics_vs_cvode() {
  const Robertson rob;
  const double T = 40.0;
  const auto cvode =
      numerics::integrate_well_mixed(rob, {1, 0, 0}, 0, {T}, {}, {1e-10, 1e-16, 1000000})[0];
  const grid::Grid3D g = cube(6, 60e-6);
  numerics::StepperOptions opt;
  opt.relative_tolerance = 1e-5;
  opt.absolute_tolerance = {1e-10, 1e-14, 1e-10};
  opt.dt_initial = 1e-4;
  opt.dt_min = 1e-9;
  opt.kinetics_tolerance = {1e-7, 1e-15, 0, {}};
  std::vector<DiffusionSpec> species(3, DiffusionSpec::uniform(6, 1e-10));
  numerics::ReactionDiffusion rd(g, species, &rob, opt);
  for (double& x : rd.fields().values(0)) x = 1.0;
  rd.advance_to(T);
  double worst = 0;
  for (int s = 0; s < 3; ++s) {
    double mean = 0;
    for (double x : rd.fields().values(s)) mean += x;
    mean /= double(g.size());
    worst =
        std::max(worst, std::abs(mean - cvode[std::size_t(s)]) / std::abs(cvode[std::size_t(s)]));
  }
  return {{"kinetics_vs_cvode", "max relative difference of patch means (Robertson, t = 40 s)",
           worst, 1e-6, false}};
}

}  // namespace

const std::vector<Case>& all_cases() {
  static const std::vector<Case> cases = {
      {"gaussian", "3D Gaussian far from the walls against its analytic spreading", gaussian},
      {"manufactured", "manufactured solution, variable D(z), time-dependent source", manufactured},
      {"mass_conservation", "zero-flux box with jumps in D and K and a channel", mass_conservation},
      {"exponential_decay", "du/dt = -k u against exp(-k t)", exponential_decay},
      {"two_layer_steady_state", "two layers with a partition coefficient, Dirichlet ends",
       two_layer_steady_state},
      {"fast_vs_reference", "LOD TR-BDF2 against conjugate gradients on the unsplit operator",
       fast_vs_reference},
      {"float_storage", "layered skin stepped with float storage against double storage",
       float_storage},
      {"kinetics_vs_cvode", "3D stiff kinetics averaged over the patch against CVODE",
       kinetics_vs_cvode},
  };
  return cases;
}

}  // namespace dermasim::verification
