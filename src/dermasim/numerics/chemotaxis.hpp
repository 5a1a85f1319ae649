#pragma once
// Directed migration up a signal's gradient (Keller & Segel 1971, J Theor Biol 30:225):
//   du/dt = -div(chi u grad phi),   phi = a / (a + K)
// with u the migrating species and a the attractant (both as absolute values: the stored value
// plus a per-plane offset, for models that store deviations from a resting state). The receptor
// law phi saturates, so the drift speed is bounded by chi / h per voxel.
//
// Finite volumes, first-order upwind face fluxes, explicit, in substeps within the CFL bound
// (sum over the six faces of the outflow speeds times dt / h <= 1/2): conservative to round-off
// and positivity-preserving. Periodic sides, zero flux through the top and bottom.
#include <vector>

#include "dermasim/grid/field_set.hpp"

namespace dermasim::numerics {

struct ChemotaxisSpec {
  int species = 0;                              // the species that migrates
  int attractant = 0;                           // the species whose gradient it climbs
  double coefficient = 0;                       // chi, m^2/s
  double half_saturation = 1;                   // K of the receptor law, in the attractant's unit
  std::vector<double> species_offset_by_plane;  // absolute = stored + offset (empty: 0)
  std::vector<double> attractant_offset_by_plane;  // idem
};

/// Advances the migrating species by dt; returns the number of substeps taken.
int chemotaxis_step(grid::FieldSet& fields, const ChemotaxisSpec& spec, double dt);

}  // namespace dermasim::numerics
