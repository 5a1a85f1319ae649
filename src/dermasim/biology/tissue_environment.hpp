#pragma once
// What the healing kinetics need to know about where a voxel is: how much of it is epidermis,
// dermis or fat, how dense its vessels are, and the resting (homeostatic) levels of its cells and
// matrix at the person's age. The 3D model has one environment per depth plane; the well-mixed
// model one for the whole compartment (the volume average).
#include <array>

#include "dermasim/biology/healing_parameters.hpp"
#include "dermasim/skin/layers.hpp"

namespace dermasim::biology {

struct TissueEnvironment {
  std::array<double, skin::kLayerCount> layer_fraction{};  // volume fraction of each layer
  double vessels = 0;          // relative microvascular density (papillary plexus = 1)
  double fibroblasts = 0;      // resting density, cells/mm^3
  double macrophages = 0;      // resting resident macrophages, cells/mm^3
  double collagen = 0;         // resting collagen I + III at this age, mg/cm^3
  double elastin = 0;          // resting elastin (fibres + elastotic material), mg/cm^3
  double elastotic_share = 0;  // share of the resting elastin that is elastotic, 1
  double scar_collagen = 0;    // mg/cm^3 (set by conditions; 0 in normal skin)

  double epidermis() const {
    return layer_fraction[int(skin::Layer::stratum_corneum)] +
           layer_fraction[int(skin::Layer::viable_epidermis)];
  }
  double viable_epidermis() const { return layer_fraction[int(skin::Layer::viable_epidermis)]; }
  double dermis() const {
    return layer_fraction[int(skin::Layer::papillary_dermis)] +
           layer_fraction[int(skin::Layer::reticular_dermis)];
  }
};

/// The environment of tissue made of the given volume fractions of each layer (summing to 1), for
/// a person of the given age (s).
TissueEnvironment make_environment(const std::array<double, skin::kLayerCount>& layer_fraction,
                                   const HealingParameters& p, double age);

/// Volume fraction of each layer in the depth interval [z0, z1) (m).
std::array<double, skin::kLayerCount> layer_fractions(const skin::LayerStack& skin, double z0,
                                                      double z1);

/// Resting synthesis relative to a young adult (reference age): published decline with age,
/// floored at 0.2.
double synthesis_factor(const HealingParameters& p, double age);
/// Resting collagen content relative to a young adult, floored at 0.3.
double collagen_content_factor(const HealingParameters& p, double age);

}  // namespace dermasim::biology
