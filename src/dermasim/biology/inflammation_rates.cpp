// The inflammatory phase (docs/model.md 6.4): debris and its damage signals, platelets,
// leukocytes, cytokines, PDGF and KGF.
#include "dermasim/biology/healing_kinetics.hpp"
#include "dermasim/biology/rate_helpers.hpp"

namespace dermasim::biology {

void HealingKinetics::inflammation_rates(const State& u, const RestingState& r,
                                         const TissueEnvironment& env, const Signals& s,
                                         double* du) const {
  const HealingParameters& p = p_;
  const double N = positive(u[neutrophils]), M1 = positive(u[macrophages_m1]);
  const double M2 = positive(u[macrophages_m2]), A = positive(u[damps]);
  const double lineage = positive(u[fibroblasts]) + positive(u[myofibroblasts]);

  // Damage and its signals (Cooper et al. 2015: debris cleared by phagocytes and intrinsically).
  const double phagocytes = N + M1 + M2;
  du[damage] = -(p.debris_resorption +
                 p.debris_phagocytosis * phagocytes / (phagocytes + p.phagocyte_half_saturation)) *
               u[damage];
  du[damps] = p.debris_damps_release * u[damage] - p.damps_clearance * u[damps];
  du[platelets] = -p.platelet_degranulation * u[platelets];
  const double released = p.platelet_degranulation * positive(u[platelets]);

  // Leukocytes recruited from the vessels by damage signals and cytokines (either suffices).
  du[neutrophils] =
      env.vessels * p.neutrophil_recruitment * s.recruitment - p.neutrophil_death * u[neutrophils];
  const double to_m2 =
      p.m1_to_m2_basal + p.m1_to_m2_efferocytosis * saturation(N, p.efferocytosis_half_saturation);
  du[macrophages_m1] = env.vessels * p.monocyte_recruitment * s.h_cytokines -
                       (to_m2 + p.macrophage_death) * u[macrophages_m1];
  du[macrophages_m2] = to_m2 * M1 - p.macrophage_death * (u[macrophages_m2] - r.u[macrophages_m2]);

  // Leukocytes make cytokines while damage signals activate them (pattern-recognition receptors):
  // without that contingency the leukocyte-cytokine loop would sustain itself after the debris is
  // gone. M2 macrophages damp production (IL-10).
  du[cytokines] = (p.cytokine_from_damps * A +
                   (p.cytokine_from_neutrophil * N + p.cytokine_from_m1 * M1) * s.h_damps) /
                      (1 + M2 / p.il10_half_saturation) -
                  p.cytokine_decay * u[cytokines];
  // Resident macrophages are quiescent: growth factors come from the recruited ones.
  const double recruited = M1 + positive(M2 - r.u[macrophages_m2]);
  du[pdgf] =
      p.platelet_pdgf * released + p.pdgf_from_macrophage * recruited - p.pdgf_decay * u[pdgf];
  // IL-1 induces KGF in dermal fibroblasts strongly, PDGF-BB moderately (Chedid 1994): the
  // whole lineage makes it, more when inflamed and more when activated.
  du[kgf] = p.kgf_from_fibroblast * lineage * (1 + (p.kgf_cytokine_induction - 1) * s.h_cytokines) *
                (1 + (p.kgf_activation_induction - 1) * s.activation) -
            p.kgf_decay * u[kgf];
}

}  // namespace dermasim::biology
