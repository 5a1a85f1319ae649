// The epidermis, the vessels and the pigment (docs/model.md 6.4 and 7.3): re-closure of the
// channels and the barrier, KGF-driven hyperplasia, redness and swelling, melanin.
#include "dermasim/biology/healing_kinetics.hpp"
#include "dermasim/biology/rate_helpers.hpp"

namespace dermasim::biology {

void HealingKinetics::epidermis_rates(const State& u, const RestingState& r,
                                      const TissueEnvironment& env, const PigmentSite& pigment,
                                      const Signals& s, const DrugModifiers& drug,
                                      double* du) const {
  const HealingParameters& p = p_;
  const double M1 = positive(u[macrophages_m1]), M2 = positive(u[macrophages_m2]);

  // Epidermis: keratinocytes re-cover the channels (faster with inflammation: Brogden et al.
  // 2012), then the new barrier matures; KGF thickens the epidermis, desquamation thins it.
  const double closure = p.epidermal_closure * (1 + p.closure_inflammation_gain * s.h_cytokines) /
                         (occluded_ ? p.occlusion_closure_slowdown : 1.0);
  du[epidermal_gap] = -closure * u[epidermal_gap];
  du[immature_barrier] = closure * u[epidermal_gap] - p.barrier_maturation * u[immature_barrier];
  du[epidermal_hyperplasia] =
      p.epidermal_growth * s.s_kgf - p.epidermal_turnover * u[epidermal_hyperplasia];

  // Vessels: dilation follows the inflammatory signal within minutes; leaky vessels make oedema
  // that lymphatics drain.
  du[vasodilation] = p.vasodilation_rate * (s.recruitment - u[vasodilation]);
  du[edema] =
      p.edema_formation * env.vessels * positive(u[vasodilation]) - p.lymphatic_drainage * u[edema];

  // Pigment. Basal melanocytes make melanin at the rate that holds the normal content (activity
  // 1) against its removal; inflammatory cytokines add to it by the phototype's propensity
  // (post-inflammatory hyperpigmentation, Tomita 1992). Two sinks share the removal: melanosomes
  // degraded inside differentiating keratinocytes (most of it in light skin, little in dark:
  // Thong 2003) and melanin shed with the keratinocytes after their transit through the
  // epidermis, thickness over keratinocyte flux: (1 + e) / (1 + g P) of the resting transit,
  // with P the extra flux KGF drives (the hyperplasia growth over the turnover) and e the
  // hyperplasia itself. Dermal melanophages hold what a damaged basement membrane lets through
  // (the leak of a melasma voxel), cleared slowly and faster with more macrophages.
  const double extra_flux = p.epidermal_growth * s.s_kgf / p.epidermal_turnover;
  const double transit =
      (1 + positive(u[epidermal_hyperplasia])) / (1 + p.melanin_proliferation_gain * extra_flux);
  // A serum's active may inhibit melanogenesis or the transfer of melanosomes to the
  // keratinocytes (docs/model.md 9.2): both lower what reaches them, the inflammatory part too;
  // or the paracrine stimulation of the melanocytes only (their activity above normal and the
  // inflammatory part).
  const double a = pigment.melanocyte_activity;
  const double activity = drug.melanin_stimulated == 1
                              ? a
                              : std::min(a, 1.0) + positive(a - 1) * drug.melanin_stimulated;
  du[epidermal_melanin] =
      env.viable_epidermis() * drug.melanin_production *
          (p.epidermal_turnover * activity +
           p.pih_melanogenesis * pih_gain_ * s.h_cytokines * drug.melanin_stimulated) -
      p.epidermal_turnover * (degraded_share_ + (1 - degraded_share_) / transit) *
          u[epidermal_melanin];
  const double macrophage_factor =
      1 + (M1 + positive(M2 - r.u[macrophages_m2])) / p.resident_macrophages;
  du[dermal_melanin] =
      pigment.dermal_leak - p.dermal_melanin_clearance * macrophage_factor * u[dermal_melanin];
}

}  // namespace dermasim::biology
