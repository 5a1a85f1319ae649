#include <cmath>
#include <exception>
#include <numbers>
#include <stdexcept>

#include "dermasim/device/kinematics.hpp"

namespace dermasim::device {

std::string_view kind_name(DeviceKind kind) {
  switch (kind) {
    case DeviceKind::roller:
      return "roller";
    case DeviceKind::pen:
      return "pen";
    case DeviceKind::stamp:
      return "stamp";
  }
  return "unknown";
}

double expected_density_per_pass(const DeviceSpec& d) {
  switch (d.kind) {
    case DeviceKind::roller:
      return d.roller.rows * d.roller.needles_per_row /
             (std::numbers::pi * d.roller.drum_diameter * d.roller.drum_width *
              (1.0 - d.roller.overlap));
    case DeviceKind::pen:
      return d.pen.needles * d.pen.frequency / (d.pen.glide_speed * d.pen.lane_spacing);
    case DeviceKind::stamp:
      return d.stamp.presses / (d.stamp.pitch * d.stamp.pitch);
  }
  return 0.0;
}

PunctureList generate_punctures(const DeviceSpec& device, const std::vector<SessionSpec>& sessions,
                                const Patch& patch, std::uint64_t seed) {
  const random::KeyedRandom rng(seed);
  std::vector<PassContext> passes;
  for (size_t s = 0; s < sessions.size(); ++s) {
    const SessionSpec& session = sessions[s];
    if (session.directions.empty()) throw std::invalid_argument("a session has no pass direction");
    for (int p = 0; p < session.passes; ++p) {
      PassContext ctx;
      ctx.session = static_cast<std::int32_t>(s);
      ctx.pass = p;
      ctx.direction = session.directions[static_cast<size_t>(p) % session.directions.size()];
      // Passes follow each other within a session; a pass is short (seconds to a minute) next to
      // the healing time scales, so each starts one minute after the previous (assumption).
      ctx.start_time = session.day * 86400.0 + p * 60.0;
      passes.push_back(ctx);
    }
  }
  std::vector<PunctureList> per_pass(passes.size());
  std::vector<std::exception_ptr> errors(passes.size());
  // Each pass is an independent, keyed computation: any schedule gives the same lists.
#pragma omp parallel for schedule(dynamic)
  for (size_t i = 0; i < passes.size(); ++i) {
    try {
      switch (device.kind) {
        case DeviceKind::roller:
          per_pass[i] = roller_pass(device, patch, passes[i], rng);
          break;
        case DeviceKind::pen:
          per_pass[i] = pen_pass(device, patch, passes[i], rng);
          break;
        case DeviceKind::stamp:
          per_pass[i] = stamp_pass(device, patch, passes[i], rng);
          break;
      }
    } catch (...) {
      errors[i] = std::current_exception();  // exceptions must not cross an OpenMP region
    }
  }
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
  PunctureList all;
  for (auto& list : per_pass) all.insert(all.end(), list.begin(), list.end());
  return all;
}

}  // namespace dermasim::device
