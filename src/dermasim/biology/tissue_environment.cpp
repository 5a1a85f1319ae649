#include "dermasim/biology/tissue_environment.hpp"

#include <algorithm>
#include <cmath>

namespace dermasim::biology {

namespace {
constexpr double kYear = 365.25 * 86400.0;
}

double synthesis_factor(const HealingParameters& p, double age) {
  const double years = std::max(0.0, (age - p.reference_age) / kYear);
  return std::max(0.2, 1.0 - p.collagen_synthesis_decline * years);
}

double collagen_content_factor(const HealingParameters& p, double age) {
  const double years = std::max(0.0, (age - p.reference_age) / kYear);
  return std::max(0.3, 1.0 - p.collagen_content_decline * years);
}

std::array<double, skin::kLayerCount> layer_fractions(const skin::LayerStack& skin, double z0,
                                                      double z1) {
  std::array<double, skin::kLayerCount> f{};
  const double h = z1 - z0;
  if (h <= 0) return f;
  for (skin::Layer layer : skin::kAllLayers) {
    const double top = skin.top(layer);
    const double bottom = skin.bottom(layer);
    const double overlap = std::min(z1, bottom) - std::max(z0, top);
    if (overlap > 0) f[int(layer)] = overlap / h;
  }
  return f;
}

TissueEnvironment make_environment(const std::array<double, skin::kLayerCount>& f,
                                   const HealingParameters& p, double age) {
  using skin::Layer;
  TissueEnvironment env;
  env.layer_fraction = f;
  const double pap = f[int(Layer::papillary_dermis)];
  const double ret = f[int(Layer::reticular_dermis)];
  const double fat = f[int(Layer::hypodermis)] * p.hypodermis_matrix_share;
  env.vessels = pap + p.vessels_reticular * ret + p.vessels_hypodermis * f[int(Layer::hypodermis)];
  env.fibroblasts = pap * p.fibroblasts_papillary + (ret + fat) * p.fibroblasts_reticular;
  env.macrophages = (pap + ret + fat) * p.resident_macrophages;
  env.collagen = (pap * p.collagen_papillary + (ret + fat) * p.collagen_reticular) *
                 collagen_content_factor(p, age);
  env.elastin = (pap + ret + fat) * p.elastin_dermis;
  const double years_over_30 = std::max(0.0, age / kYear - 30.0);
  env.elastotic_share = std::min(0.6, p.elastotic_fraction_per_year * years_over_30);
  return env;
}

}  // namespace dermasim::biology
