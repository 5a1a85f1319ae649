#include "dermasim/numerics/rosenbrock.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace dermasim::numerics {

namespace {
const double kGamma = 1.0 + 1.0 / std::sqrt(2.0);
using Vec = std::array<double, kMaxKineticSpecies>;
}  // namespace

bool rosenbrock_integrate(const Kinetics& kinetics, const JacobianStructure& structure, double t,
                          double dt, double* u, const VoxelInfo& where, const LocalTolerance& tol,
                          LocalStats* stats, double* substep, KeptJacobian* kept) {
  const int n = kinetics.species();
  Vec f, k1, k2, trial, ft{}, f_shift;
  std::array<double, kMaxKineticSpecies * kMaxKineticSpecies> jac;
  const bool autonomous = kinetics.autonomous();
  const double t_end = t + dt;
  const bool fixed = tol.fixed_substeps > 0;
  double h = fixed ? dt / tol.fixed_substeps : (substep && *substep > 0 ? *substep : dt);
  int substeps = 0, rejected = 0;
  auto all_finite = [&](const double* x) {
    for (int s = 0; s < n; ++s)
      if (!std::isfinite(x[s])) return false;
    return true;
  };
  // The Jacobian at the start of the call, reused by every substep (refreshed after a
  // rejection). Expanding the stages, u+ = u + h F + h^2/2 F' F + O(h^3) for any W.
  kinetics.rates(t, u, f.data(), where);
  bool f_current = true;         // f holds F(t, u)
  bool jacobian_current = true;  // jac was evaluated at (t, u)
  auto refresh_jacobian = [&] {
    if (kinetics.analytic_jacobian())
      kinetics.jacobian(t, u, jac.data(), where);
    else
      structure.finite_difference(kinetics, t, u, f.data(), jac.data(), where);
    jacobian_current = true;
    if (kept) {
      structure.pack(jac.data(), kept->entries);
      kept->use = true;
    }
  };
  if (kept && kept->use) {
    structure.unpack(kept->entries, jac.data());
    jacobian_current = false;  // evaluated at another state: refreshed if a substep fails
  } else {
    refresh_jacobian();
  }
  while (fixed ? substeps < tol.fixed_substeps : t < t_end) {
    const double h_proposed = h;
    if (!fixed) h = std::min(h, t_end - t);
    if (h < dt * 1e-12) return false;
    const BlockTriangularLu lu(structure, jac.data(), kGamma * h);
    if (!lu.ok()) return false;
    if (!f_current) kinetics.rates(t, u, f.data(), where);
    f_current = true;
    if (!autonomous) {
      const double delta = 1e-7 * std::max(std::abs(t), h);
      kinetics.rates(t + delta, u, f_shift.data(), where);
      for (int s = 0; s < n; ++s)
        ft[std::size_t(s)] = (f_shift[std::size_t(s)] - f[std::size_t(s)]) / delta;
    }
    for (int s = 0; s < n; ++s)
      k1[std::size_t(s)] = f[std::size_t(s)] + kGamma * h * ft[std::size_t(s)];
    lu.solve(k1.data());
    for (int s = 0; s < n; ++s) trial[std::size_t(s)] = u[s] + h * k1[std::size_t(s)];
    kinetics.rates(t + h, trial.data(), k2.data(), where);
    for (int s = 0; s < n; ++s)
      k2[std::size_t(s)] += -2.0 * k1[std::size_t(s)] - kGamma * h * ft[std::size_t(s)];
    lu.solve(k2.data());
    double norm = 0.0;
    for (int s = 0; s < n; ++s) {
      const std::size_t i = std::size_t(s);
      trial[i] = u[s] + 1.5 * h * k1[i] + 0.5 * h * k2[i];
      const double err = 0.5 * h * (k1[i] + k2[i]);
      const double scale =
          (tol.absolute_by_species.empty() ? tol.absolute : tol.absolute_by_species[i]) +
          tol.relative * std::max(std::abs(u[s]), std::abs(trial[i]));
      norm = std::max(norm, std::abs(err) / scale);
    }
    if (!all_finite(trial.data())) norm = INFINITY;
    if (fixed) {
      if (!std::isfinite(norm)) return false;
      std::copy(trial.begin(), trial.begin() + n, u);
      f_current = jacobian_current = false;
      t += h;
      ++substeps;
      continue;
    }
    if (norm <= 1.0) {
      std::copy(trial.begin(), trial.begin() + n, u);
      f_current = jacobian_current = false;
      t += h;
      ++substeps;
    } else {
      ++rejected;
      // A rejection may mean the frozen Jacobian has gone stale: refresh it at the current state
      // (f is current here: a rejected substep leaves u as it was).
      if (!jacobian_current) refresh_jacobian();
    }
    // Second-order method, first-order estimate: the error scales as h^2.
    const double factor = norm > 0 ? 0.9 / std::sqrt(norm) : 4.0;
    const double change = std::clamp(std::isfinite(factor) ? factor : 0.2, 0.2, 4.0);
    // A substep cut short to land on t_end says nothing of the size the dynamics allow.
    if (substep)
      *substep = (h < h_proposed && norm <= 1.0) ? std::max(h_proposed, h * change) : h * change;
    h *= change;
  }
  if (stats) {
    stats->substeps += substeps;
    stats->rejected += rejected;
  }
  return all_finite(u);
}

}  // namespace dermasim::numerics
