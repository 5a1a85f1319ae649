#include <algorithm>
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

double mean_inverse_speed_factor(double cv) {
  // E[1 / max(0.2, 1 + cv Z)], Z standard normal, by Simpson's rule over |Z| <= 8.
  if (cv == 0.0) return 1.0;
  constexpr int n = 4000;
  const double a = -8.0, h = 16.0 / n;
  double sum = 0.0;
  for (int i = 0; i <= n; ++i) {
    const double z = a + i * h;
    const double w = (i == 0 || i == n) ? 1.0 : (i % 2 ? 4.0 : 2.0);
    sum += w * std::exp(-0.5 * z * z) / std::max(0.2, 1.0 + cv * z);
  }
  return sum * h / 3.0 / std::sqrt(2.0 * std::numbers::pi);
}

double expected_density_per_pass(const DeviceSpec& d) {
  switch (d.kind) {
    case DeviceKind::roller:
      return d.roller.rows * d.roller.needles_per_row /
             (std::numbers::pi * d.roller.drum_diameter * d.roller.drum_width *
              (1.0 - d.roller.overlap));
    case DeviceKind::pen:
      // Stamps per length are frequency / speed: a slower lane is stamped more densely, so the
      // mean density carries E[1 / speed factor] over the hand's speed variation.
      return d.pen.needles * d.pen.frequency * mean_inverse_speed_factor(d.pen.speed_cv) /
             (d.pen.glide_speed * d.pen.lane_spacing);
    case DeviceKind::stamp:
      return d.stamp.presses / (d.stamp.pitch * d.stamp.pitch);
  }
  return 0.0;
}

PunctureList generate_punctures(const DeviceSpec& device, const std::vector<SessionSpec>& sessions,
                                const Patch& patch, std::uint64_t seed) {
  const random::KeyedRandom rng(seed);
  std::vector<PassContext> passes;
  std::vector<double> session_start;
  for (size_t s = 0; s < sessions.size(); ++s) {
    const SessionSpec& session = sessions[s];
    if (session.directions.empty()) throw std::invalid_argument("a session has no pass direction");
    for (int p = 0; p < session.passes; ++p) {
      PassContext ctx;
      ctx.session = static_cast<std::int32_t>(s);
      ctx.pass = p;
      ctx.direction = session.directions[static_cast<size_t>(p) % session.directions.size()];
      passes.push_back(ctx);
      session_start.push_back(session.day * 86400.0);
    }
  }
  std::vector<PassResult> per_pass(passes.size());
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
  // Lay the passes end to end: a session starts on its day, each pass after the previous one.
  PunctureList all;
  double clock = 0.0;
  for (size_t i = 0; i < per_pass.size(); ++i) {
    clock = (i == 0 || passes[i].session != passes[i - 1].session) ? session_start[i]
                                                                   : clock + kPassGap;
    auto& list = per_pass[i].punctures;
    std::stable_sort(list.begin(), list.end(),
                     [](const Puncture& a, const Puncture& b) { return a.time < b.time; });
    for (auto& p : list) p.time += clock;
    all.insert(all.end(), list.begin(), list.end());
    clock += per_pass[i].duration;
  }
  return all;
}

}  // namespace dermasim::device
