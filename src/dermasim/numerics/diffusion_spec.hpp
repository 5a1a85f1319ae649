#pragma once
// What the diffusion engine needs to know about one species: its diffusivity D and partition
// coefficient K in every voxel, and its boundary conditions. The engine knows nothing of biology.
//
// Finite volumes on the partitioned variable phi = u / K, which is continuous across interfaces
// (u itself jumps by the ratio of partition coefficients). The flux across a face between cells P
// and Q is J = G (phi_P - phi_Q) with the conductance of the two half cells in series,
//   G = 2 / (h (1/(D_P K_P) + 1/(D_Q K_Q))),
// the harmonic mean that keeps the flux continuous (Patankar 1980, Numerical Heat Transfer and
// Fluid Flow, sec. 4.2-3; with partitioning: Crank 1975, The Mathematics of Diffusion, ch. 12).
#include <cstddef>
#include <vector>

namespace dermasim::numerics {

enum class LateralBoundary { periodic, zero_flux };

/// A boundary at the top (z = 0) or bottom (z = depth) of the grid.
struct VerticalBoundary {
  enum class Kind { zero_flux, dirichlet, robin };
  Kind kind = Kind::zero_flux;
  double value = 0.0;  // outside concentration (partition coefficient 1 outside)
  double transfer =
      0.0;  // robin only: mass transfer coefficient (m/s); flux in = transfer (value - phi)

  static VerticalBoundary zero_flux() { return {}; }
  static VerticalBoundary dirichlet(double v) { return {Kind::dirichlet, v, 0.0}; }
  static VerticalBoundary robin(double v, double h) { return {Kind::robin, v, h}; }
};

struct DiffusionSpec {
  bool mobile = true;  // immobile species (collagen) skip the diffusion step
  // D (m^2/s) and K (1) by depth plane (size nz): the layered skin.
  std::vector<double> diffusivity_by_plane;
  std::vector<double> partition_by_plane;
  // Optional per-voxel values (size nx*ny*nz) that replace the plane values where given, e.g. a
  // needle channel through the stratum corneum. Empty means "use the planes".
  std::vector<double> diffusivity_field;
  std::vector<double> partition_field;
  LateralBoundary lateral = LateralBoundary::zero_flux;
  VerticalBoundary top, bottom;
  // Optional factor (size nz) on the x and y face conductances of each plane; empty means 1.
  // It maps a graded depth grid onto the uniform planes: a plane of physical thickness J dz is
  // stored with K J and D / J^2, so that its capacity (K J dz) and vertical conductance
  // (D K / (J dz)) are the physical ones, and the lateral conductance D K J needs the factor J^2
  // (the metric of a stretched depth coordinate; e.g. Thompson, Warsi & Mastin 1985, Numerical
  // Grid Generation, ch. 3). The stored values are then amounts per uniform voxel, u J.
  std::vector<double> lateral_factor_by_plane;

  double lateral_factor(int k) const {
    return lateral_factor_by_plane.empty() ? 1.0 : lateral_factor_by_plane[std::size_t(k)];
  }

  /// K and D K of voxel v in plane k: the per-voxel value where given, else the plane's.
  double partition_at(std::size_t v, int k) const {
    return partition_field.empty() ? partition_by_plane[std::size_t(k)] : partition_field[v];
  }
  double dk_at(std::size_t v, int k) const {
    return (diffusivity_field.empty() ? diffusivity_by_plane[std::size_t(k)]
                                      : diffusivity_field[v]) *
           partition_at(v, k);
  }

  static DiffusionSpec uniform(int nz, double d, double k = 1.0) {
    DiffusionSpec s;
    s.diffusivity_by_plane.assign(std::size_t(nz), d);
    s.partition_by_plane.assign(std::size_t(nz), k);
    return s;
  }
};

}  // namespace dermasim::numerics
