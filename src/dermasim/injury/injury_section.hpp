#pragma once
// A depth section of the injury field: what injury_cross_section.png draws, kept when the field
// itself (hundreds of MiB) is not.
#include <vector>

#include "dermasim/injury/injury_field.hpp"

namespace dermasim::injury {

/// The damaged fraction in the x-z plane of one row of voxels (fixed y).
struct InjurySection {
  int j = 0;                    // the row
  int nx = 0, nz = 0;           // voxels across and in depth
  std::vector<double> damaged;  // index i + nx k, in [0, 1]
};

/// The section through the row that holds the most damage, where the channels show best (the
/// first such row on a tie).
InjurySection most_injured_section(const InjuryField& field);

}  // namespace dermasim::injury
