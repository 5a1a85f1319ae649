#pragma once
// Stiff integration of one voxel's kinetics: ROS2, the two-stage L-stable Rosenbrock method of
// order 2 (Verwer, Spee, Blom & Hundsdorfer 1999, SIAM J Sci Comput 20:1456, eq. 2.5 with
// gamma = 1 + 1/sqrt(2)), with its embedded first-order solution for local error control:
//   W = I - gamma h J,  W k1 = F(u),  W k2 = F(u + h k1) - 2 k1,
//   u+ = u + 3/2 h k1 + 1/2 h k2,   error estimate  u+ - (u + h k1) = 1/2 h (k1 + k2).
// Non-autonomous kinetics (a source that depends on t) get the terms of the autonomized system:
//   W k1 = F(t, u) + gamma h F_t,  W k2 = F(t + h, u + h k1) - 2 k1 - gamma h F_t.
// The Jacobian is evaluated once per call and reused by its substeps (ROS2 is a W-method: order 2
// for any W); W is factored in the block order of the kinetics' JacobianStructure, on the stack.
#include <vector>

#include "dermasim/numerics/jacobian_structure.hpp"
#include "dermasim/numerics/kinetics.hpp"

namespace dermasim::numerics {

struct LocalTolerance {
  double relative = 1e-4;
  double absolute = 1e-12;
  /// When > 0: exactly this many equal substeps, no error control (for convergence studies).
  int fixed_substeps = 0;
  /// Per species, when the species count in different units; replaces `absolute` when given.
  std::vector<double> absolute_by_species;
};

struct LocalStats {
  int substeps = 0;
  int rejected = 0;
};

/// A Jacobian kept between integrations of one voxel (JacobianStructure::pack), so that the
/// calls of one time step need not each differentiate the kinetics again: ROS2 is a W-method,
/// second order with any W (Verwer et al. 1999), and the error control judges the result.
struct KeptJacobian {
  float* entries = nullptr;  // structure.nonzeros() floats
  bool use = false;          // in: entries hold a Jacobian to start from; out: they do
};

/// Advances u (size kinetics.species()) from t to t + dt with adaptive substeps. `structure` is
/// JacobianStructure::of(kinetics), made once by the caller. `substep` (may be null) is in: the
/// first substep to try (<= 0: all of dt), out: the substep the error control proposes next; a
/// caller that keeps it per voxel spares the voxel the rejections of re-learning it each call.
/// `kept` (may be null): start from its Jacobian instead of differentiating when `use` is set;
/// the Jacobian evaluated (at the start, or after a rejected substep) is written back to it.
/// Returns false when the substep size falls below dt * 1e-12 or a value turns non-finite (u is
/// then undefined).
bool rosenbrock_integrate(const Kinetics& kinetics, const JacobianStructure& structure, double t,
                          double dt, double* u, const VoxelInfo& where, const LocalTolerance& tol,
                          LocalStats* stats, double* substep = nullptr,
                          KeptJacobian* kept = nullptr);

}  // namespace dermasim::numerics
