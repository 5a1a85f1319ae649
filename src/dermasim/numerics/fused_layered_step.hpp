#pragma once
// One backward-Euler LOD step for many species with layered coefficients, each species swept by
// one thread in two passes over its field instead of three:
//   pass 1, plane by plane downwards: the y and x solves of the plane (in cache), then at once the
//           forward elimination of the z recurrence, which needs only the plane above (in cache);
//   pass 2, plane by plane upwards: the z back-substitution.
// The arithmetic is that of layered_backward_euler (the same factored matrices, the same
// recurrences), with the in-plane solves in the order y, x; these two commute for layered
// coefficients, so the results agree to round-off. Species are independent, so they are spread
// over the threads with no synchronisation inside a step (docs/numerics.md, "Fused sweeps").
#include <span>

#include "dermasim/grid/field_set.hpp"
#include "dermasim/grid/grid3d.hpp"
#include "dermasim/numerics/diffusion_spec.hpp"

namespace dermasim::numerics {

/// Advances every field u[s] by one backward-Euler LOD step of dt (s) with specs[s], which must
/// be layered (is_layered). Species go to the OpenMP threads of the calling region, one species
/// per thread at a time.
void fused_layered_backward_euler(std::span<const grid::FieldView> u,
                                  std::span<const DiffusionSpec* const> specs,
                                  const grid::Grid3D& g, double dt);

}  // namespace dermasim::numerics
