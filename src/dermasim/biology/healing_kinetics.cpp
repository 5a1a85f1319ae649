#include "dermasim/biology/healing_kinetics.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "dermasim/biology/rate_helpers.hpp"

namespace dermasim::biology {

namespace {
/// Collagen not yet crosslinked, both types (mg/cm^3).
double immature_collagen(const State& u) {
  return u[collagen_i] - u[collagen_i_mature] + u[collagen_iii] - u[collagen_iii_mature];
}
}  // namespace

HealingKinetics::HealingKinetics(const HealingParameters& p, std::vector<TissueEnvironment> envs,
                                 double age, bool deviation_form)
    : p_(p), env_(std::move(envs)), deviation_(deviation_form) {
  if (p.fibroblasts_papillary <= 0)
    throw std::invalid_argument("fibroblasts_papillary must be > 0");
  if (p.tgf_beta_resting_active_share <= 0 || p.tgf_beta_resting_active_share >= 1)
    throw std::invalid_argument("tgf_beta_resting_active_share must be in (0, 1)");
  // The proteases and TIMP rest at the same levels in every environment; where there are
  // fibroblasts they make them, in proportion to the lineage's number.
  collagenase_production_ = p.mmp_decay * p.mmp_resting;
  gelatinase_production_ = p.mmp_decay * p.gelatinase_resting;
  timp_production_ = p.timp_decay * p.timp_resting;
  collagenase_rest_ = p.mmp_resting / (1 + p.timp_resting / p.timp_inhibition);
  gelatinase_rest_ = p.gelatinase_resting / (1 + p.timp_resting / p.timp_inhibition);
  // Latent TGF-beta: activation at resting protease activity gives the resting active share;
  // fibroblasts secrete what activation and turnover take from the papillary store.
  const double share = p.tgf_beta_resting_active_share;
  latent_activation_ = p.tgf_beta_decay * share / (1 - share);
  latent_secretion_per_cell_ = (latent_activation_ + p.latent_tgf_beta_turnover) *
                               p.latent_tgf_beta_resting / p.fibroblasts_papillary;
  for (const auto& env : env_) rest_.push_back(resting_state(env, age));
  set_pigmentation(3);  // a type III person until told otherwise
}

RestingState HealingKinetics::resting_state(const TissueEnvironment& env, double age) const {
  const HealingParameters& p = p_;
  RestingState r;
  State& u = r.u;
  const double f0 = env.fibroblasts;
  u[fibroblasts] = f0;
  u[macrophages_m2] = env.macrophages;
  u[latent_tgf_beta] = p.latent_tgf_beta_resting * f0 / p.fibroblasts_papillary;
  u[tgf_beta] = latent_activation_ * u[latent_tgf_beta] / p.tgf_beta_decay;
  u[pdgf] = 0;  // made by recruited macrophages and platelets only
  u[kgf] = p.kgf_from_fibroblast * f0 / p.kgf_decay;
  u[mmp] = p.mmp_resting;
  u[gelatinase] = p.gelatinase_resting;
  u[timp] = p.timp_resting;

  // Collagen (docs/model.md 6.4): fibroblasts make collagen at the measured fractional synthesis
  // rate (Babraj 2005) and degrade most of it within hours (Bienkowski 1978; Laurent 1987); the
  // rest is deposited as immature fibrils, which are degraded (k_imm) or crosslinked (k_x) into
  // the mature pool that turns over in 15 years at every age (Verzijl 2000). At rest
  //   k_x Y = k_m X,  deposition = k_imm Y + k_m X,  degraded share = 1 - deposition / synthesis,
  // with X + Y the layer's collagen. Synthesis per cell falls with age (Varani 2006) and content
  // with it (Shuster 1975): the degraded share rises with age, as in rat skin (Mays 1991).
  if (env.collagen >= p.collagen_packing_limit)
    throw std::invalid_argument(
        "the resting collagen reaches collagen_packing_limit: lower collagen_papillary or "
        "collagen_reticular, or raise the limit");
  const double k_x = p.collagen_crosslinking, k_m = p.collagen_mature_decay;
  const double mature = env.collagen / (1 + k_m / k_x);
  const double immature = env.collagen - mature;
  const double content = collagen_content_factor(p, age);
  const double synthesis =
      synthesis_factor(p, age) * p.collagen_synthesis_rate * (env.collagen / content);  // mg/cm^3/s
  const double deposition = p.collagen_immature_decay * immature + k_m * mature;
  if (synthesis > 0 && deposition > synthesis)
    throw std::invalid_argument(
        "collagen_synthesis_rate is too low to replace the collagen that immature and mature "
        "turnover remove at rest");
  r.collagen_degraded_share = synthesis > 0 ? 1 - deposition / synthesis : 0.0;
  r.collagen_synthesis_per_cell = f0 > 0 ? synthesis / f0 : 0;
  const double f3 = p.collagen_iii_fraction;
  u[collagen_iii] = f3 * env.collagen;
  u[collagen_iii_mature] = f3 * mature;
  u[collagen_i] = (1 - f3) * env.collagen;
  u[collagen_i_mature] = (1 - f3) * mature;

  // Elastin: fibres assembled from tropoelastin; elastotic material kept by UV damage.
  u[elastotic_material] = env.elastotic_share * env.elastin;
  u[elastin] = env.elastin - u[elastotic_material];
  r.elastin_decay = p.elastin_decay * synthesis_factor(p, age);  // content age-independent
  u[tropoelastin] = r.elastin_decay * u[elastin] / p.tropoelastin_assembly;
  r.elastin_synthesis_per_cell =
      f0 > 0 ? (p.tropoelastin_assembly + p.tropoelastin_decay) * u[tropoelastin] / f0 : 0;
  r.elastotic_supply = p.elastotic_turnover * u[elastotic_material];
  u[scar_collagen] = env.scar_collagen;

  // Hyaluronan of the ground substance: the dermis's (and the fat septa's) made by fibroblasts,
  // the viable epidermis's by keratinocytes; both turn over in about a day (Reed 1990).
  const double septa = env.layer_fraction[int(skin::Layer::hypodermis)] * p.hypodermis_matrix_share;
  const double dermal_ha = (env.dermis() + septa) * p.hyaluronan_dermis;
  const double epidermal_ha = env.viable_epidermis() * p.hyaluronan_epidermis;
  u[hyaluronan] = dermal_ha + epidermal_ha;
  r.hyaluronan_dermal_synthesis = p.hyaluronan_decay * dermal_ha;
  r.hyaluronan_epidermal_synthesis = p.hyaluronan_decay * epidermal_ha;

  r.h_pdgf = saturation(u[pdgf], p.pdgf_half_saturation);
  r.h_tgf = saturation(u[tgf_beta], p.tgf_beta_half_saturation);
  r.h_kgf = saturation(u[kgf], p.kgf_half_saturation);
  r.h_immature = saturation(immature_collagen(u), p.matrix_memory_half_saturation);
  r.packing_room = 1 - env.collagen / p.collagen_packing_limit;

  // Normal pigment: the viable epidermis holds the phototype's melanin; no dermal melanin.
  u[epidermal_melanin] = env.viable_epidermis();
  u[dermal_melanin] = 0;
  return r;
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

HealingKinetics::DerivedConstants HealingKinetics::derived_constants() const {
  DerivedConstants c;
  c.collagenase_production = collagenase_production_;
  c.gelatinase_production = gelatinase_production_;
  c.timp_production = timp_production_;
  c.collagenase_rest = collagenase_rest_;
  c.gelatinase_rest = gelatinase_rest_;
  c.latent_secretion_per_cell = latent_secretion_per_cell_;
  c.latent_activation = latent_activation_;
  c.pih_gain = pih_gain_;
  c.melanin_degraded_share = degraded_share_;
  return c;
}

double HealingKinetics::collagenase_activity(const State& u) const {
  return positive(u[mmp]) / (1 + positive(u[timp]) / p_.timp_inhibition) / collagenase_rest_;
}

double HealingKinetics::gelatinase_activity(const State& u) const {
  return positive(u[gelatinase]) / (1 + positive(u[timp]) / p_.timp_inhibition) / gelatinase_rest_;
}

void HealingKinetics::apply_injury(State& u, double damaged, double clot,
                                   double epidermis_open) const {
  const double d = std::clamp(damaged, 0.0, 1.0);
  const double keep = 1 - d;
  // The cells in the channel die (keratinocytes with the melanin they carry). The needle parts the
  // matrix fibres rather than removing them (assumption): the matrix is left to the MMPs, whose
  // activity the injury raises.
  for (Species s : {neutrophils, macrophages_m1, macrophages_m2, fibroblasts, myofibroblasts,
                    epidermal_melanin})
    u[s] *= keep;
  u[damage] = std::min(1.0, u[damage] + d);
  u[damps] += d;  // passive release of the damaged cells' contents (relative units)
  u[platelets] = std::min(1.0, u[platelets] + std::clamp(clot, 0.0, 1.0));
  u[epidermal_gap] = std::min(1.0, u[epidermal_gap] + std::clamp(epidermis_open, 0.0, 1.0));
}

HealingKinetics::Signals HealingKinetics::signals(const State& u, const RestingState& r,
                                                  const DrugModifiers& drug) const {
  const HealingParameters& p = p_;
  Signals s;
  s.h_damps = saturation(u[damps], p.signal_half_saturation);
  s.h_cytokines = saturation(u[cytokines], p.cytokine_half_saturation);
  s.recruitment = 1 - (1 - s.h_damps) * (1 - s.h_cytokines);
  // Growth factors a serum delivers (platelet-rich plasma) bind the same receptors as the
  // wound's own: the cells see the sum (docs/model.md 9.2).
  s.h_pdgf = saturation(u[pdgf] + drug.added_pdgf, p.pdgf_half_saturation);
  s.h_pdgf_rest = r.h_pdgf;
  s.h_tgf = saturation(u[tgf_beta] + drug.added_tgf_beta, p.tgf_beta_half_saturation);
  s.h_tgf_rest = r.h_tgf;
  s.h_kgf = saturation(u[kgf], p.kgf_half_saturation);
  s.h_kgf_rest = r.h_kgf;
  s.s_tgf = excess(s.h_tgf, s.h_tgf_rest);
  s.s_pdgf = excess(s.h_pdgf, s.h_pdgf_rest);
  s.s_kgf = excess(s.h_kgf, s.h_kgf_rest);
  // Fibroblasts on newly laid matrix are activated by it (docs/model.md 6.4: matrix laid down
  // under TGF-beta activates naive fibroblasts, Fibrogenesis Tissue Repair 2013;6:12; fibroblasts
  // attached to new intact collagen are stretched and make more of it, Fisher et al. 2008).
  s.s_matrix =
      excess(saturation(immature_collagen(u), p.matrix_memory_half_saturation), r.h_immature);
  // A fibroblast activated by either growth factor, or by the new matrix, makes matrix at the
  // wound rate.
  s.activation = 1 - (1 - s.s_tgf) * (1 - s.s_pdgf) * (1 - p.matrix_memory_weight * s.s_matrix);
  const double f0 = r.u[fibroblasts];
  s.lineage = f0 > 0 ? (positive(u[fibroblasts]) + positive(u[myofibroblasts])) / f0 : 1.0;
  s.collagenase = collagenase_activity(u);
  s.gelatinase = gelatinase_activity(u);
  return s;
}

void HealingKinetics::rates(double t, const double* v, double* dudt,
                            const numerics::VoxelInfo& where) const {
  const int e = std::clamp(where.k, 0, int(env_.size()) - 1);
  const RestingState& r = rest_[std::size_t(e)];
  State u;
  if (deviation_)
    for (int s = 0; s < kSpecies; ++s) u[std::size_t(s)] = r.u[std::size_t(s)] + v[s];
  else
    std::copy(v, v + kSpecies, u.begin());
  const DrugModifiers drug = drug_ ? drug_->at(e, t) : DrugModifiers{};
  absolute_rates(u, r, env_[std::size_t(e)], pigment_site(where.index), drug, dudt);
}

const PigmentSite& HealingKinetics::pigment_site(std::size_t index) const {
  static const PigmentSite normal{};
  return pigment_.empty() ? normal : pigment_.size() == 1 ? pigment_.front() : pigment_[index];
}

void HealingKinetics::absolute_rates(const State& u, const RestingState& r,
                                     const TissueEnvironment& env, const PigmentSite& pigment,
                                     const DrugModifiers& drug, double* du) const {
  const Signals s = signals(u, r, drug);
  inflammation_rates(u, r, env, s, du);
  repair_rates(u, r, s, du);
  matrix_rates(u, r, s, drug, du);
  epidermis_rates(u, r, env, pigment, s, drug, du);
}

std::vector<std::vector<int>> HealingKinetics::dependencies() const {
  // Read off the rate laws (the *_rates.cpp files), term by term; tests/biology checks it against
  // finite differences at random states. Each rate also reads its own species (added by the
  // engine). `lineage` reads F and Mf; the protease activities read their enzyme and TIMP.
  std::vector<std::vector<int>> d(kSpecies);
  auto reads = [&](Species s, std::initializer_list<int> from) { d[std::size_t(s)] = from; };
  const int N = neutrophils, M1 = macrophages_m1, M2 = macrophages_m2, F = fibroblasts;
  const int Mf = myofibroblasts, T = tgf_beta, Lt = latent_tgf_beta, G = pdgf, I = cytokines;
  const int M = mmp, Ge = gelatinase, Th = timp, K = kgf;
  reads(damage, {damage, N, M1, M2});
  reads(damps, {damage, damps});
  reads(platelets, {platelets});
  reads(neutrophils, {damps, I, N});
  reads(macrophages_m1, {I, N, M1});
  reads(macrophages_m2, {N, M1, M2});
  reads(cytokines, {damps, N, M1, M2, I});
  reads(tgf_beta, {platelets, M2, T, Lt, Ge, Th});
  reads(latent_tgf_beta, {F, Mf, T, Lt, Ge, Th});
  reads(pdgf, {platelets, M1, M2, G});
  const int C1 = collagen_i, X1 = collagen_i_mature, C3 = collagen_iii, X3 = collagen_iii_mature;
  reads(kgf, {F, Mf, I, T, G, C1, X1, C3, X3, K});
  reads(fibroblasts, {G, T, F, Mf});
  reads(myofibroblasts, {T, F, Mf});
  reads(collagen_iii, {F, Mf, T, G, M, Th, C1, X1, C3, X3});
  reads(collagen_iii_mature, {C3, X3, M, Th});
  reads(collagen_i, {F, Mf, T, G, M, Th, C1, X1, C3, X3});
  reads(collagen_i_mature, {C1, X1, M, Th});
  reads(tropoelastin, {F, Mf, T, G, C1, X1, C3, X3, Ge, Th, tropoelastin});
  reads(elastin, {tropoelastin, Ge, Th, elastin});
  reads(elastotic_material, {Ge, Th, elastotic_material});
  reads(scar_collagen, {M, Th, scar_collagen});
  reads(mmp, {F, Mf, I, T, N, M1, M});
  reads(gelatinase, {F, Mf, T, N, M1, M2, Ge});
  reads(timp, {F, Mf, T, Th});
  reads(hyaluronan, {F, Mf, T, G, C1, X1, C3, X3, K, hyaluronan});
  reads(epidermal_gap, {I, epidermal_gap});
  reads(immature_barrier, {I, epidermal_gap, immature_barrier});
  reads(epidermal_hyperplasia, {K, epidermal_hyperplasia});
  reads(vasodilation, {damps, I, vasodilation});
  reads(edema, {vasodilation, edema});
  reads(epidermal_melanin, {I, K, epidermal_hyperplasia, epidermal_melanin});
  reads(dermal_melanin, {M1, M2, dermal_melanin});
  return d;
}

}  // namespace dermasim::biology
