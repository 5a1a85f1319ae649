#pragma once
// Small functions the rate laws share (docs/model.md 6.4: h and s).
#include <algorithm>

namespace dermasim::biology {

inline double positive(double x) {
  return x > 0 ? x : 0.0;
}
/// Michaelis-Menten saturation h(x, K) = x / (x + K), 0 for x <= 0.
inline double saturation(double x, double k) {
  const double y = positive(x);
  return y / (y + k);
}
/// How far a saturating signal is above its resting value, scaled to [0, 1]:
/// s(h, h_rest) = clamp((h - h_rest) / (1 - h_rest), 0, 1).
inline double excess(double h, double h_rest) {
  return h_rest < 1 ? std::clamp((h - h_rest) / (1 - h_rest), 0.0, 1.0) : 0.0;
}

}  // namespace dermasim::biology
