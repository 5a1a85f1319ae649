#pragma once
// The reference diffusion solver: the same finite-volume discretization as LodDiffusion, solved
// without dimension splitting. Each implicit stage is one sparse symmetric positive definite
// system (K - a L) phi = rhs over the whole grid, solved by conjugate gradients (Eigen). Slow and
// simple; the tests judge the fast solver against it.
#include "dermasim/grid/field_set.hpp"
#include "dermasim/numerics/diffusion_spec.hpp"
#include "dermasim/numerics/lod_diffusion.hpp"

namespace dermasim::numerics {

class ReferenceDiffusion {
 public:
  explicit ReferenceDiffusion(const grid::Grid3D& grid) : grid_(grid) {}
  /// Same contract as LodDiffusion::step; `tolerance` is the CG relative residual.
  void step(grid::FieldView u, const DiffusionSpec& spec, double dt, DiffusionScheme scheme,
            double tolerance = 1e-13) const;

 private:
  grid::Grid3D grid_;
};

}  // namespace dermasim::numerics
