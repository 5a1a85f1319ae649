#pragma once
// The skin surface as a height map over the patch (docs/model.md 7.1, 7.2): the microrelief's
// furrows, each scar's depression and each line's furrow, and how the tissue under them changes
// them. Heights are in metres, 0 at the level of intact skin, negative into the skin.
//
// A depression of depth D0 is held partly by fibrotic tissue (the share f_t of its type) and
// partly by a deficit of matrix:
//   D(t) = max(0, D0 (1 - f_t (1 - S(t)/S(0))) - e G(t)),
// where S is the scar collagen of the scar's fibrotic base (remodelled by the MMPs of the healing
// model), G the column integral of the relative matrix gain under the depression
// (TissueColumns::matrix_gain) and e the share of it that lifts the floor. Lines and the
// microrelief's furrows have no fibrotic base (f_t = 0).
#include <cstdint>
#include <vector>

#include "dermasim/outcomes/outcome_parameters.hpp"
#include "dermasim/simulation/tissue_columns.hpp"
#include "dermasim/skin/conditions.hpp"

namespace dermasim::outcomes {

struct HeightMap {
  int nx = 0, ny = 0;
  double dx = 0, dy = 0;       // m
  std::vector<double> height;  // m, x fastest
};

class SurfaceModel {
 public:
  /// `columns` is the layout of the tissue columns (nx x ny over lx x ly; 1 x 1 for the
  /// well-mixed model); `initial` the tissue before any session.
  SurfaceModel(const skin::Conditions& conditions, const OutcomeParameters& p, double age,
               double lx, double ly, std::uint64_t seed, const simulation::TissueColumns& initial);

  /// Depth of each scar and each line now (m).
  std::vector<double> scar_depths(const simulation::TissueColumns& now) const;
  std::vector<double> line_depths(const simulation::TissueColumns& now) const;
  /// The height map now.
  HeightMap height_map(const simulation::TissueColumns& now) const;

 private:
  double gain_at(const simulation::TissueColumns& now, double x, double y) const;
  double mean_over(const std::vector<double>& v, const std::vector<std::size_t>& cols) const;

  skin::Conditions conditions_;
  OutcomeParameters p_;
  double lx_, ly_;
  int cnx_, cny_;        // tissue columns
  HeightMap micro_;      // the microrelief at rest
  double micro_rz_ = 0;  // Rz of the microrelief at rest: the depth of its furrows
  std::vector<std::vector<std::size_t>> scar_footprint_, scar_base_, line_footprint_;
  std::vector<double> scar_base_initial_;
};

}  // namespace dermasim::outcomes
