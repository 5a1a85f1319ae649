#include "progress.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <cstdio>

namespace dermasim::app {

Progress::Progress()
    : interactive_(::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
  if (bar_shown_) std::fputs("\n", stderr);
}

double Progress::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::update(std::string_view stage, double fraction) {
  const double t = elapsed_seconds();
  if (interactive_ && t > 1.0) {
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(fraction * kWidth);
    fmt::print(stderr, "\r{:<14} [{}{}] {:3.0f}%  {:.1f} s", stage, std::string(filled, '#'),
               std::string(kWidth - filled, '.'), 100 * fraction, t);
    std::fflush(stderr);
    bar_shown_ = true;
    return;
  }
  if (!interactive_ && (stage != last_stage_ || fraction >= 1.0))
    fmt::print(stderr, "[{:7.2f} s] {} {}\n", t, stage, fraction >= 1.0 ? "done" : "...");
  last_stage_ = std::string(stage);
}

void Progress::log(std::string_view message) {
  if (bar_shown_) {
    std::fputs("\n", stderr);
    bar_shown_ = false;
  }
  fmt::print(stderr, "[{:7.2f} s] {}\n", elapsed_seconds(), message);
}

}  // namespace dermasim::app
