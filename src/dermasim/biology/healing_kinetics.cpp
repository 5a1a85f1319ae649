#include "dermasim/biology/healing_kinetics.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace dermasim::biology {

namespace {

double positive(double x) {
  return x > 0 ? x : 0.0;
}
/// Michaelis-Menten saturation x / (x + k), 0 for x <= 0.
double saturation(double x, double k) {
  const double y = positive(x);
  return y / (y + k);
}
/// How far a saturating signal is above its resting value, scaled to [0, 1].
double excess(double h, double h_rest) {
  return h_rest < 1 ? std::clamp((h - h_rest) / (1 - h_rest), 0.0, 1.0) : 0.0;
}

}  // namespace

HealingKinetics::HealingKinetics(const HealingParameters& p, std::vector<TissueEnvironment> envs,
                                 double age, bool deviation_form)
    : p_(p), env_(std::move(envs)), deviation_(deviation_form) {
  if (p.fibroblasts_papillary <= 0)
    throw std::invalid_argument("fibroblasts_papillary must be > 0");
  // Fibroblasts secrete the resting MMP and TIMP of the papillary dermis (the reference tissue).
  mmp_per_fibroblast_ = p.mmp_decay * p.mmp_resting / p.fibroblasts_papillary;
  timp_per_fibroblast_ = p.timp_decay * p.timp_resting / p.fibroblasts_papillary;
  mmp_activity_reference_ = p.mmp_resting / (1 + p.timp_resting / p.timp_inhibition);

  const double synthesis = synthesis_factor(p, age);
  const double content = collagen_content_factor(p, age);
  for (const auto& env : env_) {
    RestingState r;
    State& u = r.u;
    const double f0 = env.fibroblasts;
    const double m0 = env.macrophages;
    u[fibroblasts] = f0;
    u[macrophages_m2] = m0;
    u[tgf_beta] = p.tgf_beta_from_fibroblast * f0 / p.tgf_beta_decay;
    u[pdgf] = 0;  // made by recruited macrophages and platelets only
    u[kgf] = p.kgf_from_fibroblast * f0 / p.kgf_decay;
    u[mmp] = mmp_per_fibroblast_ * f0 / p.mmp_decay;
    u[timp] = timp_per_fibroblast_ * f0 / p.timp_decay;
    r.mmp_activity = relative_mmp_activity(u);
    const double act = r.mmp_activity;

    // Collagen: resting content at this age is a fixed point. Synthesis per cell falls with age
    // as published (Varani 2006) and content with it (Shuster 1975); the turnover of mature
    // collagen takes the value that balances them. Pools: new (immature) collagen I made at
    // sigma1, crosslinked at kx or degraded at kimm; mature collagen degraded at km:
    //   imm = C1 km / (kx + km),   sigma1 = C1 km (kimm + kx) / (kx + km).
    const double kimm = p.collagen_immature_decay * act;
    const double kx = p.collagen_crosslinking;
    const double km0 = p.collagen_mature_decay * act;
    const double c1 = (1 - p.collagen_iii_fraction) * env.collagen;
    const double c1_young = c1 / content;
    const double sigma1_young = c1_young * km0 * (kimm + kx) / (kx + km0);
    const double sigma1 = synthesis * sigma1_young;
    const double km = c1 > 0 ? sigma1 * kx / (c1 * (kimm + kx) - sigma1) : km0;
    r.matrix_turnover_scale = km0 > 0 ? km / km0 : 1.0;
    u[collagen_i] = c1;
    u[collagen_i_mature] = c1 * kx / (kx + km);
    const double sigma3 = sigma1 * p.collagen_iii_fraction / (1 - p.collagen_iii_fraction);
    u[collagen_iii] = p.collagen_iii_fraction * env.collagen;
    r.collagen_iii_decay = (act > 0 && u[collagen_iii] > 0) ? sigma3 / (act * u[collagen_iii]) : 0;
    r.collagen_synthesis_per_cell = f0 > 0 ? (sigma1 + sigma3) / f0 : 0;

    // Elastin: fibres assembled from tropoelastin; elastotic material kept by UV damage.
    u[elastotic_material] = env.elastotic_share * env.elastin;
    u[elastin] = env.elastin - u[elastotic_material];
    r.elastin_decay = p.elastin_decay * synthesis;  // elastin content is taken as age-independent
    const double ke = r.elastin_decay * act;
    u[tropoelastin] = ke * u[elastin] / p.tropoelastin_assembly;
    r.elastin_synthesis_per_cell =
        f0 > 0 ? (p.tropoelastin_assembly + p.tropoelastin_decay) * u[tropoelastin] / f0 : 0;
    r.elastotic_supply = p.elastotic_turnover * act * u[elastotic_material];
    u[scar_collagen] = env.scar_collagen;
    // Normal pigment: the viable epidermis holds the phototype's melanin; no dermal melanin.
    u[epidermal_melanin] = env.viable_epidermis();
    u[dermal_melanin] = 0;
    rest_.push_back(r);
  }
  set_pigmentation(3);  // a type III person until told otherwise
}

