#pragma once
// What the clinical outcomes read of the tissue at one time: depth integrals over each column
// (i, j) of the healing grid (one column for the well-mixed compartment), and a depth section of
// the matrix for the figures.
#include <vector>

#include "dermasim/simulation/output_schedule.hpp"

namespace dermasim::simulation {

struct TissueColumns {
  int nx = 0, ny = 0;
  /// Sum over depth of dz (M - M_rest) / M_rest, m, where M is the fibrous matrix (collagen I
  /// and III, elastic fibres and tropoelastin): the thickness new matrix would add if it took up
  /// the volume of the tissue it joins.
  std::vector<double> matrix_gain;
  /// Sum over depth of dz times scar collagen, mg/cm^3 m: the fibrotic tissue under a column.
  std::vector<double> scar_collagen;
  /// Melanin of the column relative to a normal epidermis of the phototype (1 = normal skin).
  std::vector<double> epidermal_melanin;
  std::vector<double> dermal_melanin;

  std::size_t size() const { return matrix_gain.size(); }
  void resize(int x, int y) {
    nx = x, ny = y;
    const std::size_t n = std::size_t(x) * std::size_t(y);
    matrix_gain.assign(n, 0.0);
    scar_collagen.assign(n, 0.0);
    epidermal_melanin.assign(n, 0.0);
    dermal_melanin.assign(n, 0.0);
  }
};

/// An x-z section of the matrix at one time (3D model only).
struct MatrixSection {
  Seconds time = 0;
  int j = 0;  // the row of voxels (fixed y) shown
  int nx = 0, nz = 0;
  std::vector<double> collagen;       // collagen I + III, mg/cm^3, index i + nx k
  std::vector<double> scar_collagen;  // mg/cm^3
  std::vector<double> rest_collagen;  // per plane (nz): collagen I + III of untreated tissue
  bool empty() const { return collagen.empty(); }
};

}  // namespace dermasim::simulation
