// Stamp kinematics. A flat rows x columns array of needles, `pitch` apart, pressed `presses`
// times at each position of a tiling of the treated area by its own footprint. The tiling is
// rotated to the pass direction and starts at a random offset.
#include <cmath>

#include "dermasim/device/kinematics.hpp"
#include "dermasim/device/stroke_frame.hpp"

namespace dermasim::device {

using random::identity;
using random::Purpose;

// A press takes about a second by hand (assumption; only the puncture times depend on it).
inline constexpr double kSecondsPerPress = 1.0;

PassResult stamp_pass(const DeviceSpec& device, const Patch& patch, const PassContext& pass,
                      const random::KeyedRandom& rng) {
  const StampSpec& st = device.stamp;
  const StrokeFrame frame(patch, pass.direction);
  const double foot_s = st.columns * st.pitch;  // footprint along the pass direction
  const double foot_u = st.rows * st.pitch;
  const double reach = 4.0 * st.hand_jitter;
  const auto session = static_cast<std::uint32_t>(pass.session);
  const auto pass_id = static_cast<std::uint32_t>(pass.pass);
  const auto offset = rng.uniforms(session, pass_id, 0, Purpose::lane_offset);
  const double s0 = foot_s * offset[0], u0 = foot_u * offset[1];
  const long is0 = static_cast<long>(std::floor((frame.s_min - reach - s0) / foot_s)) - 1;
  const long is1 = static_cast<long>(std::ceil((frame.s_max + reach - s0) / foot_s));
  const long iu0 = static_cast<long>(std::floor((frame.u_min - reach - u0) / foot_u)) - 1;
  const long iu1 = static_cast<long>(std::ceil((frame.u_max + reach - u0) / foot_u));

  PassResult out;
  long presses_done = 0;
  for (long iu = iu0; iu <= iu1; ++iu) {
    for (long is = is0; is <= is1; ++is) {
      for (int press = 0; press < st.presses; ++press, ++presses_done) {
        const auto jitter =
            rng.uniforms(session, pass_id, identity({iu, is, press}), Purpose::press_offset);
        // Box-Muller on the four uniforms: two independent normal offsets.
        const double rad = st.hand_jitter * std::sqrt(-2.0 * std::log(jitter[0]));
        const double ds = rad * std::cos(2.0 * M_PI * jitter[1]);
        const double du = rad * std::sin(2.0 * M_PI * jitter[1]);
        const double t = kSecondsPerPress * static_cast<double>(presses_done);
        for (int r = 0; r < st.rows; ++r) {
          for (int c = 0; c < st.columns; ++c) {
            const double s = s0 + static_cast<double>(is) * foot_s + (c + 0.5) * st.pitch + ds;
            const double u = u0 + static_cast<double>(iu) * foot_u + (r + 0.5) * st.pitch + du;
            const double x = frame.x(s, u), y = frame.y(s, u);
            if (!inside(patch, x, y)) continue;
            Puncture p;
            p.x = x;
            p.y = y;
            p.time = t;
            p.azimuth = pass.direction;
            p.nominal_length = device.needle.length;
            p.radius = device.needle.radius();
            p.tip_half_angle = 0.5 * device.needle.tip_angle;
            p.session = pass.session;
            p.pass = pass.pass;
            p.needle_id = identity({iu, is, press, static_cast<long>(r) * st.columns + c});
            out.punctures.push_back(p);
          }
        }
      }
    }
  }
  out.duration = kSecondsPerPress * static_cast<double>(presses_done);
  return out;
}

}  // namespace dermasim::device
