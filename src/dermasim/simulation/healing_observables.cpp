#include "dermasim/simulation/healing_observables.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace dermasim::simulation {

using namespace biology;

namespace {
void add_scaled(State& sum, const State& u, double w) {
  for (std::size_t s = 0; s < sum.size(); ++s) sum[s] += w * u[s];
}
State divided(const State& sum, double w) {
  State out{};
  if (w > 0)
    for (std::size_t s = 0; s < sum.size(); ++s) out[s] = sum[s] / w;
  return out;
}
double change_pct(double now, double rest) {
  return rest > 0 ? 100.0 * (now / rest - 1.0) : 0.0;
}
double total_elastin(const State& u) {
  return u[elastin] + u[tropoelastin] + u[elastotic_material];
}
double collagen_of(const State& u) {
  return u[collagen_i] + u[collagen_iii];
}
/// The collagen fibres' share of the hydrated tissue, what dermal ultrasound echoes off (fluid
/// is anechoic: Gniadecka 1994), up to the protein density that turns mass into volume and that
/// a relative change cancels: collagen over one plus the oedema's excess fluid.
double echogenic_fraction(const State& u) {
  return collagen_of(u) / (1 + std::max(0.0, u[edema]));
}
}  // namespace

void RegionAccumulator::add(const State& u, const TissueEnvironment& env, double window_share,
                            double weight) {
  const double ww = weight * window_share;
  add_scaled(sum_.window, u, ww);
  w_window_ += ww;
  const double we = ww * env.epidermis();
  add_scaled(sum_.epidermis, u, we);
  w_epi_ += we;
  const double wv = ww * env.viable_epidermis();
  add_scaled(sum_.viable_epidermis, u, wv);
  w_viable_ += wv;
  const double wb = ww * env.vessels;
  add_scaled(sum_.vessels, u, wb);
  w_vessels_ += wb;
  const double wp = ww * env.layer_fraction[int(skin::Layer::papillary_dermis)];
  add_scaled(sum_.papillary, u, wp);
  w_papillary_ += wp;
}

RegionMeans RegionAccumulator::means() const {
  return {divided(sum_.window, w_window_), divided(sum_.epidermis, w_epi_),
          divided(sum_.viable_epidermis, w_viable_), divided(sum_.vessels, w_vessels_),
          divided(sum_.papillary, w_papillary_)};
}

RegionMeans RegionAccumulator::single(const State& u) {
  return {u, u, u, u, u};
}

const std::vector<std::string>& observable_columns() {
  static const std::vector<std::string> columns{
      "neutrophils_per_mm3",
      "macrophages_m1_per_mm3",
      "macrophages_m2_per_mm3",
      "fibroblasts_per_mm3",
      "cytokines_ng_ml",
      "tgf_beta_ng_ml",
      "pdgf_ng_ml",
      "kgf_ng_ml",
      "mmp_ng_ml",
      "timp_ng_ml",
      "damage_fraction",
      "collagen_i_mg_cm3",
      "collagen_iii_mg_cm3",
      "collagen_i_crosslinked_fraction",
      "elastin_mg_cm3",
      "elastic_fibres_mg_cm3",
      "tropoelastin_mg_cm3",
      "elastotic_material_mg_cm3",
      "scar_collagen_mg_cm3",
      "collagen_change_pct",
      "collagen_i_change_pct",
      "collagen_iii_change_pct",
      "elastin_change_pct",
      "tropoelastin_change_pct",
      "epidermal_thickness_change_pct",
      "erythema_index",
      "edema",
      "tewl_g_m2_h",
      "channels_open_fraction",
      // Added with the second-generation repair model (docs/model.md 6.7).
      "myofibroblasts_per_mm3",
      "latent_tgf_beta_ng_ml",
      "gelatinase_ng_ml",
      "collagen_iii_crosslinked_fraction",
      "hyaluronan_mg_cm3",
      "papillary_collagen_change_pct",
      "elastic_fibres_change_pct",
      "papillary_elastic_fibres_change_pct",
      "hyaluronan_change_pct",
      "dermal_density_change_pct",
      // Added with the serum's action (docs/model.md 9.4): the free concentration of the
      // serum's active in the window's viable epidermis and dermis, 0 without one that acts.
      "active_epidermis_ug_ml",
      "active_dermis_ug_ml",
      "home_active_epidermis_ug_ml",  // the same for the home regimen ([home_serum])
      "home_active_dermis_ug_ml",
  };
  return columns;
}

