#include "dermasim/transport/axisymmetric_cell.hpp"

#include <sunlinsol/sunlinsol_band.h>
#include <sunmatrix/sunmatrix_band.h>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "dermasim/numerics/cvode_session.hpp"

namespace dermasim::transport {

std::vector<double> ring_bounds(double density, double radius, int per_radius) {
  if (per_radius < 1) throw std::invalid_argument("ring_bounds needs a ring per radius");
  if (!(density > 0)) return {0.0, 1e-3};  // intact skin: one column (its width does not matter)
  const double rim = 1.0 / std::sqrt(std::numbers::pi * density);
  // Uniform rings over 1.25 lumen radii (the lumen and the steep gradient at its wall), then
  // rings growing by kRingGrowth to the rim; a lattice so dense that the lumen nearly fills the
  // cell gets uniform rings across it.
  const double inner = std::min(1.25 * radius, rim);
  const double width = radius > 0 ? radius / per_radius : rim / (4 * per_radius);
  std::vector<double> r{0.0};
  while (r.back() + 1e-9 * width < inner) r.push_back(std::min(inner, r.back() + width));
  double h = width;
  while (rim - r.back() > 1.5 * h) {
    h *= kRingGrowth;
    r.push_back(r.back() + h);
  }
  if (rim - r.back() > 1e-9 * rim) r.push_back(rim);
  r.back() = rim;
  return r;
}

double disc_in_annulus(double r, double a, double b) {
  const double lo = std::min(r, a), hi = std::min(r, b);
  return hi > lo ? std::numbers::pi * (hi * hi - lo * lo) : 0.0;
}

namespace {

/// The cylinder's unknowns and coefficients. State: the active's concentration in the tissue
/// (kg/m^3; the vehicle's and receptor's as stored in the column, K times their free
/// concentration), ring i of plane k at k (nr + 1) + i, and after each plane's rings the amount
/// per area of skin it has lost at its loss_rates (kg/m^2: cleared by the capillaries, or in
/// the vehicle plane degraded in the film): so the Jacobian is banded (nr + 1 each side) and
/// the lost amounts are integrated with the rest, their sum with the column's exact to the
/// solver's tolerance (the mass balance of row_from_planes).
class Cylinder {
 public:
  Cylinder(const SerumSpec& s, const TransportSkin& skin, const Coefficients& c,
           const ChannelLattice& ch, int per_radius)
      : s_(s), c_(c), ch_(ch), col_(make_layered_column(s, skin, c)) {
    r_ = ring_bounds(ch.density, ch.radius, per_radius);
    nr_ = int(r_.size()) - 1;
    nz_ = int(col_.planes.size());
    stride_ = nr_ + 1;
    area_ = std::numbers::pi * r_.back() * r_.back();
    annulus_.resize(std::size_t(nr_));
    centre_.resize(std::size_t(nr_));
    for (int i = 0; i < nr_; ++i) {
      annulus_[std::size_t(i)] = std::numbers::pi * (r_[i + 1] * r_[i + 1] - r_[i] * r_[i]);
      centre_[std::size_t(i)] = 0.5 * (r_[i] + r_[i + 1]);
    }
    loss_ = loss_rates(col_, s, c);
    K_.assign(std::size_t(nz_ * nr_), 0.0);
    sigma_ = K_;
    shape(open_at(0.0));
  }

  /// Follows the channel's closure at an output time t as the square cell does (serum_run.cpp):
  /// the coefficients are piecewise constant, rebuilt when the open area has moved by more than
  /// 2 % of the initial one since the last rebuild. Returns whether they changed (then the
  /// integrator restarts from the state at t).
  bool follow_closure(double t) {
    if (!(ch_.density > 0)) return false;
    const double open = open_at(t);
    if (std::abs(open - shaped_) <= 0.02) return false;
    shape(open);
    return true;
  }

  long unknowns() const { return long(nz_) * stride_; }
  int bandwidth() const { return stride_; }
  int rings() const { return nr_; }
  const LayeredColumn& column() const { return col_; }
  double applied() const { return s_.concentration * col_.film; }

  double open_at(double t) const {
    if (s_.mode == TransportMode::franz || !ch_.open_fraction || !(ch_.density > 0)) return 1.0;
    return ch_.open_fraction(s_.delay + t);
  }

  void initial(double* u) const {
    std::fill(u, u + unknowns(), 0.0);
    for (int i = 0; i < nr_; ++i) u[i] = col_.planes[0].partition * s_.concentration;
  }

