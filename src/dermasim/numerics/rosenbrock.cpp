#include "dermasim/numerics/rosenbrock.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <cmath>

namespace dermasim::numerics {

namespace {
using Vec = Eigen::Matrix<double, Eigen::Dynamic, 1, 0, kMaxKineticSpecies, 1>;
using Mat = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor,
                          kMaxKineticSpecies, kMaxKineticSpecies>;
const double kGamma = 1.0 + 1.0 / std::sqrt(2.0);

// LU with partial pivoting of a small row-major matrix, in place: for the n <= 48 of one voxel an
// unblocked loop is several times faster than a general blocked factorization.
struct SmallLu {
  Mat a;
  std::array<int, kMaxKineticSpecies> pivot{};
  bool ok = true;

  explicit SmallLu(const Mat& m) : a(m) {
    const int n = int(a.rows());
    for (int c = 0; c < n; ++c) {
      int p = c;
      for (int r = c + 1; r < n; ++r)
        if (std::abs(a(r, c)) > std::abs(a(p, c))) p = r;
      pivot[std::size_t(c)] = p;
      if (a(p, c) == 0.0) {
        ok = false;
        return;
      }
      if (p != c) a.row(p).swap(a.row(c));
      const double inv = 1.0 / a(c, c);
      for (int r = c + 1; r < n; ++r) {
        const double l = a(r, c) * inv;
        if (l == 0.0) continue;
        a(r, c) = l;
        double* dst = &a(r, 0);
        const double* src = &a(c, 0);
        for (int k = c + 1; k < n; ++k) dst[k] -= l * src[k];
      }
    }
  }
  Vec solve(Vec b) const {
    const int n = int(a.rows());
    for (int c = 0; c < n; ++c) std::swap(b[c], b[pivot[std::size_t(c)]]);
    for (int r = 1; r < n; ++r) {
      double s = b[r];
      for (int k = 0; k < r; ++k) s -= a(r, k) * b[k];
      b[r] = s;
    }
    for (int r = n - 1; r >= 0; --r) {
      double s = b[r];
      for (int k = r + 1; k < n; ++k) s -= a(r, k) * b[k];
      b[r] = s / a(r, r);
    }
    return b;
  }
};
}  // namespace

bool rosenbrock_integrate(const Kinetics& kinetics, double t, double dt, double* u,
                          const VoxelInfo& where, const LocalTolerance& tol, LocalStats* stats) {
  const int n = kinetics.species();
  Eigen::Map<Eigen::VectorXd> state(u, n);
  Vec f(n), k1(n), k2(n), trial(n), err(n), ft(n), f_shift(n);
  const bool autonomous = kinetics.autonomous();
  Mat jac(n, n), w(n, n);
  const double t_end = t + dt;
  const bool fixed = tol.fixed_substeps > 0;
  double h = fixed ? dt / tol.fixed_substeps : dt;
  int substeps = 0, rejected = 0;
  // ROS2 keeps order 2 whatever matrix stands in W (it is a W-method: Verwer et al. 1999), so
  // the Jacobian is evaluated once per call and reused by the substeps (refreshed after a
  // rejection). Expanding the stages, u+ = u + h F + h^2/2 F' F + O(h^3) for any W.
  kinetics.jacobian(t, state.data(), jac.data(), where);
  while (fixed ? substeps < tol.fixed_substeps : t < t_end) {
    if (!fixed) h = std::min(h, t_end - t);
    if (h < dt * 1e-12) return false;
    w = Mat::Identity(n, n) - kGamma * h * jac;
    const SmallLu lu(w);
    if (!lu.ok) return false;
    kinetics.rates(t, state.data(), f.data(), where);
    ft.setZero();
    if (!autonomous) {
      const double delta = 1e-7 * std::max(std::abs(t), h);
      kinetics.rates(t + delta, state.data(), f_shift.data(), where);
      ft = (f_shift - f) / delta;
    }
    k1 = lu.solve(f + kGamma * h * ft);
    trial = state + h * k1;
    kinetics.rates(t + h, trial.data(), f.data(), where);
    k2 = lu.solve(f - 2.0 * k1 - kGamma * h * ft);
    trial = state + 1.5 * h * k1 + 0.5 * h * k2;
    err = 0.5 * h * (k1 + k2);
    double norm = 0.0;
    for (int s = 0; s < n; ++s) {
      const double scale =
          (tol.absolute_by_species.empty() ? tol.absolute
                                           : tol.absolute_by_species[std::size_t(s)]) +
          tol.relative * std::max(std::abs(state[s]), std::abs(trial[s]));
      norm = std::max(norm, std::abs(err[s]) / scale);
    }
    if (!trial.allFinite()) norm = INFINITY;
    if (fixed) {
      if (!std::isfinite(norm)) return false;
      state = trial;
      t += h;
      ++substeps;
      continue;
    }
    if (norm <= 1.0) {
      state = trial;
      t += h;
      ++substeps;
    } else {
      ++rejected;
      // A rejection may mean the frozen Jacobian has gone stale: refresh it.
      kinetics.jacobian(t, state.data(), jac.data(), where);
    }
    // Second-order method, first-order estimate: the error scales as h^2.
    const double factor = norm > 0 ? 0.9 / std::sqrt(norm) : 4.0;
    h *= std::clamp(std::isfinite(factor) ? factor : 0.2, 0.2, 4.0);
  }
  if (stats) {
    stats->substeps += substeps;
    stats->rejected += rejected;
  }
  return state.allFinite();
}

}  // namespace dermasim::numerics
