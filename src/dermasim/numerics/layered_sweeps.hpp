#pragma once
// Fast backward-Euler sweeps for layered coefficients (D and K by plane, no per-voxel values):
// every line of a sweep then shares one tridiagonal matrix, factored once per plane (x, y) or
// once per sweep (z), and the sweep itself is the bare Thomas recurrence in place on u, with the
// inner loop running across lines (contiguous for y and z). BioFVM's LOD solver (Ghaffarizadeh
// et al. 2016, Bioinformatics 32:1256) uses the same precomputation; the loops here are ordered
// for the cache and the SIMD units rather than a vector per voxel.
#include "dermasim/grid/field_set.hpp"
#include "dermasim/numerics/diffusion_spec.hpp"

namespace dermasim::numerics {

/// True when the fast path applies: no per-voxel coefficient fields.
inline bool is_layered(const DiffusionSpec& s) {
  return s.diffusivity_field.empty() && s.partition_field.empty();
}

/// One backward-Euler LOD step: x, y (fused plane by plane, while the plane is in cache), z.
/// T is the storage type (double, or float: solved in double, only the stored values rounded).
template <class T>
void layered_backward_euler(grid::BasicFieldView<T> u, const DiffusionSpec& spec,
                            const grid::Grid3D& g, double dt);
/// One TR-BDF2 LOD step, x(dt/2) y(dt/2) z(dt) y(dt/2) x(dt/2), both stages of each sweep sharing
/// one factored matrix.
template <class T>
void layered_tr_bdf2(grid::BasicFieldView<T> u, const DiffusionSpec& spec, const grid::Grid3D& g,
                     double dt);

}  // namespace dermasim::numerics
