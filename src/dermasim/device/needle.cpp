#include "dermasim/device/needle.hpp"

namespace dermasim::device {

std::optional<double> gauge_outer_diameter(int gauge) {
  // Nominal outer diameters in mm, ISO 9626:2016 (stainless steel needle tubing), gauges 25..34.
  static constexpr double kOuterDiameterMm[] = {0.515, 0.466, 0.415, 0.362, 0.337,
                                                0.312, 0.261, 0.235, 0.210, 0.186};
  if (gauge < 25 || gauge > 34) return std::nullopt;
  return kOuterDiameterMm[gauge - 25] * 1e-3;
}

}  // namespace dermasim::device
