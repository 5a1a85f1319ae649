// Pen kinematics. A motor drives the cartridge in and out `frequency` times a second while the hand
// glides it along parallel lines `lane_spacing` apart; stamps land glide_speed/frequency apart
// along a line. Needles enter perpendicular to the skin.
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "dermasim/device/kinematics.hpp"
#include "dermasim/device/stroke_frame.hpp"

namespace dermasim::device {

using random::Purpose;

std::vector<Offset> pen_cartridge_layout(const PenSpec& pen) {
  std::vector<Offset> out;
  const int n = pen.needles;
  const double radius = 0.5 * pen.cartridge_diameter;
  if (pen.layout == PenLayout::grid) {
    // The squarest grid that holds n needles, filled row by row, centred on the axis.
    const int cols = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
    const int rows = (n + cols - 1) / cols;
    const double pitch = pen.cartridge_diameter / std::max(1, std::max(rows, cols) - 1) /
                         std::numbers::sqrt2;  // the grid's corners touch the cartridge circle
    for (int i = 0; i < n; ++i) {
      const int r = i / cols, c = i % cols;
      out.push_back({(c - 0.5 * (cols - 1)) * pitch, (r - 0.5 * (rows - 1)) * pitch});
    }
    return out;
  }
  // Concentric rings, as many needles on a ring as its circumference allows (n_k proportional to
  // k), the outermost ring on the cartridge edge; a single needle sits on the axis.
  if (n == 1) return {{0.0, 0.0}};
  const int rings = std::max(1, static_cast<int>(std::lround(std::sqrt(n / 3.0))));
  const int weight_sum = rings * (rings + 1) / 2;
  int placed = 0;
  for (int k = 1; k <= rings; ++k) {
    const int on_ring =
        (k == rings) ? n - placed : static_cast<int>(std::lround(double(n) * k / weight_sum));
    const double rk = radius * k / rings;
    for (int i = 0; i < on_ring; ++i) {
      const double phi = 2.0 * std::numbers::pi * (i + 0.5 * (k % 2)) / on_ring;
      out.push_back({rk * std::cos(phi), rk * std::sin(phi)});
    }
    placed += on_ring;
  }
  return out;
}

PunctureList pen_pass(const DeviceSpec& device, const Patch& patch, const PassContext& pass,
                      const random::KeyedRandom& rng) {
  const PenSpec& pen = device.pen;
  const StrokeFrame frame(patch, pass.direction);
  const auto layout = pen_cartridge_layout(pen);
  const double reach = 0.5 * pen.cartridge_diameter + 4.0 * pen.hand_jitter;
  const auto session = static_cast<std::uint32_t>(pass.session);
  const auto pass_id = static_cast<std::uint32_t>(pass.pass);

  const double lane_origin =
      pen.lane_spacing * rng.uniform(session, pass_id, 0, Purpose::lane_offset);
  const long first_lane =
      static_cast<long>(std::floor((frame.u_min - reach - lane_origin) / pen.lane_spacing));
  const long last_lane =
      static_cast<long>(std::ceil((frame.u_max + reach - lane_origin) / pen.lane_spacing));
  const double line_time = (frame.s_max - frame.s_min + 2 * reach) / pen.glide_speed;

  PunctureList out;
  std::uint32_t index = 0;
  for (long lane = first_lane; lane <= last_lane; ++lane) {
    const auto lane_key = static_cast<std::uint32_t>(lane - first_lane);
    const double u0 = lane_origin + static_cast<double>(lane) * pen.lane_spacing;
    const double speed =
        pen.glide_speed * std::max(0.2, 1.0 + pen.speed_cv * rng.normal(session, pass_id, lane_key,
                                                                        Purpose::speed_jitter));
    const double step = speed / pen.frequency;  // distance between stamps along the line
    const double phase = step * rng.uniform(session, pass_id, lane_key, Purpose::row_phase);
    const long first = static_cast<long>(std::floor((frame.s_min - reach - phase) / step));
    const long last = static_cast<long>(std::ceil((frame.s_max + reach - phase) / step));
    if (last - first >= 65536 || lane - first_lane >= 65536)
      throw std::runtime_error("pen pass: patch too large for the random-key layout");
    const double lane_time = pass.start_time + static_cast<double>(lane - first_lane) * line_time;
    for (long k = first; k <= last; ++k) {
      const std::uint32_t key = (lane_key << 16) | static_cast<std::uint32_t>(k - first);
      const double s = phase + static_cast<double>(k) * step +
                       pen.hand_jitter * rng.normal(session, pass_id, key, Purpose::along_jitter);
      const double u =
          u0 + pen.hand_jitter * rng.normal(session, pass_id, key, Purpose::lateral_jitter);
      const double t = lane_time + (s - frame.s_min + reach) / speed;
      for (const Offset& o : layout) {
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
        p.index = index++;
        out.push_back(p);
      }
    }
  }
  return out;
}

}  // namespace dermasim::device
