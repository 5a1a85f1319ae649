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

void layered_sweep_x(grid::FieldView u, const DiffusionSpec& spec, double dx, double dt);
void layered_sweep_y(grid::FieldView u, const DiffusionSpec& spec, double dy, double dt);
void layered_sweep_z(grid::FieldView u, const DiffusionSpec& spec, double dz, double dt);

/// One TR-BDF2 step along each direction (the same factored matrix for both stages).
void layered_trbdf2_x(grid::FieldView u, const DiffusionSpec& spec, double dx, double dt);
void layered_trbdf2_y(grid::FieldView u, const DiffusionSpec& spec, double dy, double dt);
void layered_trbdf2_z(grid::FieldView u, const DiffusionSpec& spec, double dz, double dt);

}  // namespace dermasim::numerics
