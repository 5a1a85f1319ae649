#pragma once
// One CVODE integration's SUNDIALS objects, owned and freed in any case, and the check of
// CVODE's return flags with its own message (captured, not printed to stderr). Shared by the
// well-mixed kinetics (well_mixed.cpp) and the axisymmetric serum cell
// (transport/axisymmetric_cell.cpp).
#include <cvode/cvode.h>
#include <nvector/nvector_serial.h>
#include <sundials/sundials_context.h>
#include <sundials/sundials_linearsolver.h>
#include <sundials/sundials_matrix.h>

#include <string>

namespace dermasim::numerics {

struct CvodeSession {
  SUNContext ctx = nullptr;
  N_Vector y = nullptr;
  SUNMatrix A = nullptr;
  SUNLinearSolver LS = nullptr;
  void* mem = nullptr;
  std::string last_error;  // CVODE's message for the last error

  /// A BDF integrator of n unknowns from t0 (the state y to be filled by the caller before
  /// the first step: it is read at CVodeInit, so call init() after filling it).
  explicit CvodeSession(long n);
  ~CvodeSession();
  CvodeSession(const CvodeSession&) = delete;
  CvodeSession& operator=(const CvodeSession&) = delete;

  double* state() const { return N_VGetArrayPointer(y); }
  /// CVodeInit with `rhs` and `user` (CVodeSetUserData), and the error handler.
  void init(CVRhsFn rhs, double t0, void* user);
  /// Throws std::runtime_error "CVODE <what> failed: <flag> (<message>)" for a failing flag.
  void check(int flag, const char* what) const;

 private:
  void release();
};

}  // namespace dermasim::numerics
