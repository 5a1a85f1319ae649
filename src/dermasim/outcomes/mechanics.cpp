#include "dermasim/outcomes/mechanics.hpp"

#include <algorithm>
#include <cmath>

namespace dermasim::outcomes {

MechanicsModel::MechanicsModel(const OutcomeParameters& p, double age, const Matrix& rest,
                               const Matrix& young)
    : p_(p), glycation_(age / p.glycation_age), rest_(rest), young_(young) {
  // eta: the young adult's modulus is the published one.
  const double x_young = p.reference_age / p.glycation_age;
  const double fibres = p.fibre_orientation_factor * load_bearing(young) / p.protein_density *
                        p.collagen_fibril_modulus * std::exp(p.glycation_stiffening * x_young);
  const double rest_part =
      p.ground_substance_modulus + young.elastic_fibres / p.protein_density * p.elastin_modulus;
  eta_ = fibres > 0 ? std::max(0.0, p.youngs_modulus_young - rest_part) / fibres : 0.0;
}

double MechanicsModel::load_bearing(const Matrix& m) const {
  // Crosslinked fibrils bear the full load of their type, new ones immature_collagen_load_share
  // of it (Seyer-Hansen 1991); collagen III's thinner fibrils collagen_iii_load_share.
  auto borne = [this](double total, double crosslinked) {
    return crosslinked + p_.immature_collagen_load_share * std::max(0.0, total - crosslinked);
  };
  return borne(m.collagen_i, m.collagen_i_crosslinked) +
         p_.collagen_iii_load_share * borne(m.collagen_iii, m.collagen_iii_crosslinked);
}

Mechanics MechanicsModel::read(const Matrix& m) const {
  Mechanics out;
  // New collagen carries no glycation: it dilutes the crosslinks of the old.
  const double dilution = m.collagen_i > rest_.collagen_i ? rest_.collagen_i / m.collagen_i : 1.0;
  const double x = glycation_ * dilution;
  out.youngs_modulus = p_.ground_substance_modulus +
                       m.elastic_fibres / p_.protein_density * p_.elastin_modulus +
                       p_.fibre_orientation_factor * eta_ * load_bearing(m) / p_.protein_density *
                           p_.collagen_fibril_modulus * std::exp(p_.glycation_stiffening * x);
  // Network quality relative to a young adult's.
  const double elastic = m.elastic_fibres + m.elastotic_material;
  const double psi = elastic > 0 ? m.elastic_fibres / elastic : 0.0;
  const double lb_young = load_bearing(young_);
  const double q = psi * (lb_young > 0 ? load_bearing(m) / lb_young : 0.0);
  const double alpha = std::max(0.0, p_.creep_ratio_young + p_.creep_ratio_loss * (1 - q));
  const double beta = std::max(0.0, p_.flow_ratio_young + p_.flow_ratio_loss * (1 - q));
  auto g = [this](double t) { return 1 - std::exp(-t / p_.creep_time); };
  const double on = g(p_.suction_on);
  const double total = 1 + alpha * on + beta;
  out.r7 = (1 + alpha * on * g(p_.readout_delay)) / total;
  out.r2 = (1 + alpha * on * g(p_.suction_off)) / total;
  return out;
}

}  // namespace dermasim::outcomes
