#pragma once
// Face conductances of the finite-volume discretization (diffusion_spec.hpp), shared by every
// solver so that the fast and reference solvers discretize exactly the same equations.
#include "dermasim/numerics/diffusion_spec.hpp"

namespace dermasim::numerics {

/// Conductance (per unit spacing) of the face between two cells: the two half cells in series,
/// the harmonic mean of D K. Zero when either side does not conduct.
inline double face_conductance(double dk_p, double dk_q) {
  return (dk_p > 0 && dk_q > 0) ? 2.0 * dk_p * dk_q / (dk_p + dk_q) : 0.0;
}

/// Conductance (per unit spacing) from a boundary cell's centre to the outside at its face:
/// Dirichlet, the half cell alone (2 D K); Robin, the film 1/transfer in series with the half cell.
inline double boundary_conductance(const VerticalBoundary& b, double dk, double spacing) {
  switch (b.kind) {
    case VerticalBoundary::Kind::zero_flux:
      return 0.0;
    case VerticalBoundary::Kind::dirichlet:
      return 2.0 * dk;
    case VerticalBoundary::Kind::robin:
      return dk > 0 ? spacing / (1.0 / b.transfer + 0.5 * spacing / dk) : 0.0;
  }
  return 0.0;
}

}  // namespace dermasim::numerics
