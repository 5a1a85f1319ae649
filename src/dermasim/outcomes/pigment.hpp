#pragma once
// Pigmentation as a Mexameter reads it and a MASI-like score (docs/model.md 7.3).
//   MI = MI_floor + (MI_type - MI_floor) (m_e + w_d m_d)
// per column, with m_e and m_d the column's epidermal and dermal melanin relative to a normal
// epidermis of the phototype (TissueColumns), and MI_type = MI_I r^(F - 1) the normal facial
// index of Fitzpatrick type F.
// MASI-like (the modified MASI of Pandya AG et al. J Am Acad Dermatol 2011;64:78, continuous,
// the patch standing for every facial region so that the region weights sum to 1): A D, with
// A the area score of the share of columns visibly darker than normal skin, interpolated through
// the bins of Kimbrough-Green CK et al. Arch Dermatol 1994;130:727 (<10 % 1, 10-29 % 2, ...,
// 90-100 % 6), and D = min(4, lesional excess MI / melasma_darkness_grade).
#include <optional>
#include <vector>

#include "dermasim/outcomes/outcome_parameters.hpp"
#include "dermasim/simulation/tissue_columns.hpp"
#include "dermasim/skin/conditions.hpp"

namespace dermasim::outcomes {

struct PigmentReading {
  double melanin_index = 0;                    // mean over the patch
  std::optional<double> melanin_index_lesion;  // mean over the lesional columns
  std::optional<double> masi;                  // melasma only
};

/// Normal facial melanin index of a phototype.
double normal_melanin_index(const OutcomeParameters& p, int fitzpatrick);

/// The MASI area score (0-6) of a lesional share of the region, continuous through the bins.
double masi_area_score(double share);

class PigmentModel {
 public:
  /// `lesion` marks lesional columns (3D; empty without pigmentation); with one column (the
  /// well-mixed model) the lesion and normal skin are recovered from the patch mean by the
  /// linearity of the melanin kinetics in the melanocyte activity.
  PigmentModel(const OutcomeParameters& p, int fitzpatrick, const skin::Pigmentation& pig,
               std::vector<char> lesion, const simulation::TissueColumns& initial);
  PigmentReading read(const simulation::TissueColumns& now) const;

 private:
  double index(double epidermal, double dermal) const;

  OutcomeParameters p_;
  skin::Pigmentation pig_;
  std::vector<char> lesion_;
  double mi_normal_ = 0;                               // the phototype's normal MI
  double initial_epidermal_ = 0, initial_dermal_ = 0;  // well-mixed: patch means at the start
};

}  // namespace dermasim::outcomes