void HealingKinetics::set_pigmentation(int fitzpatrick, std::vector<PigmentSite> sites) {
  if (fitzpatrick < 1 || fitzpatrick > 6) throw std::invalid_argument("Fitzpatrick type 1-6");
  pih_gain_ = std::pow(p_.pih_phototype_ratio, fitzpatrick - 3);
  degraded_share_ = std::clamp(
      p_.melanosome_degradation_type_i - p_.melanosome_degradation_per_type * (fitzpatrick - 1),
      0.0, 1.0);
  pigment_ = std::move(sites);
}

double HealingKinetics::dermal_leak_for(const HealingParameters& p, double dermal_melanin_rest) {
  return p.dermal_melanin_clearance * dermal_melanin_rest;
}

double HealingKinetics::relative_mmp_activity(const State& u) const {
  const double active = positive(u[mmp]) / (1 + positive(u[timp]) / p_.timp_inhibition);
  return active / mmp_activity_reference_;
}

void HealingKinetics::apply_injury(State& u, double damaged, double clot,
                                   double epidermis_open) const {
  const double d = std::clamp(damaged, 0.0, 1.0);
  const double keep = 1 - d;
  // The cells in the channel die (keratinocytes with the melanin they carry). The needle parts the
  // matrix fibres rather than removing them (assumption): the matrix is left to the MMPs, whose
  // activity the injury raises.
  for (Species s : {neutrophils, macrophages_m1, macrophages_m2, fibroblasts, epidermal_melanin})
    u[s] *= keep;
  u[damage] = std::min(1.0, u[damage] + d);
  u[damps] += d;  // passive release of the damaged cells' contents (relative units)
  u[platelets] = std::min(1.0, u[platelets] + std::clamp(clot, 0.0, 1.0));
  u[epidermal_gap] = std::min(1.0, u[epidermal_gap] + std::clamp(epidermis_open, 0.0, 1.0));
}

std::vector<std::vector<int>> HealingKinetics::dependencies() const {
  // Read off absolute_rates() below, term by term; tests/biology checks it against finite
  // differences at random states. Each rate also reads its own species (added by the engine).
  std::vector<std::vector<int>> d(kSpecies);
  auto reads = [&](Species s, std::initializer_list<int> from) { d[std::size_t(s)] = from; };
  const int N = neutrophils, M1 = macrophages_m1, M2 = macrophages_m2, F = fibroblasts;
  const int T = tgf_beta, G = pdgf, I = cytokines, M = mmp, Th = timp;
  reads(damage, {damage, N, M1, M2});
  reads(damps, {damage, damps});
  reads(platelets, {platelets});
  reads(neutrophils, {damps, I, N});
  reads(macrophages_m1, {I, N, M1});
  reads(macrophages_m2, {N, M1, M2});
  reads(cytokines, {damps, N, M1, M2, I});
  reads(tgf_beta, {platelets, M2, F, T});
  reads(pdgf, {platelets, M1, M2, G});
  reads(kgf, {F, I, kgf});
  reads(fibroblasts, {G, T, F});
  reads(collagen_iii, {F, T, G, M, Th, collagen_iii});
  reads(collagen_i, {F, T, G, M, Th, collagen_i, collagen_i_mature});
  reads(collagen_i_mature, {collagen_i, collagen_i_mature, M, Th});
  reads(tropoelastin, {F, T, tropoelastin});
  reads(elastin, {tropoelastin, M, Th, elastin});
  reads(elastotic_material, {M, Th, elastotic_material});
  reads(scar_collagen, {M, Th, scar_collagen});
  reads(mmp, {F, I, N, M1, M});
  reads(timp, {F, T, Th});
  reads(epidermal_gap, {I, epidermal_gap});
  reads(immature_barrier, {I, epidermal_gap, immature_barrier});
  reads(epidermal_hyperplasia, {kgf, epidermal_hyperplasia});
  reads(vasodilation, {damps, I, vasodilation});
  reads(edema, {vasodilation, edema});
  reads(epidermal_melanin, {I, kgf, epidermal_hyperplasia, epidermal_melanin});
  reads(dermal_melanin, {M1, M2, dermal_melanin});
  return d;
}

