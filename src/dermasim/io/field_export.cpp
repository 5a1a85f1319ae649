#include "dermasim/io/field_export.hpp"

#include <fmt/format.h>
#include <chrono>
#include <stdexcept>

namespace dermasim::io {

namespace {
/// Adds the wall time of its scope to `total` (s).
class Stopwatch {
 public:
  explicit Stopwatch(double& total) : total_(total), start_(std::chrono::steady_clock::now()) {}
  ~Stopwatch() {
    total_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  double& total_;
  std::chrono::steady_clock::time_point start_;
};
}  // namespace

FieldExport::FieldExport(const std::filesystem::path& dir, FieldRequest request,
                         const simulation::HealingDomain& domain)
    : dir_(dir), request_(std::move(request)) {
  std::filesystem::create_directories(dir_);
  file_ = std::make_unique<FieldFile>(dir_ / "fields.h5", domain.grid);
}

simulation::FieldSampling FieldExport::sampling() {
  simulation::FieldSampling s;
  s.times = request_.times;
  s.species = request_.species;
  s.sink = [this](std::size_t index, simulation::Seconds t, biology::Species sp,
                  std::span<const double> values) {
    const Stopwatch watch(write_seconds_);
    // Units as the engine holds them, which are timeseries.csv's (biology/species.hpp).
    const auto& info = biology::species_info()[std::size_t(sp)];
    file_->write_healing(index, double(t), std::string(info.name), std::string(info.unit), values);
  };
  return s;
}

void FieldExport::finish(const simulation::InjuryStage& stage) {
  const Stopwatch watch(write_seconds_);
  for (std::size_t i = 0; i < request_.times.size(); ++i)
    if (file_->healing_names(i).size() != request_.species.size())
      throw std::logic_error(fmt::format("fields at {} s were not all written", request_.times[i]));
  if (request_.injury_damage) {
    // At the first session's time, 0. The injury stage rasterizes every session's punctures
    // together (the field summary.json and injury_cross_section.png describe): with several
    // sessions it holds all their channels, and the healing grid's `damage` each session's own.
    file_->write_injury(stage.field.grid, 0.0, "damage", "1",
                        "damaged volume fraction of the injury stage: the channels of every "
                        "session on the injury grid, overlapping channels capped at 1",
                        stage.field.damaged_fraction);
  }
  file_->commit(dir_ / "fields.xdmf");
}

}  // namespace dermasim::io
