#include "dermasim/numerics/well_mixed.hpp"

#include <cvode/cvode.h>
#include <fmt/format.h>
#include <nvector/nvector_serial.h>
#include <sundials/sundials_context.h>
#include <sunlinsol/sunlinsol_dense.h>
#include <sunmatrix/sunmatrix_dense.h>
#include <cstdlib>
#include <stdexcept>
#include <string>

namespace dermasim::numerics {

namespace {

struct UserData {
  const Kinetics* kinetics;
  VoxelInfo where;
  std::vector<double> jac;
  std::string last_error;
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

// Owns the SUNDIALS objects of one integration; frees them in any case.
struct Cvode {
  SUNContext ctx = nullptr;
  N_Vector y = nullptr;
  SUNMatrix A = nullptr;
  SUNLinearSolver LS = nullptr;
  void* mem = nullptr;
  ~Cvode() {
    if (mem) CVodeFree(&mem);
    if (LS) SUNLinSolFree(LS);
    if (A) SUNMatDestroy(A);
    if (y) N_VDestroy(y);
    if (ctx) SUNContext_Free(&ctx);
  }
};

// CVODE's own message for the last error, captured rather than printed to stderr.
void capture_error(int, const char*, const char*, char* message, void* user) {
  static_cast<UserData*>(user)->last_error = message;
}

void check(int flag, const char* what, const UserData* data = nullptr) {
  if (flag >= 0) return;
  char* name = CVodeGetReturnFlagName(flag);  // allocated by SUNDIALS: ours to free
  std::string text = fmt::format("CVODE {} failed: {}", what, name ? name : "unknown flag");
  std::free(name);
  if (data && !data->last_error.empty()) text += " (" + data->last_error + ")";
  throw std::runtime_error(text);
}

}  // namespace

std::vector<std::vector<double>> integrate_well_mixed(const Kinetics& kinetics,
                                                      std::vector<double> u0, double t0,
                                                      const std::vector<double>& times,
                                                      const VoxelInfo& where,
                                                      const WellMixedOptions& options) {
  const int n = kinetics.species();
  if (int(u0.size()) != n) throw std::invalid_argument("initial state has the wrong size");
  UserData data{&kinetics, where, std::vector<double>(std::size_t(n) * n), {}};
  Cvode cv;
  check(SUNContext_Create(nullptr, &cv.ctx), "context");
  cv.y = N_VNew_Serial(n, cv.ctx);
  std::copy(u0.begin(), u0.end(), N_VGetArrayPointer(cv.y));
  cv.mem = CVodeCreate(CV_BDF, cv.ctx);
  check(CVodeInit(cv.mem, rhs, t0, cv.y), "init");
  check(CVodeSStolerances(cv.mem, options.relative_tolerance, options.absolute_tolerance),
        "tolerances");
  check(CVodeSetUserData(cv.mem, &data), "user data");
  check(CVodeSetErrHandlerFn(cv.mem, capture_error, &data), "error handler");
  check(CVodeSetMaxNumSteps(cv.mem, options.max_steps), "max steps");
  cv.A = SUNDenseMatrix(n, n, cv.ctx);
  cv.LS = SUNLinSol_Dense(cv.y, cv.A, cv.ctx);
  check(CVodeSetLinearSolver(cv.mem, cv.LS, cv.A), "linear solver");
  check(CVodeSetJacFn(cv.mem, jacobian), "Jacobian");
  std::vector<std::vector<double>> out;
  out.reserve(times.size());
  for (double t_out : times) {
    sunrealtype t_reached = t0;
    if (t_out > t0) check(CVode(cv.mem, t_out, cv.y, &t_reached, CV_NORMAL), "step", &data);
    const double* y = N_VGetArrayPointer(cv.y);
    out.emplace_back(y, y + n);
  }
  return out;
}

}  // namespace dermasim::numerics
