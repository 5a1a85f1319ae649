#pragma once
// Face conductances of the finite-volume discretization (diffusion_spec.hpp), shared by every
// solver so that the fast and reference solvers discretize exactly the same equations.
#include "dermasim/grid/grid3d.hpp"
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

/// Calls f(q, kq, spacing) for each of the six face neighbours q (plane kq) of voxel (i, j, k)
/// that exists: across the top and bottom there are none; across the sides they wrap when
/// periodic and are absent otherwise.
template <class F>
void for_each_neighbour(const grid::Grid3D& g, bool periodic, int i, int j, int k, F&& f) {
  auto visit = [&](int ii, int jj, int kk, double h) {
    if (kk < 0 || kk >= g.nz) return;
    if (ii < 0 || ii >= g.nx || jj < 0 || jj >= g.ny) {
      if (!periodic) return;
      ii = (ii + g.nx) % g.nx;
      jj = (jj + g.ny) % g.ny;
    }
    f(g.index(ii, jj, kk), kk, h);
  };
  visit(i - 1, j, k, g.dx);
  visit(i + 1, j, k, g.dx);
  visit(i, j - 1, k, g.dy);
  visit(i, j + 1, k, g.dy);
  visit(i, j, k - 1, g.dz);
  visit(i, j, k + 1, g.dz);
}

}  // namespace dermasim::numerics