void HealingKinetics::rates(double, const double* v, double* dudt,
                            const numerics::VoxelInfo& where) const {
  const int e = std::clamp(where.k, 0, int(env_.size()) - 1);
  const RestingState& r = rest_[std::size_t(e)];
  State u;
  if (deviation_)
    for (int s = 0; s < kSpecies; ++s) u[std::size_t(s)] = r.u[std::size_t(s)] + v[s];
  else
    std::copy(v, v + kSpecies, u.begin());
  static const PigmentSite normal{};
  const PigmentSite& pigment = pigment_.empty()       ? normal
                               : pigment_.size() == 1 ? pigment_.front()
                                                      : pigment_[where.index];
  absolute_rates(u, r, env_[std::size_t(e)], pigment, dudt);
}

void HealingKinetics::absolute_rates(const State& u, const RestingState& r,
                                     const TissueEnvironment& env, const PigmentSite& pigment,
                                     double* du) const {
  const HealingParameters& p = p_;
  const double N = positive(u[neutrophils]), M1 = positive(u[macrophages_m1]);
  const double M2 = positive(u[macrophages_m2]), F = positive(u[fibroblasts]);
  const double A = positive(u[damps]), I = positive(u[cytokines]);
  const double T = positive(u[tgf_beta]), G = positive(u[pdgf]), K = positive(u[kgf]);

  // Damage and its signals (Cooper et al. 2015: debris cleared by phagocytes and intrinsically).
  const double phagocytes = N + M1 + M2;
  du[damage] = -(p.debris_resorption +
                 p.debris_phagocytosis * phagocytes / (phagocytes + p.phagocyte_half_saturation)) *
               u[damage];
  du[damps] = p.debris_damps_release * u[damage] - p.damps_clearance * u[damps];
  du[platelets] = -p.platelet_degranulation * u[platelets];
  const double released = p.platelet_degranulation * positive(u[platelets]);

  // Leukocytes recruited from the vessels by damage signals and cytokines (either suffices).
  const double h_damps = saturation(A, p.signal_half_saturation);
  const double h_cyt = saturation(I, p.cytokine_half_saturation);
  const double recruit = 1 - (1 - h_damps) * (1 - h_cyt);
  du[neutrophils] =
      env.vessels * p.neutrophil_recruitment * recruit - p.neutrophil_death * u[neutrophils];
  const double to_m2 =
      p.m1_to_m2_basal + p.m1_to_m2_efferocytosis * saturation(N, p.efferocytosis_half_saturation);
  du[macrophages_m1] = env.vessels * p.monocyte_recruitment * h_cyt -
                       (to_m2 + p.macrophage_death) * u[macrophages_m1];
  du[macrophages_m2] = to_m2 * M1 - p.macrophage_death * (u[macrophages_m2] - r.u[macrophages_m2]);

  // Cytokines and growth factors.
  // Leukocytes make cytokines while damage signals activate them (pattern-recognition receptors):
  // without that contingency the leukocyte-cytokine loop would sustain itself after the debris is
  // gone. M2 macrophages damp production (IL-10).
  du[cytokines] = (p.cytokine_from_damps * A +
                   (p.cytokine_from_neutrophil * N + p.cytokine_from_m1 * M1) * h_damps) /
                      (1 + M2 / p.il10_half_saturation) -
                  p.cytokine_decay * u[cytokines];
  // Resident macrophages are quiescent: growth factors come from the recruited ones.
  const double recruited = M1 + positive(M2 - r.u[macrophages_m2]);
  du[tgf_beta] = p.platelet_tgf_beta * released +
                 p.tgf_beta_from_m2 * positive(M2 - r.u[macrophages_m2]) +
                 p.tgf_beta_from_fibroblast * F - p.tgf_beta_decay * u[tgf_beta];
  du[pdgf] =
      p.platelet_pdgf * released + p.pdgf_from_macrophage * recruited - p.pdgf_decay * u[pdgf];
  du[kgf] = p.kgf_from_fibroblast * F * (1 + (p.kgf_cytokine_induction - 1) * h_cyt) -
            p.kgf_decay * u[kgf];

  // Fibroblasts: logistic growth driven by PDGF (and TGF-beta) above rest (Olsen et al. 1995),
  // return to the resting density by apoptosis (Desmouliere et al. 1995).
  const double hg = saturation(G, p.pdgf_half_saturation);
  const double hg0 = saturation(r.u[pdgf], p.pdgf_half_saturation);
  const double ht = saturation(T, p.tgf_beta_half_saturation);
  const double ht0 = saturation(r.u[tgf_beta], p.tgf_beta_half_saturation);
  du[fibroblasts] = p.fibroblast_proliferation * F *
                        ((hg - hg0) + p.fibroblast_tgf_mitogenesis * (ht - ht0)) *
                        (1 - F / p.fibroblast_max_density) -
                    p.fibroblast_return * (u[fibroblasts] - r.u[fibroblasts]);

  // Matrix: synthesis by fibroblasts, raised by TGF-beta; PDGF-activated fibroblasts make more
  // collagen III; degradation in proportion to MMP activity; crosslinking of collagen I.
  const double act = relative_mmp_activity(u);
  const double s_t = excess(ht, ht0);
  const double s_g = excess(hg, hg0);
  // A fibroblast activated by either growth factor makes collagen at the wound rate.
  const double activation = 1 - (1 - s_t) * (1 - s_g);
  const double synth =
      r.collagen_synthesis_per_cell * F * (1 + (p.collagen_activation_fold - 1) * activation);
  const double f3 =
      p.collagen_iii_fraction + (p.collagen_iii_fraction_wound - p.collagen_iii_fraction) * s_g;
  // Crosslinked fibrils resist MMPs (Welgus et al. 1980): their turnover follows the excess
  // activity only by 1/resistance.
  const double km = p.collagen_mature_decay * r.matrix_turnover_scale *
                    (r.mmp_activity + (act - r.mmp_activity) / p.crosslinked_mmp_resistance);
  const double kimm = p.collagen_immature_decay * act;
  const double immature = u[collagen_i] - u[collagen_i_mature];
  // Collagen III laid down above rest is not crosslinked into a lasting pool: the III-rich
  // granulation matrix is remodelled into collagen I over weeks (Gurtner et al. 2008), turning
  // over like new collagen I.
  du[collagen_iii] = synth * f3 - r.collagen_iii_decay * act * u[collagen_iii] -
                     kimm * positive(u[collagen_iii] - r.u[collagen_iii]);
  du[collagen_i] = synth * (1 - f3) - kimm * immature - km * u[collagen_i_mature];
  du[collagen_i_mature] = p.collagen_crosslinking * immature - km * u[collagen_i_mature];
  du[tropoelastin] =
      r.elastin_synthesis_per_cell * F * (1 + (p.tropoelastin_tgf_induction - 1) * s_t) -
      (p.tropoelastin_assembly + p.tropoelastin_decay) * u[tropoelastin];
  du[elastin] = p.tropoelastin_assembly * u[tropoelastin] - r.elastin_decay * act * u[elastin];
  du[elastotic_material] = r.elastotic_supply - p.elastotic_turnover * act * u[elastotic_material];
  du[scar_collagen] = -p.scar_remodelling * positive(act - r.mmp_activity) * u[scar_collagen];
  du[mmp] = mmp_per_fibroblast_ * F * (1 + (p.mmp_cytokine_induction - 1) * h_cyt) +
            p.mmp_from_leukocyte * (N + M1) - p.mmp_decay * u[mmp];
  du[timp] =
      timp_per_fibroblast_ * F * (1 + (p.timp_tgf_induction - 1) * s_t) - p.timp_decay * u[timp];

  // Epidermis: keratinocytes re-cover the channels (faster with inflammation: Brogden et al.
  // 2012), then the new barrier matures; KGF thickens the epidermis, desquamation thins it.
  const double closure = p.epidermal_closure * (1 + p.closure_inflammation_gain * h_cyt) /
                         (occluded_ ? p.occlusion_closure_slowdown : 1.0);
  du[epidermal_gap] = -closure * u[epidermal_gap];
  du[immature_barrier] = closure * u[epidermal_gap] - p.barrier_maturation * u[immature_barrier];
  const double hk = saturation(K, p.kgf_half_saturation);
  const double hk0 = saturation(r.u[kgf], p.kgf_half_saturation);
  du[epidermal_hyperplasia] =
      p.epidermal_growth * excess(hk, hk0) - p.epidermal_turnover * u[epidermal_hyperplasia];

  // Vessels: dilation follows the inflammatory signal within minutes; leaky vessels make oedema
  // that lymphatics drain.
  du[vasodilation] = p.vasodilation_rate * (recruit - u[vasodilation]);
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
  const double extra_flux = p.epidermal_growth * excess(hk, hk0) / p.epidermal_turnover;
  const double transit =
      (1 + positive(u[epidermal_hyperplasia])) / (1 + p.melanin_proliferation_gain * extra_flux);
  du[epidermal_melanin] =
      env.viable_epidermis() * (p.epidermal_turnover * pigment.melanocyte_activity +
                                p.pih_melanogenesis * pih_gain_ * h_cyt) -
      p.epidermal_turnover * (degraded_share_ + (1 - degraded_share_) / transit) *
          u[epidermal_melanin];
  const double macrophage_factor =
      1 + (M1 + positive(M2 - r.u[macrophages_m2])) / p.resident_macrophages;
  du[dermal_melanin] =
      pigment.dermal_leak - p.dermal_melanin_clearance * macrophage_factor * u[dermal_melanin];
}

}  // namespace dermasim::biology
