#pragma once
// Device kinematics: where and when the needles of a device meet the skin of the patch.
//
// The patch is the rectangle [0, Lx) x [0, Ly) of the skin surface, a window in a larger treated
// area. Each pass covers the whole window; its strokes (roller), glide lines (pen) or presses
// (stamp) start at a random offset, so that the window samples the device pattern without bias.
#include <cstdint>

#include "dermasim/device/device_spec.hpp"
#include "dermasim/device/puncture.hpp"
#include "dermasim/random/keyed_random.hpp"

namespace dermasim::device {

struct Patch {
  double width_x = 0;  // m
  double width_y = 0;  // m
};

/// What identifies one pass, for keyed randomness and for the puncture records.
struct PassContext {
  std::int32_t session = 0;
  std::int32_t pass = 0;
  double direction = 0;  // rad
};

/// Pause between passes while the hand turns the device to the next direction (assumption).
inline constexpr double kPassGap = 5.0;  // s

/// The punctures of one pass (times from the start of the pass; depth not yet set: see injury/)
/// and how long the pass took over the patch.
struct PassResult {
  PunctureList punctures;
  double duration = 0;  // s
};
PassResult roller_pass(const DeviceSpec& device, const Patch& patch, const PassContext& pass,
                       const random::KeyedRandom& rng);
PassResult pen_pass(const DeviceSpec& device, const Patch& patch, const PassContext& pass,
                    const random::KeyedRandom& rng);
PassResult stamp_pass(const DeviceSpec& device, const Patch& patch, const PassContext& pass,
                      const random::KeyedRandom& rng);

/// Expected punctures per unit area for one pass (1/m^2), from the device geometry and the hand's
/// speed variation: the analytic count that the generated patterns are tested against.
double expected_density_per_pass(const DeviceSpec& device);
/// E[1 / max(0.2, 1 + cv Z)] for a standard normal Z: the speed factor's effect on stamp spacing.
double mean_inverse_speed_factor(double cv);

/// Needle offsets on a pen cartridge face (m, centred at the cartridge axis).
struct Offset {
  double u = 0, v = 0;
};
std::vector<Offset> pen_cartridge_layout(const PenSpec& pen);

/// All punctures of all sessions, ordered by session, pass and time. Passes are generated in
/// parallel and then laid end to end in time (a pass starts kPassGap after the previous one
/// ends); the result does not depend on the thread count.
PunctureList generate_punctures(const DeviceSpec& device, const std::vector<SessionSpec>& sessions,
                                const Patch& patch, std::uint64_t seed);

}  // namespace dermasim::device
