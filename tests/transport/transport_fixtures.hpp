#pragma once
// Shared by the transport tests: cheek-like human skin.
#include "dermasim/transport/serum_run.hpp"

namespace dermasim::test_util {

/// Cheek-like human skin (stratum corneum 15 um, viable epidermis 60 um, papillary dermis
/// 150 um, reticular dermis 1.2 mm), simulated to `depth` below the surface.
inline transport::TransportSkin cheek(double depth) {
  transport::TransportSkin skin;
  skin.layers = skin::LayerStack(skin::LayerThickness{15e-6, 60e-6, 150e-6, 1200e-6});
  skin.depth = depth;
  return skin;
}

}  // namespace dermasim::test_util