  /// du/dt at time t: conduction between neighbouring cells by the free-concentration
  /// difference (u / K) over the series resistance of the two half cells (radially the
  /// cylindrical shells' ln(r_out / r_in) / (2 pi h D K), exact for the steady radial profile;
  /// vertically h / (2 A D K) each), the first-order losses (loss_rates), and their sums.
  void rates(const double* u, double* du) const {
    for (int k = 0; k < nz_; ++k) {
      double cleared = 0;
      for (int i = 0; i < nr_; ++i) {
        const int a = k * nr_ + i;
        const double phi = u[index(k, i)] / K_[std::size_t(a)];
        double in = 0;
        if (i > 0) in += radial(k, i - 1) * (u[index(k, i - 1)] / K_[std::size_t(a - 1)] - phi);
        if (i + 1 < nr_) in += radial(k, i) * (u[index(k, i + 1)] / K_[std::size_t(a + 1)] - phi);
        if (k > 0) in += vertical(k - 1, i) * (u[index(k - 1, i)] / K_[std::size_t(a - nr_)] - phi);
        if (k + 1 < nz_)
          in += vertical(k, i) * (u[index(k + 1, i)] / K_[std::size_t(a + nr_)] - phi);
        const double uptake = loss_[std::size_t(k)] * u[index(k, i)];
        du[index(k, i)] = in / volume(k, i) - uptake;
        cleared += uptake * volume(k, i);
      }
      du[index(k, nr_)] = cleared / area_;
    }
  }

  /// The rates' exact Jacobian (they are linear in u), into a band matrix.
  void jacobian(SUNMatrix J) const {
    SUNMatZero(J);
    auto set = [&](int row, int col, double v) {
      SM_COLUMN_ELEMENT_B(SM_COLUMN_B(J, col), row, col) += v;
    };
    for (int k = 0; k < nz_; ++k)
      for (int i = 0; i < nr_; ++i) {
        const int a = k * nr_ + i, row = index(k, i);
        const double v = volume(k, i);
        auto couple = [&](double g, int kb, int ib) {
          const int b = kb * nr_ + ib;
          set(row, index(kb, ib), g / (v * K_[std::size_t(b)]));
          set(row, row, -g / (v * K_[std::size_t(a)]));
        };
        if (i > 0) couple(radial(k, i - 1), k, i - 1);
        if (i + 1 < nr_) couple(radial(k, i), k, i + 1);
        if (k > 0) couple(vertical(k - 1, i), k - 1, i);
        if (k + 1 < nz_) couple(vertical(k, i), k + 1, i);
        const double uptake = loss_[std::size_t(k)];
        if (uptake > 0) {
          set(row, row, -uptake);
          set(index(k, nr_), row, uptake * v / area_);
        }
      }
  }

  /// Amount per area of skin (kg/m^2) of the active in every plane, the cleared total and what
  /// the film lost (the vehicle plane's lost amount).
  std::vector<double> plane_amounts(const double* u, double& cleared, double& degraded) const {
    std::vector<double> amounts(std::size_t(nz_), 0.0);
    cleared = 0;
    degraded = u[index(0, nr_)];
    for (int k = 0; k < nz_; ++k) {
      double a = 0;
      for (int i = 0; i < nr_; ++i) a += u[index(k, i)] * volume(k, i);
      amounts[std::size_t(k)] = a / area_;
      if (k > 0) cleared += u[index(k, nr_)];
    }
    return amounts;
  }

  /// The lateral mean concentration (kg/m^3) of every tissue plane.
  std::vector<double> plane_means(const double* u) const {
    std::vector<double> means;
    for (int k = 0; k < nz_; ++k) {
      if (!col_.tissue(k)) continue;
      double a = 0;
      for (int i = 0; i < nr_; ++i) a += u[index(k, i)] * annulus_[std::size_t(i)];
      means.push_back(a / area_);
    }
    return means;
  }

  /// The concentration at distance x (m) from the axis in plane k: its ring's.
  double at(const double* u, int k, double x) const {
    const auto ring = std::upper_bound(r_.begin(), r_.end(), std::abs(x)) - r_.begin() - 1;
    return u[index(k, std::clamp(int(ring), 0, nr_ - 1))];
  }

