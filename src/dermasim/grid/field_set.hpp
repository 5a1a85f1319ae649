#pragma once
// Contiguous storage for several species on one grid: structure of arrays, species-major, each
// species laid out as Grid3D orders voxels (x fastest). Kernels take non-owning views.
#include <cstddef>
#include <span>
#include <vector>

#include "dermasim/grid/grid3d.hpp"

namespace dermasim::grid {

/// A non-owning view of one species' values on the grid, stored as T (double by default; float
/// storage is an option of the layered diffusion fast path).
template <class T>
struct BasicFieldView {
  T* data = nullptr;
  int nx = 0, ny = 0, nz = 0;

  std::size_t size() const { return std::size_t(nx) * ny * nz; }
  T& operator()(int i, int j, int k) const {
    return data[std::size_t(i) + std::size_t(nx) * (std::size_t(j) + std::size_t(ny) * k)];
  }
};
using FieldView = BasicFieldView<double>;
using FloatFieldView = BasicFieldView<float>;

class FieldSet {
 public:
  FieldSet() = default;
  FieldSet(const Grid3D& grid, int species, double initial = 0.0)
      : grid_(grid), species_(species), data_(grid.size() * std::size_t(species), initial) {}

  const Grid3D& grid() const { return grid_; }
  int species() const { return species_; }
  FieldView view(int s) { return {data_.data() + offset(s), grid_.nx, grid_.ny, grid_.nz}; }
  std::span<double> values(int s) { return {data_.data() + offset(s), grid_.size()}; }
  std::span<const double> values(int s) const { return {data_.data() + offset(s), grid_.size()}; }
  std::vector<double>& raw() { return data_; }
  const std::vector<double>& raw() const { return data_; }
  std::size_t bytes() const { return data_.size() * sizeof(double); }

 private:
  std::size_t offset(int s) const { return grid_.size() * std::size_t(s); }
  Grid3D grid_;
  int species_ = 0;
  std::vector<double> data_;
};

}  // namespace dermasim::grid
