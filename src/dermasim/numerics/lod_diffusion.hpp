#pragma once
// The fast diffusion solver: locally one-dimensional (LOD) dimension splitting with an implicit
// solve along every grid line (Thomas algorithm; Sherman-Morrison for periodic lines).
//
// Schemes:
//  - backward_euler: x, y, z sweeps of implicit Euler. First order in time, unconditionally stable
//    and positivity-preserving; one read and one write of each value per direction.
//  - tr_bdf2: the symmetric sweep x(dt/2) y(dt/2) z(dt) y(dt/2) x(dt/2) (Strang 1968), each sweep
//    one TR-BDF2 step (Bank et al. 1985, IEEE Trans Electron Devices 32:1992; Hosea & Shampine
//    1996, Appl Numer Math 20:21) with gamma = 2 - sqrt(2): second order and L-stable per
//    direction, so stiff species can take steps far beyond the explicit limit without ringing.
//  - backward_euler_delta: the same sweeps in delta form (approximate factorization; Beam &
//    Warming 1976, J Comput Phys 22:87): the sweeps solve for the increment, with the full
//    residual dt (L phi + s) on the right, so a steady state is kept exactly. First order. Use it
//    for transport through channels with sources at the boundary, where plain splitting drifts
//    (docs/numerics.md, "Order reduction").
// Mass (sum of u times the voxel volume) is conserved to round-off with zero-flux boundaries.
#include <span>
#include <vector>

#include "dermasim/grid/field_set.hpp"
#include "dermasim/numerics/diffusion_spec.hpp"

namespace dermasim::numerics {

enum class DiffusionScheme { backward_euler, tr_bdf2, backward_euler_delta };

class LodDiffusion {
 public:
  explicit LodDiffusion(const grid::Grid3D& grid);

  /// Advances one species by dt (s) in place. Immobile species are left as they are.
  void step(grid::FieldView u, const DiffusionSpec& spec, double dt, DiffusionScheme scheme);
  /// The same with float storage (half the memory traffic; docs/numerics.md gives its accuracy).
  /// Only layered coefficients, with backward_euler or tr_bdf2: otherwise std::invalid_argument.
  void step(grid::FloatFieldView u, const DiffusionSpec& spec, double dt, DiffusionScheme scheme);

  /// Advances several species by dt at once, as step() would one by one. Layered species
  /// (is_layered) are spread over the OpenMP threads, one species per thread, when there are at
  /// least as many of them as threads: backward Euler by the fused two-pass kernel
  /// (fused_layered_step.hpp), TR-BDF2 by the layered sweeps on one thread each. The others are
  /// stepped one by one, each with all threads.
  void step_all(std::span<const grid::FieldView> u, std::span<const DiffusionSpec* const> specs,
                double dt, DiffusionScheme scheme);

  const grid::Grid3D& grid() const { return grid_; }

 private:
  enum class Axis { x, y, z };
  void sweep(grid::FieldView u, const DiffusionSpec& spec, Axis axis, double dt,
             DiffusionScheme scheme);
  void delta_step(grid::FieldView u, const DiffusionSpec& spec, double dt);
  std::vector<double> increment_;  // scratch for the delta form
  grid::Grid3D grid_;
};

}  // namespace dermasim::numerics