  /// The absolute tolerance of each unknown: 1e-8 of the vehicle's concentration for the
  /// tissue's (deep dermis levels below it matter to no output), 1e-10 of the applied amount
  /// for the cleared amounts.
  void tolerances(double* atol) const {
    const double scale = std::max(s_.concentration, 1e-30);
    for (int k = 0; k < nz_; ++k) {
      for (int i = 0; i < nr_; ++i) atol[index(k, i)] = 1e-8 * scale;
      atol[index(k, nr_)] = 1e-10 * std::max(applied(), 1e-30);
    }
  }

 private:
  int index(int k, int i) const { return k * stride_ + i; }
  double volume(int k, int i) const {
    return annulus_[std::size_t(i)] * col_.planes[std::size_t(k)].thickness();
  }
  double radial(int k, int i) const { return radial_[std::size_t(k * nr_ + i)]; }
  double vertical(int k, int i) const { return vertical_[std::size_t(k * nr_ + i)]; }

  /// The cells' K and D K with the channel open to `open` (each ring holds the lumen's exact
  /// share of its area, as a voxel of the square cell does), and the conductances between them.
  void shape(double open) {
    shaped_ = open;
    for (int k = 0; k < nz_; ++k) {
      const Plane& p = col_.planes[std::size_t(k)];
      const double lumen = col_.tissue(k) ? lumen_radius(ch_, open, 0.5 * (p.z0 + p.z1)) : 0.0;
      for (int i = 0; i < nr_; ++i) {
        const double share =
            lumen > 0 ? disc_in_annulus(lumen, r_[i], r_[i + 1]) / annulus_[std::size_t(i)] : 0.0;
        K_[std::size_t(k * nr_ + i)] = share * c_.channel.partition + (1 - share) * p.partition;
        sigma_[std::size_t(k * nr_ + i)] = share * c_.channel.diffusivity * c_.channel.partition +
                                           (1 - share) * p.diffusivity * p.partition;
      }
    }
    radial_.assign(std::size_t(nz_ * nr_), 0.0);
    vertical_.assign(std::size_t(nz_ * nr_), 0.0);
    for (int k = 0; k < nz_; ++k) {
      const double h = col_.planes[std::size_t(k)].thickness();
      for (int i = 0; i + 1 < nr_; ++i) {
        const double inner =
            std::log(r_[i + 1] / centre_[std::size_t(i)]) / sigma_[std::size_t(k * nr_ + i)];
        const double outer = std::log(centre_[std::size_t(i + 1)] / r_[i + 1]) /
                             sigma_[std::size_t(k * nr_ + i + 1)];
        radial_[std::size_t(k * nr_ + i)] = 2 * std::numbers::pi * h / (inner + outer);
      }
      if (k + 1 == nz_) continue;
      const double h_below = col_.planes[std::size_t(k + 1)].thickness();
      for (int i = 0; i < nr_; ++i)
        vertical_[std::size_t(k * nr_ + i)] =
            annulus_[std::size_t(i)] / (0.5 * h / sigma_[std::size_t(k * nr_ + i)] +
                                        0.5 * h_below / sigma_[std::size_t((k + 1) * nr_ + i)]);
    }
  }

