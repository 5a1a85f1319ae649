#include "dermasim/grid/grid3d.hpp"

#include <cmath>

namespace dermasim::grid {

Grid3D make_grid(double width_x, double width_y, double depth, double resolution) {
  Grid3D g;
  // Small tolerance so that 4 mm / 10 um gives 400 voxels, not 401, despite rounding.
  auto count = [resolution](double extent) {
    return static_cast<int>(std::ceil(extent / resolution - 1e-9));
  };
  g.nx = count(width_x);
  g.ny = count(width_y);
  g.nz = count(depth);
  g.dx = width_x / g.nx;  // keep the patch exactly the size asked for
  g.dy = width_y / g.ny;
  g.dz = resolution;
  return g;
}

}  // namespace dermasim::grid
