#include "dermasim/numerics/rosenbrock.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace dermasim::numerics {

namespace {
using Vec = Eigen::Matrix<double, Eigen::Dynamic, 1, 0, kMaxKineticSpecies, 1>;
using Mat = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor,
                          kMaxKineticSpecies, kMaxKineticSpecies>;
const double kGamma = 1.0 + 1.0 / std::sqrt(2.0);
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
  while (fixed ? substeps < tol.fixed_substeps : t < t_end) {
    if (!fixed) h = std::min(h, t_end - t);
    if (h < dt * 1e-12) return false;
    kinetics.jacobian(t, state.data(), jac.data(), where);
    w = Mat::Identity(n, n) - kGamma * h * jac;
    const Eigen::PartialPivLU<Mat> lu(w);
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
          tol.absolute + tol.relative * std::max(std::abs(state[s]), std::abs(trial[s]));
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
