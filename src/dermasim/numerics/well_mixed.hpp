#pragma once
// The well-mixed (0D) form of any kinetics, integrated by SUNDIALS CVODE (variable-order BDF with
// a dense direct linear solver and the kinetics' Jacobian; Hindmarsh et al. 2005, ACM TOMS
// 31:363). It is the reference the 3D kinetics are tested against, and the fast fidelity for
// exploring a model.
#include <vector>

#include "dermasim/numerics/kinetics.hpp"

namespace dermasim::numerics {

struct WellMixedOptions {
  double relative_tolerance = 1e-8;
  double absolute_tolerance = 1e-14;
  long max_steps = 1000000;
};

/// Integrates du/dt = R(t, u) at the voxel `where` from t0, returning the state at each of the
/// (increasing) `times`. Throws std::runtime_error with CVODE's message on failure.
std::vector<std::vector<double>> integrate_well_mixed(const Kinetics& kinetics,
                                                      std::vector<double> u0, double t0,
                                                      const std::vector<double>& times,
                                                      const VoxelInfo& where = {},
                                                      const WellMixedOptions& options = {});

}  // namespace dermasim::numerics
