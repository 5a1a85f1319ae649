// Pen kinematics. A motor drives the cartridge in and out `frequency` times a second while the hand
// glides it along parallel lines `lane_spacing` apart; stamps land glide_speed/frequency apart
// along a line. Needles enter perpendicular to the skin.
#include <cmath>

#include "dermasim/device/kinematics.hpp"
#include "dermasim/device/stroke_frame.hpp"

namespace dermasim::device {

using random::identity;
using random::Purpose;

PassResult pen_pass(const DeviceSpec& device, const Patch& patch, const PassContext& pass,
                    const random::KeyedRandom& rng) {
  const PenSpec& pen = device.pen;
  const StrokeFrame frame(patch, pass.direction);
  const auto layout = pen_cartridge_layout(pen);
  const double reach = 0.5 * pen.cartridge_diameter + 4.0 * pen.hand_jitter;
  const auto session = static_cast<std::uint32_t>(pass.session);
  const auto pass_id = static_cast<std::uint32_t>(pass.pass);

  // Lanes and stamps are numbered from the random origin of the pass, not from the patch.
  const double lane_origin =
      pen.lane_spacing * rng.uniform(session, pass_id, 0, Purpose::lane_offset);
  const long first_lane =
      static_cast<long>(std::floor((frame.u_min - reach - lane_origin) / pen.lane_spacing));
  const long last_lane =
      static_cast<long>(std::ceil((frame.u_max + reach - lane_origin) / pen.lane_spacing));
  const double line_length = frame.s_max - frame.s_min + 2 * reach;

  PassResult out;
  double lane_start_time = 0.0;
  for (long lane = first_lane; lane <= last_lane; ++lane) {
    const double u0 = lane_origin + static_cast<double>(lane) * pen.lane_spacing;
    const double speed =
        pen.glide_speed *
        std::max(0.2, 1.0 + pen.speed_cv * rng.normal(session, pass_id, identity({lane}),
                                                      Purpose::speed_jitter));
    const double step = speed / pen.frequency;  // distance between stamps along the line
    const double phase = step * rng.uniform(session, pass_id, identity({lane}), Purpose::row_phase);
    const long first = static_cast<long>(std::floor((frame.s_min - reach - phase) / step));
    const long last = static_cast<long>(std::ceil((frame.s_max + reach - phase) / step));
    for (long k = first; k <= last; ++k) {
      const std::uint64_t stamp = identity({lane, k});
      const double s0 = phase + static_cast<double>(k) * step;
      const double s =
          s0 + pen.hand_jitter * rng.normal(session, pass_id, stamp, Purpose::along_jitter);
      const double u =
          u0 + pen.hand_jitter * rng.normal(session, pass_id, stamp, Purpose::lateral_jitter);
      const double t = lane_start_time + std::max(0.0, s0 - frame.s_min + reach) / speed;
      for (std::size_t n = 0; n < layout.size(); ++n) {
        const Offset& o = layout[n];
        // The cartridge keeps its orientation relative to the glide direction.
        const double x = frame.x(s + o.u, u + o.v), y = frame.y(s + o.u, u + o.v);
        if (!inside(patch, x, y)) continue;
        Puncture p;
        p.x = x;
        p.y = y;
        p.time = t;
        p.angle = 0.0;
        p.azimuth = pass.direction;
        p.nominal_length = device.needle.length;
        p.radius = device.needle.radius();
        p.tip_half_angle = 0.5 * device.needle.tip_angle;
        p.session = pass.session;
        p.pass = pass.pass;
        p.needle_id = identity({lane, k, static_cast<long>(n)});
        out.punctures.push_back(p);
      }
    }
    lane_start_time += line_length / speed;
  }
  out.duration = lane_start_time;
  return out;
}

}  // namespace dermasim::device
