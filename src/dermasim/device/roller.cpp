// Roller kinematics. A drum of diameter D carries `rows` rows of needles around its circumference;
// rolling without slip, consecutive rows meet the skin pi*D/rows apart along the stroke, and the
// needles of a row are spread evenly across the drum width W. One pass lays strokes side by side,
// W*(1 - overlap) apart, across the whole patch, one after the other.
#include <cmath>
#include <numbers>

#include "dermasim/device/kinematics.hpp"
#include "dermasim/device/stroke_frame.hpp"

namespace dermasim::device {

using random::identity;
using random::Purpose;

PassResult roller_pass(const DeviceSpec& device, const Patch& patch, const PassContext& pass,
                       const random::KeyedRandom& rng) {
  const RollerSpec& r = device.roller;
  const StrokeFrame frame(patch, pass.direction);
  const double lane_pitch = r.drum_width * (1.0 - r.overlap);
  const double row_pitch = std::numbers::pi * r.drum_diameter / r.rows;  // along the stroke
  const double needle_pitch = r.drum_width / r.needles_per_row;          // across the stroke
  const auto session = static_cast<std::uint32_t>(pass.session);
  const auto pass_id = static_cast<std::uint32_t>(pass.pass);

  // Lanes and rows are numbered from the random origin of the pass, not from the patch, so a
  // needle keeps its identity (and its random draws) whatever the size of the patch.
  const double lane_origin = lane_pitch * rng.uniform(session, pass_id, 0, Purpose::lane_offset);
  const long first_lane =
      static_cast<long>(std::floor((frame.u_min - lane_origin - r.drum_width) / lane_pitch));
  const long last_lane = static_cast<long>(std::ceil((frame.u_max - lane_origin) / lane_pitch));
  const double stroke_length = frame.s_max - frame.s_min;

  PassResult out;
  double lane_start_time = 0.0;
  for (long lane = first_lane; lane <= last_lane; ++lane) {
    const double lane_start = lane_origin + static_cast<double>(lane) * lane_pitch;
    const double phase =
        row_pitch * rng.uniform(session, pass_id, identity({lane}), Purpose::row_phase);
    const double speed_factor = std::max(
        0.2,
        1.0 + r.speed_cv * rng.normal(session, pass_id, identity({lane}), Purpose::speed_jitter));
    const double speed = r.speed * speed_factor;
    const long first_row = static_cast<long>(std::ceil((frame.s_min - phase) / row_pitch)) - 1;
    const long last_row = static_cast<long>(std::floor((frame.s_max - phase) / row_pitch)) + 1;
    for (long row = first_row; row <= last_row; ++row) {
      const double s = phase + static_cast<double>(row) * row_pitch;
      // A rigid drum: the whole row drifts sideways together with the hand.
      const double wobble = r.lateral_wobble * rng.normal(session, pass_id, identity({lane, row}),
                                                          Purpose::lateral_jitter);
      const long ring_row = ((row % r.rows) + r.rows) % r.rows;
      const double stagger = (r.staggered && (ring_row % 2 == 1)) ? 0.5 : 0.0;
      for (int j = 0; j < r.needles_per_row; ++j) {
        // Staggering shifts a row by half a pitch, wrapping around the drum width.
        const double across = std::fmod((j + 0.5 + stagger) * needle_pitch, r.drum_width);
        const double u = lane_start + across + wobble;
        const double x = frame.x(s, u), y = frame.y(s, u);
        if (!inside(patch, x, y)) continue;
        Puncture p;
        p.x = x;
        p.y = y;
        p.time = lane_start_time + std::max(0.0, s - frame.s_min) / speed;
        p.azimuth = pass.direction;  // the tip leans forward, in the rolling direction
        p.nominal_length = device.needle.length;
        p.radius = device.needle.radius();
        p.tip_half_angle = 0.5 * device.needle.tip_angle;
        p.drum_radius = 0.5 * r.drum_diameter;
        // Entry angle of a radial needle on a drum when its tip first meets the surface
        // (refined by the penetration model, which knows how far the skin yields first).
        p.angle = std::acos(p.drum_radius / (p.drum_radius + p.nominal_length));
        p.session = pass.session;
        p.pass = pass.pass;
        p.needle_id = identity({lane, row, j});
        out.punctures.push_back(p);
      }
    }
    lane_start_time += stroke_length / speed;  // strokes follow one another at the hand's speed
  }
  out.duration = lane_start_time;
  return out;
}

}  // namespace dermasim::device