std::pair<std::string, std::string> active_concentration_columns(int source) {
  if (source == 0) return {"active_epidermis_ug_ml", "active_dermis_ug_ml"};
  if (source == 1) return {"home_active_epidermis_ug_ml", "home_active_dermis_ug_ml"};
  return {fmt::format("serum_{}_active_epidermis_ug_ml", source),
          fmt::format("serum_{}_active_dermis_ug_ml", source)};
}

std::vector<std::string> added_serum_columns(int source_count) {
  std::vector<std::string> names;
  for (int k = 2; k < source_count; ++k) {
    auto [epidermis, dermis] = active_concentration_columns(k);
    names.push_back(std::move(epidermis));
    names.push_back(std::move(dermis));
  }
  return names;
}

std::size_t observable_index(const std::string& name) {
  const auto& c = observable_columns();
  for (std::size_t i = 0; i < c.size(); ++i)
    if (c[i] == name) return i;
  throw std::out_of_range(fmt::format("no observable named '{}'", name));
}

std::vector<double> observe(const RegionMeans& now, const RegionMeans& rest,
                            const HealingParameters& p, double open_reference) {
  const State& w = now.window;
  const State& r = rest.window;
  const double collagen = collagen_of(w);
  const double collagen_rest = collagen_of(r);
  const State& pap = now.papillary;
  const State& pap_rest = rest.papillary;
  const double open = std::max(0.0, now.epidermis[epidermal_gap]);
  const double immature = std::max(0.0, now.epidermis[immature_barrier]);
  // Water leaves through open channels freely and through immature barrier partly.
  const double tewl =
      p.tewl_baseline + (p.tewl_open_epidermis - p.tewl_baseline) *
                            std::min(1.0, open + p.immature_barrier_leak * immature);
  return {
      w[neutrophils],
      w[macrophages_m1],
      w[macrophages_m2],
      w[fibroblasts] + w[myofibroblasts],
      w[cytokines],
      w[tgf_beta],
      w[pdgf],
      w[kgf],
      w[mmp],
      w[timp],
      w[damage],
      w[collagen_i],
      w[collagen_iii],
      w[collagen_i] > 0 ? w[collagen_i_mature] / w[collagen_i] : 0.0,
      total_elastin(w),
      w[elastin],
      w[tropoelastin],
      w[elastotic_material],
      w[scar_collagen],
      change_pct(collagen, collagen_rest),
      change_pct(w[collagen_i], r[collagen_i]),
      change_pct(w[collagen_iii], r[collagen_iii]),
      change_pct(total_elastin(w), total_elastin(r)),
      change_pct(w[tropoelastin], r[tropoelastin]),
      100.0 * now.viable_epidermis[epidermal_hyperplasia],
      p.erythema_index_baseline + p.erythema_index_gain * std::max(0.0, now.vessels[vasodilation]),
      std::max(0.0, w[edema]),
      tewl,
      open_reference > 0 ? std::min(1.0, open / open_reference) : 0.0,
      w[myofibroblasts],
      w[latent_tgf_beta],
      w[gelatinase],
      w[collagen_iii] > 0 ? w[collagen_iii_mature] / w[collagen_iii] : 0.0,
      w[hyaluronan],
      change_pct(collagen_of(pap), collagen_of(pap_rest)),
      change_pct(w[elastin], r[elastin]),
      change_pct(pap[elastin], pap_rest[elastin]),
      change_pct(w[hyaluronan], r[hyaluronan]),
      change_pct(echogenic_fraction(w), echogenic_fraction(r)),
      0.0,  // active_epidermis_ug_ml, active_dermis_ug_ml and their home_ pair: the run
      0.0,  //   fills them in (healing_run.cpp, from the domain's drug action), not the state
      0.0,
      0.0,
  };
}

}  // namespace dermasim::simulation
