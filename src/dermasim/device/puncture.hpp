#pragma once
// A puncture: where one needle met the skin, how, and when; then how deep it went.
#include <cstdint>
#include <vector>

#include "dermasim/skin/layers.hpp"

namespace dermasim::device {

struct Puncture {
  // Set by the device kinematics.
  double x = 0, y = 0;          // where the channel axis crosses the skin surface (m, patch frame)
  double time = 0;              // since the start of the first session (s)
  double angle = 0;             // inclination of the needle axis from the surface normal (rad)
  double azimuth = 0;           // direction in the skin plane the tip leans towards (rad)
  double nominal_length = 0;    // needle length protruding from the device (m)
  double radius = 0;            // shaft radius (m)
  double tip_half_angle = 0;    // half apex angle of the conical tip (rad)
  double drum_radius = 0;       // radius of the roller drum it was on; 0 for pens and stamps (m)
  std::int32_t session = 0;     // 0-based index into the scenario's sessions
  std::int32_t pass = 0;        // 0-based pass within the session
  std::uint64_t needle_id = 0;  // identity of this needle strike within its pass (the RNG key)

  // Set by the penetration model (injury/penetration).
  double depth = 0;  // vertical depth of the tip below the surface (m)
  skin::Layer layer = skin::Layer::stratum_corneum;  // deepest layer reached
  bool bleeding = false;                             // reached the papillary capillary loops
};

using PunctureList = std::vector<Puncture>;

}  // namespace dermasim::device
