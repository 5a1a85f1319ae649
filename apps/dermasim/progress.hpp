#pragma once
// Progress on the terminal: a bar that redraws in place when stderr is an interactive terminal
// and the run has lasted over a second; plain log lines otherwise (CI logs, pipes, files).
#include <chrono>
#include <string>
#include <string_view>

namespace dermasim::app {

class Progress {
 public:
  Progress();
  ~Progress();
  void update(std::string_view stage, double fraction);
  void log(std::string_view message);
  double elapsed_seconds() const;

 private:
  bool interactive_;
  bool bar_shown_ = false;
  std::string last_stage_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace dermasim::app
