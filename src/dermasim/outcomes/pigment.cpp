#include "dermasim/outcomes/pigment.hpp"

#include <algorithm>
#include <cmath>

namespace dermasim::outcomes {

double normal_melanin_index(const OutcomeParameters& p, int fitzpatrick) {
  return p.melanin_index_type_i * std::pow(p.melanin_index_ratio, fitzpatrick - 1);
}

double masi_area_score(double share) {
  // Bin centres of Kimbrough-Green 1994: 0 -> 0, 5 % -> 1, 19.5 % -> 2, 39.5 % -> 3, 59.5 % -> 4,
  // 79.5 % -> 5, 95 % -> 6.
  static const double x[] = {0.0, 0.05, 0.195, 0.395, 0.595, 0.795, 0.95};
  if (share <= 0) return 0.0;
  if (share >= x[6]) return 6.0;
  for (int b = 1; b < 7; ++b)
    if (share <= x[b]) return (b - 1) + (share - x[b - 1]) / (x[b] - x[b - 1]);
  return 6.0;
}

PigmentModel::PigmentModel(const OutcomeParameters& p, int fitzpatrick,
                           const skin::Pigmentation& pig, std::vector<char> lesion,
                           const simulation::TissueColumns& initial)
    : p_(p),
      pig_(pig),
      lesion_(std::move(lesion)),
      mi_normal_(normal_melanin_index(p, fitzpatrick)) {
  if (initial.size() == 1) {
    initial_epidermal_ = initial.epidermal_melanin[0];
    initial_dermal_ = initial.dermal_melanin[0];
  }
}

double PigmentModel::index(double epidermal, double dermal) const {
  // The Mexameter reads 0-999: darker skin saturates it.
  return std::clamp(p_.melanin_index_floor + (mi_normal_ - p_.melanin_index_floor) *
                                                 (epidermal + p_.dermal_melanin_weight * dermal),
                    0.0, 999.0);
}

PigmentReading PigmentModel::read(const simulation::TissueColumns& now) const {
  PigmentReading r;
  const bool pigmented = pig_.kind != skin::PigmentKind::none;
  // Lesional and normal skin: per column in 3D; in the well-mixed model, from the patch mean.
  // The melanin kinetics are linear in the melanocyte activity a with drivers the compartment
  // shares, so a column of activity a holds a / a_mean of the mean epidermal melanin (but for
  // the PIH term, which does not scale with a: under 1 % of the lesional index), and the dermal
  // melanin of the lesion scales with the patch mean's.
  double lesion_mi = 0, normal_mi = 0, lesional_share = 0;
  if (now.size() == 1) {
    const double e = now.epidermal_melanin[0], d = now.dermal_melanin[0];
    r.melanin_index = index(e, d);
    if (pigmented) {
      const double share = pig_.area;
      const double a_mean = 1 + share * (pig_.epidermal_melanin - 1);
      const double lesion_d = initial_dermal_ > 0 ? d / initial_dermal_ * pig_.dermal_melanin : 0.0;
      lesion_mi = index(e * pig_.epidermal_melanin / a_mean, lesion_d);
      normal_mi = index(e / a_mean, 0.0);
      lesional_share = share;
    }
  } else {
    double sum = 0, sum_normal = 0;
    std::size_t n_normal = 0;
    for (std::size_t c = 0; c < now.size(); ++c) {
      const double mi = index(now.epidermal_melanin[c], now.dermal_melanin[c]);
      sum += mi;
      if (!pigmented || !lesion_[c]) sum_normal += mi, ++n_normal;
    }
    r.melanin_index = sum / double(now.size());
    if (pigmented) {
      // Lesions covering the whole patch are compared with the phototype's normal skin.
      normal_mi = n_normal > 0 ? sum_normal / double(n_normal) : mi_normal_;
      double sum_lesion = 0;
      std::size_t n_lesion = 0, n_visible = 0;
      for (std::size_t c = 0; c < now.size(); ++c) {
        if (!lesion_[c]) continue;
        const double mi = index(now.epidermal_melanin[c], now.dermal_melanin[c]);
        sum_lesion += mi;
        ++n_lesion;
        if (mi - normal_mi > p_.pigment_visible_contrast) ++n_visible;
      }
      lesion_mi = n_lesion > 0 ? sum_lesion / double(n_lesion) : normal_mi;
      lesional_share = double(n_visible) / double(now.size());
    }
  }
  if (pigmented) {
    r.melanin_index_lesion = lesion_mi;
    if (pig_.kind == skin::PigmentKind::melasma) {
      const double excess = lesion_mi - normal_mi;
      // The well-mixed lesion is visible as a whole or not at all; 3D counts visible columns.
      const double visible = now.size() > 1
                                 ? lesional_share
                                 : (excess > p_.pigment_visible_contrast ? lesional_share : 0.0);
      r.masi = masi_area_score(visible) * std::clamp(excess / p_.melasma_darkness_grade, 0.0, 4.0);
    }
  }
  return r;
}

}  // namespace dermasim::outcomes
