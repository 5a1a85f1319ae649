#pragma once
// Geometry of the structured voxel grid over the skin patch: x and y along the surface, z down
// into the skin (z = depth, 0 at the surface). Voxel (i, j, k) spans [i dx, (i+1) dx) etc.
// Storage order is x fastest, then y, then z: index = i + nx (j + ny k).
#include <cstddef>

namespace dermasim::grid {

struct Grid3D {
  int nx = 0, ny = 0, nz = 0;
  double dx = 0, dy = 0, dz = 0;  // m

  std::size_t size() const { return std::size_t(nx) * ny * nz; }
  std::size_t index(int i, int j, int k) const {
    return std::size_t(i) + std::size_t(nx) * (std::size_t(j) + std::size_t(ny) * std::size_t(k));
  }
  double voxel_volume() const { return dx * dy * dz; }
  double x_center(int i) const { return (i + 0.5) * dx; }
  double y_center(int j) const { return (j + 0.5) * dy; }
  double z_center(int k) const { return (k + 0.5) * dz; }
  double width_x() const { return nx * dx; }
  double width_y() const { return ny * dy; }
  double depth() const { return nz * dz; }
};

/// A grid of cubic voxels of edge `resolution` covering the patch and `depth` below it (each
/// extent rounded up to a whole number of voxels).
Grid3D make_grid(double width_x, double width_y, double depth, double resolution);

/// Index i wrapped onto [0, n) (periodic sides).
inline int wrap_index(int i, int n) {
  return ((i % n) + n) % n;
}

/// Bytes of one double-precision field on the grid.
inline std::size_t field_bytes(const Grid3D& g) {
  return g.size() * sizeof(double);
}

}  // namespace dermasim::grid
