#include "dermasim/numerics/well_mixed.hpp"

#include <sunlinsol/sunlinsol_dense.h>
#include <sunmatrix/sunmatrix_dense.h>
#include <stdexcept>

#include "dermasim/numerics/cvode_session.hpp"

namespace dermasim::numerics {

namespace {

struct UserData {
  const Kinetics* kinetics;
  VoxelInfo where;
  std::vector<double> jac;
};

int rhs(sunrealtype t, N_Vector y, N_Vector ydot, void* user) {
  const auto* d = static_cast<UserData*>(user);
  d->kinetics->rates(t, N_VGetArrayPointer(y), N_VGetArrayPointer(ydot), d->where);
  return 0;
}

int jacobian(sunrealtype t, N_Vector y, N_Vector, SUNMatrix J, void* user, N_Vector, N_Vector,
             N_Vector) {
  auto* d = static_cast<UserData*>(user);
  const int n = d->kinetics->species();
  d->kinetics->jacobian(t, N_VGetArrayPointer(y), d->jac.data(), d->where);
  for (int r = 0; r < n; ++r)
    for (int c = 0; c < n; ++c) SM_ELEMENT_D(J, r, c) = d->jac[std::size_t(r * n + c)];
  return 0;
}

}  // namespace

std::vector<std::vector<double>> integrate_well_mixed(const Kinetics& kinetics,
                                                      std::vector<double> u0, double t0,
                                                      const std::vector<double>& times,
                                                      const VoxelInfo& where,
                                                      const WellMixedOptions& options) {
  const int n = kinetics.species();
  if (int(u0.size()) != n) throw std::invalid_argument("initial state has the wrong size");
  UserData data{&kinetics, where, std::vector<double>(std::size_t(n) * n)};
  CvodeSession cv(n);
  std::copy(u0.begin(), u0.end(), cv.state());
  cv.init(rhs, t0, &data);
  cv.check(CVodeSStolerances(cv.mem, options.relative_tolerance, options.absolute_tolerance),
           "tolerances");
  cv.check(CVodeSetMaxNumSteps(cv.mem, options.max_steps), "max steps");
  cv.A = SUNDenseMatrix(n, n, cv.ctx);
  cv.LS = SUNLinSol_Dense(cv.y, cv.A, cv.ctx);
  cv.check(CVodeSetLinearSolver(cv.mem, cv.LS, cv.A), "linear solver");
  cv.check(CVodeSetJacFn(cv.mem, jacobian), "Jacobian");
  std::vector<std::vector<double>> out;
  out.reserve(times.size());
  for (double t_out : times) {
    sunrealtype t_reached = t0;
    if (t_out > t0) cv.check(CVode(cv.mem, t_out, cv.y, &t_reached, CV_NORMAL), "step");
    const double* y = N_VGetArrayPointer(cv.y);
    out.emplace_back(y, y + n);
  }
  return out;
}

}  // namespace dermasim::numerics
