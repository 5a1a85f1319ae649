// Repair (docs/model.md 6.4): active TGF-beta and its latent store in the matrix, fibroblasts
// and myofibroblasts. The memory of a session lives here: latent TGF-beta released by proteases
// for as long as they are active, TGF-beta inducing its own synthesis, and myofibroblasts that
// persist while TGF-beta signals and are cleared by apoptosis when it stops.
#include "dermasim/biology/healing_kinetics.hpp"
#include "dermasim/biology/rate_helpers.hpp"

namespace dermasim::biology {

void HealingKinetics::repair_rates(const State& u, const RestingState& r, const Signals& s,
                                   double* du) const {
  const HealingParameters& p = p_;
  const double M2 = positive(u[macrophages_m2]), F = positive(u[fibroblasts]);
  const double Mf = positive(u[myofibroblasts]);
  const double released = p.platelet_degranulation * positive(u[platelets]);

  // Latent TGF-beta1 (LAP/LTBP complexes on the microfibrils, Annes, Munger & Rifkin 2003) is
  // secreted by the fibroblast lineage, more under TGF-beta itself (autoinduction: Kim et al.
  // 1989, 1990), and activated by gelatinases (MMP-2, MMP-9: Yu & Stamenkovic 2000; plasmin,
  // which the same injury raises, is lumped with them) in proportion to their activity.
  const double activation = latent_activation_ * s.gelatinase;
  du[latent_tgf_beta] =
      latent_secretion_per_cell_ * (F + Mf) * (1 + (p.tgf_beta_autoinduction - 1) * s.s_tgf) -
      (activation + p.latent_tgf_beta_turnover) * u[latent_tgf_beta];
  du[tgf_beta] = activation * positive(u[latent_tgf_beta]) + p.platelet_tgf_beta * released +
                 p.tgf_beta_from_m2 * positive(M2 - r.u[macrophages_m2]) -
                 p.tgf_beta_decay * u[tgf_beta];

  // Fibroblasts: logistic growth driven by PDGF (and weakly TGF-beta) above rest (Olsen et al.
  // 1995), return to the resting density by apoptosis (Desmouliere et al. 1995), and
  // differentiation into myofibroblasts under TGF-beta (Desmouliere et al. 1993), which do not
  // divide and leave by apoptosis or de-differentiation once TGF-beta signalling ends (Hinz et al.
  // 2001), TGF-beta being their survival signal (Zhang & Phan 1999).
  // Mitogens below rest slow nothing: fibroblasts leave by apoptosis (the return term) alone.
  const double growth = positive((s.h_pdgf - s.h_pdgf_rest) +
                                 p.fibroblast_tgf_mitogenesis * (s.h_tgf - s.h_tgf_rest));
  const double differentiation = p.myofibroblast_differentiation * s.s_tgf * F;
  du[fibroblasts] =
      p.fibroblast_proliferation * F * growth * (1 - (F + Mf) / p.fibroblast_max_density) -
      p.fibroblast_return * (u[fibroblasts] - r.u[fibroblasts]) - differentiation;
  du[myofibroblasts] =
      differentiation - p.myofibroblast_removal * (1 - s.s_tgf) * u[myofibroblasts];
}

}  // namespace dermasim::biology