  const SerumSpec& s_;
  const Coefficients& c_;
  const ChannelLattice& ch_;
  LayeredColumn col_;
  std::vector<double> r_, annulus_, centre_, loss_;
  std::vector<double> K_, sigma_, radial_, vertical_;
  int nr_ = 0, nz_ = 0, stride_ = 0;
  double area_ = 0;
  double shaped_ = -1;
};

int cylinder_rates(sunrealtype, N_Vector y, N_Vector ydot, void* user) {
  static_cast<Cylinder*>(user)->rates(N_VGetArrayPointer(y), N_VGetArrayPointer(ydot));
  return 0;
}

int cylinder_jacobian(sunrealtype, N_Vector, N_Vector, SUNMatrix J, void* user, N_Vector, N_Vector,
                      N_Vector) {
  static_cast<Cylinder*>(user)->jacobian(J);
  return 0;
}

}  // namespace

ColumnOutputs run_axisymmetric_column(const SerumSpec& s, const TransportSkin& skin,
                                      const Coefficients& c, const ChannelLattice& ch,
                                      const std::vector<double>& times,
                                      const std::function<void(double)>& on_step, int per_radius) {
  Cylinder cyl(s, skin, c, ch, per_radius);
  const LayeredColumn& col = cyl.column();
  const long n = cyl.unknowns();
  numerics::CvodeSession cv(n);
  cyl.initial(cv.state());
  cv.init(cylinder_rates, 0.0, &cyl);
  // Relative tolerance: a hundredth of the square cell's (1e-4 by default), which the BDF
  // method meets at a small cost; each unknown's absolute tolerance: Cylinder::tolerances.
  N_Vector atol = N_VNew_Serial(n, cv.ctx);
  cyl.tolerances(N_VGetArrayPointer(atol));
  const int tolerance_flag = CVodeSVtolerances(cv.mem, 1e-2 * s.relative_tolerance, atol);
  N_VDestroy(atol);
  cv.check(tolerance_flag, "tolerances");
  cv.check(CVodeSetMaxNumSteps(cv.mem, 200000), "max steps");
  cv.A = SUNBandMatrix(n, cyl.bandwidth(), cyl.bandwidth(), cv.ctx);
  if (cv.A) cv.LS = SUNLinSol_Band(cv.y, cv.A, cv.ctx);
  if (!cv.A || !cv.LS) throw std::runtime_error("CVODE could not allocate the band solver");
  cv.check(CVodeSetLinearSolver(cv.mem, cv.LS, cv.A), "linear solver");
  cv.check(CVodeSetJacFn(cv.mem, cylinder_jacobian), "Jacobian");

  ColumnOutputs out;
  out.applied = cyl.applied();
  out.grid.rings = ch.density > 0 ? cyl.rings() : 0;
  out.grid.plane_bounds = col.tissue_bounds();
  out.row_bounds = out.grid.plane_bounds;
  const bool channels = ch.density > 0;
  const double width = channels ? 1.0 / std::sqrt(ch.density) : 0.0;
  const int nx = channels ? 41 : 1;  // the section's columns across the square cell's width
  auto record = [&](double t) {
    const double* u = cv.state();
    double cleared = 0, degraded = 0;
    const auto amounts = cyl.plane_amounts(u, cleared, degraded);
    AbsorptionRow r = row_from_planes(col, s, t, out.applied, amounts, cleared, degraded);
    r.open_fraction = channels ? cyl.open_at(t) : 0.0;
    if (!out.rows.empty())
      r.flux = (r.permeated - out.rows.back().permeated) / (t - out.rows.back().time);
    out.rows.push_back(r);
    out.row_profiles.push_back(cyl.plane_means(u));
  };
  auto tally = [&] {
    long steps = 0, error_fails = 0, convergence_fails = 0;
    CVodeGetNumSteps(cv.mem, &steps);
    CVodeGetNumErrTestFails(cv.mem, &error_fails);
    CVodeGetNumNonlinSolvConvFails(cv.mem, &convergence_fails);
    out.steps += steps;
    out.rejected += error_fails + convergence_fails;
  };
  record(0.0);
  std::vector<double> profile_times = s.profile_times;
  std::sort(profile_times.begin(), profile_times.end());
  std::size_t next_profile = 0;
  for (double t : times) {
    if (t <= 0) continue;
    // One step at a time up to the output (CVODE stops on it exactly), so that `on_step` hears
    // of every step, as with the square cell, and a stop request ends the stage at the next.
    cv.check(CVodeSetStopTime(cv.mem, t), "stop time");
    for (sunrealtype reached = 0; reached < t;) {
      cv.check(CVode(cv.mem, t, cv.y, &reached, CV_ONE_STEP), "step of the serum's transport");
      if (on_step && reached < t) on_step(reached);
    }
    record(t);
    while (next_profile < profile_times.size() && profile_times[next_profile] <= t + 1e-9) {
      const double* u = cv.state();
      out.profiles.push_back(binned_profile(col, t, out.row_profiles.back(), nx, [&](int k, int i) {
        return nx == 1 ? cyl.at(u, k, 0.0) : cyl.at(u, k, (i + 0.5) * width / nx - 0.5 * width);
      }));
      ++next_profile;
    }
    if (cyl.follow_closure(t)) {
      tally();  // CVodeReInit restarts CVODE's counters
      cv.check(CVodeReInit(cv.mem, t, cv.y), "restart");
    }
    if (on_step) on_step(t);
  }
  tally();
  return out;
}

ColumnOutputs run_axisymmetric_column(const SerumSpec& s, const TransportSkin& skin,
                                      const Coefficients& c, const ChannelLattice& ch,
                                      const std::vector<double>& times,
                                      const std::function<void(double)>& on_step) {
  return run_axisymmetric_column(s, skin, c, ch, times, on_step, kRingsPerLumenRadius);
}

}  // namespace dermasim::transport
