#include "dermasim/skin/layers.hpp"

#include <limits>

namespace dermasim::skin {

std::string_view layer_name(Layer layer) {
  switch (layer) {
    case Layer::stratum_corneum:
      return "stratum_corneum";
    case Layer::viable_epidermis:
      return "viable_epidermis";
    case Layer::papillary_dermis:
      return "papillary_dermis";
    case Layer::reticular_dermis:
      return "reticular_dermis";
    case Layer::hypodermis:
      return "hypodermis";
  }
  return "unknown";
}

LayerStack::LayerStack(const LayerThickness& t) : thickness_(t) {
  top_[0] = 0.0;
  top_[1] = t.stratum_corneum;
  top_[2] = top_[1] + t.viable_epidermis;
  top_[3] = top_[2] + t.papillary_dermis;
  top_[4] = top_[3] + t.reticular_dermis;
}

double LayerStack::bottom(Layer layer) const {
  const int i = static_cast<int>(layer);
  return i + 1 < kLayerCount ? top_[i + 1] : std::numeric_limits<double>::infinity();
}

Layer LayerStack::layer_at(double depth) const {
  for (int i = kLayerCount - 1; i > 0; --i)
    if (depth >= top_[i]) return static_cast<Layer>(i);
  return Layer::stratum_corneum;
}

}  // namespace dermasim::skin
