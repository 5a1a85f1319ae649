#pragma once
// The outcomes' figures: the surface height map (before treatment and at week 26, on one colour
// scale so they compare) and a depth section of collagen density.
#include <string>

#include "dermasim/io/image.hpp"
#include "dermasim/outcomes/surface.hpp"
#include "dermasim/simulation/healing_domain.hpp"
#include "dermasim/simulation/tissue_columns.hpp"

namespace dermasim::io {

/// Top view of a height map, viridis from `lowest` to `highest` (m), colour bar in um.
Image surface_map(const outcomes::HeightMap& h, const std::string& title, double lowest,
                  double highest);

/// Depth section (x-z) of collagen I + III, mg/cm^3, with the layer boundaries.
Image collagen_cross_section(const simulation::MatrixSection& s,
                             const simulation::HealingDomain& d);

}  // namespace dermasim::io
