#pragma once
// The layers of skin, from the surface down, and the depths that separate them.
#include <array>
#include <string_view>

namespace dermasim::skin {

enum class Layer : int {
  stratum_corneum = 0,
  viable_epidermis = 1,
  papillary_dermis = 2,
  reticular_dermis = 3,
  hypodermis = 4,
};
inline constexpr int kLayerCount = 5;
inline constexpr std::array<Layer, kLayerCount> kAllLayers{
    Layer::stratum_corneum, Layer::viable_epidermis, Layer::papillary_dermis,
    Layer::reticular_dermis, Layer::hypodermis};

/// snake_case name used in CSV, JSON and TOML ("papillary_dermis").
std::string_view layer_name(Layer layer);

/// Thickness of the four layers above the hypodermis, in metres (SI inside).
struct LayerThickness {
  double stratum_corneum = 0;
  double viable_epidermis = 0;
  double papillary_dermis = 0;
  double reticular_dermis = 0;

  double epidermis() const { return stratum_corneum + viable_epidermis; }
  double dermis() const { return papillary_dermis + reticular_dermis; }
  double total() const { return epidermis() + dermis(); }
};

/// Depths (metres below the surface) of the bottoms of each layer, and layer lookup by depth.
class LayerStack {
 public:
  LayerStack() = default;
  explicit LayerStack(const LayerThickness& t);

  /// Depth of the top of a layer (0 for the stratum corneum).
  double top(Layer layer) const { return top_[static_cast<int>(layer)]; }
  /// Depth of the bottom of a layer (+infinity for the hypodermis, which extends down).
  double bottom(Layer layer) const;
  /// The layer that contains the given depth (depth >= 0; the bottom face belongs to the next).
  Layer layer_at(double depth) const;
  /// Depth of the dermo-epidermal junction.
  double dermo_epidermal_junction() const { return top(Layer::papillary_dermis); }
  const LayerThickness& thickness() const { return thickness_; }

 private:
  LayerThickness thickness_;
  std::array<double, kLayerCount> top_{};
};

}  // namespace dermasim::skin
